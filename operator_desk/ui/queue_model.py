"""The incident queue as a Qt table model: counted, sorted and paged in SQL, off the UI thread.

The model knows how many rows the query has and holds only the pages the view has asked for.
``data()`` never waits: a row whose page is not loaded yet shows a placeholder while the page
is fetched on the database lane; when it arrives, ``dataChanged`` repaints it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueRow, QueueSort
from operator_desk.services.incidents import IncidentService, QueuePage

from . import formatting, theme
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[QueueColumn, ...] = (
    QueueColumn.MARKET, QueueColumn.ORDER, QueueColumn.SELLER, QueueColumn.REASON,
    QueueColumn.MARKED_SOLVED, QueueColumn.ORDER_VALUE, QueueColumn.CUSTOMER, QueueColumn.STATUS,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the QueueRow itself


class IncidentQueueModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    count_changed = Signal(int)
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, service: IncidentService, runner: TaskRunner, locale: str,
                 language: str, page_size: int = 200, max_pages: int = 60,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._locale = locale
        self._language = language
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = QueueFilter()
        self._sort = QueueSort()
        self._count = 0
        self._pages: OrderedDict[int, tuple[_Entry, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._headers: dict[QueueColumn, Callable[[], str]] = {
            QueueColumn.MARKET: lambda: self.tr("Market"),
            QueueColumn.ORDER: lambda: self.tr("Order"),
            QueueColumn.SELLER: lambda: self.tr("Seller"),
            QueueColumn.REASON: lambda: self.tr("Reason"),
            QueueColumn.MARKED_SOLVED: lambda: self.tr("Marked solved"),
            QueueColumn.ORDER_VALUE: lambda: self.tr("Order value"),
            QueueColumn.CUSTOMER: lambda: self.tr("Customer"),
            QueueColumn.STATUS: lambda: self.tr("Status"),
        }

    # -- query -------------------------------------------------------------------------------
    @property
    def query_filter(self) -> QueueFilter:
        return self._filter

    @property
    def query_sort(self) -> QueueSort:
        return self._sort

    def set_query(self, filter_: QueueFilter | None = None, sort: QueueSort | None = None) -> None:
        """Change what the queue shows; counts and the first page load in the background."""
        if filter_ is not None:
            self._filter = filter_
        if sort is not None:
            self._sort = sort
        self._load(soft=False)

    def reload(self) -> None:
        """Re-read what the view shows (after a sync or an action), in place where possible:
        when the number of rows is unchanged, rows are updated without a reset, so the
        selection and the scroll position stay where the agent left them."""
        self._load(soft=True)

    def _load(self, soft: bool) -> None:
        self._generation += 1
        generation = self._generation
        filter_, sort, size = self._filter, self._sort, self._page_size
        keep = (sorted(self._pages) if soft else [])[: self._max_pages] or [0]
        locale = self._language
        self.loading_changed.emit(True)

        def load() -> tuple[int, list[_Page]]:
            count = self._service.queue_count(filter_, locale)
            pages = [self._present(self._service.queue_page(filter_, sort, p * size, size,
                                                            locale))
                     for p in keep if p * size < max(count, 1)]
            return count, pages

        self._runner.submit(load, partial(self._reloaded, generation, soft),
                            partial(self._failed, generation))

    def _reloaded(self, generation: int, soft: bool,
                  result: tuple[int, list[_Page]]) -> None:
        if generation != self._generation:
            return
        count, pages = result
        if soft and count == self._count and count > 0:
            self._pages.clear()
            self._wanted.clear()
            self._in_flight.clear()
            for page in pages:
                self._pages[page.offset // self._page_size] = page.entries
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(count - 1, len(COLUMNS) - 1))
            self.loading_changed.emit(False)
            self.reloaded.emit()
            return
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()
        for page in pages:
            self._pages[page.offset // self._page_size] = page.entries
        self.endResetModel()
        self.loading_changed.emit(False)
        self.count_changed.emit(count)
        self.reloaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading_changed.emit(False)
            self.failed.emit(error)

    # -- paging ------------------------------------------------------------------------------
    def _present(self, page: QueuePage) -> _Page:
        """Rows with their texts formatted once, on the worker thread: painting then only
        reads strings (Babel is far too slow to run per cell per paint)."""
        now = datetime.now(UTC)
        locale = self._locale
        return _Page(page.offset, tuple(
            _Entry(row, tuple(_display(row, column, locale, now) for column in COLUMNS),
                   formatting.when(row.marked_solved, locale) if row.marked_solved else "")
            for row in page.rows))

    def _row(self, row: int) -> _Entry | None:
        page_number, offset = divmod(row, self._page_size)
        page = self._pages.get(page_number)
        if page is None:
            if page_number not in self._in_flight:
                self._wanted.add(page_number)
                if not self._fetch_timer.isActive():
                    self._fetch_timer.start()
            return None
        self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def _fetch_wanted(self) -> None:
        generation = self._generation
        filter_, sort, size, locale = self._filter, self._sort, self._page_size, self._language
        for page_number in sorted(self._wanted):
            self._in_flight.add(page_number)
            self._runner.submit(
                partial(self._fetch_page, filter_, sort, page_number * size, size, locale),
                partial(self._page_arrived, generation),
                partial(self._failed, generation))
        self._wanted.clear()

    def _fetch_page(self, filter_: QueueFilter, sort: QueueSort, offset: int, size: int,
                    locale: str) -> _Page:
        return self._present(self._service.queue_page(filter_, sort, offset, size, locale))

    def _page_arrived(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        number = page.offset // self._page_size
        self._in_flight.discard(number)
        self._pages[number] = page.entries
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + len(page.entries), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def row_of(self, market: str, incident_id: str) -> int | None:
        """The row of an incident among the loaded pages, if it is there."""
        for number, entries in self._pages.items():
            for offset, entry in enumerate(entries):
                if entry.row.market == market and entry.row.incident_id == incident_id:
                    return number * self._page_size + offset
        return None

    def row_at(self, row: int) -> QueueRow | None:
        if not 0 <= row < self._count:
            return None
        entry = self._row(row)
        return entry.row if entry else None

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[COLUMNS[section]]()
            if (role == Qt.ItemDataRole.TextAlignmentRole
                    and COLUMNS[section] == QueueColumn.ORDER_VALUE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        entry = self._row(index.row())
        column = COLUMNS[index.column()]
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "…" if index.column() == 0 else ""
            return None
        row = entry.row
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.texts[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QueueColumn.MARKED_SOLVED and entry.solved_tooltip:
                return entry.solved_tooltip
            if column == QueueColumn.ORDER:
                return self.tr("Incident {0}").format(row.incident_id)
            return entry.texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == QueueColumn.ORDER_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == QueueColumn.STATUS:
            return QColor(theme.readable(_STATUS_COLOURS.get(row.status, "#444444")))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(sort=QueueSort(COLUMNS[column],
                                      order == Qt.SortOrder.DescendingOrder))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True, slots=True)
class _Entry:
    row: QueueRow
    texts: tuple[str, ...]  # one per column, formatted for the user's locale
    solved_tooltip: str


@dataclass(frozen=True, slots=True)
class _Page:
    offset: int
    entries: tuple[_Entry, ...]


def _display(row: QueueRow, column: QueueColumn, locale: str, now: datetime) -> str:
    match column:
        case QueueColumn.MARKET:
            return row.market
        case QueueColumn.ORDER:
            return row.order_id
        case QueueColumn.SELLER:
            return row.seller
        case QueueColumn.REASON:
            return row.reason_label or row.reason_code or ""
        case QueueColumn.MARKED_SOLVED:
            return formatting.age(row.marked_solved, locale, now)
        case QueueColumn.ORDER_VALUE:
            return formatting.money(row.order_value, locale)
        case QueueColumn.CUSTOMER:
            return row.customer
        case QueueColumn.STATUS:
            return status_label(row.status)
        case QueueColumn.OPENED:
            return formatting.age(row.opened, locale, now)
    return ""


_STATUS_COLOURS = {
    "RESOLVED": "#1b6e3a", "DISPUTED": "#a3361f", "NEW": "#1f4fa3", "IN_PROGRESS": "#7a5a00",
    "CLOSED": "#666666",
}


def status_label(status: str) -> str:
    labels = {
        "NEW": QCoreApplication.translate("IncidentStatus", "New"),
        "IN_PROGRESS": QCoreApplication.translate("IncidentStatus", "In progress"),
        "RESOLVED": QCoreApplication.translate("IncidentStatus", "Marked solved"),
        "DISPUTED": QCoreApplication.translate("IncidentStatus", "Disputed"),
        "CLOSED": QCoreApplication.translate("IncidentStatus", "Closed"),
    }
    return labels.get(status, status)
