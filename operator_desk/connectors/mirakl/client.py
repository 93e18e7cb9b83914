"""The Mirakl operator API over HTTP (``requests``), behind ``MarketplaceConnector``.

Reads are paged in both of Mirakl's styles: offset (``offset``/``max``, ``total_count``,
``Link: rel="next"``) and seek (``limit``/``page_token``/``next_page_token``). Writes are sent
once and never retried here: Mirakl has no idempotency key, so whether to resend is the
outbox's decision after reading back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import orjson
import requests

from operator_desk.connectors.base import (
    AuthenticationRefused,
    ConnectorError,
    Identity,
    MalformedResponse,
    MarketplaceUnreachable,
    NotFound,
    NotSupported,
    Page,
    PermissionDenied,
    Problem,
    RateLimited,
    RequestRefused,
    ServerError,
)
from operator_desk.domain.models import (
    DownloadedFile,
    FilePart,
    Incident,
    Order,
    Reason,
    Recipient,
    RefundRequest,
    Shop,
    ShopStateResult,
    Thread,
)

from ..retry import RetryPolicy, budget_for, with_retries
from . import parse

log = logging.getLogger(__name__)

T = TypeVar("T")
ORDER_IDS_PER_CALL = 100  # Mirakl's limit for comma lists
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


@dataclass(frozen=True, slots=True)
class ConnectionSettings:
    """How to reach one marketplace instance. The key itself is passed separately."""

    market: str
    base_url: str  # e.g. https://mediamarkt-de.mirakl.net or http://127.0.0.1:8650/de
    auth_scheme: str = "raw"  # "raw": Authorization: <key>; "bearer": Authorization: Bearer <key>
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    page_size: int = 100
    ca_bundle: str | None = None
    proxy: str | None = None  # None: the system's proxy settings
    user_agent: str = "operator-desk/0.1"
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    requests_per_minute: float | None = None  # None: no budget (the sandbox)


def check_base_url(url: str) -> str:
    """Plain HTTP is allowed only to this machine (the embedded sandbox)."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return url.rstrip("/")
    if parts.scheme == "http" and (parts.hostname or "") in LOOPBACK_HOSTS:
        return url.rstrip("/")
    raise ValueError(f"refusing {url!r}: marketplaces are reached over HTTPS only "
                     "(plain HTTP is allowed to this machine's sandbox)")


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class MiraklConnector:
    """One Mirakl instance (one market) for one operator key."""

    def __init__(self, settings: ConnectionSettings, api_key: str,
                 session: requests.Session | None = None) -> None:
        self.settings = settings
        self.market = settings.market
        self._root = check_base_url(settings.base_url)
        self._session = session or requests.Session()
        self._session.trust_env = True  # system proxy settings by default
        value = f"Bearer {api_key}" if settings.auth_scheme == "bearer" else api_key
        self._session.headers.update({
            "Authorization": value,
            "Accept": "application/json",
            "User-Agent": settings.user_agent,
        })
        if settings.ca_bundle:
            self._session.verify = settings.ca_bundle  # corporate TLS inspection
        if settings.proxy:
            self._session.proxies.update({"http": settings.proxy, "https": settings.proxy})
        self._budget = budget_for(urlsplit(self._root).netloc, settings.requests_per_minute)

    def __repr__(self) -> str:  # never show the key
        return f"MiraklConnector({self.market}, {self._root})"

    # -- transport ---------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                 json_body: Any = None, url: str | None = None) -> requests.Response:
        target = url or f"{self._root}{path}"
        self._budget.take()
        try:
            response = self._session.request(
                method, target, params=params,
                data=orjson.dumps(json_body) if json_body is not None else None,
                headers={"Content-Type": "application/json"} if json_body is not None else None,
                timeout=(self.settings.connect_timeout, self.settings.read_timeout),
            )
        except requests.exceptions.SSLError as exc:
            raise MarketplaceUnreachable(self.market, f"TLS verification failed: {exc}") from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise MarketplaceUnreachable(self.market, f"{type(exc).__name__}") from exc
        except requests.exceptions.RequestException as exc:
            raise MarketplaceUnreachable(self.market, str(exc)) from exc
        if response.status_code >= 400:
            raise self._error(response)
        return response

    def _error(self, response: requests.Response) -> ConnectorError:
        status = response.status_code
        message = response.reason or ""
        try:
            body = orjson.loads(response.content)
            if isinstance(body, dict) and body.get("message"):
                message = str(body["message"])
        except orjson.JSONDecodeError:
            message = response.text[:300] or message
        if status == 401:
            return AuthenticationRefused(self.market, message, status)
        if status == 403:
            return PermissionDenied(self.market, message, status)
        if status == 429:
            return RateLimited(self.market, message, _retry_after(response.headers))
        if status >= 500:
            return ServerError(self.market, message, status)
        if status == 404:
            return NotFound(self.market, message, status)
        if status == 405:
            return NotSupported(self.market, message, status)
        return RequestRefused(self.market, message, status)

    def _json(self, response: requests.Response) -> Any:
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise MalformedResponse(self.market, f"not JSON: {exc}") from exc

    def _read(self, path: str, params: Mapping[str, Any] | None = None,
              url: str | None = None) -> tuple[requests.Response, Any]:
        """A GET with retries on transient trouble; returns the response and its JSON."""

        def attempt() -> tuple[requests.Response, Any]:
            response = self._request("GET", path, params=params, url=url)
            return response, self._json(response)

        def note(attempt_number: int, error: ConnectorError, wait: float) -> None:
            log.info("%s: %s on %s (try %d), retrying in %.1f s", self.market,
                     type(error).__name__, path, attempt_number, wait)

        return with_retries(attempt, self.settings.retry, note)

    def _get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return self._read(path, params)[1]

    # -- paging ------------------------------------------------------------------------------
    def _offset_pages(self, path: str, key: str, params: dict[str, Any],
                      build: Callable[[Any], T], entity: str) -> Iterator[Page[T]]:
        """Follow Mirakl's offset pagination: the Link header, else offset + max."""
        query: dict[str, Any] | None = {**params, "max": self.settings.page_size, "offset": 0}
        url: str | None = None
        while True:
            response, payload = self._read(path, query, url)
            if not isinstance(payload, dict) or not isinstance(payload.get(key), list):
                raise MalformedResponse(self.market, f"{path}: no {key} list in the response")
            items, problems = self._build(payload[key], build, entity)
            total = payload.get("total_count")
            yield Page(items, problems, total if isinstance(total, int) else None)
            next_link = response.links.get("next", {}).get("url")
            if next_link:
                url, query = next_link, None
                continue
            if query is None or not isinstance(total, int):
                return
            query["offset"] += len(payload[key])
            if not payload[key] or query["offset"] >= total:
                return

    def _seek_pages(self, path: str, params: dict[str, Any], build: Callable[[Any], T],
                    entity: str) -> Iterator[Page[T]]:
        query: dict[str, Any] = {**params, "limit": self.settings.page_size}
        while True:
            payload = self._get(path, query)
            if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
                raise MalformedResponse(self.market, f"{path}: no data list in the response")
            items, problems = self._build(payload["data"], build, entity)
            yield Page(items, problems)
            token = payload.get("next_page_token")
            if not token:
                return
            query = {"page_token": token}  # the token carries the filters

    def _build(self, raw_items: list[Any], build: Callable[[Any], T],
               entity: str) -> tuple[list[T], list[Problem]]:
        items: list[T] = []
        problems: list[Problem] = []
        for raw in raw_items:
            try:
                items.append(build(raw))
            except (parse.RecordError, TypeError, ValueError, AttributeError) as exc:
                record_id = _guess_id(raw)
                log.warning("%s: skipped malformed %s %s: %s", self.market, entity, record_id, exc)
                problems.append(Problem(entity, record_id, str(exc), raw))
        return items, problems

    # -- reads -------------------------------------------------------------------------------
    def whoami(self) -> Identity | None:
        try:
            payload = self._get("/api/x-desk/me")
        except (NotFound, NotSupported):  # a marketplace without the desk's extension
            return None
        if not isinstance(payload, dict):
            return None
        return Identity(user=str(payload.get("user", "")),
                        display_name=str(payload.get("display_name", "")),
                        role=payload.get("role") if isinstance(payload.get("role"), str) else None,
                        market=self.market, sandbox=payload.get("sandbox") is True)

    def reasons(self, locale: str) -> Page[Reason]:
        payload = self._get("/api/reasons", {"locale": locale})
        if not isinstance(payload, dict) or not isinstance(payload.get("reasons"), list):
            raise MalformedResponse(self.market, "/api/reasons: no reasons list")
        items, problems = self._build(payload["reasons"],
                                      lambda r: parse.reason(self.market, locale[:2], r), "reason")
        return Page(items, problems, len(items))

    def shops(self, updated_since: datetime | None = None,
              shop_ids: Sequence[str] = ()) -> Iterator[Page[Shop]]:
        params: dict[str, Any] = {}
        if updated_since is not None:
            params["updated_since"] = _iso(updated_since)
        if shop_ids:
            params["shop_ids"] = ",".join(list(dict.fromkeys(shop_ids))[:ORDER_IDS_PER_CALL])
        return self._offset_pages("/api/shops", "shops", params,
                                  lambda r: parse.shop(self.market, r), "shop")

    def incidents(self, updated_since: datetime | None = None,
                  statuses: Sequence[str] = (),
                  order_ids: Sequence[str] = ()) -> Iterator[Page[Incident]]:
        params: dict[str, Any] = {"sort": "date_updated,ASC"}
        if updated_since is not None:
            params["updated_since"] = _iso(updated_since)
        if statuses:
            params["status"] = ",".join(statuses)
        if order_ids:
            params["order_ids"] = ",".join(list(dict.fromkeys(order_ids))[:ORDER_IDS_PER_CALL])
        return self._seek_pages("/api/incidents", params,
                                lambda r: parse.incident(self.market, r), "incident")

    def orders(self, order_ids: Sequence[str] = (), updated_since: datetime | None = None,
               has_incident: bool | None = None,
               created_since: datetime | None = None) -> Iterator[Page[Order]]:
        base: dict[str, Any] = {"order": "asc"}  # oldest created first: resumable
        if updated_since is not None:
            base["start_update_date"] = _iso(updated_since)
        if created_since is not None:
            base["start_date"] = _iso(created_since)
        if has_incident is not None:
            base["has_incident"] = "true" if has_incident else "false"
        if not order_ids:
            yield from self._offset_pages("/api/orders", "orders", base,
                                          lambda r: parse.order(self.market, r), "order")
            return
        ids = list(dict.fromkeys(order_ids))
        for start in range(0, len(ids), ORDER_IDS_PER_CALL):
            chunk = ids[start:start + ORDER_IDS_PER_CALL]
            yield from self._offset_pages("/api/orders", "orders",
                                          {**base, "order_ids": ",".join(chunk)},
                                          lambda r: parse.order(self.market, r), "order")

    def threads(self, entity_ids: Sequence[str] = (), updated_since: datetime | None = None,
                with_messages: bool = True,
                entity_type: str = "MMP_ORDER") -> Iterator[Page[Thread]]:
        base: dict[str, Any] = {"entity_type": entity_type, "sort": "date_updated,ASC",
                                "with_messages": "true" if with_messages else "false"}
        if updated_since is not None:
            base["updated_since"] = _iso(updated_since)
        if not entity_ids:
            yield from self._seek_pages("/api/inbox/threads", base,
                                        lambda r: parse.thread(self.market, r), "thread")
            return
        ids = list(dict.fromkeys(entity_ids))
        for start in range(0, len(ids), ORDER_IDS_PER_CALL):
            chunk = ids[start:start + ORDER_IDS_PER_CALL]
            yield from self._seek_pages("/api/inbox/threads",
                                        {**base, "entity_id": ",".join(chunk)},
                                        lambda r: parse.thread(self.market, r), "thread")

    def thread(self, thread_id: str) -> Thread:
        payload = self._get(f"/api/inbox/threads/{thread_id}")
        try:
            return parse.thread(self.market, payload)
        except (parse.RecordError, TypeError, ValueError) as exc:
            raise MalformedResponse(self.market, f"thread {thread_id}: {exc}") from exc

    def shop_statistics(self, shop_ids: Sequence[str] = (),
                        periods: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Per-shop KPIs by period (S21; the path is the sandbox's, Mirakl publishes none).

        Returns the platform's records as sent (``{shop_id, <kpi>: [{period, value}]}``);
        raises ``NotFound`` where the platform does not offer them."""
        params: dict[str, Any] = {"max": 100}
        if shop_ids:
            params["shop_ids"] = ",".join(shop_ids)
        if periods:
            params["periods"] = ",".join(periods)
        result: list[dict[str, Any]] = []
        offset = 0
        while True:
            payload = self._get("/api/shops/statistics", {**params, "offset": offset})
            shops = payload.get("shops") if isinstance(payload, dict) else None
            if not isinstance(shops, list):
                raise MalformedResponse(self.market, "/api/shops/statistics: no shops list")
            result.extend(s for s in shops if isinstance(s, dict))
            total = payload.get("total_count")
            offset += len(shops)
            if not shops or not isinstance(total, int) or offset >= total:
                return result

    def download_attachment(self, attachment_id: str, max_bytes: int) -> DownloadedFile:
        """An attachment's bytes (M13), refused above ``max_bytes`` before it is all read."""
        response = self._session.get(
            f"{self._root}/api/inbox/threads/{attachment_id}/download", stream=True,
            timeout=(self.settings.connect_timeout, self.settings.read_timeout))
        try:
            if response.status_code >= 400:
                raise self._error(response)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise RequestRefused(self.market, f"attachment larger than {max_bytes} "
                                         "bytes", 413)
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise MarketplaceUnreachable(self.market, type(exc).__name__) from exc
        finally:
            response.close()
        return DownloadedFile(
            name=_filename(response.headers.get("Content-Disposition", "")) or attachment_id,
            content_type=response.headers.get("Content-Type", "application/octet-stream"),
            content=b"".join(chunks))

    # -- writes (sent once; never retried here: Mirakl has no idempotency key) ---------------
    def close_incident(self, order_id: str, order_line_id: str,
                       reason_code: str | None) -> None:
        body = {"reason_code": reason_code} if reason_code else {}
        self._request("PUT", f"/api/orders/{order_id}/lines/{order_line_id}/close_incident",
                      json_body=body)

    def open_incident(self, order_id: str, order_line_id: str, reason_code: str) -> None:
        """Open an incident on an order line (OR62)."""
        self._request("POST", f"/api/orders/{order_id}/lines/{order_line_id}/open_incident",
                      json_body={"reason_code": reason_code})

    def dispute_incident(self, incident_id: str) -> None:
        """Keep a seller-resolved incident open as DISPUTED (the sandbox's extension; a
        marketplace without it answers ``NotFound``)."""
        self._request("PUT", f"/api/x-desk/incidents/{incident_id}/dispute")

    def reply(self, thread_id: str, body: str, to: Sequence[Recipient],
              files: Sequence[FilePart] = ()) -> str:
        """Post a message in a thread (M12); returns the new message's id."""
        data = {"body": body, "to": [_recipient(r) for r in to]}
        payload = self._multipart(f"/api/inbox/threads/{thread_id}/message", "message_input",
                                  data, files)
        return str(payload.get("message_id", ""))

    def create_order_thread(self, order_id: str, body: str, to: Sequence[Recipient],
                            topic: str, files: Sequence[FilePart] = ()) -> tuple[str, str]:
        """Start a thread on an order with the customer and/or the seller (OR43)."""
        data = {"body": body, "to": [_recipient(r) for r in to],
                "topic": {"type": "FREE_TEXT", "value": topic}}
        payload = self._multipart(f"/api/orders/{order_id}/threads", "thread_input", data, files)
        return str(payload.get("thread_id", "")), str(payload.get("message_id", ""))

    def create_seller_thread(self, shop_id: str, body: str, topic: str,
                             files: Sequence[FilePart] = ()) -> tuple[str, str]:
        """Start a thread with a seller, not about an order (M14)."""
        data = {"body": body, "entity": {"type": "SHOP", "id": shop_id},
                "topic": {"type": "FREE_TEXT", "value": topic}}
        payload = self._multipart("/api/inbox/threads", "thread_input", data, files)
        return str(payload.get("thread_id", "")), str(payload.get("message_id", ""))

    def refund(self, lines: Sequence[RefundRequest]) -> list[dict[str, Any]]:
        """Refund order lines (OR28). Returns the platform's refund records (no state: read
        it back with OR11). An unknown outcome (timeout) must be reconciled by reading back
        before anything is sent again."""
        currencies = {line.amount.currency for line in lines}
        body = {"refunds": [{
            "order_line_id": line.order_line_id,
            "amount": float(line.amount.rounded().amount),
            "shipping_amount": float(line.shipping_amount.rounded().amount),
            "reason_code": line.reason_code,
            **({"quantity": line.quantity} if line.quantity else {}),
            "currency_iso_code": line.amount.currency,
        } for line in lines]}
        if len(currencies) > 1:
            raise ValueError("one refund call carries one currency")
        payload = self._json(self._request("PUT", "/api/orders/refund", json_body=body))
        refunds = payload.get("refunds") if isinstance(payload, dict) else None
        return [r for r in refunds if isinstance(r, dict)] if isinstance(refunds, list) else []

    def suspend_shops(self, changes: Sequence[tuple[str, bool]]) -> list[ShopStateResult]:
        """Suspend or lift a suspension (S07 ``suspend``), per shop."""
        body = {"shops": [{"shop_id": _shop_id(shop_id), "suspend": suspend}
                          for shop_id, suspend in changes]}
        return self._shop_returns(self._json(self._request("PUT", "/api/shops",
                                                           json_body=body)))

    @staticmethod
    def _shop_returns(payload: Any) -> list[ShopStateResult]:
        results = []
        for item in (payload.get("shop_returns") or []) if isinstance(payload, dict) else []:
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("shop_updated"), dict):
                shop = item["shop_updated"]
                results.append(ShopStateResult(str(shop.get("shop_id")), True,
                                               shop.get("shop_state")))
            else:
                error = item.get("shop_error") or {}
                shop_input = error.get("input") or {}
                messages = tuple(str(e.get("message", e)) for e in error.get("errors") or [])
                results.append(ShopStateResult(str(shop_input.get("shop_id", "?")), False,
                                               None, messages))
        return results

    def close_shops(self, windows: Sequence[tuple[str, datetime | None, datetime | None]]
                    ) -> list[ShopStateResult]:
        """Set or clear closing windows (S07 ``closed_from_date``/``closed_to_date``): the
        desk's means for a sanction's restriction of selling rights. None clears a date."""
        body = {"shops": [{"shop_id": _shop_id(shop_id),
                           "closed_from_date": _iso(start) if start else None,
                           "closed_to_date": _iso(end) if end else None}
                          for shop_id, start, end in windows]}
        return self._shop_returns(self._json(self._request("PUT", "/api/shops",
                                                           json_body=body)))

    def change_shop_states(self, actions: Sequence[tuple[str, str]]) -> list[ShopStateResult]:
        """SUSPEND / UNSUSPEND / TERMINATE / UNTERMINATE shops (S09; the path is the
        sandbox's, Mirakl publishes none)."""
        body = {"shop_state_change_actions": [
            {"id": _shop_id(shop_id), "state_change_action": action}
            for shop_id, action in actions]}
        payload = self._json(self._request("PUT", "/api/shops/states", json_body=body))
        results = []
        for item in (payload.get("shop_states") or []) if isinstance(payload, dict) else []:
            if isinstance(item, dict):
                errors = tuple(str(e.get("message", e)) for e in item.get("errors") or [])
                results.append(ShopStateResult(str(item.get("id")), not errors,
                                               item.get("state"), errors))
        return results

    def _multipart(self, path: str, part: str, data: dict[str, Any],
                   files: Sequence[FilePart]) -> dict[str, Any]:
        target = f"{self._root}{path}"
        parts: list[tuple[str, tuple[str | None, bytes, str]]] = [
            (part, (None, orjson.dumps(data), "application/json"))]
        parts += [("files", (f.name, f.content, f.content_type)) for f in files]
        self._budget.take()
        try:
            response = self._session.post(
                target, files=parts,
                timeout=(self.settings.connect_timeout, self.settings.read_timeout))
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise MarketplaceUnreachable(self.market, type(exc).__name__) from exc
        except requests.exceptions.RequestException as exc:
            raise MarketplaceUnreachable(self.market, str(exc)) from exc
        if response.status_code >= 400:
            raise self._error(response)
        payload = self._json(response)
        return payload if isinstance(payload, dict) else {}

    def close(self) -> None:
        self._session.close()


def _recipient(recipient: Recipient) -> dict[str, str]:
    return {"type": recipient.type, **({"id": recipient.id} if recipient.id else {})}


def _shop_id(shop_id: str) -> int | str:
    return int(shop_id) if shop_id.isdigit() else shop_id


def _filename(disposition: str) -> str | None:
    """The file name of a Content-Disposition header (RFC 6266: filename* wins)."""
    from email.message import Message

    if not disposition:
        return None
    message = Message()
    message["content-disposition"] = disposition
    name = message.get_filename()
    return str(name) if name else None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None


def _guess_id(raw: Any) -> str | None:
    if isinstance(raw, dict):
        for key in ("incident_id", "order_id", "id", "shop_id", "code"):
            if raw.get(key) is not None:
                return str(raw[key])
    return None
