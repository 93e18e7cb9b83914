"""The refund dialog against the sandbox: each option, each rule's message, amounts typed in
the user's locale, the approval path, and a refund made meanwhile by a colleague."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from operator_desk.domain import refunds as rules
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import (
    AmountError,
    AmountProblem,
    LineRefund,
    RefundOption,
    Rule,
    Violation,
)
from operator_desk.domain.team import ApprovalStatus
from operator_desk.services.actions import SubmissionState
from operator_desk.services.refunds import RefundDraft
from operator_desk.ui.refund_dialog import RefundDialog, open_refund_dialog
from operator_desk.ui.refund_model import (
    AMOUNT_TEXTS,
    COL_LEFT,
    COL_PAID,
    COL_REFUNDED,
    RULE_TEXTS,
    amount_error_text,
    rule_text,
)
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox
from tests.refund_support import (
    MARKET,
    RefundDesk,
    find_order,
    open_refund_desk,
    synced_cache_file,
)

LOCALE = "de_DE"


@pytest.fixture(scope="session")
def synced_cache(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synced_cache_file(pristine_dataset, tmp_path_factory)


@pytest.fixture
def team_file(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'team.sqlite3'}"


@pytest.fixture
def agent(sandbox: RunningSandbox, tmp_path: Path, team_file: str,
          synced_cache: Path) -> Iterator[RefundDesk]:
    desk = open_refund_desk(tmp_path / "ann", sandbox.data_dir / "keys.json", synced_cache,
                            team_file, "ann", Role.AGENT)
    yield desk
    desk.close()


def opened(qtbot: Any, desk: RefundDesk, runner: TaskRunner, order_id: str,
           locale: str = LOCALE) -> RefundDialog:
    dialog = open_refund_dialog(None, desk.refunds, runner, locale, MARKET, order_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.context is not None and dialog.context.fresh, timeout=15_000)
    return dialog


def money_text(value: Money, locale: str = LOCALE) -> str:
    from babel.numbers import format_currency

    return format_currency(value.amount, value.currency, locale=locale)


def eur(value: str) -> str:
    return money_text(Money.of(value, "EUR"))


def first_reason(dialog: RefundDialog) -> str:
    assert dialog.context is not None and dialog.context.reasons
    code = dialog.context.reasons[0].code
    assert dialog.choose_reason(code)
    return code


def test_the_table_shows_paid_refunded_left_and_passes_the_model_tester(
        qtbot: Any, agent: RefundDesk, runner: TaskRunner, sandbox: RunningSandbox) -> None:
    order_id = find_order(sandbox.engine, min_lines=2)
    dialog = opened(qtbot, agent, runner, order_id)
    ModelTester(None).check(dialog.model)  # type: ignore[arg-type]
    context = dialog.context
    assert context is not None
    model = dialog.model
    assert model.rowCount() == len(context.order.lines)
    first = context.balances[0]
    assert model.index(0, COL_PAID).data() == money_text(first.paid)
    assert model.index(0, COL_REFUNDED).data() == money_text(Money.zero("EUR"))
    assert model.index(0, COL_LEFT).data() == money_text(first.left)
    # Whole remaining order by default: everything left, and the button says how much.
    assert dialog.option() == RefundOption.WHOLE_ORDER
    assert dialog.model.total() == context.total_left
    assert dialog.messages() == ["Choose a refund reason."]
    assert not dialog.confirm.isEnabled()
    first_reason(dialog)
    assert dialog.messages() == []
    assert dialog.confirm.text() in (f"Refund {money_text(context.total_left)}",
                                     "Request approval")


def test_each_option_computes_what_is_refunded(qtbot: Any, agent: RefundDesk,
                                               runner: TaskRunner,
                                               sandbox: RunningSandbox) -> None:
    order_id = find_order(sandbox.engine, min_lines=2, with_shipping=True)
    dialog = opened(qtbot, agent, runner, order_id)
    first_reason(dialog)
    context = dialog.context
    assert context is not None
    first = context.balances[0]
    line_id = first.order_line_id

    dialog.set_whole_amount("10,00")  # a part of the whole order, spread over the lines
    assert dialog.model.total() == Money.of("10.00", "EUR")
    assert dialog.total_label.text() == f"To refund now: {eur('10')}"
    dialog.set_whole_amount("10.00")  # not how German writes it
    assert dialog.messages()[0].startswith("'10.00' is not how this language writes")

    dialog.choose_option(RefundOption.UNITS)
    assert dialog.model.total() == Money.zero("EUR")
    assert dialog.set_units(line_id, 1)
    assert dialog.model.total() == first.line.unit_price.rounded()
    assert dialog.model.choice()[0][0].quantity == 1
    assert not dialog.set_units(context.balances[1].order_line_id, 1) or (
        context.balances[1].left_units > 0)

    dialog.choose_option(RefundOption.SHIPPING)
    assert dialog.model.total() == sum((b.left_shipping for b in context.balances),
                                       Money.zero("EUR"))

    dialog.choose_option(RefundOption.PARTIAL)
    assert dialog.set_partial(line_id, "1,50", "0,99")
    assert dialog.model.total() == Money.of("2.49", "EUR")
    assert dialog.messages() == []
    assert dialog.confirm.text() == f"Refund {eur('2.49')}" and dialog.confirm.isEnabled()


def test_each_rule_has_a_message_that_says_which_and_why(qtbot: Any, agent: RefundDesk,
                                                        runner: TaskRunner,
                                                        sandbox: RunningSandbox) -> None:
    dialog = opened(qtbot, agent, runner, find_order(sandbox.engine))
    first_reason(dialog)
    context = dialog.context
    assert context is not None
    first = context.balances[0]
    dialog.choose_option(RefundOption.PARTIAL)

    above = first.left_product + Money.of("0.01", "EUR")
    dialog.set_partial(first.order_line_id, rules.format_for_input(above, LOCALE))
    [message] = dialog.messages()
    assert message.startswith("Not above what is left — line 1")
    assert money_text(first.left_product) in message and not dialog.confirm.isEnabled()

    dialog.set_partial(first.order_line_id, "-1,00")
    assert dialog.messages() == [
        f"Line {rules.line_label(first.line)}: refund amounts must be more than zero "
        f"({eur('-1')} is not)."]

    dialog.set_partial(first.order_line_id, "1,005")
    assert dialog.messages() == [
        f"Line {rules.line_label(first.line)}: EUR amounts have 2 decimals at most; "
        "'1,005' has more.", "Nothing to refund yet: choose an amount, units or shipping "
        "costs."]

    dialog.set_partial(first.order_line_id, "1,00")
    dialog.reason.setCurrentIndex(0)
    assert dialog.messages() == ["Choose a refund reason."]


def test_every_amount_problem_is_worded() -> None:
    for text, locale, currency in [("", "de_DE", "EUR"), ("zwölf", "de_DE", "EUR"),
                                   ("12,50", "de_CH", "CHF"), ("12.50", "de_DE", "EUR"),
                                   ("1.250", "de_DE", "EUR"), ("12,505", "de_DE", "EUR")]:
        with pytest.raises(AmountError) as caught:
            rules.parse_amount(text, locale, currency)
        assert caught.value.problem in AMOUNT_TEXTS
        assert amount_error_text(caught.value) == str(caught.value)  # untranslated: same
    assert set(AMOUNT_TEXTS) == set(AmountProblem)


def test_every_rule_is_worded_in_the_users_locale() -> None:
    when = datetime(2026, 1, 5, tzinfo=UTC)
    params = {"line": "1 (Kessel)", "order": "C-1", "amount": Money.of("12.5", "EUR"),
              "left": Money.of("3", "EUR"), "paid": Money.of("20", "EUR"),
              "refunded": Money.of("17", "EUR"), "currency": "CHF", "order_currency": "EUR",
              "digits": 2, "units": 3, "state": "SHIPPING", "shipped": when, "days": 240,
              "window": 200, "market": "DE", "reason": "Kulanz"}
    for rule in Rule:
        assert rule in RULE_TEXTS
        text = rule_text(Violation(rule, params), LOCALE)
        assert "{" not in text and text.strip()
    assert eur("12.50") in rule_text(Violation(Rule.ABOVE_LEFT, params), LOCALE)
    assert "05.01.2026" in rule_text(Violation(Rule.WINDOW, params), LOCALE)
    assert rule_text(Violation(Rule.REASON_TYPE, params), LOCALE).startswith(
        "Reason Kulanz is not a refund reason")


def test_unshipped_lines_closed_orders_and_the_window(qtbot: Any, agent: RefundDesk,
                                                     runner: TaskRunner,
                                                     sandbox: RunningSandbox,
                                                     team_file: str, tmp_path: Path,
                                                     synced_cache: Path) -> None:
    shipping = opened(qtbot, agent, runner, find_order(
        sandbox.engine, order_states=("SHIPPING",), line_states=("SHIPPING",)))
    first_reason(shipping)
    assert any(m.startswith("Line not shipped — line 1") and "is SHIPPING" in m
               for m in shipping.messages())
    shipping.close()

    closed = opened(qtbot, agent, runner, find_order(
        sandbox.engine, order_states=("CLOSED",), line_states=("CLOSED", "RECEIVED", "SHIPPED")))
    first_reason(closed)
    assert any("is CLOSED: the marketplace refuses refunds on closed" in m
               for m in closed.messages())
    closed.close()

    # The window is the market's setting in the team store: a supervisor shortens it.
    boss = open_refund_desk(tmp_path / "boss", sandbox.data_dir / "keys.json", synced_cache,
                            team_file, "boss", Role.SUPERVISOR)
    try:
        settings = boss.team.rule_settings(MARKET)
        boss.team.save_rule_settings(settings.with_changes(refund_window_days=1))
    finally:
        boss.close()
    late = opened(qtbot, agent, runner, find_order(sandbox.engine))
    first_reason(late)
    assert late.context is not None and late.context.rules.window_days == 1
    [message] = late.messages()
    assert message.startswith("Too late — line 1") and "up to 1 days after shipment" in message


def test_under_the_limit_it_refunds_and_says_so(qtbot: Any, agent: RefundDesk,
                                                 runner: TaskRunner,
                                                 sandbox: RunningSandbox) -> None:
    order_id = find_order(sandbox.engine)
    dialog = opened(qtbot, agent, runner, order_id)
    first_reason(dialog)
    dialog.choose_option(RefundOption.PARTIAL)
    context = dialog.context
    assert context is not None
    dialog.set_partial(context.balances[0].order_line_id, "3,20")
    assert dialog.limit_notice.text() == f"Within your limit of {eur('250')}."
    with qtbot.waitSignal(dialog.refunded, timeout=15_000) as done:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert outcome.state == SubmissionState.SENT and outcome.total == Money.of("3.20", "EUR")
    assert dialog.outcome_label.text().startswith(f"Refunded {eur('3.20')}.")
    fresh = agent.refunds.load(MARKET, order_id, LOCALE)
    assert fresh.balances[0].refunded_product == Money.of("3.20", "EUR")


def test_above_the_limit_it_asks_a_supervisor(qtbot: Any, agent: RefundDesk,
                                              runner: TaskRunner,
                                              sandbox: RunningSandbox) -> None:
    order_id = find_order(sandbox.engine, above=300)
    dialog = opened(qtbot, agent, runner, order_id)
    code = first_reason(dialog)
    dialog.choose_option(RefundOption.PARTIAL)
    context = dialog.context
    assert context is not None
    line_id = context.balances[0].order_line_id
    dialog.set_partial(line_id, "260,00")
    assert dialog.limit_notice.text() == (
        f"Needs a supervisor's approval: your limit is {eur('250')}.")
    assert dialog.confirm.text() == "Request approval" and dialog.confirm.isEnabled()
    dialog.message.setPlainText("Es tut uns leid.")
    with qtbot.waitSignal(dialog.refunded, timeout=15_000) as done:
        dialog.confirm.click()
    outcome = done.args[0]
    assert outcome.state == SubmissionState.WAITING_APPROVAL
    assert f"request {outcome.approval_id}" in dialog.outcome_label.text()
    [request] = agent.team.my_requests([ApprovalStatus.PENDING])
    assert request.amount == Money.of(260, "EUR")
    assert request.details["reason_code"] == code
    assert request.details["message"] == {"body": "Es tut uns leid.", "language": "de"}
    assert agent.refunds.load(MARKET, order_id, LOCALE).balances[0].refunded == (
        Money.zero("EUR"))


def test_a_refund_made_meanwhile_updates_the_figures(qtbot: Any, agent: RefundDesk,
                                                     runner: TaskRunner,
                                                     sandbox: RunningSandbox, tmp_path: Path,
                                                     team_file: str,
                                                     synced_cache: Path) -> None:
    order_id = find_order(sandbox.engine)
    dialog = opened(qtbot, agent, runner, order_id)
    code = first_reason(dialog)
    context = dialog.context
    assert context is not None
    first = context.balances[0]
    dialog.choose_option(RefundOption.PARTIAL)
    dialog.set_partial(first.order_line_id, rules.format_for_input(first.left_product, LOCALE))
    bob = open_refund_desk(tmp_path / "bob", sandbox.data_dir / "keys.json", synced_cache,
                           team_file, "bob", Role.AGENT)
    try:  # a colleague refunds part of the same line first
        theirs = bob.refunds.load(MARKET, order_id, LOCALE)
        bob.refunds.submit(RefundDraft(MARKET, order_id, (LineRefund(
            first.order_line_id, Money.of("1.00", "EUR"), Money.zero("EUR")),), code,
            theirs.seen_left()), LOCALE)
    finally:
        bob.close()
    with qtbot.waitSignal(dialog.send_failed, timeout=15_000):
        dialog.confirm.click()
    assert dialog.outcome_label.text().startswith(
        "A refund was made on this order since you opened")
    assert dialog.context is not None
    assert dialog.context.balances[0].left_product == first.left_product - Money.of("1", "EUR")
    assert dialog.messages()[0].startswith("Not above what is left")
    assert dialog.outcome is None


def test_swiss_francs_stay_francs(qtbot: Any, sandbox: RunningSandbox, runner: TaskRunner,
                                  tmp_path: Path, team_file: str, synced_cache: Path) -> None:
    desk = open_refund_desk(tmp_path / "ch", sandbox.data_dir / "keys.json", synced_cache,
                            team_file, "cleo", Role.AGENT)
    try:
        order_id = find_order(sandbox.engine, market="CH", below=900)
        dialog = open_refund_dialog(None, desk.refunds, runner, "de_CH", "CH", order_id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.context is not None and dialog.context.fresh,
                        timeout=15_000)
        dialog.choose_option(RefundOption.PARTIAL)
        assert dialog.context is not None
        dialog.set_partial(dialog.context.balances[0].order_line_id, "1'000.00")
        assert any("CHF" in m for m in dialog.messages())  # over what is left, in CHF
        dialog.set_partial(dialog.context.balances[0].order_line_id, "2.50")
        francs = money_text(Money.of("2.5", "CHF"), "de_CH")
        assert dialog.total_label.text() == f"To refund now: {francs}"
        limit = money_text(Money.of(250, "CHF"), "de_CH")
        assert dialog.limit_notice.text() == f"Within your limit of {limit}."
    finally:
        desk.close()


def test_a_seller_key_cannot_refund_and_the_dialog_says_why(qtbot: Any, runner: TaskRunner,
                                                            agent: RefundDesk,
                                                            sandbox: RunningSandbox) -> None:
    agent.refunds.permissions.roles[MARKET] = None  # the platform says: not an operator
    dialog = opened(qtbot, agent, runner, find_order(sandbox.engine))
    first_reason(dialog)
    assert dialog.limit_notice.text().startswith("This key does not belong to an operator")
    assert not dialog.confirm.isEnabled()
