"""What the case pane does besides deciding: reply in the incident's order threads, and export
the incident's dossier (every thread of its order) as PDF and JSON.

Both need the conversations' services (``ConversationService``, the drafts, the
``DossierBuilder``), which the desk opens on a worker after the queue is on screen:
``set_conversations`` hands them over. Until then the actions say why they wait.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from operator_desk.domain.queue import IncidentCase
from operator_desk.services.conversations import ConversationService, SendOutcome, ThreadCase
from operator_desk.services.dossier import DossierBuilder, ExportCancelled
from operator_desk.services.drafts import DraftStore
from operator_desk.services.incidents import ActionError

from .case_reply import CaseReplyDialog
from .conversations_page import AskDossierPath, ask_dossier_path
from .progress import Progress, ProgressTask, run_with_progress
from .reply_composer import AskFiles, ask_files
from .tasks import TaskRunner

log = logging.getLogger(__name__)


class _CancelFlag(threading.Event):
    """The dossier builder stops when its Event is set: this one is set as soon as the
    progress dialog's Cancel was pressed, whichever step the export is in."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def is_set(self) -> bool:
        return self.progress.cancelled or super().is_set()


class CaseTools(QObject):
    """The case pane's reply and dossier actions; the page owns one."""

    status_message = Signal(str)
    replied = Signal(object)  # SendOutcome: the case is read again to show the message
    dossier_written = Signal(str)  # the PDF's path

    def __init__(self, parent: QWidget, runner: TaskRunner, language: str, locale: str, *,
                 choose_files: AskFiles = ask_files,
                 ask_dossier: AskDossierPath = ask_dossier_path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.language = language
        self.locale = locale
        self.choose_files = choose_files
        self.ask_dossier = ask_dossier
        self.conversations: ConversationService | None = None
        self.drafts: DraftStore | None = None
        self.dossier: DossierBuilder | None = None
        self.dialog: CaseReplyDialog | None = None
        self.export: ProgressTask | None = None

    def set_conversations(self, service: ConversationService, drafts: DraftStore | None,
                          dossier: DossierBuilder | None) -> None:
        self.conversations = service
        self.drafts = drafts
        self.dossier = dossier

    def _not_ready(self) -> None:
        self.status_message.emit(self.tr("The conversations are still being opened; try again "
                                         "in a moment."))

    # -- reply -------------------------------------------------------------------------------
    def reply(self, case: IncidentCase) -> None:
        """Read the incident's order threads (worker), then open the composer over them."""
        service = self.conversations
        if service is None:
            self._not_ready()
            return
        if not case.threads:
            self.status_message.emit(self.tr(
                "This order has no conversation in the local cache yet; it appears after the "
                "next sync."))
            return
        market, language = case.incident.market, self.language
        thread_ids = [thread.thread_id for thread in case.threads]

        def load() -> list[ThreadCase]:
            found = [service.thread_case(market, thread_id, language)
                     for thread_id in thread_ids]
            return [c for c in found if c is not None]

        self.runner.submit(load, lambda threads: self._reply_dialog(case, threads),
                           lambda error: self._failed(self.tr("The conversations of this "
                                                              "order could not be read: {0}"),
                                                      error))

    def _reply_dialog(self, case: IncidentCase, threads: list[ThreadCase]) -> None:
        service = self.conversations
        if service is None or not threads:
            return
        dialog = CaseReplyDialog(case, threads, service, self.drafts, self.runner,
                                 self.language, self.locale, self.parent_widget,
                                 choose_files=self.choose_files)
        dialog.status_message.connect(self.status_message)
        dialog.sent.connect(self._sent)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _sent(self, outcome: SendOutcome) -> None:
        self.dialog = None
        self.replied.emit(outcome)

    # -- dossier -----------------------------------------------------------------------------
    def export_dossier(self, case: IncidentCase) -> ProgressTask | None:
        """Ask where, then write the incident's dossier (all threads of its order) with a
        progress dialog and Cancel; both files or neither."""
        builder = self.dossier
        if builder is None:
            self._not_ready()
            return None
        incident = case.incident
        chosen = self.ask_dossier(self.parent_widget,
                                  f"dossier-{incident.market}-{incident.order_id}-"
                                  f"{incident.incident_id}.pdf")
        if not chosen:
            return None
        pdf_path = Path(chosen)
        if pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_suffix(".pdf")
        order = case.order
        subject = {"kind": "incident", "market": incident.market,
                   "incident_id": incident.incident_id, "order_id": incident.order_id,
                   "title": f"Incident {incident.incident_id} · "
                            f"{(order.commercial_id or order.order_id) if order else ''}"}
        fetching = self.tr("Fetching attachment {0}…")

        def export(progress: Progress) -> tuple[Path, Path]:
            cancel = _CancelFlag(progress)

            def report(done: int, total: int, label: str) -> None:
                progress.report(done, total, fetching.format(label) if label else "")

            cases = builder.thread_cases_for_incident(incident.market, incident.incident_id)
            progress.check()
            dossier = builder.collect(cases, subject, report, cancel)
            progress.check()
            return builder.write(dossier, pdf_path, cancel=cancel)

        task = run_with_progress(
            self.runner, self.parent_widget, self.tr("Export dossier"), export,
            on_done=self._exported, on_cancelled=self._export_cancelled,
            on_error=self._export_failed, label=self.tr("Exporting the dossier…"), lane="net")
        self.export = task
        return task

    def _exported(self, paths: tuple[Path, Path]) -> None:
        self.export = None
        self.status_message.emit(self.tr("Dossier saved as {0} and {1}.").format(
            paths[0].name, paths[1].name))
        self.dossier_written.emit(str(paths[0]))

    def _export_cancelled(self) -> None:
        self.export = None
        self.status_message.emit(self.tr("Export cancelled; nothing was written."))

    def _export_failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self._export_cancelled()
            return
        self.export = None
        if isinstance(error, ActionError):
            text = self.tr("The dossier could not be made: {0}").format(error.kind)
        else:
            log.error("incident dossier export failed", exc_info=error)
            text = self.tr("The dossier could not be written: {0}. Nothing was kept.").format(
                error)
        self.status_message.emit(text)

    def _failed(self, text: str, error: BaseException) -> None:
        log.error("case tool failed", exc_info=error)
        self.status_message.emit(text.format(error))
