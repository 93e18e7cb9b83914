"""The sandbox marketplace's HTTP API: a WSGI application speaking Mirakl's operator API.

One server hosts every market; each market is its own instance under a path prefix:
``/<market>/api/...`` with ``<market>`` the lower-case country code. What is ours and not
Mirakl's lives under ``/<market>/api/x-desk/`` (see ``docs/SANDBOX_API.md``).
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import orjson
from sqlalchemy import Engine, and_, exists, func, or_, select, update
from sqlalchemy.engine import Connection
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from . import db, shapes
from .catalog import MARKETS

log = logging.getLogger(__name__)

OPERATOR_ROLES = ("agent", "reviewer", "supervisor")
MAX_LIST_VALUES = 100  # Mirakl refuses longer comma lists with a 400
OFFSET_MAX = 100
SEEK_MAX = 100

StartResponse = Callable[..., Any]


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Clock:
    """Sandbox time: real time plus an offset that test controls can advance."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Naive UTC, as the store keeps times."""
        with self._lock:
            offset = self._offset
        return (datetime.now(UTC) + offset).replace(tzinfo=None, microsecond=0)

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._offset += delta


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(payload), status=status, headers=headers,
                    content_type="application/json")


def _error(status: int, message: str) -> Response:
    return _json({"status": status, "message": message}, status)


def _parse_time(value: str, name: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{name} is not an ISO-8601 date-time: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(tzinfo=None)


def _list(request: Request, name: str) -> list[str] | None:
    raw = request.args.get(name)
    if raw is None or raw.strip() == "":
        return None
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if len(values) > MAX_LIST_VALUES:
        raise ApiError(400, f"{name} accepts at most {MAX_LIST_VALUES} values")
    return values


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be an integer") from None
    if value < low:
        raise ApiError(400, f"{name} must be at least {low}")
    return min(value, high)


def _bool(request: Request, name: str) -> bool | None:
    raw = request.args.get(name)
    if raw is None:
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise ApiError(400, f"{name} must be true or false")


def _encode_token(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(state)).decode("ascii").rstrip("=")


def _decode_token(token: str) -> dict[str, Any]:
    try:
        padded = token + "=" * (-len(token) % 4)
        state = orjson.loads(base64.urlsafe_b64decode(padded))
        if not isinstance(state, dict):
            raise ValueError(token)
        return state
    except (ValueError, orjson.JSONDecodeError):
        raise ApiError(400, "page_token is not valid") from None


def _body(request: Request) -> dict[str, Any]:
    if not request.data:
        return {}
    try:
        body = orjson.loads(request.data)
    except orjson.JSONDecodeError:
        raise ApiError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return body


class SandboxApi:
    """The WSGI application. Thread-safe: every request uses its own connection."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock = clock or Clock()
        self._write_lock = threading.Lock()  # one writer at a time keeps SQLite happy
        with engine.connect() as connection:
            self.keys = {row.key: dict(row._mapping)
                         for row in connection.execute(select(db.api_keys))}
            self.markets = {row.code for row in connection.execute(select(db.markets.c.code))}
        m = "/<market>/api"
        self.url_map = Map([
            Rule("/health", endpoint="health", methods=["GET"]),
            Rule(f"{m}/orders", endpoint="or11", methods=["GET"]),
            Rule(f"{m}/incidents", endpoint="or61", methods=["GET"]),
            Rule(f"{m}/orders/<order_id>/lines/<line_id>/open_incident", endpoint="or62",
                 methods=["PUT"]),
            Rule(f"{m}/orders/<order_id>/lines/<line_id>/close_incident", endpoint="or63",
                 methods=["PUT"]),
            Rule(f"{m}/orders/<order_id>/lines/<line_id>/resolve_incident", endpoint="or64",
                 methods=["PUT"]),
            Rule(f"{m}/inbox/threads", endpoint="m11", methods=["GET"]),
            Rule(f"{m}/inbox/threads/<thread_id>", endpoint="m10", methods=["GET"]),
            Rule(f"{m}/reasons", endpoint="re01", methods=["GET"]),
            Rule(f"{m}/shops", endpoint="s20", methods=["GET"]),
            Rule(f"{m}/x-desk/me", endpoint="x_me", methods=["GET"]),
            Rule(f"{m}/x-desk/incidents/<incident_id>/dispute", endpoint="x_dispute",
                 methods=["PUT"]),
        ], strict_slashes=False)

    # -- WSGI --------------------------------------------------------------------------------
    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        try:
            adapter = self.url_map.bind_to_environ(environ)
            endpoint, matched = adapter.match()
            handler = getattr(self, f"on_{endpoint}")
            args = dict(matched)
            if "market" in args:
                args["market"] = self._market(args["market"])
            response = handler(request, **args)
        except ApiError as exc:
            response = _error(exc.status, exc.message)
        except MethodNotAllowed:
            response = _error(405, f"{request.method} is not allowed on {request.path}")
        except NotFound:
            response = _error(404, f"no such resource: {request.path}")
        except HTTPException as exc:
            response = _error(exc.code or 500, exc.description or "error")
        except Exception:  # a bug in the sandbox must still answer in JSON
            log.exception("sandbox error on %s %s", request.method, request.path)
            response = _error(500, "internal sandbox error")
        return response(environ, start_response)  # type: ignore[no-any-return]

    def _market(self, raw: str) -> str:
        code = raw.upper()
        if code not in self.markets:
            raise ApiError(404, f"no marketplace {raw!r} on this sandbox")
        return code

    def _caller(self, request: Request, market: str,
                roles: tuple[str, ...] = OPERATOR_ROLES) -> dict[str, Any]:
        header = request.headers.get("Authorization", "").strip()
        key = header[7:].strip() if header.lower().startswith("bearer ") else header
        caller = self.keys.get(key) if key else None
        if caller is None or caller["market"] != market:
            raise ApiError(401, "Unauthorized: the API key is missing or unknown "
                                f"for marketplace {market}")
        if caller["role"] not in roles:
            raise ApiError(403, f"Forbidden: a {caller['role']} key may not do this")
        return caller

    def _write(self) -> Any:
        return _WriteTransaction(self.engine, self._write_lock)

    # -- endpoints ---------------------------------------------------------------------------
    def on_health(self, request: Request) -> Response:
        return _json({"status": "ok", "markets": sorted(self.markets)})

    def on_x_me(self, request: Request, market: str) -> Response:
        caller = self._caller(request, market, (*OPERATOR_ROLES, "seller"))
        return _json({"user": caller["user_name"], "display_name": caller["display_name"],
                      "role": caller["role"], "market": market, "shop_id": caller["shop_id"]})

    def on_re01(self, request: Request, market: str) -> Response:
        self._caller(request, market, (*OPERATOR_ROLES, "seller"))
        language = (request.args.get("locale") or "en")[:2].lower()
        reason_type = request.args.get("reason_type")
        query = select(db.reasons).where(db.reasons.c.market == market)
        if reason_type:
            query = query.where(db.reasons.c.type == reason_type)
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(db.reasons.c.type,
                                                     db.reasons.c.sort_index)).mappings().all()
        reasons = [shapes.reason(row, language) for row in rows]
        return _json({"reasons": reasons, "total_count": len(reasons)})

    def on_or11(self, request: Request, market: str) -> Response:
        self._caller(request, market)
        o, lines = db.orders.c, db.order_lines.c
        conditions = [o.market == market]
        if (ids := _list(request, "order_ids")) is not None:
            conditions.append(o.order_id.in_(ids))
        if (shop_ids := _list(request, "shop_ids")) is not None:
            conditions.append(o.shop_id.in_(shop_ids))
        if (states := _list(request, "order_state_codes")) is not None:
            conditions.append(o.state.in_(states))
        for name, column, op in (("start_update_date", o.last_updated, "ge"),
                                 ("end_update_date", o.last_updated, "le"),
                                 ("start_date", o.created, "ge"), ("end_date", o.created, "le")):
            if raw := request.args.get(name):
                value = _parse_time(raw, name)
                conditions.append(column >= value if op == "ge" else column <= value)
        has_incident = _bool(request, "has_incident")
        if has_incident is not None:
            open_line = exists().where(and_(lines.order_id == o.order_id,
                                            lines.state == "INCIDENT_OPEN"))
            conditions.append(open_line if has_incident else ~open_line)
        paginate = _bool(request, "paginate")
        offset = _int(request, "offset", 0, 0, 10**9)
        limit = _int(request, "max", 10, 1, OFFSET_MAX)
        descending = (request.args.get("order") or "desc").lower() == "desc"
        with self.engine.connect() as connection:
            total = connection.execute(
                select(func.count()).select_from(db.orders).where(*conditions)).scalar_one()
            query = select(db.orders).where(*conditions).order_by(
                o.created.desc() if descending else o.created.asc(),
                o.order_id.desc() if descending else o.order_id.asc())
            if paginate is not False:
                query = query.offset(offset).limit(limit)
            rows = connection.execute(query).mappings().all()
            payload = self._orders(connection, rows)
        headers = {}
        if paginate is not False and offset + limit < total:
            args = request.args.to_dict()
            args.update(offset=str(offset + limit), max=str(limit))
            headers["Link"] = f'<{request.base_url}?{urlencode(args)}>; rel="next"'
        return _json({"orders": payload, "total_count": total}, headers=headers)

    def _orders(self, connection: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        if not rows:
            return []
        ids = [row["order_id"] for row in rows]
        market = rows[0]["market"]
        line_rows = connection.execute(
            select(db.order_lines).where(db.order_lines.c.order_id.in_(ids))
            .order_by(db.order_lines.c.order_id, db.order_lines.c.line_index)).mappings().all()
        lines_by_order: dict[str, list[dict[str, Any]]] = {}
        for line in line_rows:
            lines_by_order.setdefault(line["order_id"], []).append(shapes.order_line(line))
        shop_names = dict(connection.execute(
            select(db.shops.c.shop_id, db.shops.c.name).where(
                db.shops.c.market == market,
                db.shops.c.shop_id.in_({row["shop_id"] for row in rows}))).all())
        with_customer_message = set(connection.execute(
            select(db.threads.c.entity_id).where(
                db.threads.c.market == market, db.threads.c.entity_type == "MMP_ORDER",
                db.threads.c.entity_id.in_(ids))).scalars())
        return [
            shapes.order(row, shop_names.get(row["shop_id"], ""),
                         lines_by_order.get(row["order_id"], []),
                         row["order_id"] in with_customer_message)
            for row in rows
        ]

    def _seek(self, request: Request, allowed: set[str], default_sort: str
              ) -> tuple[dict[str, Any], tuple[str, str] | None, int, bool]:
        """Filters, position, page size and direction of a seek-paginated call.

        With a page_token, the token alone decides (Mirakl ignores other filters then)."""
        token = request.args.get("page_token")
        if token:
            state = _decode_token(token)
            after = state.get("after")
            position = (str(after[0]), str(after[1])) if isinstance(after, list) else None
            return (dict(state.get("filters", {})), position, int(state.get("limit", 50)),
                    bool(state.get("desc", True)))
        filters = {name: request.args[name] for name in allowed if request.args.get(name)}
        limit = _int(request, "limit", 50, 1, SEEK_MAX)
        sort = (request.args.get("sort") or default_sort).split(",")
        descending = len(sort) < 2 or sort[1].strip().upper() != "ASC"
        return filters, None, limit, descending

    @staticmethod
    def _page(rows: list[Any], limit: int, filters: dict[str, Any], descending: bool,
              key: Callable[[Any], tuple[str, str]]) -> str | None:
        if len(rows) <= limit:
            return None
        last = rows[limit - 1]
        return _encode_token({"filters": filters, "after": list(key(last)), "limit": limit,
                              "desc": descending})

    def on_or61(self, request: Request, market: str) -> Response:
        self._caller(request, market)
        filters, position, limit, descending = self._seek(
            request, {"status", "updated_since", "order_ids", "incident_ids"}, "date_updated,DESC")
        i = db.incidents.c
        conditions = [i.market == market]
        if filters.get("status"):
            conditions.append(i.status.in_(filters["status"].split(",")))
        if filters.get("updated_since"):
            conditions.append(i.updated >= _parse_time(filters["updated_since"], "updated_since"))
        if filters.get("order_ids"):
            conditions.append(i.order_id.in_(filters["order_ids"].split(",")[:MAX_LIST_VALUES]))
        if filters.get("incident_ids"):
            conditions.append(i.incident_id.in_(filters["incident_ids"].split(",")[:MAX_LIST_VALUES]))
        if position is not None:
            when = datetime.fromisoformat(position[0])
            conditions.append(
                or_(i.updated < when, and_(i.updated == when, i.incident_id < position[1]))
                if descending else
                or_(i.updated > when, and_(i.updated == when, i.incident_id > position[1])))
        order = ((i.updated.desc(), i.incident_id.desc()) if descending
                 else (i.updated.asc(), i.incident_id.asc()))
        with self.engine.connect() as connection:
            rows = connection.execute(select(db.incidents).where(*conditions).order_by(*order)
                                      .limit(limit + 1)).mappings().all()
        payload: dict[str, Any] = {"data": [shapes.incident(row) for row in rows[:limit]]}
        token = self._page(list(rows), limit, filters, descending,
                           lambda r: (r["updated"].isoformat(), r["incident_id"]))
        if token:
            payload["next_page_token"] = token
        return _json(payload)

    def on_m11(self, request: Request, market: str) -> Response:
        self._caller(request, market)
        filters, position, limit, descending = self._seek(
            request, {"entity_type", "entity_id", "updated_since", "with_messages"},
            "date_updated,DESC")
        t = db.threads.c
        conditions = [t.market == market]
        if filters.get("entity_id") and not filters.get("entity_type"):
            raise ApiError(400, "entity_id requires entity_type")
        if filters.get("entity_type"):
            conditions.append(t.entity_type == filters["entity_type"])
        if filters.get("entity_id"):
            ids = filters["entity_id"].split(",")
            if len(ids) > MAX_LIST_VALUES:
                raise ApiError(400, f"entity_id accepts at most {MAX_LIST_VALUES} values")
            conditions.append(t.entity_id.in_(ids))
        if filters.get("updated_since"):
            conditions.append(t.updated >= _parse_time(filters["updated_since"], "updated_since"))
        if position is not None:
            when = datetime.fromisoformat(position[0])
            conditions.append(
                or_(t.updated < when, and_(t.updated == when, t.thread_id < position[1]))
                if descending else
                or_(t.updated > when, and_(t.updated == when, t.thread_id > position[1])))
        order = ((t.updated.desc(), t.thread_id.desc()) if descending
                 else (t.updated.asc(), t.thread_id.asc()))
        with_messages = str(filters.get("with_messages", "false")).lower() == "true"
        with self.engine.connect() as connection:
            rows = connection.execute(select(db.threads).where(*conditions).order_by(*order)
                                      .limit(limit + 1)).mappings().all()
            data = self._threads(connection, list(rows[:limit]), with_messages, last_n=100)
        payload: dict[str, Any] = {"data": data}
        token = self._page(list(rows), limit, filters, descending,
                           lambda r: (r["updated"].isoformat(), r["thread_id"]))
        if token:
            payload["next_page_token"] = token
        return _json(payload)

    def _threads(self, connection: Connection, rows: list[Any], with_messages: bool,
                 last_n: int | None) -> list[dict[str, Any]]:
        if not rows:
            return []
        ids = [row["thread_id"] for row in rows]
        m = db.messages.c
        by_thread: dict[str, list[Any]] = {}
        if with_messages:
            query = select(db.messages).where(m.thread_id.in_(ids))
            if last_n is not None:
                # Only the newest messages of each thread, as Mirakl's M11 does.
                newest = select(m.thread_id, func.max(m.seq).label("top")).where(
                    m.thread_id.in_(ids)).group_by(m.thread_id).subquery()
                query = (select(db.messages).join(newest, newest.c.thread_id == m.thread_id)
                         .where(m.seq > newest.c.top - last_n))
            for row in connection.execute(query.order_by(m.thread_id, m.seq)).mappings():
                by_thread.setdefault(row["thread_id"], []).append(row)
        else:
            newest_ids = select(m.thread_id, func.max(m.seq).label("top")).where(
                m.thread_id.in_(ids)).group_by(m.thread_id).subquery()
            query = select(db.messages).join(newest_ids, and_(
                newest_ids.c.thread_id == m.thread_id, newest_ids.c.top == m.seq))
            for row in connection.execute(query).mappings():
                by_thread[row["thread_id"]] = [row]
        attachments: dict[str, list[Any]] = {}
        message_ids = [msg["message_id"] for msgs in by_thread.values() for msg in msgs]
        if message_ids and with_messages:
            for row in connection.execute(select(db.attachments).where(
                    db.attachments.c.message_id.in_(message_ids))).mappings():
                attachments.setdefault(row["message_id"], []).append(row)
        result = []
        for row in rows:
            msgs = by_thread.get(row["thread_id"], [])
            last_sender = shapes.message(msgs[-1])["from"] if msgs else None
            rendered = ([shapes.message(msg, attachments.get(msg["message_id"], ()))
                         for msg in msgs] if with_messages else None)
            result.append(shapes.thread(row, rendered, last_sender))
        return result

    def on_m10(self, request: Request, market: str, thread_id: str) -> Response:
        self._caller(request, market)
        with self.engine.connect() as connection:
            row = connection.execute(select(db.threads).where(
                db.threads.c.market == market, db.threads.c.thread_id == thread_id)
            ).mappings().first()
            if row is None:
                raise ApiError(404, f"thread {thread_id} not found")
            (data,) = self._threads(connection, [row], with_messages=True, last_n=None)
        return _json(data)

    def on_s20(self, request: Request, market: str) -> Response:
        self._caller(request, market)
        s = db.shops.c
        conditions = [s.market == market]
        if (ids := _list(request, "shop_ids")) is not None:
            conditions.append(s.shop_id.in_(ids))
        if state := request.args.get("state"):
            conditions.append(s.state == state)
        if raw := request.args.get("updated_since"):
            conditions.append(s.last_updated >= _parse_time(raw, "updated_since"))
        offset = _int(request, "offset", 0, 0, 10**9)
        limit = _int(request, "max", 10, 1, OFFSET_MAX)
        paginate = _bool(request, "paginate")
        with self.engine.connect() as connection:
            total = connection.execute(
                select(func.count()).select_from(db.shops).where(*conditions)).scalar_one()
            query = select(db.shops).where(*conditions).order_by(s.name, s.shop_id)
            if paginate is not False:
                query = query.offset(offset).limit(limit)
            rows = connection.execute(query).mappings().all()
        headers = {}
        if paginate is not False and offset + limit < total:
            args = request.args.to_dict()
            args.update(offset=str(offset + limit), max=str(limit))
            headers["Link"] = f'<{request.base_url}?{urlencode(args)}>; rel="next"'
        return _json({"shops": [shapes.shop(row) for row in rows], "total_count": total},
                     headers=headers)

    # -- incident writes ---------------------------------------------------------------------
    def _open_incident(self, connection: Connection, market: str, order_id: str,
                       line_id: str) -> Any:
        line = connection.execute(select(db.order_lines).where(
            db.order_lines.c.market == market, db.order_lines.c.order_id == order_id,
            db.order_lines.c.order_line_id == line_id)).mappings().first()
        if line is None:
            raise ApiError(404, f"order line {line_id} of order {order_id} not found")
        incident = connection.execute(select(db.incidents).where(
            db.incidents.c.order_line_id == line_id, db.incidents.c.status != "CLOSED")
        ).mappings().first()
        return line, incident

    def _reason(self, connection: Connection, market: str, code: str, type_: str,
                right: str) -> Any:
        row = connection.execute(select(db.reasons).where(
            db.reasons.c.market == market, db.reasons.c.code == code,
            db.reasons.c.type == type_)).mappings().first()
        if row is None or not row[right]:
            raise ApiError(400, f"reason_code {code!r} is not a valid {type_} reason")
        return row

    def _touch_line(self, connection: Connection, order_id: str, line_id: str, now: datetime,
                    **values: Any) -> None:
        connection.execute(update(db.order_lines)
                           .where(db.order_lines.c.order_line_id == line_id)
                           .values(last_updated=now, **values))
        connection.execute(update(db.orders).where(db.orders.c.order_id == order_id)
                           .values(last_updated=now))

    def on_or63(self, request: Request, market: str, order_id: str, line_id: str) -> Response:
        self._caller(request, market)
        body = _body(request)
        reason_code = body.get("reason_code")
        if reason_code is not None and not isinstance(reason_code, str):
            raise ApiError(400, "reason_code must be a string")
        with self._write() as connection:
            line, incident = self._open_incident(connection, market, order_id, line_id)
            if incident is None:
                raise ApiError(400, f"order line {line_id} has no open incident")
            if not reason_code and incident["status"] != "RESOLVED":
                raise ApiError(400, "reason_code is required: the shop has not marked this "
                                    "incident as resolved")
            if reason_code:
                self._reason(connection, market, reason_code, "INCIDENT_CLOSE",
                             "is_operator_right")
            now = self.clock.now()
            connection.execute(update(db.incidents).where(
                db.incidents.c.incident_id == incident["incident_id"]).values(
                status="CLOSED", closed=now, closing_reason_code=reason_code or None,
                closed_by="OPERATOR", last_action=now, last_action_by="OPERATOR", updated=now))
            self._touch_line(connection, order_id, line_id, now,
                             state=line["state_before_incident"] or "RECEIVED",
                             state_before_incident=None, state_reason_code=None,
                             state_reason_label=None)
        return Response(status=204)

    def on_or62(self, request: Request, market: str, order_id: str, line_id: str) -> Response:
        self._caller(request, market)
        reason_code = _body(request).get("reason_code")
        if not isinstance(reason_code, str) or not reason_code:
            raise ApiError(400, "reason_code is required")
        with self._write() as connection:
            line, incident = self._open_incident(connection, market, order_id, line_id)
            if incident is not None:
                raise ApiError(400, f"order line {line_id} already has an open incident")
            if line["state"] not in ("SHIPPED", "RECEIVED"):
                raise ApiError(400, f"an incident cannot be opened on a line in state "
                                    f"{line['state']}")
            reason = self._reason(connection, market, reason_code, "INCIDENT_OPEN",
                                  "is_operator_right")
            now = self.clock.now()
            connection.execute(db.incidents.insert().values(
                incident_id=_new_id(), market=market, order_id=order_id, order_line_id=line_id,
                status="NEW", opened=now, opening_reason_code=reason_code,
                opened_by="OPERATOR", last_action=now, last_action_by="OPERATOR", updated=now))
            language = MARKETS[market].language
            self._touch_line(connection, order_id, line_id, now, state="INCIDENT_OPEN",
                             state_before_incident=line["state"], state_reason_code=reason_code,
                             state_reason_label=reason["labels"].get(language))
        return Response(status=204)

    def on_or64(self, request: Request, market: str, order_id: str, line_id: str) -> Response:
        caller = self._caller(request, market, ("seller",))
        body = _body(request)
        reason_code = body.get("reason_code")
        message = body.get("message")  # sandbox extension: the seller's note to the operator
        if not isinstance(reason_code, str) or not reason_code:
            raise ApiError(400, "reason_code is required")
        if message is not None and not isinstance(message, str):
            raise ApiError(400, "message must be a string")
        with self._write() as connection:
            order = connection.execute(select(db.orders).where(
                db.orders.c.order_id == order_id, db.orders.c.market == market)).mappings().first()
            if order is None:
                raise ApiError(404, f"order {order_id} not found")
            if order["shop_id"] != caller["shop_id"]:
                raise ApiError(403, "Forbidden: the order belongs to another shop")
            _line, incident = self._open_incident(connection, market, order_id, line_id)
            if incident is None:
                raise ApiError(400, f"order line {line_id} has no open incident")
            if incident["status"] == "RESOLVED":
                raise ApiError(400, "the incident is already marked as resolved")
            self._reason(connection, market, reason_code, "INCIDENT_CLOSE", "is_shop_right")
            now = self.clock.now()
            connection.execute(update(db.incidents).where(
                db.incidents.c.incident_id == incident["incident_id"]).values(
                status="RESOLVED", resolved=now, resolution_reason_code=reason_code,
                resolution_message=message, last_action=now, last_action_by="SHOP", updated=now))
            self._touch_line(connection, order_id, line_id, now)
            if message:
                self._post_to_operator(connection, market, order, caller, message, now)
        return Response(status=204)

    def _post_to_operator(self, connection: Connection, market: str, order: Any,
                          caller: dict[str, Any], body: str, now: datetime) -> None:
        thread = connection.execute(select(db.threads).where(
            db.threads.c.market == market, db.threads.c.entity_type == "MMP_ORDER",
            db.threads.c.entity_id == order["order_id"]).order_by(db.threads.c.created)
        ).mappings().first()
        if thread is None:
            return
        operator = next(p for p in thread["participants"] if p["type"] == "OPERATOR")
        seq = (connection.execute(select(func.max(db.messages.c.seq)).where(
            db.messages.c.thread_id == thread["thread_id"])).scalar() or 0) + 1
        connection.execute(db.messages.insert().values(
            message_id=_new_id(), thread_id=thread["thread_id"], market=market, seq=seq,
            created=now, from_type="SHOP_USER", from_display_name=caller["display_name"],
            from_org_type="SHOP", from_org_id=caller["shop_id"],
            from_org_name=caller["display_name"], recipients=[operator], body=body))
        connection.execute(update(db.threads).where(
            db.threads.c.thread_id == thread["thread_id"]).values(
            updated=now, last_message=now, message_count=seq, shop_reply_needed_since=None))

    def on_x_dispute(self, request: Request, market: str, incident_id: str) -> Response:
        self._caller(request, market)
        with self._write() as connection:
            incident = connection.execute(select(db.incidents).where(
                db.incidents.c.market == market, db.incidents.c.incident_id == incident_id)
            ).mappings().first()
            if incident is None:
                raise ApiError(404, f"incident {incident_id} not found")
            if incident["status"] != "RESOLVED":
                raise ApiError(400, f"only an incident marked as resolved can be disputed; "
                                    f"this one is {incident['status']}")
            now = self.clock.now()
            connection.execute(update(db.incidents).where(
                db.incidents.c.incident_id == incident_id).values(
                status="DISPUTED", last_action=now, last_action_by="OPERATOR", updated=now))
            self._touch_line(connection, incident["order_id"], incident["order_line_id"], now)
        return Response(status=204)


class _WriteTransaction:
    """A transaction under the API's write lock (SQLite allows one writer)."""

    def __init__(self, engine: Engine, lock: threading.Lock) -> None:
        self.engine = engine
        self.lock = lock
        self._context: Any = None

    def __enter__(self) -> Connection:
        self.lock.acquire()
        try:
            self._context = self.engine.begin()
            connection: Connection = self._context.__enter__()
            return connection
        except BaseException:
            self.lock.release()
            raise

    def __exit__(self, *exc: Any) -> None:
        try:
            self._context.__exit__(*exc)
        finally:
            self.lock.release()


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())
