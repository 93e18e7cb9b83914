"""The queue's second filter row and saved filters through the widgets, on the sandbox: seller,
waiting time, order value (and the message for a value that is not one), refunds; a saved
filter is kept, brought back whole (view, market, values in the user's locale) and deleted;
sorting by "On it" follows the team store's claims."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_desk.domain.models import Role
from operator_desk.domain.queue import QueueColumn, QueueRow, QueueView
from operator_desk.domain.team import Actor
from operator_desk.services.saved_filters import SavedFilters
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.queue_model import COLUMNS, ROW_ROLE
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


def _page(qtbot: Any, desk: Desk, runner: TaskRunner, locale: str = "en_GB",
          saved: SavedFilters | None = None, team: TeamService | None = None) -> QueuePage:
    desk.incidents.team = team
    page = QueuePage(desk.incidents, desk.connections, runner, locale, locale[:2],
                     saved_filters=saved)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: page.filter_bar.seller.count() > 1, timeout=10_000)
    page.more_button.click()
    return page


def _rows(page: QueuePage) -> list[QueueRow]:
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert all(isinstance(r, QueueRow) for r in rows)  # the view's rows are all loaded
    return rows


def _reloaded(qtbot: Any, page: QueuePage, change: Any) -> None:
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        change()


def _waited(row: QueueRow) -> datetime:
    return row.marked_solved or row.opened


def test_seller_age_value_and_refund_filters(qtbot: Any, desk: Desk,
                                             runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    bar = page.filter_bar
    _reloaded(qtbot, page, lambda: page.set_view(QueueView.ALL_OPEN))
    everything = _rows(page)

    # Seller: one shop of one market (shop ids repeat across markets).
    sample = everything[len(everything) // 2]
    _reloaded(qtbot, page, lambda: bar.seller.setCurrentIndex(
        bar.seller.findData(f"{sample.market}:{sample.shop_id}")))
    rows = _rows(page)
    assert sample.incident_id in {r.incident_id for r in rows}
    assert {(r.market, r.shop_id) for r in rows} == {(sample.market, sample.shop_id)}
    _reloaded(qtbot, page, lambda: bar.seller.setCurrentIndex(0))

    # Waiting at least N days (since "solved", else since opened).
    days = sorted((datetime.now(UTC) - _waited(r)).days for r in everything)
    threshold = days[len(days) // 2]
    assert threshold > 0
    _reloaded(qtbot, page, lambda: bar.age.setValue(threshold))
    rows = _rows(page)
    assert 0 < len(rows) < len(everything)
    limit = datetime.now(UTC) - timedelta(days=threshold)
    assert all(_waited(r) <= limit + timedelta(minutes=1) for r in rows)
    _reloaded(qtbot, page, lambda: bar.age.setValue(0))

    # Order value between two amounts.
    def values(low: str, high: str) -> None:
        bar.min_value.setText(low)
        bar.max_value.setText(high)
        bar.max_value.editingFinished.emit()

    _reloaded(qtbot, page, lambda: values("100", "300"))
    rows = _rows(page)
    assert 0 < len(rows) < len(everything)
    assert all(r.order_value is not None
               and Decimal(100) <= r.order_value.amount <= Decimal(300) for r in rows)
    assert not bar.value_error.isVisible()
    # Not an amount: said next to the fields, and that bound is left out (not guessed).
    _reloaded(qtbot, page, lambda: values("hundred", "300"))
    assert bar.value_error.isVisible()
    assert bar.value_error.text() == "“hundred” is not an amount"
    assert page.model.query_filter.min_value is None
    assert page.model.query_filter.max_value == Decimal(300)
    rows = _rows(page)
    assert all(r.order_value is not None and r.order_value.amount <= 300 for r in rows)
    assert any(r.order_value is not None and r.order_value.amount < 100 for r in rows)
    _reloaded(qtbot, page, lambda: values("", ""))
    assert not bar.value_error.isVisible()

    # Refunds: with, without.
    _reloaded(qtbot, page, lambda: bar.refund.setCurrentIndex(1))
    refunded = _rows(page)
    assert refunded and all(r.has_refund for r in refunded)
    _reloaded(qtbot, page, lambda: bar.refund.setCurrentIndex(2))
    unrefunded = _rows(page)
    assert unrefunded and not any(r.has_refund for r in unrefunded)
    assert len(refunded) + len(unrefunded) == len(everything)


def test_a_saved_filter_is_kept_brought_back_whole_and_deleted(
        qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path) -> None:
    saved = SavedFilters(tmp_path / "settings")
    page = _page(qtbot, desk, runner, locale="de_DE", saved=saved)
    bar = page.filter_bar
    page.apply_markets(["CH", "DE", "ES", "NL"])
    assert bar.save_button.isEnabled()
    _reloaded(qtbot, page, lambda: page.set_view(QueueView.ALL_OPEN))
    _reloaded(qtbot, page, lambda: page.market_combo.setCurrentIndex(
        page.market_combo.findData("DE")))
    bar.min_value.setText("50,5")  # German: a decimal comma
    _reloaded(qtbot, page, bar.min_value.editingFinished.emit)
    _reloaded(qtbot, page, lambda: bar.refund.setCurrentIndex(2))
    wanted = page.model.query_filter
    assert wanted.min_value == Decimal("50.5") and wanted.markets == ("DE",)
    count = page.model.rowCount()
    assert count > 0

    bar.save_button.click()
    qtbot.waitUntil(lambda: bar.name_dialog is not None and bar.name_dialog.isVisible(),
                    timeout=5000)
    bar.name_dialog.setTextValue("DE ab 50")
    bar.name_dialog.accept()
    qtbot.waitUntil(lambda: bar.saved_combo.findData("DE ab 50") > 0, timeout=5000)
    assert "DE ab 50" in json.loads(saved.path.read_text("utf-8"))

    # Everything back to the defaults; then the saved filter brings all of it back.
    _reloaded(qtbot, page, bar.reset)
    _reloaded(qtbot, page, lambda: page.market_combo.setCurrentIndex(0))
    _reloaded(qtbot, page, lambda: page.set_view(QueueView.MARKED_SOLVED))
    assert page.model.query_filter != wanted
    index = bar.saved_combo.findData("DE ab 50")
    bar.saved_combo.setCurrentIndex(index)
    _reloaded(qtbot, page, lambda: bar.saved_combo.activated.emit(index))
    assert page.model.query_filter == wanted
    assert page.model.rowCount() == count
    assert page.view_combo.currentData() == QueueView.ALL_OPEN.value
    assert page.market_combo.currentData() == "DE"
    assert bar.min_value.text() == "50,5" and not bar.value_error.isVisible()
    assert bar.refund.currentIndex() == 2
    assert SavedFilters(saved.path.parent).load() == {"DE ab 50": wanted}  # kept on disk

    assert bar.delete_button.isEnabled()
    bar.delete_button.click()
    qtbot.waitUntil(lambda: bar.saved_combo.count() == 1, timeout=5000)
    assert SavedFilters(saved.path.parent).load() == {}


@pytest.fixture
def teams(tmp_path: Path) -> Iterator[tuple[TeamService, TeamService]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    anna = TeamService(open_team_store(url), Actor("anna", Role.SUPERVISOR))
    ben = TeamService(open_team_store(url), Actor("ben", Role.AGENT))
    yield anna, ben
    anna.close()
    ben.close()


def test_sorting_by_on_it_orders_by_who_holds_the_case(
        qtbot: Any, desk: Desk, runner: TaskRunner,
        teams: tuple[TeamService, TeamService]) -> None:
    anna, ben = teams
    page = _page(qtbot, desk, runner, team=anna)
    rows = _rows(page)
    first = rows[0]
    # Anna's desk claims the case it opens; Ben holds two others.
    qtbot.waitUntil(lambda: any(c.case_id == first.incident_id
                                for c in anna.active_claims()), timeout=10_000)
    bens = [rows[3], rows[5]]
    for row in bens:
        assert ben.claim(row.market, row.incident_id).won
    column = COLUMNS.index(QueueColumn.CLAIMED_BY)
    _reloaded(qtbot, page, lambda: page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder))
    ordered = _rows(page)
    assert len(ordered) == len(rows)
    assert ordered[0].incident_id == first.incident_id  # anna before ben
    assert {r.incident_id for r in ordered[1:3]} == {r.incident_id for r in bens}
    holders = [page.model.index(r, column).data() for r in range(3)]
    assert holders[1:] == ["ben", "ben"] and not any(
        page.model.index(r, column).data() for r in range(3, len(ordered)))
    _reloaded(qtbot, page, lambda: page.table.sortByColumn(column,
                                                           Qt.SortOrder.DescendingOrder))
    ordered = _rows(page)
    assert {r.incident_id for r in ordered[:2]} == {r.incident_id for r in bens}
    assert ordered[2].incident_id == first.incident_id  # nobody's cases last, either way
