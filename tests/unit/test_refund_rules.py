"""Refund arithmetic and rules (domain/refunds): balances, the four options, allocation, the
rules with their ids, reading back, and amounts typed per locale. Property-based where it
fits: totals never exceed what was paid, never negative, rounding per currency."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_desk.domain import refunds as r
from operator_desk.domain.models import (
    Customer,
    Order,
    OrderLine,
    Reason,
    Refund,
    RefundRequest,
)
from operator_desk.domain.money import Money, MoneyError
from operator_desk.domain.refunds import (
    AmountError,
    LineRefund,
    RefundRules,
    Rule,
    parse_amount,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
RULES = RefundRules("DE", 200)
REFUND_REASON = Reason("DE", "R1", "REFUND", "Goodwill")


def money(value: str | int, currency: str = "EUR") -> Money:
    return Money.of(value, currency)


def refund(rid: str, amount: str, shipping: str = "0", state: str = "REFUNDED",
           quantity: int | None = None, currency: str = "EUR",
           reason: str | None = "R1") -> Refund:
    return Refund(rid, None, money(amount, currency), money(shipping, currency), quantity,
                  reason, state, NOW - timedelta(days=1))


def line(index: int, unit: str, quantity: int = 1, shipping: str = "4.99",
         state: str = "SHIPPED", shipped: datetime | None = NOW - timedelta(days=10),
         refunds: tuple[Refund, ...] = (), currency: str = "EUR") -> OrderLine:
    unit_price = money(unit, currency)
    price = (unit_price * quantity).rounded()
    ship = money(shipping, currency)
    return OrderLine(f"L-{index}", index, f"Product {index}", None, quantity, unit_price, price,
                     ship, price + ship, state, shipped_date=shipped, can_refund=True,
                     refunds=refunds)


def order(*lines: OrderLine, state: str = "SHIPPED", currency: str = "EUR") -> Order:
    total = sum((x.total_price for x in lines), Money.zero(currency))
    shipping = sum((x.shipping_price for x in lines), Money.zero(currency))
    return Order("DE", "O-1", "C-1", "S1", "Shop", Customer("K1", "Ana", "Ruiz"), state,
                 currency, total, shipping, NOW - timedelta(days=20), NOW, False, lines)


def rules_of(violations: list[r.Violation]) -> list[Rule]:
    return [v.rule for v in violations]


# -- balances -----------------------------------------------------------------------------------
def test_balance_counts_pending_refunds_and_not_refused_ones() -> None:
    the_line = line(1, "30.00", quantity=2, shipping="5.00", refunds=(
        refund("a", "10.00", "1.00", "WAITING_REFUND", quantity=None),
        refund("b", "15.00", "0", "REFUNDED", quantity=1),
        refund("c", "20.00", "4.00", "REFUSED")))
    balance = r.line_balance(the_line)
    assert balance.paid == money("65.00")
    assert balance.refunded_product == money("25.00")
    assert balance.refunded_shipping == money("1.00")
    assert balance.left_product == money("35.00") and balance.left_shipping == money("4.00")
    assert balance.left == money("39.00")
    assert balance.refunded_units == 1 and balance.left_units == 1
    assert balance.refunded_by_state() == {"WAITING_REFUND": money("11.00"),
                                           "REFUNDED": money("15.00"),
                                           "REFUSED": money("24.00")}


def test_left_units_follow_the_amount_left() -> None:
    # 2 x 10.00 bought; 15.00 refunded as a partial amount: one unit (capped at 5.00) is left.
    balance = r.line_balance(line(1, "10.00", quantity=2, refunds=(refund("a", "15.00"),)))
    assert balance.left_units == 1
    assert r.units(order(balance.line), {"L-1": 1})[0].amount == money("5.00")


# -- the options ----------------------------------------------------------------------------------
def test_whole_order_refunds_exactly_what_is_left() -> None:
    the_order = order(line(1, "19.99", shipping="4.99", refunds=(refund("a", "5.00"),)),
                      line(2, "100.00", quantity=2, shipping="0"))
    chosen = r.whole_order(the_order)
    assert [(x.order_line_id, x.amount, x.shipping_amount) for x in chosen] == [
        ("L-1", money("14.99"), money("4.99")), ("L-2", money("200.00"), money("0.00"))]
    assert r.total(chosen, "EUR") == r.total_left(the_order)
    assert r.validate(the_order, chosen, REFUND_REASON, RULES, NOW) == []


def test_whole_order_amount_is_spread_in_proportion() -> None:
    the_order = order(line(1, "10.00", shipping="0"), line(2, "30.00", shipping="0"))
    chosen = r.whole_order(the_order, money("10.00"))
    assert [x.amount for x in chosen] == [money("2.50"), money("7.50")]


def test_units_and_shipping_options() -> None:
    the_order = order(line(1, "12.49", quantity=3, shipping="3.90"),
                      line(2, "5.00", shipping="0"))
    chosen = r.units(the_order, {"L-1": 2, "L-2": 0})
    assert chosen == (LineRefund("L-1", money("24.98"), money("0"), 2),)
    assert r.to_requests(chosen, "R1") == (
        RefundRequest("L-1", money("24.98"), money("0.00"), "R1", 2),)
    assert r.shipping(the_order) == (LineRefund("L-1", money("0"), money("3.90")),)
    assert r.shipping(the_order, ["L-2"]) == ()


def test_partial_keeps_what_was_typed_for_the_rules() -> None:
    the_order = order(line(1, "10.00", shipping="2.00"))
    chosen = r.partial(the_order, {"L-1": (money("11.00"), money("2.50")),
                                   "L-9": (money("1"), money("0"))})
    violations = r.validate(the_order, chosen, REFUND_REASON, RULES, NOW)
    assert rules_of(violations) == [Rule.ABOVE_LEFT, Rule.ABOVE_LEFT_SHIPPING, Rule.UNKNOWN_LINE]
    assert violations[0].message == ("Line 1 (Product 1): 11.00 EUR is more than the 10.00 EUR "
                                     "left to refund on its products (paid 10.00 EUR, refunded "
                                     "0.00 EUR).")
    assert violations[0].order_line_id == "L-1"


# -- each rule ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("the_order", "chosen", "reason", "expected"), [
    (order(line(1, "10")), [], REFUND_REASON, [Rule.NOTHING_CHOSEN]),
    (order(line(1, "10")), [LineRefund("L-1", money("-1"), money("0"))], REFUND_REASON,
     [Rule.NOT_POSITIVE]),
    (order(line(1, "10")), [LineRefund("L-1", money("0"), money("0"), 1)], REFUND_REASON,
     [Rule.NOT_POSITIVE]),
    (order(line(1, "10")), [LineRefund("L-1", money("1.005"), money("0"))], REFUND_REASON,
     [Rule.MINOR_UNITS]),
    (order(line(1, "10")), [LineRefund("L-1", money("1", "CHF"), money("0", "CHF"))],
     REFUND_REASON, [Rule.CURRENCY]),
    (order(line(1, "10")), [LineRefund("L-1", money("1"), money("0"), 2)], REFUND_REASON,
     [Rule.UNITS_LEFT]),
    (order(line(1, "10", state="SHIPPING", shipped=None)),
     [LineRefund("L-1", money("1"), money("0"))], REFUND_REASON, [Rule.NOT_SHIPPED]),
    (order(line(1, "10", shipped=NOW - timedelta(days=201))),
     [LineRefund("L-1", money("1"), money("0"))], REFUND_REASON, [Rule.WINDOW]),
    (order(line(1, "10"), state="CLOSED"), [LineRefund("L-1", money("1"), money("0"))],
     REFUND_REASON, [Rule.ORDER_CLOSED]),
    (order(line(1, "10"), state="CANCELED"), [LineRefund("L-1", money("1"), money("0"))],
     REFUND_REASON, [Rule.ORDER_CLOSED]),
    (order(line(1, "10")), [LineRefund("L-1", money("1"), money("0"))], None,
     [Rule.REASON_MISSING]),
    (order(line(1, "10")), [LineRefund("L-1", money("1"), money("0"))],
     Reason("DE", "X", "INCIDENT_CLOSE", "Solved"), [Rule.REASON_TYPE]),
])
def test_each_rule_names_itself(the_order: Order, chosen: list[LineRefund],
                                reason: Reason | None, expected: list[Rule]) -> None:
    violations = r.validate(the_order, chosen, reason, RULES, NOW)
    assert rules_of(violations) == expected
    assert all(v.message and "{" not in v.message for v in violations)


def test_the_window_is_the_market_setting() -> None:
    the_order = order(line(1, "10", shipped=NOW - timedelta(days=31)))
    chosen = [LineRefund("L-1", money("1"), money("0"))]
    assert r.validate(the_order, chosen, REFUND_REASON, RefundRules("DE", 200), NOW) == []
    [violation] = r.validate(the_order, chosen, REFUND_REASON, RefundRules("DE", 30), NOW)
    assert violation.message == ("Line 1 (Product 1) was shipped on 2026-05-01, 31 days ago: "
                                 "refunds are possible up to 30 days after shipment on "
                                 "market DE.")


def test_a_fully_refunded_line_says_nothing_is_left_not_unshipped() -> None:
    the_line = line(1, "10", shipping="0", state="REFUNDED", refunds=(refund("a", "10"),))
    violations = r.validate(order(the_line), [LineRefund("L-1", money("1"), money("0"))],
                            REFUND_REASON, RULES, NOW)
    assert rules_of(violations) == [Rule.ABOVE_LEFT]


# -- properties -----------------------------------------------------------------------------------
CURRENCIES = st.sampled_from(["EUR", "CHF", "JPY", "KWD"])


@st.composite
def orders(draw: st.DrawFn) -> Order:
    currency = draw(CURRENCIES)
    lines = []
    for index in range(1, draw(st.integers(1, 4)) + 1):
        quantity = draw(st.integers(1, 5))
        unit = Money.from_minor(draw(st.integers(1, 500_000)), currency)
        ship = Money.from_minor(draw(st.integers(0, 3_000)), currency)
        price = (unit * quantity).rounded()
        made: list[Refund] = []
        left_p, left_s = price.minor_units, ship.minor_units
        for n in range(draw(st.integers(0, 3))):
            p = draw(st.integers(0, left_p))
            s = draw(st.integers(0, left_s))
            left_p, left_s = left_p - p, left_s - s
            state = draw(st.sampled_from(["WAITING_REFUND", "REFUNDED", "REFUSED"]))
            if state == "REFUSED":  # a refused refund gave nothing back
                left_p, left_s = left_p + p, left_s + s
            made.append(Refund(f"{index}-{n}", None, Money.from_minor(p, currency),
                               Money.from_minor(s, currency), None, "R1", state, NOW))
        lines.append(OrderLine(f"L-{index}", index, "P", None, quantity, unit, price, ship,
                               price + ship, "SHIPPED", shipped_date=NOW, refunds=tuple(made)))
    return order(*lines, currency=currency)


@settings(max_examples=150, deadline=None)
@given(orders(), st.data())
def test_allocation_sums_exactly_and_stays_within_what_is_left(the_order: Order,
                                                              data: st.DataObject) -> None:
    left = r.total_left(the_order)
    wanted = Money.from_minor(data.draw(st.integers(0, left.minor_units)), the_order.currency)
    chosen = r.whole_order(the_order, wanted)
    assert r.total(chosen, the_order.currency) == wanted
    by_id = {b.order_line_id: b for b in r.balances(the_order)}
    for part in chosen:
        balance = by_id[part.order_line_id]
        assert Money.zero(the_order.currency) <= part.amount <= balance.left_product
        assert part.shipping_amount <= balance.left_shipping
        assert part.amount == part.amount.rounded()  # whole minor units of the currency
        assert part.shipping_amount == part.shipping_amount.rounded()
    reason = Reason(the_order.market, "R1", "REFUND", "x")
    if wanted.is_positive():
        assert r.validate(the_order, chosen, reason, RULES, NOW) == []


@settings(max_examples=150, deadline=None)
@given(orders(), st.data())
def test_what_passes_the_rules_never_exceeds_what_was_paid(the_order: Order,
                                                           data: st.DataObject) -> None:
    currency = the_order.currency
    typed = {x.order_line_id: (Money.from_minor(data.draw(st.integers(-5, 600_000)), currency),
                               Money.from_minor(data.draw(st.integers(-5, 4_000)), currency))
             for x in the_order.lines}
    chosen = r.partial(the_order, typed)
    reason = Reason(the_order.market, "R1", "REFUND", "x")
    violations = r.validate(the_order, chosen, reason, RULES, NOW)
    for balance in r.balances(the_order):
        assert balance.left.amount >= 0
        assert balance.refunded + balance.left == balance.paid
    if not violations:
        for part in chosen:
            balance = next(b for b in r.balances(the_order)
                           if b.order_line_id == part.order_line_id)
            assert part.amount.amount >= 0 and part.shipping_amount.amount >= 0
            assert balance.refunded + part.total <= balance.paid


@settings(max_examples=100, deadline=None)
@given(orders(), st.data())
def test_units_never_exceed_what_is_left(the_order: Order, data: st.DataObject) -> None:
    balances = r.balances(the_order)
    chosen = r.units(the_order, {b.order_line_id: data.draw(st.integers(0, b.left_units))
                                 for b in balances})
    for part, balance in zip(chosen, [b for b in balances
                                      if any(c.order_line_id == b.order_line_id
                                             for c in chosen)], strict=True):
        assert part.amount <= balance.left_product
        assert part.amount == part.amount.rounded()


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**6), min_size=1, max_size=8),
       CURRENCIES)
def test_allocate_is_exact_or_refuses(wanted: int, caps: list[int], currency: str) -> None:
    capacities = [Money.from_minor(c, currency) for c in caps]
    amount = Money.from_minor(wanted, currency)
    if wanted > sum(caps):
        with pytest.raises(MoneyError):
            r.allocate(amount, capacities)
        return
    parts = r.allocate(amount, capacities)
    assert sum(p.minor_units for p in parts) == wanted
    assert all(0 <= p.minor_units <= c for p, c in zip(parts, caps, strict=True))


def test_rounding_per_currency() -> None:
    yen = order(line(1, "1000", quantity=3, shipping="0", currency="JPY"), currency="JPY")
    assert r.whole_order(yen, money("1001", "JPY"))[0].amount == money("1001", "JPY")
    with pytest.raises(MoneyError):  # nothing left to allocate it to
        r.whole_order(order(line(1, "1", shipping="0")), money("1.01"))
    thirds = order(line(1, "10.00", shipping="0"), line(2, "10.00", shipping="0"),
                   line(3, "10.00", shipping="0"))
    parts = [x.amount for x in r.whole_order(thirds, money("10.00"))]
    assert parts == [money("3.34"), money("3.33"), money("3.33")]


# -- reading back ---------------------------------------------------------------------------------
def test_find_sent_matches_new_refunds_only() -> None:
    sent = (refund("old", "5.00"), refund("new", "5.00", state="WAITING_REFUND"))
    the_order = order(line(1, "20.00", refunds=sent))
    request = RefundRequest("L-1", money("5.00"), money("0"), "R1")
    assert [x.refund_id for x in r.find_sent(the_order, [request], {"old"}) or ()] == ["new"]
    assert r.find_sent(the_order, [request], {"old", "new"}) is None
    assert r.find_sent(the_order, [request, request], {"old"}) is None  # one refund, two asked
    other = RefundRequest("L-1", money("5.00"), money("0"), "R2")
    assert r.find_sent(the_order, [other], {"old"}) is None


# -- typed amounts --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "locale", "currency", "expected"), [
    ("12,50", "de_DE", "EUR", "12.50"),
    ("12,50", "es_ES", "EUR", "12.50"),
    ("12,50", "nl_NL", "EUR", "12.50"),
    ("1.234,50 €", "de_DE", "EUR", "1234.50"),
    ("€ 7,5", "nl_NL", "EUR", "7.5"),
    ("12.50", "en_GB", "EUR", "12.50"),
    ("12.50", "de_CH", "CHF", "12.50"),
    ("1'234.50", "de_CH", "CHF", "1234.50"),
    ("CHF 3.05", "de_CH", "CHF", "3.05"),
    ("1500", "ja_JP", "JPY", "1500"),
    ("-3,00", "de_DE", "EUR", "-3.00"),
])
def test_amounts_as_each_locale_writes_them(text: str, locale: str, currency: str,
                                           expected: str) -> None:
    assert parse_amount(text, locale, currency) == Decimal(expected)


@pytest.mark.parametrize(("text", "locale", "currency", "says"), [
    ("12.50", "de_DE", "EUR", "did you mean '12,5'"),
    ("12,50", "en_GB", "EUR", "did you mean '12.5'"),
    ("1.250", "de_DE", "EUR", "could be read two ways"),
    ("1,250", "en_GB", "EUR", "could be read two ways"),
    ("12,50", "de_CH", "CHF", "write it like 1’234.50"),
    ("12,505", "de_DE", "EUR", "EUR amounts have 2 decimals at most"),
    ("12.5", "ja_JP", "JPY", "JPY amounts have 0 decimals at most"),
    ("1e5", "de_DE", "EUR", "is not an amount"),
    ("zwölf", "de_DE", "EUR", "is not an amount"),
    ("", "de_DE", "EUR", "Type an amount"),
])
def test_ambiguous_or_wrong_amounts_are_refused_with_a_reason(text: str, locale: str,
                                                              currency: str, says: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(text, locale, currency)
    assert says in str(caught.value)


@given(st.integers(0, 10**9), st.sampled_from(["de_DE", "es_ES", "nl_NL", "en_GB", "de_CH"]),
       st.sampled_from(["EUR", "CHF"]))
def test_an_amount_shown_for_input_reads_back_the_same(minor: int, locale: str,
                                                      currency: str) -> None:
    value = Money.from_minor(minor, currency)
    assert r.parse_money(r.format_for_input(value, locale), locale, currency) == value


def test_template_placeholders() -> None:
    body = "Hallo {name}, wir haben {amount} erstattet ({order}). {unknown} {"
    assert r.fill_placeholders(body, {"name": "Ana", "amount": "12,50 €", "order": "C-1"}) == (
        "Hallo Ana, wir haben 12,50 € erstattet (C-1). {unknown} {")
