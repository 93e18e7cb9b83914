"""The change watcher: delivers colleagues' changes, survives a lost connection, loses nothing."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor, Change
from operator_desk.services.team import TeamService
from operator_desk.services.team_watch import TeamLink, TeamLinkState, TeamWatcher
from operator_desk.store.team_migrations import normalise_url, open_team_store


@pytest.fixture
def pair(team_url: str) -> Iterator[tuple[TeamService, TeamService]]:
    writer = TeamService(open_team_store(team_url), Actor("ann", Role.AGENT))
    reader = TeamService(open_team_store(team_url), Actor("sue", Role.SUPERVISOR))
    yield writer, reader
    writer.close()
    reader.close()


def _drain(changes: queue.Queue[Change], count: int) -> list[Change]:
    got: list[Change] = []
    deadline = time.monotonic() + 15
    while len(got) < count and time.monotonic() < deadline:
        try:
            got.append(changes.get(timeout=0.2))
        except queue.Empty:
            continue
    return got


def test_only_new_changes_are_delivered_in_order(pair: tuple[TeamService, TeamService]) -> None:
    writer, reader = pair
    writer.claim("DE", "old")  # before the watcher started: not delivered
    changes: queue.Queue[Change] = queue.Queue()
    links: list[TeamLink] = []
    watcher = TeamWatcher(reader.store, lambda batch: [changes.put(c) for c in batch],
                          links.append, poll_interval=0.1)
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while not links and time.monotonic() < deadline:
            time.sleep(0.02)
        for n in range(5):
            writer.claim("DE", f"I-{n}")
        got = _drain(changes, 5)
        assert [c.entity_id for c in got] == [f"DE/I-{n}" for n in range(5)]
        assert links == [TeamLink(TeamLinkState.CONNECTED)]
    finally:
        watcher.stop()
    assert not watcher.running


def test_a_lost_connection_is_reported_and_nothing_is_missed(postgres_url: str) -> None:
    team_url = postgres_url
    writer = TeamService(open_team_store(team_url), Actor("ann", Role.AGENT))
    reader = TeamService(open_team_store(team_url), Actor("sue", Role.SUPERVISOR))
    changes: queue.Queue[Change] = queue.Queue()
    links: queue.Queue[TeamLink] = queue.Queue()
    watcher = TeamWatcher(reader.store, lambda batch: [changes.put(c) for c in batch],
                          links.put, poll_interval=0.1, start_after=reader.last_change_id())
    watcher.start()
    try:
        assert links.get(timeout=10).state == TeamLinkState.CONNECTED
        writer.claim("DE", "before")
        assert [c.entity_id for c in _drain(changes, 1)] == ["DE/before"]
        # The server drops every desk connection (a restart, a network cut).
        admin = create_engine(normalise_url(team_url))
        with admin.begin() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        admin.dispose()
        writer.claim("DE", "during")  # the writer's pool reconnects (pre-ping)
        assert [c.entity_id for c in _drain(changes, 1)] == ["DE/during"]
        # Either the drop was noticed (reported, then recovered) or the poll just reconnected.
        seen = []
        while not links.empty() or (seen and seen[-1] != TeamLinkState.CONNECTED):
            seen.append(links.get(timeout=10).state)
        assert seen in ([], [TeamLinkState.UNREACHABLE, TeamLinkState.CONNECTED])
    finally:
        watcher.stop()
        writer.close()
        reader.close()
