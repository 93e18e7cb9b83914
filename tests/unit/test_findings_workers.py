"""A first sync's policy scan in worker processes (``FindingsComputer(workers=...)``): the
same records and checkpoint as the scan in the sync's own process, stored in row order, and
the pass goes on in-process when the workers cannot do it. Real worker processes (spawned)
over a real cache file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from operator_desk.domain.models import Market, Message, Shop, Thread
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.findings import FindingsRepository
from operator_desk.sync import findings as findings_module
from operator_desk.sync.findings import FindingsComputer

from .test_findings_store import CONTACT, KIM, NEWSLETTER, NOW, PLAIN, SHOP, TO_KIM, TO_SHOP

BODIES = (CONTACT, NEWSLETTER, PLAIN, "Vielen Dank für Ihre Nachricht. Mit freundlichen Grüßen",
          "Besuchen Sie auch unseren Shop auf www.example-shop.de, Rabattcode SOMMER20!",
          "Bitte überweisen Sie den Betrag auf DE89 3704 0044 0532 0130 00.")


def _fill(path: Path) -> Database:
    database = open_cache(path)
    with database.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market("DE", "EUR", "Europe/Berlin"), "MediaMarkt DE", None, "de")
        repo.upsert_shops([Shop("DE", "2001", "TechWelt", locale="de_DE")])
        threads = []
        for n in range(12):
            messages = []
            for k in range(5):  # 3 seller messages, 2 customer ones per thread
                seller = k % 2 == 0
                created = NOW.replace(minute=k, second=n)
                messages.append(Message(
                    f"m{n}-{k}", f"t{n}", created, SHOP if seller else KIM,
                    TO_KIM if seller else TO_SHOP, BODIES[(n + k) % len(BODIES)]))
            threads.append(Thread("DE", f"t{n}", "Lieferung", "SELLER_OPERATOR", "2001",
                                  messages[0].created, messages[-1].created, (KIM, SHOP),
                                  messages[-1].created, None, len(messages), tuple(messages)))
        repo.upsert_threads(threads)
    return database


def _stored(database: Database) -> tuple[list[Any], list[Any]]:
    with database.read() as session:
        records = session.execute(text(
            "SELECT market, message_id, thread_id, ruleset, kinds, findings "
            "FROM message_findings ORDER BY message_id")).all()
        progress = session.execute(text(
            "SELECT market, ruleset, scanned_to FROM message_findings_progress")).all()
    return [tuple(r) for r in records], [tuple(r) for r in progress]


@pytest.fixture
def caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Database, Database]:
    monkeypatch.setattr(findings_module, "POOL_MIN_BACKLOG", 0)  # a tiny backlog, pooled
    _fill(tmp_path / "serial.sqlite3").dispose()
    shutil.copy(tmp_path / "serial.sqlite3", tmp_path / "pooled.sqlite3")
    return open_cache(tmp_path / "serial.sqlite3"), open_cache(tmp_path / "pooled.sqlite3")


def test_workers_store_what_the_sync_process_would(caches: tuple[Database, Database]) -> None:
    serial, pooled = caches
    assert FindingsComputer(serial).catch_up("DE", batch=4) == 36
    computer = FindingsComputer(pooled, workers=2)
    progress: list[int] = []
    try:
        assert computer.catch_up("DE", progress=progress.append, batch=4) == 36
        assert computer._pool is not None  # the workers did it
        assert computer.catch_up("DE", batch=4) == 0  # the checkpoint holds
    finally:
        computer.close()
    assert progress == sorted(progress) and progress[-1] == 36
    records, checkpoints = _stored(pooled)
    assert (records, checkpoints) == _stored(serial)
    kinds = {r[4] for r in records}  # flagged and clean messages alike
    assert "" in kinds and any("off_platform_contact" in k for k in kinds) and len(kinds) >= 3


def test_a_custom_rule_set_is_never_sent_to_workers(caches: tuple[Database, Database]) -> None:
    from operator_desk.domain.policy import RuleSet

    computer = FindingsComputer(caches[0], RuleSet.load(["de"]), workers=2)
    assert computer.catch_up("DE", batch=4) == 36
    assert computer._pool is None


def test_the_pass_goes_on_here_when_the_workers_fail(
        caches: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    serial, pooled = caches
    FindingsComputer(serial).catch_up("DE", batch=4)
    # A job the workers cannot receive (a local function does not pickle).
    monkeypatch.setattr(findings_module, "scan_batch", lambda jobs: ("", []))
    computer = FindingsComputer(pooled, workers=1)
    try:
        assert computer.catch_up("DE", batch=4) == 36
    finally:
        computer.close()
    assert "scanning in the sync's process" in caplog.text
    assert computer._pool is None and computer._workers == 0
    assert _stored(pooled) == _stored(serial)
    with pooled.read() as session:
        assert FindingsRepository(session).count("DE") == 36
