"""Replying from a case: the conversations page's composer (templates in the recipient's
language, attachments, the check naming every recipient, drafts) over one of the incident's
order threads.

The threads are read (``ConversationService.thread_case``) on a worker before the dialog
opens; the dialog only lets the agent pick the thread and write. The draft of a thread is the
same one the conversations page shows: a reply started here can be finished there.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.queue import IncidentCase
from operator_desk.services.conversations import ConversationService, SendOutcome, ThreadCase
from operator_desk.services.drafts import DraftStore

from . import formatting
from .reply_composer import AskFiles, ReplyComposer, ask_files
from .tasks import TaskRunner


def newest_first(cases: Sequence[ThreadCase]) -> list[ThreadCase]:
    """The threads the agent most likely answers first: the one with the latest message."""
    return sorted(cases, key=lambda c: (c.thread.messages[-1].created if c.thread.messages
                                        else c.thread.created), reverse=True)


class CaseReplyDialog(QDialog):
    """Write to the customer and/or the seller in one of the incident's order threads."""

    sent = Signal(object)  # SendOutcome
    status_message = Signal(str)

    def __init__(self, case: IncidentCase, threads: Sequence[ThreadCase],
                 service: ConversationService, drafts: DraftStore | None, runner: TaskRunner,
                 language: str, locale: str, parent: QWidget | None = None, *,
                 choose_files: AskFiles = ask_files) -> None:
        super().__init__(parent)
        self.case = case
        self.threads = newest_first(threads)
        order = case.order
        label = (order.commercial_id or order.order_id) if order else case.incident.order_id
        self.setWindowTitle(self.tr("Reply on order {0}").format(label))
        self.resize(720, 560)

        self.thread_choice = QComboBox()
        self.thread_choice.setAccessibleName(self.tr("Conversation"))
        for thread_case in self.threads:
            last = thread_case.thread.messages[-1] if thread_case.thread.messages else None
            zone = thread_case.market.timezone if thread_case.market else None
            when = formatting.when(last.created, locale, zone, fmt="short") if last else ""
            self.thread_choice.addItem(self.tr("{0} · last message {1}").format(
                thread_case.subject or thread_case.thread.thread_id, when),
                thread_case.thread.thread_id)
        self.thread_choice.currentIndexChanged.connect(self._thread_chosen)
        form = QFormLayout()
        form.addRow(self.tr("&Conversation:"), self.thread_choice)
        self.composer = ReplyComposer(service, drafts, runner, language,
                                      choose_files=choose_files)
        self.composer.status_message.connect(self._say)
        self.composer.sent.connect(self._sent)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.composer, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        # Whatever was typed stays as the thread's draft when the dialog closes unsent.
        self.finished.connect(lambda _result: self.composer.set_case(None))
        self._thread_chosen(0)

    def _thread_chosen(self, index: int) -> None:
        if 0 <= index < len(self.threads):
            self.composer.set_case(self.threads[index])
            self.composer.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.status_message.emit(text)

    def _sent(self, outcome: SendOutcome) -> None:
        self.sent.emit(outcome)
        self.accept()
