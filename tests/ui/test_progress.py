"""Long work shows progress after a moment and can be cancelled; quick work shows nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from operator_desk.ui.progress import Progress, run_with_progress
from operator_desk.ui.tasks import TaskRunner


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(wait=True)


def test_cancel_stops_the_work_and_reports_cancelled(qtbot: QtBot, parent: QWidget,
                                                     runner: TaskRunner) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress) -> int:
        started.set()
        for done in range(1, 10_000):
            progress.check()
            progress.report(done, 10_000, f"Row {done}")
            threading.Event().wait(0.002)
        return 1

    task = run_with_progress(runner, parent, "Export", work, show_after_ms=50,
                             on_done=lambda _r: outcome.append("done"),
                             on_cancelled=lambda: outcome.append("cancelled"),
                             on_error=lambda e: outcome.append(f"error {e}"))
    qtbot.waitUntil(lambda: task.dialog.isVisible())
    qtbot.waitUntil(lambda: task.dialog.value() > 0)
    assert task.dialog.maximum() == 10_000
    assert task.dialog.labelText().startswith("Row ")
    button = task.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])


def test_quick_work_finishes_without_a_dialog(qtbot: QtBot, parent: QWidget,
                                              runner: TaskRunner) -> None:
    results: list[object] = []
    task = run_with_progress(runner, parent, "Dossier", lambda p: 42, show_after_ms=5000,
                             on_done=results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert task.finished and not task.shown


def test_errors_reach_the_error_callback(qtbot: QtBot, parent: QWidget,
                                         runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise OSError("disk full")

    run_with_progress(runner, parent, "Export", work, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "disk full"


def test_the_sync_shows_per_market_progress_and_a_cancel_button(qtbot: QtBot) -> None:
    from operator_desk.ui.main_window import MarketStatusBar

    bar = MarketStatusBar("en_GB")
    qtbot.addWidget(bar)
    bar.show()
    bar.set_busy(True, "Syncing…", cancellable=True)
    assert bar.cancel_button.isVisible() and bar.progress.maximum() == 0  # busy
    bar.set_market_progress("DE", "DE: 1,200/5,000 orders", 1200, 5000)
    bar.set_market_progress("ES", "ES: 300 messages", 300)
    assert bar.currentMessage() == "DE: 1,200/5,000 orders · ES: 300 messages"
    assert bar.progress.maximum() == 0  # ES has no total: busy again
    bar.set_market_progress("DE", "DE: 5,000/5,000 orders", 5000, 5000)
    assert (bar.progress.maximum(), bar.progress.value()) == (5000, 5000)
    with qtbot.waitSignal(bar.cancel_requested):
        bar.cancel_button.click()
    bar.set_cancelling()
    assert not bar.cancel_button.isEnabled()
    bar.set_busy(False)
    assert not bar.cancel_button.isVisible() and not bar.progress.isVisible()
