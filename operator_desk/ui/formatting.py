"""Money, numbers, dates, times and relative times for people: Babel formats, in the user's
locale and the market's time zone; amounts typed by people are read the same way.

QLocale is not used for money: its older locale data writes ``1234,50 €`` for es_ES, where
Spanish today writes ``1.234,50 €`` (Babel follows the current CLDR). An amount keeps the
currency of its order: CHF stays CHF in a Spanish interface (``1.234,50 CHF``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_currency, format_decimal, format_percent

from operator_desk.domain.money import Money
from operator_desk.domain.refunds import format_for_input, parse_amount

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
    """``1.234,50 €`` (de_DE), ``1.234,50 CHF`` (es_ES), ``€ 1.234,50`` (nl_NL): the
    locale's notation, the amount's own currency."""
    if value is None:
        return ""
    return format_currency(value.amount, value.currency, locale=locale)


def number(value: int | float | Decimal, locale: str, decimals: int | None = None) -> str:
    """``12.345`` (de_DE), ``12,345`` (en_GB); ``decimals`` fixes the digits after the mark."""
    if decimals is None:
        return format_decimal(value, locale=locale)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=locale)


def percent(value: float | Decimal, locale: str, decimals: int = 1) -> str:
    """``0.227`` -> ``22,7 %`` (de_DE), ``22.7%`` (en_GB): the locale's own pattern (with or
    without the space before %), with ``decimals`` digits."""
    pattern = Locale.parse(locale).percent_formats[None].pattern
    if decimals > 0:
        pattern = pattern.replace("0", "0." + "0" * decimals, 1) if "0." not in pattern else \
            pattern
    return format_percent(value, format=pattern, locale=locale)


def when(value: datetime | None, locale: str, timezone: str | None = None,
         fmt: str = "medium") -> str:
    """A moment as the locale writes it, in ``timezone`` (the market's) when given."""
    if value is None:
        return ""
    zone = ZoneInfo(timezone) if timezone else None
    return format_datetime(value, format=fmt, tzinfo=zone, locale=locale)


def day(value: date | datetime | None, locale: str, fmt: str = "medium",
        timezone: str | None = None) -> str:
    """A date without the time: ``24.12.2026`` (de_DE), ``24 dic 2026`` (es_ES)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and timezone:
        value = value.astimezone(ZoneInfo(timezone))
    return format_date(value, format=fmt, locale=locale)


def relative(value: datetime | None, locale: str, now: datetime | None = None) -> str:
    """How far away a moment is, in words: "vor 3 Stunden", "hace 2 días", "3 uur geleden",
    "in 2 Tagen" (the past and the future)."""
    if value is None:
        return ""
    delta = value - (now or datetime.now(UTC))
    return format_timedelta(delta, add_direction=True, locale=locale, threshold=1.1)


def age(value: datetime | None, locale: str, now: datetime | None = None) -> str:
    """"3 hours ago" / "vor 3 Stunden" - how long ago something happened."""
    return relative(value, locale, now)


def duration(value: timedelta, locale: str) -> str:
    """A length of time without a direction: "3 Stunden", "2 días"."""
    return format_timedelta(value, locale=locale, threshold=1.1)


def amount_for_input(value: Money, locale: str) -> str:
    """An amount as a person types it in ``locale`` (``12,50`` in German, ``12.50`` in
    English): what an editable field starts with."""
    return format_for_input(value, locale)


def read_amount(text: str, locale: str, currency: str) -> Money:
    """What a person typed, read in their locale's notation, as money in ``currency``.

    Raises ``domain.refunds.AmountError`` (with an id and parameters for the interface to
    word) when the text is no amount or could be read two ways."""
    return Money(parse_amount(text, locale, currency), currency)
