"""Actions to JSON and back, for the outbox's ``payload`` column.

Every action kind of ``domain.actions`` has an explicit encoder and decoder (no pickling: a
payload written by one desk version must stay readable by the next). Attached files travel
separately (``FilePart`` content goes to a BLOB column); the JSON keeps their names and
types in order, and ``decode`` takes the contents back in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from operator_desk.domain.actions import (
    Action,
    ActionKind,
    CloseIncident,
    DisputeIncident,
    NewOrderThread,
    NewSellerThread,
    OpenIncident,
    Refund,
    Reply,
    Seen,
    ShopClosure,
    ShopState,
    ShopStateChange,
)
from operator_desk.domain.models import FilePart, Recipient, RefundRequest
from operator_desk.domain.money import Money

PAYLOAD_VERSION = 1


class PayloadError(ValueError):
    """A payload that does not describe an action this desk knows."""


def _seen(seen: Seen) -> dict[str, Any]:
    return {"last_message_ids": list(seen.last_message_ids),
            "incident_status": seen.incident_status}


def _seen_from(raw: Any) -> Seen:
    raw = raw or {}
    return Seen(tuple(str(i) for i in raw.get("last_message_ids") or ()),
                raw.get("incident_status"))


def _recipients(to: Sequence[Recipient]) -> list[dict[str, Any]]:
    return [{"type": r.type, "id": r.id} for r in to]


def _recipients_from(raw: Any) -> tuple[Recipient, ...]:
    return tuple(Recipient(str(r["type"]), r.get("id")) for r in raw or ())


def _files(files: Sequence[FilePart]) -> list[dict[str, Any]]:
    return [{"name": f.name, "content_type": f.content_type, "size": len(f.content)}
            for f in files]


def _money(value: Money) -> dict[str, str]:
    return {"amount": str(value.amount), "currency": value.currency}


def _money_from(raw: Any) -> Money:
    return Money.of(raw["amount"], raw["currency"])


def _instant(value: datetime | None) -> str | None:
    # Full precision and an explicit offset: the closing window is sent as it was decided.
    return value.astimezone(UTC).isoformat() if value is not None else None


def _instant_from(raw: Any) -> datetime | None:
    if raw is None:
        return None
    value = datetime.fromisoformat(str(raw))
    if value.tzinfo is None:
        raise PayloadError(f"time {raw!r} has no offset")
    return value.astimezone(UTC)


def _optional_id(raw: Any) -> int | None:
    return int(raw) if raw is not None else None


def encode(action: Action) -> tuple[dict[str, Any], list[FilePart]]:
    """The action as a JSON-able dict, and its files (contents stored apart)."""
    body: dict[str, Any]
    files: Sequence[FilePart] = ()
    match action:
        case CloseIncident():
            body = {"incident_id": action.incident_id, "order_id": action.order_id,
                    "order_line_id": action.order_line_id, "reason_code": action.reason_code,
                    "seen": _seen(action.seen)}
        case DisputeIncident():
            body = {"incident_id": action.incident_id, "order_id": action.order_id,
                    "seen": _seen(action.seen)}
        case OpenIncident():
            body = {"order_id": action.order_id, "order_line_id": action.order_line_id,
                    "reason_code": action.reason_code}
        case Reply():
            body = {"thread_id": action.thread_id, "order_id": action.order_id,
                    "body": action.body, "to": _recipients(action.to),
                    "seen": _seen(action.seen)}
            files = action.files
        case NewOrderThread():
            body = {"order_id": action.order_id, "topic": action.topic, "body": action.body,
                    "to": _recipients(action.to)}
            files = action.files
        case NewSellerThread():
            body = {"shop_id": action.shop_id, "topic": action.topic, "body": action.body,
                    "sanction_id": action.sanction_id}
            files = action.files
        case Refund():
            body = {"order_id": action.order_id, "approval_id": action.approval_id,
                    "lines": [{"order_line_id": line.order_line_id,
                               "amount": _money(line.amount),
                               "shipping_amount": _money(line.shipping_amount),
                               "reason_code": line.reason_code, "quantity": line.quantity}
                              for line in action.lines]}
        case ShopState():
            body = {"shop_id": action.shop_id, "change": action.change.value,
                    "sanction_id": action.sanction_id}
        case ShopClosure():
            body = {"shop_id": action.shop_id, "closed_from": _instant(action.closed_from),
                    "closed_to": _instant(action.closed_to),
                    "sanction_id": action.sanction_id}
        case _:
            raise PayloadError(f"not an action: {action!r}")
    payload = {"v": PAYLOAD_VERSION, "kind": action.kind.value, "market": action.market,
               **body}
    if files:
        payload["files"] = _files(files)
    return payload, list(files)


def decode(payload: dict[str, Any], contents: Sequence[bytes] = ()) -> Action:
    """The action a payload describes; ``contents`` are its files' bytes, in order."""
    try:
        return _decode(payload, contents)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise PayloadError(f"unreadable {payload.get('kind')!r} payload: {exc}") from exc


def _decode(p: dict[str, Any], contents: Sequence[bytes]) -> Action:
    if p.get("v") != PAYLOAD_VERSION:
        raise PayloadError(f"payload version {p.get('v')!r} is not {PAYLOAD_VERSION}")
    kind = ActionKind(p["kind"])
    market = str(p["market"])
    described = p.get("files") or []
    if len(described) != len(contents):
        raise PayloadError(f"{len(described)} files described, {len(contents)} stored")
    files = tuple(FilePart(str(f["name"]), bytes(content), str(f["content_type"]))
                  for f, content in zip(described, contents, strict=True))
    match kind:
        case ActionKind.CLOSE_INCIDENT:
            return CloseIncident(market, p["incident_id"], p["order_id"], p["order_line_id"],
                                 p.get("reason_code"), _seen_from(p.get("seen")))
        case ActionKind.DISPUTE_INCIDENT:
            return DisputeIncident(market, p["incident_id"], p["order_id"],
                                   _seen_from(p.get("seen")))
        case ActionKind.OPEN_INCIDENT:
            return OpenIncident(market, p["order_id"], p["order_line_id"], p["reason_code"])
        case ActionKind.REPLY:
            return Reply(market, p["thread_id"], p.get("order_id"), p["body"],
                         _recipients_from(p.get("to")), files, _seen_from(p.get("seen")))
        case ActionKind.NEW_ORDER_THREAD:
            return NewOrderThread(market, p["order_id"], p["topic"], p["body"],
                                  _recipients_from(p.get("to")), files)
        case ActionKind.NEW_SELLER_THREAD:
            return NewSellerThread(market, p["shop_id"], p["topic"], p["body"], files,
                                   _optional_id(p.get("sanction_id")))
        case ActionKind.REFUND:
            lines = tuple(RefundRequest(
                order_line_id=str(line["order_line_id"]), amount=_money_from(line["amount"]),
                shipping_amount=_money_from(line["shipping_amount"]),
                reason_code=str(line["reason_code"]), quantity=line.get("quantity"))
                for line in p["lines"])
            return Refund(market, p["order_id"], lines, _optional_id(p.get("approval_id")))
        case ActionKind.SHOP_STATE:
            return ShopState(market, p["shop_id"], ShopStateChange(p["change"]),
                             _optional_id(p.get("sanction_id")))
        case ActionKind.SHOP_CLOSURE:
            return ShopClosure(market, p["shop_id"], _instant_from(p.get("closed_from")),
                               _instant_from(p.get("closed_to")),
                               _optional_id(p.get("sanction_id")))
    raise PayloadError(f"unknown kind {kind!r}")  # pragma: no cover - the enum is exhaustive


def subject_and_detail(action: Action) -> tuple[str, str]:
    """What the outbox page lists for the action: the record it acts on and a short excerpt."""
    match action:
        case CloseIncident():
            return action.incident_id, action.reason_code or ""
        case DisputeIncident():
            return action.incident_id, ""
        case OpenIncident():
            return action.order_line_id, action.reason_code
        case Reply():
            return action.thread_id, _excerpt(action.body)
        case NewOrderThread():
            return action.order_id, _excerpt(f"{action.topic}: {action.body}")
        case NewSellerThread():
            return action.shop_id, _excerpt(f"{action.topic}: {action.body}")
        case Refund():
            total: Money | None = None
            for line in action.lines:
                part = line.amount + line.shipping_amount
                total = part if total is None else total + part
            return action.order_id, str(total) if total is not None else ""
        case ShopState():
            return action.shop_id, action.change.value
        case ShopClosure():
            return action.shop_id, closure_window(action)
    raise PayloadError(f"not an action: {action!r}")


def closure_window(action: ShopClosure) -> str:
    """A closing window in the platform's words: ``CLOSE 2026-03-02T10:00Z → …`` (no end:
    until reopened), or ``OPEN`` when the action clears the window."""
    if action.closed_from is None and action.closed_to is None:
        return "OPEN"
    start = _minute(action.closed_from) if action.closed_from else "…"
    end = _minute(action.closed_to) if action.closed_to else "…"
    return f"CLOSE {start} → {end}"


def _minute(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _excerpt(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
