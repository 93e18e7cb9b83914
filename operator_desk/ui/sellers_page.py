"""The sellers page: every shop with its KPIs, sortable by any of them (in SQL), flagged
against the market's thresholds; the selected seller's scorecard; sanctions from proposal to
appeal; reminders for sanctions whose date has come.

The figures are computed off the UI thread (``SellerService.refresh`` on the network lane,
into the cache) and read back a page at a time; texts are formatted on the worker too.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.kpis import (
    PERIOD_DAYS,
    Kpi,
    Level,
    SellerColumn,
    SellerFilter,
    SellerRow,
    SellerSort,
)
from operator_desk.domain.permissions import Action
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.team import Appeal, RuleSettings, SanctionEntry, SanctionStatus
from operator_desk.services.actions import SubmissionState
from operator_desk.services.permissions import Permissions
from operator_desk.services.sanctions import SanctionOutcome, SanctionService
from operator_desk.services.sellers import (
    RefreshReport,
    SellerError,
    SellerPage,
    SellerService,
)

from . import formatting, theme
from .flow_layout import FlowLayout
from .i18n import fit_columns
from .role_gate import RoleGate, denial_text
from .sanction_dialogs import (
    AppealDecisionDialog,
    AppealDialog,
    DecideSanctionDialog,
    LadderDialog,
    ProposeSanctionDialog,
    present_evidence,
    sanction_error_text,
)
from .scorecard_view import (
    LEVEL_TINTS,
    PresentedScorecard,
    ScorecardView,
    kpi_short_name,
    kpi_text,
    level_ink,
    level_label,
    present_scorecard,
    state_label,
    step_label,
    with_platform,
)
from .tasks import TaskRunner

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[SellerColumn, ...] = (
    SellerColumn.LEVEL, SellerColumn.MARKET, SellerColumn.NAME, SellerColumn.STATE,
    SellerColumn.ORDERS, SellerColumn.INCIDENT_RATE, SellerColumn.OPEN_INCIDENTS,
    SellerColumn.REOPENED, SellerColumn.REPLY_MEDIAN, SellerColumn.REPLY_P95,
    SellerColumn.LATE_REPLY_RATE, SellerColumn.REFUND_RATE, SellerColumn.POLICY_FINDINGS,
    SellerColumn.GRADE, SellerColumn.EVALUATIONS,
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_KPI_OF = {column: Kpi(column.value) for column in COLUMNS if column.value in set(Kpi)}


@dataclass(frozen=True, slots=True)
class _Entry:
    row: SellerRow
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Page:
    offset: int
    entries: tuple[_Entry, ...]


def _display(row: SellerRow, column: SellerColumn, locale: str) -> str:
    kpi = _KPI_OF.get(column)
    if kpi is not None:
        return kpi_text(kpi, row.values.get(kpi), locale) if row.computed else ""
    match column:
        case SellerColumn.LEVEL:
            past = sum(1 for lv in row.levels.values() if lv == row.level)
            return (f"{level_label(row.level)} ({past})"
                    if row.level in (Level.ALERT, Level.LIMIT) else level_label(row.level))
        case SellerColumn.MARKET:
            return row.market
        case SellerColumn.NAME:
            return row.name
        case SellerColumn.STATE:
            return state_label(row.state)
        case SellerColumn.GRADE:
            return f"{row.grade:.1f}" if row.grade is not None else ""
        case SellerColumn.EVALUATIONS:
            return str(row.evaluations) if row.evaluations is not None else ""
    return ""


class SellersModel(QAbstractTableModel):
    """Shops with their figures: counted, sorted and paged in SQL, off the UI thread."""

    count_changed = Signal(int)
    reloaded = Signal()
    failed = Signal(object)

    def __init__(self, service: SellerService, runner: TaskRunner, locale: str,
                 page_size: int = 200, max_pages: int = 40,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._locale = locale
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = SellerFilter()
        self._sort = SellerSort()
        self._count = 0
        self._pages: OrderedDict[int, tuple[_Entry, ...]] = OrderedDict()
        self._in_flight: set[int] = set()
        self._generation = 0
        self._headers: dict[SellerColumn, Callable[[], str]] = {
            SellerColumn.LEVEL: lambda: self.tr("Level"),
            SellerColumn.MARKET: lambda: self.tr("Market"),
            SellerColumn.NAME: lambda: self.tr("Seller"),
            SellerColumn.STATE: lambda: self.tr("State"),
            SellerColumn.GRADE: lambda: self.tr("Grade"),
            SellerColumn.EVALUATIONS: lambda: self.tr("Evaluations"),
        }

    @property
    def query_filter(self) -> SellerFilter:
        return self._filter

    @property
    def query_sort(self) -> SellerSort:
        return self._sort

    def set_query(self, filter_: SellerFilter | None = None,
                  sort: SellerSort | None = None) -> None:
        if filter_ is not None:
            self._filter = filter_
        if sort is not None:
            self._sort = sort
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        filter_, sort, size = self._filter, self._sort, self._page_size

        def load() -> tuple[int, _Page]:
            count = self._service.count(filter_)
            return count, self._present(self._service.page(filter_, sort, 0, size))

        self._runner.submit(load, partial(self._reloaded, generation),
                            partial(self._failed, generation))

    def _present(self, page: SellerPage) -> _Page:
        locale = self._locale
        return _Page(page.offset, tuple(
            _Entry(row, tuple(_display(row, column, locale) for column in COLUMNS))
            for row in page.rows))

    def _reloaded(self, generation: int, result: tuple[int, _Page]) -> None:
        if generation != self._generation:
            return
        count, first = result
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._in_flight.clear()
        self._pages[0] = first.entries
        self.endResetModel()
        self.count_changed.emit(count)
        self.reloaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(error)

    def _entry(self, row: int) -> _Entry | None:
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            if number not in self._in_flight:
                self._in_flight.add(number)
                generation = self._generation
                filter_, sort, size = self._filter, self._sort, self._page_size
                self._runner.submit(
                    lambda: self._present(self._service.page(filter_, sort, number * size,
                                                             size)),
                    partial(self._page_arrived, generation),
                    partial(self._failed, generation))
            return None
        self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

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

    def row_of(self, market: str, shop_id: str) -> int | None:
        for number, entries in self._pages.items():
            for offset, entry in enumerate(entries):
                if (entry.row.market, entry.row.shop_id) == (market, shop_id):
                    return number * self._page_size + offset
        return None

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        kpi = _KPI_OF.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return kpi_short_name(kpi) if kpi else self._headers[column]()
        if role == Qt.ItemDataRole.TextAlignmentRole and kpi is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        entry = self._entry(index.row())
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "…" if index.column() == 0 else ""
            return None
        column = COLUMNS[index.column()]
        kpi = _KPI_OF.get(column)
        row = entry.row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.texts[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and (kpi is not None or column in (
                SellerColumn.GRADE, SellerColumn.EVALUATIONS)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        level = row.level if column == SellerColumn.LEVEL else (
            row.levels.get(kpi, Level.NONE) if kpi else Level.NONE)
        if role == Qt.ItemDataRole.BackgroundRole and level in LEVEL_TINTS:
            return QColor(theme.tint(LEVEL_TINTS[level]))
        if role == Qt.ItemDataRole.ForegroundRole and level != Level.NONE:
            return QColor(level_ink(level))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(sort=SellerSort(COLUMNS[column],
                                           order == Qt.SortOrder.DescendingOrder))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SellersPage(QWidget):
    """Sellers, their scorecards and their sanctions."""

    status_message = Signal(str)
    scorecard_shown = Signal()
    platform_shown = Signal()  # the platform's figures arrived, or the reason they did not
    refreshed = Signal(object)  # RefreshReport
    acted = Signal(str)  # what was done (for tests and the status bar)

    def __init__(self, sellers: SellerService, sanctions: SanctionService,
                 permissions: Permissions, runner: TaskRunner, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sellers = sellers
        self.sanctions = sanctions
        self.permissions = permissions
        self.runner = runner
        self.locale_name = locale
        self._selected: tuple[str, str] | None = None
        self._selecting = False
        self._stale = True
        self._refreshing = False
        self.dialog: QWidget | None = None
        self.box: QMessageBox | None = None

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days in PERIOD_DAYS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        self.period.setCurrentIndex(PERIOD_DAYS.index(91))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.market = QComboBox()
        self.market.setAccessibleName(self.tr("Market filter"))
        self.market.addItem(self.tr("All markets"), "")
        for code in sorted(permissions.connections.profiles):
            self.market.addItem(code, code)
        self.market.currentIndexChanged.connect(self._filters_changed)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search sellers"))
        self.search.setPlaceholderText(self.tr("Search seller name or shop id"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.flagged = QCheckBox(self.tr("Only at or past a threshold"))
        self.flagged.toggled.connect(self._filters_changed)
        self.recompute = QPushButton(self.tr("Recompute"))
        self.recompute.setToolTip(self.tr("Compute every seller's figures again from the "
                                          "local cache"))
        self.recompute.clicked.connect(self.refresh)
        self.ladder_button = QPushButton(self.tr("Ladder and thresholds…"))
        self.ladder_button.clicked.connect(self.edit_ladder)
        self.count_label = QLabel()
        filters = FlowLayout()  # wraps when the translated labels do not fit in one row
        filters.addWidget(self.period)
        filters.addWidget(self.market)
        filters.addWidget(self.search)
        for widget in (self.flagged, self.recompute, self.ladder_button, self.count_label):
            filters.addWidget(widget)

        self.due_strip = QFrame()
        self.due_strip.setStyleSheet(
            theme.note_style("QFrame", "#fff0d0", extra=" border-radius: 3px;"))
        self.due_layout = QHBoxLayout(self.due_strip)
        self.due_layout.setContentsMargins(6, 3, 6, 3)
        self.due_strip.hide()

        self.model = SellersModel(sellers, runner, locale, parent=self)
        self.model.count_changed.connect(self._count_changed)
        self.model.reloaded.connect(self._reselect)
        self.model.failed.connect(lambda e: self._failed(e, self.tr("reading the sellers")))
        self.table = QTableView()
        self.table.setObjectName("sellersTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sellers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(self.table, (72, 52, 190, 84, 56, 70, 50, 66, 84, 76, 56, 62, 62, 50, 70))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.gate = RoleGate(self._may, self._why, self)
        self.gate.bind(self.ladder_button, Action.EDIT_RULE_SETTINGS)
        self.scorecard = ScorecardView(self.gate, locale)
        self.scorecard.across_changed.connect(lambda _on: self.load_scorecard())
        self.scorecard.propose_requested.connect(self.propose)
        self.scorecard.decide_requested.connect(self.decide)
        self.scorecard.apply_requested.connect(self.apply)
        self.scorecard.lift_requested.connect(lambda e: self._act(
            e, lambda: self.sanctions.lift(e.id, "lifted from the scorecard"),
            self.tr("Sanction lifted on market {0}.")))
        self.scorecard.carry_out_requested.connect(self.carry_out)
        self.scorecard.resend_requested.connect(lambda e: self._act(
            e, lambda: self.sanctions.resend_statement(e.id),
            self.tr("Statement of reasons sent again on market {0}.")))
        self.scorecard.appeal_requested.connect(self.record_appeal)
        self.scorecard.decide_appeal_requested.connect(self.decide_appeal)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("sellersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.scorecard)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.due_strip)
        layout.addWidget(self.splitter, 1)

        self.due_timer = QTimer(self)
        self.due_timer.setInterval(5 * 60_000)
        self.due_timer.timeout.connect(self.check_due)

    # -- roles -------------------------------------------------------------------------------
    def _market(self) -> str | None:
        if self._selected:
            return self._selected[0]
        return self.market.currentData() or None

    def _may(self, action: Action) -> bool:
        market = self._market()
        if market is None:
            return self.permissions.allowed_anywhere(action)
        return self.permissions.allowed(market, action)

    def _why(self, action: Action) -> str:
        market = self._market()
        return denial_text(self.permissions.role(market) if market else None, action)

    # -- loading -----------------------------------------------------------------------------
    def set_team(self, team: Any) -> None:
        """The team store opened (or closed: None): thresholds, ladders and the ledger."""
        self.sellers.team = team
        self.sanctions.team = team
        self._stale = True
        if self.isVisible():
            self.start()
        self.check_due()
        self.due_timer.start()

    def start(self) -> None:
        """Show the page's figures, computing them first when they are missing or stale."""
        if self._stale:
            self.refresh()
        else:
            self.model.set_query(self._filter())

    def data_changed(self) -> None:
        """The cache changed (a sync): the figures are recomputed when next seen."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        self.recompute.setEnabled(False)
        days = self._days()
        self.count_label.setText(self.tr("Computing figures…"))
        self.runner.submit(lambda: self.sellers.refresh(days), self._refreshed,
                           self._refresh_failed, lane="net")

    def _refreshed(self, report: RefreshReport) -> None:
        self._refreshing = False
        self._stale = False
        self.recompute.setEnabled(True)
        self.status_message.emit(self.tr("Figures of %n seller(s) computed.", "",
                                         report.shops))
        self.model.set_query(self._filter())
        self.refreshed.emit(report)

    def _refresh_failed(self, error: BaseException) -> None:
        self._refreshing = False
        self.recompute.setEnabled(True)
        self._failed(error, self.tr("computing the figures"))

    def _days(self) -> int:
        return int(self.period.currentData())

    def _filter(self) -> SellerFilter:
        market = self.market.currentData()
        return SellerFilter(self._days(), (market,) if market else (), self.search.text(),
                            self.flagged.isChecked())

    def _filters_changed(self) -> None:
        self.gate.refresh()
        self.model.set_query(self._filter())

    def _period_changed(self) -> None:
        self._stale = True
        self.refresh()
        if self._selected:
            self.load_scorecard()

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(self.tr("%n seller(s)", "", count))

    def _reselect(self) -> None:
        row = self.model.row_of(*self._selected) if self._selected else None
        if row is None and self.model.rowCount() > 0 and self._selected is None:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, SellerRow):
            return
        if self._selected == (row.market, row.shop_id) and self.scorecard.presented:
            return
        self._selected = (row.market, row.shop_id)
        self.gate.refresh()
        self.load_scorecard()

    def select(self, market: str, shop_id: str) -> None:
        """Show this seller's scorecard (from a case, or a test)."""
        self._selected = (market, shop_id)
        row = self.model.row_of(market, shop_id)
        if row is not None:
            self._selecting = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.model.index(row, 0))
            finally:
                self._selecting = False
        self.gate.refresh()
        self.load_scorecard()

    def load_scorecard(self) -> None:
        if self._selected is None:
            return
        market, shop_id = self._selected
        days, across, locale = self._days(), self.scorecard.across.isChecked(), self.locale_name
        self.runner.submit(
            lambda: present_scorecard(self.sellers.scorecard(market, shop_id, days, across),
                                      locale),
            lambda presented: self._show_scorecard(market, shop_id, presented),
            lambda error: self._failed(error, self.tr("reading the scorecard")))

    def _show_scorecard(self, market: str, shop_id: str, presented: PresentedScorecard) -> None:
        if self._selected != (market, shop_id):
            return
        self.scorecard.show_scorecard(presented)
        self.scorecard_shown.emit()
        if self.permissions.connections.connector(market) is None:
            self.scorecard.set_platform_note(self.tr("Market {0} is offline: the platform's "
                                                     "own figures are not shown.")
                                             .format(market))
            return
        self.scorecard.set_platform_note(self.tr("Asking market {0} for its figures…")
                                         .format(market))
        days, locale = self._days(), self.locale_name
        self.runner.submit(
            lambda: with_platform(presented, self.sellers.platform_figures(
                market, shop_id, days), locale),
            lambda updated: self._platform_arrived(market, shop_id, updated),
            lambda error: self._platform_failed(market, shop_id, error), lane="net")

    def _platform_arrived(self, market: str, shop_id: str, updated: PresentedScorecard) -> None:
        if self._selected != (market, shop_id) or self.scorecard.presented is None \
                or self.scorecard.presented.card is not updated.card:
            return
        self.scorecard.show_scorecard(updated)
        self.scorecard.set_platform_note(self.tr("Platform: the marketplace's own figures "
                                                 "(S20/S21) for the same span."))
        self.platform_shown.emit()

    def _platform_failed(self, market: str, shop_id: str, error: BaseException) -> None:
        if self._selected != (market, shop_id):
            return
        if isinstance(error, SellerError) and error.kind == "unsupported":
            text = self.tr("Market {0} does not publish seller statistics.").format(market)
        else:
            text = self.tr("Market {0} did not give its own figures; the desk's are "
                           "shown.").format(market)
        self.scorecard.set_platform_note(text)
        self.platform_shown.emit()

    def _failed(self, error: BaseException, doing: str) -> None:
        log.error("sellers page: %s failed", doing, exc_info=error)
        self.status_message.emit(self.tr("Something went wrong while {0}: {1}").format(
            doing, error))

    # -- sanctions ---------------------------------------------------------------------------
    def propose_for_case(self, case: IncidentCase) -> None:
        """From a case: the seller's scorecard, and the propose dialog with the case picked
        as evidence (for a role that may propose; others are told why not)."""
        if case.order is None:
            return
        self.select(case.incident.market, case.order.shop_id)
        if self._may(Action.PROPOSE_SANCTION):
            self.propose(case)
        else:
            self.status_message.emit(self._why(Action.PROPOSE_SANCTION))

    def propose(self, case: IncidentCase | None = None) -> None:
        if self._selected is None:
            return
        market, shop_id = self._selected
        days, locale = self._days(), self.locale_name
        zone = self.permissions.connections.profiles.get(market)
        tz = zone.market.timezone if zone else None

        def load() -> tuple[Any, Any]:
            options = self.sellers.evidence(market, shop_id, days, locale[:2])
            options, picked = (options.for_case(case) if case is not None
                               else (options, options.all()[:1]))
            draft = self.sanctions.draft(market, shop_id, picked)
            return draft, present_evidence(options, locale, tz)

        self.runner.submit(load, lambda result: self._open_propose(*result),
                           self._action_failed)

    def _open_propose(self, draft: Any, lines: Any) -> None:
        dialog = ProposeSanctionDialog(self.sanctions, self.runner, draft, lines, self)
        dialog.proposed.connect(lambda entry: self._done(
            entry, self.tr("Sanction proposed; it waits for a supervisor's approval.")))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def decide(self, entry: SanctionEntry) -> None:
        name = self.scorecard.presented.title if self.scorecard.presented else entry.shop_id
        dialog = DecideSanctionDialog(entry, name, self.locale_name, self)
        dialog.decided.connect(lambda approve, note: self._act(
            entry, lambda: self.sanctions.decide(entry.id, approve, note or None),
            self.tr("Sanction approved.") if approve else self.tr("Sanction declined.")))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def apply(self, entry: SanctionEntry) -> None:
        text = self.tr("Apply “{0}” to {1} on market {2}? The statement of reasons is sent "
                       "to the seller.").format(step_label(entry.level), entry.shop_id,
                                                entry.market)
        self._confirm(text, lambda: self._act(
            entry, lambda: self.sanctions.apply(entry.id),
            self.tr("Sanction applied on market {0}; the seller has the statement.")))

    def carry_out(self, entry: SanctionEntry) -> None:
        self._confirm(self.tr("Terminate shop {0} on market {1} now? The notice period has "
                              "run.").format(entry.shop_id, entry.market),
                      lambda: self._act(entry, lambda: self.sanctions.carry_out(entry.id),
                                        self.tr("Shop terminated on market {0}.")))

    def _confirm(self, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sanction"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.accepted.connect(then)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def record_appeal(self, entry: SanctionEntry) -> None:
        dialog = AppealDialog(entry, self)

        def record() -> None:
            grounds, received = dialog.values()  # read now: the dialog is gone afterwards
            self._act(entry, lambda: self.sanctions.record_appeal(entry.id, grounds, received),
                      self.tr("Appeal recorded."))

        dialog.accepted.connect(record)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def decide_appeal(self, appeal: Appeal) -> None:
        dialog = AppealDecisionDialog(appeal, self)

        def decide() -> None:
            upheld, outcome = dialog.values()
            self._act(None, lambda: self.sanctions.decide_appeal(appeal, upheld, outcome),
                      self.tr("Appeal decided; the seller is told the outcome."))

        dialog.accepted.connect(decide)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _act(self, entry: SanctionEntry | None, work: Callable[[], object], done: str) -> None:
        market = entry.market if entry else (self._market() or "")
        self.status_message.emit(self.tr("Working…"))
        self.runner.submit(work, lambda result: self._done(result, done.format(market)),
                           self._action_failed, lane="net")

    def _done(self, result: object, text: str) -> None:
        if isinstance(result, SanctionOutcome) and result.state == SubmissionState.QUEUED:
            text = self.tr("The marketplace cannot be reached: the sanction waits in the "
                           "outbox and is recorded when it has been sent.")
        elif isinstance(result, SanctionOutcome) and not result.statement_sent:
            text += " " + self.tr("The statement of reasons could not be sent: resend it.")
        elif hasattr(result, "won") and not result.won:
            text = self.tr("A colleague decided this sanction first.")
        self.status_message.emit(text)
        self.acted.emit(text)
        self.load_scorecard()
        self.model.reload()
        self.check_due()

    def _action_failed(self, error: BaseException) -> None:
        text = sanction_error_text(error)
        self.status_message.emit(text.splitlines()[0])
        self.acted.emit(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sanction"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()
        self.load_scorecard()

    # -- dates -------------------------------------------------------------------------------
    def check_due(self) -> None:
        """Lift what is due and set to end automatically; remind of the rest."""
        if self.sanctions.team is None:
            return
        self.runner.submit(self.sanctions.run_due, self._due_checked,
                           lambda e: log.warning("due sanctions not checked: %s", e),
                           lane="net")

    def _due_checked(self, result: tuple[list[SanctionOutcome], list[SanctionEntry]]) -> None:
        done, waiting = result
        if done:
            self.status_message.emit(self.tr("%n sanction(s) ended on their date.", "",
                                             len(done)))
            self.load_scorecard()
        while self.due_layout.count():
            item = self.due_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.due_strip.setVisible(bool(waiting))
        if not waiting:
            return
        label = QLabel(self.tr("%n sanction(s) due:", "", len(waiting)))
        self.due_layout.addWidget(label)
        for entry in waiting[:3]:
            terminate = entry.status == SanctionStatus.NOTIFIED
            when = entry.effective_from if terminate else entry.effective_until
            button = QPushButton((self.tr("Terminate {0} {1} (notice ran {2})") if terminate
                                  else self.tr("Lift {0} {1} (ended {2})")).format(
                entry.market, entry.shop_id, formatting.when(when, self.locale_name,
                                                             fmt="short")))
            button.setEnabled(self.permissions.allowed(entry.market, Action.APPLY_SANCTION))
            if terminate:
                button.clicked.connect(partial(self.carry_out, entry))
            else:
                button.clicked.connect(partial(self._lift_due, entry))
            self.due_layout.addWidget(button)
        self.due_layout.addStretch(1)

    def _lift_due(self, entry: SanctionEntry) -> None:
        self._act(entry, lambda: self.sanctions.lift(entry.id, "end date reached"),
                  self.tr("Sanction lifted on market {0}."))

    # -- settings ----------------------------------------------------------------------------
    def edit_ladder(self) -> None:
        market = self._market()
        team = self.sanctions.team
        if market is None or team is None:
            self.status_message.emit(self.tr("Pick a market (or a seller) first."))
            return
        self.runner.submit(lambda: team.rule_settings(market), self._open_ladder,
                           self._action_failed, lane="net")

    def _open_ladder(self, settings: RuleSettings) -> None:
        dialog = LadderDialog(settings, self)
        team = self.sanctions.team

        def save() -> None:
            changed = dialog.result_settings
            if changed is None or team is None:
                return
            self._act(None, lambda: team.save_rule_settings(changed, "ladder and thresholds"),
                      self.tr("Ladder and thresholds saved for market {0}."))
            self._stale = True

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
