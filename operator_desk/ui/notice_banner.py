"""A warning banner over the pages for something the user must not miss and cannot fix now
(a damaged cache that is rebuilt at the next start): it stays until the desk closes, where a
status-bar message would be replaced by the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from . import theme

_BACKGROUND = "#fff4e5"


class NoticeBanner(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(theme.note_style("#noticeBanner", _BACKGROUND, "#e0a040"))
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
