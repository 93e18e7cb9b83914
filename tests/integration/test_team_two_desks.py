"""Two desks, each with its own cache synced from the sandbox over HTTP, one team store.

A refund above the agent's limit asked on desk A (its refund service) appears on desk B
through the change feed (B's watcher thread, no restart); B's supervisor approves it and B's
refund service sends it to the marketplace - the approver's desk sends, see
docs/design/team-store.md - and A sees it carried out: the request is "sent" and the
refund is on the order A reads from the marketplace. Exactly one refund reaches the server.
A claim on A is seen by B, whose "next case" skips it. Run on a shared SQLite file and on a
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
from operator_desk.domain.refunds import LineRefund
from operator_desk.domain.team import Actor, Change, ChangeKind
from operator_desk.services.actions import SubmissionState
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.incidents import IncidentService
from operator_desk.services.notifications import Notification, NotificationKind, Notifier
from operator_desk.services.permissions import Permissions
from operator_desk.services.refunds import RefundDraft, RefundError, RefundService
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
    refunds: RefundService
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
    refunds = RefundService(cache, connections, Permissions(connections))
    refunds.team = team
    desk = Desk(cache, connections, IncidentService(cache, connections), refunds, team,
                notifier, watcher=None)  # type: ignore[arg-type]

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

    # A asks for a refund above the agent's limit on an incident's order; it waits for B.
    incident_id, order_id, line_id = _refundable_case(a, cases, above=Money.of(300, "EUR"))
    context = a.refunds.load(market, order_id, "en", incident_id=incident_id)
    amount = Money.of(300, context.currency)
    assert context.needs_approval(amount)
    before = _refunds_on_server(b, market, order_id)
    asked = a.refunds.submit(RefundDraft(
        market, order_id, (LineRefund(line_id, amount, Money.zero(context.currency)),),
        context.reasons[0].code, context.seen_left(), incident_id=incident_id), "en")
    assert asked.state == SubmissionState.WAITING_APPROVAL and asked.approval_id is not None
    request_id = asked.approval_id
    assert _refunds_on_server(b, market, order_id) == before  # nothing sent yet
    b.wait_for(lambda c: c.kind == ChangeKind.APPROVAL and c.entity_id == str(request_id))
    waiting = [n for n in b.notifications if n.kind == NotificationKind.APPROVAL_WAITING]
    assert [(n.approval_id, n.colleague, n.amount) for n in waiting] == [
        (request_id, "ann", amount)]
    assert [r.id for r in b.refunds.waiting_for_me()] == [request_id]

    # B approves, and B's desk sends the refund to the marketplace: exactly one refund.
    sent = b.refunds.approve(request_id, "photos confirm the damage", "en")
    assert sent.state == SubmissionState.SENT and sent.total == amount and sent.refund_ids
    after = _refunds_on_server(b, market, order_id)
    assert after == before + 1
    with pytest.raises(RefundError) as again:  # carried out: nothing is sent a second time
        b.refunds.send_approved(request_id, "en")
    assert again.value.kind == "not_approved"
    assert _refunds_on_server(b, market, order_id) == after

    # A sees it carried out: approved by Sue, sent by her desk, and on the order A reads.
    a.wait_for(lambda c: c.kind == ChangeKind.APPROVAL and c.actor == "sue"
               and c.entity_id == str(request_id))
    deadline = time.monotonic() + WAIT
    while (seen := a.team.approval(request_id)) is None or seen.status != "sent":
        assert time.monotonic() < deadline, "A never saw the refund carried out"
        time.sleep(0.05)
    assert (seen.decided_by, seen.sent_by) == ("sue", "sue")
    approved = [n for n in a.notifications if n.kind == NotificationKind.REQUEST_APPROVED]
    assert [(n.approval_id, n.colleague) for n in approved] == [(request_id, "sue")]
    fresh = a.refunds.load(market, order_id, "en", incident_id=incident_id)
    assert fresh.fresh
    line = next(x for x in fresh.balances if x.order_line_id == line_id)
    assert line.refunded_product == amount
    assert {r.refund_id for r in line.counted} >= set(sent.refund_ids)

    trail = [(e.actor, e.action) for e in b.team.audit_page(AuditFilter(), 0, 10)]
    assert trail == [("sue", "refund.sent"), ("sue", "approval.approved"),
                     ("ann", "approval.requested"), ("ann", "claim.taken")]
    assert b.team.verify_audit().ok
    assert a.links[-1].state == TeamLinkState.CONNECTED
    assert not b.notifications[1:] or all(n.kind != NotificationKind.REQUEST_APPROVED
                                          for n in b.notifications)


def _refundable_case(desk: Desk, cases: list[tuple[str, str]], above: Money
                     ) -> tuple[str, str, str]:
    """(incident, order, line) of the first queued case whose order has a line with more
    than ``above`` of its product price left to refund."""
    for market, incident_id in cases:
        case = desk.incidents.case(market, incident_id, "en")
        if case is None or case.order is None:
            continue
        context = desk.refunds.load(market, case.order.order_id, "en", refresh=False)
        for balance in context.balances:
            if (balance.line.can_refund and balance.currency == above.currency
                    and balance.left_product > above):
                return incident_id, case.order.order_id, balance.order_line_id
    raise AssertionError("no queued case has that much left to refund")


def _refunds_on_server(desk: Desk, market: str, order_id: str) -> int:
    """Refunds on the order as the marketplace lists them (OR11), all lines."""
    connector = desk.connections.connector(market)
    assert connector is not None
    return sum(len(line.refunds) for page in connector.orders(order_ids=[order_id])
               for order in page.items for line in order.lines)
