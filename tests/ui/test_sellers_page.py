"""The sellers page and scorecard, and a sanction's whole life through the widgets: a reviewer
proposes from the scorecard, a second supervisor (another desk on the same team store)
approves and applies it on the sandbox (the shop's state changes there), lifts it, and an
appeal is recorded and decided."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from operator_desk.domain.kpis import Kpi, Level, SellerColumn
from operator_desk.domain.models import Role
from operator_desk.domain.sanctions import LadderStep
from operator_desk.domain.team import Actor, SanctionStatus
from operator_desk.services.actions import DirectSink
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.permissions import Permissions
from operator_desk.services.sanctions import SanctionService
from operator_desk.services.sellers import SellerService
from operator_desk.services.sync import SyncService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.sanction_dialogs import (
    AppealDecisionDialog,
    AppealDialog,
    DecideSanctionDialog,
    LadderDialog,
    ProposeSanctionDialog,
)
from operator_desk.ui.scorecard_view import KpiTableModel, SanctionTableModel
from operator_desk.ui.sellers_page import COLUMNS, ROW_ROLE, SellersPage
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox
from tests.ui.test_accessibility import unnamed_controls


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Person:
    connections: Connections
    team: TeamService
    page: SellersPage


@dataclass
class Office:
    cache: Database
    clock: Clock
    people: dict[str, Person]

    def platform_state(self, shop_id: str) -> str:
        connector = self.people["sam"].connections.connector("DE")
        assert connector is not None
        return {s.shop_id: s.state for page in connector.shops()
                for s in page.items}[shop_id]


@pytest.fixture
def office(qtbot: Any, sandbox: RunningSandbox, tmp_path: Path,
           runner: TaskRunner) -> Iterator[Office]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    reader = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    sync = SyncService(cache, reader)
    sync.register_markets()
    sync.sync()
    reader.close()
    clock = Clock()
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    people = {}
    for name, role, locale in (("robin", Role.REVIEWER, "en_GB"),
                               ("sam", Role.SUPERVISOR, "de_DE"),
                               ("alex", Role.AGENT, "en_GB")):
        connections = connect_sandbox(sandbox.data_dir / "keys.json", role)
        team = TeamService(open_team_store(url), Actor(name, role), clock=clock)
        permissions = Permissions(connections)
        sellers = SellerService(cache, connections, clock=clock)
        sanctions = SanctionService(sellers, permissions, DirectSink(connections), clock=clock)
        page = SellersPage(sellers, sanctions, permissions, runner, locale)
        qtbot.addWidget(page)
        page.resize(1500, 900)
        page.set_team(team)
        people[name] = Person(connections, team, page)
    yield Office(cache, clock, people)
    for person in people.values():
        person.page.due_timer.stop()
        person.connections.close()
        person.team.close()
    cache.dispose()


def _shown(qtbot: Any, page: SellersPage) -> None:
    with qtbot.waitSignal(page.model.reloaded, timeout=20_000):
        page.show()
        page.start()


def _open_scorecard(qtbot: Any, page: SellersPage, market: str, shop_id: str) -> None:
    with qtbot.waitSignal(page.scorecard_shown, timeout=20_000):
        page.select(market, shop_id)


def _act(qtbot: Any, page: SellersPage, trigger: Any) -> str:
    """Trigger an action; wait for its outcome and for the scorecard shown afresh."""
    shown: list[bool] = []
    texts: list[str] = []
    page.scorecard_shown.connect(lambda: shown.append(True))
    page.acted.connect(texts.append)
    trigger()
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    page.scorecard_shown.disconnect()
    page.acted.disconnect()
    return texts[0]


def _wait_dialog(qtbot: Any, page: SellersPage, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible(),
                    timeout=20_000)
    return page.dialog


def _reload_card(qtbot: Any, page: SellersPage) -> None:
    with qtbot.waitSignal(page.scorecard_shown, timeout=20_000):
        page.load_scorecard()


def _select_sanction(page: SellersPage, sanction_id: int) -> None:
    model = page.scorecard.sanctions
    row = next(r for r in range(model.rowCount()) if (record := model.record(r)) is not None
               and record.entry.id == sanction_id)
    page.scorecard.sanction_table.selectRow(row)


def test_sellers_page_sorts_by_any_kpi_and_passes_the_model_tester(
        qtbot: Any, qtmodeltester: Any, office: Office) -> None:
    page = office.people["robin"].page
    _shown(qtbot, page)
    model = page.model
    assert model.rowCount() == 30
    qtmodeltester.check(model)
    column = COLUMNS.index(SellerColumn.LATE_REPLY_RATE)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    rates = [model.data(model.index(r, 0), ROW_ROLE).values[Kpi.LATE_REPLY_RATE]
             for r in range(model.rowCount())]
    known = [r for r in rates if r is not None]
    assert known == sorted(known, reverse=True) and rates[:len(known)] == known
    # The worst level first by default: who is drifting shows at the top.
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    levels = [model.data(model.index(r, 0), ROW_ROLE).level.rank
              for r in range(model.rowCount())]
    assert levels == sorted(levels, reverse=True) and levels[0] >= Level.ALERT.rank
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        page.market.setCurrentIndex(page.market.findData("NL"))
    assert {model.data(model.index(r, 0), ROW_ROLE).market
            for r in range(model.rowCount())} == {"NL"}


def test_scorecard_shows_figures_thresholds_trends_and_platform(
        qtbot: Any, qtmodeltester: Any, office: Office) -> None:
    page = office.people["sam"].page
    _shown(qtbot, page)
    _open_scorecard(qtbot, page, "DE", "2001")
    view = page.scorecard
    assert view.presented is not None and view.presented.card.shop.shop_id == "2001"
    kpis: KpiTableModel = view.kpis
    qtmodeltester.check(kpis)
    qtmodeltester.check(view.sanctions)
    names = [kpis.data(kpis.index(r, 0)) for r in range(kpis.rowCount())]
    assert "Vorfallquote" in names or "Incident rate" in names
    incident = next(r for r in range(kpis.rowCount())
                    if (line := kpis.line(r)) is not None and line.kpi == Kpi.INCIDENT_RATE)
    line = kpis.line(incident)
    assert line is not None and line.alert and line.limit and len(line.trend) >= 13
    # The platform's own incident rate arrives next to the desk's.
    qtbot.waitUntil(lambda: bool(kpis.data(kpis.index(incident, 3))), timeout=20_000)
    assert kpis.data(kpis.index(incident, 3)).endswith("%")
    view.kpi_table.selectRow(incident)
    assert view.chart._line is not None and view.chart._line.kpi == Kpi.INCIDENT_RATE
    view.grab()  # paints the sparklines and the chart without a warning


def test_an_agent_sees_but_may_not_act(qtbot: Any, office: Office) -> None:
    page = office.people["alex"].page
    _shown(qtbot, page)
    _open_scorecard(qtbot, page, "DE", "2001")
    view = page.scorecard
    assert not view.propose_button.isEnabled()
    assert "reviewer" in view.propose_button.toolTip()
    assert not page.ladder_button.isEnabled()


def test_a_sanction_from_proposal_to_appeal(qtbot: Any, office: Office) -> None:
    robin, sam = office.people["robin"].page, office.people["sam"].page
    shop_id = next(s for s in ("2001", "2002", "2003", "2004", "2005")
                   if office.platform_state(s) == "OPEN")
    _shown(qtbot, robin)
    _open_scorecard(qtbot, robin, "DE", shop_id)

    # The reviewer proposes: evidence picked, the statement follows in the seller's language.
    assert robin.scorecard.propose_button.isEnabled()
    robin.scorecard.propose_button.click()
    dialog: ProposeSanctionDialog = _wait_dialog(qtbot, robin, ProposeSanctionDialog)
    assert not unnamed_controls(dialog)
    assert dialog.evidence.rowCount() > 0 and len(dialog.evidence.picked()) == 1
    dialog.step.setCurrentIndex(dialog.step.findData("temporary_suspension:14"))
    qtbot.waitUntil(lambda: dialog.draft.level == "temporary_suspension:14", timeout=10_000)
    assert "Sehr geehrtes Team" in dialog.statement.toPlainText()
    if dialog.evidence.rowCount() > 1:
        dialog.evidence.setData(dialog.evidence.index(1, 0), Qt.CheckState.Checked,
                                Qt.ItemDataRole.CheckStateRole)
        qtbot.waitUntil(lambda: len(dialog.draft.evidence) == 2, timeout=10_000)
    dialog.statement.appendPlainText("Geprüft von Robin.")
    text = _act(qtbot, robin, dialog.propose_button.click)
    assert "waits for a supervisor" in text
    records = robin.scorecard.sanctions
    assert records.rowCount() == 1
    entry = records.record(0).entry  # type: ignore[union-attr]
    assert entry.status == SanctionStatus.PROPOSED and entry.proposed_by == "robin"
    assert not robin.scorecard.decide_button.isEnabled()  # reviewers do not approve

    # A second person, a supervisor at another desk, approves and applies it.
    _shown(qtbot, sam)
    _open_scorecard(qtbot, sam, "DE", shop_id)
    _select_sanction(sam, entry.id)
    assert sam.scorecard.decide_button.isEnabled()
    sam.scorecard.decide_button.click()
    decide: DecideSanctionDialog = _wait_dialog(qtbot, sam, DecideSanctionDialog)
    assert not unnamed_controls(decide)
    assert decide.entry.statement_of_reasons.endswith("Geprüft von Robin.")
    decide.note.setPlainText("Belegt.")
    _act(qtbot, sam, decide.approve_button.click)
    _select_sanction(sam, entry.id)
    assert sam.scorecard.apply_button.isEnabled()
    sam.scorecard.apply_button.click()
    qtbot.waitUntil(lambda: isinstance(sam.box, QMessageBox) and sam.box.isVisible(),
                    timeout=5000)
    assert sam.box is not None
    _act(qtbot, sam, sam.box.button(QMessageBox.StandardButton.Yes).click)
    assert office.platform_state(shop_id) == "SUSPENDED"
    applied = sam.sanctions.team.sanction(entry.id)  # type: ignore[union-attr]
    assert applied is not None and applied.status == SanctionStatus.APPLIED
    assert (applied.decided_by, applied.applied_by) == ("sam", "sam")

    # Its end date comes: the reminder offers a one-click lift.
    office.clock.now += timedelta(days=15)
    with qtbot.waitSignal(sam.model.reloaded, timeout=20_000):
        sam.check_due()
        sam.model.reload()
    qtbot.waitUntil(lambda: sam.due_strip.isVisible(), timeout=10_000)
    lift = sam.due_strip.findChildren(type(sam.recompute))[0]
    _act(qtbot, sam, lift.click)
    assert office.platform_state(shop_id) == "OPEN"
    _reload_card(qtbot, sam)
    _select_sanction(sam, entry.id)
    assert sam.scorecard.selected().entry.status == SanctionStatus.LIFTED  # type: ignore

    # The seller appeals; the reviewer records it, the supervisor decides it.
    _reload_card(qtbot, robin)
    _select_sanction(robin, entry.id)
    robin.scorecard.appeal_button.click()
    appeal: AppealDialog = _wait_dialog(qtbot, robin, AppealDialog)
    assert not unnamed_controls(appeal)
    appeal.grounds.setPlainText("Wir haben fristgerecht geantwortet.")
    text = _act(qtbot, robin,
                appeal.buttons.button(appeal.buttons.StandardButton.Ok).click)
    assert text == "Appeal recorded."
    _reload_card(qtbot, sam)
    _select_sanction(sam, entry.id)
    assert sam.scorecard.decide_appeal_button.isEnabled()
    sam.scorecard.decide_appeal_button.click()
    decision: AppealDecisionDialog = _wait_dialog(qtbot, sam, AppealDecisionDialog)
    assert not unnamed_controls(decision)
    decision.outcome.setPlainText("Die Antworten kamen nach Fristablauf.")
    _act(qtbot, sam, decision.buttons.button(decision.buttons.StandardButton.Ok).click)
    appeals = sam.sanctions.team.appeals_for(entry.id)  # type: ignore[union-attr]
    assert [(a.status, a.decided_by) for a in appeals] == [("rejected", "sam")]
    table: SanctionTableModel = sam.scorecard.sanctions
    assert "appeal" in str(table.data(table.index(0, 7))) or \
        "Beschwerde" in str(table.data(table.index(0, 7)))


def test_a_supervisor_edits_the_ladder_and_thresholds(qtbot: Any, office: Office) -> None:
    page = office.people["sam"].page
    _shown(qtbot, page)
    _open_scorecard(qtbot, page, "DE", "2001")
    assert page.ladder_button.isEnabled()
    page.ladder_button.click()
    dialog: LadderDialog = _wait_dialog(qtbot, page, LadderDialog)
    assert not unnamed_controls(dialog)
    assert dialog.ladder() == ("warning", "restriction:30", "temporary_suspension:14",
                               "termination")
    # A termination before another step is refused with the reason; nothing is saved.
    dialog._add_step(LadderStep.parse("warning"))
    dialog._check()
    assert "last step" in dialog.error.text() and dialog.isVisible()
    dialog._remove(dialog.steps[-1])
    dialog.steps[2][1].setValue(7)  # the suspension: 7 days
    dialog.recidivism.setValue(180)
    dialog.thresholds[Kpi.LATE_REPLY_RATE][1].setValue(30.0)  # limit 30 %
    _act(qtbot, page, dialog._check)
    settings = office.people["robin"].team.rule_settings("DE")
    assert settings.version == 1 and settings.changed_by == "sam"
    assert settings.sanction_ladder[2] == "temporary_suspension:7"
    assert settings.recidivism_window_days == 180
    assert str(settings.limit_thresholds["late_reply_rate"]) == "0.3"
