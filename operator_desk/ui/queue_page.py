"""The incident queue page: views and filters, the queue, and the selected case."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import Reason
from operator_desk.domain.queue import IncidentCase, QueueColumn, QueueFilter, QueueRow, QueueView
from operator_desk.services.cases import CaseService
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import ConversationService
from operator_desk.services.dossier import DossierBuilder
from operator_desk.services.drafts import DraftStore
from operator_desk.services.exports import ExportCancelled
from operator_desk.services.incidents import IncidentService
from operator_desk.services.outbox import OutboxService
from operator_desk.services.saved_filters import SavedFilters

from . import formatting, theme
from .case_actions import UndoBar
from .case_decisions import CaseDecisions
from .case_timeline import CasePresentation
from .case_tools import CaseTools
from .close_dialog import CloseIncidentDialog
from .flow_layout import FlowLayout
from .i18n import fit_columns
from .incident_view import IncidentView
from .order_actions import OrderActions
from .progress import Cancelled, Progress, ProgressTask, run_with_progress
from .queue_filters import QueueFilterBar
from .queue_model import COLUMNS, ROW_ROLE, IncidentQueueModel, csv_value
from .shortcuts import ShortcutsSheet
from .tasks import TaskRunner, follow_listeners

log = logging.getLogger(__name__)

CHANGES_INTERVAL_MS = 1000  # how often rows a running sync changed are re-read


class QueuePage(QWidget):
    """Lists incidents; shows the selected case; closes incidents."""

    status_message = Signal(str)
    incident_closed = Signal(str, str)
    outbox_changed = Signal()  # the outbox changed (any thread → UI thread)
    thread_sent = Signal(str, str)  # market, thread id: a queued message went out (any thread)

    def __init__(self, service: IncidentService, connections: Connections, runner: TaskRunner,
                 locale: str, language: str, parent: QWidget | None = None,
                 saved_filters: SavedFilters | None = None,
                 cases: CaseService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents")  # window_state keys: page, splitter, table
        self.service = service
        self.connections = connections
        self.runner = runner
        self.locale_name = locale
        self.language = language
        self.export_dialog: QFileDialog | None = None
        self.export_task: ProgressTask | None = None
        self.progress_after_ms = 400  # quicker exports finish without a dialog
        self.shortcuts_sheet: ShortcutsSheet | None = None
        self._selected: tuple[str, str] | None = None
        self._claimed: tuple[str, str] | None = None
        self._fetching: tuple[str, str] | None = None
        self.refund_opener: Callable[[str, str, str | None], None] | None = None
        # The desk shows the seller's scorecard and the propose dialog (Sellers page).
        self.sanction_opener: Callable[[IncidentCase], None] | None = None

        self.model = IncidentQueueModel(service, runner, locale, language, parent=self)
        self.model.count_changed.connect(self._count_changed)
        self.model.reloaded.connect(self._reselect)
        self.model.failed.connect(self._model_failed)
        self._scroll = 0
        self.model.modelAboutToBeReset.connect(self._remember_scroll)
        self.model.modelReset.connect(self._restore_scroll)
        # Rows moving under the agent (a sync): the current case keeps its place on screen.
        self._anchor_row: int | None = None
        self.model.layoutAboutToBeChanged.connect(self._remember_anchor)
        self.model.layoutChanged.connect(self._keep_anchor_in_place)
        # Incidents a running sync wrote, gathered and applied at most once a second.
        self._changed: set[tuple[str, str]] = set()
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_INTERVAL_MS)
        self._changes_timer.timeout.connect(self._apply_changes)

        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(self.tr("Queue view"))
        for label, view in (
            (self.tr("Marked solved by the seller – waiting for us"), QueueView.MARKED_SOLVED),
            (self.tr("All open incidents"), QueueView.ALL_OPEN),
            (self.tr("Disputed"), QueueView.DISPUTED),
            (self.tr("Closed"), QueueView.CLOSED),
            (self.tr("Closed by me today"), QueueView.CLOSED_BY_ME_TODAY),
        ):
            self.view_combo.addItem(label, view.value)
        self.view_combo.currentIndexChanged.connect(self._filters_changed)

        self.market_combo = QComboBox()
        self.market_combo.setAccessibleName(self.tr("Market filter"))
        self.market_combo.addItem(self.tr("All markets"), "")
        for profile in connections:
            self.market_combo.addItem(profile.market.code, profile.market.code)
        self.market_combo.currentIndexChanged.connect(self._filters_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search order, customer, e-mail, seller, incident"))
        self.search.setMinimumWidth(220)
        self.search.setAccessibleName(self.tr("Search the queue"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Filters"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show more filters"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export this view as CSV"))
        self.export_button.clicked.connect(self.export_csv)
        filters = FlowLayout()  # wraps when the translated labels do not fit in one row
        filters.addWidget(self.view_combo)
        filters.addWidget(self.market_combo)
        filters.addWidget(self.search)
        filters.addWidget(self.more_button)
        filters.addWidget(self.count_label)
        self.filter_bar = QueueFilterBar(runner, saved_filters, locale)
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.saved_filter_chosen.connect(self._saved_filter_chosen)
        self.filter_bar.save_button.clicked.connect(
            lambda: self.filter_bar.ask_to_save(self._current_filter()))
        self.filter_bar.add_widget(self.export_button)
        self.filter_bar.hide()
        self.more_button.toggled.connect(self.filter_bar.setVisible)
        self.undo_bar = UndoBar(self)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the queue; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incident queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected for a bulk close; the current row is the open case.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setObjectName("queueTable")
        # The indicator first: enabling sorting sorts by whatever it shows.
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index(self.model.query_sort.column), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setObjectName("queueHeader")
        fit_columns(self.table, (56, 105, 140, 150, 110, 90, 90, 110, 70, 120, 100))
        # The customer's name is in the case pane; the column is there for who wants it.
        header.setSectionHidden(COLUMNS.index(QueueColumn.CUSTOMER), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._visible_changed)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(theme.secondary_style(extra=" padding: 24px;"))
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.undo_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.claim_label = QLabel()
        self.claim_label.setWordWrap(True)
        self.claim_label.setAccessibleName(self.tr("Who is working on this case"))
        self.claim_label.hide()
        self.detail = IncidentView(
            locale, permissions=service.permissions, runner=runner, language=language,
            cases=cases or CaseService(service.cache, lambda: service.team))
        self.detail.close_requested.connect(self.request_close)
        self.detail.keep_open_requested.connect(self.request_keep_open)
        self.detail.open_incident_requested.connect(self.request_open_incident)
        self.detail.refund_requested.connect(self._refund_requested)
        self.tools = CaseTools(self, runner, language, locale)
        self.tools.status_message.connect(self.status_message)
        self.tools.replied.connect(lambda _outcome: self.detail.refresh())
        self.detail.reply_requested.connect(lambda: self._with_case(self.tools.reply))
        self.detail.dossier_requested.connect(lambda: self._with_case(self.tools.export_dossier))
        self.detail.sanction_requested.connect(lambda: self._with_case(self.sanction_opener))
        self.detail.reopen_requested.connect(self.request_reopen)
        self.detail.case_shown.connect(self._case_shown)
        self.detail.case_missing.connect(self._case_missing)
        self.detail.load_failed.connect(self._model_failed)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.claim_label)
        right_layout.addWidget(self.detail, 1)
        # A case pane narrower than this is unreadable; it also keeps the saved split the
        # same whether or not a case is on screen when the desk starts.
        right.setMinimumWidth(360)
        self.decisions = CaseDecisions(service, connections, runner, self, language, locale,
                                       self.undo_bar)
        self.decisions.status_message.connect(self.status_message)
        self.decisions.decided.connect(self._decided)
        # Reopen a closed incident (a new one on its line): shared with the conversations.
        self.order_actions = OrderActions(service, runner, self, language, locale)
        self.order_actions.status_message.connect(self.status_message)
        self.order_actions.decided.connect(self._decided)
        self.decisions.waiting.connect(lambda _market, _incident: self.model.reload())
        # Rows show what of their case waits in the outbox; they follow it (debounced).
        self._outbox_timer = QTimer(self)
        self._outbox_timer.setSingleShot(True)
        self._outbox_timer.setInterval(300)
        self._outbox_timer.timeout.connect(self.model.reload)
        self.outbox_changed.connect(self._outbox_timer.start)
        self.thread_sent.connect(self._thread_sent)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("queueSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # First start: the case pane, where the reading happens, gets about 45 % (the
        # table's columns scroll); a saved layout replaces this.
        self.splitter.setSizes([550, 450])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._actions()

    def _actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                   slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.close_action = action(self.tr("Close incident"), "Ctrl+Return", self.request_close)
        # Keep open (Ctrl+Shift+Return), reply, refund and new incident are the case pane's
        # own actions, with its shortcuts.
        self.bulk_close_action = action(self.tr("Close the selected incidents"),
                                        "Ctrl+Shift+W", self.request_bulk_close)
        self.focus_search_action = action(self.tr("Find"), QKeySequence.StandardKey.Find,
                                          self.focus_search)
        self.next_action = action(self.tr("Next unclaimed incident"), "Ctrl+J",
                                  lambda: self.step(1))
        self.previous_action = action(self.tr("Previous incident"), "Ctrl+K",
                                      lambda: self.step(-1))
        self.open_action = action(self.tr("Open the case"), "Return", self.open_current)
        self.export_action = action(self.tr("Export this view as CSV"), "Ctrl+Shift+E",
                                    self.export_csv)
        self.filters_action = action(self.tr("Show more filters"), "Ctrl+Shift+F",
                                     self.more_button.toggle)
        self.shortcuts_action = action(self.tr("Keyboard shortcuts"), "F1", self.show_shortcuts)

    def follow_outbox(self, outbox: OutboxService) -> None:
        """Reload the rows when the outbox changes (an action queued, sent, in conflict), so
        a case shows as pending exactly while something of it waits there."""
        follow_listeners(self, outbox.listeners, self.outbox_changed)

    def follow_sent_messages(self, listeners: list[Callable[[str, str], None]]) -> None:
        """Show a reply the outbox sent later (it was queued) as soon as its thread is read
        back, when that thread belongs to the case on screen."""
        follow_listeners(self, listeners, self.thread_sent)

    def _thread_sent(self, market: str, thread_id: str) -> None:
        case = self.detail.case
        if case is not None and case.incident.market == market and any(
                thread.thread_id == thread_id for thread in case.threads):
            self.detail.refresh()

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        self.model.set_query(self._current_filter())
        language = self.language
        self.runner.submit(lambda: self.service.filter_choices(language), self._choices)

    def _choices(self, choices: tuple[list[Reason], list[tuple[str, str]]]) -> None:
        self.filter_bar.set_reasons(choices[0])
        self.filter_bar.set_sellers(choices[1])

    def reload(self) -> None:
        """Re-read the queue in place (after a sync); the case the agent is on stays."""
        self._changes_timer.stop()
        self._changed.clear()
        self.model.reload(anchor=self._selected)

    def incidents_changed(self, market: str, incident_ids: list[str]) -> None:
        """A running sync wrote these incidents (or their orders or messages): update their
        rows soon, in place; batches arriving meanwhile are applied together."""
        self._changed.update((market, incident_id) for incident_id in incident_ids)
        if not self._changes_timer.isActive():
            self._changes_timer.start()

    def _apply_changes(self) -> None:
        changed, self._changed = self._changed, set()
        if self._selected is not None and self._selected in changed \
                and self.detail.case is not None:
            self.load_case(*self._selected)  # the open case shows what the sync brought
        self.model.reload(anchor=self._selected)

    def _current_filter(self) -> QueueFilter:
        market = self.market_combo.currentData()
        return self.filter_bar.apply(QueueFilter(
            view=QueueView(self.view_combo.currentData()),
            markets=(market,) if market else (), text=self.search.text()))

    def _filters_changed(self) -> None:
        self.model.set_query(self._current_filter())

    def _saved_filter_chosen(self, saved: QueueFilter) -> None:
        """A saved filter brings back the view, market and search it was saved with too."""
        for combo, value in ((self.view_combo, saved.view.value),
                             (self.market_combo, saved.markets[0] if saved.markets else "")):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(saved.text)
        self.search.blockSignals(False)
        self._filters_changed()

    def _count_changed(self, count: int) -> None:
        log.info("queue: %d incidents in view %s", count, self.model.query_filter.view.value)
        self.count_label.setText(self.tr("%n incident(s)", "", count))
        empty = count == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            if self.model.query_filter != replace(QueueFilter(),
                                                  view=self.model.query_filter.view):
                self.empty_label.setText(self.tr("No incident matches these filters."))
            elif self.model.query_filter.view == QueueView.MARKED_SOLVED:
                self.empty_label.setText(self.tr(
                    "Nothing to check: no seller has marked an incident as solved.\n"
                    "New ones appear here after the next sync."))
            else:
                self.empty_label.setText(self.tr("No incidents in this view."))

    def _visible_changed(self) -> None:
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        if top >= 0:
            self.model.set_visible_rows(top, bottom if bottom >= 0 else top + 50)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._visible_changed()

    def _remember_scroll(self) -> None:
        self._scroll = self.table.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        self.table.verticalScrollBar().setValue(self._scroll)

    def _remember_anchor(self) -> None:
        current = self.table.selectionModel().currentIndex()
        visible = current.isValid() and 0 <= self.table.rowViewportPosition(
            current.row()) < self.table.viewport().height()
        self._anchor_row = current.row() if visible else None

    def _keep_anchor_in_place(self) -> None:
        """Rows were added or moved above the current case: scroll by as many, so the case
        stays where the agent's eyes are."""
        before, self._anchor_row = self._anchor_row, None
        current = self.table.selectionModel().currentIndex()
        if before is None or not current.isValid() or current.row() == before:
            return
        bar = self.table.verticalScrollBar()
        step = (1 if self.table.verticalScrollMode()
                == QAbstractItemView.ScrollMode.ScrollPerItem
                else self.table.rowHeight(current.row()))
        self.table.updateGeometries()  # the scroll range may have grown with the rows
        bar.setValue(bar.value() + (current.row() - before) * step)

    def _model_failed(self, error: BaseException) -> None:
        log.error("queue query failed", exc_info=error)
        self.status_message.emit(self.tr("The queue could not be read from the local cache: {0}")
                                 .format(error))

    def _reselect(self) -> None:
        """After a reload, keep the case the agent was on, or take the first one."""
        row = None
        current = self.table.selectionModel().currentIndex()
        if self._selected is not None and current.isValid() \
                and self.model.row_of(*self._selected) == current.row():
            return  # still on it (the selection followed its rows): leave the selection be
        if self._selected is not None:
            row = self.model.row_of(*self._selected)
        if row is None and self._selected is not None:
            self._selected = None
            self.detail.clear()
        if row is None and self.model.rowCount() > 0 and self.isVisible():
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    # -- selection ---------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, QueueRow):
            return
        key = (row.market, row.incident_id)
        if key == self._selected and self.detail.case is not None:
            return
        self._selected = key
        self.load_case(row.market, row.incident_id)

    def load_case(self, market: str, incident_id: str) -> None:
        profile = self.connections.profiles.get(market)
        self.detail.load(market, incident_id, profile.market.timezone if profile else None)

    def _case_shown(self, shown: CasePresentation) -> None:
        case = shown.case
        market, incident_id = case.incident.market, case.incident.incident_id
        if self._selected != (market, incident_id):
            return
        if self._claimed != (market, incident_id):
            self._claim(market, incident_id)
        missing = case.incomplete_threads
        if missing and self.connections.connector(market) is not None \
                and self._fetching != (market, incident_id):
            # Older threads are cached as headers only: fetch them, then show the case again.
            self._fetching = (market, incident_id)
            self.detail.set_loading_older(True)
            self.runner.submit(lambda: self.service.complete_threads(market, missing),
                               lambda _n: self.load_case(market, incident_id),
                               lambda error: self._older_failed(market, error), lane="net")
        log.info("case shown: %s/%s with %d messages", market, incident_id,
                 sum(len(t.messages) for t in case.threads))

    def _case_missing(self, market: str, incident_id: str) -> None:
        if self._selected == (market, incident_id):
            self._selected = None

    def _claim(self, market: str, incident_id: str) -> None:
        """Opening a case claims it for a while, so colleagues see who is on it."""
        previous = self._claimed
        self._claimed = (market, incident_id)

        def claim() -> tuple[bool, str | None]:
            if previous is not None and previous != (market, incident_id):
                try:
                    self.service.release(*previous)
                except Exception:
                    log.info("claim on %s could not be released", previous)
            return self.service.claim(market, incident_id)

        self.runner.submit(claim, lambda result: self._claimed_result(market, incident_id,
                                                                      *result),
                           lambda error: self._claimed_result(market, incident_id, True, None),
                           lane="net")

    def _claimed_result(self, market: str, incident_id: str, won: bool,
                        holder: str | None) -> None:
        if self._selected != (market, incident_id):
            return
        if won:
            self.claim_label.hide()
        else:
            self.claim_label.setText(self.tr(
                "{0} is working on this case. You can read it; decide only after talking to "
                "them.").format(holder or self.tr("A colleague")))
            self.claim_label.setStyleSheet(
                theme.note_style("QLabel", "#fff4e5", "#e0a040", " padding: 4px;"))
            self.claim_label.show()

    def _older_failed(self, market: str, error: BaseException) -> None:
        self.detail.set_loading_older(False)
        self.status_message.emit(self.tr(
            "Older messages of this case could not be loaded from market {0}; the cached "
            "part is shown.").format(market))

    def selected_row(self) -> QueueRow | None:
        index = self.table.selectionModel().currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, QueueRow) else None

    def step(self, delta: int) -> None:
        """Next (or previous) case; going forward skips cases a colleague is working on."""
        current = self.table.selectionModel().currentIndex()
        row = (current.row() + delta) if current.isValid() else 0
        while delta > 0 and 0 <= row < self.model.rowCount() and self.model.claimed_by_other(row):
            row += 1
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- decisions ---------------------------------------------------------------------------
    def open_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self.detail.setFocus()

    def request_close(self) -> None:
        case = self.detail.case
        if case is not None:
            self.decisions.close(case, self.detail.refresh_actions)

    def request_keep_open(self) -> None:
        case = self.detail.case
        if case is not None:
            self.decisions.keep_open(case)

    def request_open_incident(self) -> None:
        case = self.detail.case
        if case is not None:
            self.decisions.open_incident(case)

    def _with_case(self, action: Callable[[IncidentCase], object] | None) -> None:
        case = self.detail.case
        if case is not None and action is not None:
            action(case)

    def set_conversations(self, service: ConversationService, drafts: DraftStore | None,
                          dossier: DossierBuilder | None) -> None:
        """The case pane replies, exports dossiers and fills keep-open templates through the
        conversations' services once the desk has opened them."""
        self.tools.set_conversations(service, drafts, dossier)
        self.decisions.conversations = service

    def request_reopen(self) -> None:
        case = self.detail.case
        if case is not None:
            self.order_actions.reopen(case.order, [case.incident], self.detail.seen)

    def _refund_requested(self) -> None:
        case = self.detail.case
        if case is not None and self.refund_opener is not None:
            self.refund_opener(case.incident.market, case.incident.order_id,
                               case.incident.incident_id)

    def request_bulk_close(self) -> None:
        rows = [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]
        self.decisions.close_many([r for r in rows if isinstance(r, QueueRow)])

    def _decided(self, market: str, incident_id: str) -> None:
        self.incident_closed.emit(market, incident_id)
        if market and self._selected == (market, incident_id):
            self.load_case(market, incident_id)  # the cache holds what was decided
        self.model.reload(anchor=self._selected)

    @property
    def close_dialog(self) -> CloseIncidentDialog | None:
        dialog = self.decisions.dialog
        return dialog if isinstance(dialog, CloseIncidentDialog) else None

    @property
    def error_box(self) -> QMessageBox | None:
        return self.decisions.error_box

    # -- columns, export, shortcuts -----------------------------------------------------------
    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(len(COLUMNS)):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            act = menu.addAction(str(title))
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(column))
            act.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.popup(header.mapToGlobal(position))
        self.column_menu = menu

    def export_csv(self) -> None:
        """Ask where (non-blocking), then write every row of the current view off the UI
        thread."""
        dialog = QFileDialog(self, self.tr("Export the queue as CSV"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("incidents.csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> ProgressTask:
        """Write the current view to ``path`` on a worker, with a progress dialog whose
        Cancel stops it; a cancelled or failed export writes nothing."""
        filter_, sort, language = self.model.query_filter, self.model.query_sort, self.language
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal))
                   for c in range(len(COLUMNS))]
        locale = self.locale_name
        columns = [(headers[i], partial(csv_value, column, locale))
                   for i, column in enumerate(COLUMNS)]
        service, counting = self.service, self.tr("{0} of {1} incidents written…")

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.report(done, total, counting.format(
                    formatting.number(done, locale), formatting.number(total, locale)))

            try:
                return service.export_csv(filter_, sort, path, language, columns,
                                          progress=report, cancel=lambda: progress.cancelled)
            except ExportCancelled as exc:
                raise Cancelled from exc

        self.status_message.emit(self.tr("Exporting the queue…"))
        self.export_task = run_with_progress(
            self.runner, self, self.tr("Export the queue as CSV"), work,
            label=self.tr("Exporting the queue…"), lane="net",
            show_after_ms=self.progress_after_ms,
            on_done=lambda rows: self.status_message.emit(
                self.tr("%n incident(s) exported to {0}.", "", rows).format(path)),
            on_cancelled=lambda: self.status_message.emit(
                self.tr("Export cancelled; no file was written.")),
            on_error=lambda error: self.status_message.emit(
                self.tr("The export failed: {0}. No file was written.").format(error)))
        return self.export_task

    def show_shortcuts(self) -> None:
        # The case pane's own keys (keep open, reply, refund, …) are listed with the page's.
        sheet = ShortcutsSheet([*self.actions(), *self.detail.actions()], self)
        sheet.finished.connect(sheet.deleteLater)
        self.shortcuts_sheet = sheet
        sheet.open()

    def apply_markets(self, markets: list[str]) -> None:
        """Offer a market filter for every market the cache knows."""
        known = {self.market_combo.itemData(i) for i in range(self.market_combo.count())}
        for code in markets:
            if code not in known:
                self.market_combo.addItem(code, code)

    def set_view(self, view: QueueView) -> None:
        index = self.view_combo.findData(view.value)
        if index >= 0:
            self.view_combo.setCurrentIndex(index)

    def set_search(self, text: str) -> None:
        self.search.setText(text)
        self._search_timer.stop()
        self.model.set_query(replace(self._current_filter(), text=text))
