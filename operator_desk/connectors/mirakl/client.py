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
from operator_desk.domain.models import Incident, Order, Reason, Shop, Thread

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
                        market=self.market)

    def reasons(self, locale: str) -> Page[Reason]:
        payload = self._get("/api/reasons", {"locale": locale})
        if not isinstance(payload, dict) or not isinstance(payload.get("reasons"), list):
            raise MalformedResponse(self.market, "/api/reasons: no reasons list")
        items, problems = self._build(payload["reasons"],
                                      lambda r: parse.reason(self.market, locale[:2], r), "reason")
        return Page(items, problems, len(items))

    def shops(self, updated_since: datetime | None = None) -> Iterator[Page[Shop]]:
        params: dict[str, Any] = {}
        if updated_since is not None:
            params["updated_since"] = _iso(updated_since)
        return self._offset_pages("/api/shops", "shops", params,
                                  lambda r: parse.shop(self.market, r), "shop")

    def incidents(self, updated_since: datetime | None = None,
                  statuses: Sequence[str] = ()) -> Iterator[Page[Incident]]:
        params: dict[str, Any] = {"sort": "date_updated,ASC"}
        if updated_since is not None:
            params["updated_since"] = _iso(updated_since)
        if statuses:
            params["status"] = ",".join(statuses)
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
                with_messages: bool = True) -> Iterator[Page[Thread]]:
        base: dict[str, Any] = {"entity_type": "MMP_ORDER", "sort": "date_updated,ASC",
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

    # -- writes ------------------------------------------------------------------------------
    def close_incident(self, order_id: str, order_line_id: str,
                       reason_code: str | None) -> None:
        body = {"reason_code": reason_code} if reason_code else {}
        self._request("PUT", f"/api/orders/{order_id}/lines/{order_line_id}/close_incident",
                      json_body=body)

    def close(self) -> None:
        self._session.close()


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
