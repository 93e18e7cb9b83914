"""The outbox page: every action this desk queued, with its state; retry, edit, cancel, discard
a conflict or send it anyway. And the status-bar button that counts what waits.

Everything the page reads or changes goes through ``OutboxService`` on a worker thread; the
page reloads (debounced) whenever the service reports a change, whoever made it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.actions import Action, CloseIncident, NewOrderThread, NewSellerThread
from operator_desk.domain.actions import Reply as ReplyAction
from operator_desk.domain.models import Reason
from operator_desk.domain.outbox import Change, OutboxEntry, OutboxFilter, OutboxState
from operator_desk.services.outbox import CancelOutcome, OutboxService, OutboxSummary

from . import formatting, theme
from .i18n import fit_columns
from .outbox_model import ENTRY_ROLE, OutboxTableModel, kind_label, state_label
from .tasks import TaskRunner

log = logging.getLogger(__name__)
S = OutboxState

# The state filter: (label, states); an empty tuple is everything. The labels are marked for
# lupdate here and translated where the combo box is filled.
_FILTERS: tuple[tuple[object, tuple[OutboxState, ...]], ...] = (
    (QT_TRANSLATE_NOOP("OutboxFilter", "All"), ()),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Waiting"), (S.PENDING, S.SENDING, S.WAITING_APPROVAL)),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Needs you"), (S.FAILED, S.CONFLICT)),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Failed"), (S.FAILED,)),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Conflicts"), (S.CONFLICT,)),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Sent"), (S.SENT,)),
    (QT_TRANSLATE_NOOP("OutboxFilter", "Cancelled"), (S.CANCELLED,)),
)


def describe_change(change: Change) -> str:
    """One sentence per change: what the agent saw and what is there now."""
    match change.what:
        case "incident_status":
            text = QCoreApplication.translate(
                "OutboxChange", "Incident status: you saw {0}, now it is {1}.")
            return text.format(change.saw, change.now)
        case "new_customer_message":
            count = int(change.now) if change.now.isdigit() else 0
            text = QCoreApplication.translate(
                "OutboxChange", "The customer wrote %n new message(s) since you read the case.",
                None, count)
            newest = QCoreApplication.translate("OutboxChange", "Newest: “{0}”")
            return text + (
                " " + newest.format(change.detail) if change.detail else "")
        case "refundable":
            text = QCoreApplication.translate(
                "OutboxChange", "Line {0}: you asked to refund {1}; {2} is left to refund.")
            return text.format(change.detail, change.saw, change.now)
        case "shop_state":
            text = QCoreApplication.translate(
                "OutboxChange", "Shop state: the change needs {0}; the shop is {1} now.")
            return text.format(change.saw, change.now)
        case "order_state":
            text = QCoreApplication.translate(
                "OutboxChange", "The order is {0} now; it can no longer be refunded.")
            return text.format(change.now)
        case "missing":
            text = QCoreApplication.translate(
                "OutboxChange", "{0} no longer exists on the marketplace.")
            return text.format(change.saw)
        case "unknown_outcome":
            text = QCoreApplication.translate(
                "OutboxChange", "It was sent but no answer came, and the marketplace does not "
                                "show clearly whether it arrived ({0}). Check on the "
                                "marketplace, then discard it or send it anyway.")
            return text.format(change.detail)
    return f"{change.what}: {change.saw} → {change.now}"


def describe_problem(entry: OutboxEntry) -> str:
    if entry.state in (S.SENT, S.CANCELLED) and entry.error_kind != "refused":
        return ""
    texts = {
        "offline": QCoreApplication.translate(
            "OutboxProblem", "Market {0} could not be reached; the desk tries again by itself."),
        "degraded": QCoreApplication.translate(
            "OutboxProblem", "Market {0} is busy or in trouble; the desk tries again by itself."),
        "key_refused": QCoreApplication.translate(
            "OutboxProblem", "The key for market {0} was refused. Fix it in the connection "
                             "settings; the action goes out afterwards."),
        "forbidden": QCoreApplication.translate(
            "OutboxProblem", "Your role on market {0} may not do this."),
        "refused": QCoreApplication.translate("OutboxProblem", "Market {0} refused it."),
        "unknown_outcome": QCoreApplication.translate(
            "OutboxProblem", "It was sent to market {0} but no answer came. The desk checks "
                             "the marketplace before it sends anything again."),
        "bug": QCoreApplication.translate(
            "OutboxProblem", "An unexpected error happened; details are in the log."),
    }
    text = texts.get(entry.error_kind or "", "")
    if not text:
        return ""
    text = text.format(entry.market)
    if entry.last_error and entry.error_kind in ("refused", "forbidden", "bug"):
        text += " " + QCoreApplication.translate(
            "OutboxProblem", "The marketplace said: {0}").format(entry.last_error)
    return text


class EditActionDialog(QDialog):
    """Change a queued action before it is sent: the text of a message, the reason of a
    close."""

    def __init__(self, action: Action, reasons: list[Reason], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the queued action"))
        self.action = action
        form = QFormLayout(self)
        self.topic: QLineEdit | None = None
        self.body: QPlainTextEdit | None = None
        self.reason: QComboBox | None = None
        if isinstance(action, NewOrderThread | NewSellerThread):
            self.topic = QLineEdit(action.topic)
            form.addRow(self.tr("Topic"), self.topic)
        if isinstance(action, ReplyAction | NewOrderThread | NewSellerThread):
            self.body = QPlainTextEdit(action.body)
            form.addRow(self.tr("Message"), self.body)
        if isinstance(action, CloseIncident):
            self.reason = QComboBox()
            self.reason.addItem(self.tr("No reason (the seller marked it solved)"), None)
            for reason in reasons:
                self.reason.addItem(f"{reason.code} – {reason.label}", reason.code)
            found = self.reason.findData(action.reason_code)
            self.reason.setCurrentIndex(max(found, 0))
            form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)


class OutboxPage(QWidget):
    status_message = Signal(str)
    changed = Signal()  # the service reported a change (any thread → UI thread)

    def __init__(self, service: OutboxService, runner: TaskRunner, locale: str,
                 reasons: Callable[[str], list[Reason]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.locale_name = locale
        self.reasons = reasons
        self.selected: OutboxEntry | None = None
        self.confirm_box: QMessageBox | None = None
        self.edit_dialog: EditActionDialog | None = None
        self.model = OutboxTableModel(service, runner, locale, parent=self)
        self.model.reloaded.connect(self._reselect)
        self.model.failed.connect(lambda error: self._say(
            self.tr("Cannot read the outbox: {0}").format(getattr(error, "user_message",
                                                                   error))))

        self.state_filter = QComboBox()
        for label, states in _FILTERS:
            self.state_filter.addItem(QCoreApplication.translate("OutboxFilter", str(label)),
                                      states)
        self.market_filter = QComboBox()
        self.market_filter.addItem(self.tr("All markets"), "")
        for market in service.markets():
            self.market_filter.addItem(market, market)
        self.push_button = QPushButton(self.tr("Send what is due now"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.market_filter)
        filters.addStretch(1)
        filters.addWidget(self.push_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Wide enough for a date with its number and for the longer state names ("Wartet auf
        # Freigabe", "Pendiente de aprobación"); no narrower than the translated headers.
        fit_columns(self.table, (190, 60, 180, 150, 170, 190, 60))
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Outbox actions"))
        self.empty = QLabel(self.tr("Nothing here. Actions wait here while a marketplace "
                                    "cannot be reached, and stay listed once sent."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setObjectName("outboxDetail")
        self.detail.setAccessibleName(self.tr("Selected action in detail"))
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.cancel_button = QPushButton(self.tr("Cancel action…"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.send_anyway_button = QPushButton(self.tr("Send anyway…"))
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.edit_button, self.cancel_button,
                       self.discard_button, self.send_anyway_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(buttons)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("outboxSplitter")
        splitter.addWidget(top)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.market_filter.currentIndexChanged.connect(self.apply_filter)
        self.push_button.clicked.connect(self._push_now)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retry_button.clicked.connect(self.retry_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.discard_button.clicked.connect(self.cancel_selected)
        self.send_anyway_button.clicked.connect(self.send_anyway_selected)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self.changed.connect(self._reload_timer.start)
        service.listeners.append(self._notify)
        self.destroyed.connect(partial(_forget, service, self._notify))
        self._show_entry(None)

    def _notify(self) -> None:
        try:
            self.changed.emit()  # queued to the UI thread
        except RuntimeError:  # the page is gone
            pass

    def start(self) -> None:
        self.apply_filter()

    def reload(self) -> None:
        self.model.reload()

    def current_filter(self) -> OutboxFilter:
        market = self.market_filter.currentData()
        return OutboxFilter(states=tuple(self.state_filter.currentData() or ()),
                            markets=(market,) if market else ())

    def apply_filter(self) -> None:
        self.model.set_query(self.current_filter())

    def set_state_filter(self, states: tuple[OutboxState, ...]) -> None:
        for index in range(self.state_filter.count()):
            if tuple(self.state_filter.itemData(index) or ()) == states:
                self.state_filter.setCurrentIndex(index)
                return

    def select(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _reselect(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.selected is not None and self.select(self.selected.action_id):
            return
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_entry(None)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        self._show_entry(entry if isinstance(entry, OutboxEntry) else None)

    def _show_entry(self, entry: OutboxEntry | None) -> None:
        self.selected = entry
        self.detail.setPlainText(self._describe(entry) if entry else "")
        self.retry_button.setEnabled(bool(entry and entry.can_retry))
        conflict = bool(entry and entry.state == S.CONFLICT)
        self.edit_button.setEnabled(bool(entry and entry.can_edit and entry.kind in (
            "reply", "new_order_thread", "new_seller_thread", "close_incident")))
        self.cancel_button.setEnabled(bool(entry and not conflict and entry.state in (
            S.PENDING, S.FAILED, S.WAITING_APPROVAL)))
        self.discard_button.setEnabled(conflict)
        self.send_anyway_button.setEnabled(bool(entry and entry.can_send_anyway))

    def _describe(self, entry: OutboxEntry) -> str:
        lines = [
            self.tr("{0} on {1} (market {2})").format(kind_label(entry.kind), entry.subject,
                                                      entry.market),
            self.tr("State: {0}").format(state_label(entry)),
            self.tr("Queued: {0}").format(formatting.when(entry.created, self.locale_name)),
        ]
        if entry.detail:
            lines.append(self.tr("Details: {0}").format(entry.detail))
        lines.append(self.tr("Tries so far: {0}").format(entry.attempts))
        if entry.blocked_by is not None and entry.state == S.PENDING:
            lines.append(self.tr("Waits for action #{0} of the same case to be sent, "
                                 "cancelled or discarded first.").format(entry.blocked_by))
        if entry.next_attempt is not None and entry.state == S.PENDING:
            lines.append(self.tr("Next try: {0}").format(
                formatting.when(entry.next_attempt, self.locale_name)))
        problem = describe_problem(entry)
        if problem:
            lines.append(problem)
        if entry.changes:
            lines.append("")
            lines.append(self.tr("The case changed since you decided; nothing was sent:"))
            lines += [f"• {describe_change(change)}" for change in entry.changes]
        if entry.sent_at is not None:
            lines.append(self.tr("Sent: {0}").format(formatting.when(entry.sent_at,
                                                                     self.locale_name)))
        if entry.response:
            if entry.response.get("reconciled"):
                lines.append(self.tr("No answer came when it was sent; the desk found it on "
                                     "the marketplace afterwards."))
            ids = ", ".join(f"{k}={v}" for k, v in entry.response.items() if k != "reconciled")
            if ids:
                lines.append(self.tr("The marketplace answered: {0}").format(ids))
        return "\n".join(lines)

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    # -- actions -----------------------------------------------------------------------------
    def _push_now(self) -> None:
        self.service.push_now()
        self._say(self.tr("Sending what is due…"))

    def retry_selected(self) -> None:
        entry = self.selected
        if entry is None or not entry.can_retry:
            return
        self.runner.submit(lambda: self.service.retry(entry.action_id),
                           lambda done: self._say(self.tr("It is tried again now.") if done
                                                  else self.tr("It changed meanwhile.")),
                           self._failed, lane="db")

    def send_anyway_selected(self) -> None:
        entry = self.selected
        if entry is None or not entry.can_send_anyway:
            return
        changes = "\n".join(f"• {describe_change(c)}" for c in entry.changes)
        self._confirm(self.tr("Send anyway?"),
                      self.tr("The case changed since you decided:\n{0}\n\nSend the action "
                              "as it is?").format(changes),
                      self.tr("Send anyway"),
                      lambda: self.runner.submit(
                          lambda: self.service.send_anyway(entry.action_id),
                          lambda _done: self._say(self.tr("It is sent as it is.")),
                          self._failed, lane="db"))

    def cancel_selected(self) -> None:
        entry = self.selected
        if entry is None or entry.state in (S.SENT, S.CANCELLED, S.SENDING):
            return
        conflict = entry.state == S.CONFLICT
        title = self.tr("Discard this action?") if conflict else self.tr("Cancel this action?")
        text = self.tr("{0} on {1} will not be sent.").format(kind_label(entry.kind),
                                                             entry.subject)
        if entry.outcome_unknown:
            text += "\n\n" + self.tr("It may already have reached the marketplace; the desk "
                                     "checks first and tells you.")
        self._confirm(title, text, self.tr("Discard") if conflict else self.tr("Cancel it"),
                      lambda: self.runner.submit(lambda: self.service.cancel(entry.action_id),
                                                 self._cancelled, self._failed, lane="net"))

    def _cancelled(self, outcome: CancelOutcome) -> None:
        texts = {
            CancelOutcome.CANCELLED: self.tr("Cancelled; it will not be sent."),
            CancelOutcome.ALREADY_SENT: self.tr("It had already reached the marketplace; it "
                                                "is marked as sent."),
            CancelOutcome.CANNOT_TELL: self.tr("The marketplace cannot be read now, so the "
                                               "desk cannot tell whether it arrived; it was "
                                               "not cancelled. Try again later."),
            CancelOutcome.NOT_ALLOWED: self.tr("It can no longer be cancelled."),
        }
        self._say(texts[outcome])

    def edit_selected(self) -> None:
        entry = self.selected
        if entry is None or not entry.can_edit:
            return
        reasons = self.reasons
        market = entry.market

        def load() -> tuple[Action | None, list[Reason]]:
            action = self.service.action(entry.action_id)
            wanted = isinstance(action, CloseIncident) and reasons is not None
            return action, (reasons(market) if wanted and reasons else [])

        self.runner.submit(load, lambda result: self._open_editor(entry, *result),
                           self._failed)

    def _open_editor(self, entry: OutboxEntry, action: Action | None,
                     reasons: list[Reason]) -> None:
        if action is None:
            return
        dialog = EditActionDialog(action, reasons, self)
        dialog.accepted.connect(lambda: self._save_edit(entry, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.edit_dialog = dialog
        dialog.open()

    def _save_edit(self, entry: OutboxEntry, dialog: EditActionDialog) -> None:
        self.edit_dialog = None
        if dialog.reason is not None:
            code = dialog.reason.currentData()
            work = partial(self.service.edit_reason, entry.action_id, code)
        elif dialog.body is not None:
            body = dialog.body.toPlainText()
            topic = dialog.topic.text() if dialog.topic is not None else None
            work = partial(self.service.edit_text, entry.action_id, body, topic)
        else:
            return
        self.runner.submit(work, lambda done: self._say(
            self.tr("Saved; it is checked again before it is sent.") if done
            else self.tr("Not saved: it was sent or changed meanwhile, or the text is empty.")),
            self._failed, lane="db")

    def _confirm(self, title: str, text: str, yes: str, then: Callable[[], object]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)

        def finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is accept:
                then()

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def confirm(self) -> None:
        """Press the confirming button of the open question (keyboard users and tests)."""
        box = self.confirm_box
        if box is not None:
            for button in box.buttons():
                if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                    button.click()
                    return

    def _failed(self, error: BaseException) -> None:
        log.error("outbox action failed", exc_info=error)
        self._say(self.tr("The outbox could not be changed: {0}").format(
            getattr(error, "user_message", error)))


def _forget(service: OutboxService, listener: Callable[[], None], *_args: object) -> None:
    try:
        service.listeners.remove(listener)
    except ValueError:
        pass


class OutboxStatusButton(QToolButton):
    """In the status bar: how many actions wait, and how many need the user; a click opens
    the outbox page. Hidden while the outbox is empty of both."""

    changed = Signal()

    def __init__(self, service: OutboxService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.summary = OutboxSummary(0, 0)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setObjectName("outboxStatusButton")
        self.setAccessibleName(self.tr("Outbox"))
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.changed.connect(self._timer.start)
        service.listeners.append(self._notify)
        self.destroyed.connect(partial(_forget, service, self._notify))

    def _notify(self) -> None:
        try:
            self.changed.emit()
        except RuntimeError:
            pass

    def refresh(self) -> None:
        self.runner.submit(self.service.summary, self.show_summary)

    def show_summary(self, summary: OutboxSummary) -> None:
        self.summary = summary
        if summary.attention:
            text = self.tr("Outbox: %n need(s) you", "", summary.attention)
            colour = "#a3361f"
        elif summary.waiting:
            text = self.tr("Outbox: %n waiting", "", summary.waiting)
            colour = "#1f4fa3"
        else:
            self.hide()
            return
        self.setText(text)
        self.setStyleSheet(theme.label_style(colour, self, selector="QToolButton"))
        tip = self.tr("{0} waiting to be sent, {1} failed or in conflict. Click to open "
                      "the outbox.").format(summary.waiting, summary.attention)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.show()

