"""Notifications inside the desk, and on the desktop when the user allowed it.

``TeamRelay`` carries the team watcher's callbacks (a background thread) to the UI thread;
the notifier's store reads happen on the watcher's thread, never here. ``NotificationModel``
lists them newest first; ``NotificationPanel`` shows the list with a "clear" button and the
desktop permission; ``DesktopNotifier`` uses the system tray when allowed and available.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.team import Change
from operator_desk.services.notifications import Notification, NotificationKind, Notifier
from operator_desk.services.team_watch import TeamLink

from . import formatting, theme

Index = QModelIndex | QPersistentModelIndex
NOTIFICATION_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(notification: Notification, locale: str) -> tuple[str, str]:
    """(title, text) of a notification in the interface language."""
    amount = formatting.money(notification.amount, locale) if notification.amount else ""
    case = f"{notification.market} {notification.subject_id}"
    match notification.kind:
        case NotificationKind.APPROVAL_WAITING:
            return (QCoreApplication.translate("NotificationPanel", "Approval waiting for you"),
                    QCoreApplication.translate(
                        "NotificationPanel", "{0} asks to approve {1} on {2}.").format(
                        notification.colleague or "", amount, case))
        case NotificationKind.REQUEST_APPROVED:
            return (QCoreApplication.translate("NotificationPanel", "Your request was approved"),
                    QCoreApplication.translate(
                        "NotificationPanel", "{0} approved {1} on {2}.").format(
                        notification.colleague or "", amount, case))
        case NotificationKind.REQUEST_DECLINED:
            text = QCoreApplication.translate(
                "NotificationPanel", "{0} declined {1} on {2}.").format(
                notification.colleague or "", amount, case)
            if notification.note:
                text += " " + QCoreApplication.translate(
                    "NotificationPanel", "Note: {0}").format(notification.note)
            return QCoreApplication.translate(
                "NotificationPanel", "Your request was declined"), text
        case NotificationKind.CLAIMED_CASE_MESSAGE:
            return (QCoreApplication.translate("NotificationPanel", "New customer message"),
                    QCoreApplication.translate(
                        "NotificationPanel", "The customer wrote on {0}, which you are working "
                                             "on.").format(case))
        case NotificationKind.CLAIMED_CASE_SLA:
            due = formatting.when(notification.due, locale) if notification.due else ""
            return (QCoreApplication.translate("NotificationPanel", "Answer due soon"),
                    QCoreApplication.translate(
                        "NotificationPanel", "The answer on {0} is due {1}.").format(case, due))
    return notification.kind.value, case


class TeamRelay(QObject):
    """Hands the watcher's results to the UI thread (queued signals)."""

    notified = Signal(object)  # list[Notification]
    changed = Signal(object)  # list[Change]
    link_changed = Signal(object)  # TeamLink

    def callbacks(self, notifier: Notifier | None
                  ) -> tuple[Callable[[list[Change]], None], Callable[[TeamLink], None]]:
        """(on_changes, on_link) for ``TeamWatcher``; they run on the watcher's thread."""
        def on_changes(changes: list[Change]) -> None:
            if notifier is not None:
                found = notifier.from_changes(changes)
                if found:
                    self.notified.emit(found)
            self.changed.emit(changes)

        return on_changes, self.link_changed.emit


class NotificationModel(QAbstractListModel):
    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._items: list[Notification] = []

    def add(self, notifications: Sequence[Notification]) -> None:
        if not notifications:
            return
        newest_first = list(reversed(notifications))
        self.beginInsertRows(QModelIndex(), 0, len(newest_first) - 1)
        self._items[:0] = newest_first
        self.endInsertRows()

    def clear(self) -> None:
        if self._items:
            self.beginResetModel()
            self._items.clear()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title, text = describe(item, self._locale)
            return f"{title} — {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return formatting.when(item.at, self._locale)
        if role == NOTIFICATION_ROLE:
            return item
        return None


def tray_supports_messages() -> bool:
    """Whether this desktop has a notification area (system tray) that shows messages."""
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class DesktopNotifier:
    """Shows a notification on the desktop (system tray), only when the user allowed it.

    ``supported`` says whether the desktop can show tray messages at all (injected by tests:
    the offscreen platform has no tray)."""

    def __init__(self, tray: QSystemTrayIcon | None, locale: str, allowed: bool = False,
                 supported: Callable[[], bool] = tray_supports_messages) -> None:
        self.tray = tray
        self.locale = locale
        self.allowed = allowed
        self._supported = supported

    def available(self) -> bool:
        return self.tray is not None and self._supported()

    def show(self, notifications: Sequence[Notification]) -> int:
        """Show each notification; returns how many went to the desktop."""
        if not self.allowed or not self.available() or self.tray is None:
            return 0
        for item in notifications:
            title, text = describe(item, self.locale)
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        return len(notifications)


class NotificationPanel(QWidget):
    """The list of notifications with "Clear" and the desktop permission."""

    desktop_allowed_changed = Signal(bool)
    activated = Signal(object)  # the Notification the user opened

    def __init__(self, locale: str, desktop: DesktopNotifier | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotificationModel(locale, self)
        self.desktop = desktop
        self.view = QListView()
        self.view.setObjectName("notificationList")
        self.view.setAccessibleName(self.tr("Notifications"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.activated.connect(
            lambda index: self.activated.emit(self.model.data(index, NOTIFICATION_ROLE)))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.model.clear)
        self.allow_desktop = QCheckBox(self.tr("Also show on the desktop"))
        self.allow_desktop.setChecked(bool(desktop and desktop.allowed))
        available = bool(desktop and desktop.available())
        self.allow_desktop.setEnabled(available)
        self.allow_desktop.toggled.connect(self._allow)
        # Disabled without a word would look broken: say why, next to the box and to readers.
        self.desktop_note = QLabel(self.tr(
            "Desktop notifications need a notification area (system tray), which this "
            "desktop does not offer; they show here only."))
        self.desktop_note.setWordWrap(True)
        self.desktop_note.setStyleSheet(theme.secondary_style())
        self.desktop_note.setVisible(not available)
        if not available:
            self.allow_desktop.setToolTip(self.desktop_note.text())
            self.allow_desktop.setAccessibleDescription(self.desktop_note.text())
        row = QHBoxLayout()
        row.addWidget(self.allow_desktop, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.desktop_note)

    def _allow(self, allowed: bool) -> None:
        if self.desktop is not None:
            self.desktop.allowed = allowed
        self.desktop_allowed_changed.emit(allowed)

    def add(self, notifications: Sequence[Notification]) -> None:
        """Show new notifications (connect ``TeamRelay.notified`` here)."""
        self.model.add(notifications)
        if self.desktop is not None:
            self.desktop.show(notifications)
