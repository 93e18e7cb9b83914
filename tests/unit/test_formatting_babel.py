"""Money, numbers, dates and relative times per locale (Babel), and amounts typed the
locale's way. No Qt: ``ui/formatting`` is plain Python over Babel."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from operator_desk.domain.money import Money
from operator_desk.domain.refunds import AmountError, AmountProblem
from operator_desk.ui import formatting

NBSP = "\u00a0"
NOW = datetime(2026, 12, 24, 9, 5, tzinfo=UTC)


@pytest.mark.parametrize(("locale", "currency", "written"), [
    ("de_DE", "EUR", f"1.234,50{NBSP}€"),
    ("es_ES", "EUR", f"1.234,50{NBSP}€"),
    ("es_ES", "CHF", f"1.234,50{NBSP}CHF"),  # the order's currency stays, in Spanish notation
    ("nl_NL", "EUR", f"€{NBSP}1.234,50"),
    ("en_GB", "EUR", "€1,234.50"),
    ("de_CH", "CHF", f"CHF{NBSP}1’234.50"),
    ("nl_NL", "CHF", f"CHF{NBSP}1.234,50"),
])
def test_money_in_the_locales_notation_and_the_orders_currency(
        locale: str, currency: str, written: str) -> None:
    assert formatting.money(Money(Decimal("1234.50"), currency), locale) == written


def test_no_money_is_an_empty_text() -> None:
    assert formatting.money(None, "de_DE") == ""


@pytest.mark.parametrize(("locale", "number", "percent"), [
    ("de_DE", "12.345,5", f"22,7{NBSP}%"),
    ("es_ES", "12.345,5", f"22,7{NBSP}%"),
    ("nl_NL", "12.345,5", "22,7%"),
    ("en_GB", "12,345.5", "22.7%"),
    ("de_CH", "12’345.5", "22.7%"),
])
def test_numbers_and_percentages(locale: str, number: str, percent: str) -> None:
    assert formatting.number(Decimal("12345.5"), locale) == number
    assert formatting.percent(Decimal("0.2271"), locale) == percent
    assert formatting.number(3, locale, decimals=2).endswith(("3,00", "3.00"))


@pytest.mark.parametrize(("locale", "medium", "short", "full"), [
    ("de_DE", "24.12.2026, 10:05:00", "24.12.26, 10:05", "Donnerstag, 24. Dezember 2026"),
    ("es_ES", "24 dic 2026, 10:05:00", "24/12/26, 10:05", "jueves, 24 de diciembre de 2026"),
    ("nl_NL", "24 dec 2026, 10:05:00", "24-12-2026, 10:05", "donderdag 24 december 2026"),
    ("en_GB", "24 Dec 2026, 10:05:00", "24/12/2026, 10:05", "Thursday, 24 December 2026"),
])
def test_dates_and_times_in_the_markets_zone(locale: str, medium: str, short: str,
                                              full: str) -> None:
    assert formatting.when(NOW, locale, "Europe/Berlin") == medium
    assert formatting.when(NOW, locale, "Europe/Berlin", fmt="short") == short
    assert formatting.day(NOW, locale, "full", "Europe/Berlin") == full
    assert formatting.day(date(2026, 12, 24), locale, "full") == full


def test_a_late_evening_is_the_markets_day_not_utcs() -> None:
    late = datetime(2026, 12, 24, 23, 30, tzinfo=UTC)  # already the 25th in Madrid
    assert formatting.day(late, "es_ES", "long", "Europe/Madrid") == "25 de diciembre de 2026"


@pytest.mark.parametrize(("locale", "delta", "said"), [
    ("de_DE", -timedelta(hours=3), "vor 3 Stunden"),
    ("es_ES", -timedelta(days=2), "hace 2 días"),
    ("nl_NL", -timedelta(hours=3), "3 uur geleden"),
    ("en_GB", -timedelta(hours=3), "3 hours ago"),
    ("de_DE", timedelta(days=2), "in 2 Tagen"),
    ("es_ES", timedelta(minutes=5), "dentro de 5 minutos"),
    ("nl_NL", -timedelta(weeks=2), "2 weken geleden"),
    ("de_CH", -timedelta(days=3, hours=2), "vor 3 Tagen"),
])
def test_relative_times(locale: str, delta: timedelta, said: str) -> None:
    assert formatting.relative(NOW + delta, locale, now=NOW) == said
    if delta < timedelta(0):
        assert formatting.age(NOW + delta, locale, now=NOW) == said


def test_durations_without_a_direction() -> None:
    assert formatting.duration(timedelta(hours=3), "de_DE") == "3 Stunden"
    assert formatting.duration(timedelta(days=2), "es_ES") == "2 días"


@pytest.mark.parametrize(("locale", "typed", "amount"), [
    ("de_DE", "1.234,50", "1234.50"),
    ("de_DE", "12,5", "12.50"),
    ("es_ES", "1.234,50 €", "1234.50"),
    ("nl_NL", "€ 1.234,50", "1234.50"),
    ("en_GB", "1,234.50", "1234.50"),
    ("de_CH", "1'234.50", "1234.50"),  # the plain apostrophe people type for ’
    ("de_CH", "CHF 99.95", "99.95"),
])
def test_amounts_are_read_the_way_the_locale_writes_them(locale: str, typed: str,
                                                         amount: str) -> None:
    currency = "CHF" if locale == "de_CH" else "EUR"
    assert formatting.read_amount(typed, locale, currency) == Money(Decimal(amount), currency)


@pytest.mark.parametrize(("locale", "typed", "problem"), [
    ("de_DE", "12.50", AmountProblem.DID_YOU_MEAN),  # a dot is no decimal mark in German
    ("de_DE", "1.250", AmountProblem.AMBIGUOUS),  # 1250 or 1.25 read the English way?
    ("en_GB", "12,5", AmountProblem.DID_YOU_MEAN),
    ("de_DE", "1 234,50", AmountProblem.NOTATION),  # a space groups in French, not here
    ("es_ES", "doce", AmountProblem.NOT_A_NUMBER),
    ("nl_NL", "", AmountProblem.EMPTY),
    ("de_DE", "1,234", AmountProblem.TOO_MANY_DECIMALS),
])
def test_amounts_that_would_be_guesses_are_refused_with_a_reason(
        locale: str, typed: str, problem: AmountProblem) -> None:
    with pytest.raises(AmountError) as refused:
        formatting.read_amount(typed, locale, "EUR")
    assert refused.value.problem == problem


@pytest.mark.parametrize(("locale", "shown"), [
    ("de_DE", "1234,50"), ("es_ES", "1234,50"), ("nl_NL", "1234,50"), ("en_GB", "1234.50")])
def test_an_amount_field_starts_with_what_reads_back_the_same(locale: str, shown: str) -> None:
    value = Money(Decimal("1234.5"), "EUR")
    assert formatting.amount_for_input(value, locale) == shown
    assert formatting.read_amount(shown, locale, "EUR") == value


def test_unknown_or_posix_locale_names_fall_back_to_one_babel_knows() -> None:
    assert formatting.babel_locale("de-DE.UTF-8") == "de_DE"
    assert formatting.babel_locale("C") == "en_GB"
    assert formatting.babel_locale(None) == "en_GB"
    assert formatting.babel_locale("xx_YY") == "en_GB"
