"""The queue's and the audit log's CSV exports show their progress in a dialog with Cancel;
a cancelled export writes nothing (no half file, no ``.partial``, an older file untouched).

The runner here has one network worker, held busy by a gate until the test has seen the
dialog: the export then starts with Cancel already pressed, or runs to the end, without
depending on how fast this machine writes a file."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import Actor
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.audit_page import AuditPage
from operator_desk.ui.progress import ProgressTask
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk

OLD = "the export of yesterday\n"


@pytest.fixture
def one_lane(qapp: object) -> Iterator[tuple[TaskRunner, threading.Event]]:
    """A runner whose only network worker waits for the returned gate."""
    runner = TaskRunner(net_workers=1)
    gate = threading.Event()
    yield runner, gate
    gate.set()
    runner.shutdown(wait=True)


def _hold(runner: TaskRunner, gate: threading.Event) -> None:
    gate.clear()
    runner.submit(gate.wait, lane="net")


def _reports(task: ProgressTask) -> list[tuple[int, object]]:
    seen: list[tuple[int, object]] = []
    task.relay.reported.connect(lambda done, total, _text: seen.append((done, total)))
    return seen


def test_the_queue_export_shows_progress_and_cancel_writes_nothing(
        qtbot: Any, desk: Desk, one_lane: tuple[TaskRunner, threading.Event],
        tmp_path: Path) -> None:
    runner, gate = one_lane
    page = QueuePage(desk.incidents, desk.connections, runner, "en_GB", "en")
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    rows = page.model.rowCount()
    assert rows > 0
    page.progress_after_ms = 0
    messages: list[str] = []
    page.status_message.connect(messages.append)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "queue.csv"
    target.write_text(OLD, encoding="utf-8")

    _hold(runner, gate)
    task = page.export_to(target)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    assert task.dialog.windowTitle() == "Export the queue as CSV"
    assert task.dialog.labelText() == "Exporting the queue…"
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert messages[-1] == "Export cancelled; no file was written."
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in out.iterdir()) == ["queue.csv"]

    _hold(runner, gate)
    task = page.export_to(target)
    reports = _reports(task)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert reports[-1] == (rows, rows)
    assert messages[-1].startswith(f"{rows} incident")  # (no English catalog loaded here)
    assert messages[-1].endswith(f"exported to {target}.")
    with target.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == rows + 1
    assert sorted(p.name for p in out.iterdir()) == ["queue.csv"]


@pytest.fixture
def audited(tmp_path: Path) -> Iterator[TeamService]:
    team = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                       Actor("sue", Role.SUPERVISOR))
    for n in range(40):
        team.audit("refund.sent", market="DE", subject_type="incident", subject_id=f"I-{n}",
                   amount=Money.of(n, "EUR"))
    yield team
    team.close()


def test_the_audit_export_shows_progress_and_can_be_cancelled(
        qtbot: Any, audited: TeamService, one_lane: tuple[TaskRunner, threading.Event],
        tmp_path: Path) -> None:
    runner, gate = one_lane
    page = AuditPage(audited, runner, "en_GB")
    qtbot.addWidget(page)
    page.show()
    page.progress_after_ms = 0
    out = tmp_path / "out"
    out.mkdir()
    target = out / "audit.csv"
    target.write_text(OLD, encoding="utf-8")

    _hold(runner, gate)
    task = page.export_to(target)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    assert not page.export_button.isEnabled()
    with qtbot.waitSignal(page.export_cancelled, timeout=10_000):
        page.cancel_export()  # what the dialog's Cancel button does
        assert task.dialog.labelText() == "Stopping…"
        gate.set()
    assert page.result.text() == "Export cancelled; no file was written."
    assert page.export_button.isEnabled()
    assert target.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in out.iterdir()) == ["audit.csv"]

    _hold(runner, gate)
    task = page.export_to(target)
    reports = _reports(task)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    with qtbot.waitSignal(page.exported, timeout=10_000) as exported:
        gate.set()
    assert exported.args == [40]
    assert reports[-1] == (40, 40)
    assert len(target.read_text(encoding="utf-8").splitlines()) == 41
    assert sorted(p.name for p in out.iterdir()) == ["audit.csv"]
