"""Case-level reads of the cache: the other incidents between the same people, the market's
response rule, reason labels. Given a Session; never opens or commits one.

Kept apart from ``cache.py`` (the sync's repository) so the case pane's queries grow here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from operator_desk.domain.models import Reason
from operator_desk.domain.timeline import RelatedIncident, Relation

from . import cache_schema as t

# A customer with a long history: the pane shows the newest ones, which is what matters.
MAX_RELATED = 50


@dataclass(frozen=True, slots=True)
class MarketRules:
    """What the cache knows of a market's service rules."""

    code: str
    timezone: str
    response_rule: str


class CaseRepository:
    """Reads for one case, within the caller's Session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def related_incidents(self, market: str, incident_id: str, order_id: str,
                          customer_id: str | None, shop_id: str | None, locale: str,
                          limit: int = MAX_RELATED) -> list[RelatedIncident]:
        """Other incidents on the same order, and incidents on other orders of the same
        customer with the same seller; newest first, at most ``limit``.

        The customer match uses ``ix_orders_customer`` (market, customer_id); an order
        without a customer id matches on the order only.
        """
        i, o, line = t.incidents.c, t.orders.c, t.order_lines.c
        reason = t.reasons.alias("opening_reason")
        same_order = i.order_id == order_id
        match: Any = same_order
        if customer_id and shop_id:
            match = or_(same_order, and_(o.customer_id == customer_id, o.shop_id == shop_id))
        query = (
            select(i.incident_id, i.order_id, i.order_line_id, i.status, i.opened,
                   i.opening_reason_code, i.resolved, i.closed, o.commercial_id,
                   line.product_title, reason.c.label.label("reason_label"))
            .select_from(t.incidents)
            .join(t.orders, and_(o.market == i.market, o.order_id == i.order_id))
            .outerjoin(t.order_lines, and_(line.market == i.market,
                                           line.order_line_id == i.order_line_id))
            .outerjoin(reason, and_(reason.c.market == i.market,
                                    reason.c.type == "INCIDENT_OPEN",
                                    reason.c.code == i.opening_reason_code,
                                    reason.c.locale == locale))
            .where(i.market == market, i.incident_id != incident_id, match)
            .order_by(i.opened.desc(), i.incident_id)
            .limit(limit)
        )
        return [RelatedIncident(
            market=market, incident_id=row["incident_id"], order_id=row["order_id"],
            commercial_id=row["commercial_id"], order_line_id=row["order_line_id"],
            product_title=row["product_title"], status=row["status"], opened=row["opened"],
            reason_code=row["opening_reason_code"], reason_label=row["reason_label"],
            resolved=row["resolved"], closed=row["closed"],
            relation=(Relation.SAME_ORDER if row["order_id"] == order_id
                      else Relation.SAME_CUSTOMER_AND_SELLER),
        ) for row in self.session.execute(query).mappings()]

    def market_rules(self, market: str) -> MarketRules | None:
        row = self.session.execute(
            select(t.markets.c.code, t.markets.c.timezone, t.markets.c.response_rule)
            .where(t.markets.c.code == market)).mappings().first()
        if row is None:
            return None
        return MarketRules(row["code"], row["timezone"], row["response_rule"])

    def reason(self, market: str, type_: str, code: str | None, locale: str) -> Reason | None:
        """A reason's label in ``locale``, else in any language the cache has."""
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
