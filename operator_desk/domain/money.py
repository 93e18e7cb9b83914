"""Money: an exact decimal amount with its currency. Never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# ISO 4217 minor-unit exponents for the currencies a European marketplace meets; anything
# else defaults to 2, which is right for nearly every currency in circulation.
_MINOR_DIGITS: dict[str, int] = {
    "EUR": 2, "CHF": 2, "GBP": 2, "USD": 2, "PLN": 2, "SEK": 2, "DKK": 2, "NOK": 2, "CZK": 2,
    "HUF": 2, "RON": 2, "JPY": 0, "KRW": 0, "ISK": 0, "BHD": 3, "KWD": 3, "TND": 3,
}


class MoneyError(ValueError):
    """An amount or currency that cannot be money."""


def minor_digits(currency: str) -> int:
    """Number of decimal places the currency uses (2 for EUR and CHF)."""
    return _MINOR_DIGITS.get(currency.upper(), 2)


def to_decimal(value: object) -> Decimal:
    """Convert an API value (str, int, Decimal or a JSON float) to an exact Decimal.

    JSON numbers arrive as Python floats from fast parsers; ``repr`` of a float is the shortest
    string that round-trips, so ``Decimal(repr(12.34))`` is exactly ``Decimal("12.34")`` for
    every amount with up to 15 significant digits - which covers all money we will ever see.
    """
    if isinstance(value, bool):
        raise MoneyError(f"not an amount: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise MoneyError(f"not an amount: {value!r}") from exc
    else:
        raise MoneyError(f"not an amount: {value!r}")
    if not result.is_finite():
        raise MoneyError(f"not a finite amount: {value!r}")
    return result


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency. Arithmetic across currencies is refused."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", to_decimal(self.amount))
        if not self.amount.is_finite():
            raise MoneyError("an amount must be finite")
        code = self.currency.upper() if isinstance(self.currency, str) else ""
        if len(code) != 3 or not code.isalpha():
            raise MoneyError(f"not an ISO 4217 currency code: {self.currency!r}")
        object.__setattr__(self, "currency", code)

    @classmethod
    def of(cls, value: object, currency: str) -> Money:
        return cls(to_decimal(value), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor).scaleb(-minor_digits(currency)), currency)

    @property
    def minor_units(self) -> int:
        """The amount in the currency's smallest unit (cents), rounded half-even."""
        return int(self.rounded().amount.scaleb(minor_digits(self.currency)))

    def rounded(self) -> Money:
        quantum = Decimal(1).scaleb(-minor_digits(self.currency))
        return Money(self.amount.quantize(quantum, rounding=ROUND_HALF_EVEN), self.currency)

    def _same_currency(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(f"currency mismatch: {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, bool) or not isinstance(factor, int | Decimal):
            raise TypeError("Money can only be multiplied by an int or a Decimal")
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount >= other.amount

    def is_zero(self) -> bool:
        return self.amount == 0

    def is_positive(self) -> bool:
        return self.amount > 0

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"
