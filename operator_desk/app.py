"""Composition root: builds every service once, injects it, shows the window.

Start-up order matters for how fast the window appears: before the first paint only Qt and
the main window's module are imported (no services, SQLAlchemy, requests, keyring or Babel);
after it, logging goes to its file, the crash handler is installed, and the cache, the
embedded sandbox and the connections are opened on a worker thread; the first sync starts
once the cached queue is on screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from operator_desk import app_paths
from operator_desk.ui import i18n
from operator_desk.ui.main_thread_gc import MainThreadGarbageCollector
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.single_instance import InstanceBusy, SingleInstance, claim_or_focus
from operator_desk.ui.startup import FirstPaint, SelfTest, StartupProbe
from operator_desk.ui.sync_process import SyncProcess
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.window_state import WindowState, settings_for

log = logging.getLogger("operator_desk")

SYNC_INTERVAL_MS = 60_000


LOG_MAX_BYTES = 2_000_000  # per file; with LOG_BACKUPS older files, about 12 MB of history
LOG_BACKUPS = 5


def configure_logging(log_dir: Path, max_bytes: int = LOG_MAX_BYTES,
                      backups: int = LOG_BACKUPS) -> logging.Handler:
    """A rotating log file in ``log_dir``, with known secrets scrubbed from every line."""
    import logging.handlers

    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "operator-desk.log", maxBytes=max_bytes, backupCount=backups,
        encoding="utf-8")
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    # Keys that passed through the secret store never reach the log file, whoever logs them.
    from operator_desk.services.secrets import install_log_redaction

    install_log_redaction(handler)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return handler


class ProgressRelay(QObject):
    """Carries progress reports from worker threads to the UI thread."""

    progressed = Signal(object)


class DeskSignals(QObject):
    """What the desk went through, for the self-test, the start-up probe and tests."""

    open_failed = Signal(str)
    sync_started = Signal()
    sync_finished = Signal(bool, str)  # all markets synced; what went wrong otherwise
    queue_shown = Signal()  # the queue model (re)loaded what the view shows
    retention_done = Signal(object)  # a retention purge ended: its report, or None


@dataclass
class Opened:
    cache: Any
    sandbox: Any
    connections: Any
    cache_notice: str | None
    outbox: Any = None  # None when the outbox file cannot be opened (the notice says why)


class Desk:
    """Owns the running desk: opening, syncing, shutting down."""

    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace,
                 data_dir: Path, language: str, locale: str,
                 log_dir: Path | None = None, settings: QSettings | None = None) -> None:
        self.app = app
        self.window = window
        self.args = args
        self.data_dir = data_dir
        self.settings = settings if settings is not None else settings_for(data_dir)
        self.log_dir = log_dir or data_dir / "logs"
        self.language = language
        self.locale = locale
        self.signals = DeskSignals(window)
        self.crash_handler: Any = None
        self.runner = TaskRunner(window)
        self.opened: Opened | None = None
        self.page: Any = None
        self.sync_service: Any = None
        self.cancel = threading.Event()
        self.syncing = False
        self.sync_process: SyncProcess | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync)
        window.sync_requested.connect(self.sync)
        window.status.cancel_requested.connect(self.cancel_sync)
        window.connections_requested.connect(self.edit_connections)
        self.profile_service: Any = None
        self.team: Any = None
        self.incidents: Any = None
        self.findings: Any = None
        self.refunds: Any = None
        self.audit_page: Any = None
        self.claim_watch: Any = None
        self.approvals_page: Any = None
        self.conversations: Any = None
        self.conversations_page: Any = None
        self.sellers_page: Any = None
        self.outbox: Any = None
        self.templates_page: Any = None
        self.permissions: Any = None
        # The language chosen before the window was built (run_gui); the locale for Babel
        # is settled in start().
        self.choice: i18n.LanguageChoice | None = None
        self.local_data: Any = None  # ui/local_data_controller: retention and removal
        self._notices: list[str] = []  # shown when the running sync has finished
        self._activity_stopped = False
        self._stores_closed = False
        self._close_lock = threading.Lock()
        window.remove_data_action.setEnabled(False)  # once the stores are open (or failed)
        window.on_close(self.shutdown)
        self.screenshot: Any = None
        if args.screenshot:
            from operator_desk.ui.desk_screenshot import DeskScreenshot

            self.screenshot = DeskScreenshot(window, Path(args.screenshot))
        self._team_settled = False  # the team store opens after the window (see _team_opened)
        self.cache_banner: Any = None  # shown when the cache fails its page check

    def tr(self, text: str) -> str:
        """Texts of the desk itself (page titles, sync messages), under the context "Desk"."""
        return QCoreApplication.translate("Desk", text)

    def start(self) -> None:
        """After the first paint: logging, the crash handler, the locale; then open."""
        from operator_desk.ui.crash_dialog import CrashHandler

        configure_logging(self.log_dir)
        automated = bool(self.args.screenshot or getattr(self.args, "self_test", False)
                         or getattr(self.args, "startup_probe", False))
        self.crash_handler = CrashHandler(self.log_dir, self.window, automated=automated,
                                          context=self._crash_context)
        self.crash_handler.install()
        self.crash_handler.watch_runner(self.runner)
        from operator_desk.ui import formatting

        choice = self.choice or i18n.choose_language(self.args.language, None,
                                                     QLocale.system().name())
        self.language, self.locale = choice.data_language, formatting.babel_locale(
            choice.locale)
        self.window.status.set_locale(self.locale)
        from operator_desk.ui.local_data_controller import LocalDataController

        self.local_data = LocalDataController(
            self.window, self.settings, self.data_dir, self.runner,
            stop_activity=self._stop_activity, close_stores=self._close_stores,
            notice=self.notice)
        self.local_data.purged.connect(self.signals.retention_done)
        log.info("desk started (data in %s, logs in %s, language %s, offline=%s)",
                 self.data_dir, self.log_dir, self.language, self.args.offline)
        self.runner.submit(self._open, self._opened, self._open_failed, lane="net")

    def _crash_context(self) -> dict[str, str]:
        page = self.window.pages.currentWidget()
        return {"Page": page.objectName() if page is not None else "",
                "Syncing": "yes" if self.syncing else "no"}

    def _open(self) -> Opened:
        """Opens the stores and connections (worker thread: files, keyring, network).

        With stored connection profiles the desk works on those marketplaces; without any
        (or with --sandbox) on the embedded sandbox, with a cache of its own so demo data
        and real data never mix."""
        from operator_desk.domain.models import Role
        from operator_desk.sandbox.server import KEYS_FILE, EmbeddedSandbox
        from operator_desk.services.connections import (
            Connections,
            connect_profiles,
            connect_sandbox,
        )
        from operator_desk.services.profiles import (
            ProfileFileError,
            ProfileService,
            ProfileStore,
        )
        from operator_desk.services.secrets import SecretStore
        from operator_desk.store.cache import open_cache
        from operator_desk.store.database import StoreError
        from operator_desk.store.outbox import open_outbox

        online = not self.args.offline
        store = ProfileStore(self.data_dir)
        notices: list[str] = []
        try:
            profiles = store.load()
        except ProfileFileError as exc:
            notices.append(str(exc))
            profiles = []
        self.profile_service = ProfileService(store, SecretStore())
        use_sandbox = self.args.sandbox or not profiles
        sandbox_dir = self.data_dir / "sandbox"
        # The page check of the whole file (1 s per GB) runs once the queue is on screen
        # (_check_cache_pages); a file that cannot be read at all is set aside here.
        cache = open_cache((sandbox_dir if use_sandbox else self.data_dir) / "cache.sqlite3",
                           check_integrity=False)
        if cache.report.rebuilt_reason:
            notices.append(self.tr(
                "The local cache was rebuilt because {0}; it fills again from the "
                "marketplaces. Queued actions are kept.").format(cache.report.rebuilt_reason))
        # The outbox lives next to the cache of its mode, in a file of its own: durable.
        outbox = None
        try:
            outbox = open_outbox(cache.path.with_name("outbox.sqlite3"))
        except StoreError as exc:
            notices.append(self.tr(
                "The outbox could not be opened: {0} Actions are sent directly and cannot "
                "wait for a connection.").format(exc.user_message))
        sandbox = None
        connections = Connections()
        if use_sandbox:
            if online:
                sandbox = EmbeddedSandbox(sandbox_dir, seed=self.args.seed,
                                          simulate=bool(getattr(self.args, "simulate", False)),
                                          speed=float(getattr(self.args, "speed", 1.0)))
                sandbox.start()
            keys = sandbox_dir / KEYS_FILE
            if keys.exists():
                connections = connect_sandbox(keys, Role(self.args.role), online=online)
        else:
            connections = connect_profiles(profiles, self.profile_service.secrets,
                                           online=online)
        return Opened(cache, sandbox, connections, " ".join(notices) or None, outbox)

    def _open_failed(self, error: BaseException) -> None:
        log.error("the desk could not open", exc_info=error)
        self.window.show_message(self.tr(
            "The desk could not open its data: {0}").format(error))
        self.window.remove_data_action.setEnabled(True)
        self.signals.open_failed.emit(str(error))

    def _opened(self, opened: Opened) -> None:
        from operator_desk.services.cases import CaseService
        from operator_desk.services.diagnostics import DiagnosticsService
        from operator_desk.services.findings import FindingsService
        from operator_desk.services.incidents import IncidentService
        from operator_desk.services.permissions import Permissions, refresh_roles
        from operator_desk.services.refunds import RefundService
        from operator_desk.services.saved_filters import SavedFilters
        from operator_desk.services.sync import SyncService
        from operator_desk.services.team_connection import TeamConnector
        from operator_desk.ui.diagnostics_page import DiagnosticsPage
        from operator_desk.ui.queue_page import QueuePage
        from operator_desk.ui.team_controller import TeamController

        self.opened = opened
        self.window.remove_data_action.setEnabled(True)
        connections = opened.connections
        for link in connections.links.values():
            self.window.status.set_link(link)
        relay = ProgressRelay(self.window)
        relay.progressed.connect(self._link)
        connections.listeners.append(relay.progressed.emit)  # links change on worker threads
        self.sync_service = SyncService(opened.cache, connections)
        permissions = Permissions(connections)
        self.permissions = permissions
        sink = self._open_outbox(opened)
        incidents = IncidentService(opened.cache, connections, permissions, sink=sink)
        self.incidents = incidents
        self.refunds = RefundService(opened.cache, connections, permissions,
                                     sink=incidents.sink)
        if self.outbox is not None:  # what the outbox sends later reaches the cache and team
            self.outbox.sent_listeners.append(incidents.action_sent)
            self.outbox.reporters.append(self.refunds.action_reported)
        # One findings store reader and scanner for the case pane, conversations and sellers.
        self.findings = FindingsService(opened.cache)
        self.page = QueuePage(incidents, connections, self.runner, self.locale, self.language,
                              cases=CaseService(opened.cache, lambda: incidents.team,
                                                findings=self.findings,
                                                team_opening=lambda: not self._team_settled),
                              saved_filters=SavedFilters(self.data_dir))
        self.page.status_message.connect(self.window.status.showMessage)
        self.page.model.reloaded.connect(self.signals.queue_shown)
        self.window.add_page(self.page, self.tr("&Incidents"), "Ctrl+1")
        self._add_sellers_page(opened, permissions, incidents)
        self.diagnostics = DiagnosticsPage(DiagnosticsService(opened.cache), self.runner,
                                           self.locale)
        self.window.add_page(self.diagnostics, self.tr("&Diagnostics"), "Ctrl+9",
                             self.diagnostics.refresh)
        if self.outbox is not None:
            self._add_outbox_page(incidents)
        self.window.show_page(self.page)
        self.window.banner.setVisible(connections.any_sandbox)
        self._add_conversations(opened, permissions)
        # Demo decisions live in the sandbox's own team store, never in the real one.
        team_dir = self.data_dir / "sandbox" if connections.built_in_sandbox else self.data_dir
        self.team = TeamController(self.window, self.runner, TeamConnector(team_dir),
                                   self.locale, self._team_opened,
                                   settings=settings_for(self.data_dir if self.args.data_dir
                                                         else None))
        self.window.add_banner(self.team.banner)
        self.team.relay.changed.connect(self.page.detail.team_changed)
        self.page.refund_opener = self.open_refund
        self.page.sanction_opener = self.propose_sanction
        self.window.team_action.triggered.connect(
            lambda: self.team.edit_settings(self.window) if self.team else None)
        self.window.team_rules_action.triggered.connect(self.open_team_rules)
        # Roles first (the platform says who we are), then the team store as that person.
        self.runner.submit(lambda: refresh_roles(permissions), self._roles_known,
                           lambda _error: self._roles_known({}), lane="net")
        if opened.cache_notice:
            self.window.status.showMessage(opened.cache_notice)
        self.runner.submit(self._prepare_cache, self._cache_ready)

    def _add_conversations(self, opened: Opened, permissions: Any) -> None:
        """The conversations page; its stores (drafts, attachments) open on a worker."""
        from operator_desk.services.conversations import ConversationService
        from operator_desk.ui.conversations_page import ConversationsPage

        self.conversations = ConversationService(opened.cache, opened.connections,
                                                 self.incidents.sink, permissions,
                                                 findings=self.findings)
        if self.outbox is not None:  # a queued message, once sent, is read back to show
            self.outbox.sent_listeners.append(self.conversations.action_sent)
            self.page.follow_sent_messages(self.conversations.thread_listeners)
        base = (self.data_dir / "sandbox" if opened.connections.built_in_sandbox
                else self.data_dir)

        def stores() -> tuple[Any, Any, Any]:
            from operator_desk.services.attachment_files import AttachmentFiles
            from operator_desk.services.dossier import DossierBuilder
            from operator_desk.services.drafts import DRAFTS_DIR, DraftStore
            from operator_desk.services.local_data import ATTACHMENTS_DIR
            from operator_desk.store.attachments import AttachmentStore

            files = AttachmentFiles(opened.connections, AttachmentStore(base / ATTACHMENTS_DIR))
            return files, DraftStore(base / DRAFTS_DIR), DossierBuilder(self.conversations,
                                                                        files)

        def ready(result: tuple[Any, Any, Any]) -> None:
            files, drafts, dossier = result
            self.dossier = dossier
            page = ConversationsPage(self.conversations, opened.connections, self.runner,
                                     self.locale, self.language, files, drafts, dossier,
                                     incidents=self.incidents)
            page.refund_opener = self.open_refund
            page.status_message.connect(self.window.status.showMessage)
            if self.outbox is not None:
                page.follow_sent_messages(self.conversations.thread_listeners)
            self.conversations_page = page
            self.page.set_conversations(self.conversations, drafts, dossier)  # reply, dossier
            self.window.add_page(page, self.tr("&Conversations"), "Ctrl+2", page.start)

        self.runner.submit(stores, ready, lane="net")

    def _add_sellers_page(self, opened: Opened, permissions: Any, incidents: Any) -> None:
        from operator_desk.services.sanctions import SanctionService
        from operator_desk.services.sellers import SellerService
        from operator_desk.ui.sellers_page import SellersPage

        sellers = SellerService(opened.cache, opened.connections, findings=self.findings)
        sanctions = SanctionService(sellers, permissions, incidents.sink)
        if self.outbox is not None:  # a queued sanction write finishes its step once sent
            self.outbox.reporters.append(sanctions.action_reported)
        self.sellers_page = SellersPage(sellers, sanctions, permissions, self.runner,
                                        self.locale)
        self.sellers_page.status_message.connect(self.window.status.showMessage)
        self.window.add_page(self.sellers_page, self.tr("&Sellers"), "Ctrl+3",
                             self.sellers_page.start)

    def _open_outbox(self, opened: Opened) -> Any:
        """The outbox service, its sender thread and the sink actions go through (None: no
        outbox, actions go directly)."""
        from operator_desk.services.outbox import OutboxPusher, OutboxService, OutboxSink

        if opened.outbox is None:
            return None
        self.outbox = OutboxService(opened.outbox, opened.connections)
        OutboxPusher(self.outbox).start()
        return OutboxSink(self.outbox)

    def _add_outbox_page(self, incidents: Any) -> None:
        from operator_desk.ui.outbox_page import OutboxPage, OutboxStatusButton

        page = OutboxPage(self.outbox, self.runner, self.locale,
                          lambda market: incidents.close_reasons(market, self.language))
        page.status_message.connect(self.window.status.showMessage)
        self.outbox_page = page
        self.window.add_page(page, self.tr("&Outbox"), "Ctrl+7", page.start)
        button = OutboxStatusButton(self.outbox, self.runner)
        button.clicked.connect(lambda: self.window.show_page(page))
        self.window.status.addPermanentWidget(button)
        self.outbox_button = button
        button.refresh()
        self.page.follow_outbox(self.outbox)  # queue rows show what waits in the outbox

    def _roles_known(self, roles: dict[str, Any]) -> None:
        from operator_desk.domain.models import Role

        self.page.detail.refresh_actions()
        if self.conversations_page is not None:
            self.conversations_page.refresh_actions()
        if self.sellers_page is not None:
            self.sellers_page.gate.refresh()
        if self.opened is not None:  # a stored profile's platform may have said "sandbox"
            self.window.banner.setVisible(self.opened.connections.any_sandbox)
        known = [r for r in roles.values() if isinstance(r, Role)]
        assert self.team is not None and self.opened is not None
        self.team.open(known or [p.role for p in self.opened.connections])

    def _watch_claimed_cases(self) -> None:
        """After a sync: tell the user about new customer messages and answers coming due on
        the cases they hold (read from the cache on a worker)."""
        from datetime import UTC, datetime

        from operator_desk.services.notifications import ClaimedCaseWatch

        team = self.team
        if team is None or team.notifier is None or self.opened is None:
            return
        if self.claim_watch is None:
            profiles = self.opened.connections.profiles

            def rules(market: str) -> tuple[str, str]:
                profile = profiles.get(market)
                return (profile.market.response_rule if profile else "hours:48", market)

            self.claim_watch = ClaimedCaseWatch(self.opened.cache, rules)
        watch, notifier = self.claim_watch, team.notifier
        self.runner.submit(lambda: watch.activity(notifier, datetime.now(UTC)),
                           lambda found: team.relay.notified.emit(found) if found else None,
                           lambda error: log.info("claimed-case watch failed: %s", error),
                           lane="net")

    def _team_opened(self, team: Any) -> None:
        from operator_desk.ui.approvals_page import ApprovalsPage

        self._team_settled = True  # open, or failed to: the case pane may say so now
        self.incidents.team = team
        self.refunds.team = team
        self.window.team_rules_action.setEnabled(team is not None)
        if self.approvals_page is None and self.team is not None:
            self.approvals_page = ApprovalsPage(self.refunds, self.runner, self.locale)
            self.approvals_page.status_message.connect(self.window.status.showMessage)
            self.team.relay.changed.connect(self.approvals_page.on_team_changes)
            self.window.add_page(self.approvals_page, self.tr("&Approvals"), "Ctrl+6",
                                 self.approvals_page.refresh)
        if self.conversations is not None:
            self.conversations.templates_source = team
            if getattr(self, "dossier", None) is not None:
                self.dossier.decisions = team
        if team is not None:
            from operator_desk.services.conversations import TEMPLATES_DIR

            self.runner.submit(lambda: team.seed_templates(TEMPLATES_DIR), self._seeded,
                               lambda error: log.warning("templates not seeded: %s", error),
                               lane="net")
        self._add_templates_page(team)
        if self.sellers_page is not None:
            self.sellers_page.set_team(team)
        if self.outbox is not None:
            self.outbox.team = team  # audit entries for actions the outbox sends
        if self.page is not None:  # a case shown before it opened said "team store unavailable"
            self.page.detail.refresh()
        if team is not None and self.team is not None and self.audit_page is None:
            self.audit_page = self.team.audit_page_for(team)
            self.window.add_page(self.audit_page, self.tr("&Audit log"), "Ctrl+8",
                                 self.audit_page.start)

    def _add_templates_page(self, team: Any) -> None:
        """The reply templates page, once the team store (where templates live) opened."""
        from operator_desk.ui.templates_page import TemplatesPage

        if self.templates_page is not None:
            self.templates_page.set_team(team)
        elif team is not None and self.team is not None:
            page = TemplatesPage(team, self.permissions, self.runner, self.locale)
            page.status_message.connect(self.window.status.showMessage)
            self.team.relay.changed.connect(page.on_team_changes)
            self.templates_page = page
            self.window.add_page(page, self.tr("&Templates"), "Ctrl+5", page.start)

    def _seeded(self, added: int) -> None:
        if added:
            log.info("%d starter templates added", added)
            if self.templates_page is not None and self.templates_page.isVisible():
                self.templates_page.start()

    def open_refund(self, market: str, order_id: str, incident_id: str | None = None) -> Any:
        """Open the refund dialog for an order (the case pane's refund button, an order, a
        thread); the outcome shows in the status bar."""
        from operator_desk.ui.refund_dialog import open_refund_dialog

        if self.refunds is None:
            return None
        dialog = open_refund_dialog(self.window, self.refunds, self.runner, self.locale,
                                    market, order_id, incident_id)
        dialog.refunded.connect(lambda _outcome: self.window.status.showMessage(
            dialog.outcome_label.text(), 10_000))
        return dialog

    def propose_sanction(self, case: Any) -> None:
        """From the case pane: the seller's scorecard on the Sellers page and the propose
        dialog with the case as evidence."""
        if self.sellers_page is not None:
            self.window.show_page(self.sellers_page)
            self.sellers_page.propose_for_case(case)

    def open_team_rules(self) -> Any:
        """Desk ▸ Team rules…: the refund window and four-eyes limits of every market
        (supervisors edit, others read)."""
        from operator_desk.ui.team_rules import open_team_rules

        team = self.incidents.team if self.incidents is not None else None
        if team is None or self.opened is None:
            return None
        markets = sorted(self.opened.connections.profiles)
        return open_team_rules(self.window, team, self.permissions, self.runner, self.locale,
                               markets)

    def _prepare_cache(self) -> tuple[list[str], Any]:
        self.sync_service.register_markets()
        return self.sync_service.known_markets(), self.sync_service.last_sync()

    def _cache_ready(self, result: tuple[list[str], Any]) -> None:
        import gc

        markets, last_sync = result
        # Everything imported and built so far lives as long as the desk: keep it out of
        # the collector's full passes, which otherwise pause the window as the heap grows.
        gc.freeze()
        collector = self.app.findChild(MainThreadGarbageCollector)
        if collector is not None:
            collector.frozen()
        self.page.apply_markets(markets)
        if self.conversations_page is not None:
            self.conversations_page.apply_markets(markets)
        self.window.status.set_last_sync(last_sync)
        self.page.start()
        self._check_cache_pages()
        # Retention first: the first sync waits for it (it would wait for the cache's lock).
        assert self.opened is not None
        self.local_data.purge_at_start(self.opened.cache, then=self._first_sync)

    def _check_cache_pages(self) -> None:
        """Read every page of the cache on a worker, once the queue is shown; a damaged one
        is marked to be rebuilt at the next start and the user is told (queued actions live
        in the outbox, not in the cache)."""
        assert self.opened is not None
        cache = self.opened.cache
        if cache.report.created:
            return

        def checked(whole: bool) -> None:
            if not whole:
                from operator_desk.ui.notice_banner import NoticeBanner

                text = self.tr(
                    "The local cache is damaged. It is rebuilt from the marketplaces at the "
                    "next start; until then some cached records may be missing. Queued "
                    "actions are kept.")
                self.cache_banner = NoticeBanner(text, self.window)
                self.window.add_banner(self.cache_banner)
                self.cache_banner.show()  # added to a window already on screen
                self.notice(text)

        self.runner.submit(cache.check_pages, checked,
                           lambda error: log.warning("cache page check failed: %s", error),
                           lane="net")

    def _first_sync(self) -> None:
        if self._activity_stopped:
            return
        if self.opened and self.opened.connections.connectors:
            self.sync()
            self.timer.start()
        else:
            self.window.status.showMessage(self.tr(
                "Offline: showing the cached queue. Actions need a connection."))
            if self.screenshot:  # the queue may have loaded already: load it again
                self.screenshot.arm(self.page)
                self.page.reload()

    def edit_connections(self) -> None:
        from operator_desk.ui.connections_dialog import ConnectionsDialog

        if self.opened is None or self.profile_service is None:
            return
        dialog = ConnectionsDialog(self.profile_service, self.opened.connections, self.runner,
                                   self.window)
        dialog.profiles_changed.connect(lambda: self.window.status.showMessage(
            self.tr("Connections saved. They take effect when the desk starts next.")))
        dialog.finished.connect(dialog.deleteLater)
        self.connections_dialog = dialog
        dialog.open()

    # -- sync --------------------------------------------------------------------------------
    def sync(self) -> None:
        """Start a sync in a child process (see ui/sync_process.py) unless one runs."""
        if self.syncing or self.opened is None or not self.opened.connections.connectors:
            return
        self.syncing = True
        self.window.status.set_busy(True, self.tr("Syncing…"), cancellable=True)
        self.sync_process = SyncProcess(self._sync_argv(), self.window)
        self.sync_process.progressed.connect(self._progress)
        self.sync_process.link_changed.connect(self._link)
        self.sync_process.incidents_changed.connect(self.page.incidents_changed)
        self.sync_process.finished.connect(self._synced)
        self.sync_process.start()
        self.signals.sync_started.emit()

    def cancel_sync(self) -> None:
        """The status bar's Cancel: the child stops after its current page; kept is kept."""
        if self.sync_process is not None and self.sync_process.is_running():
            self.window.status.set_cancelling()
            self.sync_process.cancel()

    def _sync_argv(self) -> list[str]:
        assert self.opened is not None
        base = ([sys.executable] if getattr(sys, "frozen", False)
                else [sys.executable, "-m", "operator_desk"])
        # The desk checked the cache file when it opened it; the child, every minute, does not.
        argv = [*base, "sync", "--feed", "--no-integrity-check", "--data-dir",
                str(self.data_dir), "--cache", str(self.opened.cache.path), "--wait", "600"]
        if self.opened.connections.built_in_sandbox:
            keys = self.data_dir / "sandbox" / "keys.json"
            return [*argv, "--sandbox-keys", str(keys), "--role", self.args.role]
        return [*argv, "--all-profiles"]

    def _link(self, link: Any) -> None:
        assert self.opened is not None
        self.opened.connections.links[link.market] = link
        self.window.status.set_link(link)

    def _progress(self, market: str, stage: str, done: int, total: object) -> None:
        from operator_desk.ui import formatting

        stages = {"reasons": self.tr("reasons"), "shops": self.tr("shops"),
                  "incidents": self.tr("incidents"), "orders": self.tr("orders"),
                  "threads": self.tr("conversations"), "messages": self.tr("messages"),
                  "done": self.tr("done"), "failed": self.tr("failed")}
        name = stages.get(stage, stage)
        count = formatting.number(done, self.locale) + (
            "/" + formatting.number(total, self.locale)
            if isinstance(total, int) and total else "")
        text = (self.tr("{0}: {1}").format(market, name) if stage in ("done", "failed")
                else self.tr("{0}: {1} {2}").format(market, count, name))
        self.window.status.set_market_progress(
            market, text, done, total if isinstance(total, int) else None)

    def _synced(self, ok: bool, done: dict[str, Any] | None) -> None:
        self.syncing = False
        self.window.status.set_busy(False)
        self._watch_claimed_cases()
        cancelled = not self.window.status.cancel_button.isEnabled()
        assert self.opened is not None
        links = list(self.opened.connections.links.values())
        refused = [link.market for link in links if link.state.value == "key_refused"]
        failed = [link.market for link in links if link.state.value != "online"]
        if self.sync_process is not None and self.sync_process.busy_elsewhere:
            self.window.status.showMessage(self.tr(
                "Another program is syncing this cache; the desk syncs again later."))
        elif cancelled:
            self.window.status.showMessage(self.tr(
                "Sync cancelled; what was fetched is kept, the next sync goes on from there."))
        elif done is None:
            self.window.status.showMessage(self.tr(
                "The sync stopped unexpectedly; showing cached data. Details are in the log."))
        elif refused:
            self.window.status.showMessage(self.tr(
                "The key for market {0} was refused; showing cached data. Check the key in "
                "the connection settings.").format(", ".join(refused)))
        elif failed:
            self.window.status.showMessage(self.tr(
                "Sync incomplete for {0}; showing cached data.").format(", ".join(failed)))
        else:
            self.window.status.showMessage(self.tr("Sync complete."), 5000)
        self.runner.submit(self.sync_service.last_sync, self.window.status.set_last_sync)
        if self.sellers_page is not None:
            self.sellers_page.data_changed()
        problem = ("the sync process ended without a result" if done is None
                   else ", ".join(f"{m}: not synced" for m in failed))
        self.signals.sync_finished.emit(done is not None and not failed, problem)
        if self.outbox is not None:
            reachable = [link.market for link in links if link.state.value == "online"]
            outbox = self.outbox
            self.runner.submit(lambda: [outbox.market_reachable(m) for m in reachable])
        if self._notices:
            self.window.status.showMessage(" ".join(
                [self.window.status.currentMessage(), *self._notices]).strip(), 30_000)
            self._notices.clear()
        if self.screenshot:
            self.screenshot.arm(self.page)
        self.page.reload()
        if self.conversations_page is not None:
            self.conversations_page.reload()

    def notice(self, text: str) -> None:
        """A one-off message that must not vanish under the sync's progress: shown after
        what the status bar says now, or when the running sync has finished."""
        if self.syncing:
            self._notices.append(text)
        else:
            self.window.status.showMessage(
                f"{self.window.status.currentMessage()} {text}".strip(), 30_000)

    # -- shutdown ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._stop_activity()
        if self.crash_handler is not None:
            self.crash_handler.uninstall()
        self._close_stores()
        if self.opened is not None:
            self.opened.connections.close()
            if self.opened.sandbox is not None:
                self.opened.sandbox.stop()
            self.opened = None

    def _stop_activity(self) -> None:
        """UI thread: no sync runs or starts, no page task runs any more (at shutdown, and
        before "remove all local data" removes the files)."""
        if self._activity_stopped:
            return
        self._activity_stopped = True
        self.timer.stop()
        self.cancel.set()
        if self.sync_process is not None:
            self.sync_process.finished.disconnect(self._synced)
            if self.sync_process.is_running():
                self.sync_process.cancel(grace_ms=0)
                if not self.sync_process.wait(5000):
                    self.sync_process.process.kill()
        self.syncing = False
        self.window.status.set_busy(False)
        self.runner.shutdown(wait=False)  # refuses new tasks; _close_stores waits for the rest

    def _close_stores(self) -> None:
        """Any thread, after _stop_activity: the outbox, the team store and the cache close
        (once; nothing reopens them, as no task runs any more)."""
        with self._close_lock:
            if self._stores_closed:
                return
            self._stores_closed = True
        self.runner.shutdown(wait=True)
        if self.outbox is not None:
            self.outbox.close()
        if self.team is not None:
            self.team.close()
        if self.opened is not None:
            if self.opened.outbox is not None:
                self.opened.outbox.dispose()
            self.opened.cache.dispose()


def run_gui(args: argparse.Namespace) -> int:
    self_test = bool(getattr(args, "self_test", False))
    automated = bool(args.screenshot or self_test or getattr(args, "startup_probe", False))
    temporary: Path | None = None
    if self_test:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if not args.data_dir:
            import tempfile

            temporary = Path(tempfile.mkdtemp(prefix="operator-desk-self-test-"))
            args.data_dir = str(temporary)
    # With --data-dir everything stays in it (tests, scripts); otherwise the platform's places.
    data_dir = Path(args.data_dir) if args.data_dir else app_paths.data_dir()
    log_dir = data_dir / "logs" if args.data_dir else app_paths.log_dir()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Operator Desk")
    app.setOrganizationName("Operator Desk")
    app.setDesktopFileName("com.operatordesk.OperatorDesk")  # its .desktop file
    # Cycles holding Qt objects must be collected on this thread, never on a worker.
    collector = MainThreadGarbageCollector(app)
    collector.start()
    try:
        instance = SingleInstance(data_dir)
        try:
            if not claim_or_focus(instance):
                print(f"Operator Desk is already open with {data_dir}; brought it to the front.",
                      file=sys.stderr)
                return 1 if automated else 0
        except InstanceBusy as exc:
            print(exc, file=sys.stderr)
            return 1
        # The language first: every window and page takes its texts when it is built. The
        # formatting locale needs Babel: settled after the first paint (Desk.start).
        settings = settings_for(data_dir if args.data_dir else None)
        choice = i18n.choose_language(args.language, i18n.saved_language(settings),
                                      QLocale.system().name())
        translators = i18n.apply_language(app, choice)  # noqa: F841 - installed while it lives
        window = MainWindow("en_GB", sandbox=False)
        switcher = i18n.LanguageSwitcher(settings, choice, window)
        window.add_desk_menu(switcher.menu)
        switcher.restart_requested.connect(window.close)
        state = WindowState(window, settings, window.pages, choice.language)
        state.restore_window()
        window.on_close(state.save)
        instance.activated.connect(lambda: _bring_to_front(window))
        first_paint = FirstPaint(window)
        desk = Desk(app, window, args, data_dir, choice.data_language, "en_GB", log_dir,
                    settings)
        desk.choice = choice
        first_paint.painted.connect(desk.start)
        first_paint.painted.connect(instance.listen)
        first_paint.painted.connect(lambda: window.setWindowIcon(_app_icon()))
        probe = StartupProbe(desk, first_paint) if getattr(args, "startup_probe", False) else None
        test = SelfTest(desk, first_paint) if self_test else None
        window.show()
        code = app.exec()
        del probe
        instance.release()
        if switcher.restart_wanted:  # after the release: the new desk may claim it at once
            i18n.relaunch(i18n.relaunch_arguments(sys.argv[1:]))
        if test is not None:
            return code or test.exit_code
        return code
    finally:
        collector.stop()
        if temporary is not None:
            import shutil

            shutil.rmtree(temporary, ignore_errors=True)


def _app_icon() -> Any:
    """The application icon: next to the packaged binary, or in the source checkout's
    ``resources/icons``; installed desktops also find it by name in the icon theme."""
    from PySide6.QtGui import QIcon

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    path = base / "resources" / "icons" / "operator-desk.svg"
    return QIcon(str(path)) if path.exists() else QIcon.fromTheme("operator-desk")


def _bring_to_front(window: MainWindow) -> None:
    """A second start asked for this desk: show it where the user is looking."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
