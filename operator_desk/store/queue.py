"""The incident queue in SQL: filters, sort keys and pages over the cache.

Sorting and filtering happen here, never in a proxy model: a 100,000-incident queue sorts in
SQLite in milliseconds and in a QSortFilterProxyModel in tens of seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, exists, false, func, literal, null, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from operator_desk.domain.models import IncidentStatus
from operator_desk.domain.money import Money, minor_digits
from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueRow, QueueSort, QueueView

from . import cache_schema as t
from .findings import has_findings_table, message_findings


def _order_threads() -> Select[Any]:
    """The ids of the incident's order threads, for ``thread_id IN (...)``.

    Written as IN rather than a join on purpose: joined, SQLite (without statistics) starts
    from the market's messages and probes threads for each, seconds per row on a large
    cache; with IN it walks the order's few threads and then the messages index.
    """
    i, th = t.incidents.c, t.threads.c
    return (select(th.thread_id)
            .where(th.market == i.market, th.entity_id == i.order_id,
                   th.entity_type == "MMP_ORDER")
            .correlate(t.incidents))


def _customer_wrote_after() -> ColumnElement[bool]:
    """The customer wrote on the order after the seller marked the incident solved.

    Nested on purpose: the order's threads first (by entity), then each thread's messages
    (by thread and time). As one join, SQLite without statistics (a cache in its first sync)
    walked every message of the market for each row: 12.8 s for a page of 100 on a
    1M-message cache instead of milliseconds."""
    i, th, m = t.incidents.c, t.threads.c, t.messages.c
    customer_wrote = (select(literal(1)).select_from(t.messages)
                      .where(m.market == th.market, m.thread_id == th.thread_id,
                             m.created > i.resolved,
                             m.sender_type.in_(("CUSTOMER_USER", "CUSTOMER")))
                      .correlate(t.incidents, t.threads).exists())
    return (select(literal(1)).select_from(t.threads)
            .where(th.market == i.market, th.entity_id == i.order_id, customer_wrote)
            .correlate(t.incidents).exists())


def _has_refund() -> ColumnElement[bool]:
    lines = t.order_lines.c
    return exists().where(lines.market == t.incidents.c.market,
                          lines.order_id == t.incidents.c.order_id,
                          func.json_array_length(lines.refunds) > 0)


def _policy_flagged() -> ColumnElement[bool]:
    """A seller message in one of the order's threads has a policy finding (the findings
    store, ``store.findings``, filled after each sync; after a rule-set change the older
    records count until the next pass has scanned them again)."""
    i, f = t.incidents.c, message_findings.c
    return exists().where(f.market == i.market, f.thread_id.in_(_order_threads()),
                          f.kinds != "").correlate(t.incidents)


class QueueRepository:
    """Counts and pages of the queue for a filter, within the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _conditions(self, filter_: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
        i, o = t.incidents.c, t.orders.c
        conditions: list[ColumnElement[bool]] = []
        view = filter_.view
        if view == QueueView.MARKED_SOLVED:
            conditions.append(i.status == IncidentStatus.RESOLVED.value)
        elif view == QueueView.ALL_OPEN:
            conditions.append(i.status.in_(IncidentStatus.open_values()))
        elif view == QueueView.DISPUTED:
            conditions.append(i.status == IncidentStatus.DISPUTED.value)
        elif view == QueueView.CLOSED:
            conditions.append(i.status == IncidentStatus.CLOSED.value)
        elif view == QueueView.CLOSED_BY_ME_TODAY and not filter_.incident_ids:
            conditions.append(i.incident_id.is_(None))  # nothing decided today
        if filter_.incident_ids:
            conditions.append(tuple_(i.market, i.incident_id).in_(list(filter_.incident_ids)))
        if filter_.markets:
            conditions.append(i.market.in_(filter_.markets))
        if filter_.sellers:  # "DE:2001": shop ids are only unique within a market
            pairs = [tuple(s.split(":", 1)) for s in filter_.sellers if ":" in s]
            conditions.append(tuple_(i.market, o.shop_id).in_(pairs))
        if filter_.reasons:
            conditions.append(i.opening_reason_code.in_(filter_.reasons))
        if filter_.min_age_days is not None:
            since = now - timedelta(days=filter_.min_age_days)
            conditions.append(func.coalesce(i.resolved, i.opened) <= since)
        for bound, above in ((filter_.min_value, True), (filter_.max_value, False)):
            if bound is not None:
                # Orders keep minor units; 2 decimals covers EUR and CHF, the desk's markets.
                minor = int(bound.scaleb(minor_digits("EUR")))
                conditions.append(o.total_minor >= minor if above else o.total_minor <= minor)
        if filter_.has_refund is not None:
            conditions.append(_has_refund() if filter_.has_refund else ~_has_refund())
        if filter_.customer_wrote_after is not None:
            wrote = _customer_wrote_after()
            conditions.append(wrote if filter_.customer_wrote_after else ~wrote)
        if filter_.policy_flags is not None:
            # No findings table yet (nothing scanned in this cache): no order is flagged.
            flagged = _policy_flagged() if has_findings_table(self.session) else false()
            conditions.append(flagged if filter_.policy_flags else ~flagged)
        needle = filter_.text.strip()
        if needle:
            like = f"%{needle.replace('%', '').replace('_', '')}%"
            # SQLite's LIKE ignores ASCII case already; ilike's lower() on both sides folded
            # nothing more (SQLite's lower() is ASCII too) and took twice as long.
            # The order's fields through IN: the matching orders are found in one pass, and
            # the page sorts only their incidents (a condition on the joined order made
            # SQLite walk the sort index and look up every incident's order: 4× slower).
            oo = t.orders.c
            matching_orders = select(oo.market, oo.order_id).where(or_(
                oo.commercial_id.like(like), oo.shop_name.like(like),
                oo.customer_email.like(like),
                (oo.customer_firstname + " " + oo.customer_lastname).like(like)))
            conditions.append(or_(
                i.order_id.like(like), i.incident_id.like(like),
                tuple_(i.market, i.order_id).in_(matching_orders),
            ))
        return conditions

    def count(self, filter_: QueueFilter, locale: str = "en") -> int:
        """How many incidents match: the filters alone, none of the display columns (the
        correlated ones would run for every row)."""
        i, o = t.incidents.c, t.orders.c
        query = (select(func.count()).select_from(t.incidents)
                 .outerjoin(t.orders, and_(o.market == i.market, o.order_id == i.order_id))
                 .where(*self._conditions(filter_, datetime.now(UTC))))
        count: int = self.session.execute(query).scalar_one()
        return count

    @staticmethod
    def _holder(claims: Mapping[tuple[str, str], str]) -> Any:
        """Who is on each incident: the claims live in the team store, not in this cache,
        so they come in as (market, incident id) -> holder and become a CASE expression
        (a handful: one open case per colleague)."""
        i = t.incidents.c
        if not claims:
            return null()
        return case(*[(and_(i.market == market, i.incident_id == incident_id), literal(holder))
                      for (market, incident_id), holder in sorted(claims.items())],
                    else_=null())

    def _sort_key(self, column: QueueColumn, reason: Any,
                  claims: Mapping[tuple[str, str], str]) -> Any:
        i, o = t.incidents.c, t.orders.c
        if column == QueueColumn.CLAIMED_BY:
            return self._holder(claims)
        return {
            QueueColumn.MARKET: i.market, QueueColumn.ORDER: i.order_id,
            QueueColumn.SELLER: o.shop_name, QueueColumn.REASON: reason.c.label,
            QueueColumn.STATUS: i.status, QueueColumn.MARKED_SOLVED: i.resolved,
            QueueColumn.OPENED: i.opened, QueueColumn.ORDER_VALUE: o.total_minor,
            QueueColumn.CUSTOMER: o.customer_lastname, QueueColumn.AUTO_CLOSE: i.last_action,
            QueueColumn.CUSTOMER_WROTE: _customer_wrote_after(),
        }[column]

    def _ordered_ids(self, filter_: QueueFilter, sort: QueueSort, locale: str,
                     claims: Mapping[tuple[str, str], str] | None = None,
                     ) -> tuple[Select[Any], list[Any]]:
        """The (market, incident id) query with the filters, and the queue's ordering.
        ``claims`` (who is on which case, from the team store) is the sort key of the
        "On it" column."""
        i, o = t.incidents.c, t.orders.c
        reason = t.reasons.alias("sort_reason")
        key = self._sort_key(sort.column, reason, claims or {})
        ordering: list[Any] = [key.desc() if sort.descending else key.asc(),
                               i.market.asc(), i.incident_id.asc()]
        if sort.column == QueueColumn.MARKED_SOLVED:
            # Incidents the seller never marked solved go last, whatever the direction.
            ordering.insert(0, i.resolved.is_(None))
        elif sort.column == QueueColumn.CLAIMED_BY:
            # Cases nobody is on go last, whatever the direction.
            ordering.insert(0, key.is_(None))
        ids_query = (select(i.market, i.incident_id).select_from(t.incidents)
                     .outerjoin(t.orders, and_(o.market == i.market, o.order_id == i.order_id)))
        if sort.column == QueueColumn.REASON:
            ids_query = ids_query.outerjoin(reason, and_(
                reason.c.market == i.market, reason.c.type == "INCIDENT_OPEN",
                reason.c.code == i.opening_reason_code, reason.c.locale == locale))
        return ids_query.where(*self._conditions(filter_, datetime.now(UTC))), ordering

    def position(self, filter_: QueueFilter, sort: QueueSort, market: str, incident_id: str,
                 locale: str = "en", claims: Mapping[tuple[str, str], str] | None = None,
                 ) -> int | None:
        """The row of one incident in the queue (0-based), None when the filter leaves it
        out: where the case the agent is on went after the queue changed."""
        ids_query, ordering = self._ordered_ids(filter_, sort, locale, claims)
        numbered = ids_query.add_columns(
            func.row_number().over(order_by=ordering).label("row_number")).subquery()
        found = self.session.execute(select(numbered.c.row_number).where(
            numbered.c.market == market, numbered.c.incident_id == incident_id)).scalar()
        return None if found is None else int(found) - 1

    def page(self, filter_: QueueFilter, sort: QueueSort, offset: int, limit: int,
             locale: str = "en", claims: Mapping[tuple[str, str], str] | None = None,
             ) -> list[QueueRow]:
        """One page in two steps: the ids of the page (filters and sort key only), then the
        display columns for just those rows."""
        ids_query, ordering = self._ordered_ids(filter_, sort, locale, claims)
        ids = [tuple(r) for r in self.session.execute(
            ids_query.order_by(*ordering).offset(offset).limit(limit))]
        if not ids:
            return []
        rows = {(r["market"], r["incident_id"]): r
                for r in self.session.execute(self._detail(ids, locale)).mappings()}
        return [self._row(rows[key]) for key in ids if key in rows]

    def _detail(self, ids: list[tuple[Any, ...]], locale: str) -> Select[Any]:
        i, o = t.incidents.c, t.orders.c
        r = t.reasons.alias("opening_reason")
        return (
            select(
                i.market, i.incident_id, i.order_id, i.order_line_id, i.status, i.opened,
                i.resolved, i.last_action, i.opening_reason_code, o.shop_name, o.shop_id,
                o.customer_firstname, o.customer_lastname, o.total_minor, o.currency,
                r.c.label.label("reason_label"),
                _customer_wrote_after().label("customer_wrote"),
                _has_refund().label("has_refund"),
            )
            .select_from(t.incidents)
            .outerjoin(t.orders, and_(o.market == i.market, o.order_id == i.order_id))
            .outerjoin(r, and_(r.c.market == i.market, r.c.type == "INCIDENT_OPEN",
                               r.c.code == i.opening_reason_code, r.c.locale == locale))
            .where(tuple_(i.market, i.incident_id).in_(ids)))

    @staticmethod
    def _row(row: Any) -> QueueRow:
        return QueueRow(
            market=row["market"], incident_id=row["incident_id"], order_id=row["order_id"],
            order_line_id=row["order_line_id"], status=row["status"],
            seller=row["shop_name"] or "", shop_id=row["shop_id"] or "",
            reason_code=row["opening_reason_code"], reason_label=row["reason_label"],
            customer=f"{row['customer_firstname'] or ''} {row['customer_lastname'] or ''}".strip(),
            opened=row["opened"], marked_solved=row["resolved"], last_action=row["last_action"],
            order_value=(Money.from_minor(row["total_minor"], row["currency"])
                         if row["currency"] else None),
            customer_wrote_after=bool(row["customer_wrote"]),
            has_refund=bool(row["has_refund"]),
        )
