"""The audit log in the team store: appends (serialized), pages for the audit page, the check.

Appends are serialized because each entry's hash covers the previous one: on PostgreSQL an
advisory transaction lock, on SQLite the write lock the transaction already holds. The chain
head (newest sequence number and hash) is kept in ``team_meta`` in the same transaction, so
removing the newest entries is detected too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, insert, select, text
from sqlalchemy.orm import Session

from operator_desk.domain.audit import (
    GENESIS_HASH,
    AuditDataError,
    AuditEntry,
    AuditEvent,
    AuditFilter,
    ChainReport,
    canonical_json,
    chain_entry,
    verify_chain,
)
from operator_desk.domain.money import Money, MoneyError

from . import team_schema as t
from .team_migrations import AUDIT_LOCK_KEY

_HEAD_SEQ = "audit_head_seq"
_HEAD_HASH = "audit_head_hash"


class _UnreadableEntry(Exception):
    def __init__(self, seq: int, reason: str) -> None:
        super().__init__(reason)
        self.seq = seq
        self.reason = reason


def _entry(r: Row[Any]) -> AuditEntry:
    amount = None
    try:
        if r.amount_minor is not None and r.currency is not None:
            amount = Money.from_minor(int(r.amount_minor), r.currency)
        event = AuditEvent(actor=r.actor, role=r.role, action=r.action, market=r.market,
                           subject_type=r.subject_type, subject_id=r.subject_id, amount=amount,
                           before=json.loads(r.before_json), after=json.loads(r.after_json),
                           response=json.loads(r.response_json))
    except (AuditDataError, MoneyError, ValueError, TypeError) as exc:
        raise _UnreadableEntry(int(r.seq), str(exc)) from exc
    return AuditEntry(seq=int(r.seq), at=r.at, event=event, prev_hash=r.prev_hash, hash=r.hash)


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def head(self) -> tuple[int, str] | None:
        rows = {str(key): str(value) for key, value in self.session.execute(
            select(t.team_meta.c.key, t.team_meta.c.value)
            .where(t.team_meta.c.key.in_([_HEAD_SEQ, _HEAD_HASH]))).all()}
        if _HEAD_SEQ not in rows:
            return None
        return int(rows[_HEAD_SEQ]), rows.get(_HEAD_HASH, "")

    def append(self, event: AuditEvent, now: datetime) -> AuditEntry:
        """Chain ``event`` after the newest entry. Call inside a write transaction."""
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(select(text(f"pg_advisory_xact_lock({AUDIT_LOCK_KEY})")))
        last = self.session.execute(select(t.audit_log.c.seq, t.audit_log.c.hash)
                                    .order_by(t.audit_log.c.seq.desc()).limit(1)).first()
        seq, prev = (int(last.seq) + 1, last.hash) if last else (1, GENESIS_HASH)
        entry = chain_entry(seq, now, event, prev)
        amount = event.amount.rounded() if event.amount is not None else None
        self.session.execute(insert(t.audit_log).values(
            seq=seq, at=now, actor=event.actor, role=str(event.role), action=event.action,
            market=event.market, subject_type=event.subject_type, subject_id=event.subject_id,
            amount_minor=amount.minor_units if amount else None,
            currency=amount.currency if amount else None,
            before_json=canonical_json(dict(event.before)),
            after_json=canonical_json(dict(event.after)),
            response_json=canonical_json(dict(event.response)),
            prev_hash=prev, hash=entry.hash))
        for key, value in ((_HEAD_SEQ, str(seq)), (_HEAD_HASH, entry.hash)):
            updated = self.session.execute(t.team_meta.update()
                                           .where(t.team_meta.c.key == key)
                                           .values(value=value)).rowcount  # type: ignore[attr-defined]
            if not updated:
                self.session.execute(t.team_meta.insert().values(key=key, value=value))
        return entry

    @staticmethod
    def _filtered(query: Select[Any], filter_: AuditFilter) -> Select[Any]:
        c = t.audit_log.c
        if filter_.actor:
            query = query.where(c.actor == filter_.actor)
        if filter_.market:
            query = query.where(c.market == filter_.market)
        if filter_.action:
            query = query.where(c.action.startswith(filter_.action, autoescape=True))
        if filter_.since is not None:
            query = query.where(c.at >= filter_.since)
        if filter_.until is not None:
            query = query.where(c.at < filter_.until)
        return query

    def count(self, filter_: AuditFilter) -> int:
        query = self._filtered(select(func.count()).select_from(t.audit_log), filter_)
        return int(self.session.execute(query).scalar_one())

    def page(self, filter_: AuditFilter, offset: int, limit: int, *,
             newest_first: bool = True) -> list[AuditEntry]:
        order = t.audit_log.c.seq.desc() if newest_first else t.audit_log.c.seq
        query = self._filtered(select(t.audit_log), filter_).order_by(order)
        rows = self.session.execute(query.offset(offset).limit(limit)).all()
        return [_entry(r) for r in rows]

    def iter_filtered(self, filter_: AuditFilter, batch: int = 2000) -> Iterator[AuditEntry]:
        """Matching entries oldest first, read in keyset batches (for exports)."""
        after = 0
        while True:
            query = self._filtered(select(t.audit_log), filter_)
            rows = self.session.execute(query.where(t.audit_log.c.seq > after)
                                        .order_by(t.audit_log.c.seq).limit(batch)).all()
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            after = int(rows[-1].seq)

    def distinct(self, column: str) -> list[str]:
        """Values of ``actor``, ``market`` or ``action`` for the audit page's filter lists."""
        col = {"actor": t.audit_log.c.actor, "market": t.audit_log.c.market,
               "action": t.audit_log.c.action}[column]
        rows = self.session.execute(select(col).where(col.is_not(None)).distinct()
                                    .order_by(col)).scalars().all()
        return [str(v) for v in rows]

    def verify(self, batch: int = 2000) -> ChainReport:
        """Check the whole chain against itself and the recorded head."""
        head = self.head()
        try:
            return verify_chain(self.iter_filtered(AuditFilter(), batch), head)
        except _UnreadableEntry as broken:
            return ChainReport(broken.seq - 1, broken.seq,
                               f"the entry cannot be read ({broken.reason})")
