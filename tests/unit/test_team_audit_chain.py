"""The audit hash chain: any change, removal or reordering of an entry is detected."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from operator_desk.domain.audit import (
    GENESIS_HASH,
    AuditDataError,
    AuditEntry,
    AuditEvent,
    canonical_json,
    chain_entry,
    entry_hash,
    verify_chain,
)
from operator_desk.domain.money import Money

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = GENESIS_HASH
    for seq in range(1, n + 1):
        event = AuditEvent(actor=f"user{seq % 3}", role="agent", action="refund.sent",
                           market="DE", subject_type="incident", subject_id=f"INC-{seq}",
                           amount=Money.of(f"{seq}.50", "EUR"),
                           before={"status": "approved"}, after={"status": "sent"},
                           response={"refund_id": f"R{seq}"})
        entry = chain_entry(seq, T0 + timedelta(seconds=seq), event, previous)
        entries.append(entry)
        previous = entry.hash
    return entries


def _head(entries: list[AuditEntry]) -> tuple[int, str] | None:
    return (entries[-1].seq, entries[-1].hash) if entries else None


def test_a_whole_chain_verifies() -> None:
    entries = _chain(5)
    report = verify_chain(entries, _head(entries))
    assert report.ok and report.count == 5
    assert verify_chain([], None).ok


def test_the_hash_covers_every_field_and_the_previous_hash() -> None:
    entry = _chain(1)[0]
    base = entry_hash(entry.seq, entry.at, entry.event, entry.prev_hash)
    assert base == entry.hash and len(base) == 64
    changed = [
        entry_hash(2, entry.at, entry.event, entry.prev_hash),
        entry_hash(1, entry.at + timedelta(microseconds=1), entry.event, entry.prev_hash),
        entry_hash(1, entry.at, dataclasses.replace(entry.event, actor="mallory"),
                   entry.prev_hash),
        entry_hash(1, entry.at, dataclasses.replace(entry.event, amount=Money.of("1.51", "EUR")),
                   entry.prev_hash),
        entry_hash(1, entry.at, dataclasses.replace(entry.event, response={"refund_id": "X"}),
                   entry.prev_hash),
        entry_hash(1, entry.at, entry.event, "f" * 64),
    ]
    assert base not in changed and len(set(changed)) == len(changed)


def test_the_same_instant_hashes_the_same_in_any_time_zone() -> None:
    entry = _chain(1)[0]
    other_zone = entry.at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    assert entry_hash(1, other_zone, entry.event, entry.prev_hash) == entry.hash


def test_an_edited_entry_is_named() -> None:
    entries = _chain(5)
    forged = dataclasses.replace(entries[2], event=dataclasses.replace(
        entries[2].event, amount=Money.of("999.00", "EUR")))
    report = verify_chain([*entries[:2], forged, *entries[3:]], _head(entries))
    assert not report.ok and report.broken_seq == 3 and "changed" in report.reason


def test_a_recomputed_hash_still_breaks_the_next_link() -> None:
    entries = _chain(5)
    event = dataclasses.replace(entries[2].event, amount=Money.of("999.00", "EUR"))
    forged = chain_entry(3, entries[2].at, event, entries[2].prev_hash)
    report = verify_chain([*entries[:2], forged, *entries[3:]], _head(entries))
    assert not report.ok and report.broken_seq == 4


def test_removed_and_reordered_entries_are_detected() -> None:
    entries = _chain(5)
    assert verify_chain([*entries[:2], *entries[3:]], _head(entries)).broken_seq == 3
    assert verify_chain([entries[1], entries[0], *entries[2:]], _head(entries)).broken_seq == 1
    # Removing the newest entries leaves a consistent chain: the recorded head catches it.
    truncated = verify_chain(entries[:3], _head(entries))
    assert not truncated.ok and truncated.broken_seq == 4 and "removed" in truncated.reason
    assert not verify_chain(entries, None).ok


def test_personal_data_and_floats_are_refused() -> None:
    for bad in ({"body": "Hello"}, {"nested": {"email": "a@b.c"}}, {"list": [{"address": "x"}]},
                {"amount": 1.5}):
        with pytest.raises(AuditDataError):
            AuditEvent(actor="ann", role="agent", action="x", after=bad)
    with pytest.raises(AuditDataError):
        AuditEvent(actor="", role="agent", action="x")


def test_canonical_json_is_stable() -> None:
    assert canonical_json({"b": 1, "a": ["ü", None]}) == '{"a":["ü",null],"b":1}'
