"""Confirming a close: what will happen, for whom, and why (the reason, when one is needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import Reason
from operator_desk.domain.queue import IncidentCase

from . import theme


class CloseIncidentDialog(QDialog):
    """Asks for a close reason where the platform needs one and confirms the consequences."""

    def __init__(self, case: IncidentCase, reasons: list[Reason], market_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close incident"))
        self.setModal(True)
        self._case = case
        incident = case.incident
        order_label = (case.order.commercial_id if case.order and case.order.commercial_id
                       else incident.order_id)
        self.needs_reason = incident.close_needs_reason()

        summary = QLabel(self.tr(
            "Close the incident on order {0} on {1}?\n\n"
            "The customer and the seller will see the incident as closed, and the order "
            "continues its normal cycle. This cannot be undone from the desk; a new incident "
            "would have to be opened.").format(order_label, market_name))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)

        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Close reason"))
        if not self.needs_reason:
            self.reason.addItem(self.tr("No reason (the seller marked it solved)"), None)
        else:
            self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in reasons:
            self.reason.addItem(reason.label, reason.code)
        self.reason.currentIndexChanged.connect(self._update)

        hint = QLabel(self.tr("A reason is required: the seller has not marked this incident "
                              "as solved.") if self.needs_reason else
                      self.tr("The seller marked this incident as solved; a reason is optional."))
        hint.setWordWrap(True)
        hint.setStyleSheet(theme.secondary_style())

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Close incident"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def _update(self) -> None:
        self.confirm.setEnabled(not self.needs_reason or self.reason_code() is not None)

    def reason_code(self) -> str | None:
        value = self.reason.currentData()
        return value if isinstance(value, str) else None

    def choose_reason(self, code: str) -> bool:
        index = self.reason.findData(code)
        if index < 0:
            return False
        self.reason.setCurrentIndex(index)
        return True
