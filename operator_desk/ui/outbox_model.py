"""The outbox as a Qt table model: counted, filtered, sorted and paged in SQL, off the UI
thread (like the queue model: a row whose page is not loaded shows a placeholder while the page
is read on the database lane)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from operator_desk.domain.outbox import (
    OutboxColumn,
    OutboxEntry,
    OutboxFilter,
    OutboxSort,
    OutboxState,
)
from operator_desk.services.outbox import OutboxService

from . import formatting, theme
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[OutboxColumn | str, ...] = (
    OutboxColumn.CREATED, OutboxColumn.MARKET, OutboxColumn.KIND, OutboxColumn.SUBJECT,
    "detail", OutboxColumn.STATE, OutboxColumn.ATTEMPTS, "error",
)
_STATE_COLOURS = {
    OutboxState.PENDING: "#1f4fa3", OutboxState.SENDING: "#1f4fa3",
    OutboxState.SENT: "#1b6e3a", OutboxState.FAILED: "#a3361f",
    OutboxState.CONFLICT: "#b36b00", OutboxState.CANCELLED: "#666666",
    OutboxState.WAITING_APPROVAL: "#7a5a00",
}


def kind_label(kind: str) -> str:
    labels = {
        "close_incident": QCoreApplication.translate("OutboxKind", "Close incident"),
        "dispute_incident": QCoreApplication.translate("OutboxKind", "Keep open"),
        "open_incident": QCoreApplication.translate("OutboxKind", "Open incident"),
        "reply": QCoreApplication.translate("OutboxKind", "Reply"),
        "new_order_thread": QCoreApplication.translate("OutboxKind", "New thread on order"),
        "new_seller_thread": QCoreApplication.translate("OutboxKind", "Message to seller"),
        "refund": QCoreApplication.translate("OutboxKind", "Refund"),
        "shop_state": QCoreApplication.translate("OutboxKind", "Shop state"),
        "shop_closure": QCoreApplication.translate("OutboxKind", "Shop closing window"),
    }
    return labels.get(kind, kind)


def state_label(entry: OutboxEntry) -> str:
    labels = {
        OutboxState.PENDING: QCoreApplication.translate("OutboxState", "Waiting"),
        OutboxState.SENDING: QCoreApplication.translate("OutboxState", "Sending"),
        OutboxState.SENT: QCoreApplication.translate("OutboxState", "Sent"),
        OutboxState.FAILED: QCoreApplication.translate("OutboxState", "Failed"),
        OutboxState.CONFLICT: QCoreApplication.translate("OutboxState", "Conflict"),
        OutboxState.CANCELLED: QCoreApplication.translate("OutboxState", "Cancelled"),
        OutboxState.WAITING_APPROVAL: QCoreApplication.translate("OutboxState",
                                                                 "Waiting for approval"),
    }
    text = labels[entry.state]
    if entry.outcome_unknown and entry.state in (OutboxState.PENDING, OutboxState.SENDING):
        text = QCoreApplication.translate("OutboxState", "Checking (sent, no answer)")
    elif entry.blocked_by is not None and entry.state == OutboxState.PENDING:
        text = QCoreApplication.translate("OutboxState", "Behind #{0}").format(entry.blocked_by)
    return text


class OutboxTableModel(QAbstractTableModel):
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, service: OutboxService, runner: TaskRunner, locale: str,
                 page_size: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._locale = locale
        self._page_size = page_size
        self._filter = OutboxFilter()
        self._sort = OutboxSort()
        self._count = 0
        self._pages: dict[int, list[OutboxEntry]] = {}
        self._in_flight: set[int] = set()
        self._generation = 0
        self._headers = {
            OutboxColumn.CREATED: self.tr("Queued"), OutboxColumn.MARKET: self.tr("Market"),
            OutboxColumn.KIND: self.tr("Action"), OutboxColumn.SUBJECT: self.tr("On"),
            "detail": self.tr("Details"), OutboxColumn.STATE: self.tr("State"),
            OutboxColumn.ATTEMPTS: self.tr("Tries"), "error": self.tr("Last problem"),
        }

    @property
    def query_filter(self) -> OutboxFilter:
        return self._filter

    def set_query(self, filter_: OutboxFilter | None = None,
                  sort: OutboxSort | None = None) -> None:
        if filter_ is not None:
            self._filter = filter_
        if sort is not None:
            self._sort = sort
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, filter_, sort, size = (self._generation, self._filter, self._sort,
                                           self._page_size)

        def load() -> tuple[int, list[OutboxEntry]]:
            return (self._service.count(filter_),
                    self._service.page(filter_, sort, 0, size))

        self._runner.submit(load, partial(self._reloaded, generation),
                            partial(self._failed, generation))

    def _reloaded(self, generation: int, result: tuple[int, list[OutboxEntry]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count, first = result
        self._pages = {0: first}
        self._in_flight.clear()
        self.endResetModel()
        self.reloaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(error)

    def entry(self, row: int) -> OutboxEntry | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            if number not in self._in_flight:
                self._in_flight.add(number)
                generation, filter_, sort, size = (self._generation, self._filter, self._sort,
                                                   self._page_size)
                self._runner.submit(
                    lambda: self._service.page(filter_, sort, number * size, size),
                    partial(self._page_arrived, generation, number),
                    partial(self._failed, generation))
            return None
        return page[offset] if offset < len(page) else None

    def _page_arrived(self, generation: int, number: int, entries: list[OutboxEntry]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._pages[number] = entries
        first = number * self._page_size
        last = min(first + len(entries), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def row_of(self, action_id: str) -> int | None:
        for number, entries in self._pages.items():
            for offset, entry in enumerate(entries):
                if entry.action_id == action_id:
                    return number * self._page_size + offset
        return None

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return ("…" if index.column() == 0 else "") \
                if role == Qt.ItemDataRole.DisplayRole else None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and column == OutboxColumn.STATE:
            return QColor(theme.ink(_STATE_COLOURS[entry.state]))
        return None

    def _display(self, entry: OutboxEntry, column: OutboxColumn | str) -> str:
        match column:
            case OutboxColumn.CREATED:
                return f"#{entry.seq} · {formatting.when(entry.created, self._locale)}"
            case OutboxColumn.MARKET:
                return entry.market
            case OutboxColumn.KIND:
                return kind_label(entry.kind)
            case OutboxColumn.SUBJECT:
                return entry.subject
            case "detail":
                return entry.detail
            case OutboxColumn.STATE:
                return state_label(entry)
            case OutboxColumn.ATTEMPTS:
                return str(entry.attempts)
            case "error":
                return (entry.last_error or "").splitlines()[0] if entry.last_error else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and isinstance(COLUMNS[column], OutboxColumn):
            self.set_query(sort=OutboxSort(OutboxColumn(COLUMNS[column]),
                                           order == Qt.SortOrder.DescendingOrder))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

