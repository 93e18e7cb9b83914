"""The conversations list as a Qt table model: counted, filtered, sorted and paged in SQL, off
the UI thread, texts formatted on the worker (see ``queue_model`` for the pattern).

A full-text search adds a "Match" column: the best matching message's excerpt with the hits
marked (``SNIPPET_HTML_ROLE``, painted by ``HtmlDelegate``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from operator_desk.domain.conversations import ThreadColumn, ThreadFilter, ThreadRow, ThreadSort
from operator_desk.services.conversations import (
    ConversationService,
    Snippet,
    ThreadPage,
    search_query,
)

from . import formatting, theme
from .tasks import TaskRunner
from .thread_view import kind_name

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[ThreadColumn, ...] = (
    ThreadColumn.MARKET, ThreadColumn.SUBJECT, ThreadColumn.ORDER, ThreadColumn.CUSTOMER,
    ThreadColumn.SELLER, ThreadColumn.REPLY_DUE, ThreadColumn.FLAGS,
    ThreadColumn.LAST_MESSAGE, ThreadColumn.MESSAGES,
)
MATCH_COLUMN = len(COLUMNS)  # shown while a text search is active

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class _Entry:
    row: ThreadRow
    texts: tuple[str, ...]
    late: bool
    snippet_text: str
    snippet_html: str


@dataclass(frozen=True, slots=True)
class _Page:
    offset: int
    entries: tuple[_Entry, ...]


HIT = "#ffe066"  # a search hit's background in a light palette (theme.tint for others)


def snippet_html(snippet: Snippet | None) -> str:
    if snippet is None:
        return ""
    out, position = [], 0
    for start, end in snippet.spans:
        out.append(escape(snippet.text[position:start]))
        out.append(f"<b style='background-color:{theme.tint(HIT)}'>"
                   f"{escape(snippet.text[start:end])}</b>")
        position = end
    out.append(escape(snippet.text[position:]))
    return "".join(out)


class ThreadListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    count_changed = Signal(int)
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, service: ConversationService, runner: TaskRunner, locale: str,
                 language: str, page_size: int = 150, max_pages: int = 40,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._locale = locale
        self._language = language
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = ThreadFilter()
        self._sort = ThreadSort()
        self._count = 0
        self.capped = False  # the search looked at the newest matching messages only
        self._pages: OrderedDict[int, tuple[_Entry, ...]] = OrderedDict()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        names: dict[ThreadColumn, Callable[[], str]] = {
            ThreadColumn.MARKET: lambda: self.tr("Market"),
            ThreadColumn.SUBJECT: lambda: self.tr("Subject"),
            ThreadColumn.ORDER: lambda: self.tr("Order"),
            ThreadColumn.CUSTOMER: lambda: self.tr("Customer"),
            ThreadColumn.SELLER: lambda: self.tr("Seller"),
            ThreadColumn.LAST_MESSAGE: lambda: self.tr("Last message"),
            ThreadColumn.MESSAGES: lambda: self.tr("Messages"),
            ThreadColumn.REPLY_DUE: lambda: self.tr("Reply due"),
            ThreadColumn.FLAGS: lambda: self.tr("Policy flags"),
        }
        self._headers: dict[int, Callable[[], str]] = {
            i: names[column] for i, column in enumerate(COLUMNS)}
        self._headers[MATCH_COLUMN] = lambda: self.tr("Match")

    @property
    def query_filter(self) -> ThreadFilter:
        return self._filter

    @property
    def query_sort(self) -> ThreadSort:
        return self._sort

    @property
    def searching(self) -> bool:
        return search_query(self._filter.text) is not None

    def set_query(self, filter_: ThreadFilter | None = None,
                  sort: ThreadSort | None = None) -> None:
        """Show other threads; the count and first page load in the background, and a result
        that arrives after a newer query was asked for is dropped."""
        if filter_ is not None:
            self._filter = filter_
        if sort is not None:
            self._sort = sort
        self._load(soft=False)

    def reload(self) -> None:
        self._load(soft=True)

    def _load(self, soft: bool) -> None:
        self._generation += 1
        generation = self._generation
        filter_, sort, size, language = self._filter, self._sort, self._page_size, self._language
        keep = (sorted(self._pages) if soft else [])[: self._max_pages] or [0]
        self.loading_changed.emit(True)

        def load() -> tuple[int, list[_Page], bool]:
            if generation != self._generation:  # a newer query is waiting: skip the work
                return -1, [], False
            count, first, capped = self._service.first_page(filter_, sort, size, language)
            pages = [self._present(first)]
            pages += [self._present(self._service.thread_page(filter_, sort, p * size, size,
                                                              language))
                      for p in keep if p > 0 and p * size < count]
            return count, pages, capped

        self._runner.submit(load, partial(self._reloaded, generation, soft),
                            partial(self._failed, generation))

    def _reloaded(self, generation: int, soft: bool,
                  result: tuple[int, list[_Page], bool]) -> None:
        if generation != self._generation:
            return
        count, pages, self.capped = result
        if soft and count == self._count and count > 0:
            self._pages.clear()
            self._in_flight.clear()
            for page in pages:
                self._pages[page.offset // self._page_size] = page.entries
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(count - 1, self.columnCount() - 1))
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
        self._columns = len(COLUMNS) + (1 if self.searching else 0)
        self.endResetModel()
        self.loading_changed.emit(False)
        self.count_changed.emit(count)
        self.reloaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading_changed.emit(False)
            self.failed.emit(error)

    def _present(self, page: ThreadPage) -> _Page:
        """Texts formatted once, on the worker thread."""
        now = datetime.now(UTC)
        locale = self._locale
        snippets = page.snippets or (None,) * len(page.rows)
        entries = []
        for row, snippet in zip(page.rows, snippets, strict=True):
            entries.append(_Entry(
                row, tuple(_display(row, column, locale, now) for column in COLUMNS),
                row.late(now), snippet.text if snippet else "", snippet_html(snippet)))
        return _Page(page.offset, tuple(entries))

    def _row(self, row: int) -> _Entry | None:
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            if number not in self._in_flight:
                self._wanted.add(number)
                if not self._fetch_timer.isActive():
                    self._fetch_timer.start()
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _fetch_wanted(self) -> None:
        generation = self._generation
        filter_, sort, size, language = self._filter, self._sort, self._page_size, self._language
        for number in sorted(self._wanted):
            self._in_flight.add(number)
            self._runner.submit(
                partial(self._fetch_page, filter_, sort, number * size, size, language),
                partial(self._page_arrived, generation), partial(self._failed, generation))
        self._wanted.clear()

    def _fetch_page(self, filter_: ThreadFilter, sort: ThreadSort, offset: int, size: int,
                    language: str) -> _Page:
        return self._present(self._service.thread_page(filter_, sort, offset, size, language))

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
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, self.columnCount() - 1))

    def row_of(self, market: str, thread_id: str) -> int | None:
        for number, entries in self._pages.items():
            for offset, entry in enumerate(entries):
                if entry.row.market == market and entry.row.thread_id == thread_id:
                    return number * self._page_size + offset
        return None

    def row_at(self, row: int) -> ThreadRow | None:
        if not 0 <= row < self._count:
            return None
        entry = self._row(row)
        return entry.row if entry else None

    # -- Qt model API ------------------------------------------------------------------------
    _columns = len(COLUMNS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self._columns):
            return self._headers[section]()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = index.column()
        if not 0 <= column < self._columns:
            return None
        entry = self._row(index.row())
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "…" if column == 0 else ""
            return None
        if role == ROW_ROLE:
            return entry.row
        if column == MATCH_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
                return entry.snippet_text
            if role == SNIPPET_HTML_ROLE:
                return entry.snippet_html
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.texts[column]
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[column] == ThreadColumn.REPLY_DUE:
            return QColor(theme.ink("#a3361f")) if entry.late else None
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[column] == ThreadColumn.FLAGS:
            return QColor(theme.ink("#7a1208"))
        if (role == Qt.ItemDataRole.TextAlignmentRole
                and COLUMNS[column] == ThreadColumn.MESSAGES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(sort=ThreadSort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _display(row: ThreadRow, column: ThreadColumn, locale: str, now: datetime) -> str:
    match column:
        case ThreadColumn.MARKET:
            return row.market
        case ThreadColumn.SUBJECT:
            return row.topic or "—"
        case ThreadColumn.ORDER:
            return row.order_ref or row.order_id or ""
        case ThreadColumn.CUSTOMER:
            return row.customer
        case ThreadColumn.SELLER:
            return row.seller
        case ThreadColumn.LAST_MESSAGE:
            return formatting.when(row.last_message, locale, fmt="short")
        case ThreadColumn.MESSAGES:
            return str(row.message_count)
        case ThreadColumn.REPLY_DUE:
            if row.due is not None:
                return formatting.when(row.due, locale, fmt="short") + (
                    " ⚠" if row.due < now else "")
            if row.owes_since is not None:
                return "…"
            return "⚠" if row.late_answers else ""
        case ThreadColumn.FLAGS:
            return ", ".join(kind_name(k) for k in row.policy_kinds)
    return ""


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's ``SNIPPET_HTML_ROLE`` (escaped text with marked hits)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        html = index.data(SNIPPET_HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        document.setHtml(f"<span style='white-space:pre'>{html}</span>")
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(option, index)
