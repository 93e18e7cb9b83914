"""The main window: assembles pages, the sandbox banner and the status bar. Nothing more."""

from __future__ import annotations

from datetime import datetime

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
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.connections import LinkState, MarketLink

from . import formatting

_LINK_STYLE = {
    LinkState.ONLINE: ("#1b6e3a", "●"),
    LinkState.UNKNOWN: ("#777777", "○"),
    LinkState.OFFLINE: ("#a3361f", "○"),
    LinkState.DEGRADED: ("#b36b00", "◐"),
    LinkState.KEY_REFUSED: ("#a3361f", "✕"),
    LinkState.FORBIDDEN: ("#a3361f", "✕"),
    LinkState.NO_KEY: ("#a3361f", "✕"),
}


class MarketStatusBar(QStatusBar):
    """Per-market connection chips, sync progress and the time of the last sync."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._chips: dict[str, QLabel] = {}
        self._chip_box = QWidget()
        self._chip_layout = QHBoxLayout(self._chip_box)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.last_sync = QLabel()
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self._chip_box)
        self.addPermanentWidget(self.last_sync)

    def set_link(self, link: MarketLink) -> None:
        chip = self._chips.get(link.market)
        if chip is None:
            chip = QLabel()
            chip.setTextFormat(Qt.TextFormat.PlainText)
            self._chips[link.market] = chip
            self._chip_layout.addWidget(chip)
        colour, mark = _LINK_STYLE[link.state]
        chip.setText(f"{mark} {link.market}")
        chip.setStyleSheet(f"QLabel {{ color: {colour}; padding: 0 4px; }}")
        chip.setToolTip(self._describe(link))
        chip.setAccessibleName(self._describe(link))

    def _describe(self, link: MarketLink) -> str:
        texts = {
            LinkState.ONLINE: self.tr("{0}: online"),
            LinkState.UNKNOWN: self.tr("{0}: connecting…"),
            LinkState.OFFLINE: self.tr("{0}: offline – showing cached data"),
            LinkState.DEGRADED: self.tr("{0}: the marketplace is busy or in trouble; retrying"),
            LinkState.KEY_REFUSED: self.tr("{0}: the key was refused – check the connection "
                                           "settings"),
            LinkState.FORBIDDEN: self.tr("{0}: your role may not read this marketplace"),
            LinkState.NO_KEY: self.tr("{0}: no key stored for this connection – add it in "
                                      "the connection settings"),
        }
        return texts[link.state].format(link.market)

    def set_last_sync(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.setText(self.tr("Not synced yet"))
        else:
            self.last_sync.setText(self.tr("Last sync {0}").format(
                formatting.when(when, self._locale, fmt="short")))

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.showMessage(text)


class MainWindow(QMainWindow):
    sync_requested = Signal()
    connections_requested = Signal()

    def __init__(self, locale: str, sandbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator Desk"))
        self.resize(1360, 820)
        self.pages = QStackedWidget()
        self.banner = QLabel(self.tr(
            "SANDBOX – demo marketplaces with generated data; nothing you do here reaches a "
            "real customer or seller."))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "QLabel { background: #f2c200; color: #1a1a1a; font-weight: bold; padding: 4px; }")
        self.banner.setVisible(sandbox)
        self.starting = QLabel(self.tr("Opening the local cache…"))
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
        self.desk_menu = menu
        self._desk_menu_end = menu.addSeparator()
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
