"""The audit log's hash chain: canonical entries, their hashes, and the check of a whole chain.

Every entry carries the hash of the entry before it and its own hash, a SHA-256 over a canonical
JSON of its fields plus that previous hash. Changing any field of any entry changes its hash;
deleting or reordering entries breaks a link; deleting the newest entries is caught by the
chain head the store keeps beside the log (its last sequence number and hash).

The log holds ids, actions and amounts, never message bodies or addresses: personal data in
the cache may be purged, and the chain must stay whole when it is. ``AuditEvent`` refuses
such keys in its before/after/response mappings.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from .money import Money

GENESIS_HASH = "0" * 64

# Keys that would carry personal data or free text into the audit log; refused at any depth.
FORBIDDEN_KEYS = frozenset({
    "body", "message", "message_body", "text", "email", "e_mail", "address", "phone",
    "firstname", "lastname", "first_name", "last_name", "customer_name", "street", "zip",
})


class AuditDataError(ValueError):
    """An audit event would carry data the log must not hold (a message body, an address)."""


JsonValue = None | bool | int | str | list[Any] | dict[str, Any]


def _check_value(value: object, where: str) -> None:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            if not isinstance(key, str):
                raise AuditDataError(f"{where}: keys must be strings, got {key!r}")
            if key.lower() in FORBIDDEN_KEYS:
                raise AuditDataError(
                    f"{where}: {key!r} may not be logged; the audit log holds ids, actions "
                    "and amounts only")
            _check_value(inner, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, inner in enumerate(value):
            _check_value(inner, f"{where}[{index}]")
    elif isinstance(value, float):
        raise AuditDataError(f"{where}: floats are not exact; log money as minor units")
    elif value is not None and not isinstance(value, bool | int | str):
        raise AuditDataError(f"{where}: {type(value).__name__} cannot be logged")


def canonical_json(value: object) -> str:
    """The one JSON text of ``value``: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _frozen(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What happened, before it gets its place (sequence, time, hashes) in the chain."""

    actor: str
    role: str
    action: str  # e.g. approval.requested, approval.approved, refund.sent, claim.taken
    market: str | None = None
    subject_type: str | None = None  # incident | shop | approval | sanction | template | ...
    subject_id: str | None = None
    amount: Money | None = None
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)
    response: Mapping[str, Any] = field(default_factory=dict)  # the platform's answer

    def __post_init__(self) -> None:
        if not self.actor or not self.action:
            raise AuditDataError("an audit event needs an actor and an action")
        for name in ("before", "after", "response"):
            value = getattr(self, name)
            _check_value(value, name)
            object.__setattr__(self, name, _frozen(value))


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One stored entry of the chain."""

    seq: int
    at: datetime
    event: AuditEvent
    prev_hash: str
    hash: str

    @property
    def actor(self) -> str:
        return self.event.actor

    @property
    def action(self) -> str:
        return self.event.action


def hash_fields(seq: int, at: datetime, event: AuditEvent) -> dict[str, Any]:
    """The fields an entry's hash covers, as plain JSON values."""
    if at.tzinfo is None:
        raise AuditDataError("audit times must be timezone-aware")
    amount = event.amount.rounded() if event.amount is not None else None
    return {
        "seq": seq,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": event.actor,
        "role": event.role,
        "action": event.action,
        "market": event.market,
        "subject_type": event.subject_type,
        "subject_id": event.subject_id,
        "amount_minor": amount.minor_units if amount is not None else None,
        "currency": amount.currency if amount is not None else None,
        "before": dict(event.before),
        "after": dict(event.after),
        "response": dict(event.response),
    }


def entry_hash(seq: int, at: datetime, event: AuditEvent, prev_hash: str) -> str:
    """SHA-256 (hex) over the canonical JSON of the entry's fields and the previous hash."""
    payload = canonical_json({"entry": hash_fields(seq, at, event), "prev": prev_hash})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chain_entry(seq: int, at: datetime, event: AuditEvent, prev_hash: str) -> AuditEntry:
    """The entry that follows an entry whose hash is ``prev_hash``."""
    return AuditEntry(seq=seq, at=at, event=event, prev_hash=prev_hash,
                      hash=entry_hash(seq, at, event, prev_hash))


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of checking a chain: whole, or where it first breaks and why."""

    count: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify_chain(entries: Iterable[AuditEntry], head: tuple[int, str] | None) -> ChainReport:
    """Check ``entries`` (in sequence order) against each other and the stored ``head``.

    ``head`` is the (sequence, hash) of the newest entry as recorded at append time, or None
    when nothing was ever appended. Returns at the first broken entry."""
    previous_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    for entry in entries:
        if entry.seq != expected_seq:
            return ChainReport(count, expected_seq,
                               f"entry {expected_seq} is missing (found {entry.seq} next)")
        if entry.prev_hash != previous_hash:
            return ChainReport(count, entry.seq,
                               "its link to the previous entry does not match "
                               "(an entry before it was changed or removed)")
        if entry_hash(entry.seq, entry.at, entry.event, entry.prev_hash) != entry.hash:
            return ChainReport(count, entry.seq, "its content does not match its hash "
                               "(the entry was changed)")
        previous_hash = entry.hash
        expected_seq += 1
        count += 1
    if head is None:
        if count:
            return ChainReport(count, 1, "the log has entries but no recorded head")
        return ChainReport(0)
    head_seq, head_hash = head
    if head_seq != count:
        return ChainReport(count, count + 1 if head_seq > count else head_seq,
                           f"the chain ends at entry {count} but entry {head_seq} was the last "
                           "one written (newest entries were removed)")
    if head_seq and head_hash != previous_hash:
        return ChainReport(count, head_seq, "the newest entry does not match the recorded head")
    return ChainReport(count)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit page narrows to; empty fields do not filter."""

    actor: str = ""
    market: str = ""
    action: str = ""  # a prefix: "approval" matches approval.requested and approval.approved
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
