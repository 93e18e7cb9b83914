"""Layout checks: texts a widget shows that do not fit in it.

Used by the screenshot scripts (``--check``) and by the pseudo-locale test, where every
string is stretched: a label or button whose text is wider than the widget is cut for some
language, and a user would read half a word.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def cut_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text is wider than they are (not wrapped)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            shown = widget.text().split("\n")[0].replace("&&", "\0").replace("&", "")
            needed = widget.fontMetrics().horizontalAdvance(shown.replace("\0", "&"))
            if needed > widget.contentsRect().width() + 1 and "<" not in widget.text():
                found.append(f"label {widget.text()[:60]!r}: {needed} > {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if hint > widget.width() + 1:
                found.append(f"button {widget.text()[:60]!r}: {hint} > {widget.width()}")
    return found
