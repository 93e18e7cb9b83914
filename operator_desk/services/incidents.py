"""Use cases of the incident queue: list, open a case, close an incident.

Every method runs on a worker thread (never the UI thread): it touches SQLite or HTTP.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from operator_desk.connectors.base import ConnectorError
from operator_desk.domain.actions import CloseIncident, Seen
from operator_desk.domain.models import Reason, ReasonType
from operator_desk.domain.permissions import Action, PermissionDeniedError
from operator_desk.domain.queue import IncidentCase, QueueFilter, QueueRow, QueueSort
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database
from operator_desk.sync.engine import fetch_thread

from .actions import ActionRefused, ActionSink, DirectSink, SubmissionState
from .connections import Connections
from .permissions import Permissions

log = logging.getLogger(__name__)


class ActionError(Exception):
    """An operator action did not happen; ``kind`` says why in terms the UI can word."""

    def __init__(self, kind: str, market: str, detail: str = "") -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind  # offline | key_refused | forbidden | degraded | refused | not_found
        self.market = market
        self.detail = detail


class DecisionRecorder(Protocol):
    def record_decision(self, market: str, incident_id: str, action: str, outcome: str,
                        reasons: str, seen: Sequence[str] = ()) -> object: ...


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    state: SubmissionState  # sent, or queued in the outbox until the marketplace is back
    recorded: bool  # the decision is in the team store


@dataclass(frozen=True, slots=True)
class QueuePage:
    offset: int
    rows: tuple[QueueRow, ...]


class IncidentService:
    """Reads the queue from the cache; sends decisions to the marketplace."""

    def __init__(self, cache: Database, connections: Connections,
                 permissions: Permissions | None = None,
                 sink: ActionSink | None = None) -> None:
        self.cache = cache
        self.connections = connections
        self.permissions = permissions or Permissions(connections)
        self.sink: ActionSink = sink or DirectSink(connections)
        # Set once the team store is open; None while it is unreachable.
        self.team: DecisionRecorder | None = None

    def queue_count(self, filter_: QueueFilter, locale: str) -> int:
        with self.cache.read() as session:
            return CacheRepository(session).queue_count(filter_, locale)

    def queue_page(self, filter_: QueueFilter, sort: QueueSort, offset: int, limit: int,
                   locale: str) -> QueuePage:
        with self.cache.read() as session:
            rows = CacheRepository(session).queue_page(filter_, sort, offset, limit, locale)
        return QueuePage(offset, tuple(rows))

    def case(self, market: str, incident_id: str, locale: str) -> IncidentCase | None:
        with self.cache.read() as session:
            return CacheRepository(session).incident_case(market, incident_id, locale)

    def complete_threads(self, market: str, thread_ids: tuple[str, ...]) -> int:
        """Fetch whole threads the cache holds only as headers (network lane)."""
        connector = self.connections.connector(market)
        if connector is None or not thread_ids:
            return 0
        for thread_id in thread_ids:
            try:
                fetch_thread(self.cache, connector, thread_id)
            except ConnectorError as exc:
                self.connections.report(market, exc)
                raise ActionError(self.connections.links[market].state.value, market,
                                  exc.detail) from exc
        return len(thread_ids)

    def close_reasons(self, market: str, locale: str) -> list[Reason]:
        """Reasons an operator may give when closing an incident on this market."""
        with self.cache.read() as session:
            reasons = CacheRepository(session).reasons(market, ReasonType.INCIDENT_CLOSE, locale)
        return [r for r in reasons if r.is_operator_right]

    def close(self, market: str, incident_id: str, reason_code: str | None,
              seen: Sequence[str] = ()) -> ActionOutcome:
        """Close the incident (through the action sink: the outbox in the desk), reflect it
        in the cache once sent, and record the decision (who, what they had seen: ``seen``
        message ids, why) in the team store.

        Raises ``ActionError`` when the platform is unreachable or refuses; the cache is then
        left as it was. The outcome says whether it was sent or queued, and whether the team
        store recorded the decision (the log says why not)."""
        with self.cache.read() as session:
            incident = CacheRepository(session).incident(market, incident_id)
        if incident is None:
            raise ActionError("not_found", market, incident_id)
        try:
            self.permissions.require(market, Action.CLOSE_INCIDENT)
        except PermissionDeniedError as exc:
            raise ActionError("forbidden", market, exc.reason) from exc
        if incident.close_needs_reason() and not reason_code:
            raise ActionError("reason_required", market)
        action = CloseIncident(market, incident_id, incident.order_id, incident.order_line_id,
                               reason_code, Seen(tuple(seen), incident.status))
        try:
            submission = self.sink.submit(action)
        except ActionRefused as exc:
            log.warning("close of %s/%s failed: %s", market, incident_id, exc)
            raise ActionError(exc.kind, market, exc.detail) from exc
        if submission.state == SubmissionState.SENT:
            with self.cache.write() as session:
                CacheRepository(session).mark_incident_closed(market, incident_id,
                                                              datetime.now(UTC), reason_code)
        log.info("close of incident %s/%s %s (reason %s)", market, incident_id,
                 submission.state.value, reason_code or "-")
        recorded = self._record(market, incident_id, "close", submission.state.value,
                                reason_code or "seller marked it solved", seen)
        return ActionOutcome(submission.state, recorded)

    def _record(self, market: str, incident_id: str, action: str, outcome: str, reasons: str,
                seen: Sequence[str]) -> bool:
        team = self.team
        if team is None:
            log.warning("no team store: decision %s on %s/%s not recorded", action, market,
                        incident_id)
            return False
        try:
            team.record_decision(market, incident_id, action, outcome, reasons, seen)
        except Exception:  # the platform already acted: report, do not undo
            log.exception("decision %s on %s/%s could not be recorded", action, market,
                          incident_id)
            return False
        return True
