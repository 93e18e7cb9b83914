"""The desk's private data in the running desk: Desk ▸ Remove all local data… (cancel leaves
everything as it was; remove exports the outbox, team store and drafts, removes, reports and
quits), and the retention period (kept in the settings, applied at start and when saved)."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from operator_desk.app import Desk
from operator_desk.cli import _gui_parser
from operator_desk.sandbox.server import DATABASE_FILE
from operator_desk.services.drafts import Draft, DraftStore
from operator_desk.store.cache import open_cache
from operator_desk.ui.main_window import MainWindow
from tests.local_data_fixtures import add_cases

from .running_desk import running_desk
from .test_accessibility import unnamed_controls

STORES = ("cache.sqlite3", "outbox.sqlite3", "team.sqlite3")


def _desk_menu_action(window: MainWindow, text: str) -> QAction:
    """An entry of the Desk menu, found as the user finds it."""
    for entry in window.menuBar().actions():
        if entry.text() == "&Desk":
            menu = entry.menu()
            for action in menu.actions():  # type: ignore[union-attr]
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in the Desk menu")


def _store_files(data_dir: Path) -> list[str]:
    """The desk's own store files, drafts and attachments, in both modes' folders."""
    found = [p for name in STORES for p in data_dir.rglob(f"{name}*")]
    found += [p for p in data_dir.rglob("*") if p.name in ("drafts", "attachments")]
    return sorted(p.relative_to(data_dir).as_posix() for p in found)


def _outbox_subjects(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return [tuple(row) for row in connection.execute(
            "SELECT kind, subject FROM actions ORDER BY seq")]


def test_remove_all_local_data_from_the_desk_menu(qtbot: Any, qapp: QApplication,
                                                  pristine_dataset: Path,
                                                  tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    (data_dir / "sandbox").mkdir(parents=True)  # the embedded sandbox on the small dataset
    shutil.copy(pristine_dataset / DATABASE_FILE, data_dir / "sandbox" / DATABASE_FILE)
    export = tmp_path / "chosen by the user" / "desk-export.zip"
    export.parent.mkdir()
    with running_desk(data_dir) as desk:
        sandbox_dir = data_dir / "sandbox"
        window = desk.window
        # Work only this computer holds: a close through the outbox (with its decision in
        # the local team store) and a reply draft.
        page = desk.page
        qtbot.waitUntil(lambda: page.detail.case is not None, timeout=10_000)
        case = page.detail.case
        assert case is not None
        qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.close_dialog is not None, timeout=10_000)
        with qtbot.waitSignal(page.incident_closed, timeout=10_000):
            page.close_dialog.confirm.click()  # type: ignore[union-attr]
        incident_id = case.incident.incident_id
        assert ("close_incident", incident_id) in _outbox_subjects(sandbox_dir /
                                                                  "outbox.sqlite3")
        DraftStore(sandbox_dir / "drafts").save(Draft("DE:thread:T-1", "Guten Tag Frau Zed"))
        before = _store_files(data_dir)
        assert {"sandbox/cache.sqlite3", "sandbox/outbox.sqlite3", "sandbox/team.sqlite3",
                "sandbox/drafts"} <= set(before)

        # 1. Cancel: nothing stops, nothing goes.
        _desk_menu_action(window, "Re&move all local data…").trigger()
        dialog = desk.local_data.remove_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
        assert unnamed_controls(dialog) == []
        dialog.close_button.click()
        qtbot.waitUntil(lambda: desk.local_data.remove_dialog is None, timeout=5_000)
        assert window.isVisible() and not dialog.desk_stopped
        assert _store_files(data_dir) == before
        assert desk.timer.isActive() and not desk._activity_stopped
        with qtbot.waitSignal(desk.signals.queue_shown, timeout=20_000):
            desk.page.reload()  # the desk works on its cache as before

        # 2. Remove: export to the chosen file, remove, report, quit.
        _desk_menu_action(window, "Re&move all local data…").trigger()
        dialog = desk.local_data.remove_dialog
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
        summary = dialog.summary.text()
        for said in ("the cache of marketplace data", "the outbox", "the local team store",
                     "1 unsent reply draft", "demo marketplace stays",
                     "closes when it is done"):
            assert said in summary, said
        assert dialog.export_box.isVisible() and not dialog.remove_button.isEnabled()
        dialog.confirm.setChecked(True)
        dialog.set_export_path(export)
        with qtbot.waitSignal(dialog.finished_removal, timeout=60_000) as done:
            qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        report = done.args[0]
        # The desk stopped before anything went: no sync, no timer, no background task.
        assert desk._activity_stopped and desk._stores_closed
        assert not desk.timer.isActive() and desk.runner.submit(lambda: None) is None
        assert desk.sync_process is None or not desk.sync_process.is_running()
        assert _store_files(data_dir) == []
        # The embedded sandbox's own marketplace and demo keys stay.
        assert sorted(p.name for p in sandbox_dir.iterdir()) == sorted(
            [*(p.name for p in sandbox_dir.glob("sandbox.sqlite3*")), "keys.json"])
        assert report.removed_kinds == ("cache", "outbox", "team", "drafts", "attachments")
        text = dialog.result_label.text()
        assert text.startswith(
            "Removed the cache, the outbox, the team store, drafts, attachments (")
        assert "sandbox/outbox.sqlite3" in text and "sandbox/team.sqlite3" in text
        assert (f"Exported the outbox, the team store, drafts to {export} "
                "(sandbox/outbox.sqlite3, sandbox/team.sqlite3).") in text
        assert "Operator Desk closes now" in text
        assert dialog.close_button.text() == "Quit Operator Desk"
        with zipfile.ZipFile(export) as archive:
            archive.extractall(tmp_path / "unpacked")
        unpacked = tmp_path / "unpacked" / "sandbox"
        assert ("close_incident", incident_id) in _outbox_subjects(unpacked / "outbox.sqlite3")
        with sqlite3.connect(unpacked / "team.sqlite3") as team:
            assert (incident_id,) in team.execute("SELECT incident_id FROM decisions")
        (draft,) = (unpacked / "drafts").iterdir()
        assert "Guten Tag Frau Zed" in draft.read_text("utf-8")

        dialog.close_button.click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert _store_files(data_dir) == []  # nothing reopened a store on the way out
    assert (data_dir / "logs" / "operator-desk.log").exists()  # logs stay


# -- retention -------------------------------------------------------------------------------
NOW = datetime.now(UTC)


def _start(qtbot: Any, data_dir: Path) -> tuple[Desk, list[Any]]:
    """The desk offline on its cache (no marketplace to sync from); the purges it ran."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    args = _gui_parser().parse_args(["--data-dir", str(data_dir), "--language", "en",
                                     "--offline"])
    window = MainWindow("en_GB", sandbox=False)
    window.show()
    desk = Desk(app, window, args, data_dir, "en", "en_GB", data_dir / "logs")
    purges: list[Any] = []
    desk.signals.retention_done.connect(purges.append)
    desk.start()
    desk.crash_handler.uninstall()  # pytest-qt reports errors itself
    qtbot.waitUntil(lambda: bool(purges), timeout=20_000)
    return desk, purges


def _close(desk: Desk) -> None:
    window = desk.window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(window)
    gc.collect()


def _bodies(cache_file: Path) -> dict[str, str]:
    with sqlite3.connect(cache_file) as connection:
        return dict(connection.execute("SELECT message_id, body FROM messages"))


def _set_retention(qtbot: Any, desk: Desk, days: int | None) -> None:
    _desk_menu_action(desk.window, "&Data retention…").trigger()
    dialog = desk.local_data.retention_dialog
    assert dialog is not None and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    assert dialog.days.minimum() == 7
    if days is None:
        dialog.never.click()
    else:
        dialog.limited.click()
        dialog.days.setValue(days)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_the_retention_period_is_kept_and_applied_at_start(qtbot: Any, qapp: QApplication,
                                                           tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    cache_file = data_dir / "sandbox" / "cache.sqlite3"
    cache = open_cache(cache_file)
    add_cases(cache, {"OLD": NOW - timedelta(days=200), "MID": NOW - timedelta(days=40),
                      "NEW": NOW - timedelta(days=5)})
    cache.dispose()

    # 1. Nothing chosen yet: 90 days. The old case's personal data goes at start.
    desk, purges = _start(qtbot, data_dir)
    assert purges[0] is not None and purges[0].counts.total == 4
    message = desk.window.status.currentMessage()
    assert "Retention: personal data older than 90 days was wiped from 4 cached record(s)." \
        in message
    assert _bodies(cache_file) == {"M-OLD": "", "M-MID": "BODY-MID", "M-NEW": "BODY-NEW"}
    # 2. The user chooses 30 days: saved, and applied at once.
    with qtbot.waitSignal(desk.signals.retention_done, timeout=20_000) as done:
        _set_retention(qtbot, desk, 30)
    assert done.args[0].counts.total == 4
    assert _bodies(cache_file)["M-MID"] == ""
    _close(desk)
    assert "retention_days=30" in (data_dir / "settings.ini").read_text()
    log_text = (data_dir / "logs" / "operator-desk.log").read_text("utf-8")
    assert "retention (90 days): 4 cached records wiped" in log_text
    assert "retention (30 days): 4 cached records wiped" in log_text
    assert "BODY-" not in log_text and "@example.org" not in log_text  # counts, not content

    # 3. The next start applies the saved 30 days (90 would keep this 40-day-old case).
    cache = open_cache(cache_file)
    add_cases(cache, {"MID2": NOW - timedelta(days=40)})
    cache.dispose()
    desk, purges = _start(qtbot, data_dir)
    assert purges[0].counts.total == 4
    assert _bodies(cache_file)["M-MID2"] == "" and _bodies(cache_file)["M-NEW"] == "BODY-NEW"
    # 4. "Never" is a choice of its own; then nothing is wiped, now or at start.
    with qtbot.waitSignal(desk.signals.retention_done, timeout=20_000) as done:
        _set_retention(qtbot, desk, None)
    assert done.args[0] is None
    _close(desk)
    assert "retention_days=never" in (data_dir / "settings.ini").read_text()
    cache = open_cache(cache_file)
    add_cases(cache, {"MID3": NOW - timedelta(days=40)})
    cache.dispose()
    desk, purges = _start(qtbot, data_dir)
    assert purges == [None] and _bodies(cache_file)["M-MID3"] == "BODY-MID3"
    assert "Retention" not in desk.window.status.currentMessage()
    _desk_menu_action(desk.window, "&Data retention…").trigger()
    dialog = desk.local_data.retention_dialog
    assert dialog.never.isChecked() and not dialog.days.isEnabled()
    dialog.reject()
    _close(desk)
