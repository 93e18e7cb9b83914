"""Money, dates and ages for people: Babel formats, in the user's locale and the market's zone.

QLocale is not used for money: it writes ``1.234,50 €`` wrongly for es_ES.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_timedelta
from babel.numbers import format_currency

from operator_desk.domain.money import Money

DEFAULT_LOCALE = "en_GB"


def babel_locale(name: str | None) -> str:
    """A locale Babel knows, from a Qt or POSIX name ("de_DE", "de-DE.UTF-8", "C")."""
    if not name:
        return DEFAULT_LOCALE
    cleaned = name.split(".")[0].replace("-", "_")
    try:
        Locale.parse(cleaned)
        return cleaned
    except (ValueError, UnknownLocaleError):
        return DEFAULT_LOCALE


def money(value: Money | None, locale: str) -> str:
    if value is None:
        return ""
    return format_currency(value.amount, value.currency, locale=locale)


def when(value: datetime | None, locale: str, timezone: str | None = None,
         fmt: str = "medium") -> str:
    if value is None:
        return ""
    zone = ZoneInfo(timezone) if timezone else None
    return format_datetime(value, format=fmt, tzinfo=zone, locale=locale)


def age(value: datetime | None, locale: str, now: datetime | None = None) -> str:
    """"3 hours ago" / "vor 3 Stunden" - how long ago something happened."""
    if value is None:
        return ""
    delta = value - (now or datetime.now(UTC))
    return format_timedelta(delta, add_direction=True, locale=locale, threshold=1.1)
