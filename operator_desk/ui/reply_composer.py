"""Writing to the customer, the seller or both: templates in the recipient's language,
attachments, a check before sending that names exactly who will receive the message, and a
draft saved as the user types (a moment after they stop, off the UI thread) that survives a
crash. Sending goes through the action sink: the outbox in the desk.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.conversations import CUSTOMER, SELLER
from operator_desk.domain.models import FilePart
from operator_desk.domain.team import Template
from operator_desk.services.actions import SubmissionState
from operator_desk.services.conversations import (
    ConversationService,
    SendOutcome,
    ThreadCase,
    fill_placeholders,
)
from operator_desk.services.drafts import Draft, DraftStore
from operator_desk.services.incidents import ActionError

from . import theme
from .tasks import TaskRunner
from .thread_view import party_name

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 600
MAX_FILE_BYTES = 10 * 1024 * 1024

AskFiles = Callable[[QWidget], list[str]]


def ask_files(parent: QWidget) -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate(
        "ReplyComposer", "Attach files"))
    return list(paths)


def _read_files(paths: tuple[str, ...]) -> tuple[FilePart, ...]:
    parts = []
    for path in paths:
        file = Path(path)
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ActionError("file_too_large", "", file.name)
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        parts.append(FilePart(file.name, file.read_bytes(), content_type))
    return tuple(parts)


class ReplyComposer(QWidget):
    sent = Signal(object)  # SendOutcome
    status_message = Signal(str)

    def __init__(self, service: ConversationService, drafts: DraftStore | None,
                 runner: TaskRunner, language: str, parent: QWidget | None = None, *,
                 choose_files: AskFiles = ask_files) -> None:
        super().__init__(parent)
        self.service = service
        self.drafts = drafts
        self.runner = runner
        self.language = language
        self.choose_files = choose_files
        self.case: ThreadCase | None = None
        self.files: list[str] = []
        self.templates: list[Template] = []
        self.confirm_box: QMessageBox | None = None
        self._loading = False

        self.to_customer = QCheckBox()
        self.to_customer.setAccessibleName(self.tr("Send to the customer"))
        self.to_seller = QCheckBox()
        self.to_seller.setAccessibleName(self.tr("Send to the seller"))
        for box in (self.to_customer, self.to_seller):
            box.toggled.connect(self._recipients_changed)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.setToolTip(self.tr("Insert a template; the recipient's language is "
                                         "offered first"))
        self.template.activated.connect(self._template_chosen)
        self.template.setMinimumContentsLength(24)
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Two rows: the recipients (with their names) and the template picker do not fit
        # side by side in every language.
        top = QVBoxLayout()
        recipients = QHBoxLayout()
        to_label = QLabel(self.tr("To:"))
        recipients.addWidget(to_label)
        recipients.addWidget(self.to_customer)
        recipients.addWidget(self.to_seller)
        recipients.addStretch(1)
        templates = QHBoxLayout()
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template)
        templates.addWidget(template_label)
        templates.addWidget(self.template, 1)
        top.addLayout(recipients)
        top.addLayout(templates)

        self.new_thread = QCheckBox(self.tr("&New conversation"))
        self.new_thread.setToolTip(self.tr("Start a new conversation on this order (or with "
                                           "this seller) instead of replying here"))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("Subject of the new conversation"))
        self.topic.setAccessibleName(self.tr("Subject of the new conversation"))
        self.topic.setVisible(False)
        self.new_thread.toggled.connect(self.topic.setVisible)
        self.new_thread.toggled.connect(lambda _on: self._changed())
        thread_row = QHBoxLayout()
        thread_row.addWidget(self.new_thread)
        thread_row.addWidget(self.topic, 1)

        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setPlaceholderText(self.tr("Write to the customer or the seller…"))
        self.body.setTabChangesFocus(True)  # keyboard users Tab on to Attach and Send
        self.body.textChanged.connect(self._changed)
        self.files_label = QLabel()
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.files_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.clicked.connect(self.attach)
        self.clear_files_button = QPushButton(self.tr("Remove attachments"))
        self.clear_files_button.clicked.connect(self.clear_files)
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet(theme.secondary_style())
        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr("Check who receives it, then send (Ctrl+Return)"))
        self.send_button.setShortcut("Ctrl+Return")
        self.send_button.clicked.connect(self.request_send)
        bottom = QHBoxLayout()
        bottom.addWidget(self.attach_button)
        bottom.addWidget(self.clear_files_button)
        bottom.addWidget(self.files_label, 1)
        bottom.addWidget(self.draft_label)
        bottom.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(thread_row)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._refresh_files()
        self.setEnabled(False)

    # -- the case ----------------------------------------------------------------------------
    def draft_key(self) -> str | None:
        case = self.case
        return f"{case.thread.market}:thread:{case.thread.thread_id}" if case else None

    def set_case(self, case: ThreadCase | None) -> None:
        """Write in ``case``'s thread; its saved draft (if any) comes back."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        same = (case is not None and self.case is not None
                and case.thread.thread_id == self.case.thread.thread_id
                and case.thread.market == self.case.thread.market)
        self.case = case
        self.setEnabled(case is not None)
        if case is None:
            return
        allowed = case.can_write_to()
        names = dict(case.recipients(allowed))
        self.to_customer.setVisible(CUSTOMER in allowed)
        # A "&" in a name ("Müller GmbH & Co. KG") is text, not a keyboard mnemonic.
        self.to_customer.setText(self.tr("Customer ({0})").format(
            names.get(CUSTOMER, "").replace("&", "&&")))
        self.to_seller.setText(self.tr("Seller ({0})").format(
            names.get(SELLER, "").replace("&", "&&")))
        if same:
            return
        self._loading = True
        self.body.setPlainText("")
        self.files = []
        self.new_thread.setChecked(False)
        self.topic.clear()
        self.to_customer.setChecked(False)
        self.to_seller.setChecked(SELLER in allowed and CUSTOMER not in allowed)
        self._loading = False
        self._refresh_files()
        self.draft_label.setText("")
        key = self.draft_key()
        if self.drafts is not None and key is not None:
            drafts = self.drafts
            self.runner.submit(lambda: drafts.load(key), lambda d: self._draft_loaded(key, d),
                               lane="net")
        self._load_templates()

    def _draft_loaded(self, key: str, draft: Draft | None) -> None:
        if draft is None or key != self.draft_key() or self.body.toPlainText():
            return
        self._loading = True
        self.body.setPlainText(draft.body)
        self.to_customer.setChecked(CUSTOMER in draft.to)
        self.to_seller.setChecked(SELLER in draft.to)
        self.files = list(draft.files)
        self._loading = False
        self._refresh_files()
        self.draft_label.setText(self.tr("Draft restored"))

    def recipients(self) -> tuple[str, ...]:
        chosen = []
        if self.to_customer.isVisible() and self.to_customer.isChecked():
            chosen.append(CUSTOMER)
        if self.to_seller.isChecked():
            chosen.append(SELLER)
        return tuple(chosen)

    def _recipients_changed(self) -> None:
        self._changed()
        self._load_templates()

    # -- templates ---------------------------------------------------------------------------
    def _audience(self) -> tuple[str, str | None]:
        case = self.case
        to = self.recipients()
        if to == (SELLER,):
            return "seller", case.seller_language if case else None
        return "customer", case.customer_language if case else None

    def _load_templates(self) -> None:
        audience, language = self._audience()
        service = self.service
        self.runner.submit(lambda: service.templates(audience, language),
                           lambda found: self._templates_loaded(audience, found),
                           lambda error: log.warning("templates unavailable: %s", error),
                           lane="net")

    def _templates_loaded(self, audience: str, templates: list[Template]) -> None:
        if audience != self._audience()[0]:
            return
        self.templates = templates
        self.template.clear()
        if not templates:
            self.template.addItem(self.tr("No templates (team store not open)")
                                  if self.service.templates_source is None
                                  else self.tr("No templates"))
            self.template.setEnabled(False)
            return
        self.template.setEnabled(True)
        self.template.addItem(self.tr("Choose a template…"))
        for template in templates:
            self.template.addItem(f"{template.current.title} ({template.language})",
                                  template.id)

    def _template_chosen(self, index: int) -> None:
        if index <= 0 or index > len(self.templates):
            return
        self.apply_template(self.templates[index - 1])
        self.template.setCurrentIndex(0)

    def apply_template(self, template: Template) -> None:
        """Put the template, its placeholders filled from the case, in the message (undoable)."""
        case = self.case
        if case is None:
            return
        values = self.service.placeholder_values(case, template.language)
        text = fill_placeholders(template.current.body, values)
        cursor = self.body.textCursor()
        if not self.body.toPlainText().strip():
            cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- files -------------------------------------------------------------------------------
    def attach(self) -> None:
        chosen = [p for p in self.choose_files(self) if p not in self.files]
        if chosen:
            self.files.extend(chosen)
            self._refresh_files()
            self._changed()

    def clear_files(self) -> None:
        self.files = []
        self._refresh_files()
        self._changed()

    def _refresh_files(self) -> None:
        names = [Path(p).name for p in self.files]
        self.files_label.setText(self.tr("Attached: {0}").format(", ".join(names))
                                 if names else "")
        self.clear_files_button.setEnabled(bool(names))

    # -- drafts ------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.case is None or self.drafts is None:
            return
        self._draft_timer.start()

    def current_draft(self) -> Draft | None:
        key = self.draft_key()
        if key is None:
            return None
        return Draft(key=key, body=self.body.toPlainText(), to=self.recipients(),
                     files=tuple(self.files))

    def save_draft(self) -> None:
        draft = self.current_draft()
        if draft is None or self.drafts is None:
            return
        drafts = self.drafts
        self.runner.submit(lambda: drafts.save(draft),
                           lambda _r: self.draft_label.setText(
                               "" if draft.empty else self.tr("Draft saved")),
                           lambda error: self.draft_label.setText(
                               self.tr("The draft could not be saved: {0}").format(error)),
                           lane="net")

    # -- sending -----------------------------------------------------------------------------
    def pre_send_text(self) -> str:
        """Exactly who receives the message, for the check before sending."""
        case = self.case
        assert case is not None
        lines = [self.tr("This message starts a new conversation “{0}” with:").format(
            self.topic.text().strip()) if self.new_thread.isChecked()
            else self.tr("This message will be sent to:")]
        for party, name in case.recipients(self.recipients()):
            lines.append(f"  • {name} ({party_name(party)})")
        lines.append(self.tr("Your operator team sees it too; nobody else does."))
        if self.files:
            lines.append(self.tr("Attachments: {0}").format(
                ", ".join(Path(p).name for p in self.files)))
        return "\n".join(lines)

    def request_send(self) -> None:
        case = self.case
        if case is None:
            return
        if not self.body.toPlainText().strip():
            self.status_message.emit(self.tr("Write a message first."))
            return
        if not self.recipients():
            self.status_message.emit(self.tr("Choose who receives the message."))
            return
        if self.new_thread.isChecked() and not self.topic.text().strip():
            self.status_message.emit(self.tr("Give the new conversation a subject."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send this message?"),
                          self.pre_send_text(),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        send = box.addButton(self.tr("Send"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        send.clicked.connect(self._send)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _send(self) -> None:
        case = self.case
        if case is None:
            return
        self.confirm_box = None
        body, to, paths = self.body.toPlainText(), self.recipients(), tuple(self.files)
        topic = self.topic.text().strip() if self.new_thread.isChecked() else None
        key = self.draft_key()
        service, drafts = self.service, self.drafts
        self._draft_timer.stop()
        self.send_button.setEnabled(False)
        self.status_message.emit(self.tr("Sending…"))

        def send() -> SendOutcome:
            files = _read_files(paths)
            outcome = service.send(service.outgoing_for(case, to, body, files, topic))
            if drafts is not None and key is not None:
                drafts.discard(key)
            return outcome

        self.runner.submit(send, self._sent, self._send_failed, lane="net")

    def _sent(self, outcome: SendOutcome) -> None:
        self.send_button.setEnabled(True)
        self._loading = True
        self.body.setPlainText("")
        self.new_thread.setChecked(False)
        self.topic.clear()
        self._loading = False
        self.files = []
        self._refresh_files()
        self.draft_label.setText("")
        if outcome.state == SubmissionState.QUEUED:
            self.status_message.emit(self.tr("The message waits in the outbox; it is sent "
                                             "when the marketplace can be reached."))
        else:
            self.status_message.emit(self.tr("Message sent."))
        self.sent.emit(outcome)

    def _send_failed(self, error: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(error, ActionError):
            text = {
                "offline": self.tr("Market {0} cannot be reached; the message was not sent. "
                                   "Your text is kept as a draft."),
                "forbidden": self.tr("Your role on market {0} may not send messages."),
                "file_too_large": self.tr("An attachment is larger than 10 MB; nothing was "
                                          "sent."),
            }.get(error.kind, self.tr("Market {0} did not accept the message; nothing was "
                                      "sent. Your text is kept as a draft."))
            message = text.format(error.market)
            if error.detail and error.kind == "refused":
                message += " " + self.tr("The marketplace said: {0}").format(error.detail)
        elif isinstance(error, OSError):
            message = self.tr("An attachment could not be read: {0}").format(error)
        else:
            log.error("sending failed", exc_info=error)
            message = self.tr("The message could not be sent: {0}").format(error)
        self.status_message.emit(message)
        self.save_draft()
