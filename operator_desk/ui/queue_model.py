"""The incident queue as a Qt table model: counted, sorted and paged in SQL, off the UI thread.

The model knows how many rows the query has and holds only the pages the view has asked for.
``data()`` never waits: a row whose page is not loaded yet shows a placeholder while the page
is fetched on the database lane; when it arrives, ``dataChanged`` repaints it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
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
# Ages ("3 hours ago") move in minutes: a row read again unchanged keeps its texts this long.
REFORMAT_AFTER_S = 30.0


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
        # At most one re-read runs; requests meanwhile make one more when it is done (a sync
        # reports changes every second; each re-read reads and formats the visible pages).
        self._loading: int | None = None  # generation of the re-read that runs
        self._again: tuple[tuple[str, str] | None] | None = None  # (anchor,) to re-read with
        self._visible = (0, 0)
        # Formatted rows by (row, claim holder, mine, what waits in the outbox), with when
        # they were formatted.
        self._formatted: OrderedDict[tuple[QueueRow, str | None, bool, Waiting | None],
                                     tuple[float, _Entry]] = OrderedDict()
        self._formatted_lock = threading.Lock()  # the db lane formats; tests may call too
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

    def reload(self, anchor: tuple[str, str] | None = None) -> None:
        """Re-read what the view shows (after a sync, a batch of changed incidents or an
        action), in place: rows whose data changed are repainted, rows that moved keep their
        selection (persistent indexes follow their incidents), and nothing is reset, so the
        selection and the scroll position stay where the agent left them. ``anchor`` (the
        case the agent is on) is looked up wherever it moved, so it stays selected."""
        self._load(soft=True, anchor=anchor)

    def _load(self, soft: bool, anchor: tuple[str, str] | None = None) -> None:
        if soft and self._loading == self._generation:
            self._again = (anchor,)  # the running re-read is of this query: one more after it
            return
        self._again = None
        self._generation += 1
        generation = self._generation
        self._loading = generation
        filter_, sort, size = self._filter, self._sort, self._page_size
        # A refresh reads only what is on screen (and a page either side): the rest comes
        # back when the agent scrolls there. Less to read and format, less for the GC.
        visible = self._visible
        keep = (list(range(max(0, visible[0] // size - 1), visible[1] // size + 2))
                if soft else []) or [0]
        anchor = anchor if soft else None
        anchor_before = self.row_of(*anchor) if anchor is not None else None
        locale = self._language
        service = self._service
        self.loading_changed.emit(True)

        def load() -> _Loaded:
            count = service.queue_count(filter_, locale)
            pages: dict[int, tuple[_Entry, ...]] = {}

            def read(numbers: Iterable[int]) -> None:
                for number in numbers:
                    if number not in pages and number * size < max(count, 1):
                        pages[number] = self._present(service.queue_page(
                            filter_, sort, number * size, size, locale)).entries

            read(keep)
            anchor_row = None
            if anchor is not None:
                anchor_row = _find(pages, size, anchor)
                if anchor_row is None:  # it moved away from the rows on screen, or left
                    anchor_row = service.queue_position(filter_, sort, *anchor, locale)
                if anchor_row is not None and anchor_before is not None:
                    # The view will scroll with the anchor: read what it will show.
                    shift = anchor_row - anchor_before
                    read(range(max(0, (visible[0] + shift) // size),
                               max(0, visible[1] + shift) // size + 1))
            return _Loaded(count, pages, anchor, anchor_row)

        self._runner.submit(load, partial(self._reloaded, generation, soft),
                            partial(self._failed, generation))

    def _reloaded(self, generation: int, soft: bool, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self._loading = None
        count = loaded.count
        if soft and self._count > 0 and count > 0:
            changed_count = count != self._count
            self._update_in_place(loaded)
            self.loading_changed.emit(False)
            if changed_count:
                self.count_changed.emit(count)
            self.reloaded.emit()
        else:
            self._reset(loaded)
        if self._again is not None:
            (anchor,), self._again = self._again, None
            self._load(soft=True, anchor=anchor)

    def _reset(self, loaded: _Loaded) -> None:
        count = loaded.count
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._pages.update(sorted(loaded.pages.items()))
        self.endResetModel()
        self.loading_changed.emit(False)
        self.count_changed.emit(count)
        self.reloaded.emit()

    def _update_in_place(self, loaded: _Loaded) -> None:
        """Apply a re-read without a reset: repaint rows whose data changed; when rows were
        added, removed or moved, grow or shrink at the end and move the persistent indexes
        (selection, current row) to where their incidents are now. Works page by page, with
        no per-row bookkeeping (this runs on the UI thread, once a second in a sync)."""
        size = self._page_size
        old_count, count, old_pages = self._count, loaded.count, self._pages
        anchor_before = (_find(old_pages, size, loaded.anchor)
                         if loaded.anchor is not None else None)
        same_places = (count == old_count and anchor_before == loaded.anchor_row and all(
            _same_keys(old_pages.get(number), entries)
            for number, entries in loaded.pages.items()))
        self._wanted.clear()
        self._in_flight.clear()
        if same_places:
            self._pages = OrderedDict(sorted(loaded.pages.items()))
            for number, entries in self._pages.items():
                old = old_pages.get(number) or ()
                changed = [number * size + offset for offset, entry in enumerate(entries)
                           if offset >= len(old) or (old[offset] is not entry
                                                     and old[offset] != entry)]
                for first, last in _runs(changed):
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(COLUMNS) - 1))
            return
        if count > old_count:  # grow at the end first: every old row stays addressable
            self.beginInsertRows(QModelIndex(), old_count, count - 1)
            self._count = count
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        places = {(entry.row.market, entry.row.incident_id): number * size + offset
                  for number, entries in loaded.pages.items()
                  for offset, entry in enumerate(entries)}
        if loaded.anchor is not None and loaded.anchor_row is not None:
            places.setdefault(loaded.anchor, loaded.anchor_row)
        before = self.persistentIndexList()
        after = []
        for index in before:
            number, offset = divmod(index.row(), size)
            was = old_pages.get(number)
            entry = was[offset] if was is not None and offset < len(was) else None
            row = (places.get((entry.row.market, entry.row.incident_id))
                   if entry is not None else None)
            after.append(self.index(row, index.column()) if row is not None and row < count
                         else QModelIndex())
        self._pages = OrderedDict(sorted(loaded.pages.items()))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if count < old_count:
            self.beginRemoveRows(QModelIndex(), count, old_count - 1)
            self._count = count
            self.endRemoveRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            if self._loading == generation:
                self._loading = None
                self._again = None
            self.loading_changed.emit(False)
            self.failed.emit(error)

    # -- paging ------------------------------------------------------------------------------
    def _present(self, page: QueuePage) -> _Page:
        """Rows with their texts formatted once, on the worker thread: painting then only
        reads strings (Babel is far too slow to run per cell per paint). A row read again
        unchanged within ``REFORMAT_AFTER_S`` keeps its texts: re-reads during a sync then
        format only what changed, and hold Python's GIL (which the window needs for every
        cell it paints) that much less."""
        now = datetime.now(UTC)
        clock = time.monotonic()
        locale = self._locale
        entries = []
        for row in page.rows:
            holder = page.claims.get((row.market, row.incident_id))
            mine = holder is not None and holder == page.me
            waiting = page.waiting.get((row.market, row.incident_id))
            key = (row, holder, mine, waiting)
            with self._formatted_lock:
                known = self._formatted.get(key)
            if known is not None and clock - known[0] < REFORMAT_AFTER_S:
                entries.append(known[1])
                continue
            texts = tuple(_display(row, column, locale, now, holder, mine, waiting)
                          for column in COLUMNS)
            entry = _Entry(
                row, texts,
                formatting.when(row.marked_solved, locale) if row.marked_solved else "",
                holder if holder and not mine else None,
                waiting_tip(waiting, kind_label(waiting.kind)) if waiting else None)
            entries.append(entry)
            with self._formatted_lock:
                self._formatted[key] = (clock, entry)
                self._formatted.move_to_end(key)
                while len(self._formatted) > self._page_size * (self._max_pages + 5):
                    self._formatted.popitem(last=False)
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


@dataclass(frozen=True, slots=True)
class _Loaded:
    """A re-read: the count, pages by number, and where the anchor incident is now."""

    count: int
    pages: dict[int, tuple[_Entry, ...]]
    anchor: tuple[str, str] | None = None
    anchor_row: int | None = None


def _find(pages: dict[int, tuple[_Entry, ...]], size: int,
          key: tuple[str, str]) -> int | None:
    for number, entries in pages.items():
        for offset, entry in enumerate(entries):
            if (entry.row.market, entry.row.incident_id) == key:
                return number * size + offset
    return None


def _same_keys(old: tuple[_Entry, ...] | None, new: tuple[_Entry, ...]) -> bool:
    """Whether a page re-read holds the same incidents in the same places (an unloaded page
    cannot say otherwise; with the count unchanged, a page keeps its length)."""
    if old is None:
        return True
    return all(a is b or (a.row.market, a.row.incident_id) == (b.row.market, b.row.incident_id)
               for a, b in zip(old, new, strict=False))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


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
