"""The case pane's reply and propose-sanction actions in the whole desk (embedded sandbox,
outbox, team store): Ctrl+R opens the reply composer over the incident's order threads, the
message goes out through the outbox and shows on the timeline; "Propose sanction…" opens the
seller's scorecard and the propose dialog with the case picked as evidence."""

from __future__ import annotations

import argparse
import gc
import shutil
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from operator_desk.app import Desk
from operator_desk.domain.outbox import OutboxFilter, OutboxSort, OutboxState
from operator_desk.domain.team import SanctionStatus
from operator_desk.sandbox.server import DATABASE_FILE
from operator_desk.store.outbox import OutboxRepository, open_outbox
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.sanction_dialogs import ProposeSanctionDialog


def _desk(qtbot: Any, data_dir: Path) -> Desk:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow("en_GB", sandbox=False)
    window.resize(1400, 900)
    window.show()
    args = argparse.Namespace(offline=False, sandbox=True, seed=7, role="reviewer",
                              screenshot=None, language="en", data_dir=None)
    desk = Desk(app, window, args, data_dir, "en", "en_GB")
    desk.start()
    qtbot.waitUntil(lambda: desk.page is not None, timeout=20_000)
    qtbot.waitUntil(lambda: desk.sync_process is not None and not desk.syncing,
                    timeout=90_000)
    qtbot.waitUntil(lambda: desk.page.model.rowCount() > 0, timeout=20_000)
    return desk


def _close(desk: Desk) -> None:
    window = desk.window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(window)
    gc.collect()


def _sent_replies(path: Path) -> list[tuple[str, str, OutboxState]]:
    outbox = open_outbox(path)
    try:
        with outbox.read() as session:
            entries = OutboxRepository(session).page(OutboxFilter(), OutboxSort(), 0, 100)
    finally:
        outbox.dispose()
    return [(e.kind, e.subject, e.state) for e in entries]


def test_reply_and_propose_a_sanction_from_a_case_in_the_desk(
        qtbot: Any, pristine_dataset: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    sandbox_dir = data_dir / "sandbox"
    sandbox_dir.mkdir(parents=True)
    shutil.copy(pristine_dataset / DATABASE_FILE, sandbox_dir / DATABASE_FILE)
    desk = _desk(qtbot, data_dir)
    try:
        page = desk.page
        # The conversations' services reach the case pane once the desk opened them, and
        # the team store brings the templates.
        qtbot.waitUntil(lambda: page.tools.conversations is not None
                        and page.decisions.conversations is not None, timeout=20_000)
        qtbot.waitUntil(lambda: bool(desk.conversations.templates("customer", None)),
                        timeout=20_000)
        qtbot.waitUntil(lambda: page.detail.case is not None, timeout=20_000)
        case = page.detail.case
        assert case is not None and case.threads and case.order is not None

        # Ctrl+R in the queue: the composer over the order's threads.
        desk.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=5000)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.tools.dialog is not None
                        and page.tools.dialog.isVisible(), timeout=10_000)
        dialog = page.tools.dialog
        assert dialog is not None
        assert dialog.thread_choice.count() == len(case.threads)
        composer = dialog.composer
        assert composer.to_customer.isVisible() and not composer.to_customer.isChecked()
        assert not composer.to_seller.isChecked()
        composer.to_customer.setChecked(True)  # the agent picks both
        composer.to_seller.setChecked(True)
        qtbot.waitUntil(lambda: len(composer.templates) > 0, timeout=10_000)
        index = next(i for i, tpl in enumerate(composer.templates)
                     if tpl.key == "incident_checking") + 1
        composer.template.activated.emit(index)
        body_start = composer.body.toPlainText()
        assert case.order.customer.display_name in body_start and "{" not in body_start
        composer.body.appendPlainText("Reference CP-4711.")
        body = composer.body.toPlainText()
        composer.send_button.click()
        qtbot.waitUntil(lambda: composer.confirm_box is not None, timeout=5000)
        box = composer.confirm_box
        assert box is not None and "(customer)" in box.text() and "(seller)" in box.text()
        send = next(b for b in box.buttons() if b.text() == "Send")
        thread_id = dialog.thread_choice.currentData()
        with qtbot.waitSignal(page.tools.replied, timeout=20_000):
            send.click()

        # After the refresh the timeline shows it. On a busy machine the send may have been
        # queued (a slow answer during the sync): then the pusher sends it (the test hurries it
        # along), the thread is read back and the case shown again, without waiting for a sync.
        if _sent_replies(desk.opened.outbox.path)[-1][2] != OutboxState.SENT:  # type: ignore[union-attr]
            market = case.incident.market
            desk.outbox.market_reachable(market)  # due now, whatever the backoff said
            qtbot.waitUntil(lambda: bool(desk.outbox.push(market)) or _sent_replies(
                desk.opened.outbox.path)[-1][2] == OutboxState.SENT,  # type: ignore[union-attr]
                timeout=60_000)
        qtbot.waitUntil(lambda: page.detail.case is not None and any(
            m.body == body for th in page.detail.case.threads for m in th.messages),
            timeout=90_000)
        qtbot.waitUntil(lambda: "Reference CP-4711." in page.detail.conversation.toPlainText(),
                        timeout=10_000)
        # Through the outbox, and on the marketplace to both parties.
        outbox_path = desk.opened.outbox.path  # type: ignore[union-attr]
        assert ("reply", thread_id, OutboxState.SENT) in _sent_replies(outbox_path)
        connector = desk.opened.connections.connector(case.incident.market)  # type: ignore[union-attr]
        sent = connector.thread(thread_id).messages[-1]
        assert sent.body == body
        assert {r.type for r in sent.recipients} == {"CUSTOMER", "SHOP"}

        # Propose a sanction from the same case: the Sellers page, this seller, the case
        # picked as evidence.
        detail = page.detail
        assert detail.sanction_button.isEnabled()
        detail.sanction_button.click()
        sellers = desk.sellers_page
        assert desk.window.pages.currentWidget() is sellers
        qtbot.waitUntil(lambda: isinstance(sellers.dialog, ProposeSanctionDialog)
                        and sellers.dialog.isVisible(), timeout=30_000)
        propose = sellers.dialog
        assert isinstance(propose, ProposeSanctionDialog)
        assert propose.draft.shop.shop_id == case.order.shop_id
        picked = {e.key for e in propose.evidence.picked()}
        assert f"incident:{case.incident.incident_id}" in picked
        assert sellers.scorecard.presented is not None
        assert sellers.scorecard.presented.card.shop.shop_id == case.order.shop_id
        texts: list[str] = []
        sellers.acted.connect(texts.append)
        propose.propose_button.click()
        qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
        assert "waits for a supervisor" in texts[0]
        team = sellers.sanctions.team
        entries = team.sanctions_for_shop(case.incident.market, case.order.shop_id)
        assert len(entries) == 1 and entries[0].status == SanctionStatus.PROPOSED
        assert case.incident.incident_id in {str(e.get("id")) for e in entries[0].evidence}
    finally:
        _close(desk)
