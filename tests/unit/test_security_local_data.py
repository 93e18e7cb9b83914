"""Local data: private files, retention that really wipes, and "remove all" that exports first."""

from __future__ import annotations

import os
import sqlite3
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from operator_desk.domain.models import Market, Problem
from operator_desk.domain.money import Money
from operator_desk.services.local_data import (
    LocalDataError,
    inventory,
    privacy_problems,
    remove_all_local_data,
    retention_purge,
)
from operator_desk.store import cache_schema as t
from operator_desk.store.attachments import AttachmentStore
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from tests.local_data_fixtures import case_incident as _incident
from tests.local_data_fixtures import case_order as _order
from tests.local_data_fixtures import case_thread as _thread

NOW = datetime.now(UTC).replace(microsecond=0)
OLD = NOW - timedelta(days=200)
RECENT = NOW - timedelta(days=10)


def _filled_cache(path: Path) -> Database:
    cache = open_cache(path)
    with cache.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market("DE", "EUR", "Europe/Berlin"), "DE", None)
        repo.upsert_orders([
            _order("OLD1", OLD, "Erika-Old", "erika.old@example.org", "TRACK-OLD-1"),
            _order("OPEN2", OLD, "Otto-Open", "otto.open@example.org", "TRACK-OPEN-2"),
            _order("NEW3", RECENT, "Nina-New", "nina.new@example.org", "TRACK-NEW-3"),
        ])
        repo.upsert_incidents([_incident("OLD1", "CLOSED", OLD, "RESOLUTION-OLD-1"),
                               _incident("OPEN2", "RESOLVED", OLD, "RESOLUTION-OPEN-2"),
                               _incident("NEW3", "CLOSED", RECENT, "RESOLUTION-NEW-3")])
        repo.upsert_threads([_thread("OLD1", OLD, "BODY-OLD-1 Musterstr. 5", "FREETOPIC-OLD"),
                             _thread("OPEN2", OLD, "BODY-OPEN-2", "FREETOPIC-OPEN"),
                             _thread("NEW3", RECENT, "BODY-NEW-3", "REASON_CODE:12")])
        repo.record_problems("DE", [Problem("order", "X1", "bad date", {"x": "PROBLEM-RAW-OLD"}),
                                    Problem("order", "X2", "bad date", {"x": "PROBLEM-RAW-NEW"})])
        session.execute(update(t.problems).where(t.problems.c.record_id == "X1")
                        .values(seen=OLD))
    return cache


def _bytes_on_disk(path: Path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal")
                    if Path(f"{path}{suffix}").exists())


def test_retention_wipes_old_personal_data_for_good_and_keeps_ids_and_states(
        tmp_path: Path) -> None:
    cache = _filled_cache(tmp_path / "cache.sqlite3")
    for marker in (b"BODY-OLD-1", b"erika.old@example.org", b"RESOLUTION-OLD-1"):
        assert marker in _bytes_on_disk(cache.path)  # the search finds what is there
    report = retention_purge(cache, timedelta(days=90), now=NOW)
    assert report.cutoff == NOW - timedelta(days=90)
    assert (report.counts.messages, report.counts.orders, report.counts.incidents,
            report.counts.threads, report.counts.problems) == (1, 1, 1, 1, 1)

    with cache.read() as session:
        repo = CacheRepository(session)
        old = repo.order("DE", "OLD1")
        assert old is not None and old.customer.customer_id == "C-OLD1"
        assert (old.customer.firstname, old.customer.email, old.shipping_tracking) == \
            ("", None, None)
        assert old.state == "SHIPPED" and old.total_price == Money.of("10", "EUR")
        closed = repo.incident("DE", "I-OLD1")
        assert closed is not None and closed.status == "CLOSED"
        assert closed.resolution_message is None and closed.resolution_reason_code == "21"
        (thread,) = repo.threads_for_order("DE", "OLD1")
        assert thread.topic == "" and thread.participants[0].display_name == ""
        (message,) = thread.messages
        assert message.message_id == "M-OLD1" and message.body == ""
        assert message.sender.display_name == "" and message.sender.type == "CUSTOMER_USER"
        assert message.attachments[0].attachment_id == "A-OLD1"
        assert message.attachments[0].name == ""
        # An open case keeps everything, however old; recent data is not touched.
        open_order = repo.order("DE", "OPEN2")
        assert open_order is not None and open_order.customer.email == "otto.open@example.org"
        assert repo.threads_for_order("DE", "OPEN2")[0].messages[0].body == "BODY-OPEN-2"
        assert repo.threads_for_order("DE", "NEW3")[0].messages[0].body == "BODY-NEW-3"
        problems = session.execute(select(t.problems.c.record_id)).scalars().all()
        assert problems == ["X2"]

    on_disk = _bytes_on_disk(cache.path)
    for gone in (b"BODY-OLD-1", b"erika.old@example.org", b"Erika-Old", b"TRACK-OLD-1",
                 b"RESOLUTION-OLD-1", b"FREETOPIC-OLD", b"PROBLEM-RAW-OLD"):
        assert gone not in on_disk, gone
    for kept in (b"BODY-OPEN-2", b"BODY-NEW-3", b"nina.new@example.org"):
        assert kept in on_disk
    again = retention_purge(cache, timedelta(days=90), now=NOW)
    assert again.counts.total == 0
    cache.dispose()


def test_retention_removes_set_aside_caches_past_the_period(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    old_copy = tmp_path / "cache.sqlite3.20250101T000000.old"
    new_copy = tmp_path / "cache.sqlite3.20260101T000000.old"
    old_copy.write_bytes(b"old personal data")
    new_copy.write_bytes(b"recent personal data")
    os.utime(old_copy, (OLD.timestamp(), OLD.timestamp()))
    report = retention_purge(cache, timedelta(days=90), now=NOW)
    assert report.removed_files == (old_copy,)
    assert not old_copy.exists() and new_copy.exists()
    cache.dispose()


def test_store_files_are_private_from_the_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cache = _filled_cache(data / "cache.sqlite3")
    AttachmentStore(data / "attachments").put(b"scan")
    assert (data / "cache.sqlite3-wal").exists()
    assert privacy_problems(data) == []
    for path in data.glob("cache.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    os.chmod(data / "cache.sqlite3-wal", 0o644)
    assert privacy_problems(data) == [data / "cache.sqlite3-wal"]
    cache.dispose()


def _durable_store(path: Path, rows: list[str]) -> sqlite3.Connection:
    """An outbox-like store left open in WAL mode with its rows only in the -wal file."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("CREATE TABLE items (body TEXT)")
    connection.executemany("INSERT INTO items VALUES (?)", [(r,) for r in rows])
    connection.commit()
    return connection


def _local_data(tmp_path: Path) -> tuple[Path, list[sqlite3.Connection]]:
    data = tmp_path / "data"
    _filled_cache(data / "cache.sqlite3").dispose()
    (data / "cache.sqlite3.20250101T000000.old").write_bytes(b"set aside")
    outbox = _durable_store(data / "outbox.sqlite3", ["refund O1 10.00 EUR", "close I2"])
    team = _durable_store(data / "team.sqlite3", ["decision D1"])
    (data / "team.sqlite3.v1.bak").write_bytes(b"migration backup")
    AttachmentStore(data / "attachments").put(b"%PDF-1.7 invoice")
    (data / "logs").mkdir()
    (data / "logs" / "operator-desk.log").write_text("kept")
    (data / "sandbox").mkdir()
    (data / "sandbox" / "keys.json").write_text("{}")
    return data, [outbox, team]


def test_remove_all_exports_the_outbox_and_team_store_then_removes_everything(
        tmp_path: Path) -> None:
    data, connections = _local_data(tmp_path)
    assert (data / "outbox.sqlite3-wal").stat().st_size > 0
    export = tmp_path / "chosen" / "desk-export.zip"
    export.parent.mkdir()
    try:
        report = remove_all_local_data(data, export)
    finally:
        for connection in connections:
            connection.close()
    assert report.exported == ("outbox.sqlite3", "team.sqlite3")
    assert report.export_file == export and report.kept == ()
    removed = {p.name for p in report.removed}
    assert {"cache.sqlite3", "cache.sqlite3.20250101T000000.old", "outbox.sqlite3",
            "outbox.sqlite3-wal", "team.sqlite3", "team.sqlite3.v1.bak", "attachments"} <= removed
    assert report.bytes_freed > 0
    assert sorted(p.name for p in data.iterdir()) == ["logs", "sandbox"]
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    assert sorted(p.name for p in export.parent.iterdir()) == ["desk-export.zip"]
    with zipfile.ZipFile(export) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "outbox.sqlite3", "team.sqlite3"]
        archive.extractall(tmp_path / "unpacked")
    with sqlite3.connect(tmp_path / "unpacked" / "outbox.sqlite3") as copy:
        # The rows that were only in the write-ahead log are in the export.
        assert copy.execute("SELECT body FROM items ORDER BY rowid").fetchall() == [
            ("refund O1 10.00 EUR",), ("close I2",)]
    with sqlite3.connect(tmp_path / "unpacked" / "team.sqlite3") as copy:
        assert copy.execute("SELECT body FROM items").fetchall() == [("decision D1",)]


def test_without_an_export_file_the_outbox_and_team_store_stay(tmp_path: Path) -> None:
    data, connections = _local_data(tmp_path)
    for connection in connections:
        connection.close()
    report = remove_all_local_data(data, None)
    assert report.exported == () and report.export_file is None
    assert {p.name for p, _why in report.kept} == {"outbox.sqlite3", "team.sqlite3",
                                                  "team.sqlite3.v1.bak"}
    assert all("not exported" in why for _p, why in report.kept)
    assert (data / "outbox.sqlite3").exists() and (data / "team.sqlite3").exists()
    assert not (data / "cache.sqlite3").exists() and not (data / "attachments").exists()
    assert inventory(data).needs_export


def test_a_failed_export_removes_nothing(tmp_path: Path) -> None:
    data, connections = _local_data(tmp_path)
    for connection in connections:
        connection.close()
    before = sorted(p.name for p in data.iterdir())
    with pytest.raises(LocalDataError, match="nothing was exported or removed"):
        remove_all_local_data(data, tmp_path / "no-such-folder" / "export.zip")
    assert sorted(p.name for p in data.iterdir()) == before


def test_nothing_to_remove_is_not_an_error(tmp_path: Path) -> None:
    assert inventory(tmp_path / "missing").empty
    report = remove_all_local_data(tmp_path, None)
    assert report.removed == () and report.kept == ()


def test_the_sandbox_mode_stores_go_too_and_the_sandbox_itself_stays(tmp_path: Path) -> None:
    from operator_desk.sandbox.server import DATABASE_FILE, KEYS_FILE
    from operator_desk.services.drafts import Draft, DraftStore
    from operator_desk.services.local_data import SANDBOX_DATABASE_FILE, SANDBOX_KEYS_FILE

    assert (SANDBOX_DATABASE_FILE, SANDBOX_KEYS_FILE) == (DATABASE_FILE, KEYS_FILE)
    data, connections = _local_data(tmp_path)
    for connection in connections:
        connection.close()
    sandbox = data / "sandbox"
    _filled_cache(sandbox / "cache.sqlite3").dispose()
    demo_outbox = _durable_store(sandbox / "outbox.sqlite3", ["close demo I9"])
    demo_outbox.close()
    (sandbox / "outbox.sqlite3.lock").write_bytes(b"")
    (sandbox / "sandbox.sqlite3").write_bytes(b"generated marketplace")
    (sandbox / "sandbox.sqlite3-wal").write_bytes(b"")
    DraftStore(sandbox / "drafts").save(Draft("DE:thread:T1", "Sehr geehrte Frau Zed"))
    DraftStore(data / "drafts")  # an empty drafts folder: nothing to export
    found = inventory(data)
    assert found.needs_export and len(found.drafts) == 1
    assert {p.relative_to(data).as_posix() for p in found.durable_stores} == {
        "outbox.sqlite3", "team.sqlite3", "sandbox/outbox.sqlite3"}
    assert {p.name for p in found.sandbox_files} == {"sandbox.sqlite3", "sandbox.sqlite3-wal",
                                                     "keys.json"}
    export = tmp_path / "export.zip"
    report = remove_all_local_data(data, export)
    assert report.removed_kinds == ("cache", "outbox", "team", "drafts", "attachments")
    assert report.exported_kinds == ("outbox", "team", "drafts")
    assert sorted(p.name for p in sandbox.iterdir()) == ["keys.json", "sandbox.sqlite3",
                                                         "sandbox.sqlite3-wal"]
    assert sorted(p.name for p in data.iterdir()) == ["logs", "sandbox"]
    with zipfile.ZipFile(export) as archive:
        names = archive.namelist()
        assert {"outbox.sqlite3", "team.sqlite3", "sandbox/outbox.sqlite3"} <= set(names)
        (draft,) = [n for n in names if n.startswith("sandbox/drafts/")]
        assert b"Sehr geehrte Frau Zed" in archive.read(draft)
        archive.extract("sandbox/outbox.sqlite3", tmp_path / "unpacked")
    with sqlite3.connect(tmp_path / "unpacked" / "sandbox" / "outbox.sqlite3") as copy:
        assert copy.execute("SELECT body FROM items").fetchall() == [("close demo I9",)]


def test_leftovers_of_a_missing_store_are_kept_not_removed_unexported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _filled_cache(data / "cache.sqlite3").dispose()
    (data / "team.sqlite3.v1.bak").write_bytes(b"an old copy of decisions")
    found = inventory(data)
    assert not found.needs_export and found.durable_orphans == (data / "team.sqlite3.v1.bak",)
    report = remove_all_local_data(data, None)
    assert [(p.name, "missing" in why) for p, why in report.kept] == [
        ("team.sqlite3.v1.bak", True)]
    assert not (data / "cache.sqlite3").exists()


def test_the_export_target_is_checked_before_anything_stops(tmp_path: Path) -> None:
    from operator_desk.services.local_data import check_export_target

    data = tmp_path / "data"
    data.mkdir()
    check_export_target(data, tmp_path / "export.zip")
    for bad, why in ((tmp_path / "missing" / "x.zip", "does not exist"),
                     (data / "x.zip", "outside the desk's data folder"),
                     (data / "attachments" / "x.zip", "does not exist"),
                     (tmp_path / "data", "is a folder")):
        with pytest.raises(LocalDataError, match=why):
            check_export_target(data, bad)
    (data / "attachments").mkdir()
    with pytest.raises(LocalDataError, match="outside the desk's data folder"):
        check_export_target(data, data / "attachments" / "x.zip")
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(LocalDataError, match="may not write"):
            check_export_target(data, locked / "x.zip")


@pytest.mark.parametrize(("stored", "days"), [
    (None, 90), ("", 90), ("90", 90), (30, 30), (" 45 ", 45), ("3", 7), ("-5", 7),
    ("100000", 3650), ("ninety", 90), ("never", None), ("NEVER", None), ("0", 7)])
def test_the_retention_setting_means_what_was_chosen(stored: object, days: int | None) -> None:
    from operator_desk.services.local_data import RetentionPeriod

    period = RetentionPeriod.from_setting(stored)
    assert period.days == days
    assert RetentionPeriod.from_setting(period.to_setting()) == period
    assert period.never == (days is None)


def test_a_retention_period_below_the_minimum_cannot_be_made() -> None:
    from operator_desk.services.local_data import RetentionPeriod

    with pytest.raises(ValueError, match="7 to 3650 days"):
        RetentionPeriod(6)
    assert RetentionPeriod().days == 90 and RetentionPeriod(7).delta == timedelta(days=7)


def test_purge_at_start_waits_for_a_sync_and_never_means_never(tmp_path: Path) -> None:
    from operator_desk.services.local_data import RetentionPeriod, purge_expired
    from operator_desk.store.locks import CacheBusy, CacheLock

    cache = _filled_cache(tmp_path / "cache.sqlite3")
    assert purge_expired(cache, RetentionPeriod(None), now=NOW) is None
    with cache.read() as session:
        assert CacheRepository(session).order("DE", "OLD1").customer.email  # type: ignore[union-attr]
    sync = CacheLock(cache.path)  # as `operator-desk sync` holds it, in another process
    sync.acquire()
    try:
        with pytest.raises(CacheBusy):
            purge_expired(cache, RetentionPeriod(90), now=NOW, wait=0.3)
    finally:
        sync.release()
    report = purge_expired(cache, RetentionPeriod(90), now=NOW)
    assert report is not None and report.counts.total == 5
    cache.dispose()


def test_the_purge_leaves_the_audit_log_whole(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The audit log refers to ids of records the purge wipes; it lives in the team store,
    which the purge never touches, so `operator-desk audit verify` still finds it whole."""
    import argparse

    from operator_desk.commands.audit import EXIT_OK, run_verify
    from operator_desk.domain.models import Role
    from operator_desk.domain.team import Actor
    from operator_desk.services.local_data import RetentionPeriod, purge_expired
    from operator_desk.services.team_connection import TeamConnector

    data = tmp_path / "data"
    cache = _filled_cache(data / "cache.sqlite3")
    team = TeamConnector(data).open(Actor("erika", Role.AGENT))
    for order_id in ("OLD1", "OPEN2", "NEW3"):
        team.record_decision("DE", f"I-{order_id}", "close", "sent", "21", seen=(f"M-{order_id}",))
    team.audit("outbox.refund", market="DE", subject_type="order", subject_id="OLD1",
               amount=Money.of("10", "EUR"), response={"refund_id": "R1"})
    team.close()

    def audit_rows() -> list[tuple[object, ...]]:
        with sqlite3.connect(data / "team.sqlite3") as connection:
            return connection.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()

    before = audit_rows()
    report = purge_expired(cache, RetentionPeriod(90), now=NOW)
    assert report is not None and report.counts.total == 5  # the purge did wipe something
    cache.dispose()
    assert audit_rows() == before
    assert run_verify(argparse.Namespace(team_url=None, data_dir=data)) == EXIT_OK
    assert "audit log whole: 4 entries" in capsys.readouterr().out


def test_an_outbox_and_team_store_holding_nothing_go_without_an_export(tmp_path: Path) -> None:
    from operator_desk.domain.models import Role
    from operator_desk.domain.team import Actor
    from operator_desk.services.conversations import TEMPLATES_DIR
    from operator_desk.services.local_data import holds_work
    from operator_desk.services.team_connection import TeamConnector
    from operator_desk.store.outbox import open_outbox

    data = tmp_path / "data"
    _filled_cache(data / "cache.sqlite3").dispose()
    open_outbox(data / "outbox.sqlite3").dispose()
    team = TeamConnector(data).open(Actor("erika", Role.AGENT))
    assert team.seed_templates(TEMPLATES_DIR) > 0  # what every desk's team store gets
    team.close()
    assert not holds_work(data / "outbox.sqlite3") and not holds_work(data / "team.sqlite3")
    found = inventory(data)
    assert not found.needs_export and found.durable_stores == ()
    assert {p.name for p in found.empty_stores} == {"outbox.sqlite3", "team.sqlite3"}
    report = remove_all_local_data(data, None)
    assert report.kept == () and report.removed_kinds == ("cache", "outbox", "team")
    assert not any(p.name.startswith(("outbox", "team.sqlite3")) for p in data.iterdir())

    # Once it holds a decision, the team store is the user's work: exported or kept.
    team = TeamConnector(data).open(Actor("erika", Role.AGENT))
    team.seed_templates(TEMPLATES_DIR)
    team.record_decision("DE", "I-1", "close", "sent", "21")
    team.close()
    assert holds_work(data / "team.sqlite3") and inventory(data).needs_export
    (data / "outbox.sqlite3").write_bytes(b"not a database")
    assert holds_work(data / "outbox.sqlite3")  # unreadable: exported, never lost unseen
