"""Diagnostics: per-market sync health, derived facts, and records that could not be read."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.diagnostics import Diagnostics, DiagnosticsService, QuarantinedRecord

from . import formatting
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class QuarantineModel(QAbstractTableModel):
    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.records: tuple[QuarantinedRecord, ...] = ()
        self.headers = [self.tr("Market"), self.tr("Kind"), self.tr("Record"),
                        self.tr("Why it was skipped"), self.tr("Seen")]

    def set_records(self, records: tuple[QuarantinedRecord, ...]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (record.market, record.entity, record.record_id or "?", record.reason,
                  formatting.when(record.seen, self.locale, fmt="short"))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class DiagnosticsPage(QWidget):
    def __init__(self, service: DiagnosticsService, runner: TaskRunner, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnostics")  # window_state keys: page, splitter, table
        self.service = service
        self.runner = runner
        self.locale_name = locale
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.model = QuarantineModel(locale, self)
        self.table = QTableView()
        self.table.setObjectName("problemsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records that could not be read"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(self.tr("The record as the marketplace sent it"))
        self.raw.setPlaceholderText(self.tr("Select a record to see what the marketplace sent."))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("diagnosticsSplitter")
        split.addWidget(self.table)
        split.addWidget(self.raw)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Records skipped during sync")))
        layout.addWidget(split, 1)
        layout.addWidget(refresh)
        self.diagnostics: Diagnostics | None = None

    def refresh(self) -> None:
        self.runner.submit(self.service.read, self._show)

    def _show(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        cache = self.tr("Local cache")
        lines = [f"<b>{escape(cache)}</b>: {escape(diagnostics.cache_path)}"]
        for m in diagnostics.markets:
            state = (escape(self.tr("last sync {0}").format(
                formatting.when(m.last_sync, self.locale_name, fmt="short")))
                if m.last_sync else escape(self.tr("never synced")))
            if m.last_error:
                state += " – " + escape(self.tr("last attempt failed: {0}").format(m.last_error))
            derived = (" – " + escape(self.tr("incidents derived from orders and threads "
                                              "(the marketplace publishes no incident list)"))
                       if m.derived_incidents else "")
            counts = escape(self.tr("orders: {0}, incidents: {1}, messages: {2}").format(
                m.counts.get("orders", 0), m.counts.get("incidents", 0),
                m.counts.get("messages", 0)))
            lines.append(f"<b>{escape(m.market)}</b> ({escape(m.name)}): {state}; "
                         f"{counts}{derived}")
        if not diagnostics.quarantined:
            lines.append(escape(self.tr("Every record from the marketplaces could be read.")))
        self.summary.setText("<br>".join(lines))
        self.model.set_records(diagnostics.quarantined)

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if isinstance(record, QuarantinedRecord):
            self.raw.setPlainText(record.raw or "")
