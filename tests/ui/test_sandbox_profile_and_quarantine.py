"""A stored profile pointing at a sandbox shows the SANDBOX banner (the sandbox's who-am-I says
so); the sync window in the connections dialog; and a record the connector cannot read, all
the way from a sync to the problems table to the diagnostics page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from operator_desk.app import Desk as RunningDesk
from operator_desk.cli import _gui_parser
from operator_desk.domain.models import Market
from operator_desk.sandbox import db
from operator_desk.services.connections import check_connection, connect_profiles
from operator_desk.services.diagnostics import DiagnosticsService
from operator_desk.services.profiles import ProfileService, ProfileStore, StoredProfile
from operator_desk.services.secrets import SecretStore
from operator_desk.ui.connections_dialog import ConnectionsDialog
from operator_desk.ui.diagnostics_page import DiagnosticsPage
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox
from tests.memory_keyring import MemoryKeyring
from tests.ui.conftest import Desk
from tests.ui.running_desk import wait_until
from tests.wsgi_server import serving


def test_a_profile_tested_against_a_sandbox_is_stored_as_one_with_its_window(
        qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path,
        memory_keyring: MemoryKeyring) -> None:
    service = ProfileService(ProfileStore(tmp_path), SecretStore())
    dialog = ConnectionsDialog(service, desk.connections, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list_model.rowCount() == 4, timeout=5000)
    dialog.new_profile()
    assert dialog.window_days.value() == 365  # the default window
    dialog.name.setText("Training sandbox ES")
    dialog.country.setCurrentText("ES")
    dialog.base_url.setText(desk.sandbox.base_url("ES"))
    dialog.key.setText(desk.sandbox.key("ES", "agent"))
    dialog.window_days.setValue(90)
    dialog.test()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=10_000)
    assert dialog.last_test is not None and dialog.last_test.ok and dialog.last_test.sandbox
    dialog.save()
    qtbot.waitUntil(lambda: dialog.list_model.rowCount() == 5, timeout=5000)
    (stored,) = json.loads((tmp_path / "profiles.json").read_text())["profiles"]
    assert stored["sandbox"] is True and stored["sync_window_days"] == 90
    # Listed once, as a stored profile (not among the built-in sandbox's markets).
    labels = [dialog.list_model.rows[r][1] for r in range(5)]
    assert sum("Training sandbox ES" in label for label in labels) == 1

    # Opened again, the profile shows its window.
    dialog.list.setCurrentIndex(dialog.list_model.index(
        next(r for r, (p, _l) in enumerate(dialog.list_model.rows) if p is not None)))
    assert dialog.window_days.value() == 90


def _marketplace_without_the_extension(environ: dict[str, Any],
                                       start_response: Any) -> list[bytes]:
    """A Mirakl without the desk's who-am-I: 404 there, an (empty) reasons list."""
    if environ["PATH_INFO"].endswith("/api/reasons"):
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'{"reasons": [], "total_count": 0}']
    start_response("404 Not Found", [("Content-Type", "application/json")])
    return [b'{"status": 404, "message": "Not found"}']


def test_a_production_marketplace_is_not_taken_for_a_sandbox(desk: Desk) -> None:
    """Who-am-I says "sandbox" only on a sandbox; a marketplace without it: no banner."""
    profile = StoredProfile.new("ES", "ES", desk.sandbox.base_url("ES"))
    assert check_connection(profile, desk.sandbox.key("ES")).sandbox is True
    with serving(_marketplace_without_the_extension) as port:
        plain = StoredProfile(id="x", name="plain", market=Market("ES", "EUR", "Europe/Madrid"),
                              base_url=f"http://127.0.0.1:{port}/es")
        outcome = check_connection(plain, "k")
        assert outcome.ok and outcome.sandbox is False


@contextmanager
def _desk_on_profiles(data_dir: Path) -> Iterator[RunningDesk]:
    """The desk as ``run_gui`` builds it, on the stored profiles in ``data_dir``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    args = _gui_parser().parse_args(["--data-dir", str(data_dir), "--language", "en"])
    window = MainWindow("en_GB", sandbox=False)
    running = RunningDesk(app, window, args, data_dir, "en", "en_GB", data_dir / "logs")
    window.show()
    running.start()
    running.crash_handler.uninstall()
    try:
        yield running
        # The sync child cannot reach this test's in-memory keyring: it ends at once.
        wait_until(lambda: running.sync_process is not None and not running.syncing,
                   what="the end of the first sync")
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _store(sandbox: RunningSandbox, folder: Path, market: str, *, sandbox_flag: bool) -> None:
    profile = StoredProfile.new(f"Training {market}", market, sandbox.base_url(market),
                                sandbox=sandbox_flag)
    ProfileService(ProfileStore(folder), SecretStore()).save(profile,
                                                              sandbox.key(market, "agent"))


def test_the_banner_shows_for_a_stored_sandbox_profile(
        qtbot: Any, sandbox: RunningSandbox, tmp_path: Path,
        memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "desk"
    _store(sandbox, data_dir, "NL", sandbox_flag=True)
    with _desk_on_profiles(data_dir) as running:
        wait_until(lambda: running.page is not None, what="the queue page")
        assert running.opened is not None and not running.opened.connections.built_in_sandbox
        assert running.window.banner.isVisibleTo(running.window)
        assert "SANDBOX" in running.window.banner.text()


def test_a_stored_profile_whose_platform_says_sandbox_gets_the_banner_at_start(
        qtbot: Any, sandbox: RunningSandbox, tmp_path: Path,
        memory_keyring: MemoryKeyring) -> None:
    """A profile saved before the flag existed (or never tested): who-am-I at start."""
    data_dir = tmp_path / "desk"
    _store(sandbox, data_dir, "DE", sandbox_flag=False)
    with _desk_on_profiles(data_dir) as running:
        wait_until(lambda: running.page is not None, what="the queue page")
        wait_until(lambda: running.window.banner.isVisibleTo(running.window),
                   what="the SANDBOX banner")
        assert running.opened is not None
        assert running.opened.connections.profiles["DE"].sandbox


def test_a_record_the_desk_cannot_read_goes_from_the_sync_to_the_diagnostics_page(
        qtbot: Any, sandbox: RunningSandbox, runner: TaskRunner, tmp_path: Path,
        memory_keyring: MemoryKeyring) -> None:
    # The marketplace serves one order the connector cannot read (no ISO currency code).
    with sandbox.engine.begin() as connection:
        order_id = connection.execute(
            db.orders.select().where(db.orders.c.market == "NL")
            .order_by(db.orders.c.order_id).limit(1)).mappings().one()["order_id"]
        connection.execute(update(db.orders).where(db.orders.c.order_id == order_id)
                           .values(currency="E1"))
    _store(sandbox, tmp_path, "NL", sandbox_flag=True)
    from operator_desk.services.sync import SyncService
    from operator_desk.store.cache import open_cache

    connections = connect_profiles(ProfileStore(tmp_path).load(), SecretStore())
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        sync = SyncService(cache, connections)
        sync.register_markets()
        summary = sync.sync()
        assert summary.problems >= 1  # skipped and counted, the rest synced
        assert all(link.state.value == "online" for link in summary.links)
        assert sync.counts()["NL"]["orders"] > 100

        page = DiagnosticsPage(DiagnosticsService(cache), runner, "en_GB")
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=5000)
        rows = [page.model.records[r] for r in range(page.model.rowCount())]
        (record,) = [r for r in rows if r.record_id == order_id]
        assert record.market == "NL" and record.entity == "order"
        assert "currency" in record.reason
        page.table.selectRow(rows.index(record))
        assert order_id in page.raw.toPlainText() and "E1" in page.raw.toPlainText()
    finally:
        connections.close()
        cache.dispose()
