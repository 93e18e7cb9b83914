"""The conversations page: every thread of every market, filtered and searched; one thread
read in full; replies; dossiers; and, for a thread on an order, refund, open an incident or
reopen one closed too early (``order_actions``), gated by the role as in the case pane.

The list is a paged SQL model (``conversations_model``); typing in the search box queries the
full-text index a moment after the user stops (results that arrive for an older text are
dropped). The selected thread is loaded and its HTML built on the database lane; the UI thread
only sets it. After a sync, the desk judges new and changed threads (SLA, policy) in small
batches on the database lane, so the "late" and "policy" filters catch up without a stall.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.conversations import ThreadFilter, ThreadRow
from operator_desk.domain.highlight import SearchTerms
from operator_desk.domain.incident_rules import openable_lines, reopen_block
from operator_desk.domain.models import Attachment
from operator_desk.domain.permissions import Action
from operator_desk.services.attachment_files import AttachmentFiles
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import ConversationService, SendOutcome, ThreadCase
from operator_desk.services.dossier import DossierBuilder, ExportCancelled
from operator_desk.services.drafts import DraftStore
from operator_desk.services.incidents import ActionError, IncidentService

from . import theme
from .attachment_viewer import AskSavePath, AttachmentViewer, ask_save_path
from .conversations_model import (
    COLUMNS,
    MATCH_COLUMN,
    ROW_ROLE,
    HtmlDelegate,
    ThreadListModel,
)
from .flow_layout import FlowLayout
from .i18n import fit_columns
from .order_actions import OrderActions
from .reply_composer import AskFiles, ReplyComposer, ask_files
from .role_gate import denial_text
from .tasks import TaskRunner, follow_listeners
from .thread_view import RenderedThread, ThreadBrowser, ThreadHtml, explain_deadline, rule_text

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SUMMARY_PAUSE_MS = 50

AskDossierPath = Callable[[QWidget, str], str | None]
# Opens the refund dialog: market, order id, incident id (app.Desk.open_refund).
RefundOpener = Callable[[str, str, str | None], object]


def ask_dossier_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ConversationsPage", "Export dossier"), suggested,
        QCoreApplication.translate("ConversationsPage", "PDF document (*.pdf)"))
    return path or None


class ExportRelay(QObject):
    progressed = Signal(int, int, str)


class ConversationsPage(QWidget):
    status_message = Signal(str)
    thread_shown = Signal(object)  # ThreadCase
    dossier_written = Signal(str)
    thread_sent = Signal(str, str)  # market, thread id: a queued message went out (any thread)

    def __init__(self, service: ConversationService, connections: Connections,
                 runner: TaskRunner, locale: str, language: str,
                 files: AttachmentFiles | None = None, drafts: DraftStore | None = None,
                 dossier: DossierBuilder | None = None, parent: QWidget | None = None, *,
                 ask_path: AskSavePath = ask_save_path,
                 ask_dossier: AskDossierPath = ask_dossier_path,
                 choose_files: AskFiles = ask_files,
                 incidents: IncidentService | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.connections = connections
        self.runner = runner
        self.locale_name = locale
        self.language = language
        self.files = files
        self.dossier = dossier
        self.ask_path = ask_path
        self.ask_dossier = ask_dossier
        self.case: ThreadCase | None = None
        self.viewer: AttachmentViewer | None = None
        self.why_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._selected: tuple[str, str] | None = None
        self._summarizing = False
        self._html = ThreadHtml(locale)
        # Set by the desk once refunds can be made (app.Desk.open_refund); None hides Refund.
        self.refund_opener: RefundOpener | None = None
        self.order_actions = (OrderActions(incidents, runner, self, language, locale)
                              if incidents is not None else None)
        if self.order_actions is not None:
            self.order_actions.status_message.connect(self.status_message)
            self.order_actions.decided.connect(self._order_decided)

        self.model = ThreadListModel(service, runner, locale, language, parent=self)
        self.model.count_changed.connect(self._count_changed)
        self.model.reloaded.connect(self._reselect)
        self.model.failed.connect(self._model_failed)

        # -- filters ---------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search every message (words, \"a phrase\")"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.search.setClearButtonEnabled(True)
        self.market_combo = QComboBox()
        self.market_combo.setAccessibleName(self.tr("Market"))
        self.market_combo.addItem(self.tr("All markets"), "")
        self.count_label = QLabel()
        self.subject = self._filter_edit(self.tr("Subject"))
        self.customer = self._filter_edit(self.tr("Customer name"))
        self.order = self._filter_edit(self.tr("Order number"))
        self.seller = self._filter_edit(self.tr("Seller"))
        self.last_combo = QComboBox()
        self.last_combo.setAccessibleName(self.tr("Last message"))
        for text, key in ((self.tr("Any time"), ""), (self.tr("Today"), "1"),
                          (self.tr("Last 7 days"), "7"), (self.tr("Last 30 days"), "30"),
                          (self.tr("Older than 30 days"), "-30")):
            self.last_combo.addItem(text, key)
        self.owes = QCheckBox(self.tr("Seller &owes a reply"))
        self.late = QCheckBox(self.tr("&Late reply"))
        self.policy_combo = QComboBox()
        self.policy_combo.setAccessibleName(self.tr("Policy flags"))
        for text, kinds in ((self.tr("Any policy state"), ""),
                            (self.tr("Any policy finding"),
                             "off_platform_contact,marketing,non_answer"),
                            (self.tr("Off-platform contact"), "off_platform_contact"),
                            (self.tr("Marketing"), "marketing"),
                            (self.tr("Non-answer"), "non_answer")):
            self.policy_combo.addItem(text, kinds)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        for edit in (self.search, self.subject, self.customer, self.order, self.seller):
            edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.market_combo, self.last_combo, self.policy_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for box in (self.owes, self.late):
            box.toggled.connect(lambda _b: self._filters_changed())

        # The rows wrap when the translated labels do not fit.
        first = FlowLayout()
        first.addWidget(self.search)
        first.addWidget(self.market_combo)
        first.addWidget(self.count_label)
        second = QHBoxLayout()
        for widget in (self.subject, self.customer, self.order, self.seller):
            second.addWidget(widget, 1)
        third = FlowLayout()
        third.addWidget(self.last_combo)
        third.addWidget(self.owes)
        third.addWidget(self.late)
        third.addWidget(self.policy_combo)
        third.addWidget(self.clear_button)

        # -- the list --------------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("conversationsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conversations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index(self.model.query_sort.column), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(MATCH_COLUMN, HtmlDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._widths = (56, 160, 95, 120, 130, 120, 110, 120, 70)
        self.model.modelReset.connect(self._apply_widths)
        self._apply_widths()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(theme.secondary_style(extra=" padding: 24px;"))
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(first)
        left_layout.addLayout(second)
        left_layout.addLayout(third)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label, 1)

        # -- the thread ------------------------------------------------------------------
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export dossier…"))
        self.export_button.setToolTip(self.tr("This conversation as a PDF and a JSON file "
                                              "(Ctrl+Shift+E)"))
        self.export_button.clicked.connect(self.export_dossier)
        self.export_button.setEnabled(dossier is not None)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        self._order_buttons()
        self.browser = ThreadBrowser()
        self.browser.setAccessibleName(self.tr("Conversation"))
        self.browser.why_requested.connect(self.explain)
        self.browser.attachment_requested.connect(self.open_attachment)
        self.composer = ReplyComposer(service, drafts, runner, language,
                                      choose_files=choose_files)
        self.composer.status_message.connect(self.status_message)
        self.composer.sent.connect(self._sent)
        self.thread_split = QSplitter(Qt.Orientation.Vertical)
        self.thread_split.setObjectName("conversationsThreadSplitter")
        self.thread_split.addWidget(self.browser)
        self.thread_split.addWidget(self.composer)
        self.thread_split.setStretchFactor(0, 3)
        self.thread_split.setStretchFactor(1, 1)
        self.thread_split.setChildrenCollapsible(False)
        self.thread_split.setSizes([640, 200])
        self.placeholder = QLabel(self.tr("Select a conversation to read it whole: every "
                                          "message, who saw it, the seller's deadlines and "
                                          "the order's events."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(theme.secondary_style())
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.order_bar)
        detail_layout.addWidget(self.thread_split, 1)
        self.detail.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.placeholder, 1)
        right_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("conversationsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._actions()
        self._started = False

    def _filter_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(name)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        return edit

    def _apply_widths(self) -> None:
        fit_columns(self.table, self._widths)
        header = self.table.horizontalHeader()
        if self.model.columnCount() > MATCH_COLUMN:
            # The matching excerpt right after the subject, where the eye looks.
            header.moveSection(header.visualIndex(MATCH_COLUMN), 2)
            self.table.setColumnWidth(MATCH_COLUMN, 300)

    def _order_buttons(self) -> None:
        """Refund, open an incident, reopen one: for a thread on an order, as in the case
        pane (each disabled with the reason in its tooltip when the role or the order does
        not allow it now)."""
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.refund_button.setAccessibleName(self.tr("Refund"))
        self.open_incident_button = QPushButton(self.tr("Open &incident…"))
        self.open_incident_button.setAccessibleName(self.tr("Open an incident"))
        self.reopen_button = QPushButton(self.tr("Reo&pen incident…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen an incident"))
        self._order_gates: list[tuple[QPushButton, Action, str]] = [
            (self.refund_button, Action.REFUND,
             self.tr("Refund the customer of this conversation's order")),
            (self.open_incident_button, Action.OPEN_INCIDENT,
             self.tr("Open an incident on a line of this conversation's order")),
            (self.reopen_button, Action.OPEN_INCIDENT,
             self.tr("Reopen an incident on this order that was closed too early: a new "
                     "incident on the same line")),
        ]
        self.refund_button.clicked.connect(self.request_refund)
        self.open_incident_button.clicked.connect(self.request_open_incident)
        self.reopen_button.clicked.connect(self.request_reopen)
        self.order_bar = QWidget()
        bar = FlowLayout(self.order_bar, spacing=4)
        for button, _action, _tip in self._order_gates:
            button.setEnabled(False)
            bar.addWidget(button)
        self.open_incident_button.setVisible(self.order_actions is not None)
        self.reopen_button.setVisible(self.order_actions is not None)

    def _actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                   slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(self.tr("Find"), QKeySequence.StandardKey.Find,
                                  self.focus_search)
        self.next_action = action(self.tr("Next conversation"), "Ctrl+J", lambda: self.step(1))
        self.previous_action = action(self.tr("Previous conversation"), "Ctrl+K",
                                      lambda: self.step(-1))
        self.reply_action = action(self.tr("Reply"), "Ctrl+Shift+R", self.focus_reply)
        self.export_action = action(self.tr("Export dossier"), "Ctrl+Shift+E",
                                    self.export_dossier)

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Show the list (first time the page is shown) and judge new threads."""
        if not self._started:
            self._started = True
            self.model.set_query(self.current_filter())
        self.summarize()

    def follow_sent_messages(self, listeners: list[Callable[[str, str], None]]) -> None:
        """Show a message the outbox sent later (it was queued) once its thread is read back:
        the list moves it up, and the thread on screen is read again when it is this one."""
        follow_listeners(self, listeners, self.thread_sent)
        self.thread_sent.connect(self._thread_sent)

    def _thread_sent(self, market: str, thread_id: str) -> None:
        self.reload()
        if self._selected == (market, thread_id):
            self.load_thread(market, thread_id, fetch_missing=False)

    def reload(self) -> None:
        if self._started:
            self.model.reload()
            self.summarize()

    def apply_markets(self, markets: list[str]) -> None:
        known = {self.market_combo.itemData(i) for i in range(self.market_combo.count())}
        for code in markets:
            if code not in known:
                self.market_combo.addItem(code, code)

    def summarize(self) -> None:
        """Judge new or changed threads in batches; reload the list when some were."""
        if self._summarizing:
            return
        self._summarizing = True
        self._summarized = 0
        self._summarize_next()

    def _summarize_next(self) -> None:
        self.runner.submit(self.service.summarize_pending, self._summarized_batch,
                           self._summary_failed)

    def _summarized_batch(self, count: int) -> None:
        self._summarized += count
        if count:
            QTimer.singleShot(SUMMARY_PAUSE_MS, self._summarize_next)
            return
        self._summarizing = False
        if self._summarized:
            log.info("conversations: %d threads judged", self._summarized)
            self.model.reload()

    def _summary_failed(self, error: BaseException) -> None:
        self._summarizing = False
        log.error("judging threads failed", exc_info=error)

    def current_filter(self) -> ThreadFilter:
        market = self.market_combo.currentData()
        last_key = self.last_combo.currentData() or ""
        last_from = last_to = None
        now = datetime.now(UTC)
        if last_key.startswith("-"):
            last_to = now - timedelta(days=int(last_key[1:]))
        elif last_key:
            days = int(last_key)
            last_from = (now.replace(hour=0, minute=0, second=0, microsecond=0)
                         if days == 1 else now - timedelta(days=days))
        kinds = self.policy_combo.currentData() or ""
        return ThreadFilter(
            markets=(market,) if market else (), subject=self.subject.text(),
            customer=self.customer.text(), order=self.order.text(),
            seller=self.seller.text(), last_from=last_from, last_to=last_to,
            owes_reply=self.owes.isChecked(), late=self.late.isChecked(),
            policy_kinds=tuple(k for k in kinds.split(",") if k), text=self.search.text())

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.subject, self.customer, self.order, self.seller, self.search):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.market_combo, self.last_combo, self.policy_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.owes, self.late):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._filters_changed()

    def set_search(self, text: str) -> None:
        """Search now (no typing delay): tests and links from other pages."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self._filters_changed()

    def set_filter(self, **changes: Any) -> None:
        """Apply filter values at once (tests, other pages): the widgets follow."""
        wanted = replace(self.current_filter(), **changes)
        edits = {"subject": self.subject, "customer": self.customer, "order": self.order,
                 "seller": self.seller, "text": self.search}
        for name, edit in edits.items():
            edit.blockSignals(True)
            edit.setText(getattr(wanted, name))
            edit.blockSignals(False)
        for box, value in ((self.owes, wanted.owes_reply), (self.late, wanted.late)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.policy_combo.blockSignals(True)
        index = self.policy_combo.findData(",".join(wanted.policy_kinds))
        self.policy_combo.setCurrentIndex(max(index, 0))
        self.policy_combo.blockSignals(False)
        self.market_combo.blockSignals(True)
        index = self.market_combo.findData(wanted.markets[0] if wanted.markets else "")
        self.market_combo.setCurrentIndex(max(index, 0))
        self.market_combo.blockSignals(False)
        self.model.set_query(wanted)

    def _count_changed(self, count: int) -> None:
        text = self.tr("%n conversation(s)", "", count)
        if self.model.capped:
            text += " " + self.tr("(in the newest 20,000 matching messages)")
        self.count_label.setText(text)
        empty = count == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            filter_ = self.model.query_filter
            if filter_ != ThreadFilter():
                self.empty_label.setText(self.tr("No conversation matches. Change or clear "
                                                 "the filters."))
            else:
                self.empty_label.setText(self.tr("No conversations in the local cache yet. "
                                                 "They appear after the next sync."))

    def _model_failed(self, error: BaseException) -> None:
        log.error("conversations query failed", exc_info=error)
        self.status_message.emit(self.tr("The conversations could not be read from the local "
                                         "cache: {0}").format(error))

    def _reselect(self) -> None:
        row = self.model.row_of(*self._selected) if self._selected else None
        if row is None and self.model.rowCount() > 0 and self.isVisible():
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    # -- one thread --------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if not isinstance(row, ThreadRow):
            return
        key = (row.market, row.thread_id)
        search = self.model.query_filter.text
        if key == self._selected and self.case is not None and self.case.search == \
                self.service_search(search):
            return
        self._selected = key
        self.load_thread(row.market, row.thread_id)

    @staticmethod
    def service_search(text: str) -> SearchTerms:
        return SearchTerms.parse(text)

    def load_thread(self, market: str, thread_id: str, fetch_missing: bool = True) -> None:
        language, search, html = self.language, self.model.query_filter.text, self._html

        def load() -> tuple[ThreadCase | None, RenderedThread | None]:
            case = self.service.thread_case(market, thread_id, language, search)
            return case, html.build(case) if case is not None else None

        self.runner.submit(load, lambda result: self._show(
            market, thread_id, result[0], result[1], fetch_missing=fetch_missing))

    def _show(self, market: str, thread_id: str, case: ThreadCase | None,
              rendered: RenderedThread | None, fetch_missing: bool = True) -> None:
        if self._selected != (market, thread_id):
            return
        if case is None or rendered is None:
            self.case = None
            self.detail.hide()
            self.placeholder.show()
            self.composer.set_case(None)
            self.refresh_actions()
            return
        self.case = case
        self.placeholder.hide()
        self.detail.show()
        order = case.order
        self.title.setText(case.subject or self.tr("(no subject)"))
        facts = [market]
        if order is not None:
            facts.append(self.tr("Order {0}").format(order.commercial_id or order.order_id))
            facts.append(self.tr("Customer {0}").format(order.customer.display_name))
        seller = case.recipients(("SHOP",))
        if seller:
            facts.append(self.tr("Seller {0}").format(seller[0][1]))
        if case.rule is not None:
            facts.append(self.tr("Seller answers within {0}").format(rule_text(case.rule)))
        self.facts.setText(" · ".join(facts))
        scroll = self.browser.verticalScrollBar().value()
        self.browser.show_rendered(rendered)
        if self.case is case and self.composer.case is not None and \
                self.composer.case.thread.thread_id == thread_id:
            self.browser.verticalScrollBar().setValue(scroll)
        self.composer.set_case(case)
        self.refresh_actions()
        self.thread_shown.emit(case)
        if case.incomplete and fetch_missing and self.connections.connector(market):
            self.runner.submit(lambda: self.service.complete_thread(market, thread_id),
                               lambda _r: self.load_thread(market, thread_id, False),
                               lambda error: self.status_message.emit(self.tr(
                                   "Older messages could not be loaded from market {0}; the "
                                   "cached part is shown.").format(market)), lane="net")

    def _sent(self, outcome: SendOutcome) -> None:
        if self._selected is not None:
            self.load_thread(*self._selected)
        self.model.reload()

    def explain(self, obligation: Any) -> None:
        case = self.case
        zone = case.market.timezone if case and case.market else None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Why this deadline"),
                          explain_deadline(obligation, self.locale_name, zone),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.why_box = box
        box.open()

    def open_attachment(self, attachment: Attachment) -> None:
        case = self.case
        if case is None or self.files is None:
            return
        viewer = AttachmentViewer(self.files, self.runner, case.thread.market, attachment,
                                  self.locale_name, self, ask_path=self.ask_path)
        viewer.saved.connect(lambda path: self.status_message.emit(
            self.tr("Saved to {0}").format(path)))
        viewer.finished.connect(viewer.deleteLater)
        self.viewer = viewer
        viewer.open()
        viewer.start()

    # -- the order: refund, open or reopen an incident -----------------------------------------
    def refresh_actions(self) -> None:
        """Re-apply what the shown thread's order and the role allow (after a thread is
        shown, or once the platform told the role)."""
        case = self.case
        order = case.order if case is not None else None
        self.refund_button.setVisible(self.refund_opener is not None)
        if case is None or order is None:
            for button, _action, tip in self._order_gates:
                button.setEnabled(False)
                button.setToolTip(tip + "\n" + self.tr("This conversation is not about an "
                                                        "order."))
            return
        closed = [i for i in case.incidents if not i.is_open]
        reopenable = [i for i in closed if reopen_block(i, order) is None]
        not_now = {
            self.refund_button: None if any(line.can_refund for line in order.lines)
            else self.tr("Nothing on this order can be refunded now."),
            self.open_incident_button: None if openable_lines(order)
            else self.tr("No line of this order can have a new incident."),
            self.reopen_button: None if reopenable
            else self.tr("No incident on this order is closed.") if not closed
            else self.tr("The lines of the closed incidents have an incident open again, or "
                         "cannot have one now."),
        }
        permissions = self.service.permissions
        market = case.thread.market
        for button, action, tip in self._order_gates:
            permitted = permissions.allowed(market, action)
            why = not_now[button]
            button.setEnabled(permitted and why is None)
            if not permitted:
                button.setToolTip(denial_text(permissions.role(market), action))
            else:
                button.setToolTip(tip + ("\n" + why if why else ""))

    def request_refund(self) -> None:
        """The refund dialog for the shown thread's order (for its incident when exactly one
        is open on the order)."""
        case = self.case
        if case is None or case.order is None or self.refund_opener is None \
                or not self.refund_button.isEnabled():
            return
        open_incidents = [i for i in case.incidents if i.is_open]
        incident_id = open_incidents[0].incident_id if len(open_incidents) == 1 else None
        self.refund_opener(case.thread.market, case.order.order_id, incident_id)

    def request_open_incident(self) -> None:
        case = self.case
        if case is not None and case.order is not None and self.order_actions is not None \
                and self.open_incident_button.isEnabled():
            self.order_actions.open_incident(case.order)

    def request_reopen(self) -> None:
        case = self.case
        if case is None or case.order is None or self.order_actions is None \
                or not self.reopen_button.isEnabled():
            return
        seen = [case.thread.messages[-1].message_id] if case.thread.messages else []
        self.order_actions.reopen(case.order, case.incidents, seen)

    def _order_decided(self, _market: str, _subject: str) -> None:
        if self._selected is not None:
            self.load_thread(*self._selected)

    # -- dossier -----------------------------------------------------------------------------
    def export_dossier(self) -> None:
        case, builder = self.case, self.dossier
        if case is None or builder is None:
            return
        order = case.order
        name = f"dossier-{case.thread.market}-{order.order_id if order else case.thread.thread_id}"
        chosen = self.ask_dossier(self, name + ".pdf")
        if not chosen:
            return
        pdf_path = Path(chosen)
        if pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_suffix(".pdf")
        cancel = threading.Event()
        relay = ExportRelay(self)
        progress = QProgressDialog(self.tr("Exporting the dossier…"), self.tr("Cancel"), 0, 0,
                                   self)
        progress.setWindowTitle(self.tr("Export dossier"))
        progress.setMinimumDuration(300)
        progress.canceled.connect(cancel.set)
        relay.progressed.connect(lambda done, total, label: self._export_progress(
            progress, done, total, label))
        self.progress = progress
        subject = {"kind": "thread", "market": case.thread.market,
                   "thread_id": case.thread.thread_id,
                   "title": case.subject or case.thread.thread_id}

        def export() -> tuple[Path, Path]:
            dossier = builder.collect([case], subject, relay.progressed.emit, cancel)
            return builder.write(dossier, pdf_path, cancel=cancel)

        self.runner.submit(export, lambda paths: self._exported(progress, paths),
                           lambda error: self._export_failed(progress, error), lane="net")

    def _export_progress(self, progress: QProgressDialog, done: int, total: int,
                         label: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        if label:
            progress.setLabelText(self.tr("Fetching attachment {0}…").format(label))

    def _exported(self, progress: QProgressDialog, paths: tuple[Path, Path]) -> None:
        progress.reset()
        progress.deleteLater()
        self.progress = None
        self.status_message.emit(self.tr("Dossier saved as {0} and {1}.").format(
            paths[0].name, paths[1].name))
        self.dossier_written.emit(str(paths[0]))

    def _export_failed(self, progress: QProgressDialog, error: BaseException) -> None:
        progress.reset()
        progress.deleteLater()
        self.progress = None
        if isinstance(error, ExportCancelled):
            self.status_message.emit(self.tr("Export cancelled; nothing was written."))
            return
        if isinstance(error, ActionError):
            text = self.tr("The dossier could not be made: {0}").format(error.kind)
        else:
            log.error("dossier export failed", exc_info=error)
            text = self.tr("The dossier could not be written: {0}").format(error)
        self.status_message.emit(text)

    # -- keyboard ----------------------------------------------------------------------------
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

    def focus_reply(self) -> None:
        if self.case is not None:
            self.composer.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
