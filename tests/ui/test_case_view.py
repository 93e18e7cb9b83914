"""The case pane on screen: the whole story on one timeline, claim next to reality, internal
notes, the keyboard, and untrusted text still shown as text."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from operator_desk.domain.models import Market, Role
from operator_desk.domain.team import Actor, Change, ChangeKind
from operator_desk.services.cases import CaseDetail, CaseService
from operator_desk.services.connections import Connections, Profile
from operator_desk.services.permissions import Permissions
from operator_desk.services.team import TeamService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.case_timeline import FINDING_COLOURS
from operator_desk.ui.incident_view import IncidentView
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.safe_view import LINK_SCHEME
from operator_desk.ui.tasks import TaskRunner
from tests.case_fixtures import (
    AFTER_SOLVED,
    CASE_ID,
    INCIDENTS,
    MARKET,
    MESSAGES,
    NOW,
    PHONE,
    RESOLUTION,
    THREAD,
    days_ago,
    fill_cache,
    story_case,
)
from tests.ui.conftest import Desk
from tests.ui.test_security_rendering import _anchors


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    database = open_cache(tmp_path / "cache.sqlite3")
    fill_cache(database)
    yield database
    database.dispose()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[TeamService, TeamService]]:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    ann = TeamService(open_team_store(url), Actor("ann", Role.AGENT))
    sue = TeamService(open_team_store(url), Actor("sue", Role.SUPERVISOR),
                      clock=lambda: days_ago(2.5))
    yield ann, sue
    ann.close()
    sue.close()


class ProbedCases(CaseService):
    """The real service, recording the thread each load ran on; loads of ``hold`` wait for
    ``release`` (a slow case)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.threads: list[str] = []
        self.hold: str | None = None
        self.release = threading.Event()
        self.finished: list[str] = []

    def load(self, market: str, incident_id: str, language: str) -> CaseDetail | None:
        self.threads.append(threading.current_thread().name)
        if incident_id == self.hold:
            self.release.wait(10)
        try:
            return super().load(market, incident_id, language)
        finally:
            self.finished.append(incident_id)


def _view(qtbot: Any, cases: CaseService | None, runner: TaskRunner | None,
          permissions: Permissions | None = None) -> IncidentView:
    view = IncidentView("en_GB", permissions=permissions, cases=cases, runner=runner)
    qtbot.addWidget(view)
    view.resize(560, 900)
    view.show()
    return view


def _load(qtbot: Any, view: IncidentView, incident_id: str = CASE_ID) -> None:
    with qtbot.waitSignal(view.case_shown, timeout=10_000):
        view.load(MARKET, incident_id)


def _background(document: QTextDocument, text: str) -> str:
    cursor = document.find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2)
    return str(cursor.charFormat().background().color().name())


def test_the_whole_case_is_one_timeline_loaded_off_the_ui_thread(
        qtbot: Any, cache: Database, runner: TaskRunner,
        team: tuple[TeamService, TeamService]) -> None:
    ann, sue = team
    sue.record_decision(MARKET, CASE_ID, "escalate", "noted", "asked for photos", ["M1"])
    cases = ProbedCases(cache, lambda: ann, clock=lambda: NOW)
    view = _view(qtbot, cases, runner)
    _load(qtbot, view)
    assert cases.threads and threading.main_thread().name not in cases.threads

    text = view.conversation.toPlainText()
    story = ["Order placed", "Shipped", "Incident opened by customer",
             "The toaster arrived broken.", PHONE, RESOLUTION, "Seller marked it solved",
             "Decision by sue (supervisor)", "Refund", AFTER_SOLVED]
    positions = [text.find(piece) for piece in story]
    assert -1 not in positions, list(zip(story, positions, strict=True))
    assert positions == sorted(positions)  # in the order it happened
    assert "Other incident" in text and "same order: Kettle" in text
    assert "same customer and seller, order C-O2" in text
    assert "Item arrived broken" in text  # the thread's reason code, named
    assert "The seller answered 15 Nov 2026, 13:00:00, late by 24 hours" in text
    assert "Seller's answer due" in text  # the customer's last message waits for one
    assert "Written after the seller marked it solved." in text
    assert "2 message(s) had arrived that the decision did not see." in text
    assert "Monday, 16 November 2026" in text or "November 2026" in text
    # The seller's phone number is painted, and the kind named.
    assert _background(view.conversation.document(), PHONE) == FINDING_COLOURS[
        "off_platform_contact"]
    assert "off-platform contact" in text
    # Claim and reality side by side, with the flag.
    assert RESOLUTION in view.resolution.text() and "Replacement sent" in view.resolution.text()
    assert AFTER_SOLVED in view.customer_box.text()
    assert view.resolution.isVisible() and view.customer_box.isVisible()
    assert view.claim_flag.isVisible() and "after the seller" in view.claim_flag.text()
    assert "1 on this order, 1 with this customer and seller" in view.facts.text()
    assert view.seen == ("M4",)


def test_notes_from_the_keyboard_and_a_colleagues_note_on_refresh(
        qtbot: Any, cache: Database, runner: TaskRunner,
        team: tuple[TeamService, TeamService]) -> None:
    ann, sue = team
    page = QWidget()  # stands for the queue page: its Ctrl+Return closes the incident
    closes: list[bool] = []
    close_action = QAction("Close incident", page)
    close_action.setShortcut(QKeySequence("Ctrl+Return"))
    close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    close_action.triggered.connect(lambda: closes.append(True))
    page.addAction(close_action)
    view = IncidentView("en_GB", cases=CaseService(cache, lambda: ann), runner=runner)
    QVBoxLayout(page).addWidget(view)
    qtbot.addWidget(page)
    page.resize(560, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    _load(qtbot, view)
    assert view.tabs.tabText(view.tabs.indexOf(view.notes)) == "Internal notes"
    assert "colleagues only" in view.notes.heading.text()

    qtbot.keyClick(view.conversation, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.tabs.currentWidget() is view.notes
    assert view.notes.editor.hasFocus()
    assert not view.notes.add_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(view.notes.editor, "Checked <b>the carrier</b>")
    assert view.notes.add_button.isEnabled()
    with qtbot.waitSignal(view.note_added, timeout=10_000):
        qtbot.keyClick(view.notes.editor, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert closes == []  # the key saved the note; it did not close the incident
    assert [n.body for n in ann.notes(MARKET, "incident", CASE_ID)] == [
        "Checked <b>the carrier</b>"]
    qtbot.waitUntil(lambda: "Checked <b>the carrier</b>" in view.notes.list.toPlainText(),
                    timeout=5000)
    assert view.notes.editor.toPlainText() == ""
    assert "<b>" not in view.notes.list.toHtml()  # a colleague's markup is text too
    assert view.tabs.tabText(view.tabs.indexOf(view.notes)) == "Internal notes (1)"

    sue.add_note(MARKET, "incident", CASE_ID, "Refund approved.")
    view.team_changed([Change(7, ChangeKind.NOTE, "2", MARKET, "sue", NOW)])
    qtbot.waitUntil(lambda: "Refund approved." in view.notes.list.toPlainText(), timeout=5000)
    assert view.tabs.tabText(view.tabs.indexOf(view.notes)) == "Internal notes (2)"
    # Outside the note box, Ctrl+Return is the page's again.
    view.conversation.setFocus()
    qtbot.keyClick(view.conversation, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert closes == [True]


def test_a_draft_waits_per_case_and_a_failed_save_keeps_the_text(
        qtbot: Any, cache: Database, runner: TaskRunner,
        team: tuple[TeamService, TeamService]) -> None:
    ann, _sue = team
    view = _view(qtbot, CaseService(cache, lambda: ann), runner)
    _load(qtbot, view)
    view.notes.editor.setPlainText("half a thought")
    _load(qtbot, view, "I2")
    assert view.notes.editor.toPlainText() == ""
    _load(qtbot, view)
    assert view.notes.editor.toPlainText() == "half a thought"
    ann.store.read_only_reason = "needs desk 9.9.0"  # the store turned read only meanwhile
    view.notes.add()
    qtbot.waitUntil(lambda: "not saved" in view.notes.status.text(), timeout=5000)
    assert "9.9.0" in view.notes.status.text() and "Your text is kept" in view.notes.status.text()
    assert view.notes.editor.toPlainText() == "half a thought"
    assert view.notes.add_button.isEnabled()


def test_without_a_team_store_the_case_shows_and_says_what_is_missing(
        qtbot: Any, cache: Database, runner: TaskRunner) -> None:
    view = _view(qtbot, CaseService(cache), runner)
    _load(qtbot, view)
    assert "Team store unavailable: the team's decisions are not shown." in (
        view.conversation.toPlainText())
    assert "The toaster arrived broken." in view.conversation.toPlainText()
    assert "Team store unavailable" in view.notes.list.toPlainText()
    assert not view.notes.editor.isEnabled() and not view.notes.add_button.isEnabled()


def test_the_agent_moving_on_is_not_overtaken_by_a_slow_case(
        qtbot: Any, cache: Database, runner: TaskRunner) -> None:
    cases = ProbedCases(cache)
    cases.hold = CASE_ID
    view = _view(qtbot, cases, runner)
    view.load(MARKET, CASE_ID)
    _load(qtbot, view, "I2")  # the agent pressed "next" before the first case arrived
    cases.release.set()
    qtbot.waitUntil(lambda: CASE_ID in cases.finished, timeout=5000)
    qtbot.wait(100)  # its result is delivered, and dropped
    presentation = view.presentation
    assert presentation is not None and presentation.incident_id == "I2"
    missing: list[tuple[str, str]] = []
    view.case_missing.connect(lambda market, incident: missing.append((market, incident)))
    view.load(MARKET, "gone")
    qtbot.waitUntil(lambda: bool(missing), timeout=5000)
    assert missing == [(MARKET, "gone")] and view.case is None


def test_untrusted_text_in_the_timeline_stays_text_and_links_use_the_workers_tokens(
        qtbot: Any, cache: Database, runner: TaskRunner) -> None:
    hostile = (f'<b>bold</b><img src="http://127.0.0.1:9/p.gif"> call {PHONE} '
               f'see https://shop.example/track?id=1')
    with cache.write() as session:
        CacheRepository(session).upsert_threads([replace(THREAD, thread_id="T9", messages=(
            replace(MESSAGES[1], message_id="M9", thread_id="T9", body=hostile),))])
    view = _view(qtbot, CaseService(cache), runner)
    _load(qtbot, view)
    text = view.conversation.toPlainText()
    assert '<b>bold</b><img src="http://127.0.0.1:9/p.gif">' in text
    html = view.conversation.toHtml()
    assert "<img" not in html and "<b>bold" not in html
    assert view.conversation.blocked_resources == []
    hrefs = _anchors(view.conversation.document())
    assert hrefs and all(h.startswith(f"{LINK_SCHEME}:") for h in hrefs)
    targets = [view.conversation.links.target(h) for h in hrefs]
    assert "https://shop.example/track?id=1" in targets
    assert "http://127.0.0.1:9/p.gif" in targets  # written out in the text: a link, confirmed
    assert _background(view.conversation.document(), PHONE) == FINDING_COLOURS[
        "off_platform_contact"]


def _permissions(role: Role | None) -> Permissions:
    connections = Connections()
    connections.add(Profile(name="DE", market=Market("DE", "EUR", "Europe/Berlin"),
                            base_url="https://de.example", role=role or Role.AGENT), None)
    permissions = Permissions(connections)
    if role is None:
        permissions.roles["DE"] = None
    return permissions


def test_every_action_has_a_button_a_shortcut_and_a_name(qtbot: Any) -> None:
    view = _view(qtbot, None, None, _permissions(Role.AGENT))
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.show_case(story_case())
    buttons = {
        view.keep_open_button: ("Ctrl+Shift+Return", view.keep_open_requested),
        view.reply_button: ("Ctrl+R", view.reply_requested),
        view.refund_button: ("Ctrl+Shift+R", view.refund_requested),
        view.open_incident_button: ("Ctrl+Shift+I", view.open_incident_requested),
    }
    for button, (keys, signal) in buttons.items():
        assert button.isEnabled() and button.accessibleName()
        assert keys in button.toolTip()
        sequence = QKeySequence(keys)
        combination = sequence[0]
        with qtbot.waitSignal(signal, timeout=2000):
            qtbot.keyClick(view.conversation, combination.key(),
                           combination.keyboardModifiers())
    assert view.close_button.isEnabled() and "Ctrl+Return" in view.close_button.toolTip()
    with qtbot.waitSignal(view.close_requested, timeout=2000):
        view.close_button.click()
    # Tab walks the buttons in reading order.
    view.close_button.setFocus()
    order = [view.close_button]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[1:] == [view.keep_open_button, view.reply_button, view.refund_button,
                         view.open_incident_button]
    qtbot.keyClick(view.conversation, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.conversation.hasFocus()


def test_buttons_say_why_they_are_disabled(qtbot: Any) -> None:
    permissions = _permissions(Role.AGENT)
    view = _view(qtbot, None, None, permissions)
    new = replace(INCIDENTS[0], status="NEW", resolved=None, resolution_message=None)
    view.show_case(story_case(incident=new))
    assert not view.keep_open_button.isEnabled()
    assert "marked as solved can be kept open" in view.keep_open_button.toolTip()
    kept: list[bool] = []
    view.keep_open_requested.connect(lambda: kept.append(True))
    view.keep_open_button.click()
    assert kept == []
    assert view.reply_button.isEnabled() and view.close_button.isEnabled()
    permissions.roles["DE"] = None  # the platform says this key is not an operator's
    view.refresh_actions()
    for button in (view.close_button, view.reply_button, view.refund_button,
                   view.open_incident_button):
        assert not button.isEnabled()
        assert "not belong to an operator" in button.toolTip()
    view.clear()
    assert view.case is None and not view.body.isVisible()


def test_the_queue_page_shows_the_whole_case_once_the_pane_is_bound(
        qtbot: Any, desk: Desk, runner: TaskRunner) -> None:
    page = QueuePage(desk.incidents, desk.connections, runner, "de_DE", "de")
    page.detail.bind(CaseService(desk.cache, lambda: desk.incidents.team), runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: page.detail.presentation is not None
                    and page.detail.presentation.detail is not None, timeout=10_000)
    shown = page.detail.presentation
    assert shown is not None and shown.detail is not None
    row = page.selected_row()
    assert row is not None and (row.market, row.incident_id) == (shown.market,
                                                                 shown.incident_id)
    text = page.detail.conversation.toPlainText()
    assert "Order placed" in text and "Seller marked it solved" in text
    first = shown.case.threads[0].messages[0].body.splitlines()[0]
    assert first[:20] in text
    assert "Team store unavailable" in page.detail.notes.list.toPlainText()
    assert page.detail.resolution.isVisible() and page.detail.customer_box.isVisible()
