"""An attachment, opened safely: images and PDFs shown inside the desk, anything else only
saved where the user chooses. Nothing is ever handed to the operating system to open or run.

The bytes are fetched and judged on a worker thread (``services.attachment_files``); this
dialog only builds pixels from bytes it was given: a QImage from an image's bytes (the kind
comes from the bytes, never from the name) and QImages from a PDF's rendered pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.attachments import AttachmentFlag, AttachmentKind
from operator_desk.domain.models import Attachment
from operator_desk.services.attachment_files import AttachmentFiles, Preview
from operator_desk.services.incidents import ActionError

from . import theme
from .tasks import TaskRunner
from .thread_view import formatting_size

log = logging.getLogger(__name__)

AskSavePath = Callable[[QWidget, str], str | None]


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
        "AttachmentViewer", "Save attachment as"),
                                                suggested)
    return path or None


class AttachmentViewer(QDialog):
    """Shows one attachment; ``loaded`` once the preview arrived, ``saved`` after a save."""

    loaded = Signal(object)  # Preview
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, files: AttachmentFiles, runner: TaskRunner, market: str,
                 attachment: Attachment, locale: str, parent: QWidget | None = None, *,
                 ask_path: AskSavePath = ask_save_path) -> None:
        super().__init__(parent)
        self.files = files
        self.runner = runner
        self.market = market
        self.attachment = attachment
        self.locale_name = locale
        self.ask_path = ask_path
        self.preview: Preview | None = None
        self.image: QImage | None = None
        self.page_images: list[QImage] = []
        self.setWindowTitle(self.tr("Attachment"))
        self.resize(760, 640)
        self.info = QLabel(self.tr("Fetching {0}…").format(attachment.name))
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(theme.label_style("#a3361f", bold=True))
        self.warning.hide()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.setAccessibleName(self.tr("Preview"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the document"))
        self.text.setMaximumHeight(140)
        self.text.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy where you choose. The desk never "
                                            "opens or runs the file."))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.warning)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def start(self) -> None:
        market, attachment = self.market, self.attachment
        self.runner.submit(lambda: self.files.preview(market, attachment), self._show,
                           self._failed, lane="net")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ActionError):
            text = {
                "offline": self.tr("Market {0} cannot be reached; the attachment is not in "
                                   "the local store yet."),
                "too_large": self.tr("The attachment is larger than the desk accepts and was "
                                     "not fetched."),
            }.get(error.kind, self.tr("The attachment could not be fetched from market {0}."))
            message = text.format(error.market)
        else:
            log.error("attachment preview failed", exc_info=error)
            message = self.tr("The attachment could not be opened: {0}").format(error)
        self.info.setText(message)
        self.failed.emit(message)

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        fetched = preview.fetched
        verdict = fetched.verdict
        self.info.setText(self.tr("{0} · {1} · {2}\nSHA-256 {3}").format(
            verdict.safe_name, formatting_size(fetched.size, self.locale_name),
            verdict.detected_type, fetched.digest))
        warnings = []
        if AttachmentFlag.DANGEROUS_EXTENSION in verdict.flags:
            warnings.append(self.tr("Its name ends like a program. Do not run it."))
        if AttachmentFlag.EXECUTABLE_CONTENT in verdict.flags:
            warnings.append(self.tr("Its content is a program."))
        if verdict.flags & {AttachmentFlag.EXTENSION_MISMATCH,
                            AttachmentFlag.DECLARED_TYPE_MISMATCH}:
            warnings.append(self.tr("Its name or declared type does not match its content "
                                    "({0}).").format(verdict.detected_type))
        if AttachmentFlag.NAME_CHANGED in verdict.flags:
            warnings.append(self.tr("Its name was cleaned: the original had characters that "
                                    "are unsafe in a file name."))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.save_button.setEnabled(True)
        if verdict.kind == AttachmentKind.IMAGE and preview.image is not None:
            image = QImage.fromData(preview.image)
            if image.isNull():
                self._note(self.tr("This image cannot be shown; save it to look at it with "
                                   "another program."))
            else:
                self.image = image
                self._add_picture(image, self.tr("Image {0}").format(verdict.safe_name))
        elif verdict.kind == AttachmentKind.PDF:
            for number, page in enumerate(preview.pages, start=1):
                image = QImage(page.pixels, page.width, page.height, page.stride,
                               QImage.Format.Format_RGB888).copy()
                self.page_images.append(image)
                self._add_picture(image, self.tr("Page {0}").format(number))
            if preview.problem:
                self._note(self.tr("This PDF cannot be shown: {0}").format(preview.problem))
            elif preview.page_count > len(preview.pages):
                self._note(self.tr("The first {0} of {1} pages are shown; save the file to "
                                   "read the rest.").format(len(preview.pages),
                                                            preview.page_count))
            if preview.text:
                self.text.setPlainText(preview.text)
                self.text.show()
        else:
            self._note(self.tr("The desk shows images and PDFs only. This file can be saved "
                               "on request; it is never opened or run by the desk."))
        self.loaded.emit(preview)

    def _add_picture(self, image: QImage, name: str) -> None:
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.addWidget(label)

    def _note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.pages_layout.addWidget(label)

    def save_as(self) -> None:
        preview = self.preview
        if preview is None:
            return
        chosen = self.ask_path(self, preview.fetched.verdict.safe_name)
        if not chosen:
            return
        digest = preview.fetched.digest
        self.runner.submit(lambda: self.files.save_as(digest, Path(chosen)),
                           lambda path: self.saved.emit(str(path)),
                           lambda error: self._failed(error), lane="net")
