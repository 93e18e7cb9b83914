"""CaseService on real stores: a SQLite cache and a team store (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor, Decision, Note
from operator_desk.domain.timeline import ClockState, EventKind, Relation
from operator_desk.services.cases import CaseService, NoteNotSaved, TeamState
from operator_desk.services.team import TeamService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from tests.case_fixtures import AFTER_SOLVED, CASE_ID, MARKET, NOW, PHONE, days_ago, fill_cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Database]:
    database = open_cache(tmp_path / "cache.sqlite3")
    fill_cache(database)
    yield database
    database.dispose()


@pytest.fixture
def desks(team_url: str) -> Iterator[tuple[TeamService, TeamService]]:
    """Two colleagues on one team store: ann (agent) and sue (supervisor)."""
    ann = TeamService(open_team_store(team_url), Actor("ann", Role.AGENT),
                      clock=lambda: days_ago(2))
    sue = TeamService(open_team_store(team_url), Actor("sue", Role.SUPERVISOR),
                      clock=lambda: days_ago(1.5))
    yield ann, sue
    ann.close()
    sue.close()


def test_a_case_loads_with_its_story_other_incidents_deadlines_and_findings(
        cache: Database) -> None:
    service = CaseService(cache, clock=lambda: NOW)
    detail = service.load(MARKET, CASE_ID, "de")
    assert detail is not None
    assert detail.case.opening_reason is not None
    assert detail.case.opening_reason.label == "Artikel defekt angekommen"  # in the language
    # Same order (I2) and same customer with the same seller (I3); not I4 (other seller)
    # nor I5 (other customer); newest first.
    assert [(r.incident_id, r.relation) for r in detail.related] == [
        ("I2", Relation.SAME_ORDER), ("I3", Relation.SAME_CUSTOMER_AND_SELLER)]
    assert detail.related[0].product_title == "Kettle"
    kinds = [e.kind for e in detail.timeline]
    assert kinds.count(EventKind.OTHER_INCIDENT) == 2 and kinds.count(EventKind.MESSAGE) == 4
    assert detail.timezone == "Europe/Berlin"
    clocks = {e.message.message_id: e.reply_clock for e in detail.timeline
              if e.message is not None and e.reply_clock is not None}
    assert clocks["M1"].state == ClockState.ANSWERED_LATE
    assert clocks["M4"].state == ClockState.DUE
    # The thread's "REASON_CODE:12" topic reads as the reason.
    assert {e.thread_topic for e in detail.timeline if e.message} == {
        "Artikel defekt angekommen"}
    # The seller's phone number is found, at the offsets of the text the desk shows.
    (finding,) = [f for f in detail.findings["M2"] if f.text == PHONE]
    assert finding.kind == "off_platform_contact"
    assert set(detail.findings) == {"M2"}  # customers' messages are not scanned
    assert detail.claim.customer_message is not None
    assert detail.claim.customer_message.body == AFTER_SOLVED
    assert detail.claim.customer_after_claim
    assert detail.seen == ("M4",)
    assert detail.team.state == TeamState.UNAVAILABLE and detail.team.notes == ()
    assert service.load(MARKET, "no-such-incident", "de") is None
    # While the desk is still opening the team store, the case does not call it unavailable.
    opening = CaseService(cache, lambda: None, clock=lambda: NOW, team_opening=lambda: True)
    assert opening.team_facts(MARKET, CASE_ID).state == TeamState.OPENING


def test_decisions_and_notes_come_from_the_team_store_and_colleagues_see_notes(
        cache: Database, desks: tuple[TeamService, TeamService]) -> None:
    ann, sue = desks
    mine = CaseService(cache, lambda: ann, clock=lambda: NOW)
    theirs = CaseService(cache, lambda: sue, clock=lambda: NOW)
    ann.record_decision(MARKET, CASE_ID, "escalate", "noted", "asked the seller", ["M1"])
    note = mine.add_note(MARKET, CASE_ID, "  Customer called: still broken.  ")
    assert isinstance(note, Note) and note.body == "Customer called: still broken."
    assert note.author == "ann"
    detail = theirs.load(MARKET, CASE_ID, "en")
    assert detail is not None and detail.team.state == TeamState.AVAILABLE
    assert [n.body for n in detail.team.notes] == ["Customer called: still broken."]
    (decision,) = detail.team.decisions
    assert isinstance(decision, Decision) and decision.actor == "ann"
    event = next(e for e in detail.timeline if e.kind == EventKind.DECISION)
    assert event.decision == decision
    assert event.unseen_messages == 2  # M2 and M3 had arrived; ann had seen M1
    sue.add_note(MARKET, "incident", CASE_ID, "Refund approved.")
    assert [n.author for n in mine.team_facts(MARKET, CASE_ID).notes] == ["ann", "sue"]
    # Notes belong to their case only.
    assert mine.team_facts(MARKET, "I2").notes == ()


def test_notes_without_a_team_store_or_text_are_refused_and_nothing_is_written(
        cache: Database, tmp_path: Path) -> None:
    service = CaseService(cache)
    with pytest.raises(NoteNotSaved) as refused:
        service.add_note(MARKET, CASE_ID, "hello")
    assert refused.value.kind == "unavailable"
    team = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                       Actor("ann", Role.AGENT))
    service = CaseService(cache, lambda: team)
    with pytest.raises(NoteNotSaved) as empty:
        service.add_note(MARKET, CASE_ID, "   \n ")
    assert empty.value.kind == "empty"
    team.store.read_only_reason = "needs desk 9.9.0"  # a newer team store: read only
    with pytest.raises(NoteNotSaved) as failed:
        service.add_note(MARKET, CASE_ID, "hello")
    assert failed.value.kind == "failed" and "9.9.0" in failed.value.detail
    assert service.team_facts(MARKET, CASE_ID).notes == ()
    team.close()


def test_a_team_store_that_fails_to_read_leaves_the_case_readable(cache: Database,
                                                                   tmp_path: Path) -> None:
    team = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                       Actor("ann", Role.AGENT))
    team.store.dispose()
    (tmp_path / "team.sqlite3").unlink()
    (tmp_path / "team.sqlite3").mkdir()  # the file is gone and cannot come back
    detail = CaseService(cache, lambda: team).load(MARKET, CASE_ID, "en")
    assert detail is not None and detail.team.state == TeamState.FAILED
    assert detail.team.detail
    assert any(e.kind == EventKind.MESSAGE for e in detail.timeline)
