"""Shared fixtures: a generated sandbox dataset, a running sandbox server, a fresh cache.

The dataset is generated once per test session (seeded, a fixed anchor time) and copied for
every test that needs a server, so tests can change marketplace state without seeing each
other's changes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from operator_desk.domain.models import Role
from operator_desk.sandbox import db as sandbox_db
from operator_desk.sandbox.generator import GenerationSpec, generate
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from tests.team_fixtures import (  # noqa: F401 - fixtures of the team store, for every suite
    memory_keyring,
    postgres_cluster,
    postgres_url,
    team_url,
)


def _last_wednesday_afternoon() -> datetime:
    """The most recent Wednesday, 14:00 UTC: recent, so the queue looks like a live one, and
    always the same weekday and hour, so the data does not depend on when tests run (sellers
    answer in their working hours)."""
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    anchor = now.replace(hour=14) - timedelta(days=(now.weekday() - 2) % 7)
    return anchor if anchor <= now else anchor - timedelta(days=7)


ANCHOR = _last_wednesday_afternoon()
SMALL = GenerationSpec(seed=11, shops=30, orders=1200, anchor=ANCHOR)


@dataclass
class RunningSandbox:
    server: SandboxServer
    data_dir: Path

    @property
    def keys(self) -> dict[str, Any]:
        markets: dict[str, Any] = json.loads((self.data_dir / "keys.json").read_text())["markets"]
        return markets

    def base_url(self, market: str) -> str:
        return str(self.keys[market]["base_url"])

    def key(self, market: str, role: str = "agent") -> str:
        return str(self.keys[market]["keys"][role])

    @property
    def engine(self) -> Any:
        return self.server.engine


@pytest.fixture(scope="session")
def pristine_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sandbox-pristine")
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(folder / DATABASE_FILE))
    generate(engine, SMALL)
    engine.dispose()
    return folder


@pytest.fixture
def sandbox(pristine_dataset: Path, tmp_path: Path) -> Iterator[RunningSandbox]:
    data_dir = tmp_path / "sandbox"
    data_dir.mkdir()
    shutil.copy(pristine_dataset / DATABASE_FILE, data_dir / DATABASE_FILE)
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(data_dir / DATABASE_FILE))
    server = SandboxServer(engine, data_dir, port=0)
    server.start()
    try:
        yield RunningSandbox(server, data_dir)
    finally:
        server.stop()


@dataclass
class Desk:
    cache: Database
    connections: Connections
    incidents: IncidentService
    sync: SyncService
    sandbox: RunningSandbox


@pytest.fixture
def desk(sandbox: RunningSandbox, tmp_path: Path) -> Iterator[Desk]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    connections = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    sync = SyncService(cache, connections)
    sync.register_markets()
    summary = sync.sync()
    assert all(link.state.value == "online" for link in summary.links)
    yield Desk(cache, connections, IncidentService(cache, connections), sync, sandbox)
    connections.close()
    cache.dispose()
