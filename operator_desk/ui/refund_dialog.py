"""The refund dialog: what to refund (the whole remaining order, units per line, shipping
costs, a partial amount per line), per line what was paid, refunded and is left, the total now,
the reason, an optional personal message to the customer, and the rules checked live.

The figures come from the cache first (db lane) and then fresh from the marketplace (net
lane); sending checks them once more against the marketplace (services/refunds). Above the
user's limit the confirm button asks a supervisor instead of refunding.
"""

from __future__ import annotations

import logging

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain import refunds as rules
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import AmountError, RefundOption, Violation
from operator_desk.services.actions import SubmissionState
from operator_desk.services.refunds import (
    PersonalMessage,
    RefundContext,
    RefundDraft,
    RefundError,
    RefundOutcome,
    RefundService,
    message_from_template,
)

from . import formatting, theme
from .i18n import order_state_text
from .refund_model import (
    COL_LINE,
    COL_PRODUCT,
    COL_SHIPPING,
    COL_UNITS,
    LIMIT_ROLE,
    RefundLinesModel,
    amount_error_text,
)
from .refund_model import rule_text as rule_text
from .tasks import TaskRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class UnitsDelegate(QStyledItemDelegate):
    """A spin box from 0 to the units left on the line."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, int(index.data(LIMIT_ROLE) or 0))
        return editor


def error_text(error: RefundError, locale: str) -> str:
    """What happened, what was kept, what to do next - for a refund that did not happen."""
    match error.kind:
        case "rules":
            return "\n".join(rule_text(v, locale) for v in error.violations)
        case "changed":
            return QCoreApplication.translate(
                "RefundDialog", "A refund was made on this order since you opened it (by a "
                                "colleague, or the seller). Nothing was sent. The figures "
                                "are updated: check what is left and choose again.")
        case "forbidden":
            return QCoreApplication.translate(
                "RefundDialog", "Not allowed: {0}").format(error.detail)
        case "team_unavailable":
            return QCoreApplication.translate(
                "RefundDialog", "This refund needs a supervisor's approval, but the team "
                                "store cannot be reached. Nothing was sent or requested; try "
                                "again when it is back.")
        case "refused":
            return QCoreApplication.translate(
                "RefundDialog", "The marketplace refused the refund: {0}. Nothing was "
                                "refunded.").format(error.detail)
        case "offline" | "degraded":
            return QCoreApplication.translate(
                "RefundDialog", "The marketplace did not confirm the refund ({0}). It may "
                                "have been made or not: before refunding again, reopen the "
                                "refund - it reads the order back and shows what is "
                                "left.").format(error.detail or error.kind)
        case "key_refused":
            return QCoreApplication.translate(
                "RefundDialog", "The marketplace refused this desk's key. Nothing was "
                                "refunded; check the key in the connection settings.")
        case "not_found":
            return QCoreApplication.translate(
                "RefundDialog", "The order is not in the local cache; sync and try again.")
        case "already_queued":
            return QCoreApplication.translate(
                "RefundDialog", "This approved refund is in the outbox already, so it was not "
                                "queued a second time ({0}). Retry, send or cancel it on the "
                                "outbox page.").format(error.detail)
        case "already_sent":
            return QCoreApplication.translate(
                "RefundDialog", "This approved refund was sent already, so it was not sent "
                                "again ({0}).").format(error.detail)
        case "conflict":
            return QCoreApplication.translate(
                "RefundDialog", "The order changed since you read it: {0}. The refund waits "
                                "in the outbox; send it anyway or discard it there.").format(
                error.detail)
    return QCoreApplication.translate(
        "RefundDialog", "The refund did not happen ({0}): {1}").format(error.kind, error.detail)


class RefundDialog(QDialog):
    """Refund an order's lines; ``refunded`` carries the ``RefundOutcome``."""

    refunded = Signal(object)  # RefundOutcome
    loaded = Signal()  # figures arrived (cache or fresh): for tests and the caller
    send_failed = Signal(object)  # the exception; the dialog already says what happened

    OPTIONS = (
        (RefundOption.WHOLE_ORDER, QT_TRANSLATE_NOOP("RefundDialog", "Whole remaining order")),
        (RefundOption.UNITS, QT_TRANSLATE_NOOP("RefundDialog", "Units of products")),
        (RefundOption.SHIPPING, QT_TRANSLATE_NOOP("RefundDialog", "Shipping costs")),
        (RefundOption.PARTIAL, QT_TRANSLATE_NOOP("RefundDialog", "Partial amount per line")),
    )

    def __init__(self, service: RefundService, runner: TaskRunner, locale: str, market: str,
                 order_id: str, *, incident_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.user_locale = locale
        self.market = market
        self.order_id = order_id
        self.incident_id = incident_id
        self.context: RefundContext | None = None
        self.violations: list[Violation] = []
        self.input_errors: list[str] = []
        self.outcome: RefundOutcome | None = None
        self._sending = False
        self._filled_from_template: str | None = None
        self.whole_error: str | None = None
        self.setWindowTitle(self.tr("Refund"))
        self.setMinimumWidth(760)
        self._build()
        self._set_enabled(False)

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self.tr("Loading order {0}…").format(self.order_id))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.freshness = QLabel()
        self.freshness.setTextFormat(Qt.TextFormat.PlainText)
        self.freshness.setStyleSheet(theme.secondary_style())

        self.option_group = QButtonGroup(self)
        options = QHBoxLayout()
        self.option_buttons: dict[RefundOption, QRadioButton] = {}
        for number, (option, label) in enumerate(self.OPTIONS):
            button = QRadioButton(self.tr(str(label)))
            button.setObjectName(f"option_{option.value}")
            self.option_group.addButton(button, number)
            self.option_buttons[option] = button
            options.addWidget(button)
        options.addStretch(1)
        self.option_buttons[RefundOption.WHOLE_ORDER].setChecked(True)
        self.option_group.idToggled.connect(self._option_toggled)

        self.whole_amount = QLineEdit()
        self.whole_amount.setAccessibleName(self.tr("Amount for the whole order"))
        self.whole_amount.textEdited.connect(self._whole_amount_edited)
        self.whole_hint = QLabel()
        self.whole_hint.setTextFormat(Qt.TextFormat.PlainText)
        whole_row = QHBoxLayout()
        whole_row.addWidget(QLabel(self.tr("Amount for the whole order:")))
        whole_row.addWidget(self.whole_amount)
        whole_row.addWidget(self.whole_hint, 1)
        self.whole_row = QWidget()
        self.whole_row.setLayout(whole_row)

        self.model = RefundLinesModel(self.user_locale, self)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_UNITS, UnitsDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LINE, QHeaderView.ResizeMode.Stretch)  # titles elide
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setMinimumHeight(140)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Order lines"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it

        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)

        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Refund reason"))
        self.reason.currentIndexChanged.connect(self._update)

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Message template"))
        self.template.activated.connect(self._template_chosen)
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(self.tr("Personal message to the customer"))
        self.message.setPlaceholderText(self.tr(
            "Optional. The platform notifies the customer of the refund automatically; "
            "add your own words here if you like."))
        self.message.setMaximumHeight(90)
        self.message.setTabChangesFocus(True)  # keyboard users Tab on to the buttons
        self.message_label = QLabel(self.tr("Message to the customer"))

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.message_label, self.message)

        self.limit_notice = QLabel()
        self.limit_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_notice.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setObjectName("refund_problems")
        self.problems.setStyleSheet(theme.label_style("#c62828"))
        self.outcome_label = QLabel()
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Refund"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.freshness)
        layout.addLayout(options)
        layout.addWidget(self.whole_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(form)
        layout.addWidget(self.limit_notice)
        layout.addWidget(self.problems)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Load the figures: the cache at once, then fresh from the marketplace."""
        market, order_id, incident = self.market, self.order_id, self.incident_id
        service, locale = self.service, self.user_locale
        self.runner.submit(lambda: service.load(market, order_id, locale, incident_id=incident,
                                                refresh=False),
                           self._loaded, self._load_failed, lane="db")
        self.runner.submit(lambda: service.load(market, order_id, locale, incident_id=incident,
                                                refresh=True),
                           self._loaded, self._refresh_failed, lane="net")

    def _loaded(self, context: RefundContext) -> None:
        if self.context is not None and self.context.fresh and not context.fresh:
            return  # the fresh figures came first; the cache's are older
        changed = (self.context is not None
                   and self.context.seen_left() != context.seen_left())
        first = self.context is None
        self.context = context
        self._show_context(first)
        if changed and not first:
            self.outcome_label.setText(self.tr(
                "The figures changed since the dialog opened: a refund was made meanwhile. "
                "What is left is updated."))
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        if self.context is not None:
            return
        text = (error_text(error, self.user_locale) if isinstance(error, RefundError)
                else str(error))
        self.summary.setText(self.tr("The order cannot be shown: {0}").format(text))
        self.loaded.emit()

    def _refresh_failed(self, error: BaseException) -> None:
        log.info("refund figures not refreshed: %s", error)
        if self.context is None:
            self._load_failed(error)
            return
        self.freshness.setText(self.tr(
            "Figures from the local cache: the marketplace could not be asked now. They are "
            "checked against the marketplace again before anything is sent."))

    def _show_context(self, first: bool) -> None:
        context = self.context
        assert context is not None
        order = context.order
        self.summary.setText(self.tr("Order {0} · {1} · customer {2} · market {3} · {4}").format(
            order.commercial_id or order.order_id, order.shop_name,
            order.customer.display_name, context.market, order_state_text(order.state)))
        self.freshness.setText(
            self.tr("Figures read from the marketplace at {0}.").format(
                formatting.when(context.loaded_at, self.user_locale, fmt="short"))
            if context.fresh else self.tr("Figures from the local cache; checking with the "
                                          "marketplace…"))
        self.model.set_order(order)
        if first or not self.whole_amount.text().strip():
            self._reset_whole_amount()
        current = self.reason_code()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in context.reasons:
            self.reason.addItem(reason.label, reason.code)
        if current is not None:
            self.choose_reason(current)
        self.reason.blockSignals(False)
        self._fill_templates()
        self._set_enabled(context.denial is None)
        self._update()

    def _fill_templates(self) -> None:
        context = self.context
        assert context is not None
        language = _language_name(context.customer_language, self.user_locale)
        self.message_label.setText(self.tr("Message to the customer (in {0})").format(language))
        self.template.clear()
        self.template.addItem(self.tr("No template") if context.templates
                              else self.tr("No refund templates in this language"), None)
        for template in context.templates:
            self.template.addItem(template.current.title, template.id)
        self.template.setEnabled(bool(context.templates))

    def _reset_whole_amount(self) -> None:
        context = self.context
        assert context is not None
        self.whole_amount.setText(rules.format_for_input(context.total_left, self.user_locale))
        self.model.set_whole_amount(None)

    # -- the agent's choices -----------------------------------------------------------------
    def option(self) -> RefundOption:
        return next(o for o, b in self.option_buttons.items() if b.isChecked())

    def choose_option(self, option: RefundOption) -> None:
        self.option_buttons[option].setChecked(True)

    def _option_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            option = self.option()
            self.whole_row.setVisible(option == RefundOption.WHOLE_ORDER)
            self.model.set_option(option)

    def _whole_amount_edited(self, text: str) -> None:
        context = self.context
        if context is None:
            return
        self.whole_error = None
        try:
            amount = rules.parse_money(text, self.user_locale, context.currency)
        except AmountError as exc:
            self.whole_error = amount_error_text(exc)
            self.model.set_whole_amount(Money.zero(context.currency))
            return
        if amount > context.total_left:
            self.whole_error = rule_text(Violation(rules.Rule.ABOVE_LEFT, {
                "line": self.tr("all"), "amount": amount, "left": context.total_left,
                "paid": sum((b.paid for b in context.balances), Money.zero(context.currency)),
                "refunded": sum((b.refunded for b in context.balances),
                                Money.zero(context.currency))}), self.user_locale)
            self.model.set_whole_amount(Money.zero(context.currency))
            return
        if amount.amount < 0:
            self.whole_error = rule_text(Violation(rules.Rule.NOT_POSITIVE, {
                "line": self.tr("all"), "amount": amount}), self.user_locale)
            self.model.set_whole_amount(Money.zero(context.currency))
            return
        self.model.set_whole_amount(amount)

    def set_whole_amount(self, text: str) -> None:
        """Type an amount for the whole order (as the user would)."""
        self.whole_amount.setText(text)
        self._whole_amount_edited(text)

    def set_units(self, order_line_id: str, units: int) -> bool:
        return self.model.setData(self.model.index(self.model.row_of(order_line_id), COL_UNITS),
                                  units)

    def set_partial(self, order_line_id: str, products: str, shipping: str = "") -> bool:
        row = self.model.row_of(order_line_id)
        ok = self.model.setData(self.model.index(row, COL_PRODUCT), products)
        return self.model.setData(self.model.index(row, COL_SHIPPING), shipping) and ok

    def reason_code(self) -> str | None:
        value = self.reason.currentData()
        return value if isinstance(value, str) else None

    def choose_reason(self, code: str) -> bool:
        index = self.reason.findData(code)
        if index >= 0:
            self.reason.setCurrentIndex(index)
        return index >= 0

    def choose_template(self, index: int) -> None:
        self.template.setCurrentIndex(index)
        self._template_chosen(index)

    def _template_chosen(self, index: int) -> None:
        context = self.context
        template_id = self.template.itemData(index)
        if context is None or template_id is None:
            return
        template = next((t for t in context.templates if t.id == template_id), None)
        if template is None:
            return
        body = message_from_template(template, context.order, self.model.total(),
                                     context.customer_language)
        self.message.setPlainText(body)
        # As the field gives it back (no-break spaces in amounts come back as spaces), so
        # that "not edited since" compares like with like.
        self._filled_from_template = self.message.toPlainText()

    def _refill_template(self) -> None:
        """The amount in a template-filled message follows the total until edited."""
        if (self._filled_from_template is not None
                and self.message.toPlainText() == self._filled_from_template):
            self._template_chosen(self.template.currentIndex())

    # -- live checking -----------------------------------------------------------------------
    def _update(self) -> None:
        context = self.context
        if context is None:
            return
        lines, self.input_errors = self.model.choice()
        if self.option() == RefundOption.WHOLE_ORDER and self.whole_error:
            self.input_errors = [self.whole_error, *self.input_errors]
        self.violations = context.check(lines, self.reason_code(), self.service.clock())
        total = self.model.total()
        self.total_label.setText(self.tr("To refund now: {0}").format(
            formatting.money(total, self.user_locale)))
        self._refill_template()
        needs_approval = context.needs_approval(total)
        limit = formatting.money(context.limit, self.user_locale) if context.limit else ""
        if context.denial:
            notice = context.denial
        elif needs_approval and not context.team_available:
            notice = self.tr("Needs a supervisor's approval (your limit is {0}), but the team "
                             "store cannot be reached now.").format(limit)
        elif needs_approval:
            notice = self.tr("Needs a supervisor's approval: your limit is {0}.").format(limit)
        elif context.limit is not None:
            notice = self.tr("Within your limit of {0}.").format(limit)
        else:
            notice = ""
        self.limit_notice.setText(notice)
        messages = self.messages()
        self.problems.setText("\n".join(f"• {m}" for m in messages))
        written = formatting.money(total, self.user_locale)
        self.confirm.setText(self.tr("Request approval") if needs_approval else
                             self.tr("Refund {0}").format(written))
        self.confirm.setEnabled(
            not self._sending and not messages and context.denial is None
            and (context.team_available or not needs_approval))

    def messages(self) -> list[str]:
        """What stops the refund now, each saying which rule and why (user's language)."""
        return [*self.input_errors, *(rule_text(v, self.user_locale) for v in self.violations)]

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.option_buttons.values(), self.whole_amount, self.table,
                       self.reason, self.message, self.template):
            widget.setEnabled(enabled)
        self.confirm.setEnabled(False)

    # -- sending -----------------------------------------------------------------------------
    def draft(self) -> RefundDraft | None:
        context = self.context
        code = self.reason_code()
        if context is None or code is None:
            return None
        lines, _errors = self.model.choice()
        body = self.message.toPlainText().strip()
        return RefundDraft(
            context.market, context.order.order_id, lines, code, context.seen_left(),
            incident_id=self.incident_id, option=self.option().value,
            message=PersonalMessage(body, context.customer_language) if body else None)

    def send(self) -> None:
        draft = self.draft()
        if draft is None or not self.confirm.isEnabled():
            return
        self._sending = True
        self._set_enabled(False)
        self.outcome_label.setText(self.tr("Sending…"))
        service, locale = self.service, self.user_locale
        self.runner.submit(lambda: service.submit(draft, locale), self._sent, self._not_sent,
                           lane="net")

    def _sent(self, outcome: RefundOutcome) -> None:
        self._sending = False
        self.outcome = outcome
        amount = formatting.money(outcome.total, self.user_locale)
        match outcome.state:
            case SubmissionState.SENT:
                text = self.tr("Refunded {0}. The customer is notified by the platform; its "
                               "notice shows in the thread after the next sync.").format(amount)
            case SubmissionState.QUEUED:
                text = self.tr("The refund of {0} is queued and goes out as soon as the "
                               "marketplace is reachable.").format(amount)
            case _:
                text = self.tr("Sent to a supervisor for approval (request {0}). You are "
                               "notified when it is decided; nothing is refunded until "
                               "then.").format(outcome.approval_id)
        if outcome.message_error:
            text += " " + self.tr("Your personal message was not sent ({0}); write it from "
                                  "the conversation.").format(outcome.message_error)
        self.outcome_label.setText(text)
        self.refunded.emit(outcome)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        # The button that had the focus is gone: the keyboard goes on from Close (Return).
        close.setDefault(True)
        close.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_sent(self, error: BaseException) -> None:
        self._sending = False
        if not isinstance(error, RefundError):
            log.error("refund failed", exc_info=error)
            self.outcome_label.setText(self.tr(
                "The refund failed unexpectedly: {0}. Details are in the log.").format(error))
            self._set_enabled(True)
            self._update()
            self.send_failed.emit(error)
            return
        self.outcome_label.setText(error_text(error, self.user_locale))
        if error.context is not None:
            self.context = error.context
            self._show_context(False)
        else:
            self._set_enabled(self.context is not None and self.context.denial is None)
            self._update()
        self.send_failed.emit(error)


def _language_name(code: str, locale: str) -> str:
    try:
        return Locale.parse(code).get_display_name(locale) or code
    except (ValueError, UnknownLocaleError):
        return code


def open_refund_dialog(parent: QWidget | None, service: RefundService, runner: TaskRunner,
                       locale: str, market: str, order_id: str,
                       incident_id: str | None = None) -> RefundDialog:
    """Open the refund dialog for an order (from a case, an order or a thread); it loads its
    figures off the UI thread and deletes itself when closed. Returns it (``refunded``
    carries the outcome)."""
    dialog = RefundDialog(service, runner, locale, market, order_id, incident_id=incident_id,
                          parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    dialog.open()
    return dialog


__all__ = ["RefundDialog", "error_text", "open_refund_dialog", "rule_text"]

