"""Sanction dialogs: propose (evidence picker, ladder step, statement of reasons), approve or
decline, record an appeal, decide an appeal, and the market's ladder and thresholds.

Seller texts (message excerpts in the evidence and the statement) are shown as plain text,
never as HTML. Every service call goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.kpis import Kpi
from operator_desk.domain.sanctions import (
    Evidence,
    EvidenceKind,
    LadderStep,
    SanctionKind,
    SanctionRuleError,
)
from operator_desk.domain.team import Appeal, RuleSettings, SanctionEntry, TeamRuleError
from operator_desk.services.sanctions import SanctionDraft, SanctionError, SanctionService
from operator_desk.services.sellers import EvidenceOptions

from . import formatting, theme
from .scorecard_view import RATE_KPIS, finding_name, kpi_name, step_label
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    evidence: Evidence
    texts: tuple[str, str, str, str]  # kind, when, order, what


def present_evidence(options: EvidenceOptions, locale: str,
                     zone: str | None) -> tuple[EvidenceLine, ...]:
    """The evidence picker's rows, formatted (worker thread)."""
    lines = []
    for item in options.all():
        when = formatting.when(item.at, locale, zone, fmt="short")
        match item.kind:
            case EvidenceKind.MESSAGE:
                kind = QCoreApplication.translate("EvidenceModel", "Message")
                what = f"{', '.join(finding_name(k) for k in item.findings)}: {item.excerpt}"
            case EvidenceKind.LATE_REPLY:
                kind = QCoreApplication.translate("EvidenceModel", "Late reply")
                due = formatting.when(item.deadline, locale, zone, fmt="short")
                what = (QCoreApplication.translate("EvidenceModel", "due {0}, answered {1}").format(
                    due, formatting.when(item.answered, locale, zone, fmt="short"))
                        if item.answered else QCoreApplication.translate(
                            "EvidenceModel", "due {0}, not answered")
                        .format(due))
            case _:
                kind = QCoreApplication.translate("EvidenceModel", "Incident")
                what = (QCoreApplication.translate(
                    "EvidenceModel", "{0}: marked solved, reopened") if item.reopened
                        else QCoreApplication.translate(
                            "EvidenceModel", "{0}: not solved")).format(item.reason or "")
        lines.append(EvidenceLine(item, (kind, when, item.order_id or "", what)))
    return tuple(lines)


class EvidenceModel(QAbstractTableModel):
    """Checkable evidence: messages with findings, late replies, incidents."""

    changed = Signal()

    def __init__(self, lines: Sequence[EvidenceLine], picked: Sequence[str] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines = tuple(lines)
        self._picked = set(picked)
        self._headers = (self.tr("Evidence"), self.tr("When"), self.tr("Order"),
                         self.tr("What"))

    def picked(self) -> tuple[Evidence, ...]:
        return tuple(line.evidence for line in self._lines
                     if line.evidence.key in self._picked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                and 0 <= index.column() < 4:
            return line.texts[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return (Qt.CheckState.Checked if line.evidence.key in self._picked
                    else Qt.CheckState.Unchecked)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        key = self._lines[index.row()].evidence.key
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._picked.add(key)
        else:
            self._picked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class ProposeSanctionDialog(QDialog):
    """Pick evidence and a ladder step; the statement of reasons follows, editable."""

    proposed = Signal(object)  # SanctionEntry

    def __init__(self, service: SanctionService, runner: TaskRunner, draft: SanctionDraft,
                 lines: Sequence[EvidenceLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.draft = draft
        self._edited = False
        self._generation = 0
        self.setWindowTitle(self.tr("Propose a sanction: {0}").format(draft.shop.name))
        self.resize(980, 760)
        self.evidence = EvidenceModel(lines, [e.key for e in draft.evidence], self)
        self.evidence.changed.connect(self._redraft)
        table = QTableView()
        table.setModel(self.evidence)
        table.setAccessibleName(self.tr("Evidence"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 130)
        table.setColumnWidth(1, 130)
        table.setColumnWidth(2, 120)
        self.table = table
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Ladder step"))
        for level in draft.ladder:
            self.step.addItem(step_label(level), level)
        self.step.setCurrentIndex(max(0, self.step.findData(draft.level)))
        self.step.currentIndexChanged.connect(self._redraft)
        history = self.tr("%n earlier sanction(s) in the recidivism window", "",
                          draft.previous)
        self.language = QLabel(self.tr("Statement in: {0} · {1}").format(
            draft.language.upper(), history))
        self.statement = QPlainTextEdit(draft.statement.body)
        self.statement.setAccessibleName(self.tr("Statement of reasons"))
        self.statement.textChanged.connect(self._typed)
        self.regenerate = QPushButton(self.tr("Rebuild text from the evidence"))
        self.regenerate.clicked.connect(lambda: self._redraft(force=True))
        note = QLabel(self.tr("{start} and {end} become the measure's dates when it is "
                              "applied. The seller reads this text; message excerpts are "
                              "quoted as they were written."))
        note.setWordWrap(True)
        note.setStyleSheet(theme.secondary_style())
        self.auto_lift = QCheckBox(self.tr("End it automatically on its date (lift a "
                                           "restriction or suspension, carry out a "
                                           "termination)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.label_style("#a3361f"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.propose_button = self.buttons.addButton(self.tr("Propose for approval"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._propose)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Measure:"), self.step)
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.regenerate)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Evidence the sanction rests on:")))
        layout.addWidget(table, 2)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.statement, 3)
        layout.addWidget(note)
        layout.addWidget(self.auto_lift)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _typed(self) -> None:
        if self.statement.toPlainText() != self.draft.statement.body:
            self._edited = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_evidence = bool(self.evidence.picked())
        self.propose_button.setEnabled(has_evidence and bool(self.statement.toPlainText()
                                                             .strip()))
        step = LadderStep.parse(str(self.step.currentData()))
        self.auto_lift.setEnabled(step.timed or step.kind == SanctionKind.TERMINATION)
        if not has_evidence:
            self.error.setText(self.tr("Pick at least one piece of evidence."))
        elif self.error.text() == self.tr("Pick at least one piece of evidence."):
            self.error.clear()

    def _redraft(self, *_args: object, force: bool = False) -> None:
        self._update_buttons()
        picked = self.evidence.picked()
        if not picked:
            return
        self._generation += 1
        generation = self._generation
        market, shop_id = self.draft.market, self.draft.shop.shop_id
        level = str(self.step.currentData())
        self.runner.submit(lambda: self.service.draft(market, shop_id, picked, level),
                           lambda draft: self._redrafted(generation, draft, force),
                           self._failed)

    def _redrafted(self, generation: int, draft: SanctionDraft, force: bool) -> None:
        if generation != self._generation:
            return
        self.draft = draft
        if force or not self._edited:
            self.statement.blockSignals(True)
            self.statement.setPlainText(draft.statement.body)
            self.statement.blockSignals(False)
            self._edited = False
            self.error.clear()
        else:
            self.error.setText(self.tr("The evidence or the measure changed; your edited "
                                       "text was kept. Rebuild it to include the change."))
        self._update_buttons()

    def _propose(self) -> None:
        self.propose_button.setEnabled(False)
        draft, text, auto = self.draft, self.statement.toPlainText(), self.auto_lift.isChecked()
        self.runner.submit(lambda: self.service.propose(draft, text, auto),
                           self._done, self._failed, lane="net")

    def _done(self, entry: SanctionEntry) -> None:
        self.proposed.emit(entry)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(sanction_error_text(error))
        self._update_buttons()


class DecideSanctionDialog(QDialog):
    """A supervisor reads the proposal and approves or declines it."""

    decided = Signal(bool, str)  # approve, note

    def __init__(self, entry: SanctionEntry, shop_name: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Sanction for {0}").format(shop_name))
        self.resize(760, 640)
        facts = QLabel(self.tr("{0}, proposed by {1} on {2}. Breach: {3}. Evidence: {4}.")
                       .format(step_label(entry.level), entry.proposed_by,
                               formatting.when(entry.created, locale, fmt="short"),
                               entry.breach, ", ".join(
                                   f"{e.get('kind')} {e.get('order_id') or e.get('id')}"
                                   for e in entry.evidence) or "–"))
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setWordWrap(True)
        statement = QPlainTextEdit(entry.statement_of_reasons)
        statement.setReadOnly(True)
        statement.setAccessibleName(self.tr("Statement of reasons"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Your note (why you approve or decline)"))
        self.note.setAccessibleName(self.note.placeholderText())
        self.note.setMaximumHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = buttons.addButton(self.tr("Approve"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.decline_button = buttons.addButton(self.tr("Decline"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(statement, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _decide(self, approve: bool) -> None:
        self.decided.emit(approve, self.note.toPlainText().strip())
        self.accept()


class AppealDialog(QDialog):
    """Record a seller's appeal: their grounds and when it came in."""

    def __init__(self, entry: SanctionEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Record an appeal against: {0}").format(
            step_label(entry.level)))
        self.grounds = QPlainTextEdit()
        self.grounds.setPlaceholderText(self.tr("The seller's grounds, as received"))
        self.grounds.setTabChangesFocus(True)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setCalendarPopup(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.grounds.textChanged.connect(
            lambda: ok.setEnabled(bool(self.grounds.toPlainText().strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("Grounds:"), self.grounds)
        form.addRow(self.tr("Received:"), self.received)
        form.addRow(self.buttons)

    def values(self) -> tuple[str, datetime]:
        received = self.received.dateTime().toSecsSinceEpoch()
        return self.grounds.toPlainText().strip(), datetime.fromtimestamp(received, UTC)


class AppealDecisionDialog(QDialog):
    """Decide an appeal: upheld (the sanction is undone) or rejected, with the outcome the
    seller is told."""

    def __init__(self, appeal: Appeal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appeal = appeal
        self.setWindowTitle(self.tr("Decide the appeal"))
        grounds = QPlainTextEdit(appeal.grounds)
        grounds.setReadOnly(True)
        grounds.setMaximumHeight(120)
        self.upheld = QRadioButton(self.tr("Upheld: revoke the sanction and undo it on the "
                                           "marketplace"))
        self.rejected_choice = QRadioButton(self.tr("Rejected: the sanction stands"))
        self.rejected_choice.setChecked(True)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("The outcome, as the seller will read it"))
        self.outcome.setAccessibleName(self.outcome.placeholderText())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.outcome.textChanged.connect(
            lambda: ok.setEnabled(bool(self.outcome.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grounds_label = QLabel(self.tr("The seller's grounds:"))
        grounds_label.setBuddy(grounds)
        layout = QVBoxLayout(self)
        layout.addWidget(grounds_label)
        layout.addWidget(grounds)
        layout.addWidget(self.upheld)
        layout.addWidget(self.rejected_choice)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[bool, str]:
        return self.upheld.isChecked(), self.outcome.toPlainText().strip()


THRESHOLD_KPIS = (Kpi.INCIDENT_RATE, Kpi.OPEN_INCIDENTS, Kpi.REOPENED_RATE, Kpi.REPLY_P95,
                  Kpi.LATE_REPLY_RATE, Kpi.REFUND_RATE, Kpi.POLICY_FINDINGS)


class LadderDialog(QDialog):
    """A market's sanction ladder, recidivism window, notice period and KPI thresholds
    (supervisors). Shares are entered in percent."""

    def __init__(self, settings: RuleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Sanction ladder and thresholds: {0}").format(
            settings.market))
        self.steps: list[tuple[QComboBox, QSpinBox, QWidget]] = []
        self.step_box = QVBoxLayout()
        for level in settings.sanction_ladder:
            self._add_step(LadderStep.parse(level))
        add = QPushButton(self.tr("Add a step"))
        add.clicked.connect(lambda: self._add_step(LadderStep(SanctionKind.WARNING)))
        self.recidivism = QSpinBox()
        self.recidivism.setRange(1, 3650)
        self.recidivism.setValue(settings.recidivism_window_days)
        self.recidivism.setSuffix(self.tr(" days"))
        self.notice = QSpinBox()
        self.notice.setRange(30, 365)
        self.notice.setValue(settings.termination_notice_days)
        self.notice.setSuffix(self.tr(" days"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("KPI")), 0, 0)
        grid.addWidget(QLabel(self.tr("Alert")), 0, 1)
        grid.addWidget(QLabel(self.tr("Limit")), 0, 2)
        self.thresholds: dict[Kpi, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for row, kpi in enumerate(THRESHOLD_KPIS, start=1):
            boxes = (self._threshold(kpi, settings.alert_thresholds.get(kpi.value)),
                     self._threshold(kpi, settings.limit_thresholds.get(kpi.value)))
            for box, column in zip(boxes, (self.tr("Alert"), self.tr("Limit")), strict=True):
                box.setAccessibleName(f"{kpi_name(kpi)} · {column}")
            grid.addWidget(QLabel(kpi_name(kpi)), row, 0)
            grid.addWidget(boxes[0], row, 1)
            grid.addWidget(boxes[1], row, 2)
            self.thresholds[kpi] = boxes
        self.error = QLabel()
        self.error.setStyleSheet(theme.label_style("#a3361f"))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recidivism window:"), self.recidivism)
        form.addRow(self.tr("Termination notice:"), self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ladder (first step first):")))
        layout.addLayout(self.step_box)
        layout.addWidget(add)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_settings: RuleSettings | None = None

    def _threshold(self, kpi: Kpi, value: Decimal | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100000)
        box.setSpecialValueText(self.tr("none"))
        box.setDecimals(1)
        if kpi in RATE_KPIS:
            box.setSuffix(" %")
            box.setValue(float(value * 100) if value is not None else 0)
        else:
            box.setValue(float(value) if value is not None else 0)
        return box

    def _add_step(self, step: LadderStep) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        kind = QComboBox()
        for value in SanctionKind:
            kind.addItem(step_label(value.value), value.value)
        kind.setCurrentIndex(kind.findData(step.kind.value))
        kind.setAccessibleName(self.tr("Ladder step"))
        days = QSpinBox()
        days.setAccessibleName(self.tr("Days of this step"))
        days.setRange(1, 365)
        days.setSuffix(self.tr(" days"))
        days.setValue(step.days or 14)
        days.setEnabled(step.timed)
        kind.currentIndexChanged.connect(lambda _i: days.setEnabled(
            LadderStep.parse(str(kind.currentData())).timed))
        remove = QPushButton(self.tr("Remove"))
        entry = (kind, days, row)
        remove.clicked.connect(lambda: self._remove(entry))
        line.addWidget(kind, 1)
        line.addWidget(days)
        line.addWidget(remove)
        self.steps.append(entry)
        self.step_box.addWidget(row)

    def _remove(self, entry: tuple[QComboBox, QSpinBox, QWidget]) -> None:
        self.steps.remove(entry)
        entry[2].deleteLater()

    def ladder(self) -> tuple[str, ...]:
        result = []
        for kind, days, _row in self.steps:
            step = LadderStep.parse(str(kind.currentData()))
            result.append(str(LadderStep(step.kind, days.value()) if step.timed else step))
        return tuple(result)

    def _values(self, index: int) -> dict[str, Decimal]:
        values = {}
        for kpi, boxes in self.thresholds.items():
            value = Decimal(str(round(boxes[index].value(), 4)))
            if value > 0:
                values[kpi.value] = value / 100 if kpi in RATE_KPIS else value
        return values

    def _check(self) -> None:
        try:
            self.result_settings = self.settings.with_changes(
                sanction_ladder=self.ladder(), recidivism_window_days=self.recidivism.value(),
                termination_notice_days=self.notice.value(),
                alert_thresholds=self._values(0), limit_thresholds=self._values(1))
        except (TeamRuleError, SanctionRuleError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def sanction_error_text(error: BaseException) -> str:
    """What went wrong, what was kept, what to do next."""
    if not isinstance(error, SanctionError):
        return QCoreApplication.translate("EvidenceModel", "Unexpected error: {0}").format(error)
    texts = {
        "forbidden": QCoreApplication.translate("EvidenceModel", "Your role may not do this: {1}"),
        "no_team": QCoreApplication.translate(
            "EvidenceModel", "The team store cannot be reached, so nothing was "
                             "recorded. Try again when it is back."),
        "not_found": QCoreApplication.translate(
            "EvidenceModel", "This sanction or seller is no longer known."),
        "state": QCoreApplication.translate(
            "EvidenceModel", "The sanction is not in a state for this ({1}); a "
                             "colleague may have acted on it. Reload the scorecard."),
        "rule": QCoreApplication.translate("EvidenceModel", "{1}"),
        "offline": QCoreApplication.translate(
            "EvidenceModel", "Market {0} cannot be reached; nothing was changed "
                             "there. Try again when the connection is back."),
        "refused": QCoreApplication.translate(
            "EvidenceModel", "Market {0} refused the change: {1}"),
        "key_refused": QCoreApplication.translate(
            "EvidenceModel", "The key for market {0} was refused; check the "
                             "connection settings."),
        "degraded": QCoreApplication.translate(
            "EvidenceModel", "Market {0} is busy; nothing was changed. Try again "
                             "in a moment."),
    }
    return texts.get(error.kind, QCoreApplication.translate(
        "EvidenceModel", "Market {0}: {1}")).format(
        error.market, error.detail or error.kind)
