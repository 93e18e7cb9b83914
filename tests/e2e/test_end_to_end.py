"""End to end, as separate processes: the sandbox server, and the desk itself.

Waits on structured output (the "listening on" line, log lines), never on sleeps.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.models import Role
from operator_desk.services.connections import connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import open_cache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data = tmp_path / "sandbox"
    process = subprocess.Popen(
        [sys.executable, "-m", "operator_desk", "sandbox", "serve", "--data", str(data),
         "--port", "0", "--seed", "5"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the server says where it listens
        assert line.startswith("listening on http://127.0.0.1:"), line
        yield line.split()[-1], data
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_keys_are_written_before_listening_and_a_close_goes_through(
        served: tuple[str, Path], tmp_path: Path) -> None:
    root_url, data = served
    keys = json.loads((data / "keys.json").read_text())["markets"]
    assert set(keys) >= {"DE", "ES", "NL"}
    assert keys["DE"]["base_url"] == f"{root_url}/de"
    assert keys["DE"]["currency"] == "EUR" and keys["CH"]["currency"] == "CHF"
    assert set(keys["DE"]["keys"]) == {"agent", "reviewer", "supervisor"}

    cache = open_cache(tmp_path / "cache.sqlite3")
    connections = connect_sandbox(data / "keys.json", Role.AGENT)
    sync = SyncService(cache, connections)
    sync.register_markets()
    sync.sync()
    incidents = IncidentService(cache, connections)
    from operator_desk.domain.queue import QueueFilter, QueueSort

    row = incidents.queue_page(QueueFilter(markets=("ES",)), QueueSort(), 0, 1, "es").rows[0]
    incidents.close(row.market, row.incident_id, None)

    connector = MiraklConnector(ConnectionSettings("ES", keys["ES"]["base_url"]),
                                keys["ES"]["keys"]["supervisor"])
    on_server = requests.get(f"{keys['ES']['base_url']}/api/incidents",
                             params={"incident_ids": row.incident_id},
                             headers={"Authorization": keys["ES"]["keys"]["agent"]},
                             timeout=10).json()["data"][0]
    assert on_server["status"] == "CLOSED"
    assert on_server["closing_information"]["user_type"] == "OPERATOR"
    sync.sync()
    assert incidents.queue_count(QueueFilter(markets=("ES",)), "es") == \
        len([i for p in connector.incidents(statuses=["RESOLVED"]) for i in p.items])
    connections.close()
    connector.close()
    cache.dispose()


def _run_desk(data_dir: Path, screenshot: Path, *extra: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "operator_desk", "--data-dir", str(data_dir),
         "--screenshot", str(screenshot), "--language", "de", *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert screenshot.exists()
    return (data_dir / "logs" / "operator-desk.log").read_text().splitlines()


def test_the_desk_opens_online_then_offline_from_its_cache(tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    online = _run_desk(data_dir, tmp_path / "online.png")
    assert any("generating the sandbox dataset" in line for line in online)
    shown = [line for line in online if "case shown:" in line]
    assert shown, "the first case was not shown"

    offline = _run_desk(data_dir, tmp_path / "offline.png", "--offline")[len(online):]
    assert not any("generating the sandbox dataset" in line for line in offline)
    counts = [int(line.split("queue: ")[1].split()[0]) for line in offline if "queue: " in line]
    assert counts and counts[-1] > 0
    cases = [line for line in offline if "case shown:" in line]
    assert cases and int(cases[-1].split(" with ")[1].split()[0]) > 0
