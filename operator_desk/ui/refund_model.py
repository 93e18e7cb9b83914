"""The refund dialog's per-line table and the wording of refund rules and states.

``RefundLinesModel`` is a table over the order's frozen line balances plus what the agent
chose (units per line, typed amounts per line, an amount for the whole order): it shows per
line what was paid, what was refunded (and in which state), what is left and what is refunded
now, and it computes the choice (``choice()``) that goes to the rules. Amounts are written by
Babel in the user's locale and the order's currency; typed amounts are read the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from operator_desk.domain import refunds as rules
from operator_desk.domain.models import Order
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import (
    AmountError,
    AmountProblem,
    LineBalance,
    LineRefund,
    RefundOption,
    Rule,
    Violation,
)

from . import formatting, theme

Index = QModelIndex | QPersistentModelIndex
LIMIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the most a cell may take (units left)
INVALID_COLOUR = "#c62828"  # typed text that is not an amount
_CONTEXT = "RefundRules"

COL_LINE, COL_PAID, COL_REFUNDED, COL_LEFT, COL_UNITS, COL_PRODUCT, COL_SHIPPING, COL_NOW = (
    range(8))
# QT_TRANSLATE_NOOP marks texts for the catalog and returns them; it is typed as object.
HEADERS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("RefundLinesModel", "Line"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Paid"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Refunded so far"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Left"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Units"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Products now"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Shipping now"),
    QT_TRANSLATE_NOOP("RefundLinesModel", "Now"),
)

RULE_TEXTS: dict[Rule, Any] = {
    Rule.NOTHING_CHOSEN: QT_TRANSLATE_NOOP(
        "RefundRules", "Nothing to refund yet: choose an amount, units or shipping costs."),
    Rule.UNKNOWN_LINE: QT_TRANSLATE_NOOP("RefundRules",
                                         "Line {line} is not part of order {order}."),
    Rule.NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "RefundRules", "Line {line}: refund amounts must be more than zero ({amount} is not)."),
    Rule.MINOR_UNITS: QT_TRANSLATE_NOOP(
        "RefundRules", "Line {line}: {amount} has more decimals than {currency} has ({digits})."),
    Rule.CURRENCY: QT_TRANSLATE_NOOP(
        "RefundRules", "Line {line}: the amount is in {currency}, the order in {order_currency}; a "
                  "refund is paid in the order's currency."),
    Rule.ABOVE_LEFT: QT_TRANSLATE_NOOP(
        "RefundRules", "Not above what is left — line {line}: {amount} is more than the "
                       "{left} left on its products (paid {paid}, refunded {refunded})."),
    Rule.ABOVE_LEFT_SHIPPING: QT_TRANSLATE_NOOP(
        "RefundRules", "Not above what is left — line {line}: {amount} of shipping is more "
                       "than the {left} of shipping left (paid {paid}, refunded {refunded})."),
    Rule.UNITS_LEFT: QT_TRANSLATE_NOOP(
        "RefundRules", "Line {line}: more units than are left to refund (chosen: {units}, "
                       "left: {left})."),
    Rule.NOT_SHIPPED: QT_TRANSLATE_NOOP(
        "RefundRules", "Line not shipped — line {line} is {state}: only shipped lines can be "
                  "refunded."),
    Rule.WINDOW: QT_TRANSLATE_NOOP(
        "RefundRules", "Too late — line {line} was shipped on {shipped}, {days} days ago: market "
                  "{market} allows refunds up to {window} days after shipment."),
    Rule.ORDER_CLOSED: QT_TRANSLATE_NOOP(
        "RefundRules", "Order {order} is {state}: the marketplace refuses refunds on closed and "
                  "canceled orders."),
    Rule.REASON_MISSING: QT_TRANSLATE_NOOP("RefundRules", "Choose a refund reason."),
    Rule.REASON_TYPE: QT_TRANSLATE_NOOP(
        "RefundRules", "Reason {reason} is not a refund reason (the platform's type REFUND)."),
}

AMOUNT_TEXTS: dict[AmountProblem, Any] = {
    AmountProblem.EMPTY: QT_TRANSLATE_NOOP("RefundAmounts", "Type an amount."),
    AmountProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP("RefundAmounts", "'{text}' is not an amount."),
    AmountProblem.NOTATION: QT_TRANSLATE_NOOP(
        "RefundAmounts", "'{text}' is not how this language writes an amount: write it like "
                         "{example}."),
    AmountProblem.DID_YOU_MEAN: QT_TRANSLATE_NOOP(
        "RefundAmounts", "'{text}' is not how this language writes an amount: did you mean "
                         "'{hint}'? (decimal separator '{decimal}')"),
    AmountProblem.AMBIGUOUS: QT_TRANSLATE_NOOP(
        "RefundAmounts", "'{text}' could be read two ways (thousands or decimals): write "
                         "'{hint}' for {digits} whole units, or use '{decimal}' for decimals."),
    AmountProblem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP(
        "RefundAmounts", "{currency} amounts have {allowed} decimals at most; '{text}' has "
                         "more."),
}

STATE_TEXTS: dict[str, Any] = {
    "WAITING_REFUND_TAX_CONFIRMATION": QT_TRANSLATE_NOOP("RefundState", "awaiting tax check"),
    "WAITING_REFUND": QT_TRANSLATE_NOOP("RefundState", "waiting"),
    "WAITING_REFUND_PAYMENT": QT_TRANSLATE_NOOP("RefundState", "payment pending"),
    "REFUNDED": QT_TRANSLATE_NOOP("RefundState", "refunded"),
    "REFUSED": QT_TRANSLATE_NOOP("RefundState", "refused, not counted"),
}


translate = QCoreApplication.translate


def state_text(state: str) -> str:
    known = STATE_TEXTS.get(state.upper())
    return translate("RefundState", known) if known else state.lower().replace("_", " ")


def rule_text(violation: Violation, locale: str) -> str:
    """A broken rule in the interface language, amounts and dates in the user's locale."""
    values: dict[str, Any] = {}
    for key, value in violation.params.items():
        if isinstance(value, Money):
            values[key] = formatting.money(value, locale)
        elif isinstance(value, datetime):
            values[key] = format_date(value, format="medium", locale=locale)
        else:
            values[key] = value
    template = translate(_CONTEXT, RULE_TEXTS[violation.rule])
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return violation.message


def amount_error_text(error: AmountError) -> str:
    """Why typed text is not an amount, in the interface language."""
    template = translate("RefundAmounts", AMOUNT_TEXTS[error.problem])
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def refunded_text(balance: LineBalance, locale: str) -> str:
    """"15,00 € (5,00 € refunded, 10,00 € waiting)": the total counted and each state."""
    if not balance.counted and not balance.not_counted:
        return formatting.money(balance.refunded, locale)
    states = ", ".join(f"{formatting.money(amount, locale)} {state_text(state)}"
                       for state, amount in balance.refunded_by_state().items())
    return f"{formatting.money(balance.refunded, locale)} ({states})"


class RefundLinesModel(QAbstractTableModel):
    """Lines of one order with what the agent chooses to refund on each."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.currency = "EUR"
        self.order: Order | None = None
        self.balances: tuple[LineBalance, ...] = ()
        self.option = RefundOption.WHOLE_ORDER
        self.whole_amount: Money | None = None  # None: everything left
        self.quantities: dict[str, int] = {}
        self.typed: dict[tuple[str, int], str] = {}  # (line id, COL_PRODUCT|COL_SHIPPING)
        self._lines: tuple[LineRefund, ...] = ()
        self._errors: list[str] = []

    # -- what the dialog sets ----------------------------------------------------------------
    def set_order(self, order: Order) -> None:
        """New figures (cache, then fresh from the marketplace); the agent's inputs stay,
        capped to what is left now."""
        self.beginResetModel()
        self.order = order
        self.balances = rules.balances(order)
        self.currency = order.currency
        lefts = {b.order_line_id: b.left_units for b in self.balances}
        self.quantities = {k: min(v, lefts.get(k, 0)) for k, v in self.quantities.items()
                           if k in lefts}
        self._recompute()
        self.endResetModel()

    def set_option(self, option: RefundOption) -> None:
        self.beginResetModel()
        self.option = option
        self._recompute()
        self.endResetModel()

    def set_whole_amount(self, amount: Money | None) -> None:
        self.whole_amount = amount
        self._recompute()
        self._changed_all()

    def choice(self) -> tuple[tuple[LineRefund, ...], list[str]]:
        """The lines to refund now and the problems with what was typed (not yet rules)."""
        return self._lines, list(self._errors)

    def total(self) -> Money:
        return rules.total(self._lines, self.currency)

    def row_of(self, order_line_id: str) -> int:
        return next(i for i, b in enumerate(self.balances) if b.order_line_id == order_line_id)

    # -- the choice --------------------------------------------------------------------------
    def _recompute(self) -> None:
        self._errors = []
        order = self.order
        if order is None:
            self._lines = ()
            return
        if self.option == RefundOption.WHOLE_ORDER:
            try:
                self._lines = rules.whole_order(order, self.whole_amount)
            except ValueError:  # more than is left: shown by the dialog's amount check
                self._lines = ()
        elif self.option == RefundOption.UNITS:
            self._lines = rules.units(order, {k: v for k, v in self.quantities.items() if v})
        elif self.option == RefundOption.SHIPPING:
            self._lines = rules.shipping(order)
        else:
            amounts: dict[str, tuple[Money, Money]] = {}
            for balance in self.balances:
                parts = []
                for column in (COL_PRODUCT, COL_SHIPPING):
                    text = self.typed.get((balance.order_line_id, column), "").strip()
                    if not text:
                        parts.append(Money.zero(self.currency))
                        continue
                    try:
                        parts.append(rules.parse_money(text, self.locale, self.currency))
                    except AmountError as exc:
                        self._errors.append(translate("RefundLinesModel", "Line {0}: {1}").format(
                            rules.line_label(balance.line), amount_error_text(exc)))
                        parts.append(Money.zero(self.currency))
                amounts[balance.order_line_id] = (parts[0], parts[1])
            self._lines = rules.partial(order, amounts)

    def _now(self, order_line_id: str) -> LineRefund | None:
        return next((x for x in self._lines if x.order_line_id == order_line_id), None)

    def _changed_all(self) -> None:
        if self.balances:
            self.dataChanged.emit(self.index(0, COL_UNITS),
                                  self.index(len(self.balances) - 1, COL_NOW))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.balances)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("RefundLinesModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        balance = self.balances[index.row()]
        if index.column() == COL_UNITS and self.option == RefundOption.UNITS and (
                balance.left_units > 0):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() in (COL_PRODUCT, COL_SHIPPING) and self.option == RefundOption.PARTIAL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.balances):
            return None
        balance = self.balances[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(balance, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_UNITS:
                return self.quantities.get(balance.order_line_id, 0)
            if column in (COL_PRODUCT, COL_SHIPPING):
                return self.typed.get((balance.order_line_id, column), "")
            return self._display(balance, column)
        if role == LIMIT_ROLE and column == COL_UNITS:
            return balance.left_units
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(balance, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_PRODUCT, COL_SHIPPING):
            text = self.typed.get((balance.order_line_id, column), "").strip()
            if text and self.option == RefundOption.PARTIAL and not _parses(
                    text, self.locale, self.currency):
                return QBrush(QColor(theme.ink(INVALID_COLOUR)))
        return None

    def _display(self, balance: LineBalance, column: int) -> str:
        money = formatting.money
        now = self._now(balance.order_line_id)
        if column == COL_LINE:
            line = balance.line
            return f"{line.index} · {line.product_title} × {line.quantity}"
        if column == COL_PAID:
            return money(balance.paid, self.locale)
        if column == COL_REFUNDED:
            return refunded_text(balance, self.locale)
        if column == COL_LEFT:
            return money(balance.left, self.locale)
        if column == COL_UNITS:
            chosen = self.quantities.get(balance.order_line_id, 0)
            if self.option == RefundOption.UNITS:
                return translate("RefundLinesModel", "{0} of {1}").format(
                    chosen, balance.left_units)
            return str(now.quantity) if now and now.quantity else ""
        if column in (COL_PRODUCT, COL_SHIPPING):
            if self.option == RefundOption.PARTIAL:
                typed = self.typed.get((balance.order_line_id, column), "")
                if typed and now is not None and _parses(typed, self.locale, self.currency):
                    part = now.amount if column == COL_PRODUCT else now.shipping_amount
                    return money(part, self.locale)
                return typed
            if now is None:
                return ""
            return money(now.amount if column == COL_PRODUCT else now.shipping_amount,
                         self.locale)
        if column == COL_NOW:
            return money(now.total, self.locale) if now else ""
        return ""

    def _tooltip(self, balance: LineBalance, column: int) -> str | None:
        money = formatting.money
        if column == COL_PAID:
            return translate("RefundLinesModel", "Products {0} (unit price {1}), shipping {2}; "
                                           "amounts include tax.").format(
                money(balance.paid_product, self.locale),
                money(balance.line.unit_price, self.locale),
                money(balance.paid_shipping, self.locale))
        if column == COL_LEFT:
            return translate("RefundLinesModel", "Products {0}, shipping {1}").format(
                money(balance.left_product, self.locale),
                money(balance.left_shipping, self.locale))
        if column == COL_REFUNDED:
            return translate("RefundLinesModel", "Pending refunds count against what is left: the "
                                           "money is on its way.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        balance = self.balances[index.row()]
        if index.column() == COL_UNITS:
            try:
                wanted = int(value)
            except (TypeError, ValueError):
                return False
            self.quantities[balance.order_line_id] = max(0, min(wanted, balance.left_units))
        else:
            self.typed[(balance.order_line_id, index.column())] = str(value or "")
        self._recompute()
        self._changed_all()
        return True


def _parses(text: str, locale: str, currency: str) -> bool:
    try:
        rules.parse_amount(text, locale, currency)
    except AmountError:
        return False
    return True
