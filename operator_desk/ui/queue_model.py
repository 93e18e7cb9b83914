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
from PySide6.QtGui import QColor, QFont

from operator_desk.domain.autoclose import auto_close_at
from operator_desk.domain.outbox import Waiting
from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueRow, QueueSort
from operator_desk.services.incidents import IncidentService, QueuePage

from . import formatting, theme
from .outbox_model import kind_label
from .outbox_words import waiting_label, waiting_tip
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[QueueColumn, ...] = (
    QueueColumn.MARKET, QueueColumn.ORDER, QueueColumn.SELLER, QueueColumn.REASON,
    QueueColumn.MARKED_SOLVED, QueueColumn.AUTO_CLOSE, QueueColumn.ORDER_VALUE,
    QueueColumn.CUSTOMER_WROTE, QueueColumn.CLAIMED_BY, QueueColumn.CUSTOMER,
    QueueColumn.STATUS,
)
# Columns whose order comes from the SQL sort (all of them: "On it" by the team store's
# claims, handed to the query).
SORTABLE = frozenset(COLUMNS)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the QueueRow itself


class IncidentQueueModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    count_changed = Signal(int)
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, service: IncidentService, runner: TaskRunner, locale: str,
                 language: str, page_size: int = 200, max_pages: int = 20,
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
        self._visible = (0, 0)
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
            QueueColumn.AUTO_CLOSE: lambda: self.tr("Auto-closes"),
            QueueColumn.CUSTOMER_WROTE: lambda: self.tr("Customer wrote"),
            QueueColumn.CLAIMED_BY: lambda: self.tr("On it"),
            QueueColumn.OPENED: lambda: self.tr("Opened"),
        }
        self._header_tips: dict[QueueColumn, Callable[[], str]] = {
            QueueColumn.AUTO_CLOSE: lambda: self.tr(
                "Time left before the platform closes the incident by itself (5 business "
                "days without activity, in the market's calendar)"),
            QueueColumn.CUSTOMER_WROTE: lambda: self.tr(
                "The customer wrote after the seller marked the incident as solved"),
            QueueColumn.CLAIMED_BY: lambda: self.tr("Who is working on the case right now"),
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
        # A refresh reads only what is on screen (and a page either side): the rest comes
        # back when the agent scrolls there. Less to read and format, less for the GC.
        first_page = self._visible[0] // size
        last_page = self._visible[1] // size
        keep = (list(range(max(0, first_page - 1), last_page + 2)) if soft else []) or [0]
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
        entries = []
        for row in page.rows:
            holder = page.claims.get((row.market, row.incident_id))
            mine = holder is not None and holder == page.me
            waiting = page.waiting.get((row.market, row.incident_id))
            texts = tuple(_display(row, column, locale, now, holder, mine, waiting)
                          for column in COLUMNS)
            entries.append(_Entry(
                row, texts,
                formatting.when(row.marked_solved, locale) if row.marked_solved else "",
                holder if holder and not mine else None,
                waiting_tip(waiting, kind_label(waiting.kind)) if waiting else None))
        return _Page(page.offset, tuple(entries))

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

    def set_visible_rows(self, first: int, last: int) -> None:
        """The rows the view shows now (the page calls this when it scrolls or resizes)."""
        self._visible = (max(0, first), max(first, last))

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
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in self._header_tips:
                return self._header_tips[COLUMNS[section]]()
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
            if column == QueueColumn.STATUS and entry.waiting_tip:
                return entry.waiting_tip
            if column == QueueColumn.ORDER:
                return self.tr("Incident {0}").format(row.incident_id)
            return entry.texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == QueueColumn.ORDER_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == QueueColumn.STATUS:
                colour = _WAITING_COLOUR if entry.waiting_tip else _STATUS_COLOURS.get(
                    row.status, "#444444")
                return QColor(theme.readable(colour))
            if column == QueueColumn.AUTO_CLOSE and entry.texts[index.column()].startswith("!"):
                return QColor(theme.readable("#a3361f"))
        if role == Qt.ItemDataRole.FontRole and entry.claimed_by_other:
            font = QFont()
            font.setItalic(True)  # a colleague is on it: not for this desk's "next"
            return font
        return None

    def claimed_by_other(self, row: int) -> bool:
        entry = self._row(row) if 0 <= row < self._count else None
        return bool(entry and entry.claimed_by_other)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
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
    claimed_by_other: str | None = None
    waiting_tip: str | None = None  # something of the case waits in the outbox


@dataclass(frozen=True, slots=True)
class _Page:
    offset: int
    entries: tuple[_Entry, ...]


def _display(row: QueueRow, column: QueueColumn, locale: str, now: datetime,
             holder: str | None = None, mine: bool = False,
             waiting: Waiting | None = None) -> str:
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
            if waiting is not None:  # decided here, not sent yet: say so
                return QCoreApplication.translate("Queue", "{0} · {1}").format(
                    status_label(row.status), waiting_label(waiting))
            return status_label(row.status)
        case QueueColumn.OPENED:
            return formatting.age(row.opened, locale, now)
        case QueueColumn.AUTO_CLOSE:
            if row.status != "RESOLVED":
                return ""
            due = auto_close_at(row.market, row.last_action)
            if due is None:
                return ""
            if due <= now:
                return "! " + QCoreApplication.translate("Queue", "due now")
            return formatting.age(due, locale, now)
        case QueueColumn.CUSTOMER_WROTE:
            return QCoreApplication.translate("Queue", "yes") if row.customer_wrote_after else ""
        case QueueColumn.CLAIMED_BY:
            if holder is None:
                return ""
            return QCoreApplication.translate("Queue", "you") if mine else holder
    return ""


def csv_value(column: QueueColumn, locale: str, row: QueueRow) -> str:
    """A cell of the CSV export: the same text the queue shows (claims aside)."""
    return _display(row, column, locale, datetime.now(UTC))


_WAITING_COLOUR = "#1f4fa3"  # as the outbox shows what waits
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
