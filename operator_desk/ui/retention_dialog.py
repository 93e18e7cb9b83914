"""Desk ▸ Data retention…: how long cached personal data is kept.

The setting lives with the desk's other settings (``ui/window_state.settings_for``: the
platform's settings, or ``settings.ini`` in a data folder given with ``--data-dir``) under
``privacy/retention_days``: a number of days (at least seven, 90 by default) or ``never``.
"Never" is a choice of its own in the dialog, so no typed number or unreadable value can
switch retention off. The desk purges at start and when the period is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.local_data import (
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    RetentionPeriod,
)

RETENTION_KEY = "privacy/retention_days"


def load_retention(settings: QSettings) -> RetentionPeriod:
    """The retention period kept in ``settings`` (the default when none was chosen)."""
    return RetentionPeriod.from_setting(settings.value(RETENTION_KEY))


def save_retention(settings: QSettings, period: RetentionPeriod) -> None:
    settings.setValue(RETENTION_KEY, period.to_setting())
    settings.sync()


class RetentionDialog(QDialog):
    """Choose the retention period: a number of days, or never (an explicit choice)."""

    def __init__(self, current: RetentionPeriod, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Data retention"))
        explanation = QLabel(self.tr(
            "The cache keeps customers' and sellers' names, e-mail addresses, messages and "
            "tracking numbers. After the retention period they are wiped from it; ids, states, "
            "dates and amounts stay, and so do cases still open. The audit log is not "
            "affected: it holds ids, actions and amounts only."))
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.limited = QRadioButton(self.tr("Wipe cached personal data after"))
        self.days = QSpinBox()
        self.days.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Retention period in days"))
        self.days.setValue(current.days or RetentionPeriod().days or MIN_RETENTION_DAYS)
        row = QHBoxLayout()
        row.addWidget(self.limited)
        row.addWidget(self.days)
        row.addStretch(1)
        self.never = QRadioButton(self.tr("Never wipe it (not recommended)"))
        never_hint = QLabel(self.tr("Personal data then stays in the cache for as long as "
                                    "the desk is used."))
        never_hint.setWordWrap(True)
        never_hint.setIndent(24)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.limited)
        self.choice.addButton(self.never)
        (self.never if current.never else self.limited).setChecked(True)
        self.limited.toggled.connect(self.days.setEnabled)
        self.days.setEnabled(not current.never)
        note = QLabel(self.tr("The period applies now and whenever the desk starts."))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.never)
        layout.addWidget(never_hint)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def period(self) -> RetentionPeriod:
        """The period as chosen in the dialog."""
        if self.never.isChecked():
            return RetentionPeriod(None)
        return RetentionPeriod(self.days.value())
