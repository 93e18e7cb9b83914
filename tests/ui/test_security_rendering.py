"""A hostile message on screen: markup shown as text, nothing fetched, links only on request."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from operator_desk.domain.models import (
    Attachment,
    Customer,
    Incident,
    Message,
    Order,
    Participant,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.safe_text import LinkVerdict
from operator_desk.ui.incident_view import IncidentView
from operator_desk.ui.safe_view import LINK_SCHEME, LinkOpener, SafeTextBrowser

HOSTILE = ('<b>bold</b><img src="http://tracker.example/p.gif">'
           '<a href="javascript:alert(1)">click</a><script>x</script>')
WHEN = datetime(2026, 8, 18, 7, 55, tzinfo=UTC)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tracker() -> Iterator[tuple[str, list[str]]]:
    """A loopback web server that counts every request: a tracking pixel's view of the world."""
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


def _case(body: str, resolution: str, shop_name: str) -> IncidentCase:
    incident = Incident(market="DE", incident_id="I1", order_id="O1", order_line_id="O1-1",
                        status="RESOLVED", opened=WHEN, opening_reason_code="12",
                        opened_by="CUSTOMER", last_action=WHEN, last_action_by="SHOP",
                        resolved=WHEN + timedelta(days=1), resolution_reason_code="21",
                        resolution_message=resolution)
    order = Order(market="DE", order_id="O1", commercial_id="O1", shop_id="S1",
                  shop_name=shop_name, customer=Customer("C1", "Max", "<i>Muster</i>",
                                                         "max@example.org"),
                  state="SHIPPED", currency="EUR", total_price=Money.of("10", "EUR"),
                  shipping_price=Money.of("0", "EUR"), created=WHEN, last_updated=WHEN,
                  has_incident=True)
    message = Message(message_id="M1", thread_id="T1", created=WHEN,
                      sender=Participant("SHOP_USER", "Evil <img src=x> Shop", "S1"),
                      recipients=(Participant("CUSTOMER", "Max", "C1"),), body=body,
                      attachments=(Attachment("A1", "../../invoice\u202efdp.exe", 999),))
    thread = Thread(market="DE", thread_id="T1", topic="<h1>Hi</h1>", entity_type="MMP_ORDER",
                    entity_id="O1", created=WHEN, updated=WHEN, message_count=1,
                    messages=(message,))
    return IncidentCase(incident, order, None, None, None, (thread,))


def _anchors(document: QTextDocument) -> list[str]:
    hrefs = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                hrefs.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return hrefs


class _Choices:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[LinkVerdict] = []
        self.opened: list[str] = []

    def confirm(self, verdict: LinkVerdict, _parent: object) -> bool:
        self.asked.append(verdict)
        return self.answer

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True


def _view(qtbot: Any, choices: _Choices) -> IncidentView:
    view = IncidentView("en_GB")
    view.conversation.opener = LinkOpener(view.conversation, confirm=choices.confirm,
                                    open_url=choices.open_url)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def test_a_hostile_message_is_shown_as_text_and_loads_nothing(
        qtbot: Any, tracker: tuple[str, list[str]]) -> None:
    root, hits = tracker
    body = (f"{HOSTILE}\n<img src=\"{root}/pixel.gif\"> <link rel=stylesheet href=\"{root}/s.css\">"
            f"\nTracking: https://shop.example/track?id=1 and {root}/linked.")
    choices = _Choices(answer=False)
    view = _view(qtbot, choices)
    view.show_case(_case(body, f'<img src="{root}/resolution.gif">Erledigt',
                         f'<span style="background:url({root}/bg.png)">Shop</span>'))
    qtbot.wait(300)  # give any fetch a chance to happen

    text = view.conversation.toPlainText()
    for literal in ("<b>bold</b>", '<img src="http://tracker.example/p.gif">',
                    '<a href="javascript:alert(1)">click</a>', "<script>x</script>",
                    "Evil <img src=x> Shop", "<h1>Hi</h1>"):
        assert literal in text, literal
    # The cleaned file name, marked as one a double click would run.
    assert "invoice\ufffd" not in text and "⚠ invoicefdp.exe" in text
    assert "<img" not in view.resolution.text() and "&lt;img" in view.resolution.text()
    assert "<span" not in view.facts.text() and "&lt;i&gt;Muster" in view.facts.text()
    html = view.conversation.toHtml()
    assert "<img" not in html and "<script" not in html
    # The only links are addresses written out in the text (those inside the markup too,
    # shown as text and clickable only through the confirmation), behind desk tokens;
    # the javascript: "link" is not among them.
    hrefs = _anchors(view.conversation.document())
    assert all(h.startswith(f"{LINK_SCHEME}:") for h in hrefs)
    assert [view.conversation.links.target(h) for h in hrefs] == [
        "http://tracker.example/p.gif", f"{root}/pixel.gif", f"{root}/s.css",
        "https://shop.example/track?id=1", f"{root}/linked"]
    assert view.conversation.blocked_resources == []  # nothing was even asked for
    assert hits == []


def test_javascript_links_never_open_and_real_ones_only_after_confirmation(
        qtbot: Any, tracker: tuple[str, list[str]]) -> None:
    _root, hits = tracker
    choices = _Choices(answer=False)
    view = _view(qtbot, choices)
    view.show_case(_case(f"{HOSTILE} see https://shop.example/track?id=1", "", "Shop"))
    refused: list[tuple[str, str]] = []
    view.conversation.opener.refused.connect(lambda url, why: refused.append((url, why)))

    # Whatever reaches the browser widget as a javascript: link is refused, with a notice.
    view.conversation.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert refused and refused[0][0] == "javascript:alert(1)"
    notice = view.conversation.opener.notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert "javascript:alert(1)" in notice.text()
    notice.close()
    assert choices.asked == [] and choices.opened == []

    # A real click on the written-out address asks first; "Cancel" opens nothing.
    cursor = view.conversation.document().find("https://shop.example")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3, QTextCursor.MoveMode.MoveAnchor)
    point = view.conversation.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(view.conversation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [v.real_target for v in choices.asked] == ["https://shop.example/track?id=1"]
    assert choices.opened == []
    # "Open" opens exactly that address, through the desktop, never inside the desk.
    choices.answer = True
    qtbot.mouseClick(view.conversation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert choices.opened == ["https://shop.example/track?id=1"]
    assert hits == []


def test_the_view_refuses_tokens_it_did_not_issue_and_blocks_injected_resources(
        qtbot: Any, tracker: tuple[str, list[str]]) -> None:
    root, hits = tracker
    choices = _Choices(answer=True)
    browser = SafeTextBrowser(opener=None)
    browser.opener = LinkOpener(browser, confirm=choices.confirm, open_url=choices.open_url)
    browser.opener.show_refusals = False
    qtbot.addWidget(browser)
    # Markup that bypassed the escaping would still fetch nothing: the control for the above.
    browser.setHtml(f'<img src="{root}/control.gif"><a href="{root}/x">x</a>')
    browser.show()
    qtbot.wait(200)
    assert {u.toString() for u in browser.blocked_resources} == {f"{root}/control.gif"}
    browser.anchorClicked.emit(QUrl(f"{root}/x"))  # a raw href, not a desk token
    browser.anchorClicked.emit(QUrl(f"{LINK_SCHEME}:7"))  # a token that was never issued
    assert choices.asked == [] and choices.opened == []
    assert hits == []
