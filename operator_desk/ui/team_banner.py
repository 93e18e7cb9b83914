"""A banner over the pages when the team store is out of reach or newer than this desk.

It says what still works (reading cases, preparing replies and refunds) and what waits
(approvals, claims, shared notes and settings). Hidden while the team store is connected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from operator_desk.services.team_watch import TeamLink, TeamLinkState

from . import theme

_BACKGROUND = "#fff4e5"


class TeamBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The warning colour of the desk's notes, as a dark tint in a dark palette.
        self.setStyleSheet(theme.note_style("#teamBanner", _BACKGROUND, "#e0a040"))
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # server text: never rich text
        self.detail.setWordWrap(True)
        grey = theme.ink("#555555", theme.note_background(_BACKGROUND))
        self.detail.setStyleSheet(f"QLabel {{ color: {grey}; }}")
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self.retry_requested)
        texts = QVBoxLayout()
        texts.addWidget(self.headline)
        texts.addWidget(self.explanation)
        texts.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.link: TeamLink | None = None
        self.hide()

    def set_link(self, link: TeamLink) -> None:
        """Show or hide the banner for the team store's state."""
        self.link = link
        if link.state == TeamLinkState.CONNECTED:
            self.hide()
            return
        if link.state == TeamLinkState.UNREACHABLE:
            self.headline.setText(self.tr("The team server cannot be reached."))
            self.explanation.setText(self.tr(
                "Still works: reading cases and conversations, preparing replies and refunds. "
                "Waits until the server is back: approvals, claims, shared notes and settings. "
                "The desk keeps trying."))
            self.retry.show()
        else:
            self.headline.setText(self.tr("This desk is older than the team store."))
            self.explanation.setText(self.tr(
                "You can read decisions, approvals and notes; changes are refused until this "
                "desk is updated."))
            self.retry.hide()
        self.detail.setText(link.detail)
        self.detail.setVisible(bool(link.detail))
        self.show()
