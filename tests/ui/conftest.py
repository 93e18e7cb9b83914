"""UI fixtures: a sandbox, a cache synced from it, services and a task runner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from operator_desk.domain.models import Role
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.ui.tasks import TaskRunner
from tests.conftest import RunningSandbox


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


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(wait=True)
