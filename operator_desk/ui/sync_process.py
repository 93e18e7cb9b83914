"""Runs `operator-desk sync --feed` as a child process and turns its events into signals.

A sync parses and writes hundreds of thousands of records; in a child process it cannot take
Python's GIL away from the window, and a crash there cannot take the window down. The child
writes JSON events on stdout; closing its stdin asks it to stop after the current page (what it
wrote is kept and the next sync resumes from there).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

log = logging.getLogger(__name__)


class SyncProcess(QObject):
    progressed = Signal(str, str, int, object)  # market, stage, done, total (or None)
    link_changed = Signal(object)  # MarketLink
    incidents_changed = Signal(str, object)  # market, incident ids whose queue rows changed
    finished = Signal(bool, object)  # ok, the "done" event (or None when it crashed)

    def __init__(self, argv: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.argv = argv
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._log_stderr)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self._buffer = b""
        self._done: dict[str, Any] | None = None
        self._busy = False
        self.stderr_tail: list[str] = []

    def start(self) -> None:
        self._done = None
        self._busy = False
        self.stderr_tail = []
        self.process.start(self.argv[0], self.argv[1:])

    def is_running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def cancel(self, grace_ms: int = 5000) -> None:
        """Ask the child to stop after its current page; terminate it if it does not."""
        if not self.is_running():
            return
        self.process.closeWriteChannel()
        # Tied to this object: a desk closing right away deletes it before the timer fires.
        QTimer.singleShot(grace_ms, self, self._terminate_if_running)

    def _terminate_if_running(self) -> None:
        if self.is_running():
            self.process.terminate()

    def wait(self, ms: int) -> bool:
        return bool(self.process.waitForFinished(ms))

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if line.strip():
                self._event(line)

    def _event(self, line: bytes) -> None:
        try:
            event = json.loads(line)
        except ValueError:
            log.warning("sync process wrote a line that is not an event: %r", line[:200])
            return
        kind = event.get("event")
        if kind == "progress":
            self.progressed.emit(event.get("market", ""), event.get("stage", ""),
                                 int(event.get("done") or 0), event.get("total"))
        elif kind == "link":
            # Imported here: the module loads before the first paint, the connectors after.
            from operator_desk.services.connections import LinkState, MarketLink

            try:
                state = LinkState(event.get("state"))
            except ValueError:
                state = LinkState.DEGRADED
            self.link_changed.emit(MarketLink(event.get("market", ""), state,
                                              event.get("detail") or ""))
        elif kind == "changed":
            ids = event.get("incidents")
            if isinstance(ids, list) and ids:
                self.incidents_changed.emit(event.get("market", ""), [str(i) for i in ids])
        elif kind == "done":
            self._done = event
        elif kind == "busy":
            self._busy = True

    def _log_stderr(self) -> None:
        text = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                self.stderr_tail = [*self.stderr_tail[-20:], line]
                log.debug("sync: %s", line)

    @property
    def busy_elsewhere(self) -> bool:
        """The cache was being synced by another process (e.g. a scripted sync)."""
        return self._busy

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        if self._buffer.strip():
            self._event(self._buffer)
            self._buffer = b""
        if code != 0 and self._done is None:
            log.warning("sync process ended with code %s: %s", code,
                        " | ".join(self.stderr_tail[-3:]))
        self.finished.emit(code == 0, self._done)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.error("the sync process could not start: %s", self.process.errorString())
            self.finished.emit(False, None)
