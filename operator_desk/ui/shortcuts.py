"""The keyboard shortcuts sheet: every action of the current page with its keys."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ShortcutsSheet(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                name = action.text().replace("&", "")
                rows.append((name, keys))
        table = "".join(f"<tr><td style='padding-right:24px'>{escape(name)}</td>"
                        f"<td><b>{escape(keys)}</b></td></tr>" for name, keys in rows)
        self.sheet = QLabel(f"<table>{table}</table>")
        self.sheet.setTextFormat(Qt.TextFormat.RichText)
        self.sheet.setAccessibleName(self.tr("Shortcuts"))
        self.rows = rows
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
