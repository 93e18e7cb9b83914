"""The main window: assembles pages, the sandbox banner and the status bar. Nothing more."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import theme

if TYPE_CHECKING:  # the window paints before services (requests, keyring) are imported
    from operator_desk.services.connections import MarketLink

# By LinkState value: importing the enum would pull the connectors in before the first paint.
_LINK_STYLE = {
    "online": ("#1b6e3a", "●"),
    "unknown": ("#777777", "○"),
    "offline": ("#a3361f", "○"),
    "degraded": ("#b36b00", "◐"),
    "key_refused": ("#a3361f", "✕"),
    "forbidden": ("#a3361f", "✕"),
    "no_key": ("#a3361f", "✕"),
}


class MarketStatusBar(QStatusBar):
    """Per-market connection chips, sync progress and the time of the last sync."""

    cancel_requested = Signal()

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._chips: dict[str, QLabel] = {}
        self._market_progress: dict[str, str] = {}
        self._chip_box = QWidget()
        self._chip_layout = QHBoxLayout(self._chip_box)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel sync"))
        self.cancel_button.setAccessibleName(self.tr("Cancel sync"))
        self.cancel_button.setToolTip(self.tr(
            "Stop the sync after the current page; what was fetched is kept and the next "
            "sync goes on from there."))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.last_sync = QLabel()
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self._chip_box)
        self.addPermanentWidget(self.last_sync)

    def set_link(self, link: MarketLink) -> None:
        chip = self._chips.get(link.market)
        if chip is None:
            chip = QLabel()
            chip.setTextFormat(Qt.TextFormat.PlainText)
            self._chips[link.market] = chip
            self._chip_layout.addWidget(chip)
        colour, mark = _LINK_STYLE.get(str(link.state.value), _LINK_STYLE["unknown"])
        chip.setText(f"{mark} {link.market}")
        chip.setStyleSheet(
            theme.label_style(colour, chip, extra=" padding: 0 4px;"))
        chip.setToolTip(self._describe(link))
        chip.setAccessibleName(self._describe(link))

    def _describe(self, link: MarketLink) -> str:
        texts = {
            "online": self.tr("{0}: online"),
            "unknown": self.tr("{0}: connecting…"),
            "offline": self.tr("{0}: offline – showing cached data"),
            "degraded": self.tr("{0}: the marketplace is busy or in trouble; retrying"),
            "key_refused": self.tr("{0}: the key was refused – check the connection "
                                   "settings"),
            "forbidden": self.tr("{0}: your role may not read this marketplace"),
            "no_key": self.tr("{0}: no key stored for this connection – add it in "
                              "the connection settings"),
        }
        return texts.get(str(link.state.value), texts["unknown"]).format(link.market)

    def set_locale(self, locale: str) -> None:
        """The formatting locale, known after the first paint (it needs Babel)."""
        self._locale = locale

    def set_last_sync(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.setText(self.tr("Not synced yet"))
        else:
            from . import formatting  # Babel: not before the first paint

            self.last_sync.setText(self.tr("Last sync {0}").format(
                formatting.when(when, self._locale, fmt="short")))

    def set_busy(self, busy: bool, text: str = "", cancellable: bool = False) -> None:
        """Show or hide the sync's progress bar (busy until a market reports a total)."""
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy and cancellable)
        self.cancel_button.setEnabled(True)
        self._market_progress.clear()
        if text:
            self.showMessage(text)

    def set_market_progress(self, market: str, text: str, done: int = 0,
                            total: int | None = None) -> None:
        """One market's stage ("DE: 1,200/5,000 orders"); the bar fills when totals are known."""
        self._market_progress[market] = text
        self.showMessage(" · ".join(self._market_progress[m]
                                    for m in sorted(self._market_progress)))
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def set_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.showMessage(self.tr("Stopping the sync after the current page…"))


class MainWindow(QMainWindow):
    sync_requested = Signal()
    connections_requested = Signal()

    def __init__(self, locale: str, sandbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Operator Desk"))
        self.resize(1360, 820)
        self.pages = QStackedWidget()
        self.banner = QLabel(self.tr(
            "SANDBOX – demo marketplaces with generated data; nothing you do here reaches a "
            "real customer or seller."))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)  # 1366 px wide screens and large fonts
        # Yellow with near-black text in light and dark palettes alike: it must stand out.
        self.banner.setStyleSheet(
            "QLabel { background: #f2c200; color: #1a1a1a; font-weight: bold; padding: 4px; }")
        self.banner.setVisible(sandbox)
        self.starting = QLabel(self.tr("Opening the local cache…"))
        self.starting.setObjectName("starting")
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.starting)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self._banners = layout
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = MarketStatusBar(locale, self)
        self.setStatusBar(self.status)

        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.triggered.connect(self.sync_requested)
        self.addAction(self.sync_action)
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        menu.addAction(self.sync_action)
        self.connections_action = QAction(self.tr("&Connections…"), self)
        self.connections_action.triggered.connect(self.connections_requested)
        menu.addAction(self.connections_action)
        self.team_action = QAction(self.tr("&Team store…"), self)
        menu.addAction(self.team_action)
        # Refund window and four-eyes limits; enabled once the team store is open.
        self.team_rules_action = QAction(self.tr("Team &rules…"), self)
        self.team_rules_action.setEnabled(False)
        menu.addAction(self.team_rules_action)
        self.desk_menu = menu
        self._desk_menu_end = menu.addSeparator()
        # Privacy: the desk (app.py) connects these once it knows its data and settings.
        self.retention_action = QAction(self.tr("&Data retention…"), self)
        menu.addAction(self.retention_action)
        self.remove_data_action = QAction(self.tr("Re&move all local data…"), self)
        menu.addAction(self.remove_data_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self._close_handlers: list[object] = []
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[QWidget, QAction] = {}
        self.page_shown: dict[QWidget, object] = {}

    def add_page(self, page: QWidget, title: str, shortcut: str,
                 on_show: object = None) -> QAction:
        """Register a page: a Go-menu entry with a shortcut; ``on_show`` runs when shown."""
        self.pages.addWidget(page)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(True)
        action.triggered.connect(lambda: self.show_page(page))
        self.go_menu.addAction(action)
        self.addAction(action)
        self.page_actions[page] = action
        self.page_shown[page] = on_show
        return action

    def show_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        for other, action in self.page_actions.items():
            action.setChecked(other is page)
        handler = self.page_shown.get(page)
        if callable(handler):
            handler()

    def add_desk_menu(self, submenu: QMenu) -> None:
        """A submenu of the Desk menu (settings such as the language), with the settings."""
        self.desk_menu.insertMenu(self._desk_menu_end, submenu)

    def add_banner(self, banner: QWidget) -> None:
        """A banner above the pages (it shows and hides itself)."""
        self._banners.insertWidget(self._banners.indexOf(self.pages), banner)

    def show_message(self, text: str) -> None:
        self.starting.setText(text)
        self.status.showMessage(text)

    def on_close(self, handler: object) -> None:
        self._close_handlers.append(handler)

    def closeEvent(self, event: QCloseEvent) -> None:
        for handler in self._close_handlers:
            if callable(handler):
                handler()
        super().closeEvent(event)
