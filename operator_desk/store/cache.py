"""Repositories over the cache. They are given a Session; they never open or commit one.

Writes are bulk upserts (Core ``INSERT .. ON CONFLICT``), because a first sync writes
hundreds of thousands of rows. Reads return frozen domain records, never live rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import orjson
from sqlalchemy import JSON, Integer, and_, delete, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from operator_desk.domain.models import (
    Attachment,
    Customer,
    Incident,
    IncidentStatus,
    Market,
    Message,
    Order,
    OrderLine,
    Participant,
    Problem,
    Reason,
    Refund,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.queue import (
    IncidentCase,
    MessageHit,
    QueueFilter,
    QueueRow,
    QueueSort,
)

from . import cache_schema as t
from .database import Database, UtcDateTime


def open_cache(path: Path, *, check_integrity: bool = True) -> Database:
    """The cache file at ``path``; a damaged or foreign-version cache is set aside and rebuilt.
    ``check_integrity=False`` skips reading every page first: the desk checks the pages on a
    worker once its queue is shown (``Database.check_pages``), and its sync child, every
    minute, not at all."""
    return Database(path, t.metadata, t.CACHE_VERSION, rebuildable=True,
                    check_integrity=check_integrity)


def _upsert(session: Session, table: Any, rows: list[dict[str, Any]],
            keys: Sequence[str], *, immutable: bool = False) -> None:
    """Insert rows, or update the ones already there (``immutable``: leave those alone).

    A first sync writes hundreds of thousands of rows through here: the statement is written
    once per table and shape, and the rows go to the driver's ``executemany`` as tuples, each
    value through its column type's bind processor (the same text, times and JSON that
    SQLAlchemy itself would store) without SQLAlchemy's per-row parameter machinery (a tenth
    of a first sync's time)."""
    if not rows:
        return
    connection = session.connection()
    columns = tuple(rows[0])
    if not _whole_rows(table, columns):
        # Some columns left to their defaults: SQLAlchemy fills those in (and the update sets
        # every column), so let it write these few rows.
        rows = [{k: json.loads(v) if type(v) is _Encoded else v for k, v in row.items()}
                for row in rows]
        insert = sqlite_insert(table)
        if immutable:
            session.execute(insert.on_conflict_do_nothing(index_elements=list(keys)), rows)
            return
        updates = {c.name: insert.excluded[c.name] for c in table.columns
                   if c.name not in keys and not c.primary_key}
        session.execute(insert.on_conflict_do_update(index_elements=list(keys), set_=updates),
                        rows)
        return
    statement, processors = _upsert_statement(connection.dialect, table, columns,
                                              tuple(keys), immutable)
    names = tuple(name for name, _process in processors)
    if any(process is not None for _name, process in processors):
        values = [tuple(row[name] if process is None or row[name] is None
                        else process(row[name]) for name, process in processors)
                  for row in rows]
    else:
        values = [tuple(row[name] for name in names) for row in rows]
    connection.exec_driver_sql(statement, values)


bulk_upsert = _upsert  # for the cache's other repositories (findings)


def _whole_rows(table: Any, columns: tuple[str, ...]) -> bool:
    """Whether rows with these columns give every column but a row-id key."""
    given = set(columns)
    return all(c.name in given or (c.primary_key and isinstance(c.type, Integer))
               for c in table.columns) and given <= {c.name for c in table.columns}


_Processor = Callable[[Any], Any] | None


class _Encoded(str):
    """A JSON column's value already encoded, as its type encodes it (``json.dumps``):
    participants repeat on every message of a thread, so their text is made once."""


def _json_processor(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def encode(value: Any) -> Any:
        return value if type(value) is _Encoded else process(value)
    return encode


def _utc_text(value: datetime) -> str:
    """``UtcDateTime`` and SQLite's ``DATETIME`` bind processors in one call: the same text
    (naive UTC, microseconds always written)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    v = value.astimezone(UTC)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")


def _processor(column: Any, dialect: Any) -> _Processor:
    """What ``_upsert`` does to a column's non-null values before the driver sees them."""
    if isinstance(column.type, UtcDateTime) and dialect.name == "sqlite":
        return _utc_text
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(column.type, JSON) and process is not None:
        return _json_processor(process)
    return cast(_Processor, process)


_STATEMENTS: dict[tuple[Any, ...], tuple[str, tuple[tuple[str, _Processor], ...]]] = {}


def _upsert_statement(dialect: Any, table: Any, columns: tuple[str, ...],
                      keys: tuple[str, ...], immutable: bool
                      ) -> tuple[str, tuple[tuple[str, _Processor], ...]]:
    """``INSERT .. ON CONFLICT`` for these columns, and each column's bind processor."""
    cache_key = (id(dialect), table.name, columns, keys, immutable)
    found = _STATEMENTS.get(cache_key)
    if found is not None:
        return found
    processors = tuple((name, _processor(table.columns[name], dialect)) for name in columns)
    quote = dialect.identifier_preparer.quote
    conflict = ", ".join(quote(key) for key in keys)
    if immutable:
        action = "NOTHING"
    else:
        updates = [quote(c.name) for c in table.columns
                   if c.name in columns and c.name not in keys and not c.primary_key]
        action = "UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in updates)
    # Every name is a column of the schema's table (looked up above), quoted.
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "  # noqa: S608
                 f"VALUES ({', '.join('?' for _ in columns)}) "
                 f"ON CONFLICT ({conflict}) DO {action}")
    _STATEMENTS[cache_key] = found = (statement, processors)
    return found


def _utc(value: Any) -> datetime:
    """Raw SQL bypasses the column types: parse SQLite's text time back into aware UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _refund_json(refund: Refund) -> dict[str, Any]:
    return {"id": refund.refund_id, "group": refund.order_refund_id,
            "amount_minor": refund.amount.minor_units,
            "shipping_minor": refund.shipping_amount.minor_units,
            "quantity": refund.quantity, "reason": refund.reason_code, "state": refund.state,
            "created": refund.created.isoformat() if refund.created else None}


def _refund_from(raw: dict[str, Any], currency: str) -> Refund:
    created = raw.get("created")
    return Refund(refund_id=raw["id"], order_refund_id=raw.get("group"),
                  amount=Money.from_minor(raw["amount_minor"], currency),
                  shipping_amount=Money.from_minor(raw["shipping_minor"], currency),
                  quantity=raw.get("quantity"), reason_code=raw.get("reason"),
                  state=raw.get("state") or "UNKNOWN",
                  created=datetime.fromisoformat(created) if created else None)


def _participants_json(participants: Iterable[Participant]) -> list[dict[str, Any]]:
    return [{"type": p.type, "display_name": p.display_name, "id": p.id} for p in participants]


@lru_cache(maxsize=8192)
def _participants_text(participants: tuple[Participant, ...]) -> _Encoded:
    """``_participants_json`` encoded as the JSON column encodes it, once per distinct list."""
    return _Encoded(json.dumps(_participants_json(participants)))


_NO_ATTACHMENTS = _Encoded(json.dumps([]))


def _participants(raw: Any) -> tuple[Participant, ...]:
    if isinstance(raw, str):
        raw = orjson.loads(raw)
    return tuple(Participant(type=p.get("type", ""), display_name=p.get("display_name", ""),
                             id=p.get("id")) for p in raw or [])


class CacheRepository:
    """Reads and writes of marketplace data in the cache, within the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- writes ------------------------------------------------------------------------------
    def upsert_market(self, market: Market, name: str, base_url: str | None,
                      language: str | None = None) -> None:
        _upsert(self.session, t.markets, [{
            "code": market.code, "name": name, "currency": market.currency,
            "timezone": market.timezone, "response_rule": market.response_rule,
            "language": language, "base_url": base_url,
        }], ["code"])

    def record_sync(self, market: str, when: datetime, error: str | None) -> None:
        values: dict[str, Any] = {"last_sync_error": error}
        if error is None:
            values["last_sync"] = when
        self.session.execute(update(t.markets).where(t.markets.c.code == market).values(**values))

    def upsert_shops(self, shops: Iterable[Shop]) -> int:
        rows = [{
            "market": s.market, "shop_id": s.shop_id, "name": s.name, "state": s.state,
            "suspension_type": s.suspension_type, "grade": s.grade,
            "evaluations_count": s.evaluations_count, "approval_rate": s.approval_rate,
            "response_delay": s.order_messages_response_delay, "email": s.email,
            "locale": s.locale, "last_updated": s.last_updated,
        } for s in shops]
        _upsert(self.session, t.shops, rows, ["market", "shop_id"])
        return len(rows)

    def upsert_orders(self, orders: Iterable[Order]) -> int:
        order_rows: list[dict[str, Any]] = []
        line_rows: list[dict[str, Any]] = []
        for o in orders:
            order_rows.append({
                "market": o.market, "order_id": o.order_id, "commercial_id": o.commercial_id,
                "shop_id": o.shop_id, "shop_name": o.shop_name,
                "customer_id": o.customer.customer_id,
                "customer_firstname": o.customer.firstname,
                "customer_lastname": o.customer.lastname,
                "customer_email": o.customer.email, "customer_locale": o.customer.locale,
                "state": o.state, "currency": o.currency,
                "total_minor": o.total_price.minor_units,
                "shipping_minor": o.shipping_price.minor_units, "created": o.created,
                "last_updated": o.last_updated, "has_incident": o.has_incident,
                "tracking": o.shipping_tracking, "carrier": o.shipping_carrier,
            })
            for line in o.lines:
                line_rows.append({
                    "market": o.market, "order_line_id": line.order_line_id,
                    "order_id": o.order_id, "line_index": line.index,
                    "product_title": line.product_title, "product_sku": line.product_sku,
                    "quantity": line.quantity, "unit_price_minor": line.unit_price.minor_units,
                    "price_minor": line.price.minor_units,
                    "shipping_minor": line.shipping_price.minor_units,
                    "total_minor": line.total_price.minor_units, "state": line.state,
                    "state_reason_code": line.state_reason_code, "shipped": line.shipped_date,
                    "can_refund": line.can_refund,
                    "refunds": [_refund_json(r) for r in line.refunds],
                })
        _upsert(self.session, t.orders, order_rows, ["market", "order_id"])
        _upsert(self.session, t.order_lines, line_rows, ["market", "order_line_id"])
        return len(order_rows)

    def upsert_incidents(self, incidents: Iterable[Incident]) -> int:
        rows = [{
            "market": i.market, "incident_id": i.incident_id, "order_id": i.order_id,
            "order_line_id": i.order_line_id, "status": i.status, "opened": i.opened,
            "opening_reason_code": i.opening_reason_code, "opened_by": i.opened_by,
            "last_action": i.last_action, "last_action_by": i.last_action_by,
            "resolved": i.resolved, "resolution_reason_code": i.resolution_reason_code,
            "resolution_message": i.resolution_message, "closed": i.closed,
            "closing_reason_code": i.closing_reason_code, "closed_by": i.closed_by,
        } for i in incidents]
        _upsert(self.session, t.incidents, rows, ["market", "incident_id"])
        return len(rows)

    def upsert_new_incidents(self, incidents: Iterable[Incident]) -> None:
        """Derived incidents: add new ones and reopen closed ones; keep what is known."""
        rows = [{
            "market": i.market, "incident_id": i.incident_id, "order_id": i.order_id,
            "order_line_id": i.order_line_id, "status": i.status, "opened": i.opened,
            "opening_reason_code": i.opening_reason_code, "opened_by": i.opened_by,
            "last_action": i.last_action, "last_action_by": i.last_action_by,
        } for i in incidents]
        if not rows:
            return
        statement = sqlite_insert(t.incidents)
        self.session.execute(statement.on_conflict_do_update(
            index_elements=["market", "incident_id"],
            set_={"status": statement.excluded.status, "opened": statement.excluded.opened,
                  "closed": None, "closed_by": None, "closing_reason_code": None},
            where=t.incidents.c.status == IncidentStatus.CLOSED.value), rows)

    def close_if_open(self, market: str, incident_id: str, when: datetime) -> bool:
        """Close a derived incident whose line left INCIDENT_OPEN; True if it was open."""
        result = self.session.execute(update(t.incidents).where(
            t.incidents.c.market == market, t.incidents.c.incident_id == incident_id,
            t.incidents.c.status != IncidentStatus.CLOSED.value).values(
            status=IncidentStatus.CLOSED.value, closed=when, last_action=when))
        return bool(getattr(result, "rowcount", 0))

    def open_incidents(self, market: str) -> list[Incident]:
        ids = self.session.execute(select(t.incidents.c.incident_id).where(
            t.incidents.c.market == market,
            t.incidents.c.status != IncidentStatus.CLOSED.value)).scalars().all()
        return [i for i in (self.incident(market, incident_id) for incident_id in ids) if i]

    def upsert_reasons(self, reasons: Iterable[Reason]) -> int:
        rows = [{"market": r.market, "type": r.type, "code": r.code, "locale": r.locale,
                 "label": r.label, "is_operator_right": r.is_operator_right} for r in reasons]
        _upsert(self.session, t.reasons, rows, ["market", "type", "code", "locale"])
        return len(rows)

    def upsert_threads(self, threads: Iterable[Thread]) -> tuple[int, int]:
        thread_rows: list[dict[str, Any]] = []
        message_rows: list[dict[str, Any]] = []
        for th in threads:
            thread_rows.append({
                "market": th.market, "thread_id": th.thread_id, "topic": th.topic,
                "entity_type": th.entity_type, "entity_id": th.entity_id,
                "created": th.created, "updated": th.updated, "last_message": th.last_message,
                "shop_reply_needed_since": th.shop_reply_needed_since,
                "message_count": th.message_count,
                "participants": _participants_text(tuple(th.participants)),
            })
            for m in th.messages:
                message_rows.append({
                    "market": th.market, "message_id": m.message_id, "thread_id": th.thread_id,
                    "created": m.created, "sender_type": m.sender.type,
                    "sender_name": m.sender.display_name, "sender_id": m.sender.id,
                    "recipients": _participants_text(tuple(m.recipients)), "body": m.body,
                    "attachments": [{"id": a.attachment_id, "name": a.name, "size": a.size}
                                    for a in m.attachments] if m.attachments
                    else _NO_ATTACHMENTS,
                })
        _upsert(self.session, t.threads, thread_rows, ["market", "thread_id"])
        # Messages do not change once written; skipping known ones keeps the index still.
        _upsert(self.session, t.messages, message_rows, ["market", "message_id"],
                immutable=True)
        return len(thread_rows), len(message_rows)

    def upsert_thread_headers(self, threads: Iterable[Thread]) -> int:
        """Threads without their messages (M11 without ``with_messages``)."""
        rows = [{
            "market": th.market, "thread_id": th.thread_id, "topic": th.topic,
            "entity_type": th.entity_type, "entity_id": th.entity_id,
            "created": th.created, "updated": th.updated, "last_message": th.last_message,
            "shop_reply_needed_since": th.shop_reply_needed_since,
            "message_count": th.message_count,
            "participants": _participants_text(tuple(th.participants)),
        } for th in threads]
        _upsert(self.session, t.threads, rows, ["market", "thread_id"])
        return len(rows)

    def threads_missing_messages(self, market: str, order_ids: Iterable[str]) -> list[str]:
        """Orders among ``order_ids`` with a thread whose messages are not all cached."""
        ids = list(order_ids)
        if not ids:
            return []
        cached = (select(func.count()).select_from(t.messages)
                  .where(t.messages.c.market == t.threads.c.market,
                         t.messages.c.thread_id == t.threads.c.thread_id)
                  .scalar_subquery())
        rows = self.session.execute(
            select(t.threads.c.entity_id).distinct().where(
                t.threads.c.market == market, t.threads.c.entity_id.in_(ids),
                cached < t.threads.c.message_count)).scalars()
        return [r for r in rows if r is not None]

    def incident_ids_for_orders(self, market: str, order_ids: Iterable[str]) -> list[str]:
        """Ids of the incidents on these orders (whose queue rows show the orders' data)."""
        ids = list(dict.fromkeys(order_ids))
        found: list[str] = []
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            found += self.session.execute(select(t.incidents.c.incident_id).where(
                t.incidents.c.market == market,
                t.incidents.c.order_id.in_(ids[start:start + 500]))).scalars()
        return found

    def open_incident_order_ids(self, market: str) -> list[str]:
        return list(self.session.execute(
            select(t.incidents.c.order_id).distinct().where(
                t.incidents.c.market == market,
                t.incidents.c.status != IncidentStatus.CLOSED.value)).scalars())

    # -- full-text index ---------------------------------------------------------------------
    def fts_bulk_begin(self) -> None:
        """Stop indexing row by row; ``fts_bulk_end`` rebuilds the index in one pass."""
        self.session.execute(text("DROP TRIGGER IF EXISTS messages_fts_insert"))

    def fts_bulk_end(self) -> None:
        self.session.execute(text("INSERT INTO messages_fts(messages_fts) VALUES('rebuild')"))
        self.session.execute(text(t.FTS_INSERT_TRIGGER))

    def statistics_stale(self, growth: float = 1.25) -> bool:
        """Whether SQLite's planner statistics (``ANALYZE``) are missing or describe tables
        that have since grown or shrunk by more than ``growth``. Without them SQLite picks
        join orders blind: queue pages took seconds on a freshly synced cache."""
        has_stats = self.session.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar_one()
        recorded: dict[str, int] = {}
        if has_stats:
            for table, stat in self.session.execute(text("SELECT tbl, stat FROM sqlite_stat1")):
                rows = str(stat or "").split(" ", 1)[0]
                if rows.isdigit():
                    recorded[str(table)] = int(rows)
        for table in (t.incidents, t.orders, t.threads, t.messages):
            current = self.session.execute(select(func.count()).select_from(table)).scalar_one()
            before = recorded.get(table.name)
            if before is None:
                if current:
                    return True
            elif not before / growth <= current <= before * growth:
                return True
        return False

    def analyze(self) -> None:
        """Refresh the planner statistics (a second or two on a million messages)."""
        self.session.execute(text("ANALYZE"))

    def message_total(self) -> int:
        total: int = self.session.execute(select(func.count()).select_from(t.messages)).scalar_one()
        return total

    def search_messages(self, fts_query: str, markets: Sequence[str] = (),
                        limit: int = 200) -> list[MessageHit]:
        """Messages matching an FTS5 query, best first, with the matching words marked."""
        sql = (
            "SELECT m.market, m.message_id, m.thread_id, m.created, m.sender_type, "
            "m.sender_name, snippet(messages_fts, 0, char(2), char(3), '…', 16) AS snippet "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "WHERE messages_fts MATCH :query"
        )
        params: dict[str, Any] = {"query": fts_query, "limit": limit}
        if markets:
            names = [f":market{i}" for i in range(len(markets))]
            sql += f" AND m.market IN ({', '.join(names)})"
            params.update({f"market{i}": m for i, m in enumerate(markets)})
        sql += " ORDER BY rank LIMIT :limit"
        rows = self.session.execute(text(sql), params).mappings()
        return [MessageHit(
            market=row["market"], message_id=row["message_id"], thread_id=row["thread_id"],
            created=_utc(row["created"]), sender_type=row["sender_type"],
            sender_name=row["sender_name"], snippet=row["snippet"],
        ) for row in rows]

    def high_water(self, market: str, entity: str) -> datetime | None:
        value: datetime | None = self.session.execute(
            select(t.sync_state.c.high_water).where(t.sync_state.c.market == market,
                                                    t.sync_state.c.entity == entity)
        ).scalar()
        return value

    def set_high_water(self, market: str, entity: str, value: datetime | None) -> None:
        _upsert(self.session, t.sync_state, [{
            "market": market, "entity": entity, "high_water": value, "cursor": None,
            "finished": datetime.now(UTC),
        }], ["market", "entity"])

    def cursor(self, market: str, entity: str) -> datetime | None:
        value: datetime | None = self.session.execute(
            select(t.sync_state.c.cursor).where(t.sync_state.c.market == market,
                                                t.sync_state.c.entity == entity)).scalar()
        return value

    def set_cursor(self, market: str, entity: str, value: datetime) -> None:
        statement = sqlite_insert(t.sync_state).values(market=market, entity=entity,
                                                       cursor=value)
        self.session.execute(statement.on_conflict_do_update(
            index_elements=["market", "entity"], set_={"cursor": value}))

    def set_derived(self, market: str, derived: bool) -> None:
        self.session.execute(update(t.markets).where(t.markets.c.code == market)
                             .values(derived_incidents=derived))

    def is_derived(self, market: str) -> bool:
        return bool(self.session.execute(
            select(t.markets.c.derived_incidents).where(t.markets.c.code == market)).scalar())

    def record_problems(self, market: str, problems: Iterable[Problem]) -> int:
        now = datetime.now(UTC)
        rows = []
        for p in problems:
            try:
                raw = orjson.dumps(p.raw).decode() if p.raw is not None else None
            except TypeError:
                raw = repr(p.raw)
            rows.append({"market": market, "entity": p.entity, "record_id": p.record_id,
                         "reason": p.reason, "raw": raw, "seen": now})
        if rows:
            self.session.execute(t.problems.insert(), rows)
        return len(rows)

    def mark_incident_closed(self, market: str, incident_id: str, when: datetime,
                             reason_code: str | None) -> None:
        """Reflect a close the platform confirmed, until the next sync brings its own record."""
        self.session.execute(update(t.incidents).where(
            t.incidents.c.market == market, t.incidents.c.incident_id == incident_id).values(
            status=IncidentStatus.CLOSED.value, closed=when, closing_reason_code=reason_code,
            closed_by="OPERATOR", last_action=when, last_action_by="OPERATOR"))

    def problems(self, limit: int = 500) -> list[dict[str, Any]]:
        """Records the desk could not read, newest first (the diagnostics page)."""
        rows = self.session.execute(select(t.problems).order_by(t.problems.c.id.desc())
                                    .limit(limit)).mappings()
        return [dict(row) for row in rows]

    def customer_messages_since(self, cases: Sequence[tuple[str, str]], since: datetime
                                ) -> list[tuple[str, str, str, datetime]]:
        """(market, incident id, message id, time) of customer messages on these incidents'
        orders written after ``since``."""
        found: list[tuple[str, str, str, datetime]] = []
        i, th, m = t.incidents.c, t.threads.c, t.messages.c
        for market, incident_id in cases:
            rows = self.session.execute(
                select(m.message_id, m.created).select_from(t.incidents)
                .join(t.threads, and_(th.market == i.market, th.entity_id == i.order_id))
                .join(t.messages, and_(m.market == th.market, m.thread_id == th.thread_id))
                .where(i.market == market, i.incident_id == incident_id,
                       m.sender_type.in_(("CUSTOMER_USER", "CUSTOMER")), m.created > since))
            found += [(market, incident_id, r[0], r[1]) for r in rows]
        return found

    def reply_due(self, cases: Sequence[tuple[str, str]]) -> list[tuple[str, str, datetime]]:
        """(market, incident id, due) where the seller owes an answer on the case's order:
        the oldest unanswered question's time (``shop_reply_needed_since``)."""
        i, th = t.incidents.c, t.threads.c
        found: list[tuple[str, str, datetime]] = []
        for market, incident_id in cases:
            since = self.session.execute(
                select(func.min(th.shop_reply_needed_since)).select_from(t.incidents)
                .join(t.threads, and_(th.market == i.market, th.entity_id == i.order_id))
                .where(i.market == market, i.incident_id == incident_id)).scalar()
            if since is not None:
                found.append((market, incident_id, since))
        return found

    def sellers_with_incidents(self) -> list[tuple[str, str, str]]:
        """(market, shop id, name) of every seller with an incident in the cache."""
        o, i = t.orders.c, t.incidents.c
        rows = self.session.execute(
            select(o.market, o.shop_id, o.shop_name).distinct()
            .join(t.incidents, and_(i.market == o.market, i.order_id == o.order_id)))
        return [(r[0], r[1], r[2]) for r in rows]

    def set_incident_status(self, market: str, incident_id: str, status: str) -> None:
        """Reflect a status change the platform confirmed, until the next sync."""
        self.session.execute(update(t.incidents).where(
            t.incidents.c.market == market, t.incidents.c.incident_id == incident_id).values(
            status=status, last_action=datetime.now(UTC), last_action_by="OPERATOR"))

    def clear_market(self, market: str) -> None:
        for table in (t.messages, t.threads, t.incidents, t.order_lines, t.orders, t.shops,
                      t.reasons, t.sync_state):
            self.session.execute(delete(table).where(table.c.market == market))

    # -- reads -------------------------------------------------------------------------------
    def markets(self) -> list[dict[str, Any]]:
        rows = self.session.execute(select(t.markets).order_by(t.markets.c.code)).mappings()
        return [dict(row) for row in rows]

    def counts(self, market: str) -> dict[str, int]:
        result: dict[str, int] = {}
        for name, table in (("orders", t.orders), ("order_lines", t.order_lines),
                            ("incidents", t.incidents), ("threads", t.threads),
                            ("messages", t.messages), ("shops", t.shops)):
            result[name] = self.session.execute(
                select(func.count()).select_from(table).where(table.c.market == market)
            ).scalar_one()
        return result

    def queue_count(self, filter_: QueueFilter, locale: str = "en") -> int:
        from .queue import QueueRepository

        return QueueRepository(self.session).count(filter_, locale)

    def queue_page(self, filter_: QueueFilter, sort: QueueSort, offset: int, limit: int,
                   locale: str = "en", claims: Mapping[tuple[str, str], str] | None = None,
                   ) -> list[QueueRow]:
        from .queue import QueueRepository

        return QueueRepository(self.session).page(filter_, sort, offset, limit, locale, claims)

    def queue_position(self, filter_: QueueFilter, sort: QueueSort, market: str,
                       incident_id: str, locale: str = "en") -> int | None:
        from .queue import QueueRepository

        return QueueRepository(self.session).position(filter_, sort, market, incident_id,
                                                      locale)

    def incident(self, market: str, incident_id: str) -> Incident | None:
        row = self.session.execute(select(t.incidents).where(
            t.incidents.c.market == market, t.incidents.c.incident_id == incident_id)
        ).mappings().first()
        if row is None:
            return None
        return Incident(**{k: row[k] for k in (
            "market", "incident_id", "order_id", "order_line_id", "status", "opened",
            "opening_reason_code", "opened_by", "last_action", "last_action_by", "resolved",
            "resolution_reason_code", "resolution_message", "closed", "closing_reason_code",
            "closed_by")})

    def order(self, market: str, order_id: str) -> Order | None:
        row = self.session.execute(select(t.orders).where(
            t.orders.c.market == market, t.orders.c.order_id == order_id)).mappings().first()
        if row is None:
            return None
        currency = row["currency"]
        lines = tuple(OrderLine(
            order_line_id=line["order_line_id"], index=line["line_index"],
            product_title=line["product_title"], product_sku=line["product_sku"],
            quantity=line["quantity"],
            unit_price=Money.from_minor(line["unit_price_minor"], currency),
            price=Money.from_minor(line["price_minor"], currency),
            shipping_price=Money.from_minor(line["shipping_minor"], currency),
            total_price=Money.from_minor(line["total_minor"], currency), state=line["state"],
            state_reason_code=line["state_reason_code"], shipped_date=line["shipped"],
            can_refund=line["can_refund"],
            refunds=tuple(_refund_from(r, currency) for r in (line["refunds"] or [])),
        ) for line in self.session.execute(select(t.order_lines).where(
            t.order_lines.c.market == market, t.order_lines.c.order_id == order_id)
            .order_by(t.order_lines.c.line_index)).mappings())
        return Order(
            market=market, order_id=order_id, commercial_id=row["commercial_id"],
            shop_id=row["shop_id"], shop_name=row["shop_name"],
            customer=Customer(customer_id=row["customer_id"] or "",
                              firstname=row["customer_firstname"] or "",
                              lastname=row["customer_lastname"] or "",
                              email=row["customer_email"], locale=row["customer_locale"]),
            state=row["state"], currency=currency,
            total_price=Money.from_minor(row["total_minor"], currency),
            shipping_price=Money.from_minor(row["shipping_minor"], currency),
            created=row["created"], last_updated=row["last_updated"],
            has_incident=row["has_incident"], lines=lines, shipping_tracking=row["tracking"],
            shipping_carrier=row["carrier"],
        )

    def shop(self, market: str, shop_id: str) -> Shop | None:
        row = self.session.execute(select(t.shops).where(
            t.shops.c.market == market, t.shops.c.shop_id == shop_id)).mappings().first()
        if row is None:
            return None
        return Shop(market=market, shop_id=shop_id, name=row["name"], state=row["state"],
                    suspension_type=row["suspension_type"], grade=row["grade"],
                    evaluations_count=row["evaluations_count"],
                    approval_rate=row["approval_rate"],
                    order_messages_response_delay=row["response_delay"], email=row["email"],
                    locale=row["locale"], last_updated=row["last_updated"])

    def reason(self, market: str, type_: str, code: str | None, locale: str) -> Reason | None:
        if code is None:
            return None
        rows = self.session.execute(select(t.reasons).where(
            t.reasons.c.market == market, t.reasons.c.type == type_, t.reasons.c.code == code)
        ).mappings().all()
        if not rows:
            return None
        row = next((r for r in rows if r["locale"] == locale), rows[0])
        return Reason(market=market, code=code, type=type_, label=row["label"],
                      locale=row["locale"], is_operator_right=row["is_operator_right"])

    def reasons(self, market: str, type_: str, locale: str) -> list[Reason]:
        rows = self.session.execute(select(t.reasons).where(
            t.reasons.c.market == market, t.reasons.c.type == type_,
            t.reasons.c.locale == locale).order_by(t.reasons.c.code)).mappings().all()
        if not rows:  # fall back to any label we have
            rows = self.session.execute(select(t.reasons).where(
                t.reasons.c.market == market, t.reasons.c.type == type_)
                .order_by(t.reasons.c.code, t.reasons.c.locale)).mappings().all()
            rows = list({r["code"]: r for r in reversed(rows)}.values())
        return [Reason(market=market, code=r["code"], type=type_, label=r["label"],
                       locale=r["locale"], is_operator_right=r["is_operator_right"])
                for r in rows]

    def threads_for_order(self, market: str, order_id: str) -> tuple[Thread, ...]:
        thread_rows = self.session.execute(select(t.threads).where(
            t.threads.c.market == market, t.threads.c.entity_id == order_id)
            .order_by(t.threads.c.created)).mappings().all()
        result = []
        for th in thread_rows:
            messages = tuple(Message(
                message_id=m["message_id"], thread_id=m["thread_id"], created=m["created"],
                sender=Participant(type=m["sender_type"], display_name=m["sender_name"],
                                   id=m["sender_id"]),
                recipients=_participants(m["recipients"]), body=m["body"],
                attachments=tuple(Attachment(a["id"], a["name"], a["size"])
                                  for a in (m["attachments"] or [])),
            ) for m in self.session.execute(select(t.messages).where(
                t.messages.c.market == market, t.messages.c.thread_id == th["thread_id"])
                .order_by(t.messages.c.created)).mappings())
            result.append(Thread(
                market=market, thread_id=th["thread_id"], topic=th["topic"],
                entity_type=th["entity_type"], entity_id=th["entity_id"],
                created=th["created"], updated=th["updated"],
                participants=_participants(th["participants"]),
                last_message=th["last_message"],
                shop_reply_needed_since=th["shop_reply_needed_since"],
                message_count=th["message_count"], messages=messages))
        return tuple(result)

    def incident_case(self, market: str, incident_id: str, locale: str) -> IncidentCase | None:
        incident = self.incident(market, incident_id)
        if incident is None:
            return None
        order = self.order(market, incident.order_id)
        return IncidentCase(
            incident=incident,
            order=order,
            shop=self.shop(market, order.shop_id) if order else None,
            opening_reason=self.reason(market, "INCIDENT_OPEN", incident.opening_reason_code,
                                       locale),
            resolution_reason=self.reason(market, "INCIDENT_CLOSE",
                                          incident.resolution_reason_code, locale),
            threads=self.threads_for_order(market, incident.order_id),
            derived=self.is_derived(market),
        )
