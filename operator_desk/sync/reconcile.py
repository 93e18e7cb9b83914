"""Before an outbox action goes out: is it still right (preconditions), and did an earlier
send already happen (reading back)?

Mirakl's writes carry no idempotency key. When a send got no answer (timeout, dropped
connection, a 5xx or a garbled body after the platform may have committed, or the desk died
mid-send) the only safe way to learn the outcome is to read the platform's state. Reading
back must not trust clocks (the desk's and the platform's differ), so the precondition check
also records a *baseline* just before each send: the ids of the records a send would add to
(messages of the thread, refunds of the lines, threads of the order, incidents of the line).
A record that matches the action and is not in the baseline is the action's own.

Both functions raise ``ConnectorError`` when the platform cannot be read; the caller keeps
the action pending and tries again later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from operator_desk.connectors.base import (
    MarketplaceConnector,
    NotFound,
    NotSupported,
)
from operator_desk.domain import derive
from operator_desk.domain import refunds as refund_rules
from operator_desk.domain.actions import (
    Action,
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
from operator_desk.domain.models import (
    Incident,
    IncidentStatus,
    Message,
    Order,
    RefundRequest,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import Change

SELLER_THREADS = "SELLER_OPERATOR"

# Which shop states each change starts from, and where it leads (S07/S09).
SHOP_FROM: dict[ShopStateChange, tuple[str, ...]] = {
    ShopStateChange.SUSPEND: ("OPEN", "CLOSE"),
    ShopStateChange.UNSUSPEND: ("SUSPENDED",),
    ShopStateChange.TERMINATE: ("OPEN", "CLOSE", "SUSPENDED"),
    ShopStateChange.UNTERMINATE: ("TERMINATED",),
}
SHOP_TO: dict[ShopStateChange, str] = {
    ShopStateChange.SUSPEND: "SUSPENDED",
    ShopStateChange.UNSUSPEND: "OPEN",
    ShopStateChange.TERMINATE: "TERMINATED",
    ShopStateChange.UNTERMINATE: "OPEN",
}
# A closing window is set on a shop that sells (OPEN, or CLOSE inside an earlier window);
# clearing it is possible in any state.
CLOSURE_FROM: tuple[str, ...] = ("OPEN", "CLOSE")


@dataclass(frozen=True, slots=True)
class Fresh:
    """What the precondition check found: ``changes`` (empty: still as the agent saw it) and
    the ``baseline`` to store with the send token."""

    changes: tuple[Change, ...] = ()
    baseline: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReadBack:
    """``applied``: True (found on the platform), False (proved absent: safe to send), None
    (cannot tell: the user decides). ``evidence`` goes into the outbox row's response."""

    applied: bool | None
    evidence: dict[str, Any] = field(default_factory=dict)


# -- reading the platform ------------------------------------------------------------------------
def _complete(connector: MarketplaceConnector, thread: Thread) -> Thread:
    if thread.message_count > len(thread.messages):  # M11 carries the newest 100 only
        return connector.thread(thread.thread_id)
    return thread


def _threads(connector: MarketplaceConnector, entity_id: str,
             entity_type: str = "MMP_ORDER") -> list[Thread]:
    return [_complete(connector, thread)
            for page in connector.threads(entity_ids=[entity_id], with_messages=True,
                                          entity_type=entity_type)
            for thread in page.items]


def _order(connector: MarketplaceConnector, order_id: str) -> Order | None:
    for page in connector.orders(order_ids=[order_id]):
        for order in page.items:
            if order.order_id == order_id:
                return order
    return None


def _order_incidents(connector: MarketplaceConnector, order_id: str) -> list[Incident]:
    """The order's incidents; where the platform publishes no incident list, derived from the
    order's lines (``domain.derive``) as the sync does."""
    try:
        return [incident for page in connector.incidents(order_ids=[order_id])
                for incident in page.items if incident.order_id == order_id]
    except (NotFound, NotSupported):
        order = _order(connector, order_id)
        return derive.incidents_from_order(order) if order is not None else []


def _incident(connector: MarketplaceConnector, order_id: str,
              incident_id: str) -> Incident | None:
    found = [i for i in _order_incidents(connector, order_id) if i.incident_id == incident_id]
    if found:
        return found[0]
    if derive.is_derived(incident_id):
        # A derived incident vanishes once its line leaves INCIDENT_OPEN: it was closed.
        order = _order(connector, order_id)
        line_id = incident_id.removeprefix(derive.DERIVED_PREFIX)
        if order is not None and line_id in derive.closed_lines(order):
            return _closed_derived(order, line_id, incident_id)
    return None


def _closed_derived(order: Order, line_id: str, incident_id: str) -> Incident:
    return Incident(market=order.market, incident_id=incident_id, order_id=order.order_id,
                    order_line_id=line_id, status=IncidentStatus.CLOSED.value,
                    opened=order.last_updated, opening_reason_code=None, opened_by=None,
                    last_action=order.last_updated, last_action_by=None)


def _shop(connector: MarketplaceConnector, shop_id: str) -> Shop | None:
    for page in connector.shops(shop_ids=[shop_id]):
        for shop in page.items:
            if shop.shop_id == shop_id:
                return shop
    return None


def _normal(text: str) -> str:
    return " ".join(text.split())


def _first_line(text: str, limit: int = 160) -> str:
    line = _normal(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- new customer messages -----------------------------------------------------------------------
def new_customer_messages(threads: Iterable[Thread], seen: Seen) -> list[Message]:
    """Customer messages the agent had not seen: after the newest seen message of each thread,
    and, in threads the agent saw nothing of, after the newest message they saw anywhere.
    Without anything seen (``Seen()``) there is nothing to compare with: none."""
    threads = list(threads)
    seen_ids = set(seen.last_message_ids)
    if not seen_ids:
        return []
    seen_times = [m.created for th in threads for m in th.messages if m.message_id in seen_ids]
    if not seen_times:
        return []
    cutoff = max(seen_times)
    found: list[Message] = []
    for thread in threads:
        positions = [i for i, m in enumerate(thread.messages) if m.message_id in seen_ids]
        later = (thread.messages[positions[-1] + 1:] if positions
                 else [m for m in thread.messages if m.created > cutoff])
        found += [m for m in later if m.sender_party == "CUSTOMER"]
    return sorted(found, key=lambda m: m.created)


def _message_changes(connector: MarketplaceConnector, order_id: str,
                     seen: Seen) -> list[Change]:
    if not seen.last_message_ids:
        return []
    new = new_customer_messages(_threads(connector, order_id), seen)
    if not new:
        return []
    newest = new[-1]
    return [Change("new_customer_message", str(len(seen.last_message_ids)),
                   str(len(new)), detail=_first_line(newest.body))]


# -- preconditions -------------------------------------------------------------------------------
def check(action: Action, connector: MarketplaceConnector) -> Fresh:
    """Re-check the action against fresh server state; return what changed and the baseline.

    close / keep open: the incident is still open (and as the agent saw it), and no customer
    message came after what the agent read; refund: enough is left to refund on every line;
    reply / new thread: the thread, order or shop still exists; shop state: the current state
    allows the change; closing window: the shop still sells (clearing: it exists); open
    incident: no incident is open on the line."""
    match action:
        case CloseIncident() | DisputeIncident():
            return _check_incident(action, connector)
        case OpenIncident():
            incidents = [i for i in _order_incidents(connector, action.order_id)
                         if i.order_line_id == action.order_line_id]
            open_now = [i for i in incidents if i.is_open]
            changes = [Change("incident_status", "none open", open_now[0].status)] \
                if open_now else []
            return Fresh(tuple(changes), {"incidents": sorted(i.incident_id for i in incidents)})
        case Reply():
            try:
                thread = connector.thread(action.thread_id)
            except NotFound:
                return Fresh((Change("missing", action.thread_id, "not found"),))
            return Fresh((), {"messages": _same_body_ids(thread, action.body)})
        case NewOrderThread():
            if _order(connector, action.order_id) is None:
                return Fresh((Change("missing", action.order_id, "not found"),))
            return Fresh((), {"threads": sorted(th.thread_id for th in
                                                _threads(connector, action.order_id))})
        case NewSellerThread():
            if _shop(connector, action.shop_id) is None:
                return Fresh((Change("missing", action.shop_id, "not found"),))
            threads = _threads(connector, action.shop_id, SELLER_THREADS)
            return Fresh((), {"threads": sorted(th.thread_id for th in threads)})
        case Refund():
            return _check_refund(action, connector)
        case ShopState():
            shop = _shop(connector, action.shop_id)
            if shop is None:
                return Fresh((Change("missing", action.shop_id, "not found"),))
            allowed = SHOP_FROM[action.change]
            moved = () if shop.state in allowed else (
                Change("shop_state", "/".join(allowed), shop.state),)
            return Fresh(moved, {"state": shop.state})
        case ShopClosure():
            return _check_closure(action, connector)
    raise TypeError(f"not an action: {action!r}")


def _window(start: datetime | None, end: datetime | None) -> list[str | None]:
    """A closing window as the platform keeps it: UTC, to the second (S07 sends seconds)."""
    return [_second(start), _second(end)]


def _second(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_closure(action: ShopClosure, connector: MarketplaceConnector) -> Fresh:
    shop = _shop(connector, action.shop_id)
    if shop is None:
        return Fresh((Change("missing", action.shop_id, "not found"),))
    baseline = {"state": shop.state, "window": _window(shop.closed_from, shop.closed_to)}
    clearing = action.closed_from is None and action.closed_to is None
    if not clearing and shop.state not in CLOSURE_FROM:
        return Fresh((Change("shop_state", "/".join(CLOSURE_FROM), shop.state),), baseline)
    return Fresh((), baseline)


def _check_incident(action: CloseIncident | DisputeIncident,
                    connector: MarketplaceConnector) -> Fresh:
    incident = _incident(connector, action.order_id, action.incident_id)
    saw = action.seen.incident_status or "open"
    if incident is None:
        return Fresh((Change("missing", action.incident_id, "not found"),))
    changes: list[Change] = []
    derived = derive.is_derived(action.incident_id)
    if not incident.is_open:
        changes.append(Change("incident_status", saw, incident.status,
                              detail=incident.closed_by or ""))
    else:
        # Keeping open needs a seller's resolution to dispute; a close needs the status the
        # agent saw (derived incidents have no status of the platform's to compare).
        not_resolved = (isinstance(action, DisputeIncident)
                        and incident.status != IncidentStatus.RESOLVED)
        moved = (not derived and action.seen.incident_status is not None
                 and incident.status != action.seen.incident_status)
        if not_resolved or moved:
            changes.append(Change("incident_status", saw, incident.status))
    changes += _message_changes(connector, action.order_id, action.seen)
    return Fresh(tuple(changes))


def _check_refund(action: Refund, connector: MarketplaceConnector) -> Fresh:
    order = _order(connector, action.order_id)
    if order is None:
        return Fresh((Change("missing", action.order_id, "not found"),))
    lines = {line.order_line_id: line for line in order.lines}
    changes: list[Change] = []
    if order.state in ("CLOSED", "CANCELED"):
        changes.append(Change("order_state", "open", order.state))
    wanted: dict[str, tuple[Money, Money]] = {}
    for request in action.lines:
        line = lines.get(request.order_line_id)
        if line is None:
            changes.append(Change("missing", request.order_line_id, "not found"))
            continue
        amount, shipping = wanted.get(request.order_line_id, (
            Money.zero(request.amount.currency), Money.zero(request.amount.currency)))
        wanted[request.order_line_id] = (amount + request.amount,
                                         shipping + request.shipping_amount)
    for line_id, (amount, shipping) in wanted.items():
        # What is left as the refund rules count it (refused refunds give nothing back).
        balance = refund_rules.line_balance(lines[line_id])
        if amount > balance.left_product or shipping > balance.left_shipping:
            changes.append(Change("refundable", str(amount + shipping), str(balance.left),
                                  detail=line_id))
    baseline = {"refunds": {line_id: sorted(r.refund_id for r in lines[line_id].refunds)
                            for line_id in wanted}}
    return Fresh(tuple(changes), baseline)


def _same_body_ids(thread: Thread, body: str) -> list[str]:
    text = _normal(body)
    return sorted(m.message_id for m in thread.messages
                  if m.sender_party == "OPERATOR" and _normal(m.body) == text)


# -- reading back --------------------------------------------------------------------------------
def read_back(action: Action, baseline: dict[str, Any],
              connector: MarketplaceConnector) -> ReadBack:
    """Whether an earlier send of ``action`` (whose answer never came) reached the platform.

    close → the incident is CLOSED; keep open → it is DISPUTED; open → an incident on the line
    that was not there before; reply / new thread → an operator message with the same text
    (in a thread that was not there before) that is not in the baseline; refund → on every
    line a refund with the same amount, shipping amount and reason that is not in the
    baseline (``domain.refunds.find_sent``, see ``refund_read_back``); shop state → the shop
    is in the state the change leads to; closing window → the shop's window is the one sent.
    """
    match action:
        case CloseIncident():
            incident = _incident(connector, action.order_id, action.incident_id)
            if incident is None or incident.is_open:
                return ReadBack(False)
            return ReadBack(True, {"found": "incident closed",
                                   "closed_by": incident.closed_by or ""})
        case DisputeIncident():
            incident = _incident(connector, action.order_id, action.incident_id)
            if incident is not None and incident.status == IncidentStatus.DISPUTED:
                return ReadBack(True, {"found": "incident disputed"})
            return ReadBack(False)
        case OpenIncident():
            before = set(baseline.get("incidents") or ())
            new = [i for i in _order_incidents(connector, action.order_id)
                   if i.order_line_id == action.order_line_id and i.incident_id not in before]
            return ReadBack(True, {"found": new[0].incident_id}) if new else ReadBack(False)
        case Reply():
            before = set(baseline.get("messages") or ())
            thread = connector.thread(action.thread_id)
            mine = [m for m in _same_body_ids(thread, action.body) if m not in before]
            return ReadBack(True, {"message_id": mine[0]}) if mine else ReadBack(False)
        case NewOrderThread():
            return _new_thread(_threads(connector, action.order_id), action.topic,
                               action.body, baseline)
        case NewSellerThread():
            return _new_thread(_threads(connector, action.shop_id, SELLER_THREADS),
                               action.topic, action.body, baseline)
        case Refund():
            order = _order(connector, action.order_id)
            if order is None:
                return ReadBack(None, {"found": "order not found"})
            return refund_read_back(action.lines, order, baseline.get("refunds") or {})
        case ShopState():
            shop = _shop(connector, action.shop_id)
            if shop is None:
                return ReadBack(None, {"found": "shop not found"})
            if shop.state == SHOP_TO[action.change]:
                return ReadBack(True, {"shop_state": shop.state})
            if shop.state == baseline.get("state"):
                return ReadBack(False)
            return ReadBack(None, {"shop_state": shop.state})
        case ShopClosure():
            return _closure_read_back(action, baseline, connector)
    raise TypeError(f"not an action: {action!r}")


def _closure_read_back(action: ShopClosure, baseline: dict[str, Any],
                       connector: MarketplaceConnector) -> ReadBack:
    """S07 sets the window's two dates at once: the shop carries the window sent (applied),
    the one it had before (not applied), or another one (someone else changed it: the user
    decides). A window equal to the one before proves nothing, so that counts as applied
    too: sending it again would change nothing."""
    shop = _shop(connector, action.shop_id)
    if shop is None:
        return ReadBack(None, {"found": "shop not found"})
    now = _window(shop.closed_from, shop.closed_to)
    evidence = {"shop_state": shop.state, "window": now}
    if now == _window(action.closed_from, action.closed_to):
        return ReadBack(True, evidence)
    if now == list(baseline.get("window") or [None, None]):
        return ReadBack(False)
    return ReadBack(None, evidence)


def _new_thread(threads: Sequence[Thread], topic: str, body: str,
                baseline: dict[str, Any]) -> ReadBack:
    before = set(baseline.get("threads") or ())
    text = _normal(body)
    for thread in threads:
        if thread.thread_id in before or _normal(thread.topic) != _normal(topic):
            continue
        if any(m.sender_party == "OPERATOR" and _normal(m.body) == text
               for m in thread.messages):
            first = thread.messages[0].message_id if thread.messages else ""
            return ReadBack(True, {"thread_id": thread.thread_id, "message_id": first})
    return ReadBack(False)


def refund_read_back(requests: Sequence[RefundRequest], order: Order,
                     baseline: Mapping[str, Sequence[str]]) -> ReadBack:
    """Find the refunds one OR28 call made, the one way the desk recognises a sent refund
    (``domain.refunds.find_sent``: per requested line a refund with the same amount, shipping
    amount and reason that was not on the order before the send; ``baseline``: refund ids
    per line). OR28 is all or nothing: every line found means it happened; none means it did
    not; some lines only is for the user to judge."""
    known = {str(refund_id) for ids in baseline.values() for refund_id in ids}
    found = refund_rules.find_sent(order, requests, known)
    if found is not None:
        return ReadBack(True, {"refund_ids": [r.refund_id for r in found]})
    partly = [r.refund_id for request in requests
              for r in refund_rules.find_sent(order, [request], known) or ()]
    if not partly:
        return ReadBack(False)
    return ReadBack(None, {"matched_refunds": partly})
