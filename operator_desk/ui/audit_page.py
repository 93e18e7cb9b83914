"""The audit page: every action of the team, newest first, filtered and paged in SQL.

``AuditTableModel`` holds a count and the pages the view asked for (like the queue model);
pages load on the database lane. Filters: actor, market, action (prefix) and a date range.
"Export CSV" writes the filtered entries off the UI thread, with progress and Cancel;
"Verify chain" checks the hashes.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.audit import AuditEntry, AuditFilter, ChainReport
from operator_desk.domain.models import Role
from operator_desk.services.exports import ExportCancelled
from operator_desk.services.team import TeamService

from . import formatting
from .i18n import fit_columns
from .progress import Cancelled, Progress, ProgressTask, run_with_progress
from .role_gate import role_name
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("seq", "at", "actor", "role", "market", "action", "subject", "amount", "change",
           "response")


def _pairs(values: Any) -> str:
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in dict(values).items())


class AuditTableModel(QAbstractTableModel):
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, team: TeamService, runner: TaskRunner, locale: str,
                 page_size: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._team = team
        self._runner = runner
        self._locale = locale
        self._page_size = page_size
        self._filter = AuditFilter()
        self._count = 0
        self._pages: dict[int, list[AuditEntry]] = {}
        self._in_flight: set[int] = set()
        self._generation = 0
        self._headers = {
            "seq": self.tr("#"), "at": self.tr("When"), "actor": self.tr("Who"),
            "role": self.tr("Role"), "market": self.tr("Market"), "action": self.tr("Action"),
            "subject": self.tr("Subject"), "amount": self.tr("Amount"),
            "change": self.tr("Before → after"), "response": self.tr("Platform response"),
        }

    @property
    def query_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, filter_: AuditFilter) -> None:
        self._filter = filter_
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, filter_, size = self._generation, self._filter, self._page_size

        def load() -> tuple[int, list[AuditEntry]]:
            return self._team.audit_count(filter_), self._team.audit_page(filter_, 0, size)

        self._runner.submit(load, lambda result: self._reloaded(generation, result),
                            lambda error: self._failed(generation, error))

    def _reloaded(self, generation: int, result: tuple[int, list[AuditEntry]]) -> None:
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

    def entry(self, row: int) -> AuditEntry | None:
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            if number not in self._in_flight:
                self._in_flight.add(number)
                generation, filter_, size = self._generation, self._filter, self._page_size
                self._runner.submit(
                    lambda: self._team.audit_page(filter_, number * size, size),
                    lambda entries: self._page_arrived(generation, number, entries),
                    lambda error: self._failed(generation, error))
            return None
        return page[offset] if offset < len(page) else None

    def _page_arrived(self, generation: int, number: int, entries: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(number)
        self._pages[number] = entries
        first = number * self._page_size
        last = min(first + len(entries), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(entry, COLUMNS[index.column()])
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: AuditEntry, column: str) -> str:
        event = entry.event
        match column:
            case "seq":
                return str(entry.seq)
            case "at":
                return formatting.when(entry.at, self._locale)
            case "actor":
                return event.actor
            case "role":
                known = next((r for r in Role if r.value == event.role), None)
                return role_name(known) if known else event.role
            case "market":
                return event.market or ""
            case "action":
                return event.action
            case "subject":
                return " ".join(p for p in (event.subject_type, event.subject_id) if p)
            case "amount":
                return formatting.money(event.amount, self._locale)
            case "change":
                before, after = _pairs(event.before), _pairs(event.after)
                return f"{before} → {after}" if before else after
            case "response":
                return _pairs(event.response)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditPage(QWidget):
    """Filters, the table, export and verification."""

    exported = Signal(int)  # rows written
    export_cancelled = Signal()
    verified = Signal(object)  # ChainReport
    status_message = Signal(str)

    def __init__(self, team: TeamService, runner: TaskRunner, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit")  # window_state keys: page, table
        self._team = team
        self._runner = runner
        self._locale = locale
        self.export_task: ProgressTask | None = None
        self.progress_after_ms = 400  # quicker exports finish without a dialog
        self.model = AuditTableModel(team, runner, locale, parent=self)
        self.model.failed.connect(lambda e: self._say(self.tr("Cannot read the audit log: {0}")
                                                      .format(getattr(e, "user_message", e))))

        self.actor = QComboBox()
        self.market = QComboBox()
        for combo in (self.actor, self.market):
            combo.addItem(self.tr("All"), "")
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("action, e.g. refund"))
        self.action.setAccessibleName(self.tr("Action"))
        self.use_dates = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.apply = QPushButton(self.tr("Apply"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Who"), self.actor), (self.tr("Market"), self.market)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.apply)
        actions = QHBoxLayout()
        actions.addWidget(self.result, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        fit_columns(self.table, [self.table.horizontalHeader().defaultSectionSize()]
                    * self.model.columnCount())
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.apply.clicked.connect(self.apply_filter)
        self.action.returnPressed.connect(self.apply_filter)
        self.export_button.clicked.connect(self._ask_export)
        self.verify_button.clicked.connect(self.verify)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.actor.currentIndexChanged.connect(self._debounce.start)
        self.market.currentIndexChanged.connect(self._debounce.start)

    def start(self) -> None:
        """Load the filter choices and the first page."""
        self._runner.submit(self._team.audit_filter_values, self._filter_values)
        self.model.set_filter(self.current_filter())

    def _filter_values(self, values: dict[str, list[str]]) -> None:
        for combo, name in ((self.actor, "actor"), (self.market, "market")):
            selected = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values.get(name, []):
                combo.addItem(value, value)
            found = combo.findData(selected)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.use_dates.isChecked():
            start = cast(date, self.since.date().toPython())
            end = cast(date, self.until.date().toPython())
            since = datetime.combine(start, time(0), tzinfo=UTC)
            until = datetime.combine(end, time(0), tzinfo=UTC) + timedelta(days=1)
        return AuditFilter(actor=self.actor.currentData() or "",
                           market=self.market.currentData() or "",
                           action=self.action.text().strip(), since=since, until=until)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.status_message.emit(text)

    # -- export ------------------------------------------------------------------------------
    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"),
                                              "audit.csv", self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> ProgressTask:
        """Write the filtered entries to ``path`` on a worker, with a progress dialog whose
        Cancel (or ``cancel_export``) stops it; a cancelled export writes nothing."""
        filter_, team, locale = self.current_filter(), self._team, self._locale
        counting = self.tr("{0} of {1} entries written…")

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.report(done, total, counting.format(
                    formatting.number(done, locale), formatting.number(total, locale)))

            try:
                return team.export_audit_csv(filter_, path, progress.cancel_event, report)
            except ExportCancelled as exc:
                raise Cancelled from exc

        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self.export_task = run_with_progress(
            self._runner, self, self.tr("Export the audit log"), work,
            label=self.tr("Exporting…"), lane="net", show_after_ms=self.progress_after_ms,
            on_done=self._exported, on_cancelled=self._export_cancelled,
            on_error=self._export_failed)
        return self.export_task

    def cancel_export(self) -> None:
        """What the progress dialog's Cancel does: the export stops, nothing is written."""
        if self.export_task is not None and not self.export_task.finished:
            self.export_task.cancel()

    def _exported(self, count: int) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._say(self.tr("Exported {0} entries.").format(count))
        self.exported.emit(count)

    def _export_cancelled(self) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._say(self.tr("Export cancelled; no file was written."))
        self.export_cancelled.emit()

    def _export_failed(self, error: BaseException) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._say(self.tr("Export failed: {0}; nothing was written.").format(
            getattr(error, "user_message", error)))

    # -- verify ------------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._runner.submit(self._team.verify_audit, self._verified, self._verify_failed,
                            lane="net")

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self._say(self.tr("The audit chain is whole: {0} entries.").format(report.count))
        else:
            self._say(self.tr("The audit chain is broken at entry {0}: {1}").format(
                report.broken_seq, report.reason))
        self.verified.emit(report)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._say(self.tr("Cannot verify: {0}").format(getattr(error, "user_message", error)))
