"""Unexpected errors from a slot, a thread or a background task end in one dialog that says
what happened and that nothing was lost, with a report to copy that holds no secrets or
message texts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from operator_desk.services.secrets import REDACTOR
from operator_desk.ui.crash_dialog import CrashDialog, CrashHandler
from operator_desk.ui.tasks import TaskRunner

SECRET = "sk-live-9f8e7d6c5b4a39281706"
BODY = "Hallo, mein Paket ist nie angekommen und ich möchte mein Geld zurück bitte"

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler(qtbot: QtBot, tmp_path: Path) -> Iterator[CrashHandler]:
    window = QMainWindow()
    qtbot.addWidget(window)
    crash = CrashHandler(tmp_path / "logs", window, context=lambda: {"Page": "incidents"})
    crash.install()
    REDACTOR.register(SECRET)
    yield crash
    crash.uninstall()
    REDACTOR.forget(SECRET)
    if crash.dialog is not None:
        crash.dialog.reject()


def _fail() -> None:
    raise RuntimeError(f"request with key {SECRET} failed for message '{BODY}'")


def _dialog(qtbot: QtBot, handler: CrashHandler) -> CrashDialog:
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    return handler.dialog


def test_an_error_in_a_slot_shows_the_dialog_with_a_clean_report(
        qtbot: QtBot, handler: CrashHandler, tmp_path: Path) -> None:
    QTimer.singleShot(0, _fail)
    dialog = _dialog(qtbot, handler)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.more_label)))
    assert "RuntimeError" in texts
    assert "Nothing was lost" in texts
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text()
    assert dialog.text.toPlainText() == report
    assert "RuntimeError" in report and "_fail" in report and "Page: incidents" in report
    assert SECRET not in report and BODY not in report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report


def test_errors_on_worker_threads_and_in_background_tasks_reach_the_dialog(
        qtbot: QtBot, handler: CrashHandler) -> None:
    worker = threading.Thread(target=_fail)
    worker.start()
    worker.join()
    dialog = _dialog(qtbot, handler)
    runner = TaskRunner()
    handler.watch_runner(runner)
    try:
        runner.submit(_fail)  # no error callback: nobody else would hear of it
        qtbot.waitUntil(lambda: dialog.more == 1)
    finally:
        runner.shutdown()
    assert dialog.more_label.isVisibleTo(dialog)
    assert "1 more error" in dialog.more_label.text()


def test_continue_closes_the_dialog_and_quit_closes_the_window(
        qtbot: QtBot, handler: CrashHandler) -> None:
    QTimer.singleShot(0, _fail)
    dialog = _dialog(qtbot, handler)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: handler.dialog is None)
    window = handler.window
    assert window is not None
    window.show()
    QTimer.singleShot(0, _fail)
    dialog = _dialog(qtbot, handler)
    dialog.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_keyboard_interrupt_is_not_a_crash(handler: CrashHandler) -> None:
    seen = []
    original = handler._previous_hooks
    assert original is not None
    handler._previous_hooks = (lambda *args: seen.append(args[0]), original[1])
    try:
        handler._excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler._previous_hooks = original
    assert seen == [KeyboardInterrupt]
    assert not handler.crashed
