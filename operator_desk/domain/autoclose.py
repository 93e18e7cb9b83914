"""When the platform closes an incident the seller marked solved on its own.

Mirakl closes it after 5 business days without activity, counted in the market's calendar
(weekends and the country's public holidays do not count).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from .sla import MarketCalendar, MarketCalendarError, ResponseRule, deadline, market_calendar

AUTO_CLOSE_RULE = ResponseRule.parse("business-hours:120")  # 5 business days


@cache
def _calendar(market: str) -> MarketCalendar | None:
    try:
        return market_calendar(market)
    except MarketCalendarError:
        return None


def auto_close_at(market: str, last_activity: datetime) -> datetime | None:
    """The moment the platform closes a resolved incident whose last activity was then;
    None for a market whose calendar the desk does not know."""
    calendar = _calendar(market)
    if calendar is None:
        return None
    return deadline(last_activity, AUTO_CLOSE_RULE, calendar)
