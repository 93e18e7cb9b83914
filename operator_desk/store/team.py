"""Repositories over the team store. They are given a Session; they never open or commit one.

Each works the same on SQLite and PostgreSQL. Concurrency is settled by the database, not by
reading first: an approval is decided by a conditional UPDATE (``WHERE status = 'pending'``)
whose row count names the winner; a claim is an INSERT that takes over an expired row in the
same statement (``ON CONFLICT .. DO UPDATE .. WHERE expired``). Reads return frozen records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, delete, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from operator_desk.domain.audit import canonical_json
from operator_desk.domain.money import Money
from operator_desk.domain.team import (
    Appeal,
    AppealStatus,
    ApprovalRequest,
    ApprovalStatus,
    Change,
    Claim,
    ClaimResult,
    Decision,
    Note,
    RuleSettings,
    SanctionEntry,
    SanctionStatus,
    Template,
    TemplateVersion,
    check_transition,
    default_rule_settings,
)

from . import team_schema as t
from .team_migrations import NOTIFY_CHANNEL


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _money(minor: int | None, currency: str | None) -> Money | None:
    if minor is None or currency is None:
        return None
    return Money.from_minor(int(minor), currency)


def _money_columns(amount: Money | None) -> dict[str, Any]:
    if amount is None:
        return {"amount_minor": None, "currency": None}
    return {"amount_minor": amount.minor_units, "currency": amount.currency}


def _inserted_id(session: Session, statement: Any) -> int:
    result = session.execute(statement.returning(statement.table.c.id))
    return int(result.scalar_one())


class ChangeFeed:
    """The ``changes`` table: written with every change, read by colleagues' watchers."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, kind: str, entity_id: str | int, market: str | None, actor: str,
               now: datetime) -> int:
        """Add a change and, on PostgreSQL, a NOTIFY that is delivered when the transaction
        commits (so a colleague never wakes up to a change it cannot see yet)."""
        change_id = _inserted_id(self.session, insert(t.changes).values(
            kind=str(kind), entity_id=str(entity_id), market=market, actor=actor, at=now))
        if _dialect(self.session) == "postgresql":
            self.session.execute(select(text("pg_notify(:channel, :payload)")),
                                 {"channel": NOTIFY_CHANNEL, "payload": str(change_id)})
        return change_id

    def since(self, last_seen: int, limit: int = 500) -> list[Change]:
        rows = self.session.execute(
            select(t.changes).where(t.changes.c.id > last_seen)
            .order_by(t.changes.c.id).limit(limit)).all()
        return [Change(id=int(r.id), kind=r.kind, entity_id=r.entity_id, market=r.market,
                       actor=r.actor, at=r.at) for r in rows]

    def last_id(self) -> int:
        return int(self.session.execute(select(func.coalesce(func.max(t.changes.c.id), 0)))
                   .scalar_one())


class DecisionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, *, market: str, incident_id: str, actor: str, role: str, action: str,
            outcome: str, reasons: str, seen: Sequence[str], amount: Money | None,
            now: datetime) -> Decision:
        decision_id = _inserted_id(self.session, insert(t.decisions).values(
            market=market, incident_id=incident_id, actor=actor, role=role, action=action,
            outcome=outcome, reasons=reasons, seen_json=canonical_json(list(seen)),
            created=now, **_money_columns(amount)))
        return Decision(id=decision_id, market=market, incident_id=incident_id, actor=actor,
                        role=role, action=action, outcome=outcome, reasons=reasons,
                        seen=tuple(seen), amount=amount, created=now)

    @staticmethod
    def _record(r: Row[Any]) -> Decision:
        return Decision(id=int(r.id), market=r.market, incident_id=r.incident_id, actor=r.actor,
                        role=r.role, action=r.action, outcome=r.outcome, reasons=r.reasons,
                        seen=tuple(json.loads(r.seen_json)),
                        amount=_money(r.amount_minor, r.currency), created=r.created)

    def get(self, decision_id: int) -> Decision | None:
        row = self.session.execute(select(t.decisions)
                                   .where(t.decisions.c.id == decision_id)).first()
        return self._record(row) if row else None

    def by_actor_since(self, actor: str, since: datetime,
                       actions: tuple[str, ...] = ()) -> list[Decision]:
        """Decisions one person took since a time (e.g. "closed by me today")."""
        d = t.decisions.c
        query = select(t.decisions).where(d.actor == actor, d.created >= since)
        if actions:
            query = query.where(d.action.in_(actions))
        return [self._record(r) for r in self.session.execute(query.order_by(d.id))]

    def for_case(self, market: str, incident_id: str) -> list[Decision]:
        rows = self.session.execute(
            select(t.decisions).where(t.decisions.c.market == market,
                                      t.decisions.c.incident_id == incident_id)
            .order_by(t.decisions.c.created, t.decisions.c.id)).all()
        return [self._record(r) for r in rows]


    def incidents_with(self, actions: Iterable[str], markets: Iterable[str] = ()
                       ) -> set[tuple[str, str]]:
        """(market, incident id) of every incident with a decision of one of ``actions``."""
        query = select(t.decisions.c.market, t.decisions.c.incident_id).distinct().where(
            t.decisions.c.action.in_(list(actions)))
        if markets := list(markets):
            query = query.where(t.decisions.c.market.in_(markets))
        return {(market, incident_id) for market, incident_id in self.session.execute(query)}


class ApprovalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, *, kind: str, market: str, subject_type: str, subject_id: str,
               requested_by: str, requester_role: str, amount: Money | None, reason: str,
               details: dict[str, Any], now: datetime) -> ApprovalRequest:
        approval_id = _inserted_id(self.session, insert(t.approvals).values(
            kind=str(kind), market=market, subject_type=subject_type, subject_id=subject_id,
            requested_by=requested_by, requester_role=str(requester_role), reason=reason,
            details_json=canonical_json(details), status=ApprovalStatus.PENDING.value,
            created=now, **_money_columns(amount)))
        found = self.get(approval_id)
        assert found is not None
        return found

    @staticmethod
    def _record(r: Row[Any]) -> ApprovalRequest:
        return ApprovalRequest(
            id=int(r.id), kind=r.kind, market=r.market, subject_type=r.subject_type,
            subject_id=r.subject_id, requested_by=r.requested_by,
            requester_role=r.requester_role, amount=_money(r.amount_minor, r.currency),
            reason=r.reason, details=json.loads(r.details_json), status=r.status,
            created=r.created, decided_by=r.decided_by, decided_role=r.decided_role,
            decided_at=r.decided_at, decision_note=r.decision_note, sent_by=r.sent_by,
            sent_at=r.sent_at)

    def get(self, approval_id: int) -> ApprovalRequest | None:
        row = self.session.execute(select(t.approvals)
                                   .where(t.approvals.c.id == approval_id)).first()
        return self._record(row) if row else None

    def find(self, *, statuses: Iterable[str] = (), kind: str | None = None,
             markets: Iterable[str] = (), requested_by: str | None = None,
             subject: tuple[str, str, str] | None = None,
             limit: int = 500) -> list[ApprovalRequest]:
        """Requests, newest first, filtered by status, kind, market, requester or subject
        (market, subject type, subject id)."""
        query = select(t.approvals)
        if statuses := [str(s) for s in statuses]:
            query = query.where(t.approvals.c.status.in_(statuses))
        if kind:
            query = query.where(t.approvals.c.kind == kind)
        if markets := list(markets):
            query = query.where(t.approvals.c.market.in_(markets))
        if requested_by:
            query = query.where(t.approvals.c.requested_by == requested_by)
        if subject:
            query = query.where(t.approvals.c.market == subject[0],
                                t.approvals.c.subject_type == subject[1],
                                t.approvals.c.subject_id == subject[2])
        rows = self.session.execute(query.order_by(t.approvals.c.created.desc(),
                                                   t.approvals.c.id.desc()).limit(limit)).all()
        return [self._record(r) for r in rows]

    def decide(self, approval_id: int, status: ApprovalStatus, *, by: str, role: str,
               note: str | None, now: datetime) -> bool:
        """Approve or decline a pending request. True for the one caller whose UPDATE found it
        still pending; everybody else gets False and should read who won."""
        check_transition(ApprovalStatus.PENDING, status)
        result = self.session.execute(
            update(t.approvals)
            .where(t.approvals.c.id == approval_id,
                   t.approvals.c.status == ApprovalStatus.PENDING.value)
            .values(status=status.value, decided_by=by, decided_role=str(role), decided_at=now,
                    decision_note=note))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]

    def cancel(self, approval_id: int, *, by: str, now: datetime) -> bool:
        """The requester withdraws a request nobody has decided yet."""
        result = self.session.execute(
            update(t.approvals)
            .where(t.approvals.c.id == approval_id, t.approvals.c.requested_by == by,
                   t.approvals.c.status == ApprovalStatus.PENDING.value)
            .values(status=ApprovalStatus.CANCELLED.value, decided_by=by, decided_at=now))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]

    def mark_carried_out(self, approval_id: int, status: ApprovalStatus, *, by: str,
                         now: datetime) -> bool:
        """Approved -> sent (or failed, to be retried): once, by whoever carried it out."""
        if status not in (ApprovalStatus.SENT, ApprovalStatus.FAILED):
            raise ValueError(f"carrying out ends in sent or failed, not {status.value}")
        allowed = [s.value for s in ApprovalStatus if _may(s, status)]
        result = self.session.execute(
            update(t.approvals)
            .where(t.approvals.c.id == approval_id, t.approvals.c.status.in_(allowed))
            .values(status=status.value, sent_by=by, sent_at=now))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]


def _may(current: ApprovalStatus, target: ApprovalStatus) -> bool:
    try:
        check_transition(current, target)
    except ValueError:
        return False
    return True


class ClaimRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _record(r: Row[Any]) -> Claim:
        return Claim(market=r.market, case_id=r.case_id, holder=r.holder,
                     claimed_at=r.claimed_at, expires_at=r.expires_at)

    def claim(self, market: str, case_id: str, holder: str, now: datetime,
              ttl: timedelta) -> ClaimResult:
        """Claim a case, or renew one's own claim, or take over an expired claim; a colleague's
        active claim is left alone and returned with ``won=False``."""
        module: Any = postgresql if _dialect(self.session) == "postgresql" else sqlite
        values = {"market": market, "case_id": case_id, "holder": holder, "claimed_at": now,
                  "expires_at": now + ttl}
        statement = module.insert(t.claims).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[t.claims.c.market, t.claims.c.case_id],
            set_={"holder": holder, "claimed_at": now, "expires_at": now + ttl},
            where=(t.claims.c.expires_at <= now) | (t.claims.c.holder == holder))
        self.session.execute(statement)
        current = self.get(market, case_id)
        assert current is not None
        return ClaimResult(won=current.holder == holder, claim=current)

    def get(self, market: str, case_id: str) -> Claim | None:
        row = self.session.execute(select(t.claims).where(
            t.claims.c.market == market, t.claims.c.case_id == case_id)).first()
        return self._record(row) if row else None

    def release(self, market: str, case_id: str, holder: str) -> bool:
        result = self.session.execute(delete(t.claims).where(
            t.claims.c.market == market, t.claims.c.case_id == case_id,
            t.claims.c.holder == holder))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]

    def active(self, now: datetime, *, markets: Iterable[str] = (),
               holder: str | None = None) -> list[Claim]:
        query = select(t.claims).where(t.claims.c.expires_at > now)
        if markets := list(markets):
            query = query.where(t.claims.c.market.in_(markets))
        if holder:
            query = query.where(t.claims.c.holder == holder)
        rows = self.session.execute(query.order_by(t.claims.c.market, t.claims.c.case_id)).all()
        return [self._record(r) for r in rows]

    def purge_expired(self, now: datetime, older_than: timedelta) -> int:
        result = self.session.execute(delete(t.claims)
                                      .where(t.claims.c.expires_at < now - older_than))
        return int(result.rowcount)  # type: ignore[attr-defined]


class NoteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, *, market: str, subject_type: str, subject_id: str, author: str, body: str,
            now: datetime) -> Note:
        note_id = _inserted_id(self.session, insert(t.notes).values(
            market=market, subject_type=str(subject_type), subject_id=subject_id,
            author=author, body=body, created=now))
        return Note(note_id, market, str(subject_type), subject_id, author, body, now)

    def for_subject(self, market: str, subject_type: str, subject_id: str) -> list[Note]:
        rows = self.session.execute(
            select(t.notes).where(t.notes.c.market == market,
                                  t.notes.c.subject_type == str(subject_type),
                                  t.notes.c.subject_id == subject_id)
            .order_by(t.notes.c.created, t.notes.c.id)).all()
        return [Note(int(r.id), r.market, r.subject_type, r.subject_id, r.author, r.body,
                     r.created) for r in rows]


class SanctionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _record(r: Row[Any]) -> SanctionEntry:
        return SanctionEntry(
            id=int(r.id), market=r.market, shop_id=r.shop_id, level=r.level, breach=r.breach,
            statement_of_reasons=r.statement_of_reasons, status=r.status,
            proposed_by=r.proposed_by, created=r.created,
            approval_id=int(r.approval_id) if r.approval_id is not None else None,
            decided_by=r.decided_by, effective_from=r.effective_from,
            effective_until=r.effective_until, decided_at=r.decided_at,
            applied_by=r.applied_by, applied_at=r.applied_at, lifted_by=r.lifted_by,
            lifted_at=r.lifted_at, auto_lift=bool(r.auto_lift), language=r.language,
            evidence=tuple(json.loads(r.evidence_json or "[]")),
            platform=tuple(json.loads(r.platform_json or "[]")), delivery=r.delivery or "")

    def propose(self, *, market: str, shop_id: str, level: str, breach: str,
                statement_of_reasons: str, proposed_by: str, approval_id: int | None,
                effective_until: datetime | None, now: datetime,
                evidence: Sequence[dict[str, Any]] = (), language: str | None = None,
                auto_lift: bool = False) -> SanctionEntry:
        sanction_id = _inserted_id(self.session, insert(t.sanctions).values(
            market=market, shop_id=shop_id, level=level, breach=breach,
            statement_of_reasons=statement_of_reasons, status=SanctionStatus.PROPOSED.value,
            proposed_by=proposed_by, created=now, approval_id=approval_id,
            effective_until=effective_until, evidence_json=canonical_json(list(evidence)),
            language=language, auto_lift=auto_lift))
        found = self.get(sanction_id)
        assert found is not None
        return found

    def get(self, sanction_id: int) -> SanctionEntry | None:
        row = self.session.execute(select(t.sanctions)
                                   .where(t.sanctions.c.id == sanction_id)).first()
        return self._record(row) if row else None

    def by_approval(self, approval_id: int) -> SanctionEntry | None:
        row = self.session.execute(select(t.sanctions)
                                   .where(t.sanctions.c.approval_id == approval_id)).first()
        return self._record(row) if row else None

    def for_shop(self, market: str, shop_id: str) -> list[SanctionEntry]:
        rows = self.session.execute(
            select(t.sanctions).where(t.sanctions.c.market == market,
                                      t.sanctions.c.shop_id == shop_id)
            .order_by(t.sanctions.c.created, t.sanctions.c.id)).all()
        return [self._record(r) for r in rows]

    def find(self, *, statuses: Iterable[str] = (), markets: Iterable[str] = (),
             limit: int = 1000) -> list[SanctionEntry]:
        """Sanctions, newest first, by status and market."""
        query = select(t.sanctions)
        if statuses := [str(s) for s in statuses]:
            query = query.where(t.sanctions.c.status.in_(statuses))
        if markets := list(markets):
            query = query.where(t.sanctions.c.market.in_(markets))
        rows = self.session.execute(query.order_by(t.sanctions.c.created.desc(),
                                                   t.sanctions.c.id.desc()).limit(limit)).all()
        return [self._record(r) for r in rows]

    def due(self, now: datetime, markets: Iterable[str] = ()) -> list[SanctionEntry]:
        """Applied sanctions whose end date has come (to lift) and notified terminations
        whose notice period has run (to carry out), oldest date first."""
        s = t.sanctions.c
        query = select(t.sanctions).where(
            ((s.status == SanctionStatus.APPLIED.value) & (s.effective_until <= now))
            | ((s.status == SanctionStatus.NOTIFIED.value) & (s.effective_from <= now)))
        if markets := list(markets):
            query = query.where(s.market.in_(markets))
        rows = self.session.execute(query.order_by(s.created, s.id)).all()
        return [self._record(r) for r in rows]

    def count_since(self, market: str, shop_id: str, since: datetime) -> int:
        """Sanctions in force or carried out since ``since``: the recidivism count (an
        upheld appeal's revoked sanction does not count; one that ran its course does)."""
        counted = (SanctionStatus.APPROVED.value, SanctionStatus.NOTIFIED.value,
                   SanctionStatus.APPLIED.value, SanctionStatus.LIFTED.value)
        return int(self.session.execute(
            select(func.count()).select_from(t.sanctions)
            .where(t.sanctions.c.market == market, t.sanctions.c.shop_id == shop_id,
                   t.sanctions.c.created >= since, t.sanctions.c.status.in_(counted)))
            .scalar_one())

    def move(self, sanction_id: int, from_statuses: Iterable[SanctionStatus],
             to: SanctionStatus, *, by: str, now: datetime,
             **extra: Any) -> bool:
        """Change the status if it is one of ``from_statuses``; records who and when for the
        target (approved/declined, applied/notified, lifted/revoked). ``extra``: other columns
        (``effective_from``, ``effective_until``, ``statement_of_reasons``, ``delivery``)."""
        values: dict[str, Any] = {"status": to.value}
        if to in (SanctionStatus.APPROVED, SanctionStatus.DECLINED):
            values.update(decided_by=by, decided_at=now)
        elif to in (SanctionStatus.APPLIED, SanctionStatus.NOTIFIED):
            values.update(applied_by=by, applied_at=now)
            if to == SanctionStatus.APPLIED:
                values["effective_from"] = now
        elif to in (SanctionStatus.LIFTED, SanctionStatus.REVOKED):
            values.update(lifted_by=by, lifted_at=now, effective_until=now)
        values.update(extra)
        result = self.session.execute(
            update(t.sanctions)
            .where(t.sanctions.c.id == sanction_id,
                   t.sanctions.c.status.in_([s.value for s in from_statuses]))
            .values(**values))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]

    def add_platform_response(self, sanction_id: int, record: dict[str, Any],
                              delivery: str | None = None) -> None:
        """Append the platform's answer to one write (and set the delivery state)."""
        current = self.session.execute(select(t.sanctions.c.platform_json)
                                       .where(t.sanctions.c.id == sanction_id)
                                       .with_for_update()).scalar()
        responses = [*json.loads(current or "[]"), record]
        values: dict[str, Any] = {"platform_json": canonical_json(responses)}
        if delivery is not None:
            values["delivery"] = delivery
        self.session.execute(update(t.sanctions).where(t.sanctions.c.id == sanction_id)
                             .values(**values))


class AppealRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def _record(r: Row[Any]) -> Appeal:
        return Appeal(id=int(r.id), sanction_id=int(r.sanction_id), market=r.market,
                      shop_id=r.shop_id, grounds=r.grounds, received=r.received,
                      status=r.status, decided_by=r.decided_by, decided_at=r.decided_at,
                      outcome=r.outcome)

    def add(self, *, sanction: SanctionEntry, grounds: str, received: datetime) -> Appeal:
        appeal_id = _inserted_id(self.session, insert(t.appeals).values(
            sanction_id=sanction.id, market=sanction.market, shop_id=sanction.shop_id,
            grounds=grounds, received=received, status=AppealStatus.OPEN.value))
        found = self.get(appeal_id)
        assert found is not None
        return found

    def get(self, appeal_id: int) -> Appeal | None:
        row = self.session.execute(select(t.appeals).where(t.appeals.c.id == appeal_id)).first()
        return self._record(row) if row else None

    def for_sanction(self, sanction_id: int) -> list[Appeal]:
        rows = self.session.execute(select(t.appeals)
                                    .where(t.appeals.c.sanction_id == sanction_id)
                                    .order_by(t.appeals.c.received, t.appeals.c.id)).all()
        return [self._record(r) for r in rows]

    def decide(self, appeal_id: int, status: AppealStatus, *, by: str, outcome: str,
               now: datetime) -> bool:
        result = self.session.execute(
            update(t.appeals)
            .where(t.appeals.c.id == appeal_id, t.appeals.c.status == AppealStatus.OPEN.value)
            .values(status=status.value, decided_by=by, decided_at=now, outcome=outcome))
        return int(result.rowcount) == 1  # type: ignore[attr-defined]


class TemplateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return int(self.session.execute(select(func.count()).select_from(t.templates))
                   .scalar_one())

    def _query(self) -> Any:
        v = t.template_versions
        return (select(t.templates, v.c.version, v.c.title, v.c.body, v.c.author,
                       v.c.created.label("version_created"))
                .join(v, and_(v.c.template_id == t.templates.c.id,
                              v.c.version == t.templates.c.current_version)))

    @staticmethod
    def _record(r: Row[Any]) -> Template:
        current = TemplateVersion(template_id=int(r.id), version=int(r.version), title=r.title,
                                  body=r.body, author=r.author, created=r.version_created)
        return Template(id=int(r.id), key=r.key, topic=r.topic, audience=r.audience,
                        language=r.language, current=current)

    def create(self, *, key: str, language: str, audience: str, topic: str, title: str,
               body: str, author: str, now: datetime) -> Template:
        template_id = _inserted_id(self.session, insert(t.templates).values(
            key=key, language=language, audience=audience, topic=topic, current_version=1,
            created=now))
        self.session.execute(insert(t.template_versions).values(
            template_id=template_id, version=1, title=title, body=body, author=author,
            created=now))
        found = self.get(key, language)
        assert found is not None
        return found

    def add_version(self, template_id: int, *, title: str, body: str, author: str,
                    expected_version: int, now: datetime) -> bool:
        """A new current version, unless a colleague saved one since ``expected_version``."""
        moved = self.session.execute(
            update(t.templates)
            .where(t.templates.c.id == template_id,
                   t.templates.c.current_version == expected_version)
            .values(current_version=expected_version + 1)).rowcount  # type: ignore[attr-defined]
        if moved != 1:
            return False
        self.session.execute(insert(t.template_versions).values(
            template_id=template_id, version=expected_version + 1, title=title, body=body,
            author=author, created=now))
        return True

    def get(self, key: str, language: str) -> Template | None:
        row = self.session.execute(self._query().where(t.templates.c.key == key,
                                                       t.templates.c.language == language)).first()
        return self._record(row) if row else None

    def by_id(self, template_id: int) -> Template | None:
        row = self.session.execute(self._query().where(t.templates.c.id == template_id)).first()
        return self._record(row) if row else None

    def find(self, *, language: str | None = None, audience: str | None = None,
             topic: str | None = None) -> list[Template]:
        query = self._query()
        if language:
            query = query.where(t.templates.c.language == language)
        if audience:
            query = query.where(t.templates.c.audience == audience)
        if topic:
            query = query.where(t.templates.c.topic == topic)
        rows = self.session.execute(query.order_by(t.templates.c.topic, t.templates.c.key,
                                                   t.templates.c.language)).all()
        return [self._record(r) for r in rows]

    def versions(self, template_id: int) -> list[TemplateVersion]:
        v = t.template_versions
        rows = self.session.execute(select(v).where(v.c.template_id == template_id)
                                    .order_by(v.c.version)).all()
        return [TemplateVersion(int(r.template_id), int(r.version), r.title, r.body, r.author,
                                r.created) for r in rows]


class RuleSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, market: str, version: int | None = None) -> Row[Any] | None:
        query = select(t.rule_settings).where(t.rule_settings.c.market == market)
        if version is not None:
            query = query.where(t.rule_settings.c.version == version)
        return self.session.execute(query.order_by(t.rule_settings.c.version.desc())
                                    .limit(1)).first()

    @staticmethod
    def _record(r: Row[Any]) -> RuleSettings:
        return RuleSettings.from_json(r.market, r.currency, json.loads(r.settings_json),
                                      version=int(r.version), changed_by=r.changed_by,
                                      changed_at=r.changed_at)

    def current(self, market: str, currency: str) -> RuleSettings:
        """The newest saved settings of ``market``, or the built-in defaults (version 0)."""
        row = self._row(market.upper())
        return self._record(row) if row else default_rule_settings(market, currency)

    def save(self, settings: RuleSettings, *, changed_by: str, note: str | None,
             now: datetime) -> RuleSettings | None:
        """Save as the next version; None when a colleague saved since ``settings.version``
        (the primary key (market, version) refuses a second save of the same version)."""
        newest = self._row(settings.market)
        newest_version = int(newest.version) if newest else 0
        if newest_version != settings.version:
            return None
        self.session.execute(insert(t.rule_settings).values(
            market=settings.market, version=settings.version + 1, currency=settings.currency,
            settings_json=canonical_json(settings.to_json()), changed_by=changed_by,
            changed_at=now, note=note))
        row = self._row(settings.market, settings.version + 1)
        assert row is not None
        return self._record(row)

    def history(self, market: str) -> list[RuleSettings]:
        rows = self.session.execute(select(t.rule_settings)
                                    .where(t.rule_settings.c.market == market.upper())
                                    .order_by(t.rule_settings.c.version)).all()
        return [self._record(r) for r in rows]
