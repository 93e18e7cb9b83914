"""What every handler of the sandbox API shares: the request context, auth, parsing, JSON."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import orjson
from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection
from werkzeug.wrappers import Request, Response

from .. import db
from ..clock import Clock
from ..operations import Refused
from ..operations.refunds import next_due, settle_refunds

if TYPE_CHECKING:
    from ..faults import FaultInjector
    from ..simulator import Simulator

# Handlers raise the operations' error directly: status and message become the JSON error.
ApiError = Refused

OPERATOR_ROLES = ("agent", "reviewer", "supervisor")
ANY_ROLE = (*OPERATOR_ROLES, "seller")
MAX_LIST_VALUES = 100  # Mirakl refuses longer comma lists with a 400
OFFSET_MAX = 100
SEEK_MAX = 100

Handler = Callable[..., Response]


class Context:
    """State shared by all handlers of one server: store, clock, keys, write lock."""

    def __init__(self, engine: Engine, clock: Clock, *, test_controls: bool = False) -> None:
        self.engine = engine
        self.clock = clock
        self.test_controls = test_controls
        self.simulator: Simulator | None = None
        self.faults: FaultInjector | None = None
        self._write_lock = threading.Lock()  # one writer at a time keeps SQLite happy
        self._refunds_due: datetime | None = None
        self.reload()

    def reload(self) -> None:
        with self.engine.connect() as connection:
            self.keys = {row.key: dict(row._mapping)
                         for row in connection.execute(select(db.api_keys))}
            self.markets = {row.code for row in connection.execute(select(db.markets.c.code))}
            self._refunds_due = next_due(connection)

    def market(self, raw: str) -> str:
        code = raw.upper()
        if code not in self.markets:
            raise ApiError(404, f"no marketplace {raw!r} on this sandbox")
        return code

    def caller(self, request: Request, market: str,
               roles: Sequence[str] = OPERATOR_ROLES) -> dict[str, Any]:
        """The key's user; 401 for a missing or foreign key, 403 for a role not in ``roles``."""
        header = request.headers.get("Authorization", "").strip()
        key = header[7:].strip() if header.lower().startswith("bearer ") else header
        caller = self.keys.get(key) if key else None
        if caller is None or caller["market"] != market:
            raise ApiError(401, "Unauthorized: the API key is missing or unknown "
                                f"for marketplace {market}")
        if caller["role"] not in roles:
            allowed = " or ".join(roles)
            raise ApiError(403, f"Forbidden: the {caller['role']} role may not do this; "
                                f"it needs the {allowed} role")
        return caller

    def write(self) -> _WriteTransaction:
        return _WriteTransaction(self)

    def refunds_changed(self, connection: Connection) -> None:
        self._refunds_due = next_due(connection)

    def settle(self) -> None:
        """Apply refund state moves that are due (cheap when none is: one comparison)."""
        due = self._refunds_due
        if due is None or self.clock.now() < due:
            return
        with self.write() as connection:
            settle_refunds(connection, self.clock.now())
            self.refunds_changed(connection)


class _WriteTransaction:
    """A transaction under the context's write lock (SQLite allows one writer)."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self._transaction: Any = None

    def __enter__(self) -> Connection:
        self.context._write_lock.acquire()
        try:
            self._transaction = self.context.engine.begin()
            connection: Connection = self._transaction.__enter__()
            return connection
        except BaseException:
            self.context._write_lock.release()
            raise

    def __exit__(self, *exc: Any) -> None:
        try:
            self._transaction.__exit__(*exc)
        finally:
            self.context._write_lock.release()


def json_response(payload: Any, status: int = 200,
                  headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(payload), status=status, headers=headers,
                    content_type="application/json")


def error_response(status: int, message: str) -> Response:
    return json_response({"status": status, "message": message}, status)


def parse_time(value: str, name: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{name} is not an ISO-8601 date-time: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).replace(tzinfo=None)


def split_list(raw: str | None, name: str) -> list[str] | None:
    if raw is None or raw.strip() == "":
        return None
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if len(values) > MAX_LIST_VALUES:
        raise ApiError(400, f"{name} accepts at most {MAX_LIST_VALUES} values")
    return values


def arg_list(request: Request, name: str) -> list[str] | None:
    return split_list(request.args.get(name), name)


def arg_int(request: Request, name: str, default: int, low: int, high: int) -> int:
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


def arg_bool(request: Request, name: str) -> bool | None:
    raw = request.args.get(name)
    if raw is None:
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise ApiError(400, f"{name} must be true or false")


def json_body(request: Request) -> dict[str, Any]:
    if not request.get_data(cache=True):
        return {}
    try:
        body = orjson.loads(request.get_data(cache=True))
    except orjson.JSONDecodeError:
        raise ApiError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return body


def json_part(request: Request, name: str) -> dict[str, Any]:
    """The JSON part of a multipart request (``message_input``, ``thread_input``)."""
    if request.mimetype != "multipart/form-data":
        raise ApiError(400, f"this call takes multipart/form-data with a {name!r} JSON part "
                            f"(got {request.mimetype or 'no content type'})")
    raw: str | bytes | None = request.form.get(name)
    if raw is None and name in request.files:
        raw = request.files[name].read()  # sent as a file part with type application/json
    if raw is None:
        raise ApiError(400, f"the {name!r} part is required")
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError(400, f"the {name!r} part is not valid JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, f"the {name!r} part must be a JSON object")
    return value


def next_link(request: Request, offset: int, limit: int, total: int) -> dict[str, str]:
    """Mirakl's RFC 8288 ``Link: <…>; rel="next"`` for offset pagination."""
    if offset + limit >= total:
        return {}
    args = request.args.to_dict()
    args.update(offset=str(offset + limit), max=str(limit))
    return {"Link": f'<{request.base_url}?{urlencode(args)}>; rel="next"'}


def encode_token(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(state)).decode("ascii").rstrip("=")


def decode_token(token: str) -> dict[str, Any]:
    try:
        padded = token + "=" * (-len(token) % 4)
        state = orjson.loads(base64.urlsafe_b64decode(padded))
        if not isinstance(state, dict):
            raise ValueError(token)
        return state
    except (ValueError, orjson.JSONDecodeError):
        raise ApiError(400, "page_token is not valid") from None


def seek_args(request: Request, allowed: set[str], default_sort: str
              ) -> tuple[dict[str, Any], tuple[str, str] | None, int, bool]:
    """Filters, position, page size and direction of a seek-paginated call.

    With a page_token, the token alone decides (Mirakl ignores other filters then)."""
    token = request.args.get("page_token")
    if token:
        state = decode_token(token)
        after = state.get("after")
        position = (str(after[0]), str(after[1])) if isinstance(after, list) else None
        try:
            limit = int(state.get("limit", 50))
        except (TypeError, ValueError):
            raise ApiError(400, "page_token is not valid") from None
        return (dict(state.get("filters", {})), position, limit, bool(state.get("desc", True)))
    filters = {name: request.args[name] for name in allowed if request.args.get(name)}
    limit = arg_int(request, "limit", 50, 1, SEEK_MAX)
    sort = (request.args.get("sort") or default_sort).split(",")
    descending = len(sort) < 2 or sort[1].strip().upper() != "ASC"
    return filters, None, limit, descending


def seek_token(rows: Sequence[Any], limit: int, filters: dict[str, Any], descending: bool,
               key: Callable[[Any], tuple[str, str]]) -> str | None:
    if len(rows) <= limit:
        return None
    last = rows[limit - 1]
    return encode_token({"filters": filters, "after": list(key(last)), "limit": limit,
                         "desc": descending})


def position_time(position: tuple[str, str]) -> datetime:
    try:
        return datetime.fromisoformat(position[0])
    except ValueError:
        raise ApiError(400, "page_token is not valid") from None
