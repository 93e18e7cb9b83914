"""The outbox's repository: enqueue, pick what is due in order per case, record outcomes, and
the paged, sorted listing the outbox page shows.

Given a Session; never opens or commits one. Every state change is one ``UPDATE ... WHERE``
guarded by the state it expects, so a row changed meanwhile (by the user, or by the other
sender in this desk) is left alone and the caller learns it from the row count.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, delete, event, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from operator_desk.domain.actions import Action, ActionKind
from operator_desk.domain.outbox import (
    EDITABLE,
    UNRESOLVED,
    Change,
    OutboxColumn,
    OutboxEntry,
    OutboxFilter,
    OutboxSort,
    OutboxState,
    Waiting,
    outcome_awaited,
)

from . import outbox_codec as codec
from . import outbox_schema as t
from .database import Database

S = OutboxState
_UNRESOLVED = [s.value for s in UNRESOLVED]
_SENDABLE = [S.PENDING.value, S.SENDING.value]


def open_outbox(path: Path) -> Database:
    """The outbox file at ``path``: durable (never set aside; an unreadable or newer file is
    refused with a message), migrated with a backup first, and synced to disk on every commit
    (``synchronous=FULL``): an action the user was told is queued survives a power cut."""
    database = Database(path, t.metadata, t.OUTBOX_VERSION, rebuildable=False,
                        migrations=t.MIGRATIONS)

    def full_sync(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    event.listen(database.engine, "connect", full_sync)
    database.engine.dispose()  # connections opened while creating the schema go
    return database


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    """A queued action with what the sender needs to know about its last attempt."""

    action_id: str
    seq: int
    action: Action
    state: OutboxState
    attempts: int
    send_token: str | None
    send_started: datetime | None
    baseline: dict[str, Any] = field(default_factory=dict)
    forced: bool = False
    created: datetime | None = None
    created_by: str | None = None
    reported: bool | None = None  # see the ``reported`` column
    response: dict[str, Any] = field(default_factory=dict)
    last_error: str | None = None
    error_kind: str | None = None

    @property
    def outcome_unknown(self) -> bool:
        return self.send_token is not None


def _blocked_by() -> Any:
    """Correlated subquery: seq of the earliest unresolved earlier action of the same case."""
    earlier = t.actions.alias("earlier")
    return (select(func.min(earlier.c.seq))
            .where(earlier.c.case_key == t.actions.c.case_key,
                   earlier.c.seq < t.actions.c.seq,
                   earlier.c.state.in_(_UNRESOLVED))
            .scalar_subquery())


# Once an action is reported, going back to pending (retry, send anyway, edit) means its next
# final outcome is reported again; actions nobody waits for stay NULL.
_REPORT_AGAIN = case((t.actions.c.reported.is_(None), None), else_=False)
_TOLD = case((t.actions.c.reported.is_(None), None), else_=True)
# Final, with a known outcome: sent; refused for good; cancelled (never sent).
_FINAL = ((t.actions.c.state == S.SENT.value)
          | ((t.actions.c.state == S.FAILED.value) & t.actions.c.send_token.is_(None))
          | (t.actions.c.state == S.CANCELLED.value))


_SORT_COLUMNS = {
    OutboxColumn.CREATED: t.actions.c.seq,
    OutboxColumn.STATE: t.actions.c.state,
    OutboxColumn.MARKET: t.actions.c.market,
    OutboxColumn.KIND: t.actions.c.kind,
    OutboxColumn.SUBJECT: t.actions.c.subject,
    OutboxColumn.ATTEMPTS: t.actions.c.attempts,
    OutboxColumn.UPDATED: t.actions.c.updated,
}


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- enqueue -----------------------------------------------------------------------------
    def add(self, action: Action, now: datetime, *, action_id: str | None = None,
            state: OutboxState = S.PENDING, created_by: str | None = None) -> str:
        """Store ``action``; returns its id. With an ``action_id`` that is already stored,
        nothing is added (enqueuing is idempotent for callers that name their actions)."""
        action_id = action_id or str(uuid.uuid4())
        if action_id and self.session.execute(select(t.actions.c.seq).where(
                t.actions.c.action_id == action_id)).first() is not None:
            return action_id
        payload, files = codec.encode(action)
        subject, detail = codec.subject_and_detail(action)
        self.session.execute(insert(t.actions).values(
            action_id=action_id, kind=action.kind.value, market=action.market,
            case_key=action.case_key, subject=subject[:120], detail=detail[:200],
            payload=payload, created=now, created_by=created_by, updated=now,
            state=state.value, attempts=0, forced=False, audited=False,
            reported=False if outcome_awaited(action) else None))
        self._store_files(action_id, files)
        return action_id

    def unresolved_twin(self, action: Action) -> str | None:
        """The same action on the same record of the same case that still waits to be sent
        (a second click on "close" while the first waits), or None. Only the newest waiting
        action of that kind and record counts, and only when it asks the same (its detail:
        the close reason, the shop change): suspend, lift, suspend again are three actions."""
        subject, detail = codec.subject_and_detail(action)
        row = self.session.execute(
            select(t.actions.c.action_id, t.actions.c.detail).where(
                t.actions.c.case_key == action.case_key, t.actions.c.kind == action.kind.value,
                t.actions.c.subject == subject[:120],
                t.actions.c.state.in_([*_SENDABLE, S.WAITING_APPROVAL.value]))
            .order_by(t.actions.c.seq.desc()).limit(1)).first()
        if row is None or (row.detail or "") != detail[:200]:
            return None
        return str(row.action_id)

    def _store_files(self, action_id: str, files: Sequence[Any]) -> None:
        self.session.execute(delete(t.files).where(t.files.c.action_id == action_id))
        if files:
            self.session.execute(insert(t.files), [
                {"action_id": action_id, "position": i, "name": f.name,
                 "content_type": f.content_type, "content": f.content}
                for i, f in enumerate(files)])

    # -- the sender's view -------------------------------------------------------------------
    def record(self, action_id: str) -> OutboxRecord | None:
        row = self.session.execute(select(t.actions).where(
            t.actions.c.action_id == action_id)).mappings().first()
        return self._record(row) if row is not None else None

    def _record(self, row: Any) -> OutboxRecord:
        contents = [bytes(c) for c in self.session.execute(
            select(t.files.c.content).where(t.files.c.action_id == row["action_id"])
            .order_by(t.files.c.position)).scalars()]
        return OutboxRecord(
            action_id=row["action_id"], seq=row["seq"],
            action=codec.decode(row["payload"], contents), state=S(row["state"]),
            attempts=row["attempts"], send_token=row["send_token"],
            send_started=row["send_started"], baseline=row["baseline"] or {},
            forced=bool(row["forced"]), created=row["created"], created_by=row["created_by"],
            reported=None if row["reported"] is None else bool(row["reported"]),
            response=row["response"] or {}, last_error=row["last_error"],
            error_kind=row["error_kind"])

    def blocked_by(self, action_id: str) -> int | None:
        value: int | None = self.session.execute(
            select(_blocked_by()).where(t.actions.c.action_id == action_id)).scalar()
        return value

    def due(self, market: str, now: datetime, limit: int = 50) -> list[OutboxRecord]:
        """Actions of ``market`` to send now, oldest first: pending (or caught mid-send by a
        crash), due, and not held back by an earlier unresolved action of their case."""
        rows = self.session.execute(
            select(t.actions)
            .where(t.actions.c.market == market, t.actions.c.state.in_(_SENDABLE),
                   (t.actions.c.next_attempt.is_(None)) | (t.actions.c.next_attempt <= now),
                   _blocked_by().is_(None))
            .order_by(t.actions.c.seq).limit(limit)).mappings().all()
        return [self._record(row) for row in rows]

    def next_due(self, markets: Sequence[str]) -> datetime | None:
        """When the earliest waiting action of ``markets`` becomes due (None: nothing waits;
        a time in the past: something is due now)."""
        waiting = (t.actions.c.state.in_(_SENDABLE) & _blocked_by().is_(None)
                   & t.actions.c.market.in_(list(markets)))
        if self.session.execute(select(t.actions.c.seq).where(
                waiting, t.actions.c.next_attempt.is_(None)).limit(1)).first() is not None:
            return _EPOCH
        value: datetime | None = self.session.execute(
            select(func.min(t.actions.c.next_attempt)).where(waiting)).scalar()
        return value

    def markets_waiting(self) -> list[str]:
        return list(self.session.execute(
            select(t.actions.c.market).where(t.actions.c.state.in_(_SENDABLE))
            .distinct().order_by(t.actions.c.market)).scalars())

    # -- outcomes ----------------------------------------------------------------------------
    def begin_send(self, action_id: str, baseline: dict[str, Any], now: datetime) -> str | None:
        """Mark the action as being sent (committed by the caller BEFORE the request goes
        out); returns the send token, or None when the row is no longer sendable."""
        token = str(uuid.uuid4())
        result = self.session.execute(
            update(t.actions)
            .where(t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE),
                   t.actions.c.send_token.is_(None))
            .values(state=S.SENDING.value, send_token=token, send_started=now,
                    baseline=baseline, attempts=t.actions.c.attempts + 1, updated=now))
        return token if _count(result) == 1 else None

    def sent(self, action_id: str, response: dict[str, Any], now: datetime, *,
             told: bool = False) -> bool:
        """The platform has it. ``told``: the caller waited for this answer, so nobody needs
        to be told again (``reported``)."""
        values: dict[str, Any] = {"state": S.SENT.value, "response": response, "sent_at": now,
                                  "send_token": None, "last_error": None, "error_kind": None,
                                  "next_attempt": None, "changes": None, "forced": False,
                                  "updated": now}
        if told:
            values["reported"] = _TOLD
        result = self.session.execute(
            update(t.actions)
            .where(t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE))
            .values(**values))
        return _count(result) == 1

    def not_applied(self, action_id: str, now: datetime) -> None:
        """Reading back proved the earlier send did not reach the platform."""
        self.session.execute(
            update(t.actions)
            .where(t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE))
            .values(state=S.PENDING.value, send_token=None, send_started=None, updated=now))

    def clear_token(self, action_id: str, now: datetime) -> None:
        """Reading back proved an earlier send absent; the state stays as it is."""
        self.session.execute(update(t.actions).where(t.actions.c.action_id == action_id)
                             .values(send_token=None, send_started=None, updated=now))

    def retry_later(self, action_id: str, error_kind: str, message: str,
                    next_attempt: datetime, now: datetime, *, outcome_unknown: bool) -> None:
        """A transient problem: stays pending until ``next_attempt``. With
        ``outcome_unknown`` the send token stays, so it is read back before any resend."""
        values: dict[str, Any] = {"state": S.PENDING.value, "last_error": message[:2000],
                                  "error_kind": error_kind, "next_attempt": next_attempt,
                                  "updated": now}
        if not outcome_unknown:
            values.update(send_token=None, send_started=None)
        self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE))
            .values(**values))

    def fail(self, action_id: str, error_kind: str, message: str, now: datetime, *,
             outcome_unknown: bool = False, state: OutboxState = S.FAILED,
             told: bool = False) -> None:
        values: dict[str, Any] = {"state": state.value, "last_error": message[:2000],
                                  "error_kind": error_kind, "next_attempt": None,
                                  "forced": False, "updated": now}
        if not outcome_unknown:
            values.update(send_token=None, send_started=None)
        if told:
            values["reported"] = _TOLD
        self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE))
            .values(**values))

    def conflict(self, action_id: str, changes: Sequence[Change], now: datetime) -> None:
        """The case changed (or reading back could not tell): the user decides. Any send
        token goes: from here on the user owns the decision to send again."""
        self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id, t.actions.c.state.in_(_SENDABLE))
            .values(state=S.CONFLICT.value, changes=[c.to_json() for c in changes],
                    next_attempt=None, forced=False, send_token=None, send_started=None,
                    updated=now))

    def postpone_market(self, market: str, error_kind: str, message: str, until: datetime,
                        now: datetime) -> None:
        """The market is unreachable or busy: every waiting action of it waits until
        ``until`` (those with an unknown outcome keep their own reason)."""
        waiting = (t.actions.c.market == market) & t.actions.c.state.in_(_SENDABLE)
        later = t.actions.c.next_attempt.is_(None) | (t.actions.c.next_attempt < until)
        self.session.execute(update(t.actions).where(waiting, later)
                             .values(next_attempt=until, updated=now))
        self.session.execute(update(t.actions).where(waiting, t.actions.c.send_token.is_(None))
                             .values(error_kind=error_kind, last_error=message[:2000]))

    def unaudited(self, limit: int = 100) -> list[OutboxRecord]:
        """Sent actions the team store's audit log does not have yet, oldest first."""
        rows = self.session.execute(
            select(t.actions).where(t.actions.c.state == S.SENT.value,
                                    t.actions.c.audited.is_(False))
            .order_by(t.actions.c.seq).limit(limit)).mappings().all()
        return [self._record(row) for row in rows]

    def is_audited(self, action_id: str) -> bool:
        return bool(self.session.execute(select(t.actions.c.audited).where(
            t.actions.c.action_id == action_id)).scalar())

    def audited(self, action_id: str) -> None:
        self.session.execute(update(t.actions).where(t.actions.c.action_id == action_id)
                             .values(audited=True))

    # -- telling the services that wait for an outcome ----------------------------------------
    def unreported(self, limit: int = 100) -> list[OutboxRecord]:
        """Actions that ended (sent, refused for good, cancelled) and whose outcome the
        waiting services have not been told yet, oldest first."""
        rows = self.session.execute(
            select(t.actions).where(t.actions.c.reported.is_(False), _FINAL)
            .order_by(t.actions.c.seq).limit(limit)).mappings().all()
        return [self._record(row) for row in rows]

    def mark_reported(self, action_id: str, state: OutboxState) -> bool:
        """The services were told of the outcome the action had in ``state`` (if it has
        moved on since, e.g. retried, its next outcome is told again)."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id, t.actions.c.reported.is_(False),
            t.actions.c.state == state.value).values(reported=True))
        return _count(result) == 1

    def refund_for_approval(self, approval_id: int) -> OutboxEntry | None:
        """The refund carrying ``approval_id`` that is in the outbox and not cancelled (one
        waiting, in trouble or sent), or None."""
        row = self.session.execute(
            self._listing()
            .where(t.actions.c.kind == ActionKind.REFUND.value,
                   t.actions.c.state != S.CANCELLED.value,
                   t.actions.c.payload["approval_id"].as_integer() == approval_id)
            .order_by(t.actions.c.seq.desc()).limit(1)).mappings().first()
        return _entry(row) if row is not None else None

    def waiting(self, case_keys: Sequence[str]) -> list[Waiting]:
        """Actions of these cases that are not sent yet (pending, sending, failed, in
        conflict, waiting for approval), oldest first."""
        if not case_keys:
            return []
        rows = self.session.execute(
            select(t.actions.c.case_key, t.actions.c.kind, t.actions.c.subject,
                   t.actions.c.state, t.actions.c.action_id)
            .where(t.actions.c.case_key.in_(list(dict.fromkeys(case_keys))),
                   t.actions.c.state.in_(_UNRESOLVED))
            .order_by(t.actions.c.seq)).all()
        return [Waiting(r.case_key, r.kind, r.subject, S(r.state), r.action_id) for r in rows]

    # -- what the user does ------------------------------------------------------------------
    def cancel(self, action_id: str, now: datetime) -> bool:
        """Cancel (or discard a conflict): only while no send may have reached the platform."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id,
            t.actions.c.state.in_([s.value for s in EDITABLE]),
            t.actions.c.send_token.is_(None))
            .values(state=S.CANCELLED.value, next_attempt=None, updated=now))
        return _count(result) == 1

    def retry_now(self, action_id: str, now: datetime) -> bool:
        """A failed action goes back to pending; a pending one is due now."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id,
            t.actions.c.state.in_([S.PENDING.value, S.FAILED.value]))
            .values(state=S.PENDING.value, next_attempt=None, updated=now,
                    reported=_REPORT_AGAIN))
        return _count(result) == 1

    def send_anyway(self, action_id: str, now: datetime) -> bool:
        """The user saw what changed and wants it sent: skip the precondition check once."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id, t.actions.c.state == S.CONFLICT.value)
            .values(state=S.PENDING.value, forced=True, next_attempt=None, updated=now,
                    reported=_REPORT_AGAIN))
        return _count(result) == 1

    def release(self, action_id: str, now: datetime) -> bool:
        """An approval was given: the held action may go."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id,
            t.actions.c.state == S.WAITING_APPROVAL.value)
            .values(state=S.PENDING.value, next_attempt=None, updated=now))
        return _count(result) == 1

    def edit(self, action_id: str, action: Action, now: datetime) -> bool:
        """Replace a not-yet-sent action (same kind and case); it goes back to pending and
        is checked again before it is sent."""
        current = self.record(action_id)
        if current is None or current.action.kind != action.kind or \
                current.action.case_key != action.case_key:
            return False
        payload, files = codec.encode(action)
        subject, detail = codec.subject_and_detail(action)
        state = S.WAITING_APPROVAL if current.state == S.WAITING_APPROVAL else S.PENDING
        result = self.session.execute(update(t.actions).where(
            t.actions.c.action_id == action_id,
            t.actions.c.state.in_([s.value for s in EDITABLE]),
            t.actions.c.send_token.is_(None))
            .values(payload=payload, subject=subject[:120], detail=detail[:200],
                    state=state.value, changes=None, forced=False, last_error=None,
                    error_kind=None, next_attempt=None, updated=now,
                    reported=_REPORT_AGAIN))
        if _count(result) != 1:
            return False
        self._store_files(action_id, files)
        return True

    def due_now(self, market: str, error_kinds: Sequence[str], now: datetime) -> int:
        """Actions of ``market`` backing off for one of ``error_kinds`` become due (the market
        was found reachable again)."""
        result = self.session.execute(update(t.actions).where(
            t.actions.c.market == market, t.actions.c.state.in_(_SENDABLE),
            t.actions.c.error_kind.in_(list(error_kinds)))
            .values(next_attempt=None, updated=now))
        return _count(result)

    # -- the outbox page ---------------------------------------------------------------------
    def _where(self, filter_: OutboxFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filter_.states:
            conditions.append(t.actions.c.state.in_([s.value for s in filter_.states]))
        if filter_.markets:
            conditions.append(t.actions.c.market.in_(list(filter_.markets)))
        return conditions

    def count(self, filter_: OutboxFilter) -> int:
        value: int = self.session.execute(select(func.count()).select_from(t.actions)
                                          .where(*self._where(filter_))).scalar_one()
        return value

    def page(self, filter_: OutboxFilter, sort: OutboxSort, offset: int,
             limit: int) -> list[OutboxEntry]:
        column = _SORT_COLUMNS[sort.column]
        order = [column.desc() if sort.descending else column.asc()]
        if column is not t.actions.c.seq:
            order.append(t.actions.c.seq.desc() if sort.descending else t.actions.c.seq.asc())
        rows = self.session.execute(self._listing().where(*self._where(filter_))
                                    .order_by(*order).offset(offset).limit(limit)).mappings()
        return [_entry(row) for row in rows]

    def entry(self, action_id: str) -> OutboxEntry | None:
        row = self.session.execute(self._listing().where(
            t.actions.c.action_id == action_id)).mappings().first()
        return _entry(row) if row is not None else None

    def _listing(self) -> Select[Any]:
        columns = [c for c in t.actions.c
                   if c.name not in ("payload", "baseline", "audited", "reported")]
        return select(*columns, _blocked_by().label("blocked_by"))

    def state_counts(self) -> dict[OutboxState, int]:
        rows = self.session.execute(select(t.actions.c.state, func.count())
                                    .group_by(t.actions.c.state)).all()
        return {S(state): count for state, count in rows}


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _count(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _entry(row: Any) -> OutboxEntry:
    state = S(row["state"])
    return OutboxEntry(
        action_id=row["action_id"], seq=row["seq"], kind=row["kind"], market=row["market"],
        case_key=row["case_key"], subject=row["subject"], detail=row["detail"] or "",
        state=state, created=row["created"], updated=row["updated"],
        attempts=row["attempts"], next_attempt=row["next_attempt"],
        last_error=row["last_error"], error_kind=row["error_kind"],
        outcome_unknown=row["send_token"] is not None and state in (S.PENDING, S.SENDING,
                                                                     S.FAILED),
        sent_at=row["sent_at"], blocked_by=row["blocked_by"],
        changes=tuple(Change.from_json(c) for c in row["changes"] or ()),
        response=row["response"] or {}, forced=bool(row["forced"]))
