"""Dossiers from a real sandbox and cache: the PDF reads back as the same content as the JSON
(messages, audience, policy findings, SLA breaches, attachments with SHA-256); a cancelled
export writes nothing; without a Unicode font the PDF still comes out."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from operator_desk.domain.conversations import ThreadFilter, ThreadSort
from operator_desk.domain.models import Role
from operator_desk.services.actions import DirectSink
from operator_desk.services.attachment_files import AttachmentFiles
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.conversations import ConversationService, ThreadCase
from operator_desk.services.dossier import DossierBuilder, ExportCancelled
from operator_desk.services.sync import SyncService
from operator_desk.store import cache_schema as t
from operator_desk.store.attachments import AttachmentStore
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from tests.conftest import RunningSandbox


class World:
    def __init__(self, cache: Database, connections: Connections, tmp_path: Path) -> None:
        self.cache = cache
        self.connections = connections
        self.service = ConversationService(cache, connections, DirectSink(connections))
        self.files = AttachmentFiles(connections, AttachmentStore(tmp_path / "att"))
        self.builder = DossierBuilder(self.service, self.files)
        while self.service.summarize_pending():
            pass


@pytest.fixture
def world(sandbox: RunningSandbox, tmp_path: Path) -> Iterator[World]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    connections = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    sync = SyncService(cache, connections)
    sync.register_markets()
    sync.sync()
    yield World(cache, connections, tmp_path)
    connections.close()
    cache.dispose()


def _case(world: World, filter_: ThreadFilter) -> ThreadCase:
    rows = world.service.thread_page(filter_, ThreadSort(), 0, 50).rows
    assert rows
    case = world.service.thread_case(rows[0].market, rows[0].thread_id)
    assert case is not None
    return case


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_pdf_and_json_carry_the_same_case(world: World, tmp_path: Path) -> None:
    case = _case(world, ThreadFilter(policy_kinds=("off_platform_contact",), late=True))
    progress: list[tuple[int, int, str]] = []
    dossier = world.builder.collect([case], {"kind": "thread", "title": "Test case"},
                                    lambda *p: progress.append(p))
    pdf, json_path = world.builder.write(dossier, tmp_path / "case.pdf")
    data = json.loads(json_path.read_text("utf-8"))
    assert data == json.loads(json.dumps(dossier.data))
    text = _squash(_text(pdf))
    # Findings are marked in the PDF right after their text: "... [off_platform_contact]".
    unmarked = re.sub(r" \[(off_platform_contact|marketing|non_answer)\]", "", text)
    messages = [e for e in data["timeline"] if e["type"] == "message"]
    assert len(messages) == len(case.thread.messages)
    for entry in messages:
        assert entry["sender"]["name"] in text
        first_line = entry["body"].strip().splitlines()[0][:40]
        assert _squash(first_line) in unmarked
    findings = [f for e in messages for f in e["policy_findings"]]
    assert findings and data["policy_findings"] == len(findings)
    for finding in findings:
        if finding["kind"] != "non_answer":
            assert _squash(finding["text"]) + " [" + finding["kind"] + "]" in text
    assert data["sla_breaches"] and "LATE by" in text
    assert f"SLA breaches ({len(data['sla_breaches'])})" in text
    assert any(e["type"] == "event" for e in data["timeline"]) and "Order placed" in text
    assert all(set(e["audience"]) <= {"customer", "seller", "operator"} for e in messages)
    assert progress and progress[-1][0] == progress[-1][1] - 1


def test_attachments_are_listed_with_their_sha256_and_images_embedded(
        world: World, tmp_path: Path, sandbox: RunningSandbox) -> None:
    with world.cache.read() as session:
        rows = session.execute(select(t.messages.c.market, t.messages.c.thread_id,
                                      t.messages.c.attachments)).all()
    market, thread_id, _a = max(rows, key=lambda r: len(r.attachments or []))
    case = world.service.thread_case(market, thread_id)
    assert case is not None
    dossier = world.builder.collect([case], {"kind": "thread", "title": thread_id})
    pdf, json_path = world.builder.write(dossier, tmp_path / "att.pdf")
    listed = [a for e in json.loads(json_path.read_text("utf-8"))["timeline"]
              if e["type"] == "message" for a in e["attachments"]]
    assert listed and all(a["sha256"] for a in listed)
    connector = world.connections.connector(market)
    assert connector is not None
    originals = {a.name: a for m in case.thread.messages for a in m.attachments}
    for item in listed:
        raw = connector.download_attachment(originals[item["name"]].attachment_id, 10**8)
        assert item["sha256"] == hashlib.sha256(raw.content).hexdigest()
    text = _squash(_text(pdf))
    assert all(item["sha256"] in text.replace(" ", "") for item in listed)
    if any(a["type"].startswith("image/") for a in listed):
        assert dossier.images and any(page.images for page in PdfReader(pdf).pages)


def test_a_cancelled_export_writes_nothing(world: World, tmp_path: Path) -> None:
    case = _case(world, ThreadFilter())
    cancel = threading.Event()
    cancel.set()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        dossier = world.builder.collect([case], {"title": "x"}, cancel=cancel)
        world.builder.write(dossier, out / "x.pdf", cancel=cancel)
    dossier = world.builder.collect([case], {"title": "x"})
    with pytest.raises(ExportCancelled):
        world.builder.write(dossier, out / "x.pdf", cancel=cancel)
    assert list(out.iterdir()) == []


def test_without_a_unicode_font_the_pdf_still_comes_out(world: World, tmp_path: Path) -> None:
    builder = DossierBuilder(world.service, None, font_candidates=())
    case = _case(world, ThreadFilter(markets=("DE",)))
    dossier = builder.collect([case], {"title": "Ärger"})
    pdf, _json = builder.write(dossier, tmp_path / "latin.pdf")
    assert "Dossier:" in _text(pdf)


def test_an_incident_dossier_covers_every_thread_of_its_order(world: World,
                                                              tmp_path: Path) -> None:
    with world.cache.read() as session:
        market, incident_id = session.execute(
            select(t.incidents.c.market, t.incidents.c.incident_id).limit(1)).one()
    cases = world.builder.thread_cases_for_incident(market, incident_id)
    assert cases
    dossier = world.builder.collect(cases, {"kind": "incident", "title": incident_id})
    assert dossier.data["incidents"] and len(dossier.data["threads"]) == len(cases)
    pdf, _json = world.builder.write(dossier, tmp_path / "incident.pdf")
    assert f"Incident {incident_id}" in _squash(_text(pdf))
