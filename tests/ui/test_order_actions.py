"""Acting on an order from wherever the agent is, against the sandbox: refund from a
conversation, open an incident from it, reopen an incident closed too early from the
conversation and from the closed incident's case pane (queue, "Closed" view) - each through
its dialog, each seen on the sandbox, role-gated as in the case pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, and_, exists, select

from operator_desk.domain.models import Role
from operator_desk.domain.queue import QueueView
from operator_desk.domain.refunds import RefundOption
from operator_desk.domain.team import Actor
from operator_desk.sandbox import db as sandbox_db
from operator_desk.services.actions import DirectSink, SubmissionState
from operator_desk.services.conversations import ConversationService
from operator_desk.services.incidents import IncidentService
from operator_desk.services.permissions import Permissions
from operator_desk.services.refunds import RefundService
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.case_actions import OpenIncidentDialog
from operator_desk.ui.conversations_page import ConversationsPage
from operator_desk.ui.order_actions import ReopenIncidentDialog
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.refund_dialog import RefundDialog, open_refund_dialog
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk

MARKET = "DE"
LOCALE = "en_GB"
OPENABLE = ("SHIPPED", "RECEIVED")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamService]:
    service = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                          Actor("ann", Role.AGENT))
    yield service
    service.close()


@pytest.fixture
def incidents(desk: Desk, team: TeamService) -> IncidentService:
    service = IncidentService(desk.cache, desk.connections)
    service.team = team
    return service


# -- the sandbox's records ----------------------------------------------------------------------
def _has_thread(order_id: Any) -> Any:
    th = sandbox_db.threads
    return exists().where(th.c.entity_type == "MMP_ORDER", th.c.entity_id == order_id)


def order_with_thread(engine: Engine) -> str:
    """A shipped DE order with a conversation, no incident and no refund yet, whose lines are
    all shipped or received (it can be refunded and can get an incident)."""
    o, lines, inc = sandbox_db.orders, sandbox_db.order_lines, sandbox_db.incidents
    bad_line = exists().where(lines.c.order_id == o.c.order_id, lines.c.state.not_in(OPENABLE))
    any_incident = exists().where(inc.c.order_id == o.c.order_id)
    any_refund = exists().where(sandbox_db.refunds.c.order_id == o.c.order_id)
    query = select(o.c.order_id).where(o.c.market == MARKET, o.c.state == "SHIPPED",
                                       _has_thread(o.c.order_id), ~any_incident, ~any_refund,
                                       ~bad_line)
    with engine.connect() as connection:
        found = connection.execute(query.order_by(o.c.order_id).limit(1)).scalar()
    assert found, "the dataset has no such order"
    return str(found)


def closed_incident(engine: Engine, *, with_thread: bool) -> tuple[str, str, str]:
    """(incident id, order id, line id) of a closed DE incident whose line can have a new one
    (shipped or received, nothing open on it)."""
    inc, lines = sandbox_db.incidents, sandbox_db.order_lines
    other = inc.alias("other")
    open_again = exists().where(and_(other.c.order_line_id == inc.c.order_line_id,
                                     other.c.status != "CLOSED"))
    query = (select(inc.c.incident_id, inc.c.order_id, inc.c.order_line_id)
             .join(lines, lines.c.order_line_id == inc.c.order_line_id)
             .where(inc.c.market == MARKET, inc.c.status == "CLOSED",
                    lines.c.state.in_(OPENABLE), ~open_again))
    if with_thread:
        query = query.where(_has_thread(inc.c.order_id))
    with engine.connect() as connection:
        row = connection.execute(query.order_by(inc.c.incident_id).limit(1)).first()
    assert row is not None, "the dataset has no such incident"
    return str(row[0]), str(row[1]), str(row[2])


def incidents_on_line(engine: Engine, line_id: str) -> list[tuple[str, str, str, str]]:
    inc = sandbox_db.incidents
    with engine.connect() as connection:
        rows = connection.execute(
            select(inc.c.incident_id, inc.c.status, inc.c.opened_by, inc.c.opening_reason_code)
            .where(inc.c.order_line_id == line_id).order_by(inc.c.opened)).all()
    return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]


# -- pages --------------------------------------------------------------------------------------
def conversations(qtbot: Any, desk: Desk, runner: TaskRunner,
                  incidents: IncidentService | None) -> ConversationsPage:
    service = ConversationService(desk.cache, desk.connections, DirectSink(desk.connections))
    while service.summarize_pending():  # judged up front: no reload races the test
        pass
    page = ConversationsPage(service, desk.connections, runner, LOCALE, "en",
                             incidents=incidents)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: not page._summarizing, timeout=20_000)
    return page


def show_order(qtbot: Any, page: ConversationsPage, order_id: str) -> None:
    """Find the order's conversation with the order filter and read it."""
    page.apply_markets([MARKET])
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(markets=(MARKET,), order=order_id)
    assert page.model.rowCount() >= 1
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.case is not None and page.case.order is not None
                    and page.case.order.order_id == order_id, timeout=10_000)


def dialog_of(qtbot: Any, holder: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(holder.dialog, kind), timeout=10_000)
    return holder.dialog


# -- refund from a conversation ----------------------------------------------------------------
def test_refund_from_a_conversation_reaches_the_sandbox(qtbot: Any, desk: Desk,
                                                       runner: TaskRunner) -> None:
    engine = desk.sandbox.engine
    order_id = order_with_thread(engine)  # shipped, nothing refunded yet
    page = conversations(qtbot, desk, runner, None)
    refunds = RefundService(desk.cache, desk.connections, Permissions(desk.connections))
    opened: list[RefundDialog] = []
    page.refund_opener = lambda market, order, incident: opened.append(open_refund_dialog(
        page, refunds, runner, LOCALE, market, order, incident))
    show_order(qtbot, page, order_id)
    assert page.refund_button.isVisible() and page.refund_button.isEnabled()
    assert not page.open_incident_button.isVisible()  # no incident service on this page

    qtbot.mouseClick(page.refund_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    dialog = opened[0]
    assert (dialog.market, dialog.order_id) == (MARKET, order_id)
    qtbot.waitUntil(lambda: dialog.context is not None and dialog.context.fresh,
                    timeout=15_000)
    assert dialog.context is not None and dialog.context.reasons
    assert dialog.choose_reason(dialog.context.reasons[0].code)
    dialog.choose_option(RefundOption.PARTIAL)
    line_id = dialog.context.balances[0].order_line_id
    dialog.set_partial(line_id, "1.50")
    assert dialog.messages() == [] and dialog.confirm.isEnabled()
    with qtbot.waitSignal(dialog.refunded, timeout=15_000) as done:
        dialog.confirm.click()
    assert done.args[0].state == SubmissionState.SENT
    refunds_table = sandbox_db.refunds
    with engine.connect() as connection:
        made = connection.execute(select(refunds_table.c.order_line_id,
                                         refunds_table.c.amount_minor)
                                  .where(refunds_table.c.order_id == order_id)).all()
    assert [tuple(r) for r in made] == [(line_id, 150)]


def test_the_order_actions_follow_the_role_and_the_order(qtbot: Any, desk: Desk,
                                                         runner: TaskRunner,
                                                         incidents: IncidentService) -> None:
    page = conversations(qtbot, desk, runner, incidents)
    page.refund_opener = lambda *_args: None
    order_id = order_with_thread(desk.sandbox.engine)
    show_order(qtbot, page, order_id)
    assert page.refund_button.isEnabled() and page.open_incident_button.isEnabled()
    # Nothing closed on this order: nothing to reopen, and the tooltip says so.
    assert not page.reopen_button.isEnabled()
    assert "No incident on this order is closed." in page.reopen_button.toolTip()
    # A key the platform says is no operator's: every order action off, with the reason.
    page.service.permissions.roles[MARKET] = None
    page.refresh_actions()
    for button in (page.refund_button, page.open_incident_button, page.reopen_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("This key does not belong to an operator user")
    page.service.permissions.roles[MARKET] = Role.AGENT
    page.refresh_actions()
    assert page.refund_button.isEnabled()


# -- open an incident from a conversation ------------------------------------------------------
def test_open_an_incident_from_a_conversation(qtbot: Any, desk: Desk, runner: TaskRunner,
                                              incidents: IncidentService,
                                              team: TeamService) -> None:
    engine = desk.sandbox.engine
    order_id = order_with_thread(engine)
    page = conversations(qtbot, desk, runner, incidents)
    show_order(qtbot, page, order_id)
    assert page.open_incident_button.isEnabled()
    page.open_incident_button.click()
    assert page.order_actions is not None
    dialog: OpenIncidentDialog = dialog_of(qtbot, page.order_actions, OpenIncidentDialog)
    assert page.case is not None and page.case.order is not None
    lines = [line.order_line_id for line in page.case.order.lines]
    assert [dialog.line.itemData(i) for i in range(dialog.line.count())] == lines
    assert not dialog.confirm.isEnabled()  # a reason first
    dialog.reason.setCurrentIndex(1)
    line_id, reason = dialog.choice() or ("", "")
    with qtbot.waitSignal(page.order_actions.decided, timeout=15_000):
        dialog.confirm.click()
    [(_id, status, by, code)] = incidents_on_line(engine, line_id)
    assert (status, by, code) == ("NEW", "OPERATOR", reason)
    [decision] = team.decisions_for_case(MARKET, line_id)
    assert (decision.action, decision.outcome, decision.actor) == ("open", "sent", "ann")


# -- reopen: from a conversation and from the closed incident's case pane -----------------------
def _reopen_through(qtbot: Any, holder: Any, why: str) -> tuple[str, str]:
    """Fill the reopen dialog (the closed incident's own reason when the operator may use
    it) and confirm it; (incident id, reason code) chosen."""
    dialog: ReopenIncidentDialog = dialog_of(qtbot, holder, ReopenIncidentDialog)
    assert not dialog.confirm.isEnabled()
    if dialog.reason.currentData() is None:
        dialog.reason.setCurrentIndex(1)
    assert not dialog.confirm.isEnabled()  # why, for the team record, is required
    dialog.why.setPlainText(why)
    choice = dialog.choice()
    assert choice is not None and dialog.confirm.isEnabled()
    with qtbot.waitSignal(holder.decided, timeout=15_000):
        dialog.confirm.click()
    return choice[0], choice[1]


def test_reopen_an_incident_from_the_conversation(qtbot: Any, desk: Desk, runner: TaskRunner,
                                                  incidents: IncidentService,
                                                  team: TeamService) -> None:
    engine = desk.sandbox.engine
    closed_id, order_id, line_id = closed_incident(engine, with_thread=True)
    page = conversations(qtbot, desk, runner, incidents)
    show_order(qtbot, page, order_id)
    assert page.reopen_button.isEnabled()
    assert page.case is not None and page.case.thread.messages
    last_seen = page.case.thread.messages[-1].message_id
    page.reopen_button.click()
    assert page.order_actions is not None
    chosen, reason = _reopen_through(qtbot, page.order_actions,
                                     "The customer says the replacement never came.")
    assert chosen == closed_id
    found = incidents_on_line(engine, line_id)
    assert [status for _i, status, _b, _c in found] == ["CLOSED", "NEW"]
    assert found[-1][2:] == ("OPERATOR", reason)
    [decision] = team.decisions_for_case(MARKET, closed_id)
    assert (decision.action, decision.outcome, decision.actor) == ("reopen", "sent", "ann")
    assert decision.reasons == "The customer says the replacement never came."
    assert decision.seen == (last_seen,)


def test_reopen_from_the_closed_incidents_case_pane(qtbot: Any, desk: Desk,
                                                   runner: TaskRunner,
                                                   incidents: IncidentService,
                                                   team: TeamService) -> None:
    engine = desk.sandbox.engine
    closed_id, order_id, line_id = closed_incident(engine, with_thread=False)
    page = QueuePage(incidents, desk.connections, runner, LOCALE, "en")
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
    assert page.detail.case is not None and page.detail.case.incident.is_open
    assert not page.detail.reopen_button.isVisible()  # an open incident: nothing to reopen
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_view(QueueView.CLOSED)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search(order_id)
    row = page.model.row_of(MARKET, closed_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.case is not None
                    and page.detail.case.incident.incident_id == closed_id, timeout=10_000)
    button = page.detail.reopen_button
    assert button.isVisible() and button.isEnabled()
    assert not page.detail.close_button.isEnabled()
    seen = page.detail.seen
    button.click()
    chosen, reason = _reopen_through(qtbot, page.order_actions,
                                     "Closed before the seller's replacement arrived.")
    assert chosen == closed_id
    found = incidents_on_line(engine, line_id)
    assert [status for _i, status, _b, _c in found] == ["CLOSED", "NEW"]
    assert found[-1][3] == reason
    [decision] = team.decisions_for_case(MARKET, closed_id)
    assert (decision.action, decision.actor, decision.seen) == ("reopen", "ann", seen)
    # The case pane reads the case again: the decision is on its timeline.
    qtbot.waitUntil(lambda: "reopened" in page.detail.conversation.toPlainText(),
                    timeout=10_000)
