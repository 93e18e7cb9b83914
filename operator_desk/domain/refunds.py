"""Refund arithmetic and rules: what was paid, refunded and is left per order line; what the
agent chose (the whole remaining order, units, shipping, a partial amount per line); the rules
a refund must pass before anything is queued; amounts typed as the user's locale writes them.

Pure: no Qt, SQL or HTTP. Amounts include tax (the marketplaces' orders are TAX_INCLUDED), and
a refund line has two parts, as Mirakl's OR28 has: ``amount`` (the products) and
``shipping_amount``; each part is checked against what is left of that part.

Every rule violation carries a rule id and its parameters, so the UI can word it in the
user's language; ``Violation.message`` is the English wording (logs, services, tests).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from babel.numbers import (
    NumberFormatError,
    format_decimal,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)
from babel.numbers import parse_decimal as babel_parse_decimal

from .models import Order, OrderLine, Reason, ReasonType, Refund, RefundRequest
from .money import Money, MoneyError, minor_digits

DEFAULT_WINDOW_DAYS = 200
# Line states in which the goods have left the seller. REFUNDED lines were shipped too (what
# is left on them is zero, which the "left" rule says more precisely than "not shipped").
SHIPPED_STATES = frozenset({"SHIPPED", "RECEIVED", "INCIDENT_OPEN", "TO_COLLECT", "REFUNDED"})
CLOSED_ORDER_STATES = frozenset({"CLOSED", "CANCELED", "CANCELLED"})
# Refund states that gave no money back: they do not count against what is left. Mirakl's
# states (WAITING_REFUND_TAX_CONFIRMATION, WAITING_REFUND, WAITING_REFUND_PAYMENT, REFUNDED)
# all count, pending ones included: that money is on its way.
NOT_PAID_REFUND_STATES = frozenset({"REFUSED", "REFUND_REFUSED", "CANCELED", "CANCELLED"})


# -- what was paid, refunded and is left ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineBalance:
    """One order line's money: paid, refunded so far (pending states counted), left."""

    line: OrderLine
    paid_product: Money
    paid_shipping: Money
    refunded_product: Money
    refunded_shipping: Money
    refunded_units: int
    counted: tuple[Refund, ...]  # the refunds counted against what is left
    not_counted: tuple[Refund, ...]  # refused ones, shown but not counted

    @property
    def order_line_id(self) -> str:
        return self.line.order_line_id

    @property
    def currency(self) -> str:
        return self.paid_product.currency

    @property
    def paid(self) -> Money:
        return self.paid_product + self.paid_shipping

    @property
    def refunded(self) -> Money:
        return self.refunded_product + self.refunded_shipping

    @property
    def left_product(self) -> Money:
        return _not_below_zero(self.paid_product - self.refunded_product)

    @property
    def left_shipping(self) -> Money:
        return _not_below_zero(self.paid_shipping - self.refunded_shipping)

    @property
    def left(self) -> Money:
        return self.left_product + self.left_shipping

    @property
    def left_units(self) -> int:
        """Units that may still be refunded as units: not more than were bought minus those
        refunded as units, nor more than the product amount left pays for (rounded up, so
        a line with a partial product refund still offers its last unit, capped by left)."""
        by_count = max(self.line.quantity - self.refunded_units, 0)
        unit = self.line.unit_price.rounded()
        if not unit.is_positive():
            return 0
        left_minor = self.left_product.minor_units
        by_amount = -(-left_minor // unit.minor_units)  # ceiling division
        return min(by_count, by_amount)

    def refunded_by_state(self) -> dict[str, Money]:
        """Refunded so far per refund state (e.g. WAITING_REFUND: 10.00, REFUNDED: 5.00)."""
        result: dict[str, Money] = {}
        for refund in (*self.counted, *self.not_counted):
            result[refund.state] = result.get(refund.state, Money.zero(self.currency)) + (
                refund.total)
        return result


def _not_below_zero(value: Money) -> Money:
    return value if value.amount >= 0 else Money.zero(value.currency)


def line_balance(line: OrderLine) -> LineBalance:
    """What was paid on ``line``, what was refunded (every state but refused) and what is left."""
    currency = line.price.currency
    counted = tuple(r for r in line.refunds if r.state.upper() not in NOT_PAID_REFUND_STATES)
    not_counted = tuple(r for r in line.refunds if r.state.upper() in NOT_PAID_REFUND_STATES)
    product = sum((r.amount for r in counted), Money.zero(currency))
    shipping = sum((r.shipping_amount for r in counted), Money.zero(currency))
    units = sum(r.quantity or 0 for r in counted)
    return LineBalance(line, line.price.rounded(), line.shipping_price.rounded(),
                       product.rounded(), shipping.rounded(), units, counted, not_counted)


def balances(order: Order) -> tuple[LineBalance, ...]:
    """Every line's balance, in line order."""
    return tuple(line_balance(line) for line in sorted(order.lines, key=lambda x: x.index))


def total_left(order: Order) -> Money:
    return sum((b.left for b in balances(order)), Money.zero(order.currency))


# -- what the agent chose ---------------------------------------------------------------------
class RefundOption(StrEnum):
    """What to refund, as the platform offers it."""

    WHOLE_ORDER = "whole_order"  # an amount for the whole order (at most what is left)
    UNITS = "units"  # units of products per line: quantity x unit price
    SHIPPING = "shipping"  # the shipping costs left on each line
    PARTIAL = "partial"  # an amount per line, products and shipping separately


@dataclass(frozen=True, slots=True)
class LineRefund:
    """What to refund on one line now (before the reason is attached)."""

    order_line_id: str
    amount: Money  # the product part
    shipping_amount: Money
    quantity: int | None = None  # units, when refunding units (informative for Mirakl)

    @property
    def total(self) -> Money:
        return self.amount + self.shipping_amount

    @property
    def is_empty(self) -> bool:
        return self.amount.is_zero() and self.shipping_amount.is_zero() and not self.quantity


def allocate(amount: Money, capacities: Sequence[Money]) -> list[Money]:
    """Split ``amount`` over ``capacities`` in proportion to each, in the currency's minor
    units: the parts add up to ``amount`` exactly and none exceeds its capacity.

    The cents a proportional split cannot place go to the largest remainders (ties: the
    earlier capacity). Raises ``MoneyError`` when ``amount`` is negative or more than the
    capacities hold, or when currencies differ."""
    currency = amount.currency
    for capacity in capacities:
        if capacity.currency != currency:
            raise MoneyError(f"currency mismatch: {currency} and {capacity.currency}")
    wanted = amount.minor_units
    caps = [max(c.minor_units, 0) for c in capacities]
    whole = sum(caps)
    if wanted < 0:
        raise MoneyError("cannot allocate a negative amount")
    if wanted > whole:
        raise MoneyError(f"cannot allocate {amount} over {Money.from_minor(whole, currency)}")
    if whole == 0:
        return [Money.zero(currency) for _ in caps]
    shares = [wanted * cap // whole for cap in caps]
    remainders = [wanted * cap % whole for cap in caps]
    missing = wanted - sum(shares)
    for index in sorted(range(len(caps)), key=lambda i: (-remainders[i], i)):
        if missing == 0:
            break
        if shares[index] < caps[index]:
            shares[index] += 1
            missing -= 1
    return [Money.from_minor(share, currency) for share in shares]


def whole_order(order: Order, amount: Money | None = None) -> tuple[LineRefund, ...]:
    """Refund the whole remaining order, or ``amount`` of it: spread over every line's
    product and shipping left, in proportion (what is left exactly when ``amount`` is None)."""
    lines = balances(order)
    capacities = [part for b in lines for part in (b.left_product, b.left_shipping)]
    wanted = total_left(order) if amount is None else amount.rounded()
    parts = allocate(wanted, capacities)
    result = []
    for index, balance in enumerate(lines):
        product, shipping = parts[2 * index], parts[2 * index + 1]
        result.append(LineRefund(balance.order_line_id, product, shipping))
    return tuple(r for r in result if not r.is_empty)


def units(order: Order, quantities: Mapping[str, int]) -> tuple[LineRefund, ...]:
    """Refund units of products: per line quantity x unit price, capped by the product
    amount left (a line partly refunded before pays back no more than is left)."""
    by_id = {b.order_line_id: b for b in balances(order)}
    result = []
    for line_id, quantity in quantities.items():
        balance = by_id.get(line_id)
        if balance is None or quantity == 0:
            continue
        value = (balance.line.unit_price * quantity).rounded()
        if quantity > 0 and value > balance.left_product:
            value = balance.left_product
        result.append(LineRefund(line_id, value, Money.zero(order.currency), quantity))
    return tuple(result)


def shipping(order: Order, line_ids: Iterable[str] | None = None) -> tuple[LineRefund, ...]:
    """Refund the shipping costs left on the given lines (all lines when None)."""
    wanted = None if line_ids is None else set(line_ids)
    return tuple(
        LineRefund(b.order_line_id, Money.zero(order.currency), b.left_shipping)
        for b in balances(order)
        if (wanted is None or b.order_line_id in wanted) and b.left_shipping.is_positive())


def partial(order: Order, amounts: Mapping[str, tuple[Money, Money]]) -> tuple[LineRefund, ...]:
    """Refund typed amounts per line: ``{line id: (product part, shipping part)}``. Lines
    with nothing typed are left out; everything else goes to the rules as typed."""
    order_ids = [line.order_line_id for line in sorted(order.lines, key=lambda x: x.index)]
    known = [i for i in order_ids if i in amounts] + [i for i in amounts if i not in order_ids]
    result = []
    for line_id in known:
        product, ship = amounts[line_id]
        refund = LineRefund(line_id, product, ship)
        if not refund.is_empty:
            result.append(refund)
    return tuple(result)


def total(lines: Iterable[LineRefund], currency: str) -> Money:
    """What the refund pays back in all (products and shipping)."""
    return sum((line.total for line in lines), Money.zero(currency))


def to_requests(lines: Iterable[LineRefund], reason_code: str) -> tuple[RefundRequest, ...]:
    """The OR28 lines to send, rounded to the currency's minor units."""
    return tuple(RefundRequest(line.order_line_id, line.amount.rounded(),
                               line.shipping_amount.rounded(), reason_code,
                               line.quantity or None)
                 for line in lines if not line.is_empty)


# -- the rules ----------------------------------------------------------------------------------
class Rule(StrEnum):
    """The rules a refund must pass before it is queued (ids are stable: the UI words them)."""

    NOTHING_CHOSEN = "nothing_chosen"
    UNKNOWN_LINE = "unknown_line"
    NOT_POSITIVE = "not_positive"
    MINOR_UNITS = "minor_units"
    CURRENCY = "currency"
    ABOVE_LEFT = "above_left"
    ABOVE_LEFT_SHIPPING = "above_left_shipping"
    UNITS_LEFT = "units_left"
    NOT_SHIPPED = "not_shipped"
    WINDOW = "window"
    ORDER_CLOSED = "order_closed"
    REASON_MISSING = "reason_missing"
    REASON_TYPE = "reason_type"


_MESSAGES: Mapping[Rule, str] = {
    Rule.NOTHING_CHOSEN: "Nothing to refund: choose an amount, units or shipping costs.",
    Rule.UNKNOWN_LINE: "Line {line} is not part of order {order}.",
    Rule.NOT_POSITIVE: "Line {line}: refund amounts must be more than zero ({amount} is not).",
    Rule.MINOR_UNITS: "Line {line}: {amount} has more decimals than {currency} has "
                      "({digits}).",
    Rule.CURRENCY: "Line {line}: the amount is in {currency}, the order in {order_currency}; "
                   "a refund is paid in the order's currency.",
    Rule.ABOVE_LEFT: "Line {line}: {amount} is more than the {left} left to refund on its "
                     "products (paid {paid}, refunded {refunded}).",
    Rule.ABOVE_LEFT_SHIPPING: "Line {line}: {amount} of shipping is more than the {left} of "
                              "shipping left to refund (paid {paid}, refunded {refunded}).",
    Rule.UNITS_LEFT: "Line {line}: {units} units is more than the {left} units left to refund.",
    Rule.NOT_SHIPPED: "Line {line} is {state}: only shipped lines can be refunded.",
    Rule.WINDOW: "Line {line} was shipped on {shipped}, {days} days ago: refunds are possible "
                 "up to {window} days after shipment on market {market}.",
    Rule.ORDER_CLOSED: "Order {order} is {state}: the marketplace refuses refunds on closed "
                       "and canceled orders.",
    Rule.REASON_MISSING: "Choose a refund reason.",
    Rule.REASON_TYPE: "Reason {reason} is not a refund reason (the platform's type REFUND).",
}


@dataclass(frozen=True, slots=True)
class Violation:
    """A broken rule: which one, on which line, and the figures that break it."""

    rule: Rule
    params: Mapping[str, Any] = field(default_factory=dict)
    order_line_id: str | None = None

    @property
    def message(self) -> str:
        """The English wording, amounts as ``12.50 EUR`` (the UI words it per locale)."""
        values = {k: (str(v) if isinstance(v, Money) else
                      v.date().isoformat() if isinstance(v, datetime) else v)
                  for k, v in self.params.items()}
        return _MESSAGES[self.rule].format(**values)


@dataclass(frozen=True, slots=True)
class RefundRules:
    """The market's rule settings that apply to refunds."""

    market: str
    window_days: int = DEFAULT_WINDOW_DAYS


def line_label(line: OrderLine) -> str:
    """How a line is named in messages: its position and product ("2 (Kettle)")."""
    return f"{line.index} ({line.product_title})" if line.product_title else str(line.index)


def is_shipped(line: OrderLine) -> bool:
    return line.state.upper() in SHIPPED_STATES or line.shipped_date is not None


def validate(order: Order, lines: Sequence[LineRefund], reason: Reason | None,
             rules: RefundRules, now: datetime) -> list[Violation]:
    """Every rule ``lines`` break, in a stable order: the order, the reason, then per line
    (amounts, currency, what is left, shipped, the window). Empty: the refund may be queued.

    ``reason`` is the chosen reason as the cache knows it (None: none chosen)."""
    violations: list[Violation] = []
    if order.state.upper() in CLOSED_ORDER_STATES:
        violations.append(Violation(Rule.ORDER_CLOSED, {"order": _order_label(order),
                                                        "state": order.state}))
    if reason is None:
        violations.append(Violation(Rule.REASON_MISSING))
    elif reason.type != ReasonType.REFUND:
        violations.append(Violation(Rule.REASON_TYPE, {"reason": reason.label or reason.code}))
    chosen = [line for line in lines if not line.is_empty]
    if not chosen:
        violations.append(Violation(Rule.NOTHING_CHOSEN))
    by_id = {b.order_line_id: b for b in balances(order)}
    window = timedelta(days=rules.window_days)
    for line in chosen:
        balance = by_id.get(line.order_line_id)
        if balance is None:
            violations.append(Violation(Rule.UNKNOWN_LINE, {
                "line": line.order_line_id, "order": _order_label(order)}, line.order_line_id))
            continue
        violations.extend(_line_violations(order, balance, line, window, rules, now))
    return violations


def _line_violations(order: Order, balance: LineBalance, line: LineRefund, window: timedelta,
                     rules: RefundRules, now: datetime) -> list[Violation]:
    found: list[Violation] = []
    label = line_label(balance.line)
    line_id = line.order_line_id

    def add(rule: Rule, **params: Any) -> None:
        found.append(Violation(rule, {"line": label, **params}, line_id))

    for part in (line.amount, line.shipping_amount):
        if part.currency != order.currency:
            add(Rule.CURRENCY, currency=part.currency, order_currency=order.currency)
            return found
    for part in (line.amount, line.shipping_amount):
        if part.amount < 0:
            add(Rule.NOT_POSITIVE, amount=part)
        elif part.rounded().amount != part.amount:
            add(Rule.MINOR_UNITS, amount=part.amount, currency=part.currency,
                digits=minor_digits(part.currency))
    if line.quantity is not None and line.quantity < 0:
        add(Rule.NOT_POSITIVE, amount=line.quantity)
    if line.total.amount <= 0 and not any(v.rule == Rule.NOT_POSITIVE for v in found):
        add(Rule.NOT_POSITIVE, amount=line.total)
    if line.amount > balance.left_product:
        add(Rule.ABOVE_LEFT, amount=line.amount, left=balance.left_product,
            paid=balance.paid_product, refunded=balance.refunded_product)
    if line.shipping_amount > balance.left_shipping:
        add(Rule.ABOVE_LEFT_SHIPPING, amount=line.shipping_amount, left=balance.left_shipping,
            paid=balance.paid_shipping, refunded=balance.refunded_shipping)
    if line.quantity and line.quantity > max(balance.line.quantity - balance.refunded_units, 0):
        add(Rule.UNITS_LEFT, units=line.quantity,
            left=max(balance.line.quantity - balance.refunded_units, 0))
    if not is_shipped(balance.line):
        add(Rule.NOT_SHIPPED, state=balance.line.state)
    shipped = balance.line.shipped_date
    if shipped is not None and now - shipped > window:
        add(Rule.WINDOW, shipped=shipped, days=(now - shipped).days, window=rules.window_days,
            market=rules.market)
    return found


def _order_label(order: Order) -> str:
    return order.commercial_id or order.order_id


# -- reading back -----------------------------------------------------------------------------
def find_sent(order: Order, requests: Sequence[RefundRequest],
              known_refund_ids: Collection[str]) -> tuple[Refund, ...] | None:
    """The refunds on ``order`` that match ``requests`` (same line, amount, shipping amount
    and reason; not one of ``known_refund_ids``, the refunds there were before sending), one
    per request; None when any is missing.

    Mirakl has no idempotency key: before a refund whose sending had an unknown outcome is
    sent again, the order is read back and this says whether it already went through. No
    clocks are compared (the server's and the desk's need not agree)."""
    taken = {str(i) for i in known_refund_ids}
    found: list[Refund] = []
    lines = {line.order_line_id: line for line in order.lines}
    for request in requests:
        line = lines.get(request.order_line_id)
        if line is None:
            return None
        match = next((r for r in line.refunds
                      if r.refund_id not in taken
                      and r.state.upper() not in NOT_PAID_REFUND_STATES
                      and r.amount == request.amount.rounded()
                      and r.shipping_amount == request.shipping_amount.rounded()
                      and r.reason_code in (None, request.reason_code)), None)
        if match is None:
            return None
        taken.add(match.refund_id)
        found.append(match)
    return tuple(found)


# -- amounts as people type them ----------------------------------------------------------------
class AmountProblem(StrEnum):
    """Why typed text is not an amount (ids are stable: the UI words them)."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NOTATION = "notation"  # written as another language writes it: {text}, {example}
    DID_YOU_MEAN = "did_you_mean"  # {text}, {hint}, {decimal}
    AMBIGUOUS = "ambiguous"  # thousands or decimals? {text}, {hint}, {digits}, {decimal}
    TOO_MANY_DECIMALS = "too_many_decimals"  # {text}, {currency}, {allowed}


_AMOUNT_MESSAGES: Mapping[AmountProblem, str] = {
    AmountProblem.EMPTY: "Type an amount.",
    AmountProblem.NOT_A_NUMBER: "'{text}' is not an amount.",
    AmountProblem.NOTATION: "'{text}' is not how this language writes an amount: write it "
                            "like {example}.",
    AmountProblem.DID_YOU_MEAN: "'{text}' is not how this language writes an amount: did you "
                                "mean '{hint}'? (decimal separator '{decimal}')",
    AmountProblem.AMBIGUOUS: "'{text}' could be read two ways (thousands or decimals): write "
                             "'{hint}' for {digits} whole units, or use '{decimal}' for "
                             "decimals.",
    AmountProblem.TOO_MANY_DECIMALS: "{currency} amounts have {allowed} decimals at most; "
                                     "'{text}' has more.",
}


class AmountError(ValueError):
    """Typed text that is not an amount, or not one we can read without guessing: ``problem``
    says which, ``params`` the details, ``suggestion`` what was probably meant."""

    def __init__(self, problem: AmountProblem, suggestion: str | None = None,
                 **params: Any) -> None:
        self.problem = problem
        self.params: dict[str, Any] = params
        self.suggestion = suggestion
        super().__init__(_AMOUNT_MESSAGES[problem].format(**params))


_SPACES = ("\u00a0", "\u202f", " ")


def parse_amount(text: str, locale: str, currency: str) -> Decimal:
    """An amount typed as ``locale`` writes it ("12,50" in German, Spanish and Dutch,
    "12.50" in English and Swiss German) -> Decimal, exact.

    A currency symbol or code of ``currency`` around the number is allowed. Refused, with a
    message that says why: text that is no number; a number the locale would write
    differently ("12.50" in German, where it could mean 1250); thousands separators without
    decimals that another locale would read as a decimal point ("1.250" in German); more
    decimals than the currency has. The sign is kept (the rules refuse negative amounts)."""
    typed = text.strip()
    cleaned = typed
    for mark in (get_currency_symbol(currency, locale=locale), currency.upper()):
        cleaned = cleaned.removeprefix(mark).removesuffix(mark).strip()
    if not cleaned:
        raise AmountError(AmountProblem.EMPTY)
    group = get_group_symbol(locale)
    decimal_mark = get_decimal_symbol(locale)
    if group == "’":  # Swiss: people type the plain apostrophe
        cleaned = cleaned.replace("'", group)
    if group in _SPACES:
        for space in _SPACES:
            cleaned = cleaned.replace(space, group)
    if not all(ch.isdigit() or ch in (group, decimal_mark, "-", "+") for ch in cleaned):
        if all(ch.isdigit() or ch in ".,'’ -+" for ch in cleaned):
            example = format_decimal(Decimal("1234.5"), format="#,##0.00", locale=locale)
            raise AmountError(AmountProblem.NOTATION, text=typed, example=example)
        raise AmountError(AmountProblem.NOT_A_NUMBER, text=typed)
    try:
        value = babel_parse_decimal(cleaned, locale=locale, strict=True)
    except NumberFormatError as exc:
        suggestions = getattr(exc, "suggestions", None) or []
        # Babel offers the grouping reading first; the decimal reading is what people mean.
        hint = suggestions[-1] if suggestions else None
        if hint:
            raise AmountError(AmountProblem.DID_YOU_MEAN, hint, text=typed, hint=hint,
                              decimal=decimal_mark) from exc
        raise AmountError(AmountProblem.NOT_A_NUMBER, text=typed) from exc
    if group in (".", ",") and group in cleaned and decimal_mark not in cleaned:
        # "1.250" is 1250 in German and 1.25 in English: never guess with money.
        digits = cleaned.replace(group, "")
        hint = f"{digits}{decimal_mark}{'0' * minor_digits(currency)}".rstrip(decimal_mark)
        raise AmountError(AmountProblem.AMBIGUOUS, hint, text=typed, hint=hint, digits=digits,
                          decimal=decimal_mark)
    if not value.is_finite():
        raise AmountError(AmountProblem.NOT_A_NUMBER, text=typed)
    digits_allowed = minor_digits(currency)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > digits_allowed:
        raise AmountError(AmountProblem.TOO_MANY_DECIMALS, text=typed,
                          currency=currency.upper(), allowed=digits_allowed)
    return value


def parse_money(text: str, locale: str, currency: str) -> Money:
    """``parse_amount`` as Money in ``currency``."""
    return Money(parse_amount(text, locale, currency), currency)


def format_for_input(value: Money, locale: str) -> str:
    """An amount as the locale types it, without grouping or symbol ("12,50" in German):
    what an editable field shows so that reading it back gives the same amount."""
    digits = minor_digits(value.currency)
    plain = f"{value.rounded().amount:.{digits}f}"
    return plain.replace(".", get_decimal_symbol(locale)) if digits else plain


# -- the personal message -----------------------------------------------------------------------
def fill_placeholders(body: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders of a team template with ``values``; unknown ones stay
    as written (the agent sees and edits them), and no other formatting syntax is read."""
    result = []
    position = 0
    while True:
        start = body.find("{", position)
        end = body.find("}", start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            result.append(body[position:])
            return "".join(result)
        name = body[start + 1:end]
        result.append(body[position:start])
        result.append(values[name] if name in values else body[start:end + 1])
        position = end + 1
