"""The team store in the running desk: open it, watch it, show its state, reopen on demand.

Opening may take a network round trip (a PostgreSQL team server), so it runs on the task
runner; until it is open (or while it is unreachable) the desk works on and the banner says
what waits. Colleagues' changes become notifications in a dock and, when the user allowed it
(saved in the desk's settings), messages from the desk's icon in the notification area.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSystemTrayIcon, QWidget

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.services.notifications import Notifier
from operator_desk.services.team import TeamService
from operator_desk.services.team_connection import TeamConnector
from operator_desk.services.team_watch import TeamLink, TeamLinkState, TeamWatcher

from .audit_page import AuditPage
from .notifications import (
    DesktopNotifier,
    NotificationPanel,
    TeamRelay,
    tray_supports_messages,
)
from .tasks import TaskRunner
from .team_banner import TeamBanner
from .team_settings_dialog import TeamSettingsDialog

log = logging.getLogger(__name__)

_RANK = {Role.AGENT: 0, Role.REVIEWER: 1, Role.SUPERVISOR: 2}
# The user's answer to "also show on the desktop", kept in the desk's settings (QSettings()
# or DATA/settings.ini with --data-dir, as ui/window_state keeps the window).
DESKTOP_SETTING = "notifications/desktop"
_MAKE_TRAY = object()  # TeamController's default: a tray icon when the desktop has one


def desktop_permission(settings: QSettings | None) -> bool:
    """Whether the user allowed desktop notifications (no by default)."""
    if settings is None:
        return False
    return bool(settings.value(DESKTOP_SETTING, False, type=bool))


def save_desktop_permission(settings: QSettings | None, allowed: bool) -> None:
    if settings is not None:
        settings.setValue(DESKTOP_SETTING, allowed)
        settings.sync()


def make_tray(window: QMainWindow) -> QSystemTrayIcon | None:
    """The desk's icon in the notification area, or None when the desktop has none. Its
    messages and clicks bring the desk to the front."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(window.windowIcon(), window)
    tray.setToolTip(window.windowTitle())

    def bring_to_front() -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    tray.messageClicked.connect(bring_to_front)
    tray.activated.connect(lambda _reason: bring_to_front())
    return tray


def desk_user() -> str:
    """The person at this desk as colleagues see them: the operating system's user name."""
    try:
        return getpass.getuser() or "operator"
    except (KeyError, OSError):  # no user database entry (containers)
        return "operator"


class TeamController(QObject):
    opened = Signal(object)  # TeamService

    def __init__(self, window: QMainWindow, runner: TaskRunner, connector: TeamConnector,
                 locale: str, on_open: Callable[[TeamService | None], None],
                 parent: QObject | None = None, *, settings: QSettings | None = None,
                 tray: Any = _MAKE_TRAY,
                 tray_supported: Callable[[], bool] = tray_supports_messages) -> None:
        super().__init__(parent or window)
        self.window = window
        self.runner = runner
        self.connector = connector
        self.locale = locale
        self.on_open = on_open
        self.team: TeamService | None = None
        self.notifier: Notifier | None = None
        self.watcher: TeamWatcher | None = None
        self.banner = TeamBanner()
        self.banner.retry_requested.connect(lambda: self.open(self._roles))
        self.relay = TeamRelay(self)
        self.relay.link_changed.connect(self.banner.set_link)
        self.settings = settings
        self.tray: QSystemTrayIcon | None = make_tray(window) if tray is _MAKE_TRAY else tray
        self.desktop = DesktopNotifier(self.tray, locale, desktop_permission(settings),
                                       tray_supported)
        self._show_tray(self.desktop.allowed)
        self.notifications = NotificationPanel(locale, self.desktop)
        self.notifications.desktop_allowed_changed.connect(self._desktop_allowed)
        self.relay.notified.connect(self.notifications.add)
        self.dock = QDockWidget(self.tr("Notifications"), window)
        self.dock.setObjectName("notifications")
        self.dock.setWidget(self.notifications)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.relay.notified.connect(lambda _n: self.dock.show())
        self.audit_page: AuditPage | None = None
        self.settings_dialog: TeamSettingsDialog | None = None
        self._roles: list[Role] = []

    def _desktop_allowed(self, allowed: bool) -> None:
        save_desktop_permission(self.settings, allowed)
        self._show_tray(allowed)

    def _show_tray(self, allowed: bool) -> None:
        """The tray icon is there while desktop notifications are on, and only then."""
        if self.tray is not None and self.desktop.available():
            self.tray.setVisible(allowed)

    def open(self, roles: list[Role]) -> None:
        """Open (or reopen) the configured team store for this desk's user."""
        self._roles = roles
        role = max(roles, key=lambda r: _RANK[r], default=Role.AGENT)
        actor = Actor(desk_user(), role)
        self.runner.submit(lambda: self.connector.open(actor), self._opened, self._failed,
                           lane="net")

    def _opened(self, team: TeamService) -> None:
        self.close()
        self.team = team
        reason = team.identity.read_only_reason
        self.banner.set_link(TeamLink(TeamLinkState.READ_ONLY, reason) if reason
                             else TeamLink(TeamLinkState.CONNECTED))
        self.notifier = Notifier(team)
        on_changes, on_link = self.relay.callbacks(self.notifier)
        self.watcher = TeamWatcher(team.store, on_changes, on_link)
        self.watcher.start()
        log.info("team store open: %s as %s (%s)", team.store.display_url, team.actor.name,
                 team.actor.role.value)
        self.on_open(team)
        self.opened.emit(team)

    def _failed(self, error: BaseException) -> None:
        message = getattr(error, "user_message", None) or str(error)
        log.warning("team store cannot be opened: %s", message)
        self.banner.set_link(TeamLink(TeamLinkState.UNREACHABLE, message))
        self.on_open(None)

    def audit_page_for(self, team: TeamService) -> AuditPage:
        page = AuditPage(team, self.runner, self.locale)
        self.audit_page = page
        return page

    def edit_settings(self, parent: QWidget) -> None:
        dialog = TeamSettingsDialog(self.connector, self.runner, parent)
        dialog.saved.connect(lambda _config: self.open(self._roles))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def close(self) -> None:
        """Stop watching and close the team store (the desk is closing, or reopening it)."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.team is not None:
            team: Any = self.team
            self.team = None
            team.close()
