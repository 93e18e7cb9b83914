"""The desk's private data in the running desk: the retention purge and the two Desk-menu
entries, Data retention… and Remove all local data….

- At start, once the cache is ready, ``purge_at_start`` wipes cached personal data older than
  the retention period on a worker; the first sync waits for it (it would wait for the
  cache's lock anyway). Saving a new period purges again at once.
- "Remove all local data" opens ``RemoveDataDialog`` with a task runner of its own: before
  the removal the desk stops its sync, timers and background tasks (``stop_activity``, UI
  thread) and closes its stores (``close_stores``, worker), so nothing writes or reopens a
  file that is being removed. Once that happened the desk quits when the dialog closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from .main_window import MainWindow
from .tasks import TaskRunner

log = logging.getLogger(__name__)


class LocalDataController(QObject):
    purged = Signal(object)  # RetentionReport, or None (never, or not done: see the log)

    def __init__(self, window: MainWindow, settings: QSettings, data_dir: Path,
                 runner: TaskRunner, *, stop_activity: Callable[[], None],
                 close_stores: Callable[[], None], notice: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.data_dir = data_dir
        self.runner = runner
        self.stop_activity = stop_activity
        self.close_stores = close_stores
        self.notice = notice
        self.cache: Any = None  # the open cache (store.database.Database), once there is one
        self.retention_dialog: Any = None
        self.remove_dialog: Any = None
        window.retention_action.triggered.connect(self.edit_retention)
        window.remove_data_action.triggered.connect(self.remove_local_data)

    # -- retention ---------------------------------------------------------------------------
    def purge_at_start(self, cache: Any, then: Callable[[], None] | None = None) -> None:
        """Purge on a worker with the saved period, then call ``then`` (success or not)."""
        self.cache = cache
        self.purge(then)

    def purge(self, then: Callable[[], None] | None = None) -> None:
        from operator_desk.services.local_data import purge_expired

        from .retention_dialog import load_retention

        cache, period = self.cache, load_retention(self.settings)
        if cache is None:
            return

        def done(report: Any) -> None:
            if then is not None:
                then()
            count = report.counts.total if report is not None else 0
            if count:
                self.notice(self.tr(
                    "Retention: personal data older than {0} days was wiped from %n cached "
                    "record(s).", "", count).format(period.days))
            self.purged.emit(report)

        def failed(error: BaseException) -> None:
            # CacheBusy (a sync elsewhere held the cache) or a store error: the next start
            # tries again; the cache is as it was.
            log.warning("retention purge not done: %s", type(error).__name__)
            if then is not None:
                then()
            self.purged.emit(None)

        self.runner.submit(lambda: purge_expired(cache, period), done, failed, lane="net")

    def edit_retention(self) -> None:
        from .retention_dialog import RetentionDialog, load_retention, save_retention

        dialog = RetentionDialog(load_retention(self.settings), self.window)

        def chosen() -> None:
            period = dialog.period()
            save_retention(self.settings, period)
            log.info("retention period set to %s", period.to_setting())
            self.purge()

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.retention_dialog = dialog
        dialog.open()

    # -- removal -----------------------------------------------------------------------------
    def remove_local_data(self) -> None:
        from .remove_data_dialog import RemoveDataDialog

        # The desk's runner stops before the removal; the dialog works with its own.
        runner = TaskRunner(self)
        dialog = RemoveDataDialog(self.data_dir, runner, self.close_stores, self.window,
                                  stop_activity=self.stop_activity)
        dialog.finished.connect(lambda _code: self._removal_closed(dialog, runner))
        self.remove_dialog = dialog
        dialog.open()

    def _removal_closed(self, dialog: Any, runner: TaskRunner) -> None:
        runner.shutdown(wait=False)
        self.remove_dialog = None
        dialog.deleteLater()
        if dialog.desk_stopped:
            log.info("local data removed: the desk quits")
            self.window.close()  # nothing left to work with
