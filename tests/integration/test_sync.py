"""Sync from the sandbox into a real cache file: first sync, delta sync, failures."""

from __future__ import annotations

import threading
from pathlib import Path

import requests
from sqlalchemy import func, select

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.sandbox import db
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.sync.engine import SyncEngine, SyncProgress
from tests.conftest import RunningSandbox

MARKETS = ("DE", "ES", "NL", "CH")


def _engine(sandbox: RunningSandbox, cache: Database, key: str | None = None) -> SyncEngine:
    connectors = {
        m: MiraklConnector(ConnectionSettings(market=m, base_url=sandbox.base_url(m),
                                              page_size=50), key or sandbox.key(m))
        for m in MARKETS
    }
    return SyncEngine(cache, connectors)


def _server_counts(sandbox: RunningSandbox, market: str) -> dict[str, int]:
    counts = {}
    with sandbox.engine.connect() as connection:
        for name, table in (("orders", db.orders), ("incidents", db.incidents),
                            ("threads", db.threads), ("messages", db.messages),
                            ("shops", db.shops)):
            counts[name] = connection.execute(select(func.count()).select_from(table)
                                              .where(table.c.market == market)).scalar_one()
    return counts


def test_first_sync_copies_every_market(sandbox: RunningSandbox, tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    stages: list[SyncProgress] = []
    results = _engine(sandbox, cache).sync_all(stages.append)
    assert all(r.ok for r in results), [r.error for r in results]
    for market in MARKETS:
        with cache.read() as session:
            cached = CacheRepository(session).counts(market)
        server = _server_counts(sandbox, market)
        assert {k: cached[k] for k in server} == server, market
    assert {(p.market, p.stage) for p in stages} >= {(m, "done") for m in MARKETS}
    assert cache.integrity_ok()


def test_delta_sync_brings_a_close_and_only_what_changed(sandbox: RunningSandbox,
                                                         tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    engine = _engine(sandbox, cache)
    engine.sync_all()
    with cache.read() as session:
        row = CacheRepository(session).queue_page(QueueFilter(markets=("NL",)), QueueSort(),
                                                  0, 1)[0]
    url = (f"{sandbox.base_url('NL')}/api/orders/{row.order_id}/lines/{row.order_line_id}"
           "/close_incident")
    assert requests.put(url, headers={"Authorization": sandbox.key("NL")},
                        timeout=10).status_code == 204

    result = engine.sync_market("NL")
    assert result.ok
    # Only what changed since the high-water mark (minus the overlap) comes again.
    assert row.incident_id in result.changed_incidents
    assert result.fetched["incidents"] < 10
    with cache.read() as session:
        repo = CacheRepository(session)
        closed = repo.incident("NL", row.incident_id)
        assert closed is not None and closed.status == "CLOSED"
        assert repo.queue_count(QueueFilter(view=QueueView.MARKED_SOLVED, markets=("NL",))) == \
            _server_counts_resolved(sandbox, "NL")


def _server_counts_resolved(sandbox: RunningSandbox, market: str) -> int:
    with sandbox.engine.connect() as connection:
        count: int = connection.execute(
            select(func.count()).select_from(db.incidents).where(
                db.incidents.c.market == market, db.incidents.c.status == "RESOLVED")
        ).scalar_one()
    return count


def test_a_refused_key_stops_that_market_and_keeps_the_cache(sandbox: RunningSandbox,
                                                             tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    _engine(sandbox, cache).sync_all()
    with cache.read() as session:
        before = CacheRepository(session).counts("DE")
    results = _engine(sandbox, cache, key="revoked").sync_all()
    assert all(type(r.error).__name__ == "AuthenticationRefused" for r in results)
    with cache.read() as session:
        repo = CacheRepository(session)
        assert repo.counts("DE") == before
        assert {m["last_sync_error"] for m in repo.markets()} <= {"AuthenticationRefused", None}


def test_a_cancelled_sync_keeps_what_it_has_and_resumes(sandbox: RunningSandbox,
                                                        tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    engine = _engine(sandbox, cache)
    cancel = threading.Event()

    def stop_after_incidents(progress: SyncProgress) -> None:
        if progress.stage == "orders":
            cancel.set()

    engine.sync_market("DE", stop_after_incidents, cancel)
    with cache.read() as session:
        partial = CacheRepository(session).counts("DE")
    assert partial["incidents"] > 0 and partial["threads"] == 0
    assert engine.sync_market("DE").ok
    with cache.read() as session:
        full = CacheRepository(session).counts("DE")
    server = _server_counts(sandbox, "DE")
    assert {k: full[k] for k in server} == server
