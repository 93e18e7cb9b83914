"""Background work with one-line call sites; results come back on the UI thread.

Two lanes: ``db`` (one worker: reads of the cache, in order) and ``net`` (a small pool for
HTTP and anything that waits on a marketplace). A click handler never touches SQLite or HTTP;
it submits a function here and names what to do with the result.

Every Python object a task holds (the function, its callbacks, its result) is released on the
UI thread, never on a worker: a task's closure often holds the last reference to a widget, and
a widget destroyed from a worker thread crashes Qt later, somewhere unrelated.
"""

from __future__ import annotations

import itertools
import logging
import threading
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
        self._ids = itertools.count(1)
        # Callbacks wait here, on the UI thread's side, until their task is done.
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._results: dict[int, tuple[Any, BaseException | None, Any]] = {}
        self._lock = threading.Lock()
        self._delivered.connect(self._deliver)

    def submit(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: ErrorCallback | None = None, lane: str = "db") -> Future[Any] | None:
        if self._closed:
            return None
        task_id = next(self._ids)
        with self._lock:
            self._callbacks[task_id] = (on_done, on_error)
        holder = [fn]

        def job() -> None:
            # The worker must hold no reference to the task's objects once the UI thread can
            # see them: whoever drops the last reference destroys them, and a widget that
            # dies on a worker thread crashes Qt later (Shiboken defers the deletion to the
            # main thread and fails there). So everything goes into ``_results`` (owned by
            # the runner) before the signal, and the worker keeps nothing.
            work = holder.pop()
            try:
                outcome: tuple[Any, BaseException | None] = (work(), None)
            except BaseException as exc:
                outcome = (None, exc)
            with self._lock:
                self._results[task_id] = (*outcome, work)
            del work, outcome
            self._emit(task_id)

        return self._lanes[lane].submit(job)

    def _emit(self, task_id: int) -> None:
        if self._closed:
            return
        try:
            self._delivered.emit(task_id)
        except RuntimeError:  # the runner was deleted while the job ran (app quitting)
            pass

    def _deliver(self, task_id: int) -> None:
        with self._lock:
            on_done, on_error = self._callbacks.pop(task_id, (None, None))
            result, error, _work = self._results.pop(task_id, (None, None, None))
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background task failed", exc_info=error)
                    self.unexpected_error.emit(error)
            elif on_done is not None:
                on_done(result)
        except RuntimeError as exc:
            # The widget that asked is gone (window closed while the task ran).
            log.debug("late result dropped: %s", exc)
        # result, error and the task's function are released here, on the UI thread.

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        for lane in self._lanes.values():
            lane.shutdown(wait=wait, cancel_futures=True)
        # Not cleared: results still waiting are released when the runner itself goes, on
        # the thread that owns it.


def follow_listeners(owner: QObject, listeners: list[Callable[..., None]],
                     signal: Any) -> None:
    """Relay a service's listener calls (made on any thread) to ``signal`` of ``owner``,
    which Qt queues to the owner's thread; the relay leaves ``listeners`` with the owner."""
    def relay(*args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the owner is gone
            pass

    listeners.append(relay)

    def forget(*_args: object) -> None:
        try:
            listeners.remove(relay)
        except ValueError:
            pass

    owner.destroyed.connect(forget)
