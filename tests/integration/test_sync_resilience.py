"""Sync under pressure: killed mid-way and resumed, a sync window, derived incidents, search."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.models import Market
from operator_desk.domain.queue import QueueFilter, QueueView
from operator_desk.domain.search import to_fts_query
from operator_desk.sandbox import db
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.sync.engine import SyncEngine
from tests.conftest import RunningSandbox
from tests.wsgi_server import serving

ROOT = Path(__file__).resolve().parents[2]


def _server_count(sandbox: RunningSandbox, table: Any, market: str) -> int:
    with sandbox.engine.connect() as connection:
        count: int = connection.execute(select(func.count()).select_from(table)
                                        .where(table.c.market == market)).scalar_one()
    return count


def _cli(sandbox: RunningSandbox, data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DESK_KEY": sandbox.key("DE")}
    return subprocess.Popen(
        [sys.executable, "-m", "operator_desk", "sync", "--base-url", sandbox.base_url("DE"),
         "--market", "DE", "--key-env", "DESK_KEY", "--data-dir", str(data_dir), *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_killed_sync_resumes_and_ends_equal_to_the_server(sandbox: RunningSandbox,
                                                           tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    process = _cli(sandbox, data_dir, "--page-size", "10")
    assert process.stderr is not None
    for line in process.stderr:  # wait until it is in the middle of the orders
        if line.startswith("DE orders: ") and int(line.split()[2].split("/")[0]) >= 60:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    cache_file = data_dir / "cache.sqlite3"
    with sqlite3.connect(cache_file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = connection.execute("SELECT count(*) FROM orders").fetchone()[0]
        cursor = connection.execute(
            "SELECT cursor FROM sync_state WHERE entity = 'orders'").fetchone()
    assert 0 < partial < _server_count(sandbox, db.orders, "DE")
    assert cursor is not None and cursor[0] is not None  # a checkpoint to resume from

    finished = _cli(sandbox, data_dir)
    out, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    counts = __import__("json").loads(out.splitlines()[-1])
    for name, table in (("orders", db.orders), ("incidents", db.incidents),
                        ("threads", db.threads), ("messages", db.messages)):
        assert counts[name] == _server_count(sandbox, table, "DE"), name


def test_a_second_writer_waits_or_says_so(sandbox: RunningSandbox, tmp_path: Path) -> None:
    from operator_desk.store.locks import CacheLock

    data_dir = tmp_path / "desk"
    data_dir.mkdir()
    lock = CacheLock(data_dir / "cache.sqlite3")
    lock.acquire()
    try:
        process = _cli(sandbox, data_dir, "--wait", "0.5")
        out, err = process.communicate(timeout=60)
    finally:
        lock.release()
    assert process.returncode == 3
    assert "another process is syncing" in err and out == ""


def _engine(sandbox: RunningSandbox, cache: Any, markets: tuple[str, ...] = ("DE",),
            **options: Any) -> SyncEngine:
    connectors = {m: MiraklConnector(ConnectionSettings(m, sandbox.base_url(m)),
                                     sandbox.key(m)) for m in markets}
    return SyncEngine(cache, connectors, **options)


def test_threads_outside_the_window_come_as_headers(sandbox: RunningSandbox,
                                                    tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    (result,) = _engine(sandbox, cache, window=timedelta(days=4)).sync_all()
    assert result.ok
    with cache.read() as session:
        repo = CacheRepository(session)
        assert repo.counts("DE")["threads"] == _server_count(sandbox, db.threads, "DE")
        messages = repo.counts("DE")["messages"]
        assert 0 < messages < _server_count(sandbox, db.messages, "DE")
        # Every open case has its whole conversation, whatever its age.
        assert repo.threads_missing_messages("DE", repo.open_incident_order_ids("DE")) == []


def test_full_text_search_folds_accents_and_case(sandbox: RunningSandbox,
                                                 tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    _engine(sandbox, cache, ("ES", "DE")).sync_all()
    with cache.read() as session:
        repo = CacheRepository(session)
        query = to_fts_query("devolucion")  # typed without the accent
        assert query is not None
        hits = repo.search_messages(query, ["ES"])
        assert hits and all(h.market == "ES" for h in hits)
        assert any("devolución" in h.snippet.lower() for h in hits)
        assert "\x02" in hits[0].snippet  # the match is marked
        german = repo.search_messages(to_fts_query("rucksendung") or "", ["DE"])
        assert german


def _without_incident_list(app: Any) -> Any:
    """The real sandbox, minus OR61: what an instance that does not publish it looks like."""

    def middleware(environ: dict[str, Any], start_response: Any) -> Any:
        if environ["PATH_INFO"].endswith("/api/incidents"):
            start_response("404 Not Found", [("Content-Type", "application/json")])
            return [b'{"status": 404, "message": "Not found"}']
        return app(environ, start_response)

    return middleware


@pytest.fixture
def no_or61(sandbox: RunningSandbox) -> Iterator[str]:
    with serving(_without_incident_list(sandbox.server.api)) as port:
        yield f"http://127.0.0.1:{port}/de"


def test_incidents_are_derived_where_the_list_is_not_offered(sandbox: RunningSandbox,
                                                             no_or61: str,
                                                             tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    with cache.write() as session:
        CacheRepository(session).upsert_market(Market("DE", "EUR", "Europe/Berlin"), "DE", None)
    connector = MiraklConnector(ConnectionSettings("DE", no_or61), sandbox.key("DE"))
    (result,) = SyncEngine(cache, {"DE": connector}).sync_all()
    assert result.ok and result.derived
    with sandbox.engine.connect() as connection:
        open_lines = connection.execute(
            select(func.count()).select_from(db.order_lines).where(
                db.order_lines.c.market == "DE",
                db.order_lines.c.state == "INCIDENT_OPEN")).scalar_one()
    with cache.read() as session:
        repo = CacheRepository(session)
        assert repo.is_derived("DE")
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN)) == open_lines
        solved = repo.queue_count(QueueFilter(view=QueueView.MARKED_SOLVED))
    assert solved > 0  # read from the sellers' messages to the operator
    (again,) = SyncEngine(cache, {"DE": connector}).sync_all()
    assert again.ok and again.derived
