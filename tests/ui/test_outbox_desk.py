"""The whole desk and its outbox: it starts offline from its cache, a close is queued (not
lost) and the status bar says so; a damaged cache is rebuilt while the outbox and the team
store are kept, and the queued close goes out once the marketplace is back."""

from __future__ import annotations

import argparse
import gc
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from operator_desk.app import Desk
from operator_desk.domain.outbox import OutboxFilter, OutboxSort, OutboxState
from operator_desk.sandbox.server import DATABASE_FILE
from operator_desk.services.connections import LinkState
from operator_desk.store.outbox import OutboxRepository, open_outbox
from operator_desk.ui.main_window import MainWindow
from tests.reliability import sandbox_tools as tools


def _args(offline: bool) -> argparse.Namespace:
    return argparse.Namespace(offline=offline, sandbox=True, seed=7, role="agent",
                              screenshot=None, language="en", data_dir=None)


def _desk(qtbot: Any, data_dir: Path, offline: bool) -> Desk:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow("en_GB", sandbox=False)
    window.resize(1300, 800)
    window.show()
    desk = Desk(app, window, _args(offline), data_dir, "en", "en_GB")
    desk.start()
    qtbot.waitUntil(lambda: desk.page is not None, timeout=20_000)
    return desk


def _synced(qtbot: Any, desk: Desk) -> None:
    qtbot.waitUntil(lambda: desk.sync_process is not None and not desk.syncing,
                    timeout=90_000)
    qtbot.waitUntil(lambda: desk.page.model.rowCount() > 0, timeout=20_000)


def _close(desk: Desk) -> None:
    """Close the window (the desk shuts down) and delete it now, on this thread: left to the
    garbage collector, a window could be freed later from whatever thread collects."""
    window = desk.window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(window)
    gc.collect()


def _synced_once(qtbot: Any, pristine_dataset: Path, tmp_path: Path) -> tuple[Path, Path, int]:
    """A data folder whose embedded sandbox has the pristine dataset, synced online once:
    (data folder, its sandbox folder, rows in the queue)."""
    data_dir = tmp_path / "desk"
    sandbox_dir = data_dir / "sandbox"
    sandbox_dir.mkdir(parents=True)
    shutil.copy(pristine_dataset / DATABASE_FILE, sandbox_dir / DATABASE_FILE)
    desk = _desk(qtbot, data_dir, offline=False)
    _synced(qtbot, desk)
    cached = desk.page.model.rowCount()
    _close(desk)
    return data_dir, sandbox_dir, cached


def _outbox_states(path: Path) -> list[tuple[str, OutboxState]]:
    outbox = open_outbox(path)
    try:
        with outbox.read() as session:
            entries = OutboxRepository(session).page(OutboxFilter(), OutboxSort(), 0, 100)
    finally:
        outbox.dispose()
    return [(e.subject, e.state) for e in entries]


def _decisions(team_file: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(team_file) as connection:
        return [tuple(row) for row in connection.execute(
            "SELECT incident_id, outcome FROM decisions ORDER BY id")]


def _audited(team_file: Path) -> list[str]:
    with sqlite3.connect(team_file) as connection:
        return [row[0] for row in connection.execute(
            "SELECT subject_id FROM audit_log WHERE action = 'outbox.close_incident'")]


def test_offline_start_queues_a_close_and_a_rebuilt_cache_keeps_the_outbox(
        qtbot: Any, pristine_dataset: Path, tmp_path: Path) -> None:
    # 1. Online once: the embedded sandbox, a first sync into the cache.
    data_dir, sandbox_dir, cached = _synced_once(qtbot, pristine_dataset, tmp_path)

    # 2. Offline: the queue comes from the cache; a close is queued, not refused.
    desk = _desk(qtbot, data_dir, offline=True)
    page = desk.page
    qtbot.waitUntil(lambda: page.model.rowCount() == cached, timeout=20_000)
    chips = desk.window.status._chips
    assert chips and all("offline" in chip.accessibleName() for chip in chips.values())
    assert all(link.state == LinkState.OFFLINE
               for link in desk.opened.connections.links.values())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
    case = page.detail.case
    assert case is not None and page.detail.close_button.isEnabled()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=10_000)
    with qtbot.waitSignal(page.incident_closed, timeout=10_000):
        page.close_dialog.confirm.click()  # type: ignore[union-attr]
    assert any("waits in the outbox" in m for m in messages)
    button = desk.outbox_button
    qtbot.waitUntil(lambda: button.isVisible() and "1 waiting" in button.text(),
                    timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # opens the outbox page
    outbox_page = desk.outbox_page
    assert desk.window.pages.currentWidget() is outbox_page
    qtbot.waitUntil(lambda: outbox_page.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: outbox_page.selected is not None, timeout=10_000)
    assert outbox_page.selected.subject == case.incident.incident_id  # type: ignore[union-attr]
    assert outbox_page.selected.state == OutboxState.PENDING  # type: ignore[union-attr]
    _close(desk)
    outbox_file = sandbox_dir / "outbox.sqlite3"
    assert _outbox_states(outbox_file) == [(case.incident.incident_id, OutboxState.PENDING)]
    team_file = sandbox_dir / "team.sqlite3"
    assert _decisions(team_file) == [(case.incident.incident_id, "queued")]

    # 3. The cache is found damaged: it is rebuilt from the server; the outbox and the team
    #    store are kept, and the queued close goes out once the marketplace answers.
    cache_file = sandbox_dir / "cache.sqlite3"
    for side in sandbox_dir.glob("cache.sqlite3-*"):
        side.unlink()
    cache_file.write_bytes(b"\x00garbage" * 4096)
    desk = _desk(qtbot, data_dir, offline=False)
    assert desk.opened is not None and desk.opened.cache_notice
    assert "rebuilt" in desk.opened.cache_notice and "Queued actions are kept" in \
        desk.opened.cache_notice
    assert list(sandbox_dir.glob("cache.sqlite3.*.old"))  # set aside, not lost
    assert _decisions(team_file) == [(case.incident.incident_id, "queued")]
    _synced(qtbot, desk)
    qtbot.waitUntil(lambda: desk.outbox.summary().waiting == 0, timeout=30_000)
    assert tools.incident_status(desk.opened.sandbox.server.engine,
                                 case.incident.incident_id) == "CLOSED"
    # The audit log has the close the outbox sent (written once the team store was open).
    qtbot.waitUntil(lambda: _audited(team_file) == [case.incident.incident_id],
                    timeout=20_000)
    _close(desk)
    assert _outbox_states(outbox_file) == [(case.incident.incident_id, OutboxState.SENT)]
    with sqlite3.connect(cache_file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM incidents").fetchone()[0] > 0

    # 4. The cache is deleted: the desk starts (offline, with nothing cached) and the outbox
    #    still lists what it sent.
    for stale in sandbox_dir.glob("cache.sqlite3*"):
        stale.unlink()
    desk = _desk(qtbot, data_dir, offline=True)
    assert desk.page.model.rowCount() == 0
    desk.window.show_page(desk.outbox_page)
    qtbot.waitUntil(lambda: desk.outbox_page.model.rowCount() == 1, timeout=10_000)
    _close(desk)
    assert _outbox_states(outbox_file) == [(case.incident.incident_id, OutboxState.SENT)]


def test_a_damaged_page_found_after_start_is_told_and_rebuilt_at_the_next_start(
        qtbot: Any, pristine_dataset: Path, tmp_path: Path) -> None:
    """The desk opens its cache without reading every page (that costs 1 s per GB before the
    queue); the page check runs once the queue is shown, tells the user, and the next start
    sets the file aside and rebuilds it."""
    data_dir, sandbox_dir, _ = _synced_once(qtbot, pristine_dataset, tmp_path)
    cache_file = sandbox_dir / "cache.sqlite3"
    with sqlite3.connect(cache_file) as connection:  # a table the desk never reads, last
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("CREATE TABLE filler (x)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    with sqlite3.connect(cache_file) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(cache_file.read_bytes())
    page = 4096
    data[-page:] = b"\xff" * page
    cache_file.write_bytes(bytes(data))

    desk = _desk(qtbot, data_dir, offline=True)
    qtbot.waitUntil(lambda: desk.cache_banner is not None, timeout=20_000)
    banner = desk.cache_banner
    assert banner.isVisible() and "The local cache is damaged" in banner.label.text()
    assert desk.page.model.rowCount() > 0  # the queue was shown from it meanwhile
    _close(desk)
    assert (sandbox_dir / "cache.sqlite3.damaged").exists()

    desk = _desk(qtbot, data_dir, offline=True)
    assert desk.opened is not None and desk.opened.cache_notice
    assert "rebuilt" in desk.opened.cache_notice
    assert list(sandbox_dir.glob("cache.sqlite3.*.old"))
    assert not (sandbox_dir / "cache.sqlite3.damaged").exists()
    _close(desk)
