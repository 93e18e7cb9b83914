"""Dialogs for deciding a case: keep it open (with messages), open an incident, close many.

Each dialog only collects the decision; the queue page sends it through the services on the
task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import OrderLine, Reason
from operator_desk.domain.queue import IncidentCase, QueueRow
from operator_desk.services.conversations import fill_placeholders
from operator_desk.services.incidents import MessageTemplate

from . import formatting, theme

# What a template's {placeholders} become, in the template's language: the reply composer's
# values (``ConversationService.placeholder_values`` over the thread the message goes to:
# dates, amounts, the seller's answer deadline), when the desk could read that thread.
Placeholders = Callable[[str], Mapping[str, str]]


def _fill(template: str, case: IncidentCase, values: Mapping[str, str] | None = None) -> str:
    """Put the case's facts into a template's {placeholders} as the reply composer does;
    unknown or empty ones stay visible for the agent."""
    order = case.order
    facts = {
        "customer_name": order.customer.display_name if order else "",
        "customer": order.customer.display_name if order else "",
        "order_number": (order.commercial_id or order.order_id) if order else "",
        "order": (order.commercial_id or order.order_id) if order else "",
        "seller_name": order.shop_name if order else "",
        "seller": order.shop_name if order else "",
    }
    facts.update({key: value for key, value in (values or {}).items() if value})
    return fill_placeholders(template, facts)


class _MessageBox(QWidget):
    """One message to one audience, with a template picker (recipient's language first)."""

    def __init__(self, title: str, templates: list[MessageTemplate], case: IncidentCase,
                 parent: QWidget | None = None,
                 placeholders: Placeholders | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.templates = templates
        self.placeholders = placeholders
        self.enabled = QCheckBox(title)
        self.enabled.setAccessibleName(title)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template for: {0}").format(title))
        self.template.addItem(self.tr("No template"), None)
        for index, template in enumerate(templates):
            self.template.addItem(f"{template.title} ({template.language})", index)
        self.template.activated.connect(self._use_template)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message: {0}").format(title))
        self.body.setPlaceholderText(self.tr("Message (sent in the order's conversation)"))
        self.body.setMaximumHeight(110)
        self.body.setEnabled(False)
        self.template.setEnabled(False)
        self.enabled.toggled.connect(self.body.setEnabled)
        self.enabled.toggled.connect(self.template.setEnabled)
        top = QHBoxLayout()
        top.addWidget(self.enabled, 1)
        top.addWidget(self.template)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body)

    def _use_template(self, index: int) -> None:
        chosen = self.template.itemData(index)
        if not isinstance(chosen, int) or not 0 <= chosen < len(self.templates):
            return
        template = self.templates[chosen]
        values = self.placeholders(template.language) if self.placeholders else None
        self.body.setPlainText(_fill(template.body, self.case, values))

    def message(self) -> str:
        return self.body.toPlainText().strip() if self.enabled.isChecked() else ""


class KeepOpenDialog(QDialog):
    """Do not accept the seller's resolution: why, and what to tell seller and customer."""

    def __init__(self, case: IncidentCase, seller_templates: list[MessageTemplate],
                 customer_templates: list[MessageTemplate], can_dispute: bool,
                 parent: QWidget | None = None,
                 placeholders: Placeholders | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep the incident open"))
        self.case = case
        order = case.order
        label = (order.commercial_id or order.order_id) if order else case.incident.order_id
        explanation = QLabel(self.tr(
            "The incident on order {0} stays open: the seller's resolution is not accepted.{1}"
        ).format(label, "\n" + self.tr("The marketplace shows it as disputed.")
                 if can_dispute else "\n" + self.tr(
                     "This marketplace has no dispute step: the incident simply stays open and "
                     "the decision is recorded for the team.")))
        explanation.setWordWrap(True)
        self.why = QPlainTextEdit()
        self.why.setAccessibleName(self.tr("Why the incident stays open"))
        self.why.setPlaceholderText(self.tr("Why (for the team record; required)"))
        self.why.setMaximumHeight(70)
        self.seller = _MessageBox(self.tr("Message to the seller"), seller_templates, case,
                                  placeholders=placeholders)
        self.customer = _MessageBox(self.tr("Message to the customer"), customer_templates, case,
                                    placeholders=placeholders)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Keep open"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.why.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.why)
        layout.addWidget(self.seller)
        layout.addWidget(self.customer)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(bool(self.why.toPlainText().strip()))

    def messages(self) -> list[tuple[str, str]]:
        result = []
        if self.seller.message():
            result.append(("SHOP", self.seller.message()))
        if self.customer.message():
            result.append(("CUSTOMER", self.customer.message()))
        return result


class OpenIncidentDialog(QDialog):
    """Open an incident on one line of an order (or reopen one closed too early)."""

    def __init__(self, lines: list[OrderLine], reasons: list[Reason], locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open an incident"))
        self.line = QComboBox()
        self.line.setAccessibleName(self.tr("Order line"))
        for line in lines:
            self.line.addItem(f"{line.quantity} × {line.product_title} · "
                              f"{formatting.money(line.total_price, locale)} · {line.state}",
                              line.order_line_id)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in reasons:
            self.reason.addItem(reason.label, reason.code)
        form = QFormLayout()
        form.addRow(self.tr("Line"), self.line)
        form.addRow(self.tr("Reason"), self.reason)
        hint = QLabel(self.tr("The seller and the customer see the new incident; it counts in "
                              "the seller's statistics and freezes the order's cycle."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Open incident"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(isinstance(self.reason.currentData(), str)
                                and self.line.count() > 0)

    def choice(self) -> tuple[str, str] | None:
        line, reason = self.line.currentData(), self.reason.currentData()
        return (line, reason) if isinstance(line, str) and isinstance(reason, str) else None


class BulkCloseDialog(QDialog):
    """A preview of every incident about to be closed, and one reason for those that need it.

    Nothing is sent from here: after "Close N incidents" the page waits an undo window first.
    """

    def __init__(self, rows: list[QueueRow], reasons: list[Reason], locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close %n incident(s)", "", len(rows)))
        self.rows = rows
        self.table = QTableWidget(len(rows), 5)
        self.table.setAccessibleName(self.tr("Incidents to close"))
        self.table.setHorizontalHeaderLabels([self.tr("Market"), self.tr("Order"),
                                              self.tr("Seller"), self.tr("Status"),
                                              self.tr("Reason needed")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        needs = 0
        for index, row in enumerate(rows):
            needs_reason = row.status != "RESOLVED"
            needs += needs_reason
            for column, text in enumerate((
                    row.market, row.order_id, row.seller, row.status,
                    self.tr("yes") if needs_reason else self.tr("no"))):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.needs_reason = needs > 0
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Close reason"))
        self.reason.addItem(self.tr("Choose a reason…") if self.needs_reason
                            else self.tr("No reason (the sellers marked them solved)"), None)
        for reason in reasons:
            self.reason.addItem(reason.label, reason.code)
        hint = QLabel(self.tr("%n of these need a reason (the seller has not marked them "
                              "solved).", "", needs) if needs else
                      self.tr("Every seller marked these incidents as solved."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Close %n incident(s)", "", len(rows)),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(not self.needs_reason or self.reason_code() is not None)

    def reason_code(self) -> str | None:
        value = self.reason.currentData()
        return value if isinstance(value, str) else None


class UndoBar(QFrame):
    """"Closing 12 incidents in 8 s — Undo": the last chance before anything is sent."""

    expired = Signal()
    undone = Signal()

    def __init__(self, parent: QWidget | None = None, seconds: int = 10) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(theme.note_style("#undoBar", "#fff4e5", "#e0a040"))
        self.seconds = seconds
        self.left = 0
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setAccessibleName(self.tr("Undo: nothing is sent"))
        self.undo.setShortcut("Ctrl+Z")
        self.undo.clicked.connect(self.cancel)
        self.send_now = QPushButton(self.tr("Send now"))
        self.send_now.clicked.connect(self.finish)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo)
        layout.addWidget(self.send_now)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.text = ""
        self.hide()

    def start(self, text: str) -> None:
        self.text = text
        self.left = self.seconds
        self._show_left()
        self.show()
        self.timer.start()

    def _show_left(self) -> None:
        self.label.setText(self.tr("{0} in {1} s.").format(self.text, self.left))

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.finish()
        else:
            self._show_left()

    def finish(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.hide()
            self.expired.emit()

    def cancel(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.hide()
            self.undone.emit()

    @property
    def running(self) -> bool:
        return self.timer.isActive()
