"""The sync fills the findings store (as ``operator-desk sync`` does for the desk), and the
queue's "policy flags" filter reads it: the sandbox's sellers who write a phone number, an
e-mail address or a messenger name into a conversation get their incidents flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from operator_desk.domain.models import Role
from operator_desk.domain.policy import PolicyScanner
from operator_desk.domain.policy.stored import message_language, scanned_text
from operator_desk.domain.queue import QueueFilter, QueueRow, QueueSort, QueueView
from operator_desk.services.connections import connect_sandbox
from operator_desk.services.findings import FindingsService
from operator_desk.services.sync import SyncService
from operator_desk.store import cache_schema as t
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.findings import SELLER_TYPES, FindingsRepository
from operator_desk.sync import engine as engine_module
from operator_desk.sync import findings as findings_module
from operator_desk.sync.engine import SyncProgress
from operator_desk.sync.findings import FindingsComputer
from tests.conftest import RunningSandbox


def _order_findings(cache: Database, scanner: PolicyScanner, row: QueueRow) -> set[str]:
    """The finding kinds of the seller's messages on the incident's order, scanned here
    independently of the store."""
    with cache.read() as session:
        repo = CacheRepository(session)
        order = repo.order(row.market, row.order_id)
        shop = repo.shop(row.market, order.shop_id) if order else None
        language = session.execute(select(t.markets.c.language).where(
            t.markets.c.code == row.market)).scalar()
        threads = repo.threads_for_order(row.market, row.order_id)
    lang = message_language(order.customer.locale if order else None,
                            shop.locale if shop else None, language)
    return {f.kind for thread in threads for m in thread.messages
            if m.sender.type in SELLER_TYPES
            for f in scanner.scan(scanned_text(m.body), lang)}


def test_the_sync_scans_seller_messages_and_the_queue_filters_on_them(
        sandbox: RunningSandbox, tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    connections = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    computer = FindingsComputer(cache)
    sync = SyncService(cache, connections, computer)
    sync.register_markets()
    stages: list[SyncProgress] = []
    assert all(link.state.value == "online" for link in sync.sync(stages.append).links)
    assert {p.market for p in stages if p.stage == "findings"} == set(sync.known_markets())

    # Every seller message has its record; nobody else's was scanned.
    with cache.read() as session:
        sellers = session.execute(select(func.count()).select_from(t.messages).where(
            t.messages.c.sender_type.in_(SELLER_TYPES))).scalar_one()
        repo = FindingsRepository(session)
        assert repo.count(key=computer.key) == sellers > 0
        assert repo.count(key=computer.key, flagged=True) > 0

    everything = QueueFilter(view=QueueView.ALL_OPEN)
    with cache.read() as session:
        repo = CacheRepository(session)
        total = repo.queue_count(everything)
        flagged = repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, policy_flags=True))
        clean = repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, policy_flags=False))
        flagged_rows = repo.queue_page(QueueFilter(view=QueueView.ALL_OPEN, policy_flags=True),
                                       QueueSort(), 0, 40)
        clean_rows = repo.queue_page(QueueFilter(view=QueueView.ALL_OPEN, policy_flags=False),
                                     QueueSort(), 0, 40)
    assert 0 < flagged < total and flagged + clean == total
    scanner = PolicyScanner()
    found = [_order_findings(cache, scanner, row) for row in flagged_rows]
    assert all(found), "a flagged incident without a finding on its order"
    assert any("off_platform_contact" in kinds for kinds in found)
    assert not any(_order_findings(cache, scanner, row) for row in clean_rows)

    # The next sync scans only what arrived; the desk's readers scan nothing.
    sync.sync()
    assert computer.catch_up("DE") == 0
    service = FindingsService(cache)
    row = flagged_rows[0]
    with cache.read() as session:
        threads = CacheRepository(session).threads_for_order(row.market, row.order_id)
    assert service.ensure(row.market, thread_ids=[th.thread_id for th in threads]) == 0
    shown = service.for_messages(row.market, (m for th in threads for m in th.messages))
    assert shown and all(f.text for found in shown.values() for f in found)
    connections.close()
    cache.dispose()


def test_workers_scan_beside_the_pull_and_store_the_same_records(
        sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first sync as ``operator-desk sync`` runs it: the scan in a worker process, passes
    beside the pull as the messages arrive; every record is what a scan in the process
    stores, and the market checkpoints cover every seller message."""
    monkeypatch.setattr(findings_module, "POOL_MIN_BACKLOG", 0)  # the small sandbox, pooled
    monkeypatch.setattr(engine_module, "FOLLOW_EVERY_S", 0.05)  # follow page by page
    connections = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    stored: list[set[tuple[object, ...]]] = []
    for name, workers in (("serial", 0), ("pooled", 1)):
        cache = open_cache(tmp_path / f"{name}.sqlite3")
        computer = FindingsComputer(cache, workers=workers)
        sync = SyncService(cache, connections, computer)
        sync.register_markets()
        try:
            assert all(link.state.value == "online" for link in sync.sync().links)
            assert computer.parallel == bool(workers)
            assert (computer._pool is not None) == bool(workers)  # the workers did scan
        finally:
            computer.close()
        with cache.read() as session:
            stored.append({tuple(row) for row in session.execute(text(
                "SELECT market, message_id, thread_id, ruleset, kinds, findings "
                "FROM message_findings"))})
            unscanned = session.execute(text(
                "SELECT count(*) FROM messages m JOIN message_findings_progress p "
                "ON p.market = m.market WHERE m.sender_type IN ('SHOP', 'SHOP_USER') "
                "AND m.id <= p.scanned_to AND NOT EXISTS (SELECT 1 FROM message_findings f "
                "WHERE f.market = m.market AND f.message_id = m.message_id)")).scalar()
            assert unscanned == 0
        cache.dispose()
    assert stored[0] and stored[0] == stored[1]
