"""Desktop notifications: the user switches them on in the notifications dock, the choice is
kept in the desk's settings and restored at the next start, and messages then go to the
notification area; without one the checkbox is disabled and says why.

The offscreen platform has no system tray, so the tray here is a real ``QSystemTrayIcon``
whose ``showMessage`` records what the desktop would show, and the controller is told the
desktop supports messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from operator_desk.domain.money import Money
from operator_desk.services.notifications import Notification, NotificationKind
from operator_desk.services.team_connection import TeamConnector
from operator_desk.ui.notifications import DesktopNotifier, NotificationPanel
from operator_desk.ui.tasks import TaskRunner
from operator_desk.ui.team_controller import (
    DESKTOP_SETTING,
    TeamController,
    desktop_permission,
    make_tray,
)
from operator_desk.ui.window_state import settings_for


def _icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("#1f4fa3"))
    return QIcon(pixmap)


class RecordingTray(QSystemTrayIcon):
    """What the desktop would have shown."""

    def __init__(self) -> None:
        super().__init__(_icon())
        self.shown: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *_args: Any) -> None:
        self.shown.append((title, text))


def _waiting(n: int = 1) -> Notification:
    return Notification(NotificationKind.APPROVAL_WAITING, "DE", f"INC-{n}",
                        datetime(2026, 11, 20, 9, 30, tzinfo=UTC), colleague="ann",
                        amount=Money.of("420.00", "EUR"), approval_id=n)


def _controller(qtbot: Any, data_dir: Path, runner: TaskRunner,
                tray: QSystemTrayIcon | None) -> TeamController:
    window = QMainWindow()
    qtbot.addWidget(window)
    return TeamController(window, runner, TeamConnector(data_dir), "en_GB", lambda _t: None,
                          settings=settings_for(data_dir), tray=tray,
                          tray_supported=lambda: tray is not None)


def test_without_a_tray_the_checkbox_is_disabled_and_says_why(qtbot: Any) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no notification area
    panel = NotificationPanel("en_GB", DesktopNotifier(None, "en_GB", allowed=True))
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.allow_desktop.isEnabled()
    assert panel.desktop_note.isVisible()
    assert "notification area (system tray)" in panel.desktop_note.text()
    assert panel.allow_desktop.toolTip() == panel.desktop_note.text()
    assert panel.allow_desktop.accessibleDescription() == panel.desktop_note.text()
    panel.add([_waiting()])  # still listed in the dock
    assert panel.model.rowCount() == 1


def test_with_a_tray_notifications_reach_the_desktop_once_allowed(qtbot: Any) -> None:
    tray = RecordingTray()
    desktop = DesktopNotifier(tray, "en_GB", supported=lambda: True)
    panel = NotificationPanel("en_GB", desktop)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.allow_desktop.isEnabled() and not panel.allow_desktop.isChecked()
    assert not panel.desktop_note.isVisible()
    panel.add([_waiting(1)])
    assert tray.shown == []  # not allowed yet
    with qtbot.waitSignal(panel.desktop_allowed_changed) as changed:
        panel.allow_desktop.click()
    assert changed.args == [True]
    panel.add([_waiting(2)])
    assert tray.shown == [("Approval waiting for you",
                           "ann asks to approve €420.00 on DE INC-2.")]
    assert panel.model.rowCount() == 2


# Showing a tray icon offscreen makes the platform plugin complain about its own signal.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_permission_is_kept_in_the_desks_settings(qtbot: Any, runner: TaskRunner,
                                                      tmp_path: Path) -> None:
    first_tray = RecordingTray()
    team = _controller(qtbot, tmp_path, runner, first_tray)
    assert not desktop_permission(settings_for(tmp_path))  # off until the user says yes
    assert not team.desktop.allowed and not first_tray.isVisible()
    team.notifications.allow_desktop.click()
    assert settings_for(tmp_path).value(DESKTOP_SETTING, type=bool) is True
    assert first_tray.isVisible()  # the icon is there while notifications are on
    assert "[notifications]\ndesktop=true" in (tmp_path / "settings.ini").read_text()

    # The next start restores it.
    second_tray = RecordingTray()
    again = _controller(qtbot, tmp_path, runner, second_tray)
    assert again.notifications.allow_desktop.isChecked() and again.desktop.allowed
    assert second_tray.isVisible()
    again.notifications.add([_waiting()])
    assert len(second_tray.shown) == 1
    again.notifications.allow_desktop.click()
    assert not desktop_permission(settings_for(tmp_path)) and not second_tray.isVisible()


@pytest.mark.parametrize("allowed", [True, False])
def test_without_a_tray_the_saved_permission_changes_nothing(
        qtbot: Any, runner: TaskRunner, tmp_path: Path, allowed: bool) -> None:
    settings_for(tmp_path).setValue(DESKTOP_SETTING, allowed)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert make_tray(window) is None  # offscreen: the desk makes no tray icon
    team = TeamController(window, runner, TeamConnector(tmp_path), "en_GB",
                          lambda _t: None, settings=settings_for(tmp_path))
    assert team.tray is None
    assert not team.notifications.allow_desktop.isEnabled()
    assert team.desktop.show([_waiting()]) == 0

