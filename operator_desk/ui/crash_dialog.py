"""When something breaks that nobody expected: say what happened, that nothing was lost, and
offer a report the user can copy.

``CrashHandler.install()`` catches what would otherwise only reach stderr: exceptions in Qt
slots and on the UI thread (``sys.excepthook``), on worker threads (``threading.excepthook``)
and background tasks whose caller gave no error callback (``TaskRunner.unexpected_error``,
via ``watch_runner``). Each is logged, written as a crash report into the log folder by
``services.crash_report`` (no keys, message texts or customer data) and shown in one
``CrashDialog``; further errors while it is open are counted in it, not stacked.

In automated runs (``--self-test``, ``--screenshot``) a crash prints the report to stderr and
makes the desk exit with ``EXIT_CRASHED``.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

EXIT_CRASHED = 70  # EX_SOFTWARE


class CrashDialog(QDialog):
    """What happened, what was kept, and the report to copy."""

    quit_requested = Signal()

    def __init__(self, error: BaseException, report: str, report_path: Path | None,
                 log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Operator Desk – unexpected error"))
        self.log_dir = log_dir
        self.report = report
        self.more = 0

        headline = QLabel(self.tr("Something went wrong inside the desk ({0}).").format(
            type(error).__name__))
        headline.setTextFormat(Qt.TextFormat.PlainText)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        what = QLabel(self.tr(
            "What the desk was doing at that moment may not have finished. Nothing was lost: "
            "what the desk had stored stays in the local cache and the team store, and "
            "actions you confirmed were saved before they were sent. You can go on working; "
            "check the last thing you did once more."))
        what.setWordWrap(True)
        where = QLabel(self.tr(
            "A report was saved as {0}. It contains no keys, passwords, message texts or "
            "customer data; copy it into a message to your IT support.").format(
                report_path if report_path else self.tr("(not saved: the log folder cannot "
                                                        "be written)")))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Crash report"))
        self.text.setMinimumHeight(160)
        self.more_label = QLabel()
        self.more_label.hide()

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open &log folder"))
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = QPushButton(self.tr("&Quit the desk"))
        self.quit_button.clicked.connect(self._quit)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.continue_button = QPushButton(self.tr("C&ontinue working"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(what)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))

    def add_another(self) -> None:
        """One more error while this dialog is open: counted, its report is in the folder."""
        self.more += 1
        self.more_label.setText(self.tr(
            "%n more error(s) happened meanwhile; their reports are in the log folder.", "",
            self.more))
        self.more_label.show()

    def _quit(self) -> None:
        self.reject()
        self.quit_requested.emit()


class CrashHandler(QObject):
    """Routes unexpected errors from any thread to one dialog on the UI thread."""

    _raised = Signal(object)

    def __init__(self, log_dir: Path, window: QWidget | None = None, *,
                 automated: bool = False,
                 context: Callable[[], dict[str, str]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.log_dir = log_dir
        self.window = window
        self.automated = automated
        self.context = context
        self.dialog: CrashDialog | None = None
        self.crashed = False
        self._previous_hooks: tuple[Any, Any] | None = None
        # Queued: the dialog opens after the failing slot unwound, never inside it.
        self._raised.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def watch_runner(self, runner: Any) -> None:
        """Background tasks that failed without an error callback (``TaskRunner``)."""
        runner.unexpected_error.connect(self.handle)

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous_hooks is not None:
            self._previous_hooks[0](kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        self._raised.emit(error)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        self._raised.emit(args.exc_value)

    def handle(self, error: BaseException) -> None:
        """Log, write the report, show it (UI thread)."""
        from operator_desk.services.crash_report import format_crash_report, write_crash_report

        log.error("unexpected error", exc_info=error)
        self.crashed = True
        context = {}
        if self.context is not None:
            try:
                context = self.context()
            except Exception:  # the context is a nicety; the report must still be written
                context = {}
        path: Path | None
        try:
            path = write_crash_report(error, self.log_dir, context=context)
            report = path.read_text(encoding="utf-8")
        except OSError as exc:
            log.error("the crash report could not be written: %s", exc)
            path = None
            report = format_crash_report(error, context=context)
        if self.automated:
            print(report, file=sys.stderr, flush=True)
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_CRASHED)
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_another()
            return
        dialog = CrashDialog(error, report, path, self.log_dir, self.window)
        dialog.quit_requested.connect(self._quit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _quit(self) -> None:
        if self.window is not None:
            self.window.close()
        else:
            app = QApplication.instance()
            if app is not None:
                app.quit()
