"""Internal notes on a case: for colleagues only, never sent to a customer or a seller.

Reading and writing go through ``CaseService`` on the task runner (the team store may be a
server across the network). A note being typed is kept per case when the agent moves on,
and kept in the box when saving fails: nothing typed is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.team import Note
from operator_desk.services.cases import CaseService, NoteNotSaved, TeamState

from . import theme
from .case_timeline import NotesView, notes_view
from .safe_view import SafeTextBrowser
from .tasks import TaskRunner

log = logging.getLogger(__name__)

# Team store reads and writes may wait on a server: the network lane, not the cache's.
TEAM_LANE = "net"


class CaseNotesPanel(QWidget):
    """The list of a case's internal notes and a box to add one (Ctrl+Return in the box)."""

    note_added = Signal(object)  # Note
    count_changed = Signal(int)

    def __init__(self, locale: str, parent: QWidget | None = None, *,
                 cases: CaseService | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.cases = cases
        self.runner = runner
        self._subject: tuple[str, str] | None = None
        self._timezone: str | None = None
        self._state: TeamState | None = None
        self._drafts: dict[tuple[str, str], str] = {}
        self._generation = 0
        self._saving = False

        self.heading = QLabel(self.tr("Internal notes – visible to colleagues only, never sent "
                                      "to customers or sellers"))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(theme.label_style("#5b2a86", bold=True))
        self.list = SafeTextBrowser()
        self.list.setAccessibleName(self.tr("Internal notes"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write an internal note for colleagues…"))
        self.editor.setAccessibleName(self.tr("New internal note"))
        self.editor.setAccessibleDescription(self.tr(
            "Visible to colleagues only. Ctrl+Return saves the note."))
        self.editor.setTabChangesFocus(True)  # Tab leaves the box: keyboard users get out
        self.editor.setMaximumHeight(self.fontMetrics().height() * 5)
        self.editor.textChanged.connect(self._update_button)
        self.editor.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add internal note"))
        self.add_button.setToolTip(self.tr("Save the note for colleagues (Ctrl+Return in the "
                                           "note box)"))
        self.add_button.clicked.connect(self.add)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()

        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.add_button, 0,
                      Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.setTabOrder(self.editor, self.add_button)
        self.show_view(notes_view(None, locale, None))

    # -- what is shown -----------------------------------------------------------------------
    @property
    def bound(self) -> bool:
        return self.cases is not None and self.runner is not None

    def set_case(self, market: str | None, incident_id: str | None,
                 timezone: str | None = None) -> None:
        """Follow the pane to another case (None: no case); keeps the draft of the last one."""
        subject = (market, incident_id) if market and incident_id else None
        if subject == self._subject:
            self._timezone = timezone or self._timezone
            return
        if self._subject is not None:
            draft = self.editor.toPlainText()
            if draft.strip():
                self._drafts[self._subject] = draft
            else:
                self._drafts.pop(self._subject, None)
        self._generation += 1
        self._subject = subject
        self._timezone = timezone
        self.editor.setPlainText(self._drafts.get(subject, "") if subject else "")
        self._set_status("")

    def show_view(self, view: NotesView) -> None:
        """Set the texts formatted by ``case_timeline.notes_view`` (on a worker)."""
        self._state = view.state
        self.list.show_text(view.html)
        self._set_status(view.status)
        self.editor.setEnabled(view.state == TeamState.AVAILABLE and self._subject is not None)
        self._update_button()
        self.count_changed.emit(view.count)

    def refresh(self) -> None:
        """Re-read the notes of the shown case (a colleague added one)."""
        if not self.bound or self._subject is None:
            return
        assert self.cases is not None and self.runner is not None
        cases, (market, incident_id) = self.cases, self._subject
        locale, timezone, generation = self._locale, self._timezone, self._generation
        self.runner.submit(
            lambda: notes_view(cases.team_facts(market, incident_id), locale, timezone),
            lambda view: self._refreshed(generation, view),
            lambda error: self._read_failed(generation, error), lane=TEAM_LANE)

    def _refreshed(self, generation: int, view: NotesView) -> None:
        if generation == self._generation:
            self.show_view(view)

    def _read_failed(self, generation: int, error: BaseException) -> None:
        log.error("notes could not be read", exc_info=error)
        if generation == self._generation:
            self._set_status(self.tr("The notes could not be read: {0}").format(error),
                             error=True)

    # -- adding ------------------------------------------------------------------------------
    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add(self) -> None:
        """Save the typed note to the team store (off the UI thread)."""
        text = self.editor.toPlainText().strip()
        if not text or self._saving or self._subject is None or not self.bound:
            return
        assert self.cases is not None and self.runner is not None
        cases, subject = self.cases, self._subject
        self._saving = True
        self._update_button()
        self._set_status(self.tr("Saving the note…"))
        self.runner.submit(lambda: cases.add_note(subject[0], subject[1], text),
                           lambda note: self._added(subject, note),
                           lambda error: self._add_failed(subject, error), lane=TEAM_LANE)

    def _added(self, subject: tuple[str, str], note: Note) -> None:
        self._saving = False
        self._drafts.pop(subject, None)
        if subject == self._subject:
            self.editor.clear()
            self._set_status(self.tr("Note saved. Colleagues see it on this case."))
            self.refresh()
        self._update_button()
        self.note_added.emit(note)

    def _add_failed(self, subject: tuple[str, str], error: BaseException) -> None:
        self._saving = False
        self._update_button()
        if isinstance(error, NoteNotSaved):
            text = {
                "empty": self.tr("Write the note first."),
                "unavailable": self.tr("The note was not saved: the team store is not "
                                       "available. Your text is kept; try again when it is "
                                       "back."),
            }.get(error.kind, self.tr("The note was not saved: {0}. Your text is kept; try "
                                      "again.").format(error.detail or error.kind))
        else:
            log.error("note not saved", exc_info=error)
            text = self.tr("The note was not saved because of an unexpected error: {0}. Your "
                           "text is kept.").format(error)
        if subject == self._subject:
            self._set_status(text, error=True)
        else:  # the agent moved on: the text waits as that case's draft
            log.warning("note on %s/%s not saved: %s", *subject, error)

    def _update_button(self) -> None:
        self.add_button.setEnabled(
            self.bound and not self._saving and self._subject is not None
            and self._state == TeamState.AVAILABLE and bool(self.editor.toPlainText().strip()))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(theme.label_style("#a3361f") if error else
                                  theme.secondary_style())
        self.status.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Return in the box saves the note instead of reaching the page's Ctrl+Return
        # (close the incident): the key is claimed before it can become a shortcut.
        if watched is self.editor and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.add()
                return True
        return super().eventFilter(watched, event)
