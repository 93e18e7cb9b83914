"""The queue and the outbox: a close refused because the case changed is kept in the outbox and
the agent is told so, and a case whose close waits in the outbox shows as pending in the queue
until the outbox has sent it - on the sandbox, through the real UI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_desk.domain.outbox import OutboxFilter, OutboxSort, OutboxState
from operator_desk.domain.queue import QueueColumn
from operator_desk.services.incidents import IncidentService
from operator_desk.services.outbox import OutboxService, OutboxSink
from operator_desk.store.outbox import open_outbox
from operator_desk.sync.push import Backoff
from operator_desk.ui.queue_model import COLUMNS
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.reliability import sandbox_tools as tools
from tests.ui.conftest import Desk

STATUS = COLUMNS.index(QueueColumn.STATUS)


@dataclass
class Queue:
    page: QueuePage
    outbox: OutboxService
    desk: Desk

    def status_of(self, market: str, incident_id: str) -> tuple[str, str] | None:
        """The row's status text and tooltip, or None when the row left the view."""
        row = self.page.model.row_of(market, incident_id)
        if row is None:
            return None
        index = self.page.model.index(row, STATUS)
        return str(index.data()), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")

    def push(self) -> None:
        self.outbox.push("DE")


@pytest.fixture
def queue(qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path) -> Iterator[Queue]:
    """The queue page over an incident service whose sink is the outbox, as the desk wires
    it (sent closes reach the cache; the rows follow the outbox)."""
    outbox = OutboxService(open_outbox(tmp_path / "outbox.sqlite3"), desk.connections,
                           backoff=Backoff(base=0.01, cap=0.05, floor=0.0, jitter=0.0,
                                           settle=0.0))
    incidents = IncidentService(desk.cache, desk.connections, sink=OutboxSink(outbox))
    outbox.sent_listeners.append(incidents.action_sent)
    page = QueuePage(incidents, desk.connections, runner, "en_GB", "en")
    page.follow_outbox(outbox)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    yield Queue(page, outbox, desk)
    outbox.close()
    outbox.outbox.dispose()


def _open_case(qtbot: Any, queue: Queue) -> tools.Case:
    """A case (RESOLVED, with a customer thread) opened in the pane, as the agent reads it."""
    case = tools.resolved_cases(queue.desk.sandbox.engine, "DE", 1)[0]
    page = queue.page
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search(case.order_id)
    qtbot.waitUntil(lambda: page.detail.case is not None
                    and page.detail.case.incident.incident_id == case.incident_id,
                    timeout=10_000)
    return case


def _confirm_close(qtbot: Any, page: QueuePage) -> None:
    qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=10_000)
    page.close_dialog.confirm.click()  # type: ignore[union-attr]


def test_a_close_refused_for_a_conflict_waits_in_the_outbox_and_says_so(
        qtbot: Any, queue: Queue) -> None:
    page = queue.page
    case = _open_case(qtbot, queue)
    assert queue.status_of("DE", case.incident_id) == ("Marked solved", "Marked solved")
    # The customer writes again while the agent is deciding.
    tools.customer_writes(queue.desk.sandbox.server, "DE", case.order_id,
                          "It is still broken, please do not close this!")
    _confirm_close(qtbot, page)
    qtbot.waitUntil(lambda: page.error_box is not None, timeout=15_000)
    text = page.error_box.text()  # type: ignore[union-attr]
    assert text.startswith("The case changed since you read it: The customer wrote 1 new "
                           "message(s) since you read the case.")
    assert "still broken" in text
    assert text.endswith(". The close waits in the outbox; send it anyway or discard it "
                         "there.")
    (entry,) = queue.outbox.page(OutboxFilter(), OutboxSort(), 0, 5)
    assert entry.state == OutboxState.CONFLICT and entry.subject == case.incident_id
    # The row shows the case as pending, with the reason in its tooltip, until it is sent.
    qtbot.waitUntil(lambda: (queue.status_of("DE", case.incident_id) or ("",))[0]
                    == "Marked solved · conflict in the outbox", timeout=10_000)
    tip = queue.status_of("DE", case.incident_id)[1]  # type: ignore[index]
    assert tip.startswith("Close incident: waits in the outbox because the case changed")
    assert tools.incident_status(queue.desk.sandbox.engine, case.incident_id) == "RESOLVED"
    assert queue.outbox.send_anyway(entry.action_id)
    queue.push()
    assert tools.incident_status(queue.desk.sandbox.engine, case.incident_id) == "CLOSED"
    # Sent: the cache knows it is closed, so it leaves the "marked solved" view.
    qtbot.waitUntil(lambda: queue.status_of("DE", case.incident_id) is None, timeout=10_000)


def test_a_close_queued_offline_shows_pending_until_the_outbox_sends_it(
        qtbot: Any, queue: Queue) -> None:
    page = queue.page
    case = _open_case(qtbot, queue)
    connector = queue.desk.connections.connectors.pop("DE")  # the marketplace goes away
    messages: list[str] = []
    page.status_message.connect(messages.append)
    with qtbot.waitSignal(page.incident_closed, timeout=10_000):
        _confirm_close(qtbot, page)
    assert any("waits in the outbox" in m for m in messages)
    qtbot.waitUntil(lambda: (queue.status_of("DE", case.incident_id) or ("",))[0]
                    == "Marked solved · pending in the outbox", timeout=10_000)
    assert queue.status_of("DE", case.incident_id)[1] == (  # type: ignore[index]
        "Close incident: waits in the outbox until it is sent.")
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search("")  # the whole queue: only this case waits
    shown = [page.model.row_at(r) for r in range(min(page.model.rowCount(), 100))]
    pending = [row.incident_id for r, row in enumerate(shown) if row is not None
               and "outbox" in str(page.model.index(r, STATUS).data())]
    assert len([row for row in shown if row is not None]) > 1
    ours = any(row is not None and row.incident_id == case.incident_id for row in shown)
    assert pending == ([case.incident_id] if ours else [])
    queue.desk.connections.connectors["DE"] = connector  # back: the outbox sends it
    queue.push()
    assert tools.incident_status(queue.desk.sandbox.engine, case.incident_id) == "CLOSED"
    qtbot.waitUntil(lambda: queue.status_of("DE", case.incident_id) is None, timeout=10_000)


def test_a_reply_queued_offline_shows_on_the_case_once_the_outbox_sends_it(
        qtbot: Any, queue: Queue) -> None:
    """No wait for the next sync: the thread is read back when the outbox sends the reply,
    and the case on screen is read again."""
    from operator_desk.services.conversations import ConversationService, Outgoing

    page = queue.page
    case = _open_case(qtbot, queue)
    conversations = ConversationService(queue.desk.cache, queue.desk.connections,
                                        OutboxSink(queue.outbox))
    queue.outbox.sent_listeners.append(conversations.action_sent)
    page.follow_sent_messages(conversations.thread_listeners)
    body = "Queued while the marketplace was away."

    def shown() -> bool:
        detail = page.detail.case
        return detail is not None and any(
            m.body == body for th in detail.threads for m in th.messages)

    connector = queue.desk.connections.connectors.pop("DE")
    outgoing = Outgoing("DE", ("CUSTOMER",), body, thread_id=case.thread_id,
                        order_id=case.order_id)
    assert conversations.send(outgoing).state.value == "queued"
    page.detail.refresh()
    qtbot.wait(300)
    assert not shown()
    queue.desk.connections.connectors["DE"] = connector
    queue.push()
    qtbot.waitUntil(shown, timeout=10_000)
