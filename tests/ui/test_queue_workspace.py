"""The review workspace around the queue: filters, claims, keep open, bulk close with undo,
the "closed by me today" view and the CSV export - on the sandbox, through the real UI."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QItemSelectionModel, Qt

from operator_desk.domain.models import Role
from operator_desk.domain.queue import QueueView
from operator_desk.domain.team import Actor
from operator_desk.services.incidents import IncidentService
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.queue_model import ROW_ROLE
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


@pytest.fixture
def team_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'team.sqlite3'}"


@pytest.fixture
def teams(team_url: str) -> Iterator[tuple[TeamService, TeamService]]:
    anna = TeamService(open_team_store(team_url), Actor("anna", Role.SUPERVISOR))
    ben = TeamService(open_team_store(team_url), Actor("ben", Role.AGENT))
    yield anna, ben
    anna.close()
    ben.close()


def _page(qtbot: Any, desk: Desk, runner: TaskRunner, team: TeamService | None = None,
          service: IncidentService | None = None) -> QueuePage:
    incidents = service or desk.incidents
    incidents.team = team
    page = QueuePage(incidents, desk.connections, runner, "en_GB", "en")
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    return page


def _rows(page: QueuePage) -> list[Any]:
    return [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]


def test_more_filters_narrow_the_queue_in_sql(qtbot: Any, desk: Desk,
                                              runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_view(QueueView.ALL_OPEN)
    everything = page.model.rowCount()
    qtbot.waitUntil(lambda: page.filter_bar.reason.count() > 1, timeout=5000)
    page.more_button.click()
    assert page.filter_bar.isVisible()
    code = page.filter_bar.reason.itemData(1)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.filter_bar.reason.setCurrentIndex(1)
    assert 0 < page.model.rowCount() < everything
    assert {row.reason_code for row in _rows(page)} == {code}
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.filter_bar.customer.setCurrentIndex(1)  # customer wrote after "solved"
    assert all(row.customer_wrote_after for row in _rows(page))
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.filter_bar.reset()
    assert page.model.rowCount() == everything


def test_a_colleagues_claim_is_shown_and_skipped(qtbot: Any, desk: Desk, runner: TaskRunner,
                                                teams: tuple[TeamService, TeamService]) -> None:
    anna, ben = teams
    first_rows = _rows(_page(qtbot, desk, runner))
    second = first_rows[1]
    assert anna.claim(second.market, second.incident_id).won  # Anna is on the 2nd case
    page = _page(qtbot, desk, runner, team=ben)
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
    assert page.model.claimed_by_other(1)
    column = [str(page.model.headerData(c, Qt.Orientation.Horizontal))
              for c in range(page.model.columnCount())]
    assert page.model.index(1, column.index("On it")).data() == "anna"
    page.step(1)  # "next" skips Anna's case
    assert page.selected_row() is not None and page.selected_row().incident_id == \
        first_rows[2].incident_id
    # Ben's opening of the first case claimed it for him: Anna sees that.
    qtbot.waitUntil(lambda: any(c.holder == "ben" for c in anna.active_claims()),
                    timeout=10_000)


def test_keep_open_disputes_and_tells_the_seller(qtbot: Any, desk: Desk,
                                                  runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
    case = page.detail.case
    assert case is not None and case.incident.status == "RESOLVED"
    page.request_keep_open()
    qtbot.waitUntil(lambda: page.decisions.dialog is not None, timeout=10_000)
    dialog = page.decisions.dialog
    dialog.why.setPlainText("Tracking shows no delivery; the customer says nothing arrived.")
    dialog.seller.enabled.setChecked(True)
    dialog.seller.body.setPlainText("Please send proof of delivery within 48 hours.")
    with qtbot.waitSignal(page.decisions.decided, timeout=10_000):
        dialog.confirm.click()
    market = case.incident.market
    entry = desk.sandbox.keys[market]
    record = requests.get(f"{entry['base_url']}/api/incidents", timeout=10,
                          params={"incident_ids": case.incident.incident_id},
                          headers={"Authorization": entry["keys"]["agent"]}).json()["data"][0]
    assert record["status"] == "DISPUTED"
    thread = desk.connections.connector(market).thread(case.threads[0].thread_id)
    assert thread.messages[-1].body == "Please send proof of delivery within 48 hours."
    assert [r.type for r in thread.messages[-1].recipients] == ["SHOP"]


def test_bulk_close_waits_for_the_undo_window(qtbot: Any, desk: Desk, runner: TaskRunner,
                                              teams: tuple[TeamService, TeamService]) -> None:
    anna, _ben = teams
    page = _page(qtbot, desk, runner, team=anna)
    count = page.model.rowCount()
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    chosen = [page.model.index(r, 0).data(ROW_ROLE) for r in (0, 1, 2)]
    page.request_bulk_close()
    qtbot.waitUntil(lambda: page.decisions.dialog is not None, timeout=10_000)
    dialog = page.decisions.dialog
    assert dialog.table.rowCount() == 3 and dialog.confirm.isEnabled()
    dialog.confirm.click()
    assert page.undo_bar.running
    page.undo_bar.undo.click()  # nothing is sent
    assert not page.undo_bar.running
    assert desk.incidents.queue_count(page.model.query_filter, "en") == count

    page.request_bulk_close()
    qtbot.waitUntil(lambda: page.decisions.dialog is not None
                    and page.decisions.dialog.isVisible(), timeout=10_000)
    page.decisions.dialog.confirm.click()
    with qtbot.waitSignal(page.decisions.decided, timeout=20_000):
        page.undo_bar.send_now.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == count - 3, timeout=10_000)
    # Anna's decisions make up her "closed by me today" view.
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_view(QueueView.CLOSED_BY_ME_TODAY)
    assert {r.incident_id for r in _rows(page)} == {r.incident_id for r in chosen}


def test_the_view_exports_as_csv(qtbot: Any, desk: Desk, runner: TaskRunner,
                                 tmp_path: Path) -> None:
    page = _page(qtbot, desk, runner)
    target = tmp_path / "queue.csv"
    page.export_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Market", "Order", "Seller"]
    assert len(rows) - 1 == page.model.rowCount()
    assert {row[1] for row in rows[1:]} == {r.order_id for r in _rows(page)}
