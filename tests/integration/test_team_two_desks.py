"""Two desks, each with its own cache synced from the sandbox over HTTP, one team store.

A refund request made on desk A appears on desk B through the change feed (B's watcher thread,
no restart), B's supervisor approves it, A sees the approval and records the refund as sent;
a claim on A is seen by B, whose "next case" skips it. Run on a shared SQLite file and on a
real PostgreSQL server (LISTEN/NOTIFY).
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from operator_desk.domain.audit import AuditFilter
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.domain.team import Actor, ApprovalKind, Change, ChangeKind
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.notifications import Notification, NotificationKind, Notifier
from operator_desk.services.sync import SyncService
from operator_desk.services.team import TeamService
from operator_desk.services.team_watch import TeamLink, TeamLinkState, TeamWatcher
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from tests.conftest import RunningSandbox

WAIT = 15.0  # seconds; the feed normally delivers within one poll interval


@dataclass
class Desk:
    cache: Database
    connections: Connections
    incidents: IncidentService
    team: TeamService
    notifier: Notifier
    watcher: TeamWatcher
    changes: queue.Queue[Change] = field(default_factory=queue.Queue)
    notifications: list[Notification] = field(default_factory=list)
    links: list[TeamLink] = field(default_factory=list)

    def wait_for(self, predicate: Callable[[Change], bool]) -> Change:
        deadline = time.monotonic() + WAIT
        while (left := deadline - time.monotonic()) > 0:
            try:
                change = self.changes.get(timeout=left)
            except queue.Empty:
                break
            if predicate(change):
                return change
        raise AssertionError("the change never arrived")

    def queue_cases(self) -> list[tuple[str, str]]:
        page = self.incidents.queue_page(QueueFilter(view=QueueView.ALL_OPEN, markets=("DE",)),
                                         QueueSort(), 0, 50, "en")
        return [(row.market, row.incident_id) for row in page.rows]


def _open_desk(folder: Path, sandbox: RunningSandbox, team_url: str, actor: Actor) -> Desk:
    cache = open_cache(folder / "cache.sqlite3")
    connections = connect_sandbox(sandbox.data_dir / "keys.json", actor.role)
    sync = SyncService(cache, connections)
    sync.register_markets()
    sync.sync()
    team = TeamService(open_team_store(team_url), actor)
    notifier = Notifier(team)
    desk = Desk(cache, connections, IncidentService(cache, connections), team, notifier,
                watcher=None)  # type: ignore[arg-type]

    def on_changes(changes: list[Change]) -> None:
        desk.notifications.extend(notifier.from_changes(changes))
        for change in changes:
            desk.changes.put(change)

    desk.watcher = TeamWatcher(team.store, on_changes, desk.links.append, poll_interval=0.2,
                               start_after=team.last_change_id())
    desk.watcher.start()
    return desk


@pytest.fixture
def two_desks(sandbox: RunningSandbox, team_url: str, tmp_path: Path) -> Iterator[tuple[Desk,
                                                                                        Desk]]:
    a = _open_desk(tmp_path / "desk-a", sandbox, team_url, Actor("ann", Role.AGENT))
    b = _open_desk(tmp_path / "desk-b", sandbox, team_url, Actor("sue", Role.SUPERVISOR))
    yield a, b
    for desk in (a, b):
        desk.watcher.stop()
        desk.team.close()
        desk.connections.close()
        desk.cache.dispose()


def test_refund_request_travels_between_desks(two_desks: tuple[Desk, Desk]) -> None:
    a, b = two_desks
    assert a.cache.path != b.cache.path
    cases = a.queue_cases()
    assert len(cases) >= 3 and cases == b.queue_cases()  # the same marketplace, two caches

    # A claims the first case; B sees it and B's "next" skips it.
    market, incident_id = cases[0]
    assert a.team.claim(market, incident_id).won
    b.wait_for(lambda c: c.kind == ChangeKind.CLAIM and c.entity_id == f"{market}/{incident_id}")
    assert b.team.next_unclaimed(b.queue_cases()) == cases[1]
    assert not b.team.claim(market, incident_id).won

    # A asks for a refund above the agent's threshold; it appears on B as waiting for B.
    case = a.incidents.case(market, incident_id, "en")
    assert case is not None and case.line is not None
    amount = Money.of(300, case.line.total_price.currency)
    assert a.team.refund_needs_approval(market, amount)
    request = a.team.request_approval(ApprovalKind.REFUND, market, "incident", incident_id,
                                      amount, "item arrived broken",
                                      {"order_line_id": case.line.order_line_id})
    b.wait_for(lambda c: c.kind == ChangeKind.APPROVAL and c.entity_id == str(request.id))
    waiting = [n for n in b.notifications if n.kind == NotificationKind.APPROVAL_WAITING]
    assert [(n.approval_id, n.colleague, n.amount) for n in waiting] == [
        (request.id, "ann", amount)]
    assert [r.id for r in b.team.waiting_for_me()] == [request.id]

    # B approves; A learns it and sends the refund (state approved -> sent, audited).
    assert b.team.decide_approval(request.id, True, "photos confirm the damage").won
    a.wait_for(lambda c: c.kind == ChangeKind.APPROVAL and c.actor == "sue")
    approved = [n for n in a.notifications if n.kind == NotificationKind.REQUEST_APPROVED]
    assert [(n.approval_id, n.colleague) for n in approved] == [(request.id, "sue")]
    sent = a.team.record_carried_out(request.id, {"refund_id": "sandbox-refund-1"})
    assert sent.status == "sent"
    b.wait_for(lambda c: c.kind == ChangeKind.APPROVAL and c.actor == "ann"
               and c.entity_id == str(request.id))
    final = b.team.approval(request.id)
    assert final is not None and final.status == "sent" and final.sent_by == "ann"

    trail = [(e.actor, e.action) for e in b.team.audit_page(AuditFilter(), 0, 10)]
    assert trail == [("ann", "refund.sent"), ("sue", "approval.approved"),
                     ("ann", "approval.requested"), ("ann", "claim.taken")]
    assert b.team.verify_audit().ok
    assert a.links[-1].state == TeamLinkState.CONNECTED
    assert not b.notifications[1:] or all(n.kind != NotificationKind.REQUEST_APPROVED
                                          for n in b.notifications)
