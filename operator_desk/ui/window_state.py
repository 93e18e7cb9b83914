"""The window as the user left it: size and place, docks, splitters, column widths, last page.

Settings live where the platform keeps them (``QSettings()``: the registry on Windows,
``~/Library/Preferences`` on macOS, ``~/.config`` on Linux), or in ``settings.ini`` inside the
data folder when the desk was started with ``--data-dir`` (tests and scripts never touch the
user's own settings).

The mechanism is generic, so pages added by anyone are covered without code of their own:
every ``QSplitter`` and every item view's horizontal header under the main window is saved
under the path of ``objectName``s from the window down to it, and restored when its page is
added to the window's page stack. Widgets without an ``objectName`` are skipped (a page must
name its page widget, its splitters and its views: ``setObjectName("incidents")``).
Dock widgets added after start are restored when they appear.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QWidget,
)

log = logging.getLogger(__name__)

STATE_VERSION = 1  # bump when the layout changes so much that old states would mislead
SETTINGS_FILE = "settings.ini"
LAST_PAGE_GRACE_S = 15.0  # a page that appears later than this does not take the focus
DEFAULT_SIZE = (1360, 820)


def settings_for(data_dir: Path | None) -> QSettings:
    """The platform's settings, or ``DATA/settings.ini`` when a data folder was given."""
    if data_dir is None:
        return QSettings()  # organisation and application names are set by run_gui
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def widget_key(widget: QWidget, top: QWidget) -> str | None:
    """``page/splitter``: the objectNames from below ``top`` down to ``widget``."""
    if not widget.objectName():
        return None
    names = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        if current.objectName() and not current.objectName().startswith("qt_"):
            names.append(current.objectName())
        current = current.parentWidget()
    return "/".join(reversed(names))


def item_view_header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def unnamed_stateful_widgets(root: QWidget) -> list[QWidget]:
    """Splitters and item views under ``root`` whose state cannot be kept (no objectName)."""
    found: list[QWidget] = [s for s in root.findChildren(QSplitter) if not s.objectName()]
    found += [v for v in root.findChildren(QAbstractItemView)
              if not v.objectName() and item_view_header(v) is not None]
    return found


class WindowState(QObject):
    """Restores the main window's state at start and as pages arrive; saves it at close."""

    def __init__(self, window: QMainWindow, settings: QSettings,
                 pages: QStackedWidget | None = None, language: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.pages = pages
        # Column widths saved under another language may cut this one's longer headers.
        self.language = language
        saved = str(self.settings.value("headers_language", "") or "")
        self._language_changed = bool(language) and saved not in ("", language)
        self._started = time.monotonic()
        self._pending_page = ""
        self._first_page: QWidget | None = None
        self._docks_seen: set[QDockWidget] = set()
        self._dock_check_pending = False
        if self.settings.value("version") not in (None, str(STATE_VERSION), STATE_VERSION):
            log.info("window settings of another layout version: starting fresh")
            self.settings.clear()

    # -- restoring ---------------------------------------------------------------------------
    def restore_window(self) -> None:
        """Size, place and docks; call before ``show()``."""
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry)):
            self._fit_to_screen()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            # Docks that do not exist yet are remembered and placed when they appear.
            self.window.restoreState(state, STATE_VERSION)
        self._pending_page = str(self.settings.value("window/last_page", "") or "")
        self.window.installEventFilter(self)
        if self.pages is not None:
            self.pages.widgetAdded.connect(self._page_added)
            self.pages.currentChanged.connect(self._page_changed)
            for index in range(self.pages.count()):
                existing = self.pages.widget(index)
                if existing is not None:
                    self.restore_widgets(existing)

    def _fit_to_screen(self) -> None:
        """First start: the default size, or 90 % of a smaller screen (1366×768 laptops)."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.window.resize(width, height)

    def restore_widgets(self, root: QWidget) -> None:
        """Splitter sizes and column widths of every named widget under ``root``."""
        for splitter in [root, *root.findChildren(QSplitter)]:
            if isinstance(splitter, QSplitter):
                key = widget_key(splitter, self.window)
                state = self.settings.value(f"splitters/{key}") if key else None
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)
        for view in root.findChildren(QAbstractItemView):
            self._restore_header(view)

    def _restore_header(self, view: QAbstractItemView) -> None:
        header = item_view_header(view)
        key = widget_key(view, self.window)
        if header is None or key is None:
            return
        state = self.settings.value(f"headers/{key}")
        if not isinstance(state, QByteArray):
            return
        if header.count() == 0:
            # The model comes later: restore once it has its columns.
            def retry(_old: int, new: int) -> None:
                if new:
                    header.sectionCountChanged.disconnect(retry)
                    if header.restoreState(state):
                        self._fit_headers(header)

            header.sectionCountChanged.connect(retry)
            return
        if not header.restoreState(state):
            log.info("column state of %s did not fit its columns; using the defaults", key)
        else:
            self._fit_headers(header)

    def _fit_headers(self, header: QHeaderView) -> None:
        """After a language switch: widen the columns whose new header text would be cut
        (order, hidden columns, sorting and wider columns stay as the user left them)."""
        if not self._language_changed:
            return
        for section in range(header.count()):
            if not header.isSectionHidden(section):
                needed = header.sectionSizeHint(section)
                if header.sectionSize(section) < needed:
                    header.resizeSection(section, needed)

    def _page_added(self, index: int) -> None:
        assert self.pages is not None
        page = self.pages.widget(index)
        if page is None:
            return
        self.restore_widgets(page)
        if (self._pending_page and page.objectName() == self._pending_page
                and time.monotonic() - self._started < LAST_PAGE_GRACE_S):
            self._pending_page = ""
            # After the code that added it has shown its own first page.
            restored = page
            QTimer.singleShot(0, self, lambda: self._show_restored(restored))

    def _page_changed(self, _index: int) -> None:
        assert self.pages is not None
        current = self.pages.currentWidget()
        if self._first_page is None and current is not None and current.objectName() not in (
                "", "starting"):
            self._first_page = current

    def _show_restored(self, page: QWidget) -> None:
        assert self.pages is not None
        current = self.pages.currentWidget()
        if current is not None and current is not self._first_page and \
                current.objectName() != "starting":
            return  # the user went somewhere else meanwhile
        show_page = getattr(self.window, "show_page", None)
        if callable(show_page):
            show_page(page)
        else:
            self.pages.setCurrentWidget(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new child is still being constructed (not yet a QDockWidget to Python), and its
        # objectName and place are set right after: look once the stack unwound.
        if watched is self.window and event.type() == QEvent.Type.ChildAdded and \
                not self._dock_check_pending:
            self._dock_check_pending = True
            # With self as context: dropped if the window goes first.
            QTimer.singleShot(0, self, self._restore_new_docks)
        return False

    def _restore_new_docks(self) -> None:
        """Docks that appeared after start take their saved place. ``restoreDockWidget``
        only works before ``addDockWidget``, which the dock's owner calls right away, so
        the whole saved state is applied again: early on, nothing else has moved yet."""
        self._dock_check_pending = False
        docks = {dock for dock in self.window.findChildren(QDockWidget) if dock.objectName()}
        new = docks - self._docks_seen
        self._docks_seen = docks
        state = self.settings.value("window/state")
        if new and isinstance(state, QByteArray) and \
                time.monotonic() - self._started < LAST_PAGE_GRACE_S:
            self.window.restoreState(state, STATE_VERSION)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Everything restorable, from the widgets as they are now."""
        self.settings.setValue("version", STATE_VERSION)
        if self.language:
            self.settings.setValue("headers_language", self.language)
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState(STATE_VERSION))
        for splitter in self.window.findChildren(QSplitter):
            key = widget_key(splitter, self.window)
            if key:
                self.settings.setValue(f"splitters/{key}", splitter.saveState())
        for view in self.window.findChildren(QAbstractItemView):
            header = item_view_header(view)
            key = widget_key(view, self.window)
            if header is not None and key and header.count():
                self.settings.setValue(f"headers/{key}", header.saveState())
        if self.pages is not None:
            current = self.pages.currentWidget()
            if current is not None and current.objectName() not in ("", "starting"):
                self.settings.setValue("window/last_page", current.objectName())
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            log.warning("window settings could not be saved to %s: %s",
                        self.settings.fileName(), self.settings.status())
