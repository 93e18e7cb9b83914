"""The desk in a dark palette: the main window with a case open, a conversation and a seller's
scorecard are built under ``theme.dark_palette()``, and every text the desk colours itself -
labels, notes, status chips, table cells, the case timeline and the thread - contrasts with
what is painted behind it (WCAG's 4.5:1). Style sheets name no colour of their own unless
they set text and background together, as a readable pair."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from operator_desk.ui import (
    case_timeline,
    conversations_model,
    main_window,
    outbox_model,
    queue_model,
    refund_model,
    scorecard_view,
    theme,
    thread_view,
)
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk
from tests.ui.test_conversations_page import Setup
from tests.ui.test_conversations_page import _page as conversations_page

UI = Path(theme.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")

# The colours with meaning the desk defines (text accents, and light background tints).
ACCENTS = {
    **{f"party {k}": v for k, v in case_timeline.PARTY_COLOURS.items()},
    "case warning": case_timeline._WARN, "case muted": case_timeline._MUTED,
    "case event": case_timeline._EVENT_COLOUR, "case good": case_timeline._GOOD,
    "case team": case_timeline._TEAM,
    **{f"status {k}": v for k, v in queue_model._STATUS_COLOURS.items()},
    **{f"level {k.value}": v for k, v in scorecard_view.LEVEL_COLOURS.items()},
    **{f"link {k}": v for k, (v, _mark) in main_window._LINK_STYLE.items()},
    **{f"outbox {k.value}": v for k, v in outbox_model._STATE_COLOURS.items()},
    **{f"thread {k}": v for k, v in thread_view._PARTY_COLOURS.items()},
    "invalid amount": refund_model.INVALID_COLOUR,
}
TINTS = {
    **{f"card {k}": v for k, v in case_timeline.PARTY_BACKGROUNDS.items()},
    **{f"finding {k}": v for k, v in case_timeline.FINDING_COLOURS.items()},
    **{f"level {k.value}": v for k, v in scorecard_view.LEVEL_TINTS.items()},
    **{f"chip {k}": v for k, v in thread_view._CHIP_COLOURS.items()},
    "search hit": conversations_model.HIT, "note": "#fff4e5", "due strip": "#fff0d0",
}


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    QApplication.setPalette(theme.dark_palette())
    assert theme.scheme().dark
    yield QGuiApplication.palette()
    QApplication.setPalette(before)


def test_every_colour_of_the_desk_reads_on_a_dark_palette(dark: QPalette) -> None:
    base = dark.color(QPalette.ColorRole.Base)
    window = dark.color(QPalette.ColorRole.Window)
    text = dark.color(QPalette.ColorRole.Text)
    low = []
    for name, colour in ACCENTS.items():
        for on, behind in (("base", base), ("window", window)):
            ratio = theme.contrast(QColor(theme.ink(colour, on)), behind)
            if ratio < theme.MIN_CONTRAST:
                low.append(f"{name} {colour} on the {on}: {ratio:.1f}")
        label = QColor(theme.readable(colour, None, QPalette.ColorRole.Window))
        if theme.contrast(label, window) < theme.MIN_CONTRAST:
            low.append(f"{name} {colour} as a label")
    for name, colour in TINTS.items():
        tinted = QColor(theme.tint(colour))
        if theme.contrast(text, tinted) < theme.MIN_CONTRAST:
            low.append(f"text on the {name} tint {colour} -> {tinted.name()}")
        for accent in ("#a3361f", "#1f4fa3", "#1b6e3a", "#666666"):  # accents drawn on tints
            if theme.contrast(QColor(theme.ink(accent, tinted.name())), tinted) < \
                    theme.MIN_CONTRAST:
                low.append(f"{accent} on the {name} tint")
    assert not low, "\n".join(low)
    # Secondary text is the palette's, readable, and not palette(mid) (nearly the background).
    assert theme.contrast(QColor(theme.secondary_text()), window) >= theme.MIN_CONTRAST
    assert theme.contrast(dark.color(QPalette.ColorRole.Mid), window) < 2  # why not mid


def test_the_light_palette_keeps_the_colours_as_designed(qapp: QApplication) -> None:
    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    before = QGuiApplication.palette()
    QApplication.setPalette(light)
    try:
        for colour in TINTS.values():
            assert theme.tint(colour) == colour
        for colour in ("#1b6e3a", "#a3361f", "#1f4fa3", "#666666", "#5b2a86"):
            assert theme.ink(colour) == colour
    finally:
        QApplication.setPalette(before)


def _literal_parts(node: ast.expr) -> Iterator[str]:
    """The literal text of a style sheet expression: a string, an f-string's literal parts,
    either branch of a conditional. What a call returns (theme.label_style, ...) is not
    literal text and is left out."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(part.value if isinstance(part, ast.Constant) else "{}"
                      for part in node.values if isinstance(part, (ast.Constant,
                                                                   ast.FormattedValue)))
    elif isinstance(node, ast.IfExp):
        yield from _literal_parts(node.body)
        yield from _literal_parts(node.orelse)


def _style_sheets() -> Iterator[tuple[str, int, str]]:
    """Every style sheet text given to ``setStyleSheet`` in ui/, with file and line."""
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "setStyleSheet" and node.args):
                for text in _literal_parts(node.args[0]):
                    yield path.name, node.lineno, text


def test_style_sheets_name_colours_only_as_readable_pairs() -> None:
    found = list(_style_sheets())
    assert len(found) > 5  # the scan sees the desk's style sheets
    problems = []
    for name, line, sheet in found:
        for rule in sheet.split("}"):
            colours = dict(re.findall(r"(background|(?<![-\w])color)\s*:\s*(#[0-9a-fA-F]{6})",
                                      rule))
            if not HEX.search(rule):
                continue
            if set(colours) != {"background", "color"}:
                problems.append(f"{name}:{line}: {rule.strip()!r} sets a colour without its "
                                "pair; use theme.label_style / note_style / tint")
            elif theme.contrast(QColor(colours["color"]),
                                QColor(colours["background"])) < theme.MIN_CONTRAST:
                problems.append(f"{name}:{line}: {rule.strip()!r} does not contrast")
    assert not problems, "\n".join(problems)


def document_problems(document: QTextDocument, palette: QPalette) -> list[str]:
    """Text fragments of a rich-text document whose colour contrasts too little with what is
    behind them: their own background, else the table cell's or table's (message cards),
    else the view's base."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    problems = []
    block = document.begin()
    while block.isValid():
        behind = base
        table = QTextCursor(block).currentTable()
        if table is not None:
            for format_ in (table.cellAt(QTextCursor(block)).format(), table.format()):
                if format_.background().style() != Qt.BrushStyle.NoBrush:
                    behind = format_.background().color()
                    break
        for position in block:
            fragment = position.fragment()
            if not fragment.isValid() or not fragment.text().strip():
                continue
            char = fragment.charFormat()
            fore = (char.foreground().color()
                    if char.foreground().style() != Qt.BrushStyle.NoBrush else text)
            back = (char.background().color()
                    if char.background().style() != Qt.BrushStyle.NoBrush else behind)
            ratio = theme.contrast(fore, back)
            if ratio < theme.MIN_CONTRAST:
                problems.append(f"{fragment.text()[:40]!r}: {fore.name()} on {back.name()} "
                                f"({ratio:.1f})")
        block = block.next()
    return problems


def _select(view: Any, row: int = 1) -> None:
    model = view.model()
    view.selectionModel().setCurrentIndex(
        model.index(min(row, model.rowCount() - 1), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_the_main_window_reads_in_a_dark_palette(qtbot: Any, dark: QPalette, desk: Desk,
                                                 runner: TaskRunner, tmp_path: Path) -> None:
    window = MainWindow("en_GB", sandbox=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    for link in desk.connections.links.values():
        window.status.set_link(link)
    page = QueuePage(desk.incidents, desk.connections, runner, "en_GB", "en")
    window.add_page(page, "&Incidents", "Ctrl+1")
    window.show_page(page)
    window.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    _select(page.table)
    qtbot.waitUntil(lambda: page.detail.presentation is not None
                    and page.detail.presentation.detail is not None, timeout=20_000)
    assert page.detail.conversation.toPlainText().strip()
    qtbot.wait(300)  # the case pane laid out before the picture
    assert not theme.low_contrast_labels(window)
    assert not document_problems(page.detail.conversation.document(), dark)
    # The queue's coloured cells (status, overdue) against the view's base.
    base = dark.color(QPalette.ColorRole.Base)
    for row in range(min(page.model.rowCount(), 30)):
        for column in range(page.model.columnCount()):
            colour = page.model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            if isinstance(colour, QColor):
                assert theme.contrast(colour, base) >= theme.MIN_CONTRAST, (row, column)

    # A conversation with its audience chips, deadlines and events.
    conversations = conversations_page(qtbot, desk, runner, Setup(desk, tmp_path, None))
    window.add_page(conversations, "&Conversations", "Ctrl+2")
    window.show_page(conversations)
    _select(conversations.table, 0)
    qtbot.waitUntil(lambda: conversations.browser.rendered is not None, timeout=20_000)
    assert conversations.browser.toPlainText().strip()
    assert not document_problems(conversations.browser.document(), dark)
    qtbot.wait(300)  # the composer's new recipient names laid out before the picture
    assert not theme.low_contrast_labels(window)
