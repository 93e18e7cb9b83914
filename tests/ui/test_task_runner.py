"""The task runner: results on the UI thread, and nothing a task held dies on a worker."""

from __future__ import annotations

import sys
import threading
import weakref
from typing import Any

from PySide6.QtWidgets import QWidget

from operator_desk.ui.tasks import TaskRunner


def test_results_and_errors_come_back_on_the_ui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: list[tuple[str, object, bool]] = []
    main = threading.current_thread()
    runner.submit(lambda: 21 * 2, lambda value: seen.append(
        ("done", value, threading.current_thread() is main)))
    runner.submit(lambda: 1 / 0, None, lambda error: seen.append(
        ("error", type(error).__name__, threading.current_thread() is main)), lane="net")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == [("done", 42, True), ("error", "ZeroDivisionError", True)]


def test_a_widget_only_a_task_held_is_released_on_the_ui_thread(qtbot: Any,
                                                                 runner: TaskRunner) -> None:
    """A widget freed on a worker thread crashes Qt later (seen as a rare segfault)."""
    released_on: list[str] = []
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # hand the GIL over often: the race shows within a few runs
    try:
        _release_many(qtbot, runner, released_on, 200)
    finally:
        sys.setswitchinterval(switch)
    qtbot.waitUntil(lambda: len(released_on) == 200, timeout=5000)
    assert set(released_on) == {threading.main_thread().name}


def _release_many(qtbot: Any, runner: TaskRunner, released_on: list[str], count: int) -> None:
    for _ in range(count):
        widget = QWidget()
        weakref.finalize(widget, lambda: released_on.append(threading.current_thread().name))
        done = threading.Event()
        runner.submit(lambda w=widget: w.objectName(), lambda _name, d=done: d.set(), lane="net")
        del widget
        qtbot.waitUntil(done.is_set, timeout=5000)
