"""Team rules for refunds (Desk ▸ Team rules…): per market, how long after shipment a refund
may be made, and above which amount each role needs a supervisor's approval (four eyes).

The values are the markets' ``RuleSettings`` in the team store, shared by every desk; the
refund dialog reads them each time it opens and again before it sends, so a change applies
at once. Supervisors edit; everyone else sees them read-only, with the reason. Each save is a
new version with an audit entry (``TeamService.save_rule_settings``); a colleague's save in
between is reported and the typed values are kept. Reading and saving run on the task
runner.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.permissions import Action
from operator_desk.domain.refunds import AmountError, format_for_input, parse_money
from operator_desk.domain.team import RuleSettings, TeamRuleError
from operator_desk.services.permissions import Permissions
from operator_desk.services.team import TeamActionRefused, TeamService

from . import formatting, theme
from .refund_model import amount_error_text
from .role_gate import denial_text, role_name
from .tasks import TaskRunner

log = logging.getLogger(__name__)

SAVE_NOTE = "refund window and four-eyes thresholds"
MAX_WINDOW_DAYS = 3650


@dataclass(frozen=True, slots=True)
class Refusal:
    """A market whose rules were not saved: why, and the colleague's newer version when
    that was the reason."""

    market: str
    why: str
    newer: RuleSettings | None = None


class MarketRefundRules(QWidget):
    """One market's refund window and four-eyes limits, as typed (``result`` reads them)."""

    def __init__(self, settings: RuleSettings, locale: str, denial: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_locale = locale
        self.settings = settings
        self.editable = denial is None
        # Not "window": that would hide QWidget.window().
        self.refund_window = QSpinBox()
        self.refund_window.setRange(1, MAX_WINDOW_DAYS)
        self.refund_window.setSuffix(self.tr(" days after shipment"))
        self.refund_window.setAccessibleName(self.tr("Refund window of market {0}").format(
            settings.market))
        self.refund_window.setEnabled(self.editable)
        labels = {Role.AGENT: self.tr("Agents need approval above:"),
                  Role.REVIEWER: self.tr("Reviewers need approval above:"),
                  Role.SUPERVISOR: self.tr("Supervisors need approval above:")}
        self.limits: dict[Role, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Refunds allowed up to:"), self.refund_window)
        for role in Role:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("No limit"))
            edit.setAccessibleName(labels[role].rstrip(":"))
            edit.setEnabled(self.editable)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(QLabel(settings.currency))
            form.addRow(labels[role], row)
            self.limits[role] = edit
        hint = QLabel(self.tr("Refunds above a role's amount wait for a supervisor's approval; "
                              "leave it empty for no limit. Amounts are in the market's "
                              "currency, written as your language writes them."))
        hint.setWordWrap(True)
        self.version = QLabel()
        self.version.setTextFormat(Qt.TextFormat.PlainText)
        self.version.setWordWrap(True)
        self.version.setStyleSheet(theme.secondary_style(self.version))
        self.notice = QLabel(denial or "")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4e5; color: #4a3b00; "
                                  "padding: 4px; }")
        self.notice.setVisible(denial is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.version)
        layout.addStretch(1)
        self.show_settings(settings)

    def _limit_text(self, settings: RuleSettings, role: Role) -> str:
        limit = settings.four_eyes.get(role.value)
        return format_for_input(limit, self.user_locale) if limit is not None else ""

    def show_settings(self, settings: RuleSettings) -> None:
        """Show ``settings`` as saved (replacing what was typed)."""
        self.refund_window.setValue(settings.refund_window_days)
        for role, edit in self.limits.items():
            edit.setText(self._limit_text(settings, role))
        self.rebase(settings)

    def take_newer(self, fresh: RuleSettings) -> None:
        """A colleague saved ``fresh`` meanwhile: show their values where this user changed
        nothing, keep what this user typed, and save over ``fresh`` next time."""
        base = self.settings
        if self.refund_window.value() == base.refund_window_days:
            self.refund_window.setValue(fresh.refund_window_days)
        for role, edit in self.limits.items():
            if edit.text().strip() == self._limit_text(base, role):
                edit.setText(self._limit_text(fresh, role))
        self.rebase(fresh)

    def rebase(self, settings: RuleSettings) -> None:
        """Take ``settings`` (a newer version) as the base of the next save; typed values
        stay as they are."""
        self.settings = settings
        if settings.version == 0 or settings.changed_at is None:
            self.version.setText(self.tr("The built-in defaults: nobody has changed them yet."))
        else:
            self.version.setText(self.tr("Version {0}, saved by {1} on {2}.").format(
                settings.version, settings.changed_by or "?",
                formatting.when(settings.changed_at, self.user_locale, fmt="short")))

    def result(self) -> tuple[RuleSettings | None, list[str]]:
        """The settings as typed (None with the problems, each naming the field)."""
        problems: list[str] = []
        limits: dict[str, Money] = {}
        for role, edit in self.limits.items():
            text = edit.text().strip()
            if not text:
                continue
            try:
                limit = parse_money(text, self.user_locale, self.settings.currency)
            except AmountError as exc:
                problems.append(self.tr("{0}: {1}").format(role_name(role),
                                                           amount_error_text(exc)))
                continue
            if limit.amount < 0:
                problems.append(self.tr("{0}: a limit cannot be negative.").format(
                    role_name(role)))
            limits[role.value] = limit
        if problems:
            return None, problems
        try:
            return self.settings.with_changes(refund_window_days=self.refund_window.value(),
                                              four_eyes=limits), []
        except TeamRuleError as exc:
            return None, [str(exc)]


class TeamRulesDialog(QDialog):
    """Refund rules of every market, one tab each; ``saved`` carries what was saved."""

    loaded = Signal()
    saved = Signal(list)  # the RuleSettings saved
    save_failed = Signal(str)

    def __init__(self, team: TeamService, permissions: Permissions, runner: TaskRunner,
                 locale: str, markets: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamRules")
        self.setWindowTitle(self.tr("Team rules: refunds"))
        self.team = team
        self.permissions = permissions
        self.runner = runner
        self.user_locale = locale
        self.markets = [m.upper() for m in markets]
        self.forms: dict[str, MarketRefundRules] = {}
        self._saving = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamRulesTabs")
        self.status = QLabel(self.tr("Reading the team's rules…"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _denial(self, market: str) -> str | None:
        """Why this user may not edit ``market``'s rules (None: they may)."""
        reason = self.team.identity.read_only_reason
        if reason:
            return self.tr("The team store is read-only: {0}").format(reason)
        if not self.permissions.allowed(market, Action.EDIT_RULE_SETTINGS):
            return denial_text(self.permissions.role(market), Action.EDIT_RULE_SETTINGS)
        return None

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read every market's rules from the team store (network lane: it may be a server)."""
        team, markets = self.team, list(self.markets)
        self.runner.submit(lambda: [team.rule_settings(m) for m in markets], self._loaded,
                           self._load_failed, lane="net")

    def _loaded(self, found: list[RuleSettings]) -> None:
        for settings in found:
            form = MarketRefundRules(settings, self.user_locale, self._denial(settings.market))
            self.forms[settings.market] = form
            self.tabs.addTab(form, settings.market)
        editable = any(form.editable for form in self.forms.values())
        self.save_button.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.status.setText("" if editable else self.tr(
            "Shown read-only: only a supervisor changes the team's rules."))
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        log.warning("team rules not read: %s", error)
        self.status.setText(self.tr("The team's rules could not be read: {0}. Try again when "
                                    "the team store is reachable.").format(error))
        self.loaded.emit()

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Save every market whose values changed, each as a new version."""
        if self._saving:
            return
        changed: list[RuleSettings] = []
        problems: list[str] = []
        for market, form in self.forms.items():
            if not form.editable:
                continue
            settings, errors = form.result()
            problems += [self.tr("{0}: {1}").format(market, e) for e in errors]
            if settings is not None and settings.to_json() != form.settings.to_json():
                changed.append(settings)
        if problems:
            self.status.setText(self.tr("Not saved: {0}").format(" ".join(problems)))
            self.save_failed.emit(self.status.text())
            return
        if not changed:
            self.status.setText(self.tr("Nothing changed."))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        team = self.team

        def work() -> tuple[list[RuleSettings], list[Refusal]]:
            saved: list[RuleSettings] = []
            refused: list[Refusal] = []
            for settings in changed:
                try:
                    saved.append(team.save_rule_settings(settings, SAVE_NOTE))
                except TeamActionRefused as exc:  # a colleague's save in between, or the role
                    fresh = team.rule_settings(settings.market)
                    newer = fresh if fresh.version != settings.version else None
                    refused.append(Refusal(settings.market, str(exc), newer))
                except Exception as exc:  # unreachable: what was saved before stays saved
                    log.warning("rules of %s not saved: %s", settings.market, exc)
                    refused.append(Refusal(settings.market, str(exc)))
            return saved, refused

        self.runner.submit(work, lambda result: self._saved(*result), self._save_error,
                           lane="net")

    def _saved(self, saved: list[RuleSettings], refused: list[Refusal]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        for settings in saved:
            self.forms[settings.market].show_settings(settings)
        texts = []
        if saved:
            texts.append(self.tr("Saved for {0}; refunds use the new rules from now on.")
                         .format(", ".join(s.market for s in saved)))
        for refusal in refused:
            if refusal.newer is not None:
                self.forms[refusal.market].take_newer(refusal.newer)
                texts.append(self.tr(
                    "{0} not saved: {1} saved these rules meanwhile. Their values are shown "
                    "where you changed nothing; yours are kept. Check them and save "
                    "again.").format(refusal.market, refusal.newer.changed_by or "?"))
            else:
                texts.append(self.tr("{0} not saved: {1}. Your values are still here.")
                             .format(refusal.market, refusal.why))
        self.status.setText(" ".join(texts))
        if saved:
            self.saved.emit(saved)
        if refused:
            self.save_failed.emit(self.status.text())

    def _save_error(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        log.warning("team rules not saved: %s", error)
        self.status.setText(self.tr("Not saved: {0}. Your values are still here; try again "
                                    "when the team store is reachable.").format(error))
        self.save_failed.emit(self.status.text())


def open_team_rules(parent: QWidget | None, team: TeamService, permissions: Permissions,
                    runner: TaskRunner, locale: str, markets: Sequence[str]) -> TeamRulesDialog:
    """Open the team rules dialog (non-modal to the desk's work: it reads off the UI thread)
    and return it; it deletes itself when closed."""
    dialog = TeamRulesDialog(team, permissions, runner, locale, markets, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.start()
    dialog.open()
    return dialog
