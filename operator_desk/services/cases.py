"""Case-level reads and notes: everything the case pane shows about one incident, in one go.

``CaseService.load`` reads the case from the cache (one read Session), the other incidents
between the same people, and the team's decisions and internal notes from the team store,
and builds the timeline: one immutable ``CaseDetail``. Every method touches SQLite (or the
team server): call it off the UI thread.

The team store may be missing (not configured yet, unreachable): the case still loads, with
``team.state`` saying why decisions and notes are not there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from operator_desk.domain.models import Reason, ReasonType
from operator_desk.domain.policy import Finding
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.sla import MarketCalendar, MarketCalendarError, ResponseRule, SlaRuleError
from operator_desk.domain.team import Decision, Note, NoteSubject
from operator_desk.domain.timeline import (
    ClaimAndReality,
    RelatedIncident,
    SlaContext,
    TimelineEvent,
    build_timeline,
    compare_claim,
    newest_message_ids,
)
from operator_desk.store.cache import CacheRepository
from operator_desk.store.cases import CaseRepository
from operator_desk.store.database import Database

from .findings import FindingsService

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@runtime_checkable
class CaseTeam(Protocol):
    """What the case pane needs of the team store (``services.team.TeamService``)."""

    def decisions_for_case(self, market: str, incident_id: str) -> list[Decision]: ...

    def notes(self, market: str, subject_type: str, subject_id: str) -> list[Note]: ...

    def add_note(self, market: str, subject_type: str, subject_id: str, body: str) -> Note: ...


class TeamState(StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"  # no team store open (not set up, or not reachable at start)
    OPENING = "opening"  # the desk is still opening it (the case is read again once open)
    FAILED = "failed"  # open, but this read failed (server gone since): ``detail`` says why


@dataclass(frozen=True, slots=True)
class TeamFacts:
    """The team store's side of a case: decisions and internal notes, oldest first."""

    state: TeamState
    decisions: tuple[Decision, ...] = ()
    notes: tuple[Note, ...] = ()
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the case pane shows, read at once."""

    case: IncidentCase
    timeline: tuple[TimelineEvent, ...]
    related: tuple[RelatedIncident, ...]
    claim: ClaimAndReality
    team: TeamFacts
    seen: tuple[str, ...]  # the newest message id of every thread: what the agent sees
    closing_reason: Reason | None = None
    timezone: str | None = None  # the market's, as the cache knows it
    loaded_at: datetime | None = None  # the "now" deadlines were judged at
    # Policy findings in seller messages, by message id. Offsets are into
    # ``safe_text.neutralize(body)``: the text the desk shows.
    findings: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)

    @property
    def market(self) -> str:
        return self.case.incident.market

    @property
    def incident_id(self) -> str:
        return self.case.incident.incident_id


class NoteNotSaved(Exception):
    """An internal note was not written; ``kind`` says why (``empty``, ``unavailable``,
    ``failed``) and ``detail`` what the store said. Nothing was written."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _user_message(error: BaseException) -> str:
    return getattr(error, "user_message", None) or str(error) or type(error).__name__


class CaseService:
    """Reads cases for the pane; writes internal notes to the team store.

    ``team`` returns the team store as it is now (None while there is none): the desk opens
    it after the window, and reopens it when its settings change. ``team_opening`` says
    whether it is still being opened (then a missing store is not reported as unavailable).
    """

    def __init__(self, cache: Database, team: Callable[[], object | None] = lambda: None,
                 *, clock: Clock = _utc_now, findings: FindingsService | None = None,
                 team_opening: Callable[[], bool] = lambda: False) -> None:
        self.cache = cache
        self._team = team
        self._team_opening = team_opening
        self.clock = clock
        self.findings_store = findings or FindingsService(cache)

    def findings(self, case: IncidentCase) -> dict[str, tuple[Finding, ...]]:
        """Policy findings in the seller's messages of the case, by message id: from the
        cache's findings store, the missing ones scanned and stored first."""
        return self.findings_store.for_messages(
            case.incident.market, (m for thread in case.threads for m in thread.messages))

    def _team_store(self) -> CaseTeam | None:
        team = self._team()
        return team if isinstance(team, CaseTeam) else None

    def load(self, market: str, incident_id: str, language: str) -> CaseDetail | None:
        """The case with its timeline, other incidents, decisions and notes; None when the
        incident is not in the cache. Reason labels are in ``language`` where the cache has
        them."""
        with self.cache.read() as session:
            case = CacheRepository(session).incident_case(market, incident_id, language)
            if case is None:
                return None
            repo = CaseRepository(session)
            order = case.order
            related = tuple(repo.related_incidents(
                market, incident_id, case.incident.order_id,
                order.customer.customer_id if order else None,
                order.shop_id if order else None, language))
            closing_reason = repo.reason(market, ReasonType.INCIDENT_CLOSE,
                                         case.incident.closing_reason_code, language)
            rules = repo.market_rules(market)
            topics = self._topics(repo, case, language)
        team = self.team_facts(market, incident_id)
        now = self.clock()
        sla = self._sla(market, rules.timezone if rules else None,
                        rules.response_rule if rules else None, now)
        timeline = build_timeline(case, related=related, decisions=team.decisions,
                                  closing_reason=closing_reason, sla=sla, topics=topics)
        return CaseDetail(case=case, timeline=timeline, related=related,
                          claim=compare_claim(case), team=team,
                          seen=newest_message_ids(case.threads), closing_reason=closing_reason,
                          timezone=rules.timezone if rules else None,
                          findings=self.findings(case), loaded_at=now)

    @staticmethod
    def _topics(repo: CaseRepository, case: IncidentCase, language: str) -> dict[str, str]:
        """Thread topics that name a reason code ("REASON_CODE:12"), as the reason's label."""
        topics: dict[str, str] = {}
        market = case.incident.market
        for thread in case.threads:
            prefix, _, code = thread.topic.partition(":")
            if prefix != "REASON_CODE" or not code:
                continue
            reason = (repo.reason(market, ReasonType.INCIDENT_OPEN, code, language)
                      or repo.reason(market, ReasonType.ORDER_MESSAGING, code, language))
            if reason is not None:
                topics[thread.thread_id] = reason.label
        return topics

    @staticmethod
    def _sla(market: str, timezone: str | None, rule_text: str | None,
             now: datetime) -> SlaContext | None:
        if not timezone or not rule_text:
            return None
        try:
            return SlaContext(ResponseRule.parse(rule_text), MarketCalendar(market, timezone),
                              now)
        except (SlaRuleError, MarketCalendarError) as exc:
            log.warning("%s: no response deadlines on the case (%s)", market, exc)
            return None

    def team_facts(self, market: str, incident_id: str) -> TeamFacts:
        """Decisions and notes on the incident; a missing or failing team store is reported
        in the result, never raised (the case is worth showing without them)."""
        team = self._team_store()
        if team is None:
            return TeamFacts(TeamState.OPENING if self._team_opening()
                             else TeamState.UNAVAILABLE)
        try:
            decisions = tuple(team.decisions_for_case(market, incident_id))
            notes = tuple(team.notes(market, NoteSubject.INCIDENT, incident_id))
        except Exception as exc:  # server gone, store damaged: show the case without them
            log.warning("team store read for %s/%s failed: %s", market, incident_id, exc)
            return TeamFacts(TeamState.FAILED, detail=_user_message(exc))
        return TeamFacts(TeamState.AVAILABLE, decisions, notes)

    def add_note(self, market: str, incident_id: str, body: str) -> Note:
        """Write an internal note on the incident: for colleagues only, never sent to a
        customer or a seller. Raises ``NoteNotSaved`` when it was not written."""
        text = body.strip()
        if not text:
            raise NoteNotSaved("empty")
        team = self._team_store()
        if team is None:
            raise NoteNotSaved("unavailable")
        try:
            note = team.add_note(market, NoteSubject.INCIDENT, incident_id, text)
        except Exception as exc:  # read-only store, server gone, refused: nothing written
            log.warning("note on %s/%s not saved: %s", market, incident_id, exc)
            raise NoteNotSaved("failed", _user_message(exc)) from exc
        log.info("internal note %s added on %s/%s", note.id, market, incident_id)
        return note
