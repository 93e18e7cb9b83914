"""Use cases of the incident queue: list, open a case, close an incident.

Every method runs on a worker thread (never the UI thread): it touches SQLite or HTTP.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from operator_desk.connectors.base import ConnectorError
from operator_desk.domain.actions import Action as Write
from operator_desk.domain.actions import (
    CloseIncident,
    DisputeIncident,
    NewOrderThread,
    OpenIncident,
    Reply,
    Seen,
    order_case,
)
from operator_desk.domain.incident_rules import ReopenBlock, reopen_block
from operator_desk.domain.models import IncidentStatus, Reason, ReasonType, Recipient
from operator_desk.domain.outbox import Change, Waiting
from operator_desk.domain.permissions import Action, PermissionDeniedError
from operator_desk.domain.queue import (
    IncidentCase,
    QueueColumn,
    QueueFilter,
    QueueRow,
    QueueSort,
    QueueView,
)
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database
from operator_desk.sync.engine import fetch_thread

from .actions import ActionRefused, ActionSink, DirectSink, SubmissionState
from .connections import Connections
from .exports import check_cancel, whole_file
from .permissions import Permissions

log = logging.getLogger(__name__)


class ActionError(Exception):
    """An operator action did not happen; ``kind`` says why in terms the UI can word.

    ``conflict``: the case changed since the agent read it (``changes``); the action waits
    in the outbox (``action_id``) until the user sends it anyway or discards it there."""

    def __init__(self, kind: str, market: str, detail: str = "", *,
                 changes: tuple[Change, ...] = (), action_id: str | None = None) -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind  # offline | key_refused | forbidden | degraded | refused | not_found
        self.market = market
        self.detail = detail
        self.changes = changes
        self.action_id = action_id

    @classmethod
    def refused(cls, refusal: ActionRefused) -> ActionError:
        """The sink's refusal in the incident use cases' terms."""
        return cls(refusal.kind, refusal.market, refusal.detail, changes=refusal.changes,
                   action_id=refusal.action_id)


class TeamLike(Protocol):
    """What the incident use cases need from the team store (``services.team``)."""

    @property
    def actor(self) -> Any: ...

    def record_decision(self, market: str, incident_id: str, action: str, outcome: str,
                        reasons: str, seen: Sequence[str] = ()) -> object: ...

    def my_decisions_since(self, since: datetime, actions: tuple[str, ...] = ()
                           ) -> list[Any]: ...

    def active_claims(self, markets: Iterable[str] = ()) -> list[Any]: ...

    def claim(self, market: str, case_id: str) -> Any: ...

    def release(self, market: str, case_id: str) -> bool: ...

    def templates(self, *, language: str | None = None, audience: str | None = None,
                  topic: str | None = None) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    key: str
    language: str
    title: str
    body: str


def _recipients(audience: str, order: Any) -> tuple[Recipient, ...]:
    customer = Recipient("CUSTOMER", order.customer.customer_id or None)
    shop = Recipient("SHOP", order.shop_id)
    return {"SHOP": (shop,), "CUSTOMER": (customer,)}.get(audience, (shop, customer))


def _csv_safe(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: neutralise them (the
    data comes from customers and sellers)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    state: SubmissionState  # sent, or queued in the outbox until the marketplace is back
    recorded: bool  # the decision is in the team store


@dataclass(frozen=True, slots=True)
class QueuePage:
    offset: int
    rows: tuple[QueueRow, ...]
    # Who works on which row right now (team store claims), by (market, incident id).
    claims: Mapping[tuple[str, str], str] = field(default_factory=dict)
    me: str | None = None
    # What of a row's case waits in the outbox (not sent yet), by (market, incident id): the
    # action on the incident itself if there is one, else the case's first.
    waiting: Mapping[tuple[str, str], Waiting] = field(default_factory=dict)


class WaitingActions(Protocol):
    """A sink that can say what waits in it (the outbox's)."""

    def waiting(self, case_keys: Sequence[str]) -> list[Waiting]: ...


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
        self.team: TeamLike | None = None

    def _resolve(self, filter_: QueueFilter) -> QueueFilter:
        """Views whose cases come from the team store get their ids filled in here."""
        if filter_.view != QueueView.CLOSED_BY_ME_TODAY or self.team is None:
            return filter_
        midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0,
                                                       microsecond=0)
        try:
            decisions = self.team.my_decisions_since(midnight, ("close",))
        except Exception:  # team store unreachable: the view is empty, the desk goes on
            log.warning("closed-by-me view: team store unavailable", exc_info=True)
            return filter_
        ids = tuple(dict.fromkeys((d.market, d.incident_id) for d in decisions))
        return replace(filter_, incident_ids=ids)

    def queue_count(self, filter_: QueueFilter, locale: str) -> int:
        filter_ = self._resolve(filter_)
        with self.cache.read() as session:
            return CacheRepository(session).queue_count(filter_, locale)

    def queue_page(self, filter_: QueueFilter, sort: QueueSort, offset: int, limit: int,
                   locale: str) -> QueuePage:
        filter_ = self._resolve(filter_)
        # Sorted by who is on it: the claims (team store) are read first, as the sort key.
        holders = (self._claims(set(filter_.markets) or self._known_markets())[0]
                   if sort.column == QueueColumn.CLAIMED_BY else None)
        with self.cache.read() as session:
            rows = CacheRepository(session).queue_page(filter_, sort, offset, limit, locale,
                                                       holders)
        claims, me = self._claims({row.market for row in rows})
        return QueuePage(offset, tuple(rows), claims, me, self._waiting(rows))

    def _waiting(self, rows: Sequence[QueueRow]) -> dict[tuple[str, str], Waiting]:
        sink = self.sink
        if not rows or not callable(getattr(sink, "waiting", None)):
            return {}
        outbox: WaitingActions = sink  # type: ignore[assignment]
        try:
            found = outbox.waiting([order_case(r.market, r.order_id) for r in rows])
        except Exception:  # the outbox is unreadable: the queue still shows the cache
            log.warning("what waits in the outbox could not be read", exc_info=True)
            return {}
        by_case: dict[str, list[Waiting]] = {}
        for waiting in found:
            by_case.setdefault(waiting.case_key, []).append(waiting)
        result: dict[tuple[str, str], Waiting] = {}
        for row in rows:
            of_case = by_case.get(order_case(row.market, row.order_id))
            if of_case:
                result[(row.market, row.incident_id)] = next(
                    (w for w in of_case if w.subject == row.incident_id), of_case[0])
        return result

    def action_sent(self, action: Write, response: Mapping[str, Any]) -> None:
        """The outbox sent an action (maybe long after the agent decided): a close or a
        dispute shows in the cache at once, so the queue stops offering the case (the next
        sync brings the platform's own record)."""
        if not isinstance(action, CloseIncident | DisputeIncident):
            return
        with self.cache.write() as session:
            repo = CacheRepository(session)
            incident = repo.incident(action.market, action.incident_id)
            if incident is None or not incident.is_open:
                return
            if isinstance(action, CloseIncident):
                repo.mark_incident_closed(action.market, action.incident_id,
                                          datetime.now(UTC), action.reason_code)
            elif incident.status != IncidentStatus.DISPUTED:
                repo.set_incident_status(action.market, action.incident_id,
                                         IncidentStatus.DISPUTED.value)

    def _known_markets(self) -> set[str]:
        with self.cache.read() as session:
            return {m["code"] for m in CacheRepository(session).markets()}

    def queue_position(self, filter_: QueueFilter, sort: QueueSort, market: str,
                       incident_id: str, locale: str) -> int | None:
        """Where an incident is in the queue now (0-based), None when it left the view."""
        filter_ = self._resolve(filter_)
        with self.cache.read() as session:
            return CacheRepository(session).queue_position(filter_, sort, market, incident_id,
                                                           locale)

    def _claims(self, markets: set[str]) -> tuple[dict[tuple[str, str], str], str | None]:
        team = self.team
        if team is None or not markets:
            return {}, None
        try:
            active = team.active_claims(sorted(markets))
        except Exception:
            log.info("claims unavailable (team store unreachable)")
            return {}, team.actor.name
        return {(c.market, c.case_id): c.holder for c in active}, team.actor.name

    def claim(self, market: str, incident_id: str) -> tuple[bool, str | None]:
        """Claim the case for this desk's user: (won, holder). Without a team store the
        desk works alone and every case is its own."""
        team = self.team
        if team is None:
            return True, None
        result = team.claim(market, incident_id)
        return result.won, result.claim.holder

    def release(self, market: str, incident_id: str) -> None:
        if self.team is not None:
            self.team.release(market, incident_id)

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
            raise ActionError.refused(exc) from exc
        if submission.state == SubmissionState.SENT:
            with self.cache.write() as session:
                CacheRepository(session).mark_incident_closed(market, incident_id,
                                                              datetime.now(UTC), reason_code)
        log.info("close of incident %s/%s %s (reason %s)", market, incident_id,
                 submission.state.value, reason_code or "-")
        recorded = self._record(market, incident_id, "close", submission.state.value,
                                reason_code or "seller marked it solved", seen)
        return ActionOutcome(submission.state, recorded)

    def filter_choices(self, locale: str) -> tuple[list[Reason], list[tuple[str, str]]]:
        """Opening reasons of every market, and ("market:shop id", label) of every seller
        with incidents, for the queue's filters."""
        with self.cache.read() as session:
            repo = CacheRepository(session)
            reasons = [r for m in repo.markets()
                       for r in repo.reasons(m["code"], ReasonType.INCIDENT_OPEN, locale)]
            sellers = [(f"{market}:{shop_id}", f"{name} · {market}")
                       for market, shop_id, name in repo.sellers_with_incidents()]
        return reasons, sellers

    def open_reasons(self, market: str, locale: str) -> list[Reason]:
        """Reasons an operator may give when opening an incident on this market."""
        with self.cache.read() as session:
            reasons = CacheRepository(session).reasons(market, ReasonType.INCIDENT_OPEN, locale)
        return [r for r in reasons if r.is_operator_right]

    def templates(self, audience: str, language: str | None) -> list[MessageTemplate]:
        """Templates for a message to ``audience``, the recipient's language first."""
        team = self.team
        if team is None:
            return []
        try:
            found = team.templates(audience=audience)
        except Exception:
            log.info("templates unavailable (team store unreachable)")
            return []
        templates = [MessageTemplate(t.key, t.language, t.current.title, t.current.body)
                     for t in found]
        return sorted(templates, key=lambda t: (t.language != (language or ""), t.title))

    def keep_open(self, market: str, incident_id: str, why: str,
                  messages: Sequence[tuple[str, str]], seen: Sequence[str] = ()) -> ActionOutcome:
        """Keep a seller-resolved incident open: dispute it where the platform can (else it
        stays open and only the decision records it), send the messages ((audience, body):
        "SHOP" / "CUSTOMER" / "BOTH") in the order's thread, and record the decision."""
        with self.cache.read() as session:
            repo = CacheRepository(session)
            incident = repo.incident(market, incident_id)
            threads = repo.threads_for_order(market, incident.order_id) if incident else ()
            order = repo.order(market, incident.order_id) if incident else None
        if incident is None or order is None:
            raise ActionError("not_found", market, incident_id)
        try:
            self.permissions.require(market, Action.KEEP_OPEN)
        except PermissionDeniedError as exc:
            raise ActionError("forbidden", market, exc.reason) from exc
        if not why.strip():
            raise ActionError("reason_required", market)
        state = SubmissionState.SENT
        disputed = "kept open"
        if incident.status == "RESOLVED":
            try:
                submitted = self.sink.submit(DisputeIncident(
                    market, incident_id, incident.order_id, Seen(tuple(seen), incident.status)))
                state = submitted.state
                disputed = "disputed"
            except ActionRefused as exc:
                if exc.kind != "refused":  # unreachable, key, role: the user must know
                    raise ActionError.refused(exc) from exc
                log.info("%s offers no dispute call (%s); the decision keeps it open",
                         market, exc.detail)
        for audience, body in messages:
            if not body.strip():
                continue
            to = _recipients(audience, order)
            thread = threads[0] if threads else None
            action = (Reply(market, thread.thread_id, order.order_id, body, to)
                      if thread is not None else
                      NewOrderThread(market, order.order_id, "Incident", body, to))
            try:
                submitted = self.sink.submit(action)
            except ActionRefused as exc:
                raise ActionError.refused(exc) from exc
            if submitted.state != SubmissionState.SENT:
                state = submitted.state
        if state == SubmissionState.SENT and disputed == "disputed":
            with self.cache.write() as session:
                CacheRepository(session).set_incident_status(market, incident_id, "DISPUTED")
        recorded = self._record(market, incident_id, "keep_open", disputed, why, seen)
        return ActionOutcome(state, recorded)

    def open_incident(self, market: str, order_id: str, order_line_id: str,
                      reason_code: str) -> ActionOutcome:
        """Open an incident on an order line (OR62), e.g. to reopen one closed too early."""
        try:
            self.permissions.require(market, Action.OPEN_INCIDENT)
        except PermissionDeniedError as exc:
            raise ActionError("forbidden", market, exc.reason) from exc
        try:
            submitted = self.sink.submit(OpenIncident(market, order_id, order_line_id,
                                                      reason_code))
        except ActionRefused as exc:
            raise ActionError.refused(exc) from exc
        recorded = self._record(market, order_line_id, "open", submitted.state.value,
                                reason_code, ())
        return ActionOutcome(submitted.state, recorded)

    def reopen_incident(self, market: str, incident_id: str, reason_code: str, why: str,
                        seen: Sequence[str] = ()) -> ActionOutcome:
        """Reopen an incident the operator closed too early: a new incident (OR62, with an
        incident-open ``reason_code``) on the same order line, since the platform has no
        reopen call. The decision ("reopen", why, the ``seen`` message ids) is recorded on
        the closed incident, so its case and the seller's record show it.

        Raises ``ActionError``: not_found, forbidden, reason_required (no reason code or no
        why), conflict (the incident is open, or its line has an incident open again), or
        what the sink reports."""
        with self.cache.read() as session:
            repo = CacheRepository(session)
            incident = repo.incident(market, incident_id)
            order = repo.order(market, incident.order_id) if incident else None
        if incident is None:
            raise ActionError("not_found", market, incident_id)
        try:
            self.permissions.require(market, Action.OPEN_INCIDENT)
        except PermissionDeniedError as exc:
            raise ActionError("forbidden", market, exc.reason) from exc
        if not reason_code or not why.strip():
            raise ActionError("reason_required", market)
        block = reopen_block(incident, order)
        if block == ReopenBlock.STILL_OPEN:
            raise ActionError("conflict", market, f"incident {incident_id} is open "
                                                  f"({incident.status})")
        if block == ReopenBlock.NO_ORDER:
            raise ActionError("not_found", market, incident.order_id)
        if block is not None:
            raise ActionError("conflict", market, f"order line {incident.order_line_id} "
                                                  "cannot have a new incident now")
        try:
            submitted = self.sink.submit(OpenIncident(market, incident.order_id,
                                                      incident.order_line_id, reason_code))
        except ActionRefused as exc:
            raise ActionError(exc.kind, market, exc.detail) from exc
        log.info("reopen of incident %s/%s on line %s %s (reason %s)", market, incident_id,
                 incident.order_line_id, submitted.state.value, reason_code)
        recorded = self._record(market, incident_id, "reopen", submitted.state.value,
                                why.strip(), seen)
        return ActionOutcome(submitted.state, recorded)

    def export_csv(self, filter_: QueueFilter, sort: QueueSort, path: Path, locale: str,
                   columns: Sequence[tuple[str, Callable[[QueueRow], str]]],
                   progress: Callable[[int, int], None] | None = None,
                   cancel: Callable[[], bool] | None = None) -> int:
        """Write the rows of a queue view as CSV (UTF-8 with BOM, for spreadsheets), page by
        page, reporting ``progress(written, total)``; the file appears only when complete.
        Returns the number of rows. Raises ``ExportCancelled`` once ``cancel()`` is true
        (nothing is written then, and a file already at ``path`` is kept)."""
        total = self.queue_count(filter_, locale)
        written = 0
        with whole_file(path, encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([title for title, _value in columns])
            while written < total:
                check_cancel(cancel, written)
                page = self.queue_page(filter_, sort, written, 1000, locale)
                if not page.rows:
                    break
                for row in page.rows:
                    writer.writerow([_csv_safe(value(row)) for _title, value in columns])
                written += len(page.rows)
                if progress is not None:
                    progress(written, total)
            check_cancel(cancel, written)
        return written

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
