"""Incident actions on an order, wherever the agent is: open an incident on a line (OR62) and
reopen one the operator closed too early - from a conversation on the order, or from a closed
incident's case pane.

The platform has no reopen call: reopening opens a new incident on the same order line, with
an incident-open reason; the decision (why) is recorded on the closed incident in the team
store. ``OrderActions`` opens the dialogs, sends through ``IncidentService`` on the task
runner (the outbox sink in the desk) and words the outcome; the pages only ask.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.incident_rules import openable_lines, reopen_block
from operator_desk.domain.models import Incident, Order, Reason
from operator_desk.services.actions import SubmissionState
from operator_desk.services.incidents import ActionOutcome, IncidentService

from . import formatting
from .case_actions import OpenIncidentDialog
from .case_decisions import action_error_text
from .tasks import TaskRunner

log = logging.getLogger(__name__)


class ReopenIncidentDialog(QDialog):
    """Which closed incident, with which incident-open reason, and why (for the team)."""

    def __init__(self, order: Order, incidents: Sequence[Incident], reasons: list[Reason],
                 locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen an incident"))
        self.incidents = {i.incident_id: i for i in incidents}
        titles = {line.order_line_id: line.product_title for line in order.lines}
        self.incident = QComboBox()
        self.incident.setAccessibleName(self.tr("Closed incident"))
        for incident in incidents:
            self.incident.addItem(self.tr("{0} · closed {1}").format(
                titles.get(incident.order_line_id, incident.order_line_id),
                formatting.when(incident.closed, locale, fmt="short")
                if incident.closed else self.tr("(date unknown)")), incident.incident_id)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for the new incident"))
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in reasons:
            self.reason.addItem(reason.label, reason.code)
        self.why = QPlainTextEdit()
        self.why.setAccessibleName(self.tr("Why the incident is reopened"))
        self.why.setPlaceholderText(self.tr("Why it was closed too early (for the team "
                                            "record; required)"))
        self.why.setMaximumHeight(80)
        order_label = order.commercial_id or order.order_id
        explanation = QLabel(self.tr(
            "The marketplace cannot reopen a closed incident: a new incident is opened on the "
            "same line of order {0}. The seller and the customer see it; it counts in the "
            "seller's statistics and freezes the order's cycle. The closed incident keeps its "
            "history, and your reason is recorded for the team.").format(order_label))
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Why"), self.why)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Reopen incident"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.incident.currentIndexChanged.connect(self._incident_changed)
        self.reason.currentIndexChanged.connect(self._update)
        self.why.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(540, self.sizeHint().height())
        self._incident_changed()

    def _incident_changed(self) -> None:
        """The closed incident's own opening reason first: usually the problem is back."""
        incident = self.incidents.get(str(self.incident.currentData()))
        if incident is not None and incident.opening_reason_code:
            index = self.reason.findData(incident.opening_reason_code)
            if index >= 0:
                self.reason.setCurrentIndex(index)
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(self.choice() is not None)

    def choice(self) -> tuple[str, str, str] | None:
        """(incident id, reason code, why), or None while something is missing."""
        incident, reason = self.incident.currentData(), self.reason.currentData()
        why = self.why.toPlainText().strip()
        if isinstance(incident, str) and isinstance(reason, str) and why:
            return incident, reason, why
        return None


class OrderActions(QObject):
    """Opens and reopens incidents on one order at a time, for any page."""

    status_message = Signal(str)
    # Market and what was acted on: the closed incident (reopen) or the order (open).
    decided = Signal(str, str)

    def __init__(self, service: IncidentService, runner: TaskRunner, parent: QWidget,
                 language: str, locale: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.service = service
        self.runner = runner
        self.language = language
        self.locale = locale
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None

    def _show(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _fail(self, market: str, what: str, title: str, error: BaseException) -> None:
        text = action_error_text(error, market, what)
        self.status_message.emit(text.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.parent_widget)
        box.finished.connect(box.deleteLater)
        self.error_box = box
        box.open()

    def _outcome_text(self, outcome: ActionOutcome, sent: str, order: str, market: str) -> str:
        if outcome.state == SubmissionState.QUEUED:
            text = self.tr("The new incident on order {0} waits in the outbox; it is sent "
                           "when market {1} can be reached.").format(order, market)
        else:
            text = sent
        if not outcome.recorded:
            text += " " + self.tr("The team store could not record the decision; see the log.")
        return text

    # -- open an incident --------------------------------------------------------------------
    def open_incident(self, order: Order) -> None:
        """Ask for a line and a reason, then open an incident on it (OR62)."""
        if not openable_lines(order):
            return
        market, language = order.market, self.language
        self.runner.submit(lambda: self.service.open_reasons(market, language),
                           lambda reasons: self._open_dialog(order, reasons))

    def _open_dialog(self, order: Order, reasons: list[Reason]) -> None:
        dialog = OpenIncidentDialog(list(openable_lines(order)), reasons, self.locale,
                                    self.parent_widget)
        dialog.accepted.connect(lambda: self._open_confirmed(order, dialog.choice()))
        self._show(dialog)

    def _open_confirmed(self, order: Order, choice: tuple[str, str] | None) -> None:
        self.dialog = None
        if choice is None:
            return
        line_id, reason = choice
        label = order.commercial_id or order.order_id
        self.status_message.emit(self.tr("Opening an incident on order {0}…").format(label))
        self.runner.submit(
            lambda: self.service.open_incident(order.market, order.order_id, line_id, reason),
            lambda outcome: self._opened(order, outcome),
            lambda error: self._fail(order.market, self.tr("no incident was opened"),
                                     self.tr("Incident not opened"), error),
            lane="net")

    def _opened(self, order: Order, outcome: ActionOutcome) -> None:
        label = order.commercial_id or order.order_id
        self.status_message.emit(self._outcome_text(
            outcome, self.tr("An incident was opened on order {0}; it appears after the next "
                             "sync.").format(label), label, order.market))
        self.decided.emit(order.market, order.order_id)

    # -- reopen ------------------------------------------------------------------------------
    def reopen(self, order: Order | None, incidents: Sequence[Incident],
               seen: Sequence[str] = ()) -> None:
        """Ask which closed incident (of ``incidents``), with which reason and why; then open
        a new incident on its line and record the decision. ``seen``: the newest message ids
        the agent had in front of them."""
        closed = [i for i in incidents if reopen_block(i, order) is None]
        if order is None or not closed:
            return
        market, language = order.market, self.language
        self.runner.submit(lambda: self.service.open_reasons(market, language),
                           lambda reasons: self._reopen_dialog(order, closed, reasons,
                                                               tuple(seen)))

    def _reopen_dialog(self, order: Order, closed: list[Incident], reasons: list[Reason],
                       seen: tuple[str, ...]) -> None:
        dialog = ReopenIncidentDialog(order, closed, reasons, self.locale, self.parent_widget)
        dialog.accepted.connect(lambda: self._reopen_confirmed(order, dialog.choice(), seen))
        self._show(dialog)

    def _reopen_confirmed(self, order: Order, choice: tuple[str, str, str] | None,
                          seen: tuple[str, ...]) -> None:
        self.dialog = None
        if choice is None:
            return
        incident_id, reason, why = choice
        label = order.commercial_id or order.order_id
        self.status_message.emit(self.tr("Reopening the incident on order {0}…").format(label))
        self.runner.submit(
            lambda: self.service.reopen_incident(order.market, incident_id, reason, why, seen),
            lambda outcome: self._reopened(order, incident_id, outcome),
            lambda error: self._fail(order.market, self.tr("the incident was not reopened"),
                                     self.tr("Incident not reopened"), error),
            lane="net")

    def _reopened(self, order: Order, incident_id: str, outcome: ActionOutcome) -> None:
        label = order.commercial_id or order.order_id
        self.status_message.emit(self._outcome_text(
            outcome, self.tr("The incident on order {0} is reopened: a new incident was "
                             "opened on the same line; it appears after the next "
                             "sync.").format(label), label, order.market))
        self.decided.emit(order.market, incident_id)
