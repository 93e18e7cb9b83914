"""The conversations page against a real sandbox and cache: search while typing with hits
marked, filters, a thread with audience and deadlines, a reply with a template through the
action sink, drafts that survive a restart, attachments opened safely, a dossier."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from operator_desk.domain.conversations import SELLER, ThreadFilter
from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.services.actions import DirectSink
from operator_desk.services.attachment_files import AttachmentFiles
from operator_desk.services.conversations import TEMPLATES_DIR, ConversationService
from operator_desk.services.dossier import DossierBuilder
from operator_desk.services.drafts import DraftStore
from operator_desk.services.team import TeamService
from operator_desk.services.team_connection import TeamConnector
from operator_desk.store import cache_schema as t
from operator_desk.store.attachments import AttachmentStore
from operator_desk.ui.conversations_model import MATCH_COLUMN, SNIPPET_HTML_ROLE, ThreadListModel
from operator_desk.ui.conversations_page import ConversationsPage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamService]:
    service = TeamConnector(tmp_path / "team").open(Actor("tester", Role.REVIEWER))
    service.seed_templates(TEMPLATES_DIR)
    yield service
    service.close()


class Setup:
    def __init__(self, desk: Desk, tmp_path: Path, team: TeamService | None) -> None:
        self.service = ConversationService(desk.cache, desk.connections,
                                           DirectSink(desk.connections))
        self.service.templates_source = team
        while self.service.summarize_pending():  # judged up front: no reload races the test
            pass
        self.files = AttachmentFiles(desk.connections, AttachmentStore(tmp_path / "att"))
        self.drafts = DraftStore(tmp_path / "drafts")
        self.dossier = DossierBuilder(self.service, self.files, team)
        self.saved_to = tmp_path / "saved"
        self.saved_to.mkdir(exist_ok=True)
        self.exports = tmp_path / "exports"
        self.exports.mkdir(exist_ok=True)


def _page(qtbot: Any, desk: Desk, runner: TaskRunner, setup: Setup,
          language: str = "en") -> ConversationsPage:
    page = ConversationsPage(
        setup.service, desk.connections, runner, {"en": "en_GB", "de": "de_DE"}[language],
        language, setup.files, setup.drafts, setup.dossier,
        ask_path=lambda _w, name: str(setup.saved_to / name),
        ask_dossier=lambda _w, name: str(setup.exports / name),
        choose_files=lambda _w: [])
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: not page._summarizing, timeout=20_000)
    return page


def _rows(page: ConversationsPage, limit: int = 100) -> list[Any]:
    """The rows of the first page (loaded with the query)."""
    return [page.model.row_at(i) for i in range(min(page.model.rowCount(), limit))]


def _select(qtbot: Any, page: ConversationsPage, row: int = 0) -> None:
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.case is not None
                    and page.model.row_at(row) is not None
                    and page.case.thread.thread_id == page.model.row_at(row).thread_id,
                    timeout=10_000)


def test_search_while_typing_marks_hits_in_list_and_thread(qtbot: Any, desk: Desk,
                                                           runner: TaskRunner,
                                                           tmp_path: Path) -> None:
    page = _page(qtbot, desk, runner, Setup(desk, tmp_path, None))
    everything = page.model.rowCount()
    assert everything > 0
    # Typed without accent, in capitals, only the start of the word: still found.
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        qtbot.keyClicks(page.search, "RUCKERSTATT")
    hits = page.model.rowCount()
    assert 0 < hits < everything
    assert page.model.columnCount() == MATCH_COLUMN + 1
    html = page.model.index(0, MATCH_COLUMN).data(SNIPPET_HTML_ROLE)
    assert "<b style=" in html and "ckerstatt" in html.lower()
    _select(qtbot, page)
    assert page.browser.rendered is not None
    assert "class='hit'" in page.browser.rendered.html
    assert "Rückerstatt" in page.browser.toPlainText()
    # A phrase; nothing of FTS5's syntax leaks through.
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search('"die rückerstattung" NEAR( -')
    assert page.model.rowCount() <= hits
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search("zzqqxx-nothing")
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()


def test_filters_narrow_the_list_in_sql(qtbot: Any, desk: Desk, runner: TaskRunner,
                                        tmp_path: Path) -> None:
    page = _page(qtbot, desk, runner, Setup(desk, tmp_path, None))
    page.apply_markets(["DE", "ES", "NL", "CH"])
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(markets=("ES",))
    rows = _rows(page)
    assert rows and all(r is not None and r.market == "ES" for r in rows)
    sample = next(r for r in rows if r is not None and r.order_ref and r.customer)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(order=sample.order_ref, customer=sample.customer.split()[-1])
    found = _rows(page)
    assert sample.thread_id in {r.thread_id for r in found if r}
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.clear_filters()
        page.set_filter(owes_reply=True)
    owing = _rows(page)
    assert owing and all(r is not None and r.owes_since is not None for r in owing)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(owes_reply=False, policy_kinds=("off_platform_contact",))
    flagged = _rows(page)
    assert flagged and all("off_platform_contact" in r.policy_kinds for r in flagged)
    _select(qtbot, page)
    assert page.case is not None
    evidence = [f for found in page.case.findings.values() for f in found
                if f.kind == "off_platform_contact"]
    assert evidence and "class='policy'" in page.browser.rendered.html  # type: ignore[union-attr]
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(policy_kinds=(), late=True, seller=page.case.recipients((SELLER,))[0][1])
    assert all(r.late_answers or r.due for r in _rows(page))


def test_a_thread_shows_audience_events_deadlines_and_why(qtbot: Any, desk: Desk,
                                                          runner: TaskRunner,
                                                          tmp_path: Path) -> None:
    page = _page(qtbot, desk, runner, Setup(desk, tmp_path, None))
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(owes_reply=True)
    _select(qtbot, page)
    case = page.case
    assert case is not None and case.obligations
    text = page.browser.toPlainText()
    assert "Participants:" in text and "seen by" in text
    assert "Order placed" in text  # the order's events on the same timeline
    assert "Seller’s answer due" in text
    obligation = case.obligations[-1]
    page.browser.why_requested.emit(obligation)
    qtbot.waitUntil(lambda: page.why_box is not None, timeout=2000)
    assert page.why_box is not None
    assert "Received" in page.why_box.text() and "Due" in page.why_box.text()
    page.why_box.close()


def test_reply_with_a_template_goes_through_the_sink(qtbot: Any, desk: Desk,
                                                     runner: TaskRunner, tmp_path: Path,
                                                     team: TeamService) -> None:
    setup = Setup(desk, tmp_path, team)
    page = _page(qtbot, desk, runner, setup)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(markets=("DE",))
    _select(qtbot, page)
    case = page.case
    assert case is not None and case.order is not None
    composer = page.composer
    composer.to_customer.setChecked(True)
    qtbot.waitUntil(lambda: len(composer.templates) > 0, timeout=5000)
    # The customer's language comes first.
    assert composer.templates[0].language == (case.customer_language or "de")
    index = next(i for i, tpl in enumerate(composer.templates)
                 if tpl.key == "incident_received") + 1
    composer.template.setCurrentIndex(index)
    composer.template.activated.emit(index)
    body = composer.body.toPlainText()
    assert case.order.customer.display_name in body
    assert (case.order.commercial_id or case.order.order_id) in body
    assert "{" not in body
    qtbot.waitUntil(lambda: setup.drafts.load(composer.draft_key() or "") is not None,
                    timeout=5000)
    composer.send_button.click()
    qtbot.waitUntil(lambda: composer.confirm_box is not None, timeout=2000)
    box = composer.confirm_box
    assert box is not None
    assert case.order.customer.display_name in box.text() and "(customer)" in box.text()
    assert "(seller)" not in box.text()
    before = len(case.thread.messages)
    send = next(b for b in box.buttons() if b.text() == "Send")
    with qtbot.waitSignal(composer.sent, timeout=15_000):
        send.click()
    qtbot.waitUntil(lambda: page.case is not None
                    and len(page.case.thread.messages) == before + 1, timeout=10_000)
    assert page.case is not None
    assert page.case.thread.messages[-1].body == body
    assert setup.drafts.load(composer.draft_key() or "") is None
    assert composer.body.toPlainText() == ""


def test_a_draft_survives_a_restart(qtbot: Any, desk: Desk, runner: TaskRunner,
                                    tmp_path: Path) -> None:
    setup = Setup(desk, tmp_path, None)
    page = _page(qtbot, desk, runner, setup)
    _select(qtbot, page)
    qtbot.keyClicks(page.composer.body, "Half-written answer")
    page.composer.body.insertPlainText(", ß and é")  # QTest types Latin letters only
    key = page.composer.draft_key()
    assert key is not None
    qtbot.waitUntil(lambda: page.composer.draft_label.text() == "Draft saved", timeout=5000)
    thread_id = page.case.thread.thread_id  # type: ignore[union-attr]
    page.close()
    # A new desk (a new store on the same folder) finds it.
    again = _page(qtbot, desk, runner, Setup(desk, tmp_path, None))
    row = again.model.row_of(page.case.thread.market, thread_id)  # type: ignore[union-attr]
    assert row is not None
    _select(qtbot, again, row)
    qtbot.waitUntil(lambda: again.composer.body.toPlainText() != "", timeout=5000)
    assert again.composer.body.toPlainText() == "Half-written answer, ß and é"
    assert again.composer.draft_label.text() == "Draft restored"


def _thread_with_attachments(desk: Desk) -> tuple[str, str]:
    with desk.cache.read() as session:
        rows = session.execute(select(t.messages.c.market, t.messages.c.thread_id,
                                      t.messages.c.attachments)).all()
    best = max(rows, key=lambda r: len(r.attachments or []))
    assert best.attachments
    return best.market, best.thread_id


def test_attachments_open_safely(qtbot: Any, desk: Desk, runner: TaskRunner,
                                 tmp_path: Path) -> None:
    setup = Setup(desk, tmp_path, None)
    page = _page(qtbot, desk, runner, setup)
    market, thread_id = _thread_with_attachments(desk)
    page._selected = (market, thread_id)
    page.load_thread(market, thread_id)
    qtbot.waitUntil(lambda: page.browser.rendered is not None
                    and page.case is not None and page.case.thread.thread_id == thread_id,
                    timeout=10_000)
    rendered = page.browser.rendered
    assert rendered is not None and rendered.attachments
    kinds: set[str] = set()
    for attachment in rendered.attachments:
        page.browser.attachment_requested.emit(attachment)
        viewer = page.viewer
        assert viewer is not None
        with qtbot.waitSignal(viewer.loaded, timeout=10_000) as blocker:
            pass
        preview = blocker.args[0]
        kind = preview.fetched.verdict.kind.value
        kinds.add(kind)
        if kind == "image":  # built from the bytes, after sniffing them
            assert viewer.image is not None and not viewer.image.isNull()
        elif kind == "pdf":  # rendered inside the desk
            assert viewer.page_images and not viewer.page_images[0].isNull()
        else:  # never shown, only saved on request
            assert viewer.image is None and not viewer.page_images
        with qtbot.waitSignal(viewer.saved, timeout=5000) as saved:
            viewer.save_as()
        path = Path(saved.args[0])
        assert path.parent == setup.saved_to and "/" not in path.name
        assert path.read_bytes() == setup.files.read(preview.fetched.digest)
        assert not os.stat(path).st_mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        viewer.close()
    assert kinds & {"image", "pdf"}


def test_dossier_export_reads_back_as_text(qtbot: Any, desk: Desk, runner: TaskRunner,
                                           tmp_path: Path) -> None:
    setup = Setup(desk, tmp_path, None)
    page = _page(qtbot, desk, runner, setup)
    market, thread_id = _thread_with_attachments(desk)
    page._selected = (market, thread_id)
    page.load_thread(market, thread_id)
    qtbot.waitUntil(lambda: page.case is not None and page.case.thread.thread_id == thread_id,
                    timeout=10_000)
    with qtbot.waitSignal(page.dossier_written, timeout=30_000) as written:
        page.export_dossier()
    pdf = Path(written.args[0])
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert page.case is not None
    first = page.case.thread.messages[0]
    assert first.sender.display_name in text
    assert "SHA-256" in text
    assert pdf.with_suffix(".json").exists()


def test_the_list_model_is_a_proper_model(qtbot: Any, qtmodeltester: Any, desk: Desk,
                                          runner: TaskRunner, tmp_path: Path) -> None:
    setup = Setup(desk, tmp_path, None)
    model = ThreadListModel(setup.service, runner, "en_GB", "en", page_size=50)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_query(ThreadFilter(text="paket"))
    qtbot.waitUntil(lambda: all(model.row_at(i) is not None
                                for i in range(model.rowCount())), timeout=10_000)
    qtmodeltester.check(model)


def test_a_new_conversation_with_the_seller_on_the_order(qtbot: Any, desk: Desk,
                                                          runner: TaskRunner,
                                                          tmp_path: Path) -> None:
    setup = Setup(desk, tmp_path, None)
    page = _page(qtbot, desk, runner, setup)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_filter(markets=("NL",))
    _select(qtbot, page)
    case = page.case
    assert case is not None and case.order is not None
    composer = page.composer
    composer.new_thread.setChecked(True)
    assert composer.topic.isVisibleTo(page)
    composer.to_seller.setChecked(True)
    composer.body.setPlainText("Kunt u de retour bevestigen?")
    composer.request_send()
    assert composer.confirm_box is None  # no subject yet: nothing is sent
    composer.topic.setText("Retour")
    composer.request_send()
    box = composer.confirm_box
    assert box is not None and "new conversation “Retour”" in box.text()
    assert "(seller)" in box.text() and "(customer)" not in box.text()
    send = next(b for b in box.buttons() if b.text() == "Send")
    with qtbot.waitSignal(composer.sent, timeout=15_000) as sent:
        send.click()
    outcome = sent.args[0]
    assert outcome.thread_id and outcome.thread_id != case.thread.thread_id
    created = setup.service.thread_case("NL", outcome.thread_id)
    assert created is not None and created.order is not None
    assert created.order.order_id == case.order.order_id
    assert created.thread.messages[-1].body == "Kunt u de retour bevestigen?"
