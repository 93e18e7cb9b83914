"""The case pane around a decision, on the sandbox through the real widgets: the shortcuts
sheet lists the pane's keys, the incident's dossier is exported (and a cancelled export leaves
nothing), the keep-open dialog fills templates as the reply composer does, and keep open on a
marketplace without the dispute call keeps the incident open and records the decision."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtGui import QKeySequence

from operator_desk.domain.models import Role
from operator_desk.domain.queue import IncidentCase, QueueFilter, QueueSort, QueueView
from operator_desk.domain.team import Actor
from operator_desk.services.actions import DirectSink
from operator_desk.services.attachment_files import AttachmentFiles
from operator_desk.services.connections import connect_sandbox
from operator_desk.services.conversations import TEMPLATES_DIR, ConversationService
from operator_desk.services.dossier import DossierBuilder
from operator_desk.services.incidents import IncidentService
from operator_desk.services.team import TeamService
from operator_desk.services.team_connection import TeamConnector
from operator_desk.store.attachments import AttachmentStore
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox
from tests.ui.conftest import Desk
from tests.wsgi_server import serving


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamService]:
    service = TeamConnector(tmp_path / "team").open(Actor("kim", Role.AGENT))
    service.seed_templates(TEMPLATES_DIR)
    yield service
    service.close()


def _page(qtbot: Any, desk: Desk, runner: TaskRunner, incidents: IncidentService | None = None,
          team: TeamService | None = None) -> QueuePage:
    service = incidents or desk.incidents
    service.team = team
    page = QueuePage(service, service.connections, runner, "en_GB", "en")
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
    return page


def _conversations(desk: Desk, team: TeamService | None) -> ConversationService:
    service = ConversationService(desk.cache, desk.connections, DirectSink(desk.connections))
    service.templates_source = team
    return service


def _show(qtbot: Any, page: QueuePage, case: IncidentCase) -> None:
    """Bring one case to the pane: search its order, the queue selects it."""
    page.set_search(case.incident.order_id)
    qtbot.waitUntil(lambda: page.detail.case is not None
                    and page.detail.case.incident.incident_id == case.incident.incident_id,
                    timeout=10_000)


def test_the_shortcuts_sheet_lists_the_case_panes_keys(qtbot: Any, desk: Desk,
                                                       runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    page.shortcuts_action.trigger()  # F1
    sheet = page.shortcuts_sheet
    assert sheet is not None and sheet.isVisible()
    rows = dict(sheet.rows)
    native = QKeySequence.SequenceFormat.NativeText
    for name, keys in (("Close incident", "Ctrl+Return"),
                       ("Keep the incident open", "Ctrl+Shift+Return"),
                       ("Reply", "Ctrl+R"), ("Refund", "Ctrl+Shift+R"),
                       ("Open an incident", "Ctrl+Shift+I"), ("Internal notes", "Ctrl+Shift+N"),
                       ("Timeline", "Ctrl+Shift+T"),
                       ("Export the incident's dossier", "Ctrl+Shift+D")):
        assert rows.get(name) == QKeySequence(keys).toString(native), name
    assert "Export the incident" in sheet.sheet.text()
    sheet.close()
    # Proposing a sanction is a reviewer's: an agent sees the button, disabled, and why.
    button = page.detail.sanction_button
    assert not button.isEnabled() and "reviewer" in button.toolTip()


def test_the_incident_dossier_is_exported_and_a_cancelled_export_leaves_nothing(
        qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path) -> None:
    page = _page(qtbot, desk, runner)
    conversations = _conversations(desk, None)
    files = AttachmentFiles(desk.connections, AttachmentStore(tmp_path / "attachments"))
    page.set_conversations(conversations, None, DossierBuilder(conversations, files))
    case = page.detail.case
    assert case is not None and case.threads
    exports = tmp_path / "exports"
    exports.mkdir()
    page.tools.ask_dossier = lambda _parent, name: str(exports / name)
    assert page.detail.dossier_button.isEnabled()
    with qtbot.waitSignal(page.tools.dossier_written, timeout=60_000) as written:
        page.detail.dossier_button.click()
    pdf = Path(str(written.args[0]))
    assert pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(pdf.with_suffix(".json").read_text("utf-8"))
    assert data["subject"]["kind"] == "incident"
    assert data["subject"]["incident_id"] == case.incident.incident_id
    assert {t["thread_id"] for t in data["threads"]} == {t.thread_id for t in case.threads}
    assert case.incident.incident_id in {i["incident_id"] for i in data["incidents"]}
    assert sorted(p.name for p in exports.iterdir()) == sorted([pdf.name,
                                                                pdf.with_suffix(".json").name])

    # Cancel, as the progress dialog's button does: neither file, no temporary left.
    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    page.tools.ask_dossier = lambda _parent, name: str(cancelled / name)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    task = page.tools.export_dossier(case)
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: "Export cancelled; nothing was written." in messages,
                    timeout=30_000)
    assert list(cancelled.iterdir()) == []
    assert page.tools.export is None


def _case_with_an_open_question(desk: Desk, conversations: ConversationService
                                ) -> IncidentCase:
    """A seller-solved incident whose first order thread has a question the seller still
    owes an answer to (so the composer has a due date to fill)."""
    rows = desk.incidents.queue_page(QueueFilter(view=QueueView.MARKED_SOLVED,
                                                 customer_wrote_after=True),
                                     QueueSort(), 0, 200, "en").rows
    for row in rows:
        case = desk.incidents.case(row.market, row.incident_id, "en")
        if case is None or not case.threads:
            continue
        thread = conversations.thread_case(row.market, case.threads[0].thread_id)
        if thread is not None and any(not o.assessment.answered for o in thread.obligations):
            return case
    raise AssertionError("the fixture has no solved incident with an open question")


def test_keep_open_fills_template_placeholders_as_the_composer_does(
        qtbot: Any, desk: Desk, runner: TaskRunner, team: TeamService) -> None:
    conversations = _conversations(desk, team)
    target = _case_with_an_open_question(desk, conversations)
    page = _page(qtbot, desk, runner, team=team)
    page.set_conversations(conversations, None, None)
    _show(qtbot, page, target)
    page.request_keep_open()
    qtbot.waitUntil(lambda: page.decisions.dialog is not None
                    and page.decisions.dialog.isVisible(), timeout=10_000)
    dialog = page.decisions.dialog
    seller = dialog.seller
    seller.enabled.setChecked(True)
    language = seller.templates[0].language  # the seller's language comes first
    index = next(i for i, t in enumerate(seller.templates)
                 if t.key == "seller_act_within" and t.language == language)
    seller.template.setCurrentIndex(index + 1)  # after "No template"
    seller.template.activated.emit(index + 1)
    body = seller.body.toPlainText()
    thread = conversations.thread_case(target.incident.market, target.threads[0].thread_id)
    assert thread is not None
    values = conversations.placeholder_values(thread, language)
    assert values["due_date"] and values["due_date"] in body
    assert "{" not in body  # seller, order number and due date all filled
    assert target.order is not None and target.order.shop_name in body
    dialog.reject()


def _without_dispute(app: Any) -> Any:
    """The real sandbox minus its dispute extension: what a Mirakl instance looks like."""

    def middleware(environ: dict[str, Any], start_response: Any) -> Any:
        if environ["PATH_INFO"].endswith("/dispute"):
            start_response("404 Not Found", [("Content-Type", "application/json")])
            return [b'{"status": 404, "message": "Not found"}']
        return app(environ, start_response)

    return middleware


@pytest.fixture
def no_dispute_keys(sandbox: RunningSandbox, tmp_path: Path) -> Iterator[Path]:
    """keys.json of the sandbox with every market behind a server without the dispute call."""
    with serving(_without_dispute(sandbox.server.api)) as port:
        folder = tmp_path / "no-dispute"
        folder.mkdir()
        keys = json.loads((sandbox.data_dir / "keys.json").read_text())
        for entry in keys["markets"].values():
            prefix = entry["base_url"].rsplit("/", 1)[1]
            entry["base_url"] = f"http://127.0.0.1:{port}/{prefix}"
        (folder / "keys.json").write_text(json.dumps(keys))
        yield folder / "keys.json"


def test_keep_open_without_a_dispute_call_keeps_it_open_and_records_why(
        qtbot: Any, desk: Desk, runner: TaskRunner, no_dispute_keys: Path,
        tmp_path: Path) -> None:
    connections = connect_sandbox(no_dispute_keys, Role.AGENT)
    team = TeamConnector(tmp_path / "team").open(Actor("lou", Role.AGENT))
    try:
        incidents = IncidentService(desk.cache, connections)
        page = _page(qtbot, desk, runner, incidents=incidents, team=team)
        case = page.detail.case
        assert case is not None and case.incident.status == "RESOLVED" and not case.derived
        seen = tuple(th.messages[-1].message_id for th in case.threads if th.messages)
        page.request_keep_open()
        qtbot.waitUntil(lambda: page.decisions.dialog is not None
                        and page.decisions.dialog.isVisible(), timeout=10_000)
        dialog = page.decisions.dialog
        why = "The customer's photos show the wrong model; the seller's fix is not one."
        dialog.why.setPlainText(why)
        messages: list[str] = []
        page.status_message.connect(messages.append)
        with qtbot.waitSignal(page.decisions.decided, timeout=20_000):
            dialog.confirm.click()
        assert any("stays open" in m for m in messages)
        assert page.error_box is None  # no failure was shown
        market, incident_id = case.incident.market, case.incident.incident_id
        entry = desk.sandbox.keys[market]
        record = requests.get(f"{entry['base_url']}/api/incidents", timeout=10,
                              params={"incident_ids": incident_id},
                              headers={"Authorization": entry["keys"]["agent"]}
                              ).json()["data"][0]
        assert record["status"] == "RESOLVED"  # nothing to dispute with: still open
        (decision,) = team.decisions_for_case(market, incident_id)
        assert (decision.actor, decision.role, decision.action, decision.outcome) == (
            "lou", "agent", "keep_open", "kept open")
        assert decision.reasons == why
        assert decision.seen == seen and seen
    finally:
        connections.close()
        team.close()
