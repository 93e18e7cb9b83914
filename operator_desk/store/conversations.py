"""Conversations in the cache: the thread list (filtered, sorted and paged in SQL), one thread
with its messages, and the derived facts the list filters on.

The derived facts (``conv_thread_facts``: who owes an answer since when, its deadline, late
answers, the policy finding kinds of the thread's seller messages) are computed by the desk
from the cached messages (``services.conversations``) and the findings store
(``store.findings``), not sent by any marketplace. They live in the cache file, in
tables of their own created on first use, and are recomputed whenever a thread changes; like
everything in the cache they can be thrown away at any time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    column,
    delete,
    func,
    literal,
    or_,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from operator_desk.domain.conversations import ThreadColumn, ThreadFilter, ThreadRow, ThreadSort
from operator_desk.domain.models import Attachment, Incident, Message, Participant, Thread

from . import cache_schema as t
from .cache import _participants, _upsert
from .database import Database, UtcDateTime

DERIVED_VERSION = "2"  # 2: policy kinds from the shared findings store

derived = MetaData()

conv_meta = Table(
    "conv_meta", derived,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

thread_facts = Table(
    "conv_thread_facts", derived,
    Column("market", String(8), primary_key=True),
    Column("thread_id", String(60), primary_key=True),
    Column("thread_updated", UtcDateTime, nullable=False),  # the thread as it was judged
    Column("awaiting_since", UtcDateTime),
    Column("due", UtcDateTime),
    Column("late_answers", Integer, nullable=False),
    Column("policy_kinds", String(200), nullable=False),  # ",kind,kind," (LIKE-searchable)
)

# Indexes on the cache's own tables that only the conversations list needs. The first makes
# "which threads are these message ids in" a walk of a small index instead of reading a
# million rows with their bodies.
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_conv_messages_by_id ON messages (id, market, thread_id)",
    "CREATE INDEX IF NOT EXISTS ix_conv_threads_last ON threads (last_message)",
    "CREATE INDEX IF NOT EXISTS ix_conv_facts_due ON conv_thread_facts (due)",
)

_fts = table("messages_fts", column("rowid"))
_topic_reason = t.reasons.alias("topic_reason")


def ensure_schema(cache: Database, findings_key: str = "") -> None:
    """Create the derived tables (once). Facts of another derived version, or whose policy
    kinds came from findings under another key (``store.findings``: a rule-set change), are
    thrown away, which only costs a recomputation."""
    wanted = {"version": DERIVED_VERSION, "findings": findings_key}
    with cache.write() as session:
        connection = session.connection()
        derived.create_all(connection)
        found = {key: value for key, value in session.execute(
            select(conv_meta.c.key, conv_meta.c.value).where(conv_meta.c.key.in_(wanted)))}
        if found != wanted:
            session.execute(delete(thread_facts))
            _upsert(session, conv_meta, [{"key": k, "value": v} for k, v in wanted.items()],
                    ["key"])
        for statement in _INDEXES:
            session.execute(text(statement))


@dataclass(frozen=True, slots=True)
class MarketRule:
    """What the cache knows of a market's response rule, zone and language."""

    market: str
    response_rule: str
    timezone: str
    language: str | None


@dataclass(frozen=True, slots=True)
class ThreadFacts:
    market: str
    thread_id: str
    thread_updated: datetime
    awaiting_since: datetime | None
    due: datetime | None
    late_answers: int
    policy_kinds: tuple[str, ...]


# A search looks at the newest matching messages only: a two-letter prefix can match most of
# a million messages, and nobody reads the conversations of the 20,001st hit. ``search_capped``
# says when the cap was reached, so the page can say so.
SEARCH_CAP = 20_000


# TEMP tables: one connection's search hits (message ids) and the threads they are in.
_hits = table("conv_hits", column("id"))
_hit_threads = table("conv_hit_threads", column("market"), column("thread_id"))


def _newest_hits(fts_query: str, cap: int = SEARCH_CAP) -> Any:
    return (select(_fts.c.rowid).select_from(_fts)
            .where(text("messages_fts MATCH :fts").bindparams(fts=fts_query))
            .order_by(_fts.c.rowid.desc()).limit(cap))


def fts_condition(fts_query: str, cap: int = SEARCH_CAP,
                  prepared: bool = False) -> ColumnElement[bool]:
    """Threads with at least one of the newest ``cap`` messages matching an FTS5 query
    (``prepared``: the hits are already in the session's ``conv_hits`` table)."""
    m = t.messages.c
    if prepared:
        hits = select(_hit_threads.c.market, _hit_threads.c.thread_id)
    else:
        hits = select(m.market, m.thread_id).where(
            m.id.in_(_newest_hits(fts_query, cap).scalar_subquery()))
    return tuple_(t.threads.c.market, t.threads.c.thread_id).in_(hits)


def _like(value: str) -> str:
    return f"%{value.strip().replace('%', '').replace('_', '')}%"


class ConversationRepository:
    """Reads of conversations and writes of their derived facts, in the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._prepared: str | None = None  # the FTS query whose hits are in conv_hits

    def prepare_search(self, fts_query: str) -> int:
        """Run the full-text match once for several queries in this session: the newest
        hits go into a TEMP table (this connection's own; the cache file is not written).
        Returns how many there are (at most ``SEARCH_CAP`` + 1: more means capped)."""
        self.session.execute(text(
            "CREATE TEMP TABLE IF NOT EXISTS conv_hits (id INTEGER PRIMARY KEY)"))
        self.session.execute(text("DELETE FROM temp.conv_hits"))
        self.session.execute(text(
            "INSERT INTO temp.conv_hits (id) SELECT rowid FROM messages_fts WHERE "
            "messages_fts MATCH :fts ORDER BY rowid DESC LIMIT :cap"),
            {"fts": fts_query, "cap": SEARCH_CAP + 1})
        found: int = self.session.execute(text("SELECT count(*) FROM temp.conv_hits")
                                          ).scalar_one()
        if found > SEARCH_CAP:  # the extra one only told us the search is capped
            self.session.execute(text(
                "DELETE FROM temp.conv_hits WHERE id = (SELECT min(id) FROM temp.conv_hits)"))
        self.session.execute(text(
            "CREATE TEMP TABLE IF NOT EXISTS conv_hit_threads (market TEXT, thread_id TEXT, "
            "PRIMARY KEY (market, thread_id))"))
        self.session.execute(text("DELETE FROM temp.conv_hit_threads"))
        # Hits first (CROSS JOIN fixes the order), each looked up in ix_conv_messages_by_id,
        # which covers the join: the message bodies are never read.
        self.session.execute(text(
            "INSERT OR IGNORE INTO temp.conv_hit_threads SELECT m.market, m.thread_id "
            "FROM temp.conv_hits h CROSS JOIN messages m ON m.id = h.id"))
        self._prepared = fts_query
        return found

    # -- the list ----------------------------------------------------------------------------
    def _list(self, filter_: ThreadFilter, now: datetime, fts_query: str | None,
              locale: str) -> tuple[dict[str, Any], list[ColumnElement[bool]], set[str]]:
        """The list's columns, the filter's conditions and the joins the conditions need
        (a count joins only those; a page joins everything)."""
        th, o, s, f = t.threads.c, t.orders.c, t.shops.c, thread_facts.c
        r = _topic_reason
        is_order = th.entity_type == "MMP_ORDER"
        customer = func.trim(func.coalesce(o.customer_firstname, "") + literal(" ")
                             + func.coalesce(o.customer_lastname, ""))
        seller = func.coalesce(o.shop_name, s.name, th.entity_id)
        owes_since = case((f.thread_id.is_(None), th.shop_reply_needed_since),
                          else_=f.awaiting_since)
        # An incident thread's subject is its reason code: show the reason's label.
        subject = func.coalesce(r.c.label, th.topic)
        columns: dict[str, Any] = {
            "market": th.market, "thread_id": th.thread_id, "topic": subject,
            "entity_type": th.entity_type, "entity_id": th.entity_id,
            "last_message": th.last_message, "message_count": th.message_count,
            "commercial_id": o.commercial_id, "customer": customer, "seller": seller,
            "shop_id": func.coalesce(o.shop_id, case((is_order, None), else_=th.entity_id)),
            "owes_since": owes_since, "due": f.due, "late_answers": f.late_answers,
            "policy_kinds": f.policy_kinds, "summarized": f.thread_id,
        }
        conditions: list[ColumnElement[bool]] = []
        needs: set[str] = set()
        if filter_.markets:
            conditions.append(th.market.in_(filter_.markets))
        if filter_.subject.strip():
            conditions.append(subject.like(_like(filter_.subject)))
            needs.add("reasons")
        if filter_.customer.strip():
            conditions.append(customer.like(_like(filter_.customer)))
            needs.add("orders")
        if filter_.order.strip():
            like = _like(filter_.order)
            conditions.append(or_(and_(is_order, th.entity_id.like(like)),
                                  o.commercial_id.like(like)))
            needs.add("orders")
        if filter_.seller.strip():
            like = _like(filter_.seller)
            conditions.append(or_(seller.like(like), o.shop_id == filter_.seller.strip()))
            needs.update(("orders", "shops"))
        if filter_.last_from is not None:
            conditions.append(th.last_message >= filter_.last_from)
        if filter_.last_to is not None:
            conditions.append(th.last_message < filter_.last_to)
        if filter_.owes_reply:
            conditions.append(owes_since.is_not(None))
            needs.add("facts")
        if filter_.late:
            conditions.append(or_(f.late_answers > 0, f.due < now))
            needs.add("facts")
        if filter_.policy_kinds:
            conditions.append(or_(*(f.policy_kinds.like(f"%,{kind},%")
                                    for kind in filter_.policy_kinds)))
            needs.add("facts")
        if fts_query:
            conditions.append(fts_condition(fts_query,
                                            prepared=self._prepared == fts_query))
        return columns, conditions, needs

    def _joined(self, needs: set[str], locale: str) -> Any:
        th, o, s, f = t.threads.c, t.orders.c, t.shops.c, thread_facts.c
        r = _topic_reason
        source: Any = t.threads
        if "orders" in needs:
            source = source.outerjoin(t.orders, and_(th.entity_type == "MMP_ORDER",
                                                     o.market == th.market,
                                                     o.order_id == th.entity_id))
        if "shops" in needs:
            source = source.outerjoin(t.shops, and_(th.entity_type != "MMP_ORDER",
                                                    s.market == th.market,
                                                    s.shop_id == th.entity_id))
        if "facts" in needs:
            source = source.outerjoin(thread_facts, and_(f.market == th.market,
                                                         f.thread_id == th.thread_id))
        if "reasons" in needs:
            source = source.outerjoin(r, and_(r.c.market == th.market,
                                              r.c.type == "INCIDENT_OPEN",
                                              r.c.locale == locale,
                                              th.topic == literal("REASON_CODE:") + r.c.code))
        return source

    _SORT: ClassVar[dict[ThreadColumn, str]] = {
        ThreadColumn.MARKET: "market", ThreadColumn.SUBJECT: "topic",
        ThreadColumn.ORDER: "entity_id", ThreadColumn.CUSTOMER: "customer",
        ThreadColumn.SELLER: "seller", ThreadColumn.LAST_MESSAGE: "last_message",
        ThreadColumn.MESSAGES: "message_count", ThreadColumn.REPLY_DUE: "due",
        ThreadColumn.FLAGS: "policy_kinds",
    }
    _ALL_JOINS: ClassVar[set[str]] = {"orders", "shops", "facts", "reasons"}
    _SORT_NEEDS: ClassVar[dict[str, set[str]]] = {
        "topic": {"reasons"}, "customer": {"orders"}, "seller": {"orders", "shops"},
        "due": {"facts"}, "policy_kinds": {"facts"},
    }

    def thread_count(self, filter_: ThreadFilter, now: datetime,
                     fts_query: str | None = None, locale: str = "en") -> int:
        _columns, conditions, needs = self._list(filter_, now, fts_query, locale)
        count: int = self.session.execute(
            select(func.count()).select_from(self._joined(needs, locale))
            .where(*conditions)).scalar_one()
        return count

    def thread_page(self, filter_: ThreadFilter, sort: ThreadSort, offset: int, limit: int,
                    now: datetime, fts_query: str | None = None,
                    locale: str = "en") -> list[ThreadRow]:
        columns, conditions, needs = self._list(filter_, now, fts_query, locale)
        th = t.threads.c
        name = self._SORT[sort.column]
        needs = needs | self._SORT_NEEDS.get(name, set())

        def ordered(key: Any, market: Any, thread_id: Any) -> list[Any]:
            # SQLite sorts NULL first: descending already puts them last, so the
            # newest-first default can walk the last-message index and stop after one page.
            keys: list[Any] = [] if sort.descending else [key.is_(None)]
            for item in (key, market, thread_id):
                keys.append(item.desc() if sort.descending else item.asc())
            return keys

        # Pick the page's threads first (joining only what the filter and the sort need),
        # then join everything the rows show for those few threads only.
        picked = (select(th.market.label("m"), th.thread_id.label("t"),
                         columns[name].label("k"))
                  .select_from(self._joined(needs, locale)).where(*conditions)
                  .order_by(*ordered(columns[name], th.market, th.thread_id))
                  .offset(offset).limit(limit).subquery())
        source = self._joined(self._ALL_JOINS, locale).join(
            picked, and_(picked.c.m == th.market, picked.c.t == th.thread_id))
        query = (select(*(expr.label(label) for label, expr in columns.items()))
                 .select_from(source)
                 .order_by(*ordered(picked.c.k, picked.c.m, picked.c.t)))
        rows = self.session.execute(query).mappings()
        return [ThreadRow(
            market=r["market"], thread_id=r["thread_id"], topic=r["topic"],
            entity_type=r["entity_type"],
            order_id=r["entity_id"] if r["entity_type"] == "MMP_ORDER" else None,
            order_ref=r["commercial_id"], customer=r["customer"] or "",
            seller=r["seller"] or "", shop_id=r["shop_id"], last_message=r["last_message"],
            message_count=r["message_count"], owes_since=r["owes_since"], due=r["due"],
            late_answers=r["late_answers"] or 0,
            policy_kinds=tuple(k for k in (r["policy_kinds"] or "").split(",") if k),
            summarized=r["summarized"] is not None,
        ) for r in rows]

    def search_capped(self, fts_query: str, cap: int = SEARCH_CAP) -> bool:
        """True when more messages match than a search looks at."""
        found: int = self.session.execute(text(
            "SELECT count(*) FROM (SELECT rowid FROM messages_fts WHERE messages_fts "
            "MATCH :fts LIMIT :cap)"), {"fts": fts_query, "cap": cap + 1}).scalar_one()
        return found > cap

    def message_bodies(self, keys: Sequence[tuple[str, str]], fts_query: str | None = None
                       ) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """(message id, body) of the cached messages of each thread, oldest first; with
        ``fts_query`` only the messages that match it."""
        result: dict[tuple[str, str], list[tuple[str, str]]] = {key: [] for key in keys}
        m = t.messages.c
        by_market: dict[str, list[str]] = {}
        for market, thread_id in keys:
            by_market.setdefault(market, []).append(thread_id)
        for market, thread_ids in by_market.items():
            # One market at a time: "market = ? AND thread_id IN (...)" walks the index,
            # a row-value IN over (market, thread_id) would scan the table.
            query = (select(m.thread_id, m.message_id, m.body)
                     .where(m.market == market, m.thread_id.in_(thread_ids))
                     .order_by(m.thread_id, m.created))
            if fts_query:
                newest: Any = (select(_hits.c.id) if self._prepared == fts_query
                               else _newest_hits(fts_query))
                query = query.where(m.id.in_(newest.scalar_subquery()))
            for thread_id, message_id, body in self.session.execute(query):
                result[(market, thread_id)].append((message_id, body))
        return result

    # -- one thread --------------------------------------------------------------------------
    def thread(self, market: str, thread_id: str) -> Thread | None:
        th = self.session.execute(select(t.threads).where(
            t.threads.c.market == market, t.threads.c.thread_id == thread_id)
        ).mappings().first()
        if th is None:
            return None
        messages = tuple(Message(
            message_id=m["message_id"], thread_id=thread_id, created=m["created"],
            sender=Participant(type=m["sender_type"], display_name=m["sender_name"],
                               id=m["sender_id"]),
            recipients=_participants(m["recipients"]), body=m["body"],
            attachments=tuple(Attachment(a["id"], a["name"], a["size"])
                              for a in (m["attachments"] or [])),
        ) for m in self.session.execute(select(t.messages).where(
            t.messages.c.market == market, t.messages.c.thread_id == thread_id)
            .order_by(t.messages.c.created, t.messages.c.id)).mappings())
        return Thread(
            market=market, thread_id=thread_id, topic=th["topic"],
            entity_type=th["entity_type"], entity_id=th["entity_id"], created=th["created"],
            updated=th["updated"], participants=_participants(th["participants"]),
            last_message=th["last_message"],
            shop_reply_needed_since=th["shop_reply_needed_since"],
            message_count=th["message_count"], messages=messages)

    def incidents_for_order(self, market: str, order_id: str) -> list[Incident]:
        rows = self.session.execute(select(t.incidents).where(
            t.incidents.c.market == market, t.incidents.c.order_id == order_id)
            .order_by(t.incidents.c.opened)).mappings()
        return [Incident(**{k: row[k] for k in (
            "market", "incident_id", "order_id", "order_line_id", "status", "opened",
            "opening_reason_code", "opened_by", "last_action", "last_action_by", "resolved",
            "resolution_reason_code", "resolution_message", "closed", "closing_reason_code",
            "closed_by")}) for row in rows]

    def market_rules(self) -> dict[str, MarketRule]:
        rows = self.session.execute(select(
            t.markets.c.code, t.markets.c.response_rule, t.markets.c.timezone,
            t.markets.c.language))
        return {code: MarketRule(code, rule, zone, language)
                for code, rule, zone, language in rows}

    # -- derived facts -----------------------------------------------------------------------
    def threads_to_summarize(self, limit: int) -> list[tuple[str, str, datetime]]:
        """Threads never judged, or changed since they were: (market, thread id, updated)."""
        th, f = t.threads.c, thread_facts.c
        rows = self.session.execute(
            select(th.market, th.thread_id, th.updated).select_from(t.threads)
            .outerjoin(thread_facts, and_(f.market == th.market, f.thread_id == th.thread_id))
            .where(or_(f.thread_id.is_(None), f.thread_updated != th.updated))
            .limit(limit))
        return [(market, thread_id, updated) for market, thread_id, updated in rows]

    def save_facts(self, facts: Iterable[ThreadFacts]) -> int:
        rows = [{"market": f.market, "thread_id": f.thread_id,
                 "thread_updated": f.thread_updated, "awaiting_since": f.awaiting_since,
                 "due": f.due, "late_answers": f.late_answers,
                 "policy_kinds": "," + ",".join(sorted(f.policy_kinds)) + ","
                 if f.policy_kinds else ""} for f in facts]
        _upsert(self.session, thread_facts, rows, ["market", "thread_id"])
        return len(rows)

    def forget_facts(self, market: str, thread_ids: Iterable[str]) -> None:
        """Judge these threads again (their messages were completed or changed)."""
        ids = list(thread_ids)
        if ids:
            self.session.execute(delete(thread_facts).where(
                thread_facts.c.market == market, thread_facts.c.thread_id.in_(ids)))

    def facts(self, market: str, thread_id: str) -> ThreadFacts | None:
        row = self.session.execute(select(thread_facts).where(
            thread_facts.c.market == market, thread_facts.c.thread_id == thread_id)
        ).mappings().first()
        if row is None:
            return None
        return ThreadFacts(market, thread_id, row["thread_updated"], row["awaiting_since"],
                           row["due"], row["late_answers"],
                           tuple(k for k in row["policy_kinds"].split(",") if k))
