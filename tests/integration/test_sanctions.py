"""Sanctions end to end against the sandbox over HTTP and a real team store: a reviewer
proposes, a second supervisor approves, the platform's shop state changes, the sanction is
lifted, a termination waits for its notice, appeals undo what was applied; roles and four eyes
hold in the desk and on the platform; queued writes finish when the outbox reports them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, create_engine, text

from operator_desk.domain.actions import Action, ShopState, ShopStateChange
from operator_desk.domain.models import Role
from operator_desk.domain.sanctions import EvidenceKind
from operator_desk.domain.team import Actor, Delivery, SanctionStatus
from operator_desk.services.actions import (
    ActionRefused,
    DirectSink,
    Submission,
    SubmissionState,
)
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.outbox import CancelOutcome, OutboxService, OutboxSink
from operator_desk.services.permissions import Permissions
from operator_desk.services.sanctions import SanctionError, SanctionService
from operator_desk.services.sellers import SellerService
from operator_desk.services.sync import SyncService
from operator_desk.services.team import TeamService
from operator_desk.store import team_schema
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.outbox import open_outbox
from operator_desk.store.team_migrations import SchemaPlan, open_team_store
from operator_desk.sync.push import Backoff, Outcome
from tests.conftest import RunningSandbox

MARKET = "DE"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    """One person's desk: connections with their role, services, a team-store identity."""

    connections: Connections
    sellers: SellerService
    sanctions: SanctionService
    team: TeamService


@dataclass
class World:
    sandbox: RunningSandbox
    cache: Database
    clock: Clock
    desks: dict[str, Desk] = field(default_factory=dict)

    def platform_state(self, shop_id: str) -> str:
        connector = self.desks["sam"].connections.connector(MARKET)
        assert connector is not None
        states = {s.shop_id: s.state for page in connector.shops() for s in page.items}
        return states[shop_id]


@pytest.fixture
def world(sandbox: RunningSandbox, tmp_path: Path) -> Iterator[World]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    reader = connect_sandbox(sandbox.data_dir / "keys.json", Role.AGENT)
    sync = SyncService(cache, reader)
    sync.register_markets()
    sync.sync()
    reader.close()
    clock = Clock()
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    result = World(sandbox, cache, clock)
    for name, role in (("robin", Role.REVIEWER), ("sam", Role.SUPERVISOR),
                       ("sue", Role.SUPERVISOR), ("alex", Role.AGENT)):
        connections = connect_sandbox(sandbox.data_dir / "keys.json", role)
        team = TeamService(open_team_store(url), Actor(name, role), clock=clock)
        sellers = SellerService(cache, connections, clock=clock)
        sellers.team = team
        sanctions = SanctionService(sellers, Permissions(connections), DirectSink(connections),
                                    clock=clock)
        sanctions.team = team
        result.desks[name] = Desk(connections, sellers, sanctions, team)
    yield result
    for desk in result.desks.values():
        desk.connections.close()
        desk.team.close()
    cache.dispose()


def _open_shop(world: World) -> str:
    return next(s for s in ("2001", "2002", "2003", "2004", "2005")
                if world.platform_state(s) == "OPEN")


def _propose(world: World, shop_id: str, level: str | None = None,
             proposer: str = "robin") -> int:
    desk = world.desks[proposer]
    options = desk.sellers.evidence(MARKET, shop_id, 365)
    picked = options.all()[:3]
    assert picked, "the fixture's shop needs something to rest a sanction on"
    draft = desk.sanctions.draft(MARKET, shop_id, picked, level)
    return desk.sanctions.propose(draft, draft.statement.body).id


def test_suspension_from_proposal_to_appeal(world: World) -> None:
    shop_id = _open_shop(world)
    robin, sam, sue = world.desks["robin"], world.desks["sam"], world.desks["sue"]
    draft = robin.sanctions.draft(MARKET, shop_id, robin.sellers.evidence(
        MARKET, shop_id, 365).all()[:2], "temporary_suspension:14")
    assert draft.language == "de" and "Sehr geehrtes Team" in draft.statement.body
    assert "{start}" in draft.statement.body and "{start}" not in draft.preview
    sanction = robin.sanctions.propose(draft, draft.statement.body + "\n\nPS: geprüft.")

    # Four eyes: the proposer may not approve; an agent or reviewer may not either.
    with pytest.raises(SanctionError) as refused:
        robin.sanctions.decide(sanction.id, True)
    assert refused.value.kind == "forbidden"
    outcome = sam.sanctions.decide(sanction.id, True, "clear case")
    assert outcome.won and sam.team.sanction(sanction.id).status == SanctionStatus.APPROVED

    # Only a supervisor applies; the platform's state changes.
    with pytest.raises(SanctionError, match="forbidden"):
        robin.sanctions.apply(sanction.id)
    applied = sue.sanctions.apply(sanction.id)
    assert applied.state == SubmissionState.SENT and applied.statement_sent
    assert world.platform_state(shop_id) == "SUSPENDED"
    entry = applied.entry
    assert entry.status == SanctionStatus.APPLIED and entry.delivery == Delivery.SENT
    assert (entry.proposed_by, entry.decided_by, entry.applied_by) == ("robin", "sam", "sue")
    assert entry.effective_until is not None and entry.effective_from is not None
    assert entry.effective_until - entry.effective_from == timedelta(days=14)
    assert [e["id"] for e in entry.evidence] == [e.id for e in draft.evidence]
    assert "{start}" not in entry.statement_of_reasons  # the dates went out filled in
    assert entry.statement_of_reasons.endswith("PS: geprüft.")
    responses = entry.platform[-1]["response"]
    assert responses["shop_state"]["shop_state"] == "SUSPENDED"
    thread_id = responses["statement"]["thread_id"]
    connector = sue.connections.connector(MARKET)
    assert connector is not None
    statement = connector.thread(thread_id)
    assert statement.messages[0].body == entry.statement_of_reasons

    # The end date comes: the reminder lists it; one click lifts it.
    assert sam.sanctions.due() == []
    world.clock.now += timedelta(days=15)
    assert [e.id for e in sam.sanctions.due()] == [sanction.id]
    lifted = sam.sanctions.lift(sanction.id, "end date reached")
    assert lifted.entry.status == SanctionStatus.LIFTED and lifted.entry.lifted_by == "sam"
    assert world.platform_state(shop_id) == "OPEN"

    # An appeal is recorded against the sanction and decided with its outcome.
    appeal = robin.sanctions.record_appeal(sanction.id, "Our replies were on time.")
    with pytest.raises(SanctionError, match="forbidden"):
        robin.sanctions.decide_appeal(appeal, False, "no")  # a reviewer does not decide
    decided = sam.sanctions.decide_appeal(appeal, False, "The late replies are documented.")
    assert decided.status == "rejected" and decided.decided_by == "sam"
    assert [a.outcome for a in sam.team.appeals_for(sanction.id)] == [
        "The late replies are documented."]


def test_restriction_closes_the_shop_and_an_upheld_appeal_reopens_it(world: World) -> None:
    shop_id = _open_shop(world)
    sam, sue = world.desks["sam"], world.desks["sue"]
    sanction_id = _propose(world, shop_id, "restriction:30", proposer="sam")
    with pytest.raises(SanctionError, match="cannot be decided by the person who made it"):
        sam.sanctions.decide(sanction_id, True)  # a supervisor may not approve their own
    sue.sanctions.decide(sanction_id, True)
    sam.sanctions.apply(sanction_id)
    assert world.platform_state(shop_id) == "CLOSE"  # the S07 closing window is running
    appeal = world.desks["robin"].sanctions.record_appeal(sanction_id, "A mix-up of orders.")
    with pytest.raises(SanctionError, match="proposed"):
        sam.sanctions.decide_appeal(appeal, True, "yes")  # not the proposer
    sue.sanctions.decide_appeal(appeal, True, "The messages were another shop's.")
    assert world.platform_state(shop_id) == "OPEN"
    entry = sue.team.sanction(sanction_id)
    assert entry is not None and entry.status == SanctionStatus.REVOKED
    assert entry.platform[-1]["step"] == "revoke"


def test_termination_waits_for_its_notice_period(world: World) -> None:
    shop_id = _open_shop(world)
    sam, sue = world.desks["sam"], world.desks["sue"]
    sanction_id = _propose(world, shop_id, "termination")
    sam.sanctions.decide(sanction_id, True)
    notified = sue.sanctions.apply(sanction_id).entry
    assert notified.status == SanctionStatus.NOTIFIED
    assert notified.effective_from == world.clock.now + timedelta(days=30)
    assert world.platform_state(shop_id) == "OPEN"  # nothing happens before the date
    with pytest.raises(SanctionError, match="notice period"):
        sue.sanctions.carry_out(sanction_id)
    world.clock.now += timedelta(days=31)
    assert [e.id for e in sue.sanctions.due()] == [sanction_id]
    terminated = sue.sanctions.carry_out(sanction_id).entry
    assert terminated.status == SanctionStatus.APPLIED
    assert world.platform_state(shop_id) == "TERMINATED"


def test_automatic_lift_on_the_date(world: World) -> None:
    shop_id = _open_shop(world)
    robin, sam = world.desks["robin"], world.desks["sam"]
    draft = robin.sanctions.draft(MARKET, shop_id, robin.sellers.evidence(
        MARKET, shop_id, 365).all()[:1], "temporary_suspension:14")
    sanction = robin.sanctions.propose(draft, draft.statement.body, auto_lift=True)
    world.desks["sue"].sanctions.decide(sanction.id, True)
    sam.sanctions.apply(sanction.id)
    world.clock.now += timedelta(days=14, minutes=1)
    done, waiting = robin.sanctions.run_due()  # a reviewer's desk may not lift: it reminds
    assert done == [] and [e.id for e in waiting] == [sanction.id]
    done, waiting = sam.sanctions.run_due()
    assert [o.entry.status for o in done] == [SanctionStatus.LIFTED] and waiting == []
    assert world.platform_state(shop_id) == "OPEN"
    lifted = done[0].entry
    # An appeal upheld after the end date revokes it for the record, keeping the lift.
    appeal = robin.sanctions.record_appeal(sanction.id, "Never late.")
    world.desks["sue"].sanctions.decide_appeal(appeal, True, "The clock was wrong.")
    revoked = sam.team.sanction(sanction.id)
    assert revoked is not None and revoked.status == SanctionStatus.REVOKED
    assert (revoked.lifted_by, revoked.lifted_at) == (lifted.lifted_by, lifted.lifted_at)
    assert world.platform_state(shop_id) == "OPEN"
    assert robin.sanctions.draft(MARKET, shop_id, draft.evidence).previous == 0


def test_the_platform_refuses_shop_states_to_a_reviewer(world: World) -> None:
    """The desk's role check is not the only guard: the sandbox answers 403 to a reviewer."""
    shop_id = _open_shop(world)
    sink = DirectSink(world.desks["robin"].connections)
    with pytest.raises(ActionRefused) as refused:
        sink.submit(ShopState(MARKET, shop_id, ShopStateChange.SUSPEND))
    assert refused.value.kind == "forbidden"
    assert world.platform_state(shop_id) == "OPEN"


def test_the_ladder_climbs_and_agents_only_look(world: World) -> None:
    shop_id = _open_shop(world)
    robin, sam = world.desks["robin"], world.desks["sam"]
    first = robin.sanctions.draft(MARKET, shop_id, robin.sellers.evidence(
        MARKET, shop_id, 365).all()[:1])
    assert first.level == "warning" and first.previous == 0
    warning = robin.sanctions.propose(first, first.statement.body)
    sam.sanctions.decide(warning.id, True)
    applied = sam.sanctions.apply(warning.id)
    assert applied.entry.status == SanctionStatus.APPLIED
    assert world.platform_state(shop_id) == "OPEN"  # a warning is only a statement
    second = robin.sanctions.draft(MARKET, shop_id, first.evidence)
    assert second.level == "restriction:30" and second.previous == 1
    assert "{count}" not in second.statement.body and "1" in second.statement.body
    with pytest.raises(SanctionError, match="forbidden"):
        world.desks["alex"].sanctions.propose(second, second.statement.body)
    with pytest.raises(SanctionError, match="evidence"):
        robin.sanctions.propose(replace(first, evidence=()), "x")


class QueueingSink:
    """Holds writes as an outbox does while the marketplace is away; ``flush`` sends them
    in order through the real sandbox and reports each to the sanction service."""

    def __init__(self, direct: DirectSink) -> None:
        self.direct = direct
        self.held: list[Action] = []

    def submit(self, action: Action) -> Submission:
        self.held.append(action)
        return Submission(SubmissionState.QUEUED, action_id=f"q{len(self.held)}")

    def flush(self, service: SanctionService) -> None:
        while self.held:
            action = self.held.pop(0)
            sent = self.direct.submit(action)
            service.action_reported(action, sent.response)


def test_queued_writes_wait_then_finish_when_reported(world: World) -> None:
    shop_id = _open_shop(world)
    sam = world.desks["sam"]
    sanction_id = _propose(world, shop_id, "temporary_suspension:14")
    world.desks["sue"].sanctions.decide(sanction_id, True)
    queue = QueueingSink(DirectSink(sam.connections))
    sam.sanctions.sink = queue
    waiting = sam.sanctions.apply(sanction_id)
    assert waiting.state == SubmissionState.QUEUED
    assert waiting.entry.status == SanctionStatus.APPROVED
    assert waiting.entry.delivery == Delivery.WAITING
    assert world.platform_state(shop_id) == "OPEN"
    queue.flush(sam.sanctions)
    entry = sam.team.sanction(sanction_id)
    assert entry is not None and entry.status == SanctionStatus.APPLIED
    assert entry.delivery == Delivery.SENT and entry.effective_until is not None
    assert world.platform_state(shop_id) == "SUSPENDED"


@pytest.fixture
def outbox(world: World, tmp_path: Path) -> Iterator[OutboxService]:
    """Sam's desk with its outbox, wired as the desk wires it: queued writes of a sanction
    are reported to the sanction service once the outbox sends them (or they finally fail)."""
    sam = world.desks["sam"]
    service = OutboxService(open_outbox(tmp_path / "outbox.sqlite3"), sam.connections,
                            backoff=Backoff(base=0.01, cap=0.05, floor=0.0, jitter=0.0,
                                            settle=0.0))
    service.reporters.append(sam.sanctions.action_reported)
    sam.sanctions.sink = OutboxSink(service)
    yield service
    service.close()
    service.outbox.dispose()


def test_queued_through_the_outbox_the_sanction_is_applied_once_sent(
        world: World, outbox: OutboxService) -> None:
    shop_id = _open_shop(world)
    sam = world.desks["sam"]
    sanction_id = _propose(world, shop_id, "temporary_suspension:14")
    world.desks["sue"].sanctions.decide(sanction_id, True)
    connector = sam.connections.connectors.pop(MARKET)  # the marketplace is away
    waiting = sam.sanctions.apply(sanction_id)
    assert waiting.state == SubmissionState.QUEUED
    assert waiting.entry.status == SanctionStatus.APPROVED
    assert waiting.entry.delivery == Delivery.WAITING
    sam.connections.connectors[MARKET] = connector
    sam.sanctions.team = None  # and the team store too, when the outbox sends
    assert [r.outcome for r in outbox.push(MARKET)] == [Outcome.SENT, Outcome.SENT]
    outbox.wait_for_reports()
    assert world.platform_state(shop_id) == "SUSPENDED"
    entry = sam.team.sanction(sanction_id)
    assert entry is not None and entry.status == SanctionStatus.APPROVED  # not told yet
    sam.sanctions.team = sam.team
    outbox.team = sam.team  # the team store is back: what it missed is told, in order
    outbox.wait_for_reports()
    entry = sam.team.sanction(sanction_id)
    assert entry is not None and entry.status == SanctionStatus.APPLIED
    assert entry.delivery == Delivery.SENT and entry.effective_until is not None
    outbox.report_backlog()  # told once: nothing is applied twice
    outbox.wait_for_reports()
    again = sam.team.sanction(sanction_id)
    assert again is not None and again.platform == entry.platform


def test_sent_while_the_user_waits_the_outbox_does_not_tell_it_twice(
        world: World, outbox: OutboxService) -> None:
    shop_id = _open_shop(world)
    sam = world.desks["sam"]
    sanction_id = _propose(world, shop_id, "temporary_suspension:14")
    world.desks["sue"].sanctions.decide(sanction_id, True)
    applied = sam.sanctions.apply(sanction_id)
    assert applied.state == SubmissionState.SENT
    assert applied.entry.status == SanctionStatus.APPLIED
    outbox.report_backlog()
    outbox.wait_for_reports()
    entry = sam.team.sanction(sanction_id)
    assert entry is not None and entry.platform == applied.entry.platform


def test_a_queued_write_discarded_after_a_conflict_is_reported_failed(
        world: World, outbox: OutboxService) -> None:
    shop_id = _open_shop(world)
    sam = world.desks["sam"]
    sanction_id = _propose(world, shop_id, "temporary_suspension:14")
    world.desks["sue"].sanctions.decide(sanction_id, True)
    connector = sam.connections.connectors.pop(MARKET)
    assert sam.sanctions.apply(sanction_id).state == SubmissionState.QUEUED
    sam.connections.connectors[MARKET] = connector
    # Meanwhile a colleague suspended the shop on the platform: the queued suspend conflicts.
    DirectSink(sam.connections).submit(ShopState(MARKET, shop_id, ShopStateChange.SUSPEND))
    results = outbox.push(MARKET)
    assert [r.outcome for r in results] == [Outcome.CONFLICT]
    assert outbox.cancel(results[0].action_id) == CancelOutcome.CANCELLED  # discarded
    outbox.wait_for_reports()
    entry = sam.team.sanction(sanction_id)
    assert entry is not None and entry.status == SanctionStatus.APPROVED
    assert entry.delivery == Delivery.FAILED
    assert entry.platform[-1]["response"]["error"] == "cancelled"


def test_evidence_comes_from_the_cache(world: World) -> None:
    sellers = world.desks["robin"].sellers
    kinds = {e.kind for shop in ("2000", "2001", "2002", "2003", "2004", "2005", "2006")
             for e in sellers.evidence(MARKET, shop, 365).all()}
    assert {EvidenceKind.LATE_REPLY, EvidenceKind.INCIDENT} <= kinds
    late = next(e for shop in ("2000", "2001", "2002", "2003")
                for e in sellers.evidence(MARKET, shop, 365).late_replies)
    assert late.deadline is not None and late.order_id
    assert late.answered is None or late.answered > late.deadline


def test_schema_1_stores_gain_the_ledger_columns(tmp_path: Path) -> None:
    """A team store written by the previous desk (schema 1) is migrated in place."""
    old = MetaData()
    for table in team_schema.metadata.sorted_tables:
        columns = [Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable,
                          autoincrement=c.autoincrement)
                   for c in table.columns if not (table.name == "sanctions"
                                                  and c.name in team_schema.SANCTION_COLUMNS_V2)]
        Table(table.name, old, *columns)
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    first = open_team_store(url, plan=SchemaPlan(version=1, metadata=old, steps={}))
    first.dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sanctions (market, shop_id, level, breach, statement_of_reasons, "
            "status, proposed_by, created) VALUES ('DE', '2001', 'warning', 'late_reply', "
            "'Dear seller', 'applied', 'robin', '2026-01-05 10:00:00')"))
    engine.dispose()
    store = open_team_store(url)
    assert store.report.migrated_from == 1 and store.report.backup is not None
    team = TeamService(store, Actor("sam", Role.SUPERVISOR))
    entry = team.sanctions_for_shop("DE", "2001")[0]
    assert entry.level == "warning" and entry.evidence == () and entry.delivery == ""
    assert not entry.auto_lift
    team.close()
