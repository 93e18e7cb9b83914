"""Syncing stored connection profiles (keys in the keyring): two markets side by side, through
the service and through `operator-desk sync --all-profiles` / `--profile`, each with its own
sync window; and the window from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from operator_desk.cli import main as cli
from operator_desk.sandbox import db
from operator_desk.services.connections import LinkState, connect_profiles
from operator_desk.services.profiles import ProfileService, ProfileStore, StoredProfile
from operator_desk.services.secrets import SecretStore
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import CacheRepository, open_cache
from tests.conftest import RunningSandbox
from tests.memory_keyring import MemoryKeyring


def _server(sandbox: RunningSandbox, market: str) -> dict[str, int]:
    counts = {}
    with sandbox.engine.connect() as connection:
        for name, table in (("orders", db.orders), ("incidents", db.incidents),
                            ("threads", db.threads), ("shops", db.shops)):
            counts[name] = connection.execute(select(func.count()).select_from(table)
                                              .where(table.c.market == market)).scalar_one()
    return counts


def _messages_in_window(sandbox: RunningSandbox, market: str, days: int) -> int:
    """Messages of the market's threads updated within the window (what a first sync with
    that window brings, open cases aside)."""
    since = (datetime.now(UTC) - timedelta(days=days)).replace(tzinfo=None)
    th, m = db.threads.c, db.messages.c
    with sandbox.engine.connect() as connection:
        count: int = connection.execute(
            select(func.count()).select_from(db.messages).join(
                db.threads, (th.market == m.market) & (th.thread_id == m.thread_id))
            .where(m.market == market, th.updated >= since)).scalar_one()
    return count


def _store_profiles(sandbox: RunningSandbox, folder: Path,
                    windows: dict[str, int]) -> list[StoredProfile]:
    """Two profiles as the connections dialog saves them: the file, and each key in the
    (in-memory) keyring."""
    service = ProfileService(ProfileStore(folder), SecretStore())
    profiles = []
    for market, days in windows.items():
        profile = StoredProfile.new(f"MediaMarkt {market}", market, sandbox.base_url(market),
                                    sync_window_days=days)
        service.save(profile, sandbox.key(market, "supervisor"))
        profiles.append(profile)
    assert "sbx-" not in (folder / "profiles.json").read_text()  # keys only in the keyring
    return profiles


def test_two_stored_profiles_sync_side_by_side_each_with_its_window(
        sandbox: RunningSandbox, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    profiles = _store_profiles(sandbox, tmp_path, {"DE": 365, "ES": 3})
    connections = connect_profiles(ProfileStore(tmp_path).load(), SecretStore())
    assert set(connections.connectors) == {"DE", "ES"}
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        service = SyncService(cache, connections)
        service.register_markets()
        markets_seen: set[str] = set()
        summary = service.sync(lambda p: markets_seen.add(p.market))
        assert [link.state for link in summary.links] == [LinkState.ONLINE] * 2
        assert markets_seen == {"DE", "ES"}
        counts = service.counts()
        for profile in profiles:
            market = profile.market.code
            cached = counts[market]
            assert {k: cached[k] for k in ("orders", "incidents", "threads", "shops")} == \
                _server(sandbox, market), market
        # DE took a year of conversations with their messages, ES three days (older threads
        # are headers until opened; open cases come whole).
        assert counts["DE"]["messages"] >= _messages_in_window(sandbox, "DE", 365)
        assert counts["ES"]["messages"] < _messages_in_window(sandbox, "ES", 365)
        with cache.read() as session:
            repo = CacheRepository(session)
            assert repo.message_total() == counts["DE"]["messages"] + counts["ES"]["messages"]
    finally:
        connections.close()
        cache.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str
         ) -> tuple[int, list[dict[str, Any]], str]:
    code = cli(["sync", *argv])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_the_sync_command_takes_every_stored_profile_or_one(
        sandbox: RunningSandbox, tmp_path: Path, memory_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    _store_profiles(sandbox, tmp_path, {"NL": 365, "CH": 365})
    code, rows, _err = _run(capsys, "--all-profiles", "--data-dir", str(tmp_path))
    assert code == 0
    assert sorted(row["market"] for row in rows) == ["CH", "NL"]
    for row in rows:
        assert "error" not in row
        server = _server(sandbox, row["market"])
        assert {k: row[k] for k in server} == server

    # One profile by name, into another cache, with a window from the command line.
    other = tmp_path / "other.sqlite3"
    code, rows, _err = _run(capsys, "--profile", "MediaMarkt NL", "--data-dir", str(tmp_path),
                      "--cache", str(other), "--window-days", "2")
    assert code == 0 and [row["market"] for row in rows] == ["NL"]
    assert rows[0]["messages"] < _messages_in_window(sandbox, "NL", 365)


def test_a_profile_without_its_key_is_named(sandbox: RunningSandbox, tmp_path: Path,
                                            memory_keyring: MemoryKeyring,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (profile,) = _store_profiles(sandbox, tmp_path, {"DE": 365})
    SecretStore().delete(profile.id)
    code, rows, err = _run(capsys, "--all-profiles", "--data-dir", str(tmp_path))
    assert code == 1 and rows == []
    assert "DE: no key in the keyring" in err


@pytest.mark.parametrize("days", ["0", "x", "99999"])
def test_a_wrong_window_is_refused(days: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli(["sync", "--all-profiles", "--data-dir", str(tmp_path), "--window-days", days])
    assert stopped.value.code == 2
