"""The window comes back as the user left it: size, docks, splitters, columns, last page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from operator_desk.ui.window_state import (
    WindowState,
    settings_for,
    unnamed_stateful_widgets,
    widget_key,
)

from .running_desk import running_desk, wait_until


def _page(name: str, columns: int = 4) -> tuple[QWidget, QSplitter, QTableView]:
    page = QWidget()
    page.setObjectName(name)
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.setObjectName("split")
    table = QTableView()
    table.setObjectName("table")
    model = QStandardItemModel(3, columns, table)
    table.setModel(model)
    splitter.addWidget(table)
    splitter.addWidget(QLabel("detail"))
    splitter.resize(600, 300)
    return page, splitter, table


def _window(qtbot: QtBot, settings: QSettings) -> tuple[QMainWindow, QStackedWidget,
                                                        WindowState]:
    window = QMainWindow()
    pages = QStackedWidget()
    starting = QLabel("starting")
    starting.setObjectName("starting")
    pages.addWidget(starting)
    window.setCentralWidget(pages)
    qtbot.addWidget(window)
    state = WindowState(window, settings, pages)
    state.restore_window()
    return window, pages, state


def test_splitters_columns_docks_and_the_last_page_come_back(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    window, pages, state = _window(qtbot, settings)
    window.resize(700, 500)  # the offscreen screen is 800×600
    window.show()
    queue, splitter, table = _page("queue")
    other, _, _ = _page("other")
    pages.addWidget(queue)
    pages.addWidget(other)
    dock = QDockWidget("Notes", window)
    dock.setObjectName("notes")
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    splitter.setSizes([150, 450])
    table.setColumnWidth(2, 222)
    table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    dock.hide()
    pages.setCurrentWidget(other)
    state.save()
    sizes = splitter.sizes()
    assert (tmp_path / "settings.ini").exists()
    window.close()

    # A new window; the pages and the dock arrive after start, as the desk's do.
    again, pages2, _ = _window(qtbot, settings_for(tmp_path))
    again.show()
    assert again.size().width() == window.size().width()
    queue2, splitter2, table2 = _page("queue")
    other2, _, _ = _page("other")
    pages2.addWidget(queue2)
    pages2.setCurrentWidget(queue2)  # what the app shows first
    pages2.addWidget(other2)
    dock2 = QDockWidget("Notes", again)
    dock2.setObjectName("notes")
    again.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock2)
    qtbot.waitUntil(lambda: pages2.currentWidget() is other2)
    assert splitter2.sizes() == sizes
    assert table2.columnWidth(2) == 222
    assert table2.horizontalHeader().sortIndicatorSection() == 1
    qtbot.waitUntil(lambda: dock2.isHidden())
    assert again.dockWidgetArea(dock2) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_a_page_the_user_left_is_not_forced_back(qtbot: QtBot, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.setValue("window/last_page", "other")
    window, pages, _ = _window(qtbot, settings)
    window.show()
    queue, _, _ = _page("queue")
    third, _, _ = _page("third")
    pages.addWidget(queue)
    pages.addWidget(third)
    pages.setCurrentWidget(queue)
    pages.setCurrentWidget(third)  # the user moved on before "other" appeared
    other, _, _ = _page("other")
    pages.addWidget(other)
    QApplication.processEvents()
    assert pages.currentWidget() is third


def test_columns_of_a_model_set_later_are_restored_when_it_arrives(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    _first, pages, state = _window(qtbot, settings)
    page, _, table = _page("late")
    pages.addWidget(page)
    table.setColumnWidth(1, 177)
    state.save()
    _second, pages2, _ = _window(qtbot, settings_for(tmp_path))
    page2 = QWidget()
    page2.setObjectName("late")
    splitter = QSplitter(page2)
    splitter.setObjectName("split")
    empty = QTableView()
    empty.setObjectName("table")
    splitter.addWidget(empty)
    pages2.addWidget(page2)  # no model yet
    empty.setModel(QStandardItemModel(3, 4, empty))
    assert empty.columnWidth(1) == 177


def test_after_a_language_switch_columns_widen_to_their_new_headers(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    """Widths saved under English would cut the German headers: those columns widen, the
    rest (a column the user made wider, the sort) stays; in the same language nothing moves."""
    def desk(language: str, header: str) -> tuple[WindowState, QTableView, QStackedWidget]:
        window = QMainWindow()
        pages = QStackedWidget()
        window.setCentralWidget(pages)
        qtbot.addWidget(window)
        state = WindowState(window, settings_for(tmp_path), pages, language)
        state.restore_window()
        page, _, table = _page("queue")
        model = table.model()
        assert isinstance(model, QStandardItemModel)
        model.setHorizontalHeaderLabels(["A", header, "C", "D"])
        pages.addWidget(page)
        return state, table, pages

    state, table, _ = desk("en", "Marked solved")
    table.setColumnWidth(1, 40)  # narrower than any header text
    table.setColumnWidth(2, 300)
    table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    state.save()
    _, same, _ = desk("en", "Marked solved")
    assert same.columnWidth(1) == 40  # the user's choice in the same language
    state_de, german, _ = desk("de", "Vom Verkäufer als gelöst markiert")
    header = german.horizontalHeader()
    assert german.columnWidth(1) >= header.sectionSizeHint(1) > 40
    assert german.columnWidth(2) == 300
    assert header.sortIndicatorSection() == 2
    state_de.save()
    assert settings_for(tmp_path).value("headers_language") == "de"


def test_settings_of_another_layout_version_are_dropped(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.setValue("version", 999)
    settings.setValue("window/last_page", "x")
    WindowState(QMainWindow(), settings)
    assert settings.value("window/last_page") is None


def test_keys_are_paths_of_object_names(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page, splitter, table = _page("queue")
    window.setCentralWidget(page)
    assert widget_key(splitter, window) == "queue/split"
    assert widget_key(table, window) == "queue/split/table"
    assert widget_key(QSplitter(page), window) is None
    assert unnamed_stateful_widgets(window)


def test_the_desk_keeps_its_layout_between_starts(qapp: QApplication, tmp_path: Path) -> None:
    with running_desk(tmp_path) as desk:
        missing = unnamed_stateful_widgets(desk.window)
        assert not missing, f"splitters and views need an objectName: {missing}"
        page = desk.page
        page.splitter.setSizes([500, 300])
        sizes = page.splitter.sizes()
        page.table.setColumnWidth(3, 201)
        desk.window.show_page(desk.diagnostics)
    settings = settings_for(tmp_path)
    assert settings.value("splitters/incidents/queueSplitter") is not None
    assert settings.value("headers/incidents/queueSplitter/queueTable") is not None
    with running_desk(tmp_path, "--offline", sync=False) as desk:
        wait_until(lambda: desk.window.pages.currentWidget() is desk.diagnostics, 10,
                   "the last page")
        desk.window.show_page(desk.page)  # a hidden page's splitter is laid out when shown
        # The case pane gets its width back exactly; the queue takes what the window has
        # (a few pixels may differ: the window is laid out again around it).
        def restored() -> bool:
            now = desk.page.splitter.sizes()
            return now[1] == sizes[1] and abs(now[0] - sizes[0]) <= 12

        try:
            wait_until(restored, 5, "the splitter sizes")
        except AssertionError:
            raise AssertionError(f"{desk.page.splitter.sizes()} != {sizes}") from None
        assert desk.page.table.columnWidth(3) == 201
