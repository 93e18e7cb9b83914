"""The case pane: the order, the seller's claim next to the customer's latest word, the
incident's whole story on one timeline, and the team's internal notes.

Message bodies are untrusted text from customers and sellers: they are rendered by
``safe_view`` (escaped, bidi tricks neutralised, no resource ever loaded, links only where an
address is written out, opened after a confirmation). The texts are formatted on a worker
(``case_timeline.prepare_case``); on the UI thread the pane only sets them.

The pane decides nothing itself: its buttons emit signals (``close_requested``,
``keep_open_requested``, ``reply_requested``, ``refund_requested``,
``open_incident_requested``, ``reopen_requested``, ``dossier_requested``,
``sanction_requested``) that the page turns into dialogs and actions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.incident_rules import ReopenBlock, reopen_block
from operator_desk.domain.models import IncidentStatus
from operator_desk.domain.permissions import Action
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.team import Change, ChangeKind
from operator_desk.services.cases import CaseService
from operator_desk.services.permissions import Permissions

from . import theme
from .case_notes import TEAM_LANE, CaseNotesPanel
from .case_timeline import CasePresentation, NotesView, prepare_case, present_case
from .flow_layout import FlowLayout
from .role_gate import denial_text
from .safe_view import SafeTextBrowser
from .tasks import TaskRunner

__all__ = ["IncidentView", "SafeTextBrowser"]

log = logging.getLogger(__name__)

# Line states on which an operator can open an incident (Mirakl's OR62 needs a delivered or
# shipping line that is not in an incident already).
_INCIDENT_ABLE_STATES = frozenset({"SHIPPING", "SHIPPED", "TO_COLLECT", "RECEIVED"})


class RichTextLabel(QLabel):
    """A word-wrapped rich-text label whose height is the laid-out text's at its width.

    QLabel estimates the height of an HTML table a line or two short when its cells wrap, and
    the last rows of the case facts were cut; this lays the same HTML out at the width the
    label gets and asks for that height.
    """

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        margins = self.contentsMargins()
        document.setTextWidth(max(1, width - margins.left() - margins.right()))
        # One line to spare: QLabel's own layout of the table can wrap a cell once more
        # than this document does (its text control measures cells a little narrower).
        return (int(document.size().height()) + margins.top() + margins.bottom()
                + self.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(self.width()) if self.width() > 0 else 0)


class IncidentView(QWidget):
    """Shows one case; its buttons ask the page for actions through signals.

    Without ``cases``/``runner`` it shows what ``show_case`` is given (the case alone); with
    them it loads the whole case (``load``): other incidents, decisions, deadlines, policy
    findings and internal notes.
    """

    close_requested = Signal()
    keep_open_requested = Signal()
    reply_requested = Signal()
    refund_requested = Signal()
    open_incident_requested = Signal()
    dossier_requested = Signal()
    sanction_requested = Signal()
    reopen_requested = Signal()  # a closed incident: a new one on the same line
    case_shown = Signal(object)  # CasePresentation, once it is on screen
    case_missing = Signal(str, str)  # market, incident id: not (or no longer) in the cache
    load_failed = Signal(object)  # the exception
    note_added = Signal(object)  # Note

    def __init__(self, locale: str, parent: QWidget | None = None, *,
                 permissions: Permissions | None = None, cases: CaseService | None = None,
                 runner: TaskRunner | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._language = language or locale[:2]
        self.permissions = permissions
        self.cases = cases
        self.runner = runner
        self._shown: CasePresentation | None = None
        self._timezone: str | None = None
        self._loading_older = False
        self._generation = 0

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        # A long order number and a long status ("Als gelöst markiert") share one line on a
        # narrow pane: the title wraps rather than losing the market.
        self.title.setWordWrap(True)
        title_policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        title_policy.setHeightForWidth(True)
        self.title.setSizePolicy(title_policy)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        self._gates: list[tuple[QPushButton, Action, Callable[[IncidentCase], str | None]]] = []
        self._tooltips: dict[QPushButton, str] = {}
        self.close_button = self._button(
            self.tr("Close…"), self.tr("Close incident"),
            self.tr("Close this incident on the marketplace (Ctrl+Return)"),
            self.close_requested, Action.CLOSE_INCIDENT, self._closable)
        self.keep_open_button = self._button(
            self.tr("Keep open…"), self.tr("Keep the incident open"),
            self.tr("Do not accept the seller's resolution: keep the incident open "
                    "(Ctrl+Shift+Return)"),
            self.keep_open_requested, Action.KEEP_OPEN, self._keepable, "Ctrl+Shift+Return")
        self.reply_button = self._button(
            self.tr("Reply…"), self.tr("Reply"),
            self.tr("Write to the customer or the seller (Ctrl+R)"),
            self.reply_requested, Action.REPLY, self._repliable, "Ctrl+R")
        self.refund_button = self._button(
            self.tr("Refund…"), self.tr("Refund"),
            self.tr("Refund the customer (Ctrl+Shift+R)"),
            self.refund_requested, Action.REFUND, self._refundable, "Ctrl+Shift+R")
        self.open_incident_button = self._button(
            self.tr("New incident…"), self.tr("Open an incident"),
            self.tr("Open an incident on a line of this order (Ctrl+Shift+I)"),
            self.open_incident_requested, Action.OPEN_INCIDENT, self._openable,
            "Ctrl+Shift+I")
        self.dossier_button = self._button(
            self.tr("Export dossier…"), self.tr("Export the incident's dossier"),
            self.tr("Every conversation of this order, its timeline and the team's decisions "
                    "as a PDF and a JSON file (Ctrl+Shift+D)"),
            self.dossier_requested, Action.VIEW, self._exportable, "Ctrl+Shift+D")
        self.sanction_button = self._button(
            self.tr("Propose sanction…"), self.tr("Propose a sanction for the seller"),
            self.tr("Open the seller's scorecard and propose a sanction with this case as "
                    "evidence"),
            self.sanction_requested, Action.PROPOSE_SANCTION, self._sanctionable)
        self.reopen_button = self._button(
            self.tr("Reopen…"), self.tr("Reopen the incident"),
            self.tr("Closed too early? Open a new incident on the same order line, with a "
                    "reason, and record why"),
            self.reopen_requested, Action.OPEN_INCIDENT, self._reopenable)
        self.reopen_button.hide()  # only for a closed incident (refresh_actions)
        # The buttons wrap to a second row in a narrow pane rather than widen it.
        self.actions_bar = QWidget()
        buttons = FlowLayout(self.actions_bar, spacing=4)
        for button, _action, _state in self._gates:
            buttons.addWidget(button)

        self.facts = RichTextLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ignored: the facts take the pane's width and wrap in it, instead of asking for the
        # width of their longest line and being cut at the pane's edge.
        facts_policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        facts_policy.setHeightForWidth(True)  # a new policy drops the flag word wrap had set
        self.facts.setSizePolicy(facts_policy)
        self.derived_notice = QLabel(self.tr(
            "Derived: this marketplace does not publish its incidents, so the status and the "
            "seller's \"solved\" are read from the order and the messages."))
        self.derived_notice.setWordWrap(True)
        self.derived_notice.setStyleSheet(
            "QLabel { background: #fff4cc; color: #4a3b00; padding: 3px; }")
        self.derived_notice.hide()

        # Claim and reality, side by side.
        self.resolution_heading, self.resolution, seller_box = self._box(
            self.tr("The seller's claim"))
        self.customer_heading, self.customer_box, customer_box = self._box(
            self.tr("The customer's latest message"))
        claim = QHBoxLayout()
        claim.setSpacing(6)
        claim.addWidget(seller_box, 1)
        claim.addWidget(customer_box, 1)
        self.claim_flag = QLabel()
        self.claim_flag.setWordWrap(True)
        self.claim_flag.setTextFormat(Qt.TextFormat.PlainText)
        self.claim_flag.setStyleSheet(
            "QLabel { color: #5c1a0b; background: #ffe2b8; font-weight: bold; padding: 3px; }")
        self.claim_flag.hide()

        self.older_notice = QLabel()
        self.older_notice.setWordWrap(True)
        self.older_notice.setStyleSheet(theme.secondary_style(extra=" font-style: italic;"))
        self.older_notice.hide()

        self.conversation = SafeTextBrowser()
        self.conversation.setAccessibleName(self.tr("Timeline and conversation"))
        self.notes = CaseNotesPanel(locale, cases=cases, runner=runner)
        self.notes.count_changed.connect(self._notes_counted)
        self.notes.note_added.connect(self.note_added)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.conversation, self.tr("Timeline"))
        self.tabs.addTab(self.notes, self.tr("Internal notes"))

        self.placeholder = QLabel(self.tr("Select an incident in the queue to see the order, "
                                          "the seller's resolution and the whole conversation."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(theme.secondary_style())

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        body.addLayout(header)
        body.addWidget(self.actions_bar)
        body.addWidget(self.facts)
        body.addWidget(self.derived_notice)
        body.addLayout(claim)
        body.addWidget(self.claim_flag)
        body.addWidget(self.older_notice)
        body.addWidget(self.tabs, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

        self._shortcut(self.tr("Internal notes"), "Ctrl+Shift+N", self.focus_notes)
        self._shortcut(self.tr("Timeline"), "Ctrl+Shift+T", self.focus_timeline)
        order: Sequence[QWidget] = [b for b, _a, _s in self._gates] + [
            self.tabs, self.conversation, self.notes.editor, self.notes.add_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def sizeHint(self) -> QSize:
        # Wide enough to read a message comfortably next to the queue.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 64),
                     hint.height())

    # -- construction helpers ----------------------------------------------------------------
    def _button(self, text: str, accessible: str, tooltip: str, signal: SignalInstance,
                action: Action,
                state: Callable[[IncidentCase], str | None],
                shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setToolTip(tooltip)
        button.clicked.connect(signal)
        button.setEnabled(False)
        self._tooltips[button] = tooltip
        self._gates.append((button, action, state))
        if shortcut:  # the close shortcut (Ctrl+Return) belongs to the page
            self._shortcut(accessible, shortcut, button.click)
        return button

    def _shortcut(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(keys))
        # Window-wide while the pane is visible: the agent's focus is usually in the queue.
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _box(self, title: str) -> tuple[QLabel, QLabel, QFrame]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: palette(alternate-base); }")
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("QLabel { font-weight: bold; }")
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scroll = QScrollArea()
        scroll.setWidget(text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMaximumHeight(self.fontMetrics().height() * 7)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        return heading, text, frame

    # -- what is shown -----------------------------------------------------------------------
    @property
    def case(self) -> IncidentCase | None:
        return self._shown.case if self._shown is not None else None

    @property
    def presentation(self) -> CasePresentation | None:
        return self._shown

    @property
    def seen(self) -> tuple[str, ...]:
        """What the agent has in front of them: the newest message id of every thread."""
        return self._shown.seen if self._shown is not None else ()

    @property
    def bound(self) -> bool:
        return self.cases is not None and self.runner is not None

    def bind(self, cases: CaseService, runner: TaskRunner) -> None:
        """Load whole cases from ``cases`` on ``runner`` from now on (notes included)."""
        self.cases = self.notes.cases = cases
        self.runner = self.notes.runner = runner

    def clear(self) -> None:
        self._generation += 1
        self._shown = None
        self.body.hide()
        self.placeholder.show()
        self.notes.set_case(None, None)
        for button, _action, _state in self._gates:
            button.setEnabled(False)

    def show_case(self, case: IncidentCase, timezone: str | None = None,
                  loading_older: bool = False) -> None:
        """Show ``case`` at once (formatted here, on the UI thread); when the pane is bound
        to a ``CaseService``, the whole case follows from a worker. Prefer ``load``."""
        self._timezone = timezone
        self._loading_older = loading_older
        self._present(present_case(case, None, self._locale, timezone, notes=False))
        if self.bound:
            self.notes.show_view(NotesView(None, "", 0, self.tr("Loading…")))
            self.load(case.incident.market, case.incident.incident_id, timezone, loading_older)

    def load(self, market: str, incident_id: str, timezone: str | None = None,
             loading_older: bool = False) -> None:
        """Load the whole case on a worker and show it; ``case_shown`` says when it is."""
        if self.cases is None or self.runner is None:
            raise RuntimeError("the case pane has no CaseService to load from")
        self._generation += 1
        generation = self._generation
        cases, language, locale = self.cases, self._language, self._locale
        self._timezone = timezone
        self._loading_older = loading_older
        self.runner.submit(
            lambda: prepare_case(cases, market, incident_id, language, locale, timezone),
            lambda shown: self._loaded(generation, market, incident_id, shown),
            lambda error: self._load_failed(generation, error), lane=TEAM_LANE)

    def refresh(self) -> None:
        """Re-read the shown case (a colleague decided on it, a sync changed it)."""
        if self._shown is not None and self.bound:
            self.load(self._shown.market, self._shown.incident_id, self._timezone,
                      self._loading_older)

    def refresh_notes(self) -> None:
        """Re-read the internal notes of the shown case (a colleague added one)."""
        self.notes.refresh()

    def team_changed(self, changes: Sequence[Change]) -> None:
        """Follow the team store's change feed (``TeamRelay.changed``): notes and decisions
        on the shown case's market are read again."""
        shown = self._shown
        if shown is None:
            return
        kinds = {c.kind for c in changes if c.market in (None, shown.market)}
        if ChangeKind.DECISION in kinds:
            self.refresh()
        elif ChangeKind.NOTE in kinds:
            self.refresh_notes()

    def set_loading_older(self, loading: bool) -> None:
        """Say whether older messages of the shown case are being fetched."""
        self._loading_older = loading
        self._show_older_notice()

    def _loaded(self, generation: int, market: str, incident_id: str,
                shown: CasePresentation | None) -> None:
        if generation != self._generation:
            return  # the agent moved on while it loaded
        if shown is None:
            self.clear()
            self.case_missing.emit(market, incident_id)
            return
        self._present(shown)

    def _load_failed(self, generation: int, error: BaseException) -> None:
        log.error("case could not be loaded", exc_info=error)
        if generation == self._generation:
            self.load_failed.emit(error)

    def _present(self, shown: CasePresentation) -> None:
        same = self._shown is not None and (self._shown.market, self._shown.incident_id) == (
            shown.market, shown.incident_id)
        scroll = self.conversation.verticalScrollBar().value() if same else 0
        previous, self._shown = self._shown, shown
        self.placeholder.hide()
        self.body.show()
        self.title.setText(shown.title)
        self.title.setToolTip(shown.title)
        self.status.setText(shown.status)
        self.facts.setText(shown.facts_html)
        self.derived_notice.setVisible(shown.case.derived)
        self.resolution_heading.setText(shown.seller_heading)
        self.resolution.setText(shown.seller_html)
        self.customer_heading.setText(shown.customer_heading)
        self.customer_box.setText(shown.customer_html)
        self.claim_flag.setText("⚠ " + shown.claim_flag if shown.claim_flag else "")
        self.claim_flag.setVisible(bool(shown.claim_flag))
        self._show_older_notice()
        if same and previous is not None and previous.timeline_html == shown.timeline_html:
            # The same case read again (a sync touched it) with the same conversation: no
            # new layout of the whole thread on the UI thread, the dearest step of showing it.
            self.conversation.links = shown.links
        else:
            self.conversation.show_text(shown.timeline_html, shown.links)
            self.conversation.verticalScrollBar().setValue(scroll)
        self.notes.set_case(shown.market, shown.incident_id,
                            self._timezone or (shown.detail.timezone if shown.detail else None))
        if shown.notes.state is not None or not self.bound:
            self.notes.show_view(shown.notes)
        self.refresh_actions()
        self.case_shown.emit(shown)

    def _show_older_notice(self) -> None:
        shown = self._shown
        if shown is not None and self._loading_older:
            self.older_notice.setText(self.tr("Loading older messages…"))
        elif shown is not None and shown.incomplete:
            self.older_notice.setText(self.tr("Older messages are not in the local cache and "
                                              "the marketplace is offline."))
        else:
            self.older_notice.setText("")
        self.older_notice.setVisible(bool(self.older_notice.text()))

    def _notes_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.notes)
        self.tabs.setTabText(index, self.tr("Internal notes ({0})").format(count) if count
                             else self.tr("Internal notes"))

    # -- keyboard ----------------------------------------------------------------------------
    def focus_notes(self) -> None:
        if self._shown is None:
            return
        self.tabs.setCurrentWidget(self.notes)
        self.notes.focus_editor()

    def focus_timeline(self) -> None:
        if self._shown is None:
            return
        self.tabs.setCurrentWidget(self.conversation)
        self.conversation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- what may be done --------------------------------------------------------------------
    def refresh_actions(self) -> None:
        """Re-apply what the shown case and the role allow (after an action failed, or the
        platform told the role)."""
        case = self.case
        if case is None:
            return
        market = case.incident.market
        self.reopen_button.setVisible(not case.incident.is_open)
        for button, action, state in self._gates:
            permitted = self.permissions is None or self.permissions.allowed(market, action)
            not_now = state(case)
            button.setEnabled(permitted and not_now is None)
            if not permitted and self.permissions is not None:
                button.setToolTip(denial_text(self.permissions.role(market), action))
            elif not_now:
                button.setToolTip(f"{self._tooltips[button]}\n{not_now}")
            else:
                button.setToolTip(self._tooltips[button])

    def _closable(self, case: IncidentCase) -> str | None:
        return None if case.incident.is_open else self.tr("The incident is closed.")

    def _keepable(self, case: IncidentCase) -> str | None:
        if case.incident.status == IncidentStatus.RESOLVED:
            return None
        return self.tr("Only an incident the seller marked as solved can be kept open.")

    def _repliable(self, case: IncidentCase) -> str | None:
        return None if case.order is not None else self.tr("The order is not in the cache.")

    def _refundable(self, case: IncidentCase) -> str | None:
        if case.order is not None and any(line.can_refund for line in case.order.lines):
            return None
        return self.tr("Nothing on this order can be refunded now.")

    def _reopenable(self, case: IncidentCase) -> str | None:
        match reopen_block(case.incident, case.order):
            case None:
                return None
            case ReopenBlock.STILL_OPEN:
                return self.tr("The incident is open.")
            case ReopenBlock.NO_ORDER:
                return self.tr("The order is not in the cache.")
            case _:
                return self.tr("Its order line has an incident open again, or cannot have "
                               "one now.")

    def _openable(self, case: IncidentCase) -> str | None:
        if case.order is not None and any(line.state in _INCIDENT_ABLE_STATES
                                          for line in case.order.lines):
            return None
        return self.tr("No line of this order can have a new incident.")

    def _exportable(self, case: IncidentCase) -> str | None:
        return None if case.threads else self.tr("This order has no conversation in the "
                                                 "local cache.")

    def _sanctionable(self, case: IncidentCase) -> str | None:
        return None if case.order is not None else self.tr("The order is not in the cache.")
