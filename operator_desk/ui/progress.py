"""Long work with visible progress and a Cancel button: exports, dossiers, first loads.

The work runs on a ``TaskRunner`` lane and gets a ``Progress`` handle; it reports how far it
is and asks whether the user cancelled. The dialog appears only when the work takes longer
than ``show_after_ms``, so quick runs do not flash a window::

    def export(progress: Progress) -> Path:          # worker thread: no widgets here
        rows = service.rows_to_export()
        for done, row in enumerate(rows, 1):
            progress.check()                          # raises Cancelled after Cancel
            writer.write(row)
            progress.report(done, len(rows), "Writing rows…")
        return target

    run_with_progress(runner, self, self.tr("Export"), export,
                      on_done=lambda path: ..., on_cancelled=lambda: ...,
                      on_error=lambda error: ..., lane="db")

Cancelling is cooperative: the work stops at its next ``check()`` (or when it reads
``progress.cancelled``) and must leave nothing half-written (write to a temporary file,
rename at the end). ``on_cancelled`` runs when the work raised ``Cancelled``; work that
finished in spite of the click reports through ``on_done``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .tasks import TaskRunner

REPORT_EVERY_S = 0.05  # at most 20 updates a second cross to the UI thread


class Cancelled(Exception):
    """The user cancelled; raised by ``Progress.check()`` in the work."""


class _Relay(QObject):
    reported = Signal(int, object, str)  # done, total (or None), text


class Progress:
    """The work's side: thread-safe reports, and whether the user cancelled."""

    def __init__(self, relay: _Relay | None = None,
                 cancel_event: threading.Event | None = None) -> None:
        self._relay = relay
        self._cancel = cancel_event or threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """Set by Cancel: for services that take an event rather than a callable."""
        return self._cancel

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        """How far the work is; ``total=None`` shows a busy bar."""
        now = time.monotonic()
        final = total is not None and done >= total
        if self._relay is None or (now - self._last < REPORT_EVERY_S and not final):
            return
        self._last = now
        try:
            self._relay.reported.emit(done, total, text)
        except RuntimeError:  # the dialog is gone (window closed)
            pass


class ProgressTask(QObject):
    """One running piece of work and its dialog; ``cancel()`` does what the button does."""

    def __init__(self, parent: QWidget, title: str, label: str, show_after_ms: int) -> None:
        super().__init__(parent)
        self.relay = _Relay(self)
        self.progress = Progress(self.relay)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # The dialog shows when our timer says so, never by Qt's own estimate.
        self.dialog.setMinimumDuration(2**30)
        self.dialog.reset()
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self.finished = False
        self.shown = False
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show)
        self._show_timer.start(show_after_ms)
        self.relay.reported.connect(self._reported)

    def _show(self) -> None:
        if not self.finished:
            self.shown = True
            self.dialog.show()

    def _reported(self, done: int, total: object, text: str) -> None:
        if self.finished:
            return
        if isinstance(total, int) and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setMaximum(0)
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(self.tr("Stopping…"))
        self.dialog.setCancelButtonText(self.tr("Stopping…"))

    def close(self) -> None:
        self.finished = True
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()


def run_with_progress(runner: TaskRunner, parent: QWidget, title: str,
                      work: Callable[[Progress], Any], *,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      label: str = "", lane: str = "db",
                      show_after_ms: int = 400) -> ProgressTask:
    """Run ``work(progress)`` on ``lane`` with a cancellable progress dialog over ``parent``.

    Exactly one of ``on_done``, ``on_cancelled`` and ``on_error`` runs afterwards, on the UI
    thread. Without ``on_error`` an error goes to the runner's unexpected-error signal (the
    crash dialog)."""
    task = ProgressTask(parent, title, label or title, show_after_ms)

    def done(result: Any) -> None:
        task.close()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        task.close()
        if isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_error is not None:
            on_error(error)
        else:
            runner.unexpected_error.emit(error)

    progress = task.progress
    runner.submit(lambda: work(progress), done, failed, lane=lane)
    return task
