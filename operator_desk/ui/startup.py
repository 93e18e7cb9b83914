"""The first paint, and the two automated start modes built on it.

``FirstPaint`` tells when the main window has been painted once: everything slow (logging to
a file, the services' imports, the cache, the sandbox) starts only then, so the window
appears as fast as a bare Qt window does.

``--startup-probe`` prints ``first-paint <t>`` and ``queue-shown <t>`` (``time.monotonic()``,
which on Linux, macOS and Windows is one clock for all processes, so a benchmark compares it
with its own reading taken before it started the desk) and quits.

``--self-test`` opens the window (offscreen), runs one sync through the child process and
waits for the queue; it prints one JSON line and exits 0, or prints what failed and exits 1.
The packaged application's smoke test runs it.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from operator_desk.cli import STARTED

PROCESS_STARTED = STARTED  # when the desk's own code began (after Python's start-up)
EXIT_SELF_TEST_FAILED = 1


class FirstPaint(QObject):
    """Emits ``painted`` once, after the first paint of ``window`` (or after ``fallback_ms``
    when the platform never paints it, e.g. a window started minimised)."""

    painted = Signal()

    def __init__(self, window: QWidget, fallback_ms: int = 3000) -> None:
        super().__init__(window)
        self.window = window
        self.at: float | None = None
        self._fired = False
        window.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.monotonic()
            # After this paint is on screen, not inside it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._fired:
            return
        self._fired = True
        self._fallback.stop()
        self.window.removeEventFilter(self)
        if self.at is None:
            self.at = time.monotonic()
        self.painted.emit()


# What must not be imported before the first paint: each costs tens of milliseconds.
SLOW_IMPORTS = ("sqlalchemy", "requests", "urllib3", "keyring", "babel", "werkzeug",
                "waitress", "psycopg", "holidays", "orjson", "operator_desk.services",
                "operator_desk.store", "operator_desk.connectors", "operator_desk.sandbox")


def slow_imports_loaded() -> list[str]:
    return [name for name in SLOW_IMPORTS if name in sys.modules]


class StartupProbe(QObject):
    """``--startup-probe``: when the window was painted and when the queue showed, then quit.

    Also prints ``before-first-paint <modules>``: which of ``SLOW_IMPORTS`` were already
    loaded when the window was painted (none, when start-up is as it should be)."""

    def __init__(self, desk: Any, first_paint: FirstPaint) -> None:
        super().__init__(desk.window)
        self.desk = desk
        loaded: list[str] = []
        first_paint.window.installEventFilter(self)
        self._loaded = loaded
        first_paint.painted.connect(lambda: self._print("first-paint", first_paint.at))
        first_paint.painted.connect(
            lambda: print("before-first-paint " + (",".join(self._loaded) or "-"), flush=True))
        desk.signals.queue_shown.connect(self._queue_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._loaded[:] = slow_imports_loaded()
            watched.removeEventFilter(self)
        return False

    @staticmethod
    def _print(what: str, at: float | None) -> None:
        print(f"{what} {at if at is not None else time.monotonic():.6f}", flush=True)

    def _queue_shown(self) -> None:
        self._print("queue-shown", time.monotonic())
        QTimer.singleShot(0, self.desk.window.close)


class SelfTest(QObject):
    """``--self-test``: open, sync once (child process), see the queue, exit 0."""

    def __init__(self, desk: Any, first_paint: FirstPaint, timeout_s: float = 300.0) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.first_paint = first_paint
        self.exit_code = EXIT_SELF_TEST_FAILED
        self.done = False
        self.stage = "opening the window"
        self.synced = False
        self.sync_seconds: float | None = None
        self._sync_started: float | None = None
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self.fail(f"timed out while {self.stage}"))
        self._timeout.start(int(timeout_s * 1000))
        first_paint.painted.connect(self._painted)
        desk.signals.sync_started.connect(self._sync_started_now)
        desk.signals.sync_finished.connect(self._sync_finished)
        desk.signals.open_failed.connect(lambda text: self.fail(f"the desk did not open: {text}"))
        desk.signals.queue_shown.connect(self._queue_shown)

    def _painted(self) -> None:
        self.stage = "opening the cache and the embedded sandbox"

    def _sync_started_now(self) -> None:
        self.stage = "syncing (child process)"
        self._sync_started = time.monotonic()

    def _sync_finished(self, ok: bool, problem: str) -> None:
        if not ok:
            self.fail(f"the sync failed: {problem}")
            return
        if self._sync_started is not None:
            self.sync_seconds = time.monotonic() - self._sync_started
        self.synced = True
        self.stage = "showing the synced queue"

    def _queue_shown(self) -> None:
        if not self.synced:
            opened = self.desk.opened
            if opened is not None and not opened.connections.connectors:
                self.fail("there is no marketplace connection to sync (started --offline?)")
            return  # the cached queue before the sync: wait for the synced one
        page = self.desk.page
        count = page.model.rowCount() if page is not None else 0
        if self.done:
            return
        if count <= 0:
            self.fail("the queue is empty after the sync")
            return
        if not page.table.isVisible():
            self.fail("the queue table is not visible")
            return
        self.exit_code = 0
        import json

        print(json.dumps({
            "self_test": "ok",
            "first_paint_s": round((self.first_paint.at or 0) - PROCESS_STARTED, 3),
            "sync_s": round(self.sync_seconds or 0, 3),
            "total_s": round(time.monotonic() - PROCESS_STARTED, 3),
            "incidents_in_view": count,
            "frozen": bool(getattr(sys, "frozen", False)),
        }), flush=True)
        self._finish()

    def fail(self, message: str) -> None:
        if self.done:
            return
        print(f"self-test failed: {message}", file=sys.stderr, flush=True)
        self.exit_code = EXIT_SELF_TEST_FAILED
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self._timeout.stop()
        QTimer.singleShot(0, self.desk.window.close)
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)
