"""The cache against a real SQLite file: upserts, the queue query, damaged and foreign files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from operator_desk.domain.models import Customer, Incident, Order, OrderLine, Reason
from operator_desk.domain.money import Money
from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueSort, QueueView
from operator_desk.store import cache_schema
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database, StoreError

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _order(market: str, n: int, total: str, customer: str = "Eva Jansen") -> Order:
    first, last = customer.split()
    line = OrderLine(order_line_id=f"{market}{n}-A-1", index=1, product_title="Toaster",
                     product_sku="T1", quantity=1, unit_price=Money.of(total, "EUR"),
                     price=Money.of(total, "EUR"), shipping_price=Money.of(0, "EUR"),
                     total_price=Money.of(total, "EUR"), state="INCIDENT_OPEN")
    return Order(market=market, order_id=f"{market}{n}-A", commercial_id=f"{market}{n}",
                 shop_id="2000", shop_name=f"Shop {n % 3}",
                 customer=Customer("C1", first, last, f"{first.lower()}@example.org", "nl_NL"),
                 state="SHIPPED", currency="EUR", total_price=Money.of(total, "EUR"),
                 shipping_price=Money.of(0, "EUR"), created=NOW - timedelta(days=10),
                 last_updated=NOW, has_incident=True, lines=(line,))


def _incident(market: str, n: int, status: str, resolved_days_ago: int | None) -> Incident:
    resolved = NOW - timedelta(days=resolved_days_ago) if resolved_days_ago is not None else None
    return Incident(market=market, incident_id=f"i-{market}-{n}", order_id=f"{market}{n}-A",
                    order_line_id=f"{market}{n}-A-1", status=status,
                    opened=NOW - timedelta(days=9), opening_reason_code="10",
                    opened_by="CUSTOMER", last_action=resolved or NOW, last_action_by="SHOP",
                    resolved=resolved, resolution_reason_code="30" if resolved else None)


@pytest.fixture
def cache(tmp_path: Path) -> Database:
    database = open_cache(tmp_path / "cache.sqlite3")
    with database.write() as session:
        repo = CacheRepository(session)
        repo.upsert_orders([_order("NL", 1, "10.00"), _order("NL", 2, "300.50", "Piet Bakker"),
                            _order("DE", 3, "55.00"), _order("DE", 4, "1.00")])
        repo.upsert_incidents([_incident("NL", 1, "RESOLVED", 3), _incident("NL", 2, "RESOLVED", 1),
                               _incident("DE", 3, "RESOLVED", 5), _incident("DE", 4, "NEW", None)])
        repo.upsert_reasons([Reason("NL", "10", "INCIDENT_OPEN", "Niet ontvangen", "nl"),
                             Reason("NL", "10", "INCIDENT_OPEN", "Not received", "en")])
    return database


def test_default_queue_is_marked_solved_oldest_first(cache: Database) -> None:
    with cache.read() as session:
        repo = CacheRepository(session)
        assert repo.queue_count(QueueFilter()) == 3
        rows = repo.queue_page(QueueFilter(), QueueSort(), 0, 10, "nl")
    assert [r.incident_id for r in rows] == ["i-DE-3", "i-NL-1", "i-NL-2"]
    nl = next(r for r in rows if r.market == "NL")
    assert nl.reason_label == "Niet ontvangen"
    assert nl.order_value == Money.of("10.00", "EUR")


def test_sort_filter_and_page_in_sql(cache: Database) -> None:
    with cache.read() as session:
        repo = CacheRepository(session)
        by_value = repo.queue_page(QueueFilter(view=QueueView.ALL_OPEN),
                                   QueueSort(QueueColumn.ORDER_VALUE, descending=True), 0, 10)
        assert [r.order_id for r in by_value] == ["NL2-A", "DE3-A", "NL1-A", "DE4-A"]
        page_two = repo.queue_page(QueueFilter(view=QueueView.ALL_OPEN),
                                   QueueSort(QueueColumn.ORDER_VALUE, descending=True), 2, 2)
        assert [r.order_id for r in page_two] == ["NL1-A", "DE4-A"]
        assert repo.queue_count(QueueFilter(markets=("DE",))) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, text="piet")) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, text="i-DE-4")) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, text="I-de-4")) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, text="PIET")) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.ALL_OPEN, text="%")) == 4


def test_upsert_replaces_and_close_is_reflected(cache: Database) -> None:
    with cache.write() as session:
        repo = CacheRepository(session)
        repo.upsert_incidents([_incident("NL", 1, "DISPUTED", 3)])
        repo.mark_incident_closed("NL", "i-NL-2", NOW, None)
    with cache.read() as session:
        repo = CacheRepository(session)
        assert repo.queue_count(QueueFilter()) == 1
        assert repo.queue_count(QueueFilter(view=QueueView.DISPUTED)) == 1
        closed = repo.incident("NL", "i-NL-2")
        assert closed is not None and closed.status == "CLOSED" and closed.closed == NOW


def test_a_failed_write_leaves_nothing_half_written(cache: Database) -> None:
    with pytest.raises(RuntimeError), cache.write() as session:
        CacheRepository(session).upsert_incidents([_incident("NL", 9, "NEW", None)])
        raise RuntimeError("crash in the middle")
    with cache.read() as session:
        assert CacheRepository(session).incident("NL", "i-NL-9") is None


def test_a_damaged_cache_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    database = open_cache(path)
    assert database.report.rebuilt_reason == "the file was damaged"
    assert database.integrity_ok()
    assert any(p.name.endswith(".old") for p in tmp_path.iterdir())


def test_a_cache_with_a_damaged_page_is_rebuilt_unless_the_check_is_skipped(
        tmp_path: Path) -> None:
    """The header reads fine, a page further in does not: the full check finds it; the sync
    child, whose desk checked the file at its start, skips reading every page."""
    path = tmp_path / "cache.sqlite3"
    open_cache(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("CREATE TABLE filler (x)")
        connection.executemany("INSERT INTO filler VALUES (?)",
                               [("x" * 500,) for _ in range(200)])
        connection.execute(f"PRAGMA user_version={cache_schema.CACHE_VERSION}")
    connection.close()
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 1
    data[last * page:(last + 1) * page] = b"\xff" * page  # a b-tree page of the filler
    path.write_bytes(bytes(data))

    unchecked = open_cache(path, check_integrity=False)
    assert unchecked.report.rebuilt_reason is None
    # The desk opens without the check and checks the pages once the queue is shown: the
    # damage is found and marked, and the next open sets the file aside.
    assert unchecked.check_pages() is False
    assert unchecked.damage_marker.exists()
    unchecked.dispose()
    again = open_cache(path, check_integrity=False)
    assert again.report.rebuilt_reason == "the file was damaged"
    assert not again.damage_marker.exists()
    assert again.check_pages() is True and not again.damage_marker.exists()
    again.dispose()
    path.unlink()
    for leftover in tmp_path.glob("cache.sqlite3*"):
        leftover.unlink()
    path.write_bytes(bytes(data))
    checked = open_cache(path)
    assert checked.report.rebuilt_reason == "the file was damaged"
    assert checked.integrity_ok()
    checked.dispose()


def test_a_cache_from_a_newer_desk_is_rebuilt_not_misread(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={cache_schema.CACHE_VERSION + 5}")
        connection.execute("CREATE TABLE future (x)")
    database = open_cache(path)
    assert database.report.rebuilt_reason is not None
    assert "newer" in database.report.rebuilt_reason


def test_a_durable_store_is_never_dropped(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=99")
        connection.execute("CREATE TABLE pending (x)")
    with pytest.raises(StoreError, match="newer version"):
        Database(path, cache_schema.metadata, 1, rebuildable=False)
    assert path.exists()


def test_cache_files_are_private(cache: Database) -> None:
    assert cache.path.stat().st_mode & 0o077 == 0
