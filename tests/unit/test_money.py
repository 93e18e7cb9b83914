from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from operator_desk.domain.money import Money, MoneyError, minor_digits, to_decimal


def test_amounts_are_exact_decimals() -> None:
    assert Money.of("12.34", "eur").amount == Decimal("12.34")
    assert Money.of(12.34, "EUR").amount == Decimal("12.34")  # a JSON float, read exactly
    assert Money.of(0.1, "EUR") + Money.of(0.2, "EUR") == Money.of("0.3", "EUR")
    assert Money.of(12.34, "eur").currency == "EUR"


def test_currencies_do_not_mix() -> None:
    with pytest.raises(MoneyError):
        _ = Money.of(1, "EUR") + Money.of(1, "CHF")
    with pytest.raises(MoneyError):
        _ = Money.of(1, "EUR") < Money.of(1, "CHF")


@pytest.mark.parametrize("bad", ["", "abc", "1,5", "NaN", "Infinity", True, None, [1]])
def test_bad_amounts_are_refused(bad: object) -> None:
    with pytest.raises(MoneyError):
        to_decimal(bad)


@pytest.mark.parametrize("currency", ["", "EURO", "E1R", 12])
def test_bad_currencies_are_refused(currency: object) -> None:
    with pytest.raises(MoneyError):
        Money.of(1, currency)  # type: ignore[arg-type]


def test_minor_units_round_half_even() -> None:
    assert Money.of("12.345", "EUR").minor_units == 1234
    assert Money.of("12.355", "EUR").minor_units == 1236
    assert Money.from_minor(1999, "CHF") == Money.of("19.99", "CHF")
    assert minor_digits("JPY") == 0
    assert Money.from_minor(500, "JPY").amount == Decimal(500)


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from(["EUR", "CHF", "JPY"]))
def test_minor_units_round_trip(minor: int, currency: str) -> None:
    assert Money.from_minor(minor, currency).minor_units == minor


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False))
def test_float_repr_of_a_two_place_amount_is_exact(value: Decimal) -> None:
    assert Money.of(float(value), "EUR").amount == value
