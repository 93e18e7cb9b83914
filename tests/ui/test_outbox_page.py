"""The outbox page over a real outbox and the sandbox: it lists, cancels, retries, edits, and
shows a conflict with what changed; the status-bar button counts what waits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_desk.domain.actions import Reply
from operator_desk.domain.models import Market, Recipient
from operator_desk.domain.outbox import OutboxState
from operator_desk.services.connections import Connections, Profile
from operator_desk.services.outbox import OutboxService, OutboxSink
from operator_desk.store.outbox import open_outbox
from operator_desk.sync.push import Backoff
from operator_desk.ui.outbox_page import OutboxPage, OutboxStatusButton
from operator_desk.ui.tasks import TaskRunner
from tests.integration.sandbox_live import Live, running
from tests.reliability import sandbox_tools as tools

FAST = Backoff(base=0.01, cap=0.05, floor=0.0, jitter=0.0, settle=0.0)


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as server:
        yield server


@pytest.fixture
def service(live: Live, tmp_path: Path) -> Iterator[OutboxService]:
    connections = Connections()
    entry = live.keys["DE"]
    connections.add(Profile("Sandbox DE", Market("DE", "EUR", "Europe/Berlin"),
                            entry["base_url"], sandbox=True),
                    tools.connector(live.keys, "DE", timeout=2.0))
    outbox = OutboxService(open_outbox(tmp_path / "outbox.sqlite3"), connections,
                           backoff=FAST)
    yield outbox
    outbox.close()
    connections.close()
    outbox.outbox.dispose()


def _page(qtbot: Any, service: OutboxService, runner: TaskRunner) -> OutboxPage:
    page = OutboxPage(service, runner, "en_GB")
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    return page


def _state(service: OutboxService, action_id: str) -> OutboxState:
    entry = service.entry(action_id)
    assert entry is not None
    return entry.state


def test_the_page_lists_cancels_and_retries(qtbot: Any, qtmodeltester: Any, live: Live,
                                            service: OutboxService,
                                            runner: TaskRunner) -> None:
    cases = tools.resolved_cases(live.engine, "DE", 3)
    refused = service.enqueue(cases[0].close("NO-SUCH-REASON"))
    waiting = service.enqueue(cases[1].close())
    behind = service.enqueue(Reply("DE", cases[0].thread_id, cases[0].order_id,
                                   "Sent after the close.", (Recipient("CUSTOMER"),)))
    service.engine.push_market("DE", limit=1)  # refused by the platform
    assert _state(service, refused) == OutboxState.FAILED
    live.control("faults", {"spec": "drop:OR63:times=1"}, method="PUT")
    service.push("DE")  # the other close meets a network fault
    assert _state(service, waiting) == OutboxState.PENDING
    button = OutboxStatusButton(service, runner)
    qtbot.addWidget(button)
    page = _page(qtbot, service, runner)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3
    qtbot.waitUntil(lambda: page.selected is not None)  # the newest is selected first
    texts = [page.model.index(r, 2).data() for r in range(3)]
    assert texts == ["Reply", "Close incident", "Close incident"]
    assert "Behind #1" in page.model.index(0, 5).data()
    button.refresh()
    qtbot.waitUntil(lambda: button.isVisible() and "need" in button.text())

    # The refused close: its message is shown; cancelling it lets the reply go.
    assert page.select(refused)
    assert page.selected is not None and page.selected.action_id == refused
    assert "NO-SUCH-REASON" in page.detail.toPlainText()
    assert page.cancel_button.isEnabled() and page.retry_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.confirm()
    qtbot.waitUntil(lambda: _state(service, refused) == OutboxState.CANCELLED)

    # Edit the waiting reply before it goes.
    assert page.select(behind)
    page.edit_selected()
    qtbot.waitUntil(lambda: page.edit_dialog is not None)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.body is not None
    dialog.body.setPlainText("Edited before sending.")
    dialog.accept()
    qtbot.waitUntil(lambda: "Edited" in (service.entry(behind).detail or ""))  # type: ignore[union-attr]

    # Retry now: everything due goes, in order.
    assert page.select(waiting)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    service.push("DE")
    assert _state(service, waiting) == OutboxState.SENT
    assert _state(service, behind) == OutboxState.SENT
    assert tools.messages_with_body(live.engine, cases[0].thread_id,
                                    "Edited before sending.") == 1
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.reload()
    qtbot.waitUntil(lambda: page.selected is not None
                    and page.selected.state == OutboxState.SENT)
    assert not page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not button.isVisible())


def test_a_conflict_shows_what_changed_and_can_be_sent_anyway(qtbot: Any, live: Live,
                                                              service: OutboxService,
                                                              runner: TaskRunner) -> None:
    case = tools.resolved_cases(live.engine, "DE", 1)[0]
    live.control("faults", {"spec": "drop"}, method="PUT")  # the agent decides offline
    submission = OutboxSink(service).submit(case.close())
    action_id = submission.action_id or ""
    live.control("faults", method="DELETE")
    # Meanwhile the customer writes again, after what the agent had read.
    tools.customer_writes(live.server, "DE", case.order_id,
                          "Das Gerät ist immer noch kaputt – bitte nicht schließen!")
    page = _page(qtbot, service, runner)
    service.engine.market_reachable("DE")
    service.push("DE")
    assert _state(service, action_id) == OutboxState.CONFLICT
    assert tools.incident_status(live.engine, case.incident_id) == "RESOLVED"
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.reload()
    assert page.select(action_id)
    text = page.detail.toPlainText()
    assert "The case changed since you decided; nothing was sent" in text
    assert "The customer wrote 1 new message(s) since you read the case." in text
    assert "immer noch kaputt" in text
    assert page.model.index(0, 5).data() == "Conflict"
    assert page.send_anyway_button.isEnabled() and page.discard_button.isEnabled()
    assert not page.retry_button.isEnabled()
    qtbot.mouseClick(page.send_anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirm_box is not None)
    assert "immer noch kaputt" in page.confirm_box.text()  # type: ignore[union-attr]
    page.confirm()
    qtbot.waitUntil(lambda: _state(service, action_id) == OutboxState.PENDING)
    service.push("DE")
    assert _state(service, action_id) == OutboxState.SENT
    assert tools.incident_status(live.engine, case.incident_id) == "CLOSED"
