"""The cache's seller queries: facts for the KPIs, the sellers page's snapshot, evidence.

``seller_kpis`` is derived data next to the cache's own tables (``prepare_seller_tables``
creates it in the cache file; like the cache, it is rebuildable at any time): the figures of
every shop for a period, computed off the UI thread by ``services.sellers`` with
``domain.kpis`` and stored so the sellers page can count, sort and page them in SQL. The
policy findings the KPIs count and the evidence picker lists come from the desk's one
findings store (``store.findings``), read under the caller's findings key.

Derived tables are kept out of ``cache_schema`` on purpose: changing that schema rebuilds
every desk's cache, while these tables are only ever added to a cache that lacks them. The
repository is given a Session; it never opens or commits one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

import orjson
from sqlalchemy import (
    JSON,
    Column,
    Float,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    delete,
    func,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from operator_desk.domain.kpis import (
    IncidentFact,
    Kpi,
    Level,
    MessageFact,
    OrderFact,
    SellerColumn,
    SellerFilter,
    SellerRow,
    SellerSort,
)
from operator_desk.domain.models import Shop

from . import cache_schema as t
from .database import Database, UtcDateTime
from .findings import message_findings

metadata = MetaData()

seller_kpis = Table(
    "seller_kpis", metadata,
    Column("market", String(8), primary_key=True),
    Column("shop_id", String(40), primary_key=True),
    Column("period_days", Integer, primary_key=True),
    Column("computed", UtcDateTime, nullable=False),
    Column("level", Integer, nullable=False),  # Level.rank of the worst KPI
    Column("score", Integer, nullable=False),  # 10 per KPI at its limit, 1 per alert
    Column("levels", JSON, nullable=False),  # {kpi: level}
    *(Column(kpi.value, Float) for kpi in Kpi),
)

_INDEXES = (
    # The cache indexes orders by market and id only; a seller's orders are read by shop.
    "CREATE INDEX IF NOT EXISTS ix_orders_shop ON orders (market, shop_id, created)",
    "CREATE INDEX IF NOT EXISTS ix_seller_kpis_period ON seller_kpis (period_days, level, "
    "score)",
)

_RANKS = {level.rank: level for level in Level}


def prepare_seller_tables(cache: Database) -> None:
    """Create the seller tables and indexes in the cache file where they are missing; tables
    of another shape (an older desk's) are derived data: dropped and made again."""
    with cache.write() as session:
        connection = session.connection()
        inspector = inspect(connection)
        for table in metadata.sorted_tables:
            if inspector.has_table(table.name):
                found = {c["name"] for c in inspector.get_columns(table.name)}
                if found != {c.name for c in table.columns}:
                    table.drop(connection)
        metadata.create_all(connection)
        for statement in _INDEXES:
            connection.execute(text(statement))


@dataclass(frozen=True, slots=True)
class MarketInfo:
    code: str
    name: str
    currency: str
    timezone: str
    response_rule: str
    language: str | None


@dataclass(frozen=True, slots=True)
class SellerMessage:
    """A seller's message with its text (for the evidence picker)."""

    message_id: str
    thread_id: str
    order_id: str | None
    created: datetime
    body: str
    findings: tuple[dict[str, Any], ...] = ()  # stored spans (``store.findings``)


@dataclass(frozen=True, slots=True)
class IncidentDetail:
    incident_id: str
    order_id: str
    status: str
    opened: datetime
    resolved: datetime | None
    reason_code: str | None
    reason_label: str | None


class SellerRepository:
    """Seller reads (and the derived tables' writes) within the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- markets and shops -------------------------------------------------------------------
    def markets(self) -> list[MarketInfo]:
        m = t.markets.c
        rows = self.session.execute(select(m.code, m.name, m.currency, m.timezone,
                                           m.response_rule, m.language).order_by(m.code))
        return [MarketInfo(*row) for row in rows]

    def shops(self, markets: Sequence[str] = (), shop_ids: Sequence[str] = ()) -> list[Shop]:
        s = t.shops.c
        query = select(t.shops)
        if markets:
            query = query.where(s.market.in_(markets))
        if shop_ids:
            query = query.where(s.shop_id.in_(shop_ids))
        rows = self.session.execute(query.order_by(s.market, s.shop_id)).mappings()
        return [Shop(market=r["market"], shop_id=r["shop_id"], name=r["name"], state=r["state"],
                     suspension_type=r["suspension_type"], grade=r["grade"],
                     evaluations_count=r["evaluations_count"],
                     approval_rate=r["approval_rate"],
                     order_messages_response_delay=r["response_delay"], email=r["email"],
                     locale=r["locale"], last_updated=r["last_updated"]) for r in rows]

    def shops_named(self, name: str) -> list[Shop]:
        """Shops of every market with this name (case and spacing ignored): one seller's
        shops across markets, as far as the cache can tell."""
        key = " ".join(name.split()).casefold()
        s = t.shops.c
        # SQLite's lower() folds ASCII only: compare in Python (a few thousand short names).
        matches = [(market, shop_id) for market, shop_id, other in
                   self.session.execute(select(s.market, s.shop_id, s.name))
                   if " ".join(other.split()).casefold() == key]
        return [shop for market, shop_id in matches for shop in self.shops([market], [shop_id])]

    # -- facts -------------------------------------------------------------------------------
    def _shop_filter(self, query: Select[Any], market: str,
                     shop_ids: Sequence[str] | None) -> Select[Any]:
        o = t.orders.c
        query = query.where(o.market == market)
        if shop_ids is not None:
            query = query.where(o.shop_id.in_(shop_ids))
        return query

    def order_facts(self, market: str, shop_ids: Sequence[str] | None,
                    since: datetime) -> dict[str, list[OrderFact]]:
        """Orders created since ``since``, per shop, with their line, incident-line and
        refunded-line counts."""
        o, ln, i = t.orders.c, t.order_lines.c, t.incidents.c
        orders = self._shop_filter(select(o.shop_id, o.order_id, o.created, o.state)
                                   .where(o.created >= since), market, shop_ids)
        # Counts grouped per order over the shops' orders only: SQLite walks the lines' and
        # incidents' (market, order_id) indexes instead of the whole market.
        chosen = self._shop_filter(select(o.order_id).where(o.created >= since), market,
                                   shop_ids)
        refunded = func.sum(func.json_array_length(ln.refunds) > 0)
        lines = {order_id: (int(count), int(refunds or 0)) for order_id, count, refunds in
                 self.session.execute(select(ln.order_id, func.count(), refunded)
                                      .where(ln.market == market, ln.order_id.in_(chosen))
                                      .group_by(ln.order_id))}
        incidents = {order_id: int(count) for order_id, count in self.session.execute(
            select(i.order_id, func.count(func.distinct(i.order_line_id)))
            .where(i.market == market, i.order_id.in_(chosen)).group_by(i.order_id))}
        result: dict[str, list[OrderFact]] = {}
        for shop_id, order_id, created, state in self.session.execute(orders):
            count, refunds = lines.get(order_id, (0, 0))
            result.setdefault(shop_id, []).append(OrderFact(
                order_id, created, state, count, incidents.get(order_id, 0), refunds))
        return result

    def incident_facts(self, market: str, shop_ids: Sequence[str] | None,
                       disputed: Iterable[str] = ()) -> dict[str, list[IncidentFact]]:
        """Every incident of the shops (open ones count whenever they were opened);
        ``disputed``: incident ids the team store recorded as disputed or kept open."""
        o, i = t.orders.c, t.incidents.c
        marked = set(disputed)
        query = self._shop_filter(
            select(o.shop_id, i.incident_id, i.order_id, i.status, i.opened, i.last_action,
                   i.resolved, i.closed)
            .select_from(t.incidents.join(t.orders, and_(o.market == i.market,
                                                         o.order_id == i.order_id)))
            .where(i.market == market), market, shop_ids)
        if shop_ids is not None:  # start from the shops' orders, not every incident
            query = query.where(i.order_id.in_(select(o.order_id).where(
                o.market == market, o.shop_id.in_(shop_ids))))
        result: dict[str, list[IncidentFact]] = {}
        for row in self.session.execute(query):
            result.setdefault(row[0], []).append(IncidentFact(
                row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[1] in marked))
        return result

    def _messages_query(self, columns: Sequence[Any], market: str,
                        shop_ids: Sequence[str] | None, since: datetime) -> Select[Any]:
        o, m, th = t.orders.c, t.messages.c, t.threads.c
        query = self._shop_filter(
            select(*columns)
            .select_from(t.messages
                         .join(t.threads, and_(th.market == m.market,
                                               th.thread_id == m.thread_id))
                         .join(t.orders, and_(o.market == th.market,
                                              o.order_id == th.entity_id)))
            .where(m.market == market, m.created >= since), market, shop_ids)
        if shop_ids is not None:
            # Lets SQLite start from the shops' threads rather than every message.
            orders = select(o.order_id).where(o.market == market, o.shop_id.in_(shop_ids))
            threads = select(th.thread_id).where(th.market == market,
                                                 th.entity_id.in_(orders))
            query = query.where(m.thread_id.in_(threads))
        return query

    def message_facts(self, market: str, shop_ids: Sequence[str] | None, since: datetime,
                      findings_key: str) -> tuple[dict[str, list[MessageFact]], dict[str, str]]:
        """Messages in the shops' order threads since ``since``, per shop, with the stored
        finding kinds of the seller's own (under ``findings_key``); and each thread's order
        id."""
        o, m, th, f = t.orders.c, t.messages.c, t.threads.c, message_findings.c
        query = self._messages_query(
            [o.shop_id, m.message_id, m.thread_id, m.created, m.sender_type, m.recipients,
             f.kinds, th.entity_id], market, shop_ids, since)
        query = query.outerjoin_from(t.messages, message_findings, and_(
            f.market == m.market, f.message_id == m.message_id, f.ruleset == findings_key))
        result: dict[str, list[MessageFact]] = {}
        orders: dict[str, str] = {}
        for shop_id, message_id, thread_id, created, sender, recipients, kinds, order_id \
                in self.session.execute(query):
            if isinstance(recipients, str):
                recipients = orjson.loads(recipients)
            to_seller = any(r.get("type") == "SHOP" for r in recipients or ())
            result.setdefault(shop_id, []).append(MessageFact(
                message_id, thread_id, created, sender.removesuffix("_USER"), to_seller,
                tuple(k for k in (kinds or "").split(",") if k)))
            orders[thread_id] = order_id
        return result, orders

    # -- evidence ----------------------------------------------------------------------------
    def flagged_messages(self, market: str, shop_id: str, since: datetime,
                         findings_key: str) -> list[SellerMessage]:
        """The shop's messages since ``since`` with at least one stored finding (under
        ``findings_key``), newest first, with the findings' spans."""
        m, th, f = t.messages.c, t.threads.c, message_findings.c
        query = self._messages_query([m.message_id, m.thread_id, th.entity_id, m.created,
                                      m.body, f.findings], market, [shop_id], since)
        query = query.join_from(t.messages, message_findings, and_(
            f.market == m.market, f.message_id == m.message_id,
            f.ruleset == findings_key)).where(
            f.kinds != "", m.sender_type.like("SHOP%")).order_by(m.created.desc())
        result = []
        for message_id, thread_id, order_id, created, body, spans in self.session.execute(query):
            if isinstance(spans, str | bytes):
                spans = orjson.loads(spans)
            result.append(SellerMessage(message_id, thread_id, order_id, created, body,
                                        tuple(s for s in spans or () if isinstance(s, dict))))
        return result

    def incident_details(self, market: str, shop_id: str, locale: str,
                         incident_ids: Sequence[str]) -> list[IncidentDetail]:
        i, r = t.incidents.c, t.reasons.c
        if not incident_ids:
            return []
        rows = self.session.execute(
            select(i.incident_id, i.order_id, i.status, i.opened, i.resolved,
                   i.opening_reason_code, r.label)
            .select_from(t.incidents.outerjoin(t.reasons, and_(
                r.market == i.market, r.type == "INCIDENT_OPEN",
                r.code == i.opening_reason_code, r.locale == locale)))
            .where(i.market == market, i.incident_id.in_(incident_ids))
            .order_by(i.opened.desc()))
        return [IncidentDetail(*row) for row in rows]

    # -- the snapshot ------------------------------------------------------------------------
    def save_snapshot(self, market: str, period_days: int, rows: list[dict[str, Any]]) -> None:
        """Replace the market's figures for ``period_days`` with ``rows``."""
        k = seller_kpis.c
        self.session.execute(delete(seller_kpis).where(k.market == market,
                                                       k.period_days == period_days))
        if rows:
            self.session.execute(seller_kpis.insert(), rows)

    def snapshot_time(self, period_days: int) -> datetime | None:
        value: datetime | None = self.session.execute(
            select(func.min(seller_kpis.c.computed))
            .where(seller_kpis.c.period_days == period_days)).scalar()
        return value

    _SORT: ClassVar[dict[SellerColumn, str]] = {
        SellerColumn.MARKET: "market", SellerColumn.NAME: "name", SellerColumn.STATE: "state",
        SellerColumn.LEVEL: "level", SellerColumn.GRADE: "grade",
        SellerColumn.EVALUATIONS: "evaluations_count",
        **{column: column.value for column in SellerColumn if column.value in set(Kpi)},
    }

    def _page_query(self, filter_: SellerFilter) -> Select[Any]:
        s, k = t.shops.c, seller_kpis.c
        query = (select(s.market, s.shop_id, s.name, s.state, s.grade, s.evaluations_count,
                        k.computed, k.level, k.score, k.levels,
                        *(k[kpi.value] for kpi in Kpi))
                 .select_from(t.shops.outerjoin(seller_kpis, and_(
                     k.market == s.market, k.shop_id == s.shop_id,
                     k.period_days == filter_.period_days))))
        conditions: list[ColumnElement[bool]] = []
        if filter_.markets:
            conditions.append(s.market.in_(filter_.markets))
        needle = filter_.text.strip()
        if needle:
            like = f"%{needle.replace('%', '').replace('_', '')}%"
            conditions.append(or_(s.name.like(like), s.shop_id == needle))
        if filter_.flagged_only:
            conditions.append(k.level >= Level.ALERT.rank)
        return query.where(*conditions)

    def count(self, filter_: SellerFilter) -> int:
        inner = self._page_query(filter_).subquery()
        total: int = self.session.execute(select(func.count()).select_from(inner)).scalar_one()
        return total

    def page(self, filter_: SellerFilter, sort: SellerSort, offset: int,
             limit: int) -> list[SellerRow]:
        inner = self._page_query(filter_).subquery()
        keys = [inner.c[self._SORT[sort.column]]]
        if sort.column == SellerColumn.LEVEL:
            keys.append(inner.c.score)  # among equals, more KPIs past a threshold first
        # Shops without a figure go last whichever the direction; ties by market and id.
        ordering = [keys[0].is_(None), *(k.desc() if sort.descending else k.asc()
                                         for k in keys),
                    inner.c.market.asc(), inner.c.shop_id.asc()]
        rows = self.session.execute(select(inner).order_by(*ordering).offset(offset)
                                    .limit(limit)).mappings()
        result = []
        for row in rows:
            levels = row["levels"] or {}
            if isinstance(levels, str):
                levels = orjson.loads(levels)
            result.append(SellerRow(
                market=row["market"], shop_id=row["shop_id"], name=row["name"],
                state=row["state"], grade=row["grade"], evaluations=row["evaluations_count"],
                computed=row["computed"],
                values={kpi: row[kpi.value] for kpi in Kpi},
                levels={Kpi(k): Level(v) for k, v in levels.items() if k in set(Kpi)},
                level=_RANKS.get(row["level"], Level.NONE) if row["level"] is not None
                else Level.NONE))
        return result
