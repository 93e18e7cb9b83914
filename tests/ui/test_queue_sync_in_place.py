"""A sync under the agent's eyes: the queue takes the incidents the sync reports as changed,
in place, while it runs; the case the agent is on stays selected and where it was on screen."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from operator_desk.domain.queue import QueueColumn, QueueRow, QueueView
from operator_desk.sandbox import db
from operator_desk.ui.queue_model import COLUMNS, ROW_ROLE
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.sync_process import SyncProcess
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


def _row(page: QueuePage, row: int) -> QueueRow:
    value = page.model.data(page.model.index(row, 0), ROW_ROLE)
    assert isinstance(value, QueueRow)
    return value


def _line_id(desk: Desk, incident_id: str) -> str:
    with desk.sandbox.engine.connect() as connection:
        return str(connection.execute(select(db.incidents.c.order_line_id).where(
            db.incidents.c.incident_id == incident_id)).scalar_one())


def _resolve_as_seller(desk: Desk, market: str, incident_id: str, order_id: str) -> None:
    """The seller marks an open incident as solved (OR64, with the shop's own key)."""
    line_id = _line_id(desk, incident_id)
    with desk.sandbox.engine.connect() as connection:
        shop_id = connection.execute(select(db.orders.c.shop_id).where(
            db.orders.c.market == market, db.orders.c.order_id == order_id)).scalar_one()
        reason = connection.execute(select(db.reasons.c.code).where(
            db.reasons.c.market == market, db.reasons.c.type == "INCIDENT_CLOSE",
            db.reasons.c.is_shop_right.is_(True))).scalars().first()
    entry = desk.sandbox.keys[market]
    answer = requests.put(
        f"{entry['base_url']}/api/orders/{order_id}/lines/{line_id}/resolve_incident",
        headers={"Authorization": entry["seller_keys"][str(shop_id)]},
        json={"reason_code": reason}, timeout=10)
    assert answer.status_code == 204, answer.text


def _close_as_operator(desk: Desk, row: QueueRow) -> None:
    entry = desk.sandbox.keys[row.market]
    line_id = _line_id(desk, row.incident_id)
    with desk.sandbox.engine.connect() as connection:
        reason = connection.execute(select(db.reasons.c.code).where(
            db.reasons.c.market == row.market, db.reasons.c.type == "INCIDENT_CLOSE",
            db.reasons.c.is_operator_right.is_(True))).scalars().first()
    answer = requests.put(
        f"{entry['base_url']}/api/orders/{row.order_id}/lines/{line_id}/close_incident",
        headers={"Authorization": entry["keys"]["agent"]}, json={"reason_code": reason},
        timeout=10)
    assert answer.status_code == 204, answer.text


def _last_unsolved(desk: Desk, count: int) -> list[tuple[str, str, str]]:
    """(market, incident id, order id) of the incidents not marked solved yet that the queue
    lists last (it orders them by market and id)."""
    i = db.incidents.c
    with desk.sandbox.engine.connect() as connection:
        rows = connection.execute(
            select(i.market, i.incident_id, i.order_id)
            .where(i.status.in_(("NEW", "IN_PROGRESS")))
            .order_by(i.market.desc(), i.incident_id.desc()).limit(count)).all()
    assert len(rows) == count
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def test_a_sync_updates_the_queue_in_place_and_the_case_stays_selected_and_visible(
        qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path) -> None:
    page = QueuePage(desk.incidents, desk.connections, runner, "en_GB", "en")
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_view(QueueView.ALL_OPEN)
    # Newest marked-solved first: what sellers mark solved during the sync comes on top.
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.table.sortByColumn(COLUMNS.index(QueueColumn.MARKED_SOLVED),
                                Qt.SortOrder.DescendingOrder)
    model = page.model
    # Qt's own model checker watches every signal the model sends from here on.
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning, page)
    count = model.rowCount()
    assert count > 80

    # The agent picks a case well down the list and scrolls so it is in the middle.
    chosen = 40
    page.table.selectionModel().setCurrentIndex(
        model.index(chosen, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    page.table.scrollTo(model.index(chosen, 0), page.table.ScrollHint.PositionAtCenter)
    case = _row(page, chosen)
    qtbot.waitUntil(lambda: page.detail.case is not None
                    and page.detail.case.incident.incident_id == case.incident_id,
                    timeout=10_000)
    on_screen = page.table.rowViewportPosition(chosen)
    assert 0 < on_screen < page.table.viewport().height()
    above, below = _row(page, 5), _row(page, chosen + 3)

    # Meanwhile on the marketplace: sellers mark three incidents listed below the case as
    # solved (they move to the top), one above the case and one below it are closed.
    resolved = _last_unsolved(desk, 3)
    for market, incident_id, order_id in resolved:
        _resolve_as_seller(desk, market, incident_id, order_id)
    _close_as_operator(desk, above)
    _close_as_operator(desk, below)

    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    batches: list[list[str]] = []
    process = SyncProcess([sys.executable, "-m", "operator_desk", "sync", "--feed",
                           "--sandbox-keys", str(desk.sandbox.data_dir / "keys.json"),
                           "--cache", str(desk.cache.path), "--data-dir", str(tmp_path)])
    process.incidents_changed.connect(lambda _market, ids: batches.append(ids))
    process.incidents_changed.connect(page.incidents_changed)  # as the desk wires it
    with qtbot.waitSignal(process.finished, timeout=120_000) as finished:
        process.start()
    assert finished.args is not None and finished.args[0] is True
    changed = {incident_id for batch in batches for incident_id in batch}
    assert {above.incident_id, below.incident_id, *(i for _m, i, _o in resolved)} <= changed

    # No reload at the end: the reported batches alone bring the queue up to date.
    qtbot.waitUntil(lambda: model.rowCount() == count - 2, timeout=10_000)
    new_row = chosen + 3 - 1
    qtbot.waitUntil(lambda: model.row_of(case.market, case.incident_id) == new_row,
                    timeout=10_000)
    current = page.table.selectionModel().currentIndex()
    assert current.row() == new_row
    assert current.data(ROW_ROLE).incident_id == case.incident_id
    assert page.detail.case is not None
    assert page.detail.case.incident.incident_id == case.incident_id
    # Scrolled along with the rows that came in above: the case is where it was on screen.
    assert page.table.rowViewportPosition(new_row) == on_screen
    assert {_row(page, r).incident_id for r in range(3)} == {i for _m, i, _o in resolved}
    assert model.row_of(above.market, above.incident_id) is None
    assert model.row_of(below.market, below.incident_id) is None
    assert not resets  # updated in place, never reset
    del tester  # it reported nothing: a warning from it would have failed the test
