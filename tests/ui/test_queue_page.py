"""The whole slice from the window down: pick a case, read it, close it, see it leave the queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from operator_desk.domain.queue import QueueView
from operator_desk.ui.queue_page import QueuePage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


def _page(qtbot: Any, desk: Desk, runner: TaskRunner, language: str = "en") -> QueuePage:
    page = QueuePage(desk.incidents, desk.connections, runner,
                     {"en": "en_GB", "de": "de_DE"}[language], language)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.start()
    return page


def test_select_read_close_and_gone_after_sync(qtbot: Any, desk: Desk,
                                               runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    count = page.model.rowCount()
    assert count > 0
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=5000)
    case = page.detail.case
    assert case is not None and case.incident.status == "RESOLVED"
    row = page.selected_row()
    assert row is not None and row.incident_id == case.incident.incident_id
    # The pane shows the order, the seller's resolution and the conversation.
    assert case.order is not None and case.order.shop_name in page.detail.facts.text()
    assert page.detail.resolution.isVisible()
    assert case.threads and case.threads[0].messages
    first_body = case.threads[0].messages[0].body.splitlines()[0]
    assert first_body[:20] in page.detail.conversation.toPlainText()

    qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=5000)
    dialog = page.close_dialog
    assert dialog is not None
    assert not dialog.needs_reason and dialog.confirm.isEnabled()
    with qtbot.waitSignal(page.incident_closed, timeout=10_000):
        dialog.confirm.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == count - 1, timeout=5000)

    desk.sync.sync()  # the sandbox recorded it; the next sync agrees
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.reload()
    assert page.model.rowCount() == count - 1
    assert page.model.row_of(row.market, row.incident_id) is None


def test_close_without_a_reason_is_not_offered_when_one_is_needed(qtbot: Any, desk: Desk,
                                                                  runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner, "de")
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_view(QueueView.DISPUTED)
    qtbot.waitUntil(lambda: page.detail.case is not None
                    and page.detail.case.incident.status == "DISPUTED", timeout=5000)
    page.request_close()
    qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=5000)
    dialog = page.close_dialog
    assert dialog is not None and dialog.needs_reason
    assert not dialog.confirm.isEnabled()
    assert dialog.choose_reason("21")
    assert dialog.confirm.isEnabled()
    with qtbot.waitSignal(page.incident_closed, timeout=10_000):
        dialog.confirm.click()


def test_a_refused_close_is_explained_and_nothing_changes(qtbot: Any, desk: Desk,
                                                          runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=5000)
    case = page.detail.case
    assert case is not None
    desk.sandbox.server.stop()  # the network goes away between reading and closing
    page.request_close()
    qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=5000)
    assert page.close_dialog is not None
    page.close_dialog.confirm.click()
    qtbot.waitUntil(lambda: page.error_box is not None, timeout=15_000)
    assert "cannot be reached" in page.error_box.text()
    assert "Nothing was changed" in page.error_box.text()
    assert page.detail.close_button.isEnabled()
    page.error_box.close()
    incident = desk.incidents.case(case.incident.market, case.incident.incident_id, "en")
    assert incident is not None and incident.incident.status == "RESOLVED"


def test_search_and_empty_state(qtbot: Any, desk: Desk, runner: TaskRunner) -> None:
    page = _page(qtbot, desk, runner)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.set_search("no such order anywhere")
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "No incident matches" in page.empty_label.text()
