"""The queue's second filter row: reason, waiting time, order value, refunds, the customer's
reaction, policy flags, seller; and named filters the user keeps."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from operator_desk.domain.models import Reason
from operator_desk.domain.queue import QueueFilter
from operator_desk.services.saved_filters import SavedFilters

from . import theme
from .flow_layout import FlowLayout
from .tasks import TaskRunner

_ANY, _YES, _NO = "any", "yes", "no"


def _tri(combo: QComboBox) -> bool | None:
    value = combo.currentData()
    return None if value == _ANY else value == _YES


class QueueFilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``apply(filter)`` writes its fields into a
    QueueFilter; ``load(filter)`` shows a saved one."""

    changed = Signal()
    saved_filter_chosen = Signal(object)  # QueueFilter

    def __init__(self, runner: TaskRunner, saved: SavedFilters | None, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.saved = saved
        self.locale_name = locale
        self._filters: dict[str, QueueFilter] = {}
        self.name_dialog: QInputDialog | None = None

        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason filter"))
        self.reason.addItem(self.tr("Any reason"), "")
        self.reason.currentIndexChanged.connect(self.changed)
        self.seller = QComboBox()
        self.seller.setEditable(True)
        self.seller.setAccessibleName(self.tr("Seller filter"))
        self.seller.addItem(self.tr("Any seller"), "")
        self.seller.currentIndexChanged.connect(self.changed)
        self.age = QSpinBox()
        self.age.setRange(0, 365)
        self.age.setPrefix(self.tr("waiting ≥ "))
        self.age.setSuffix(self.tr(" d"))
        self.age.setSpecialValueText(self.tr("any age"))
        self.age.setAccessibleName(self.tr("Minimum waiting time in days"))
        self.age.valueChanged.connect(self.changed)
        self.min_value = QLineEdit()
        self.min_value.setPlaceholderText(self.tr("value from"))
        self.min_value.setAccessibleName(self.tr("Minimum order value"))
        self.min_value.setMaximumWidth(90)
        self.min_value.editingFinished.connect(self.changed)
        self.max_value = QLineEdit()
        self.max_value.setPlaceholderText(self.tr("to"))
        self.max_value.setAccessibleName(self.tr("Maximum order value"))
        self.max_value.setMaximumWidth(90)
        self.max_value.editingFinished.connect(self.changed)
        self.refund = self._tri_combo(self.tr("Refund: any"), self.tr("has a refund"),
                                      self.tr("no refund"), self.tr("Refund filter"))
        self.customer = self._tri_combo(self.tr("Customer: any"),
                                        self.tr("customer wrote after"),
                                        self.tr("customer silent"),
                                        self.tr("Customer reaction filter"))
        self.policy = self._tri_combo(self.tr("Policy: any"), self.tr("policy flags"),
                                      self.tr("no policy flags"), self.tr("Policy flag filter"))
        self.value_error = QLabel()
        self.value_error.setStyleSheet(theme.label_style("#a3361f"))
        self.value_error.hide()

        self.saved_combo = QComboBox()
        self.saved_combo.setAccessibleName(self.tr("Saved filters"))
        self.saved_combo.addItem(self.tr("Saved filters…"), "")
        self.saved_combo.activated.connect(self._chosen)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setAccessibleName(self.tr("Save the current filters"))
        self.save_button.setEnabled(saved is not None)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen saved filter"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset these filters"))
        self.reset_button.clicked.connect(self.reset)

        # Wraps to a second row when the labels (German, Dutch) do not fit in one.
        layout = FlowLayout(self)
        self._layout = layout
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.reason, self.seller, self.age, self.min_value, self.max_value,
                       self.refund, self.customer, self.policy, self.value_error):
            layout.addWidget(widget)
        for button in (self.saved_combo, self.save_button, self.delete_button,
                       self.reset_button):
            layout.addWidget(button)
        if saved is not None:
            self.runner.submit(saved.load, self._show_saved)

    def add_widget(self, widget: QWidget) -> None:
        """A widget at the end of the row (the page's export button)."""
        self._layout.addWidget(widget)

    def _tri_combo(self, any_text: str, yes: str, no: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(any_text, _ANY)
        combo.addItem(yes, _YES)
        combo.addItem(no, _NO)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    # -- choices -----------------------------------------------------------------------------
    def set_reasons(self, reasons: list[Reason]) -> None:
        current = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Any reason"), "")
        for reason in sorted({r.code: r for r in reasons}.values(), key=lambda r: r.label):
            self.reason.addItem(reason.label, reason.code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        self.reason.blockSignals(False)

    def set_sellers(self, sellers: list[tuple[str, str]]) -> None:
        """(shop id, label) pairs, e.g. ("2001", "Elektro Schmidt · DE")."""
        current = self.seller.currentData()
        self.seller.blockSignals(True)
        self.seller.clear()
        self.seller.addItem(self.tr("Any seller"), "")
        for shop_id, label in sorted(sellers, key=lambda s: s[1].casefold()):
            self.seller.addItem(label, shop_id)
        self.seller.setCurrentIndex(max(0, self.seller.findData(current)))
        self.seller.blockSignals(False)

    # -- filter <-> widgets ------------------------------------------------------------------
    def _amount(self, field: QLineEdit) -> Decimal | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            return Decimal(parse_decimal(text, locale=self.locale_name, strict=True))
        except (NumberFormatError, ValueError):
            self.value_error.setText(self.tr("“{0}” is not an amount").format(text))
            self.value_error.show()
            return None

    def apply(self, filter_: QueueFilter) -> QueueFilter:
        self.value_error.hide()
        reason = self.reason.currentData()
        seller = self.seller.currentData()
        return replace(
            filter_, reasons=(reason,) if reason else (), sellers=(seller,) if seller else (),
            min_age_days=self.age.value() or None, min_value=self._amount(self.min_value),
            max_value=self._amount(self.max_value), has_refund=_tri(self.refund),
            customer_wrote_after=_tri(self.customer), policy_flags=_tri(self.policy))

    def load(self, filter_: QueueFilter) -> None:
        self.blockSignals(True)
        self.reason.setCurrentIndex(max(0, self.reason.findData(
            filter_.reasons[0] if filter_.reasons else "")))
        self.seller.setCurrentIndex(max(0, self.seller.findData(
            filter_.sellers[0] if filter_.sellers else "")))
        self.age.setValue(filter_.min_age_days or 0)
        # Written as the user's locale reads them back ("500,5" in German, not "500.50").
        for field, bound in ((self.min_value, filter_.min_value),
                             (self.max_value, filter_.max_value)):
            field.setText("" if bound is None else format_decimal(
                bound, locale=self.locale_name, group_separator=False))
        for combo, value in ((self.refund, filter_.has_refund),
                             (self.customer, filter_.customer_wrote_after),
                             (self.policy, filter_.policy_flags)):
            combo.setCurrentIndex(0 if value is None else (1 if value else 2))
        self.blockSignals(False)

    def reset(self) -> None:
        self.load(QueueFilter())
        self.changed.emit()

    # -- saved filters -----------------------------------------------------------------------
    def _show_saved(self, filters: dict[str, QueueFilter]) -> None:
        self._filters = filters
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Saved filters…"), "")
        for name in sorted(filters):
            self.saved_combo.addItem(name, name)
        self.saved_combo.blockSignals(False)
        self.delete_button.setEnabled(False)

    def _chosen(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        self.delete_button.setEnabled(bool(name))
        if name and name in self._filters:
            self.load(self._filters[name])
            self.saved_filter_chosen.emit(self._filters[name])

    def ask_to_save(self, current: QueueFilter) -> None:
        """Ask for a name (non-blocking) and keep the current filter under it."""
        if self.saved is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save filter"))
        dialog.setLabelText(self.tr("Name for these filters:"))
        dialog.textValueSelected.connect(lambda name: self.save_as(name, current))
        dialog.finished.connect(dialog.deleteLater)
        self.name_dialog = dialog
        dialog.open()

    def save_as(self, name: str, current: QueueFilter) -> None:
        saved = self.saved
        if saved is None or not name.strip():
            return
        self.runner.submit(lambda: saved.save(name, current), self._show_saved)

    def _delete(self) -> None:
        name = self.saved_combo.currentData()
        saved = self.saved
        if name and saved is not None:
            self.runner.submit(lambda: saved.delete(name), self._show_saved)
