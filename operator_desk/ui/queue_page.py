"""The incident queue page: views and filters, the queue, and the selected case."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import Reason
from operator_desk.domain.queue import IncidentCase, QueueFilter, QueueRow, QueueView
from operator_desk.services.actions import SubmissionState
from operator_desk.services.connections import Connections
from operator_desk.services.incidents import ActionError, ActionOutcome, IncidentService

from .close_dialog import CloseIncidentDialog
from .incident_view import IncidentView
from .queue_model import COLUMNS, ROW_ROLE, IncidentQueueModel
from .tasks import TaskRunner

log = logging.getLogger(__name__)


class QueuePage(QWidget):
    """Lists incidents; shows the selected case; closes incidents."""

    status_message = Signal(str)
    incident_closed = Signal(str, str)

    def __init__(self, service: IncidentService, connections: Connections, runner: TaskRunner,
                 locale: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents")  # window_state keys: page, splitter, table
        self.service = service
        self.connections = connections
        self.runner = runner
        self.locale_name = locale
        self.language = language
        self.close_dialog: CloseIncidentDialog | None = None
        self.error_box: QMessageBox | None = None
        self._selected: tuple[str, str] | None = None

        self.model = IncidentQueueModel(service, runner, locale, language, parent=self)
        self.model.count_changed.connect(self._count_changed)
        self.model.reloaded.connect(self._reselect)
        self.model.failed.connect(self._model_failed)
        self._scroll = 0
        self.model.modelAboutToBeReset.connect(self._remember_scroll)
        self.model.modelReset.connect(self._restore_scroll)

        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(self.tr("Queue view"))
        for label, view in (
            (self.tr("Marked solved by the seller – waiting for us"), QueueView.MARKED_SOLVED),
            (self.tr("All open incidents"), QueueView.ALL_OPEN),
            (self.tr("Disputed"), QueueView.DISPUTED),
            (self.tr("Closed"), QueueView.CLOSED),
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
        self.search.setAccessibleName(self.tr("Search the queue"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.view_combo)
        filters.addWidget(self.market_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the queue; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incident queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        for column, width in zip(range(len(COLUMNS)), (56, 110, 150, 160, 100, 95, 130, 105),
                                 strict=True):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(mid); padding: 24px; }")
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.detail = IncidentView(locale, permissions=service.permissions)
        self.detail.close_requested.connect(self.request_close)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("queueSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
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
        self.focus_search_action = action(self.tr("Find"), QKeySequence.StandardKey.Find,
                                          self.focus_search)
        self.next_action = action(self.tr("Next incident"), "Ctrl+J", lambda: self.step(1))
        self.previous_action = action(self.tr("Previous incident"), "Ctrl+K",
                                      lambda: self.step(-1))

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        self.model.set_query(self._current_filter())

    def reload(self) -> None:
        self.model.reload()

    def _current_filter(self) -> QueueFilter:
        market = self.market_combo.currentData()
        return QueueFilter(view=QueueView(self.view_combo.currentData()),
                           markets=(market,) if market else (), text=self.search.text())

    def _filters_changed(self) -> None:
        self.model.set_query(self._current_filter())

    def _count_changed(self, count: int) -> None:
        log.info("queue: %d incidents in view %s", count, self.model.query_filter.view.value)
        self.count_label.setText(self.tr("%n incident(s)", "", count))
        empty = count == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            if self.model.query_filter.text or self.model.query_filter.markets:
                self.empty_label.setText(self.tr("No incident matches these filters."))
            elif self.model.query_filter.view == QueueView.MARKED_SOLVED:
                self.empty_label.setText(self.tr(
                    "Nothing to check: no seller has marked an incident as solved.\n"
                    "New ones appear here after the next sync."))
            else:
                self.empty_label.setText(self.tr("No incidents in this view."))

    def _remember_scroll(self) -> None:
        self._scroll = self.table.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        self.table.verticalScrollBar().setValue(self._scroll)

    def _model_failed(self, error: BaseException) -> None:
        log.error("queue query failed", exc_info=error)
        self.status_message.emit(self.tr("The queue could not be read from the local cache: {0}")
                                 .format(error))

    def _reselect(self) -> None:
        """After a reload, keep the case the agent was on, or take the first one."""
        row = None
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
        language = self.language
        self.runner.submit(lambda: self.service.case(market, incident_id, language),
                           lambda case: self._show_case(market, incident_id, case))

    def _show_case(self, market: str, incident_id: str, case: IncidentCase | None) -> None:
        if self._selected != (market, incident_id):
            return  # the agent moved on while it loaded
        if case is None:
            self.detail.clear()
            return
        profile = self.connections.profiles.get(market)
        missing = case.incomplete_threads
        self.detail.show_case(case, profile.market.timezone if profile else None,
                              loading_older=bool(missing) and self.connections.connector(market)
                              is not None)
        if missing and self.connections.connector(market) is not None:
            # Older threads are cached as headers only: fetch them, then show the case again.
            self.runner.submit(lambda: self.service.complete_threads(market, missing),
                               lambda _n: self.load_case(market, incident_id),
                               lambda error: self._older_failed(market, error), lane="net")
        log.info("case shown: %s/%s with %d messages", market, incident_id,
                 sum(len(t.messages) for t in case.threads))

    def _older_failed(self, market: str, error: BaseException) -> None:
        self.status_message.emit(self.tr(
            "Older messages of this case could not be loaded from market {0}; the cached "
            "part is shown.").format(market))

    def selected_row(self) -> QueueRow | None:
        index = self.table.selectionModel().currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, QueueRow) else None

    def step(self, delta: int) -> None:
        current = self.table.selectionModel().currentIndex()
        row = (current.row() + delta) if current.isValid() else 0
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- close -------------------------------------------------------------------------------
    def request_close(self) -> None:
        case = self.detail.case
        if case is None or not case.incident.is_open:
            return
        market = case.incident.market
        language = self.language
        self.runner.submit(lambda: self.service.close_reasons(market, language),
                           lambda reasons: self._open_close_dialog(case, reasons))

    def _open_close_dialog(self, case: IncidentCase, reasons: list[Reason]) -> None:
        profile = self.connections.profiles.get(case.incident.market)
        name = profile.name if profile else case.incident.market
        dialog = CloseIncidentDialog(case, reasons, name, self)
        dialog.accepted.connect(lambda: self._confirmed(case, dialog.reason_code()))
        dialog.finished.connect(dialog.deleteLater)
        self.close_dialog = dialog
        dialog.open()

    def _confirmed(self, case: IncidentCase, reason_code: str | None) -> None:
        incident = case.incident
        self.close_dialog = None
        self.detail.close_button.setEnabled(False)
        self.status_message.emit(self.tr("Closing the incident on order {0}…")
                                 .format(incident.order_id))
        # What the agent had in front of them: the newest message of every thread.
        seen = [thread.messages[-1].message_id for thread in case.threads if thread.messages]
        self.runner.submit(
            lambda: self.service.close(incident.market, incident.incident_id, reason_code,
                                       seen),
            lambda outcome: self._closed(case, outcome),
            lambda error: self._close_failed(case, error),
            lane="net")

    def _closed(self, case: IncidentCase, outcome: ActionOutcome) -> None:
        incident = case.incident
        if outcome.state == SubmissionState.QUEUED:
            text = self.tr("The close of the incident on order {0} waits in the outbox; it "
                           "is sent when market {1} can be reached.").format(
                incident.order_id, incident.market)
        else:
            text = self.tr("Incident on order {0} closed.").format(incident.order_id)
        if not outcome.recorded:
            text += " " + self.tr("The team store could not record the decision; see the log.")
        self.status_message.emit(text)
        self.incident_closed.emit(incident.market, incident.incident_id)
        if self._selected == (incident.market, incident.incident_id):
            # Refresh the pane from the cache, which now holds the close.
            self.load_case(incident.market, incident.incident_id)
        self.model.reload()

    def _close_failed(self, case: IncidentCase, error: BaseException) -> None:
        self.detail.refresh_actions()
        market = case.incident.market
        if isinstance(error, ActionError):
            text = {
                "offline": self.tr("Market {0} cannot be reached, so the incident was not "
                                   "closed. Nothing was changed; try again when the connection "
                                   "is back."),
                "key_refused": self.tr("The key for market {0} was refused, so the incident was "
                                       "not closed. Check the connection settings for {0}."),
                "forbidden": self.tr("Your role on market {0} may not close incidents."),
                "degraded": self.tr("Market {0} is busy or having trouble; the incident was "
                                    "not closed. Try again in a moment."),
                "reason_required": self.tr("Market {0} needs a reason to close this incident."),
                "not_found": self.tr("This incident is no longer in the cache of market {0}."),
            }.get(error.kind, self.tr("Market {0} refused to close the incident."))
            text = text.format(market)
            if error.kind == "refused" and error.detail:
                text += "\n\n" + self.tr("The marketplace said: {0}").format(error.detail)
        else:
            log.error("close failed", exc_info=error)
            text = self.tr("The incident could not be closed because of an unexpected error: "
                           "{0}").format(error)
        self.status_message.emit(text.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Incident not closed"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.finished.connect(box.deleteLater)
        self.error_box = box
        box.open()

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
