"""The supervisor's approvals page against the sandbox and a shared team store: a request
made on an agent's desk appears, shows its case, is approved and refunded once from the
supervisor's desk; declining needs a comment; a request the order outgrew cannot be approved;
an approved refund whose answer was lost is read back by "Send now"; agents see no queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester

from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import LineRefund
from operator_desk.domain.team import ApprovalStatus
from operator_desk.services.actions import SubmissionState
from operator_desk.services.refunds import RefundDraft, RefundOutcome
from operator_desk.ui.approvals_page import ApprovalsPage
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
def desks(sandbox: RunningSandbox, tmp_path: Path,
          synced_cache: Path) -> Iterator[dict[str, RefundDesk]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    keys = sandbox.data_dir / "keys.json"
    opened = {"ann": open_refund_desk(tmp_path / "ann", keys, synced_cache, url, "ann",
                                      Role.AGENT),
              "sam": open_refund_desk(tmp_path / "sam", keys, synced_cache, url, "sam",
                                      Role.SUPERVISOR)}
    yield opened
    for desk in opened.values():
        desk.close()


def request_refund(desk: RefundDesk, order_id: str, amount: str,
                   message: str | None = None) -> RefundOutcome:
    from operator_desk.services.refunds import PersonalMessage

    context = desk.refunds.load(MARKET, order_id, LOCALE)
    line = context.balances[0].order_line_id
    draft = RefundDraft(MARKET, order_id, (LineRefund(line, Money.of(amount, "EUR"),
                                                      Money.zero("EUR")),),
                        context.reasons[0].code, context.seen_left(),
                        message=PersonalMessage(message, "de") if message else None)
    outcome = desk.refunds.submit(draft, LOCALE)
    assert outcome.state == SubmissionState.WAITING_APPROVAL
    return outcome


def page_of(qtbot: Any, desk: RefundDesk, runner: TaskRunner) -> ApprovalsPage:
    page = ApprovalsPage(desk.refunds, runner, LOCALE)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.reloaded, timeout=10_000):
        page.refresh()
    return page


def shown(qtbot: Any, page: ApprovalsPage, approval_id: int) -> None:
    qtbot.waitUntil(lambda: page.case is not None and page.case.request.id == approval_id,
                    timeout=10_000)


def server_refund_count(desk: RefundDesk, order_id: str) -> int:
    connector = desk.connections.connectors[MARKET]
    return sum(len(line.refunds) for page in connector.orders(order_ids=[order_id])
               for order in page.items for line in order.lines)


def test_agents_see_no_queue(qtbot: Any, desks: dict[str, RefundDesk],
                             runner: TaskRunner) -> None:
    page = page_of(qtbot, desks["ann"], runner)
    assert page.gate.isVisibleTo(page) and not page.splitter.isVisibleTo(page)
    assert page.gate.text().startswith("Only supervisors approve refunds")
    assert page.model.rowCount() == 0


def test_approve_sends_the_refund_once_from_the_approvers_desk(
        qtbot: Any, desks: dict[str, RefundDesk], runner: TaskRunner,
        sandbox: RunningSandbox) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = find_order(sandbox.engine, above=300)
    asked = request_refund(ann, order_id, "275.00", "Entschuldigen Sie die Umstände.")
    assert asked.approval_id is not None
    page = page_of(qtbot, sam, runner)
    ModelTester(None).check(page.model)  # type: ignore[arg-type]
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == "ann"
    assert page.model.index(0, 6).data() == "Waiting for you"
    shown(qtbot, page, asked.approval_id)
    text = page.detail.toPlainText()
    assert text.startswith("ann asks to refund 275,00")
    assert "Entschuldigen Sie die Umstände." in text and "Line 1" in text
    assert page.approve_button.isEnabled()
    assert not page.decline_button.isEnabled()  # a decline needs a comment
    with qtbot.waitSignal(page.decided, timeout=20_000) as decided:
        page.approve_button.click()
    outcome = decided.args[0]
    assert outcome.state == SubmissionState.SENT and outcome.total == Money.of(275, "EUR")
    assert page.outcome.text().startswith("Approved and refunded 275,00")
    assert server_refund_count(sam, order_id) == 1
    request = ann.team.approval(asked.approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)


def test_decline_needs_a_comment_and_sends_nothing(qtbot: Any, desks: dict[str, RefundDesk],
                                                   runner: TaskRunner,
                                                   sandbox: RunningSandbox) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = find_order(sandbox.engine, above=300)
    asked = request_refund(ann, order_id, "290.00")
    assert asked.approval_id is not None
    page = page_of(qtbot, sam, runner)
    shown(qtbot, page, asked.approval_id)
    page.comment.setPlainText("Der Verkäufer erstattet selbst.")
    assert page.decline_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=10_000) as decided:
        page.decline_button.click()
    assert decided.args[0].status == ApprovalStatus.DECLINED
    request = ann.team.approval(asked.approval_id)
    assert request is not None and request.decision_note == "Der Verkäufer erstattet selbst."
    assert server_refund_count(sam, order_id) == 0


def test_a_request_the_order_outgrew_cannot_be_approved(qtbot: Any,
                                                        desks: dict[str, RefundDesk],
                                                        runner: TaskRunner,
                                                        sandbox: RunningSandbox) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = find_order(sandbox.engine, above=300)
    context = ann.refunds.load(MARKET, order_id, LOCALE)
    everything = context.balances[0].left_product
    asked = request_refund(ann, order_id, str(everything.amount))
    assert asked.approval_id is not None
    # Meanwhile the supervisor refunds 1.00 on the line directly (no limit of their own).
    sam_view = sam.refunds.load(MARKET, order_id, LOCALE)
    sam.refunds.submit(RefundDraft(MARKET, order_id, (LineRefund(
        context.balances[0].order_line_id, Money.of(1, "EUR"), Money.zero("EUR")),),
        context.reasons[0].code, sam_view.seen_left()), LOCALE)
    page = page_of(qtbot, sam, runner)
    shown(qtbot, page, asked.approval_id)
    assert page.case is not None and page.case.violations
    assert "It cannot be carried out as asked now:" in page.detail.toPlainText()
    assert not page.approve_button.isEnabled()
    with pytest.raises(Exception) as caught:  # and the service refuses it too
        sam.refunds.approve(asked.approval_id)
    assert getattr(caught.value, "kind", None) == "changed"
    request = sam.team.approval(asked.approval_id)
    assert request is not None and request.status == ApprovalStatus.PENDING
    assert server_refund_count(sam, order_id) == 1


def test_send_now_reads_back_a_refund_whose_answer_was_lost(qtbot: Any,
                                                            desks: dict[str, RefundDesk],
                                                            runner: TaskRunner,
                                                            sandbox: RunningSandbox) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = find_order(sandbox.engine, above=300)
    asked = request_refund(ann, order_id, "251.00")
    assert asked.approval_id is not None
    page = page_of(qtbot, sam, runner)
    shown(qtbot, page, asked.approval_id)
    sandbox.server.faults.set_spec("drop-after-commit:OR28:times=1")
    with qtbot.waitSignal(page.failed, timeout=20_000):
        page.approve_button.click()
    assert "did not confirm the refund" in page.outcome.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.index(0, 6).data()
                    == "Approved, not sent yet", timeout=10_000)
    shown(qtbot, page, asked.approval_id)
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(page.decided, timeout=20_000) as decided:
        page.send_button.click()
    assert decided.args[0].reconciled
    assert "was not sent again" in page.outcome.text()
    assert server_refund_count(sam, order_id) == 1
    request = sam.team.approval(asked.approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
