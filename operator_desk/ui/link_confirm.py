"""Asking before a link from a message opens: the full target, the real site, the warnings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.safe_text import LinkVerdict

# The domain's warnings, worded for the dialog (marked for the translation catalog).
_WARNINGS = {
    "the connection is not encrypted (http)":
        QT_TRANSLATE_NOOP("LinkConfirmDialog", "The connection is not encrypted (http)."),
    "opens your e-mail program":
        QT_TRANSLATE_NOOP("LinkConfirmDialog", "This opens your e-mail program."),
    "the address is a bare IP address, not a named site":
        QT_TRANSLATE_NOOP("LinkConfirmDialog",
                          "The address is a bare IP address, not a named site."),
    "the host name mixes alphabets, a common disguise":
        QT_TRANSLATE_NOOP("LinkConfirmDialog",
                          "The site's name mixes alphabets, a common disguise."),
}


class LinkConfirmDialog(QDialog):
    """Shows where a link really goes; Cancel is the default."""

    def __init__(self, verdict: LinkVerdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.setWindowTitle(self.tr("Open link?"))
        self.setModal(True)

        intro = QLabel(self.tr("This link comes from a message and opens outside the desk. "
                               "Open it only if you trust where it goes."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.site = QLabel()
        self.site.setTextFormat(Qt.TextFormat.PlainText)
        font = self.site.font()
        font.setBold(True)
        self.site.setFont(font)
        if verdict.scheme == "mailto":
            self.site.setText(self.tr("E-mail to: {0}").format(
                verdict.real_target.removeprefix("mailto:").split("?", 1)[0]))
        else:
            self.site.setText(self.tr("Site: {0}").format(verdict.ascii_host))

        self.target = QPlainTextEdit(verdict.real_target)
        self.target.setReadOnly(True)
        self.target.setAccessibleName(self.tr("Full address"))
        self.target.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.warnings = QLabel("\n".join(f"⚠ {self._warning(w)}" for w in verdict.warnings))
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(verdict.warnings))

        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open in browser") if verdict.scheme != "mailto"
            else self.tr("Write e-mail"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.site)
        layout.addWidget(QLabel(self.tr("Full address:")))
        layout.addWidget(self.target)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        # Return must not open a stranger's link: Cancel is the default button.
        self.open_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.resize(520, self.sizeHint().height())

    def _warning(self, text: str) -> str:
        known = _WARNINGS.get(text)
        if known is not None:
            return QCoreApplication.translate("LinkConfirmDialog", str(known))
        if text.startswith("the text before '@'"):
            return self.tr("The part before '@' is not the site; the site is {0}.").format(
                self.verdict.ascii_host)
        if text.startswith("the host name uses international characters"):
            return self.tr("The site's name uses international characters; its real form "
                           "is {0}.").format(self.verdict.ascii_host)
        return text


def confirm_link(verdict: LinkVerdict, parent: QWidget | None = None) -> bool:
    """Ask the user; True only when they chose to open the link."""
    dialog = LinkConfirmDialog(verdict, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
