"""The cache's policy findings: one record per seller message, shared by every feature.

``message_findings`` holds, for each seller message scanned, its thread, the key it was
scanned under (``domain.policy.stored.findings_key``: format and rule-set fingerprint), its
finding kinds (``",kind,kind,"``, ``""`` for none) and its spans as JSON
(``[{kind, start, end, rule}]`` into the text the desk shows; no message text). The case pane,
the thread view, the conversations list (through ``conv_thread_facts``), the seller KPIs, the
evidence picker and the queue's "policy flags" filter all read it; ``sync.findings`` writes it.

``message_findings_progress`` is the per-market checkpoint of the pass that runs after each
sync: every seller message up to ``scanned_to`` (a ``messages.id``) has a record under
``key``, so the next pass starts there and reads only new messages.

Derived data, like the other tables ``prepare_findings_tables`` adds to the cache file: a
table of another shape (an older desk's) is dropped and made again, and everything can be
scanned again at any time. The repository is given a Session; it never opens or commits one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

import orjson
from sqlalchemy import (
    JSON,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    func,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from . import cache_schema as t
from .cache import bulk_upsert
from .database import Database

SELLER_TYPES: Final = ("SHOP", "SHOP_USER")
# Ids per IN list: far below SQLite's bound-parameter limit, and each chunk walks an index.
ID_CHUNK: Final = 500

metadata = MetaData()

message_findings = Table(
    "message_findings", metadata,
    Column("market", String(8), primary_key=True),
    Column("message_id", String(60), primary_key=True),
    Column("thread_id", String(60), nullable=False),
    Column("ruleset", String(64), nullable=False),  # the findings key it was scanned under
    Column("kinds", String(120), nullable=False),  # ",kind,kind," (LIKE-searchable); "" none
    Column("findings", JSON, nullable=False),  # [{kind, start, end, rule}]
)

findings_progress = Table(
    "message_findings_progress", metadata,
    Column("market", String(8), primary_key=True),
    Column("ruleset", String(64), nullable=False),
    Column("scanned_to", Integer, nullable=False),  # messages.id
)

_INDEXES = (
    # The queue asks "has this order's thread a flagged seller message", the conversations
    # facts "which kinds in these threads": both walk this index without reading the JSON.
    "CREATE INDEX IF NOT EXISTS ix_message_findings_thread ON message_findings "
    "(market, thread_id, kinds)",
)


def prepare_findings_tables(cache: Database) -> None:
    """Create the findings tables in the cache file where they are missing; tables of another
    shape (an older desk's ``message_findings`` held kinds only) are dropped and made again."""
    with cache.read() as session:
        inspector = inspect(session.connection())
        ready = all(inspector.has_table(table.name)
                    and {c["name"] for c in inspector.get_columns(table.name)}
                    == {c.name for c in table.columns}
                    for table in metadata.sorted_tables)
    with cache.write() as session:
        connection = session.connection()
        if not ready:
            inspector = inspect(connection)
            for table in metadata.sorted_tables:
                if inspector.has_table(table.name):
                    found = {c["name"] for c in inspector.get_columns(table.name)}
                    if found != {c.name for c in table.columns}:
                        table.drop(connection)
            metadata.create_all(connection)
        for statement in _INDEXES:
            connection.execute(text(statement))


def has_findings_table(session: Session) -> bool:
    """Whether the cache has the findings table yet (it is made on first use)."""
    return session.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": message_findings.name}).first() is not None


@dataclass(frozen=True, slots=True)
class PendingMessage:
    """A seller message to scan, with what decides its language."""

    rowid: int  # messages.id
    message_id: str
    thread_id: str
    body: str
    customer_locale: str | None
    shop_locale: str | None
    market_language: str | None


@dataclass(frozen=True, slots=True)
class StoredFindings:
    message_id: str
    thread_id: str
    key: str
    kinds: tuple[str, ...]
    spans: tuple[dict[str, Any], ...]


def chunks(values: Sequence[str] | None) -> Iterator[Sequence[str] | None]:
    """``values`` in pieces of ``ID_CHUNK`` (None stays one None: no narrowing)."""
    if values is None:
        yield None
        return
    for start in range(0, len(values), ID_CHUNK):
        yield values[start:start + ID_CHUNK]


def _kinds(value: str | None) -> tuple[str, ...]:
    return tuple(kind for kind in (value or "").split(",") if kind)


def _spans(value: Any) -> tuple[dict[str, Any], ...]:
    if isinstance(value, str | bytes):
        value = orjson.loads(value)
    return tuple(item for item in value or () if isinstance(item, dict))


class FindingsRepository:
    """Reads and writes of the findings store within the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- what is left to scan ----------------------------------------------------------------
    def pending(self, market: str, key: str, *, message_ids: Sequence[str] | None = None,
                thread_ids: Sequence[str] | None = None,
                shop_ids: Sequence[str] | None = None, since: datetime | None = None,
                after: int = 0, upto: int | None = None,
                limit: int | None = None) -> list[PendingMessage]:
        """Seller messages of ``market`` without a record under ``key`` (none yet, or one of
        another rule set), oldest row first. Narrowed to ``message_ids``, ``thread_ids``, the
        order threads of ``shop_ids``, messages created ``since``, and row ids in
        ``(after, upto]``; at most ``limit``. Id lists should be short (``chunks``)."""
        m = t.messages.c
        # Without ids to look up, walk the messages by row id (a pass resumes at ``after``)
        # rather than let SQLite read every message of the market for each batch.
        walk = message_ids is None and thread_ids is None and shop_ids is None
        query = self._pending_query(market, key, shop_ids, since, after, upto, walk)
        if message_ids is not None:
            query = query.where(m.message_id.in_(message_ids))
        if thread_ids is not None:
            query = query.where(m.thread_id.in_(thread_ids))
        if limit is not None:
            query = query.limit(limit)
        return [PendingMessage(*row) for row in self.session.execute(query)]

    @staticmethod
    def _pending_query(market: str, key: str, shop_ids: Sequence[str] | None,
                       since: datetime | None, after: int, upto: int | None,
                       walk: bool) -> Any:
        m, th, o, s, mk = (t.messages.c, t.threads.c, t.orders.c, t.shops.c, t.markets.c)
        f = message_findings.c
        is_order = th.entity_type == "MMP_ORDER"
        shop_id = case((is_order, o.shop_id), else_=th.entity_id)
        query = (
            select(m.id, m.message_id, m.thread_id, m.body, o.customer_locale, s.locale,
                   mk.language)
            .select_from(
                t.messages
                .join(t.threads, and_(th.market == m.market, th.thread_id == m.thread_id))
                .outerjoin(t.orders, and_(is_order, o.market == th.market,
                                          o.order_id == th.entity_id))
                .outerjoin(t.shops, and_(s.market == th.market, s.shop_id == shop_id))
                .outerjoin(t.markets, mk.code == m.market)
                .outerjoin(message_findings, and_(f.market == m.market,
                                                  f.message_id == m.message_id)))
            # "market || ''" keeps SQLite off the market's index: the row-id range leads.
            .where(m.market.concat("") == market if walk else m.market == market,
                   m.sender_type.in_(SELLER_TYPES),
                   or_(f.message_id.is_(None), f.ruleset != key))
            .order_by(m.id))
        if after:
            query = query.where(m.id > after)
        if upto is not None:
            query = query.where(m.id <= upto)
        if since is not None:
            query = query.where(m.created >= since)
        if shop_ids is not None:
            orders = select(o.order_id).where(o.market == market, o.shop_id.in_(shop_ids))
            threads = select(th.thread_id).where(th.market == market, is_order,
                                                 th.entity_id.in_(orders))
            query = query.where(m.thread_id.in_(threads))
        return query

    def newest_message_row(self) -> int:
        """The highest ``messages.id`` (every market): a pass scans up to here."""
        value: int | None = self.session.execute(select(func.max(t.messages.c.id))).scalar()
        return value or 0

    # -- writes ------------------------------------------------------------------------------
    def save(self, market: str, key: str,
             records: Iterable[tuple[str, str, str, list[dict[str, Any]]]]) -> int:
        """Store (message id, thread id, kinds column, spans) records under ``key``."""
        rows = [{"market": market, "message_id": message_id, "thread_id": thread_id,
                 "ruleset": key, "kinds": kinds, "findings": spans}
                for message_id, thread_id, kinds, spans in records]
        # Whole rows: every column but the key is updated, as a first sync's bulk writes.
        bulk_upsert(self.session, message_findings, rows, ["market", "message_id"])
        return len(rows)

    def progress(self, market: str, key: str) -> int:
        """Where the market's pass under ``key`` got to (0: from the start)."""
        row = self.session.execute(select(findings_progress.c.ruleset,
                                          findings_progress.c.scanned_to)
                                   .where(findings_progress.c.market == market)).first()
        return int(row[1]) if row is not None and row[0] == key else 0

    def set_progress(self, market: str, key: str, scanned_to: int) -> None:
        statement = sqlite_insert(findings_progress)
        self.session.execute(statement.on_conflict_do_update(
            index_elements=["market"],
            set_={"ruleset": statement.excluded.ruleset,
                  "scanned_to": statement.excluded.scanned_to}),
            [{"market": market, "ruleset": key, "scanned_to": scanned_to}])

    # -- reads -------------------------------------------------------------------------------
    def for_messages(self, market: str, message_ids: Sequence[str],
                     key: str) -> dict[str, StoredFindings]:
        """The records under ``key`` of these messages (seller messages only have one)."""
        f = message_findings.c
        result: dict[str, StoredFindings] = {}
        for chunk in chunks(list(dict.fromkeys(message_ids))):
            rows = self.session.execute(
                select(f.message_id, f.thread_id, f.ruleset, f.kinds, f.findings)
                .where(f.market == market, f.message_id.in_(chunk or ()), f.ruleset == key))
            for message_id, thread_id, ruleset, kinds, spans in rows:
                result[message_id] = StoredFindings(message_id, thread_id, ruleset,
                                                    _kinds(kinds), _spans(spans))
        return result

    def thread_kinds(self, market: str, thread_ids: Sequence[str],
                     key: str) -> dict[str, tuple[str, ...]]:
        """The finding kinds of each thread's seller messages (threads without any left
        out)."""
        f = message_findings.c
        found: dict[str, set[str]] = {}
        for chunk in chunks(list(dict.fromkeys(thread_ids))):
            rows = self.session.execute(
                select(f.thread_id, f.kinds).distinct()
                .where(f.market == market, f.thread_id.in_(chunk or ()), f.kinds != "",
                       f.ruleset == key))
            for thread_id, kinds in rows:
                found.setdefault(thread_id, set()).update(_kinds(kinds))
        return {thread_id: tuple(sorted(kinds)) for thread_id, kinds in found.items()}

    def count(self, market: str | None = None, key: str | None = None,
              flagged: bool = False) -> int:
        f = message_findings.c
        query = select(func.count()).select_from(message_findings)
        if market is not None:
            query = query.where(f.market == market)
        if key is not None:
            query = query.where(f.ruleset == key)
        if flagged:
            query = query.where(f.kinds != "")
        total: int = self.session.execute(query).scalar_one()
        return total
