"""A delta sync after a few hours of marketplace life (the sandbox's simulator, driven through
its test controls): it brings exactly what changed, reports those incidents as changed, and
leaves the cache equal to the server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.sandbox import db
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.sync.engine import SyncEngine
from tests.conftest import ANCHOR
from tests.integration.sandbox_live import Live, next_working_morning, running

MARKETS = ("DE", "ES", "NL", "CH")


def _incidents(live: Live) -> dict[tuple[str, str], tuple[Any, ...]]:
    i = db.incidents.c
    with live.engine.connect() as connection:
        return {(r[0], r[1]): tuple(r[2:]) for r in connection.execute(
            select(i.market, i.incident_id, i.status, i.last_action, i.resolved, i.closed))}


def _message_ids(live: Live) -> set[tuple[str, str]]:
    m = db.messages.c
    with live.engine.connect() as connection:
        return {(r[0], r[1]) for r in connection.execute(select(m.market, m.message_id))}


def test_a_delta_after_simulated_activity_brings_what_changed(pristine_dataset: Path,
                                                              tmp_path: Path) -> None:
    # The sandbox's clock stands still at a working morning after the dataset's anchor.
    with running(pristine_dataset, tmp_path / "sandbox",
                 start=next_working_morning(ANCHOR)) as live:
        connectors = {m: MiraklConnector(ConnectionSettings(
            market=m, base_url=live.keys[m]["base_url"], page_size=50),
            live.keys[m]["keys"]["agent"]) for m in MARKETS}
        cache = open_cache(tmp_path / "cache.sqlite3")
        engine = SyncEngine(cache, connectors)
        try:
            assert all(r.ok for r in engine.sync_all())
            incidents_before, messages_before = _incidents(live), _message_ids(live)

            # Four hours of marketplace life: customers write and open incidents, sellers
            # answer and mark incidents solved, customers dispute.
            events: dict[str, int] = {}
            for _hour in range(4):
                live.advance(60)
                for kind, count in live.control("simulate", {"steps": 6})["events"].items():
                    events[kind] = events.get(kind, 0) + count
            incidents_after, messages_after = _incidents(live), _message_ids(live)
            changed = {key for key, row in incidents_after.items()
                       if incidents_before.get(key) != row}
            new_messages = messages_after - messages_before
            assert changed and new_messages, events

            reported: list[tuple[str, Sequence[str]]] = []
            results = engine.sync_all(changed=lambda market, ids: reported.append((market,
                                                                                   ids)))
            assert all(r.ok for r in results)
            # Every incident that changed on the server is reported, in its market.
            told = {(market, i) for market, ids in reported for i in ids}
            assert changed <= told
            assert changed <= {(r.market, i) for r in results for i in r.changed_incidents}
            # Only what changed came again (plus the few in the five-minute overlap), not
            # the whole cache.
            fetched = sum(r.fetched["incidents"] for r in results)
            assert fetched < len(incidents_after) / 4
            assert fetched >= len(changed)

            with cache.read() as session:
                repo = CacheRepository(session)
                for market, incident_id in changed:
                    cached = repo.incident(market, incident_id)
                    status, last_action, _resolved, _closed = incidents_after[
                        (market, incident_id)]
                    assert cached is not None and cached.status == status
                    assert _naive(cached.last_action) == last_action
                cached_ids = {(r[0], r[1]) for r in session.execute(
                    text("SELECT market, message_id FROM messages"))}
            # Every message written meanwhile arrived (the threads are inside the window).
            assert new_messages <= cached_ids
        finally:
            for connector in connectors.values():
                connector.close()
            cache.dispose()


def _naive(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=None) if value is not None else None
