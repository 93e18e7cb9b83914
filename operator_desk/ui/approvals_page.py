"""The supervisor's approvals queue: requests colleagues made that this supervisor may
decide (refunds above a colleague's limit; sanctions are listed but decided on their own
page), and refunds they approved that have not reached the marketplace yet.

Selecting a request shows the case: the order's lines with what was paid, refunded and is
left, what is asked, the reason, the requester's personal message, and which rules it breaks
now (a colleague's refund meanwhile). Approving sends the refund from this desk; declining
needs a comment the requester sees. Lists load on the database lane, decisions on the
network lane; role-gated: only who may approve refunds sees the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.permissions import Action
from operator_desk.domain.team import ApprovalKind, ApprovalRequest, ApprovalStatus, Change
from operator_desk.services.actions import SubmissionState
from operator_desk.services.refunds import ApprovalCase, RefundError, RefundOutcome, RefundService

from . import formatting
from .i18n import order_state_text
from .refund_dialog import error_text
from .refund_model import refunded_text, rule_text
from .tasks import TaskRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "ApprovalsModel"
# QT_TRANSLATE_NOOP marks texts for the catalog and returns them; it is typed as object.
HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("ApprovalsModel", "Kind"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Market"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Case"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Amount"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Requested by"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Requested"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Status"),
)
KIND_TEXTS: dict[str, Any] = {
    ApprovalKind.REFUND.value: QT_TRANSLATE_NOOP("ApprovalsModel", "Refund"),
    ApprovalKind.SANCTION.value: QT_TRANSLATE_NOOP("ApprovalsModel", "Sanction"),
}
STATUS_TEXTS: dict[str, Any] = {
    ApprovalStatus.PENDING.value: QT_TRANSLATE_NOOP("ApprovalsModel", "Waiting for you"),
    ApprovalStatus.APPROVED.value: QT_TRANSLATE_NOOP("ApprovalsModel", "Approved, not sent yet"),
    ApprovalStatus.FAILED.value: QT_TRANSLATE_NOOP("ApprovalsModel",
                                                   "Approved, the platform refused"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True, slots=True)
class ApprovalLists:
    waiting: tuple[ApprovalRequest, ...]
    approved_not_sent: tuple[ApprovalRequest, ...]

    @property
    def rows(self) -> tuple[ApprovalRequest, ...]:
        return self.waiting + self.approved_not_sent


class ApprovalsModel(QAbstractTableModel):
    """Approval requests (frozen records), waiting ones first, oldest first."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.requests: tuple[ApprovalRequest, ...] = ()

    def set_requests(self, requests: Sequence[ApprovalRequest]) -> None:
        self.beginResetModel()
        self.requests = tuple(requests)
        self.endResetModel()

    def row_of(self, approval_id: int) -> int | None:
        return next((i for i, r in enumerate(self.requests) if r.id == approval_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        request = self.requests[index.row()]
        if role == REQUEST_ROLE:
            return request
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return _tr(KIND_TEXTS[request.kind]) if request.kind in KIND_TEXTS else request.kind
        if column == 1:
            return request.market
        if column == 2:
            details = request.details
            return str(details.get("commercial_id") or details.get("order_id")
                       or request.subject_id)
        if column == 3:
            return formatting.money(request.amount, self.locale)
        if column == 4:
            return request.requested_by
        if column == 5:
            return formatting.age(request.created, self.locale)
        if column == 6:
            text = STATUS_TEXTS.get(request.status)
            return _tr(text) if text else request.status
        return None


class ApprovalsPage(QWidget):
    """The approvals queue of one supervisor."""

    decided = Signal(object)  # RefundOutcome (approved and sent) or ApprovalRequest (declined)
    reloaded = Signal()
    case_shown = Signal()
    failed = Signal(object)  # the exception of a decision that did not happen
    status_message = Signal(str)

    def __init__(self, service: RefundService, runner: TaskRunner, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.user_locale = locale
        self.lists = ApprovalLists((), ())
        self.case: ApprovalCase | None = None
        self._busy = False
        self._selecting = False
        self._build()

    def _build(self) -> None:
        self.gate = QLabel()
        self.gate.setWordWrap(True)
        self.gate.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ApprovalsModel(self.user_locale, self)
        self.table = QTableView()
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Approval requests"))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.empty = QLabel(self.tr("Nothing waits for your approval."))

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)  # plain text: message bodies are never live HTML
        self.detail.setAccessibleName(self.tr("The case"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the requester"))
        self.comment.setPlaceholderText(self.tr(
            "Comment for the requester (needed to decline)"))
        self.comment.setMaximumHeight(70)
        self.comment.textChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self.tr("Approve and refund"))
        self.decline_button = QPushButton(self.tr("Decline"))
        self.send_button = QPushButton(self.tr("Send now"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(self.decline)
        self.send_button.clicked.connect(self.send_now)
        self.refresh_button.clicked.connect(self.refresh)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.decline_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.comment)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.outcome)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.setObjectName("approvalsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(self.gate)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------
    def may_approve(self) -> bool:
        return self.service.permissions.allowed_anywhere(Action.APPROVE_REFUND)

    def refresh(self) -> None:
        """Reload the queue (``on_show`` of the page, and after team changes)."""
        allowed = self.may_approve()
        self.gate.setVisible(not allowed)
        self.splitter.setVisible(allowed)
        if not allowed:
            self.gate.setText(self.tr("Only supervisors approve refunds; your role here may "
                                      "not. Your own requests' answers arrive as "
                                      "notifications."))
            self.model.set_requests(())
            self.reloaded.emit()
            return
        if self.service.team is None:
            self.gate.setVisible(True)
            self.gate.setText(self.tr("The team store cannot be reached: approvals wait until "
                                      "it is back."))
            self.reloaded.emit()
            return
        service = self.service

        def load() -> ApprovalLists:
            return ApprovalLists(tuple(service.waiting_for_me()),
                                 tuple(service.approved_not_sent()))

        self.runner.submit(load, self._loaded, self._load_failed)

    def on_team_changes(self, changes: Sequence[Change]) -> None:
        """Connect to the team relay's ``changed``: reload when approvals changed."""
        if any(change.kind == "approval" for change in changes):
            self.refresh()

    def _loaded(self, lists: ApprovalLists) -> None:
        selected = self.case.request.id if self.case else None
        self.lists = lists
        self.model.set_requests(lists.rows)
        self.empty.setVisible(not lists.rows)
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and lists.rows:
            row = 0
        if row is not None:
            self._selecting = True  # shown once, below, with fresh figures
            self.table.selectRow(row)
            self._selecting = False
            self._show(self.model.requests[row])
        else:
            self.case = None
            self.detail.setPlainText("")
            self._update_buttons()
        self.reloaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        log.warning("approvals not loaded: %s", error)
        self.gate.setVisible(True)
        self.gate.setText(self.tr("The approvals cannot be read now: {0}").format(error))
        self.reloaded.emit()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request = current.data(REQUEST_ROLE)
        if not self._selecting and isinstance(request, ApprovalRequest) and (
                self.case is None or self.case.request.id != request.id):
            self._show(request)

    def _show(self, request: ApprovalRequest) -> None:
        service, locale = self.service, self.user_locale
        if request.kind != ApprovalKind.REFUND:
            self.case = None
            self.detail.setPlainText(self.tr(
                "{0} asks to approve a sanction ({1}) for shop {2} on {3}: {4}\n\nSanctions "
                "are decided on the sanctions page.").format(
                request.requested_by, request.details.get("level", ""), request.subject_id,
                request.market, request.reason))
            self._update_buttons()
            self.case_shown.emit()
            return
        # Fresh from the marketplace (one OR11 call): a colleague's refund since the request
        # must show before anyone approves; offline, the cache's figures are shown.
        self.runner.submit(lambda: service.approval_case(request.id, locale, refresh=True),
                           self._shown, self._case_failed, lane="net")

    def _shown(self, case: ApprovalCase) -> None:
        self.case = case
        self.detail.setPlainText(self.describe(case))
        self._update_buttons()
        self.case_shown.emit()

    def _case_failed(self, error: BaseException) -> None:
        self.detail.setPlainText(self.tr("The case cannot be shown: {0}").format(error))
        self.case_shown.emit()

    def describe(self, case: ApprovalCase) -> str:
        """The case as plain text: who asks what and why, the order, the lines, the rules."""
        request = case.request
        money = formatting.money
        text = [self.tr("{0} asks to refund {1} ({2}), {3}.").format(
            request.requested_by, money(request.amount, self.user_locale), request.reason,
            formatting.age(request.created, self.user_locale))]
        if request.decided_by:
            text.append(self.tr("Approved by {0}.").format(request.decided_by))
        order = case.order
        if order is None:
            text.append(self.tr("The order is not in this desk's cache; sync first."))
            return "\n".join(text)
        text.append(self.tr("Order {0} · {1} · customer {2} · {3}").format(
            order.commercial_id or order.order_id, order.shop_name,
            order.customer.display_name, order_state_text(order.state)))
        if case.incident is not None:
            text.append(self.tr("Incident {0}: {1}").format(case.incident.incident_id,
                                                            case.incident.status))
        asked = {line.order_line_id: line for line in case.lines}
        text.append("")
        for balance in case.balances:
            line = asked.get(balance.order_line_id)
            now = (self.tr("asked now {0} + shipping {1}").format(
                money(line.amount, self.user_locale), money(line.shipping_amount, self.user_locale))
                if line else self.tr("not part of this request"))
            text.append(self.tr("Line {0} · {1}: paid {2}, refunded {3}, left {4}; {5}").format(
                balance.line.index, balance.line.product_title,
                money(balance.paid, self.user_locale), refunded_text(balance, self.user_locale),
                money(balance.left, self.user_locale), now))
        message = request.details.get("message")
        if isinstance(message, dict) and message.get("body"):
            text += ["", self.tr("Personal message to the customer ({0}):").format(
                message.get("language", "")), str(message["body"])]
        if case.changed_since_request:
            text += ["", self.tr("A refund was made on these lines since the request: what "
                                 "is left is not what the requester saw. Decline it with a "
                                 "comment; the requester can ask again.")]
        if case.violations:
            text += ["", self.tr("It cannot be carried out as asked now:")]
            text += [f"• {rule_text(v, self.user_locale)}" for v in case.violations]
        return "\n".join(text)

    def _update_buttons(self) -> None:
        case = self.case
        refund = case is not None and case.request.kind == ApprovalKind.REFUND
        pending = refund and case is not None and case.request.is_pending
        unsent = refund and case is not None and case.request.status in (
            ApprovalStatus.APPROVED, ApprovalStatus.FAILED)
        self.approve_button.setEnabled(not self._busy and case is not None
                                       and case.approvable)
        self.decline_button.setEnabled(not self._busy and pending
                                       and bool(self.comment.toPlainText().strip()))
        self.send_button.setVisible(unsent)
        self.send_button.setEnabled(not self._busy and unsent)

    # -- deciding ----------------------------------------------------------------------------
    def _run(self, work: Any, done: Any) -> None:
        self._busy = True
        self._update_buttons()
        self.outcome.setText(self.tr("Working…"))
        self.runner.submit(work, done, self._decision_failed, lane="net")

    def approve(self) -> None:
        case = self.case
        if case is None or not self.approve_button.isEnabled():
            return
        service, locale = self.service, self.user_locale
        note = self.comment.toPlainText().strip() or None
        approval_id = case.request.id
        self._run(lambda: service.approve(approval_id, note, locale), self._approved)

    def send_now(self) -> None:
        case = self.case
        if case is None:
            return
        service, locale, approval_id = self.service, self.user_locale, case.request.id
        self._run(lambda: service.send_approved(approval_id, locale), self._approved)

    def decline(self) -> None:
        case = self.case
        note = self.comment.toPlainText().strip()
        if case is None or not note:
            return
        service, approval_id = self.service, case.request.id
        self._run(lambda: service.decline(approval_id, note), self._declined)

    def _approved(self, outcome: RefundOutcome) -> None:
        self._busy = False
        amount = formatting.money(outcome.total, self.user_locale)
        if outcome.reconciled:
            text = self.tr("The refund of {0} had already reached the marketplace; it is "
                           "recorded as sent and was not sent again.").format(amount)
        elif outcome.state == SubmissionState.QUEUED:
            text = self.tr("Approved. The refund of {0} is queued and goes out when the "
                           "marketplace is reachable.").format(amount)
        else:
            text = self.tr("Approved and refunded {0}.").format(amount)
        if outcome.message_error:
            text += " " + self.tr("The requester's personal message was not sent ({0}).").format(
                outcome.message_error)
        self.outcome.setText(text)
        self.comment.clear()
        self.status_message.emit(text)
        self.decided.emit(outcome)
        self.refresh()

    def _declined(self, request: ApprovalRequest) -> None:
        self._busy = False
        self.outcome.setText(self.tr("Declined; {0} is told why.").format(request.requested_by))
        self.comment.clear()
        self.decided.emit(request)
        self.refresh()

    def _decision_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, RefundError):
            if error.kind == "lost_race":
                text = self.tr("A colleague decided first: {0}.").format(error.detail)
            elif error.kind in ("changed", "rules"):
                reasons = [rule_text(v, self.user_locale) for v in error.violations] or [
                    self.tr("A refund was made on these lines since the request; decline it "
                            "with a comment so the requester can ask again.")]
                text = "\n".join([self.tr("Not approved: the order changed since the "
                                           "request."), *reasons])
            else:
                text = error_text(error, self.user_locale)
        else:
            log.error("approval decision failed", exc_info=error)
            text = self.tr("The decision failed unexpectedly: {0}").format(error)
        self.outcome.setText(text)
        self._update_buttons()
        self.failed.emit(error)
        self.refresh()
