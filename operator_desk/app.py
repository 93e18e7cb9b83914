"""Composition root: builds every service once, injects it, shows the window.

Start-up order matters for how fast the window appears: the window is shown first; the cache,
the embedded sandbox and the connections are opened on a worker thread; the first sync starts
once the cached queue is on screen.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from operator_desk.domain.models import Role
from operator_desk.ui import formatting
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.tasks import TaskRunner

log = logging.getLogger("operator_desk")

LANGUAGES = ("en", "de", "es", "nl")
SYNC_INTERVAL_MS = 60_000


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("operator-desk", appauthor=False)


def configure_logging(log_dir: Path) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "operator-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    # Keys that passed through the secret store never reach the log file, whoever logs them.
    from operator_desk.services.secrets import install_log_redaction

    install_log_redaction(handler)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def pick_language(requested: str | None) -> tuple[str, str]:
    """(interface language, formatting locale), from the request or the system."""
    system = QLocale.system().name()  # e.g. de_DE
    if requested:
        language = requested[:2].lower()
        locale = requested if "_" in requested else {
            "de": "de_DE", "es": "es_ES", "nl": "nl_NL", "en": "en_GB"}.get(language, "en_GB")
    else:
        language = system[:2].lower()
        locale = system
    if language not in LANGUAGES:
        language = "en"
    return language, formatting.babel_locale(locale)


class ProgressRelay(QObject):
    """Carries progress reports from worker threads to the UI thread."""

    progressed = Signal(object)


@dataclass
class Opened:
    cache: Any
    sandbox: Any
    connections: Any
    cache_notice: str | None


class Desk:
    """Owns the running desk: opening, syncing, shutting down."""

    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace,
                 data_dir: Path, language: str, locale: str) -> None:
        self.app = app
        self.window = window
        self.args = args
        self.data_dir = data_dir
        self.language = language
        self.locale = locale
        self.runner = TaskRunner(window)
        self.opened: Opened | None = None
        self.page: Any = None
        self.sync_service: Any = None
        self.cancel = threading.Event()
        self.syncing = False
        self.relay = ProgressRelay(window)
        self.relay.progressed.connect(self._progress)
        self.timer = QTimer(window)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync)
        window.sync_requested.connect(self.sync)
        window.on_close(self.shutdown)
        self.screenshot_path: Path | None = Path(args.screenshot) if args.screenshot else None

    def start(self) -> None:
        self.runner.submit(self._open, self._opened, self._open_failed, lane="net")

    def _open(self) -> Opened:
        from operator_desk.sandbox.server import KEYS_FILE, EmbeddedSandbox
        from operator_desk.services.connections import Connections, connect_sandbox
        from operator_desk.store.cache import open_cache

        cache = open_cache(self.data_dir / "cache.sqlite3")
        notice = None
        if cache.report.rebuilt_reason:
            notice = cache.report.rebuilt_reason
        sandbox_dir = self.data_dir / "sandbox"
        sandbox = None
        if not self.args.offline:
            sandbox = EmbeddedSandbox(sandbox_dir, seed=self.args.seed)
            sandbox.start()
        keys = sandbox_dir / KEYS_FILE
        role = Role(self.args.role)
        connections = (connect_sandbox(keys, role, online=not self.args.offline)
                       if keys.exists() else Connections())
        return Opened(cache, sandbox, connections, notice)

    def _open_failed(self, error: BaseException) -> None:
        log.error("the desk could not open", exc_info=error)
        self.window.show_message(self.window.tr(
            "The desk could not open its data: {0}").format(error))

    def _opened(self, opened: Opened) -> None:
        from operator_desk.services.incidents import IncidentService
        from operator_desk.services.sync import SyncService
        from operator_desk.ui.queue_page import QueuePage

        self.opened = opened
        connections = opened.connections
        for link in connections.links.values():
            self.window.status.set_link(link)
        connections.listeners.append(lambda link: self.relay.progressed.emit(link))
        self.sync_service = SyncService(opened.cache, connections)
        incidents = IncidentService(opened.cache, connections)
        self.page = QueuePage(incidents, connections, self.runner, self.locale, self.language)
        self.page.status_message.connect(self.window.status.showMessage)
        self.window.show_page(self.page)
        if opened.cache_notice:
            self.window.status.showMessage(self.window.tr(
                "The local cache was rebuilt because {0}; it fills again from the "
                "marketplaces.").format(opened.cache_notice))
        self.runner.submit(self._prepare_cache, self._cache_ready)

    def _prepare_cache(self) -> tuple[list[str], Any]:
        self.sync_service.register_markets()
        return self.sync_service.known_markets(), self.sync_service.last_sync()

    def _cache_ready(self, result: tuple[list[str], Any]) -> None:
        markets, last_sync = result
        self.page.apply_markets(markets)
        self.window.status.set_last_sync(last_sync)
        self.page.start()
        if self.opened and self.opened.connections.connectors:
            self.sync()
            self.timer.start()
        else:
            self.window.status.showMessage(self.window.tr(
                "Offline: showing the cached queue. Actions need a connection."))
            if self.screenshot_path:
                self.page.model.reloaded.connect(self._screenshot_soon)

    # -- sync --------------------------------------------------------------------------------
    def sync(self) -> None:
        if self.syncing or self.sync_service is None:
            return
        if not (self.opened and self.opened.connections.connectors):
            return
        self.syncing = True
        self.window.status.set_busy(True, self.window.tr("Syncing…"))
        relay = self.relay
        self.runner.submit(
            lambda: self.sync_service.sync(lambda p: relay.progressed.emit(p), self.cancel),
            self._synced, self._sync_failed, lane="net")

    def _progress(self, item: object) -> None:
        from operator_desk.services.connections import MarketLink

        if isinstance(item, MarketLink):
            self.window.status.set_link(item)
            return
        stage = getattr(item, "stage", "")
        market = getattr(item, "market", "")
        done = getattr(item, "done", 0)
        if stage not in ("done", "failed"):
            self.window.status.showMessage(self.window.tr("Syncing {0}: {1} {2}…").format(
                market, done, stage))

    def _synced(self, summary: Any) -> None:
        self.syncing = False
        self.window.status.set_busy(False)
        for link in summary.links:
            self.window.status.set_link(link)
        self.window.status.set_last_sync(summary.finished)
        refused = [link.market for link in summary.links if link.state.value == "key_refused"]
        failed = [link.market for link in summary.links if link.state.value != "online"]
        if refused:
            self.window.status.showMessage(self.window.tr(
                "The key for market {0} was refused; showing cached data. Check the key in "
                "the connection settings.").format(", ".join(refused)))
        elif failed:
            self.window.status.showMessage(self.window.tr(
                "Sync incomplete for {0}; showing cached data.").format(", ".join(failed)))
        else:
            self.window.status.showMessage(self.window.tr("Sync complete."), 5000)
        if self.screenshot_path:
            self.page.model.reloaded.connect(self._screenshot_soon)
        self.page.reload()

    def _sync_failed(self, error: BaseException) -> None:
        self.syncing = False
        self.window.status.set_busy(False)
        log.error("sync failed", exc_info=error)
        self.window.status.showMessage(self.window.tr("Sync failed: {0}").format(error))

    # -- screenshots (docs, smoke tests) -----------------------------------------------------
    def _screenshot_soon(self) -> None:
        self.page.model.reloaded.disconnect(self._screenshot_soon)
        QTimer.singleShot(800, self._screenshot)

    def _screenshot(self) -> None:
        assert self.screenshot_path is not None
        self.screenshot_path.parent.mkdir(parents=True, exist_ok=True)
        self.window.grab().save(str(self.screenshot_path))
        log.info("screenshot saved to %s", self.screenshot_path)
        self.window.close()

    # -- shutdown ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.timer.stop()
        self.cancel.set()
        self.runner.shutdown(wait=True)
        if self.opened is not None:
            self.opened.connections.close()
            if self.opened.sandbox is not None:
                self.opened.sandbox.stop()
            self.opened.cache.dispose()
            self.opened = None


def run_gui(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    configure_logging(data_dir / "logs")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Operator Desk")
    app.setOrganizationName("Operator Desk")
    app.setDesktopFileName("operator-desk")
    language, locale = pick_language(args.language)
    window = MainWindow(locale, sandbox=not args.offline or (data_dir / "sandbox").exists())
    window.show()
    desk = Desk(app, window, args, data_dir, language, locale)
    QTimer.singleShot(0, desk.start)
    log.info("desk started (data in %s, language %s, offline=%s)", data_dir, language,
             args.offline)
    return app.exec()
