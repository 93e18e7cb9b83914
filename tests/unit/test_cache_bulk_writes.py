"""The cache's bulk upserts (``executemany`` of tuples through the columns' bind processors)
store exactly what SQLAlchemy's own insert would: the same text for times (any time zone),
JSON (non-ASCII names, participants shared between messages, no attachments), booleans and
NULLs, and the same update of a row already there. Two real cache files, compared byte for
byte."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from operator_desk.domain.models import (
    Attachment,
    Message,
    Participant,
    Refund,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.store import cache as cache_module
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database

from .test_cache_store import _incident, _order

NOW = datetime(2026, 11, 20, 12, 0, 5, 120, tzinfo=UTC)
BERLIN = timezone(timedelta(hours=1))
SHOP = Participant("SHOP", "Klang-Shop Lübeck", "2018")
KIM = Participant("CUSTOMER", "Kim „Ü“ Müller", None)
OPERATOR = Participant("OPERATOR", "MediaMarkt", None)


def _thread(n: int, updated: datetime, bodies: int) -> Thread:
    messages = tuple(Message(
        f"m{n}-{k}", f"t{n}", updated - timedelta(minutes=bodies - k),
        SHOP if k % 2 else KIM, (KIM, OPERATOR) if k % 2 else (SHOP,), f"Nachricht {k} ✓",
        (Attachment(f"a{n}{k}", "Rechnung ä.pdf", 1234),) if k == 1 else ())
        for k in range(bodies))
    return Thread("DE", f"t{n}", "Lieferung", "MMP_ORDER", f"DE{n}-A", messages[0].created,
                  updated, (KIM, SHOP, OPERATOR), updated, None if n % 2 else updated,
                  len(messages), messages)


def _write(database: Database) -> None:
    refund = Refund("r1", "g1", Money.of("5.00", "EUR"), Money.of(0, "EUR"), 1, "13",
                    "REFUNDED", NOW.astimezone(BERLIN))
    order = _order("DE", 3, "55.00")
    order = order.__class__(**{**{f: getattr(order, f) for f in order.__dataclass_fields__},
                               "lines": (order.lines[0].__class__(**{
                                   **{f: getattr(order.lines[0], f)
                                      for f in order.lines[0].__dataclass_fields__},
                                   "refunds": (refund,), "shipped_date": NOW}),)})
    with database.write() as session:
        repo = CacheRepository(session)
        repo.upsert_orders([order, _order("DE", 4, "1.00")])
        repo.upsert_incidents([_incident("DE", 3, "RESOLVED", 5),
                               _incident("DE", 4, "NEW", None)])
        repo.upsert_shops([Shop("DE", "2018", "Klang-Shop Lübeck", grade=4.5, locale="de_DE",
                                last_updated=NOW.astimezone(BERLIN))])
        repo.upsert_threads([_thread(3, NOW, 4), _thread(4, NOW.astimezone(BERLIN), 3)])
        repo.upsert_thread_headers([_thread(5, NOW - timedelta(days=400), 2)])
    with database.write() as session:  # again, changed: the update path
        repo = CacheRepository(session)
        repo.upsert_incidents([_incident("DE", 4, "RESOLVED", 1)])
        repo.upsert_threads([_thread(3, NOW + timedelta(hours=1), 5)])


def _dump(path: Path) -> dict[str, list[Any]]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(),  # noqa: S608
                              key=repr) for table in tables}


def test_bulk_upserts_store_what_sqlalchemy_would(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fast = open_cache(tmp_path / "fast.sqlite3")
    _write(fast)
    fast.dispose()
    # The same writes through SQLAlchemy's insert, as every upsert was written before.
    monkeypatch.setattr(cache_module, "_whole_rows", lambda _table, _columns: False)
    plain = open_cache(tmp_path / "plain.sqlite3")
    _write(plain)
    plain.dispose()
    written, expected = _dump(tmp_path / "fast.sqlite3"), _dump(tmp_path / "plain.sqlite3")
    assert written == expected
    assert len(written["messages"]) == 8 and len(written["threads"]) == 3
    with sqlite3.connect(tmp_path / "fast.sqlite3") as connection:
        created, recipients = connection.execute(
            "SELECT created, recipients FROM messages WHERE message_id = 'm4-0'").fetchone()
    assert created == "2026-11-20 11:57:05.000120"  # naive UTC, microseconds written
    assert "L\\u00fcbeck" in recipients  # json.dumps, as the JSON type writes it
