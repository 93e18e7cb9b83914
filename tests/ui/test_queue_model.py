"""The queue model: passes Qt's model tester, pages in from SQL, sorts and filters in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueSort, QueueView
from operator_desk.ui.queue_model import COLUMNS, ROW_ROLE, IncidentQueueModel
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


def _loaded(qtbot: Any, model: IncidentQueueModel, **query: Any) -> None:
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_query(**query)


def test_model_passes_the_qt_model_tester(qtbot: Any, qtmodeltester: Any, desk: Desk,
                                           runner: TaskRunner) -> None:
    model = IncidentQueueModel(desk.incidents, runner, "de_DE", "de", page_size=7)
    _loaded(qtbot, model, filter_=QueueFilter(view=QueueView.ALL_OPEN))
    assert model.rowCount() > 20
    qtmodeltester.check(model)
    # Rows beyond the first page arrive in the background and are then shown.
    last = model.rowCount() - 1
    assert model.data(model.index(last, 1)) == ""
    qtbot.waitUntil(lambda: model.data(model.index(last, 1)) not in ("", None), timeout=5000)
    qtmodeltester.check(model)


def test_sort_and_filter_happen_in_sql(qtbot: Any, desk: Desk, runner: TaskRunner) -> None:
    model = IncidentQueueModel(desk.incidents, runner, "en_GB", "en", page_size=500)
    _loaded(qtbot, model, filter_=QueueFilter(view=QueueView.ALL_OPEN),
            sort=QueueSort(QueueColumn.ORDER_VALUE, descending=True))
    values = [model.data(model.index(r, 0), ROW_ROLE).order_value.amount
              for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)

    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(COLUMNS.index(QueueColumn.SELLER), Qt.SortOrder.AscendingOrder)
    sellers = [model.data(model.index(r, 0), ROW_ROLE).seller for r in range(model.rowCount())]
    assert len(set(sellers)) > 5
    assert sellers == sorted(sellers)

    row = model.data(model.index(3, 0), ROW_ROLE)
    _loaded(qtbot, model, filter_=QueueFilter(view=QueueView.ALL_OPEN, markets=(row.market,),
                                              text=row.order_id))
    assert model.rowCount() >= 1
    assert all(model.data(model.index(r, 0), ROW_ROLE).order_id == row.order_id
               for r in range(model.rowCount()))


def test_money_and_ages_are_formatted_for_the_locale(qtbot: Any, desk: Desk,
                                                     runner: TaskRunner) -> None:
    model = IncidentQueueModel(desk.incidents, runner, "de_DE", "de")
    _loaded(qtbot, model, filter_=QueueFilter(markets=("CH",), view=QueueView.ALL_OPEN))
    value = model.data(model.index(0, COLUMNS.index(QueueColumn.ORDER_VALUE)))
    assert value.endswith("CHF") and "," in value
    _loaded(qtbot, model, filter_=QueueFilter(markets=("DE",)))
    age = model.data(model.index(0, COLUMNS.index(QueueColumn.MARKED_SOLVED)))
    assert age.startswith("vor ")
