"""Deciding cases from the queue: close, keep open, open an incident, close many with undo.

The page owns one ``CaseDecisions``; it opens the dialogs, sends decisions through the
services on the task runner, and words the outcome (sent, queued in the outbox, refused and
why), so the page itself only lists and selects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from operator_desk.domain.models import Reason
from operator_desk.domain.queue import IncidentCase, QueueRow
from operator_desk.services.actions import SubmissionState
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import ConversationService
from operator_desk.services.incidents import (
    ActionError,
    ActionOutcome,
    IncidentService,
    MessageTemplate,
)

from .case_actions import (
    BulkCloseDialog,
    KeepOpenDialog,
    OpenIncidentDialog,
    Placeholders,
    UndoBar,
)
from .close_dialog import CloseIncidentDialog
from .outbox_words import describe_changes
from .tasks import TaskRunner

log = logging.getLogger(__name__)


def action_error_text(error: BaseException, market: str, what: str) -> str:
    """What happened, what was kept, what to do next - for an action that did not happen.

    ``what`` names the action for the sentence ("the incident was not closed")."""
    if not isinstance(error, ActionError):
        log.error("action failed", exc_info=error)
        return QCoreApplication.translate(
            "CaseDecisions", "{0} because of an unexpected error: {1}").format(what, error)
    texts = {
        "offline": QCoreApplication.translate(
            "CaseDecisions", "Market {0} cannot be reached, so {1}. Nothing was changed; "
                             "try again when the connection is back."),
        "key_refused": QCoreApplication.translate(
            "CaseDecisions", "The key for market {0} was refused, so {1}. Check the "
                             "connection settings for {0}."),
        "forbidden": QCoreApplication.translate(
            "CaseDecisions", "Your role on market {0} may not do this, so {1}."),
        "degraded": QCoreApplication.translate(
            "CaseDecisions", "Market {0} is busy or having trouble, so {1}. Try again "
                             "in a moment."),
        "reason_required": QCoreApplication.translate(
            "CaseDecisions", "Market {0} needs a reason here, so {1}."),
        "not_found": QCoreApplication.translate(
            "CaseDecisions", "This case is no longer in the cache of market {0}, so "
                             "{1}."),
        "conflict": QCoreApplication.translate(
            "CaseDecisions", "The case changed on market {0} since you opened it, so "
                             "{1}. Look at what changed, then decide again."),
    }
    text = texts.get(error.kind, QCoreApplication.translate(
        "CaseDecisions", "Market {0} refused it, so {1}.")).format(
        market, what)
    if error.detail and error.kind in ("refused", "forbidden", "conflict"):
        text += "\n\n" + QCoreApplication.translate(
            "CaseDecisions", "The marketplace said: {0}").format(error.detail)
    return text


def _seen(case: IncidentCase) -> list[str]:
    """What the agent had in front of them: the newest message of every thread."""
    return [thread.messages[-1].message_id for thread in case.threads if thread.messages]


def close_conflict_text(error: ActionError) -> str:
    """A close refused because the case changed: it is not lost, it waits in the outbox."""
    detail = describe_changes(error.changes) or error.detail
    return QCoreApplication.translate(
        "CaseDecisions", "The case changed since you read it: {0}. The close waits in the "
                         "outbox; send it anyway or discard it there.").format(
        detail.rstrip(". "))


class CaseDecisions(QObject):
    status_message = Signal(str)
    decided = Signal(str, str)  # market, incident id: the queue and the pane refresh
    waiting = Signal(str, str)  # market, incident id: its action waits in the outbox

    def __init__(self, service: IncidentService, connections: Connections, runner: TaskRunner,
                 parent: QWidget, language: str, locale: str, undo: UndoBar) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.service = service
        self.connections = connections
        self.runner = runner
        self.language = language
        self.locale = locale
        self.undo = undo
        self.dialog: QWidget | None = None
        self.error_box: QMessageBox | None = None
        # Fills templates as the reply composer does, once the desk has opened it.
        self.conversations: ConversationService | None = None
        self._pending_bulk: list[QueueRow] = []
        self._bulk_reason: str | None = None
        undo.expired.connect(self._send_bulk)
        undo.undone.connect(self._bulk_undone)

    def _show(self, dialog: QWidget) -> None:
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _fail(self, market: str, what: str, title: str, error: BaseException) -> None:
        self._warn(title, action_error_text(error, market, what))

    def _warn(self, title: str, text: str) -> None:
        self.status_message.emit(text.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.parent_widget)
        box.finished.connect(box.deleteLater)
        self.error_box = box
        box.open()

    def _outcome_text(self, outcome: ActionOutcome, sent: str, order: str, market: str) -> str:
        if outcome.state == SubmissionState.QUEUED:
            text = self.tr("The decision on order {0} waits in the outbox; it is sent when "
                           "market {1} can be reached.").format(order, market)
        else:
            text = sent
        if not outcome.recorded:
            text += " " + self.tr("The team store could not record the decision; see the log.")
        return text

    # -- close -------------------------------------------------------------------------------
    def close(self, case: IncidentCase, on_failed: Callable[[], None]) -> None:
        if not case.incident.is_open:
            return
        market = case.incident.market
        language = self.language
        self.runner.submit(lambda: self.service.close_reasons(market, language),
                           lambda reasons: self._close_dialog(case, reasons, on_failed))

    def _close_dialog(self, case: IncidentCase, reasons: list[Reason],
                      on_failed: Callable[[], None]) -> None:
        profile = self.connections.profiles.get(case.incident.market)
        name = profile.name if profile else case.incident.market
        dialog = CloseIncidentDialog(case, reasons, name, self.parent_widget)
        dialog.accepted.connect(lambda: self._close_confirmed(case, dialog.reason_code(),
                                                              on_failed))
        self._show(dialog)

    def _close_confirmed(self, case: IncidentCase, reason_code: str | None,
                         on_failed: Callable[[], None]) -> None:
        incident = case.incident
        self.dialog = None
        self.status_message.emit(self.tr("Closing the incident on order {0}…")
                                 .format(incident.order_id))
        seen = _seen(case)
        self.runner.submit(
            lambda: self.service.close(incident.market, incident.incident_id, reason_code,
                                       seen),
            lambda outcome: self._closed(case, outcome),
            lambda error: self._close_failed(case, error, on_failed),
            lane="net")

    def _close_failed(self, case: IncidentCase, error: BaseException,
                      on_failed: Callable[[], None]) -> None:
        on_failed()
        market = case.incident.market
        if isinstance(error, ActionError) and error.kind == "conflict":
            self._warn(self.tr("Incident not closed yet"), close_conflict_text(error))
            self.waiting.emit(market, case.incident.incident_id)  # the row shows it pending
            return
        self._fail(market, self.tr("the incident was not closed"),
                   self.tr("Incident not closed"), error)

    def _closed(self, case: IncidentCase, outcome: ActionOutcome) -> None:
        incident = case.incident
        self.status_message.emit(self._outcome_text(
            outcome, self.tr("Incident on order {0} closed.").format(incident.order_id),
            incident.order_id, incident.market))
        self.decided.emit(incident.market, incident.incident_id)

    # -- keep open ---------------------------------------------------------------------------
    def keep_open(self, case: IncidentCase) -> None:
        if not case.incident.is_open:
            return
        order = case.order
        seller_language = (case.shop.locale or "")[:2] if case.shop else None
        customer_language = (order.customer.locale or "")[:2] if order else None

        def load() -> tuple[list[MessageTemplate], list[MessageTemplate], Placeholders | None]:
            return (self.service.templates("seller", seller_language),
                    self.service.templates("customer", customer_language),
                    self._placeholders(case))

        self.runner.submit(load, lambda found: self._keep_open_dialog(case, *found), lane="net")

    def _placeholders(self, case: IncidentCase) -> Placeholders | None:
        """The composer's placeholder values for the thread keep-open writes in (the order's
        first; worker thread). None leaves the dialog the case's own facts."""
        conversations = self.conversations
        if conversations is None or not case.threads:
            return None
        thread = case.threads[0]
        try:
            found = conversations.thread_case(thread.market, thread.thread_id, self.language)
        except Exception:  # the templates still work with the case's own facts
            log.warning("thread %s not read for template placeholders", thread.thread_id,
                        exc_info=True)
            return None
        if found is None:
            return None
        thread_case = found
        return lambda language: conversations.placeholder_values(thread_case, language)

    def _keep_open_dialog(self, case: IncidentCase, seller: list[MessageTemplate],
                          customer: list[MessageTemplate],
                          placeholders: Placeholders | None = None) -> None:
        can_dispute = case.incident.status == "RESOLVED" and not case.derived
        dialog = KeepOpenDialog(case, seller, customer, can_dispute, self.parent_widget,
                                placeholders)
        dialog.accepted.connect(lambda: self._keep_open_confirmed(
            case, dialog.why.toPlainText().strip(), dialog.messages()))
        self._show(dialog)

    def _keep_open_confirmed(self, case: IncidentCase, why: str,
                             messages: list[tuple[str, str]]) -> None:
        incident = case.incident
        self.dialog = None
        seen = _seen(case)
        self.runner.submit(
            lambda: self.service.keep_open(incident.market, incident.incident_id, why,
                                           messages, seen),
            lambda outcome: self._kept(case, outcome),
            lambda error: self._fail(incident.market, self.tr("the incident was not kept open"),
                                     self.tr("Not kept open"), error),
            lane="net")

    def _kept(self, case: IncidentCase, outcome: ActionOutcome) -> None:
        incident = case.incident
        self.status_message.emit(self._outcome_text(
            outcome, self.tr("The incident on order {0} stays open.").format(incident.order_id),
            incident.order_id, incident.market))
        self.decided.emit(incident.market, incident.incident_id)

    # -- open an incident --------------------------------------------------------------------
    def open_incident(self, case: IncidentCase) -> None:
        order = case.order
        if order is None:
            return
        market = order.market
        language = self.language
        self.runner.submit(lambda: self.service.open_reasons(market, language),
                           lambda reasons: self._open_dialog(case, reasons))

    def _open_dialog(self, case: IncidentCase, reasons: list[Reason]) -> None:
        order = case.order
        assert order is not None
        lines = [line for line in order.lines if line.state in ("SHIPPED", "RECEIVED")]
        dialog = OpenIncidentDialog(lines, reasons, self.locale, self.parent_widget)
        dialog.accepted.connect(lambda: self._open_confirmed(case, dialog.choice()))
        self._show(dialog)

    def _open_confirmed(self, case: IncidentCase, choice: tuple[str, str] | None) -> None:
        order = case.order
        if choice is None or order is None:
            return
        line_id, reason = choice
        self.runner.submit(
            lambda: self.service.open_incident(order.market, order.order_id, line_id, reason),
            lambda outcome: self._opened(case, outcome),
            lambda error: self._fail(order.market, self.tr("no incident was opened"),
                                     self.tr("Incident not opened"), error),
            lane="net")

    def _opened(self, case: IncidentCase, outcome: ActionOutcome) -> None:
        order = case.order
        assert order is not None
        self.status_message.emit(self._outcome_text(
            outcome, self.tr("An incident was opened on order {0}; it appears after the next "
                             "sync.").format(order.order_id), order.order_id, order.market))
        self.decided.emit(case.incident.market, case.incident.incident_id)

    # -- close many --------------------------------------------------------------------------
    def close_many(self, rows: list[QueueRow]) -> None:
        rows = [r for r in rows if r.status != "CLOSED"]
        if not rows or self.undo.running:
            return
        markets = sorted({r.market for r in rows})
        language = self.language

        def reasons() -> list[Reason]:
            # A reason every market knows, so one choice fits all selected incidents.
            by_market = [self.service.close_reasons(m, language) for m in markets]
            common = set.intersection(*({r.code for r in rs} for rs in by_market))
            return [r for r in by_market[0] if r.code in common]

        self.runner.submit(reasons, lambda found: self._bulk_dialog(rows, found))

    def _bulk_dialog(self, rows: list[QueueRow], reasons: list[Reason]) -> None:
        dialog = BulkCloseDialog(rows, reasons, self.locale, self.parent_widget)
        dialog.accepted.connect(lambda: self._bulk_confirmed(rows, dialog.reason_code()))
        self._show(dialog)

    def _bulk_confirmed(self, rows: list[QueueRow], reason: str | None) -> None:
        self.dialog = None
        self._pending_bulk = rows
        self._bulk_reason = reason
        self.undo.start(self.tr("Closing %n incident(s)", "", len(rows)))

    def _bulk_undone(self) -> None:
        count = len(self._pending_bulk)
        self._pending_bulk = []
        self.status_message.emit(self.tr("Undone: %n incident(s) stay as they were.", "",
                                         count))

    def _send_bulk(self) -> None:
        rows, reason = self._pending_bulk, self._bulk_reason
        self._pending_bulk = []

        def send() -> tuple[int, int, int, list[str]]:
            done = queued = changed = 0
            failures: list[str] = []
            for row in rows:
                code = reason if row.status != "RESOLVED" else (reason or None)
                try:
                    outcome = self.service.close(row.market, row.incident_id, code)
                except ActionError as exc:
                    if exc.kind == "conflict":  # kept in the outbox for the user to decide
                        changed += 1
                        continue
                    failures.append(f"{row.market} {row.order_id}: {exc.kind} {exc.detail}")
                    continue
                if outcome.state == SubmissionState.QUEUED:
                    queued += 1
                else:
                    done += 1
            return done, queued, changed, failures

        self.runner.submit(send, lambda result: self._bulk_sent(*result), lane="net")

    def _bulk_sent(self, done: int, queued: int, changed: int, failures: list[str]) -> None:
        text = self.tr("%n incident(s) closed.", "", done)
        if queued:
            text += " " + self.tr("%n wait in the outbox.", "", queued)
        if changed:
            text += " " + self.tr("%n changed since you read them: their closes wait in the "
                                  "outbox; send them anyway or discard them there.", "",
                                  changed)
        self.status_message.emit(text)
        self.decided.emit("", "")
        if failures:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some incidents not closed"),
                              self.tr("These were not closed; nothing was changed for "
                                      "them:\n\n{0}").format("\n".join(failures)),
                              QMessageBox.StandardButton.Ok, self.parent_widget)
            box.finished.connect(box.deleteLater)
            self.error_box = box
            box.open()
