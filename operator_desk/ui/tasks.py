"""Background work with one-line call sites; results come back on the UI thread.

Two lanes: ``db`` (one worker: reads of the cache, in order) and ``net`` (a small pool for
HTTP and anything that waits on a marketplace). A click handler never touches SQLite or HTTP;
it submits a function here and names what to do with the result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on worker threads and delivers results via a queued signal."""

    _delivered = Signal(object)
    unexpected_error = Signal(object)  # an exception nobody handled: the app shows a dialog

    def __init__(self, parent: QObject | None = None, net_workers: int = 4) -> None:
        super().__init__(parent)
        self._lanes = {
            "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db"),
            "net": ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="desk-net"),
        }
        self._closed = False
        self._delivered.connect(self._deliver)

    def submit(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: ErrorCallback | None = None, lane: str = "db") -> Future[Any] | None:
        if self._closed:
            return None

        def job() -> Any:
            try:
                result = fn()
            except BaseException as exc:
                self._emit((on_error, None, exc))
                raise
            self._emit((on_done, result, None))
            return result

        return self._lanes[lane].submit(job)

    def _emit(self, payload: tuple[Any, Any, BaseException | None]) -> None:
        if self._closed:
            return
        try:
            self._delivered.emit(payload)
        except RuntimeError:  # the runner was deleted while the job ran (app quitting)
            pass

    def _deliver(self, payload: tuple[Any, Any, BaseException | None]) -> None:
        callback, result, error = payload
        try:
            if error is not None:
                if callback is not None:
                    callback(error)
                else:
                    log.error("background task failed", exc_info=error)
                    self.unexpected_error.emit(error)
            elif callback is not None:
                callback(result)
        except RuntimeError as exc:
            # The widget that asked is gone (window closed while the task ran).
            log.debug("late result dropped: %s", exc)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        for lane in self._lanes.values():
            lane.shutdown(wait=wait, cancel_futures=True)
