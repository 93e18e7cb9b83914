"""The outbox store without a network: every action survives the round trip, order per case,
what the user may change, the listing, and a file that is never set aside."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import typing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from operator_desk.domain.actions import (
    Action,
    ActionKind,
    CloseIncident,
    DisputeIncident,
    NewOrderThread,
    NewSellerThread,
    OpenIncident,
    Refund,
    Reply,
    Seen,
    ShopClosure,
    ShopState,
    ShopStateChange,
)
from operator_desk.domain.models import (
    Customer,
    FilePart,
    Message,
    Order,
    OrderLine,
    Participant,
    Recipient,
    RefundRequest,
    Thread,
)
from operator_desk.domain.models import Refund as PlatformRefund
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import (
    Change,
    OutboxColumn,
    OutboxFilter,
    OutboxSort,
    OutboxState,
)
from operator_desk.store import outbox_codec as codec
from operator_desk.store import outbox_schema
from operator_desk.store.database import StoreError
from operator_desk.store.outbox import OutboxRepository, open_outbox
from operator_desk.sync.push import Backoff
from operator_desk.sync.reconcile import new_customer_messages, refund_read_back

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
EUR = "EUR"

EVERY_KIND: list[Action] = [
    CloseIncident("DE", "I1", "O1", "O1-1", "21", Seen(("m1", "m2"), "RESOLVED")),
    CloseIncident("DE", "I2", "O2", "O2-1", None),
    DisputeIncident("ES", "I3", "O3", Seen(("m9",), "RESOLVED")),
    OpenIncident("NL", "O4", "O4-2", "14"),
    Reply("DE", "T1", "O1", "Hallo – wir kümmern uns darum.\n\nGrüße",
          (Recipient("CUSTOMER", "C1"), Recipient("SHOP", "2001")),
          (FilePart("label.pdf", b"%PDF-1.4 \x00\xff", "application/pdf"),
           FilePart("photo.png", b"\x89PNG", "image/png")), Seen(("m3",))),
    Reply("CH", "T2", None, "Seller thread reply", (Recipient("SHOP", "3001"),)),
    NewOrderThread("DE", "O5", "Return label", "Please find it attached.",
                   (Recipient("CUSTOMER"),), (FilePart("x.txt", b"abc"),)),
    NewSellerThread("ES", "2002", "Your rating", "Please answer within 48 hours."),
    NewSellerThread("DE", "2004", "Statement of reasons", "We restrict your account.",
                    (FilePart("evidence.pdf", b"%PDF", "application/pdf"),), sanction_id=31),
    Refund("DE", "O6", (RefundRequest("O6-1", Money(Decimal("12.34"), EUR),
                                      Money(Decimal("4.99"), EUR), "R1", 1),
                        RefundRequest("O6-2", Money(Decimal("0.01"), EUR),
                                      Money.zero(EUR), "R1")), approval_id=7),
    ShopState("NL", "2003", ShopStateChange.TERMINATE, sanction_id=12),
    ShopState("DE", "2005", ShopStateChange.UNSUSPEND),
    ShopClosure("DE", "2006", NOW + timedelta(microseconds=123456),
                NOW + timedelta(days=30, hours=1), sanction_id=14),
    ShopClosure("CH", "2007", NOW, None),
    ShopClosure("ES", "2008", None, None, sanction_id=15),  # clears the window
]


def test_every_kind_and_every_field_is_in_the_round_trip_samples() -> None:
    """A new action kind, or a new field of one, fails here until the codec carries it and
    a sample above shows it survives the round trip (a field left at its default in every
    sample would be lost unnoticed)."""
    classes = typing.get_args(Action)
    assert {a.kind for a in EVERY_KIND} == set(ActionKind)
    assert {type(a) for a in EVERY_KIND} == set(classes)
    for cls in classes:
        samples = [a for a in EVERY_KIND if type(a) is cls]
        for field in dataclasses.fields(cls):
            if field.name == "kind":
                continue
            default = (field.default if field.default is not dataclasses.MISSING
                       else field.default_factory() if field.default_factory
                       is not dataclasses.MISSING else object())
            assert any(getattr(a, field.name) != default for a in samples), (
                f"no sample of {cls.__name__} sets {field.name}")


@pytest.mark.parametrize("action", EVERY_KIND, ids=lambda a: a.kind.value)
def test_every_action_is_listed_with_what_it_acts_on(action: Action) -> None:
    subject, detail = codec.subject_and_detail(action)
    assert subject and isinstance(detail, str)
    if isinstance(action, ShopClosure):
        assert detail == ("OPEN" if action.closed_from is None else
                          f"CLOSE 2026-03-02T10:00Z → "
                          f"{'2026-04-01T11:00Z' if action.closed_to else '…'}")


@pytest.mark.parametrize("action", EVERY_KIND, ids=lambda a: a.kind.value)
def test_every_action_kind_survives_the_round_trip(action: Action, tmp_path: Path) -> None:
    payload, files = codec.encode(action)
    assert codec.decode(payload, [f.content for f in files]) == action
    outbox = open_outbox(tmp_path / "outbox.sqlite3")
    with outbox.write() as session:
        action_id = OutboxRepository(session).add(action, NOW)
    outbox.dispose()
    again = open_outbox(tmp_path / "outbox.sqlite3")  # read back from the file
    with again.read() as session:
        record = OutboxRepository(session).record(action_id)
    assert record is not None and record.action == action
    assert record.state == OutboxState.PENDING and not record.outcome_unknown


def test_payloads_of_another_version_or_with_missing_files_are_refused() -> None:
    payload, files = codec.encode(EVERY_KIND[4])
    with pytest.raises(codec.PayloadError, match="2 files described, 1 stored"):
        codec.decode(payload, [files[0].content])
    with pytest.raises(codec.PayloadError, match="version"):
        codec.decode({**payload, "v": 99}, [f.content for f in files])
    with pytest.raises(codec.PayloadError, match="unreadable"):
        codec.decode({"v": 1, "kind": "close_incident", "market": "DE"})


def _close(order: str, incident: str = "I") -> CloseIncident:
    return CloseIncident("DE", f"{incident}-{order}", order, f"{order}-1", None)


def _reply(order: str, body: str) -> Reply:
    return Reply("DE", f"T-{order}", order, body, (Recipient("CUSTOMER"),))


def test_actions_of_one_case_go_in_order_other_cases_independently(tmp_path: Path) -> None:
    outbox = open_outbox(tmp_path / "outbox.sqlite3")
    with outbox.write() as session:
        repo = OutboxRepository(session)
        first = repo.add(_close("A"), NOW)
        second = repo.add(_reply("A", "after the close"), NOW)
        other = repo.add(_close("B"), NOW)
        elsewhere = repo.add(CloseIncident("ES", "I-C", "C", "C-1", None), NOW)
    with outbox.read() as session:
        repo = OutboxRepository(session)
        assert [r.action_id for r in repo.due("DE", NOW)] == [first, other]
        assert [r.action_id for r in repo.due("ES", NOW)] == [elsewhere]
        assert repo.blocked_by(second) == repo.entry(first).seq  # type: ignore[union-attr]
    with outbox.write() as session:  # the first is refused for good: the second still waits
        repo = OutboxRepository(session)
        assert repo.begin_send(first, {}, NOW) is not None
        repo.fail(first, "refused", "reason required", NOW)
    with outbox.read() as session:
        assert [r.action_id for r in OutboxRepository(session).due("DE", NOW)] == [other]
    with outbox.write() as session:
        assert OutboxRepository(session).cancel(first, NOW)
    with outbox.read() as session:
        assert [r.action_id for r in OutboxRepository(session).due("DE", NOW)] == [second,
                                                                                  other]


def test_a_send_that_may_have_happened_cannot_be_cancelled_or_edited(tmp_path: Path) -> None:
    outbox = open_outbox(tmp_path / "outbox.sqlite3")
    with outbox.write() as session:
        repo = OutboxRepository(session)
        action_id = repo.add(_reply("A", "first text"), NOW)
        token = repo.begin_send(action_id, {"messages": []}, NOW)
        assert token is not None
        assert repo.begin_send(action_id, {}, NOW) is None  # one send at a time
        repo.retry_later(action_id, "unknown_outcome", "no answer", NOW + timedelta(seconds=30),
                         NOW, outcome_unknown=True)
    with outbox.write() as session:
        repo = OutboxRepository(session)
        entry = repo.entry(action_id)
        assert entry is not None and entry.outcome_unknown and not entry.can_cancel
        assert not repo.cancel(action_id, NOW)
        assert not repo.edit(action_id, _reply("A", "second text"), NOW)
        assert repo.due("DE", NOW) == []  # not before the answer could have settled
        (due,) = repo.due("DE", NOW + timedelta(seconds=31))
        assert due.send_token == token and due.baseline == {"messages": []}
        repo.not_applied(action_id, NOW)  # reading back proved it absent
        assert repo.edit(action_id, _reply("A", "second text"), NOW)
        assert not repo.edit(action_id, _close("A"), NOW)  # another kind: refused
    with outbox.read() as session:
        record = OutboxRepository(session).record(action_id)
    assert isinstance(record.action, Reply) and record.action.body == "second text"  # type: ignore[union-attr]


def test_the_listing_filters_sorts_and_pages_in_sql(tmp_path: Path) -> None:
    outbox = open_outbox(tmp_path / "outbox.sqlite3")
    with outbox.write() as session:
        repo = OutboxRepository(session)
        ids = [repo.add(_close(f"O{i:02d}"), NOW + timedelta(minutes=i)) for i in range(30)]
        repo.conflict(ids[3], [Change("incident_status", "RESOLVED", "CLOSED")], NOW)
        repo.add(CloseIncident("ES", "I-X", "X", "X-1", None), NOW)
    with outbox.read() as session:
        repo = OutboxRepository(session)
        assert repo.count(OutboxFilter()) == 31
        assert repo.count(OutboxFilter(markets=("ES",))) == 1
        page = repo.page(OutboxFilter(markets=("DE",)), OutboxSort(), 0, 10)
        assert [e.subject for e in page] == [f"I-O{i:02d}" for i in range(29, 19, -1)]
        ascending = repo.page(OutboxFilter(), OutboxSort(OutboxColumn.SUBJECT, False), 5, 3)
        assert [e.subject for e in ascending] == ["I-O05", "I-O06", "I-O07"]
        (conflict,) = repo.page(OutboxFilter(states=(OutboxState.CONFLICT,)), OutboxSort(), 0,
                                5)
        assert conflict.changes == (Change("incident_status", "RESOLVED", "CLOSED"),)
        assert conflict.can_send_anyway and conflict.can_cancel and not conflict.can_retry
        assert repo.state_counts() == {OutboxState.PENDING: 30, OutboxState.CONFLICT: 1}


def test_an_outbox_it_cannot_read_is_refused_never_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = open_outbox(path)
    with outbox.write() as session:
        OutboxRepository(session).add(_close("A"), NOW)
    with outbox.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    outbox.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version=99")
    with pytest.raises(StoreError, match="newer version"):
        open_outbox(path)
    for side in tmp_path.glob("outbox.sqlite3-*"):
        side.unlink()
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged"):
        open_outbox(path)
    assert path.exists() and not list(tmp_path.glob("*.old"))


def test_an_outbox_whose_creation_was_cut_short_opens(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.touch()  # killed after the file was made, before SQLite wrote to it
    open_outbox(path).dispose()
    half = tmp_path / "half.sqlite3"
    engine = create_engine(f"sqlite:///{half}")
    outbox_schema.actions.create(engine)  # killed between two CREATE TABLEs
    engine.dispose()
    outbox = open_outbox(half)
    with outbox.write() as session:
        OutboxRepository(session).add(_close("A"), NOW)
    outbox.dispose()
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:  # somebody else's data: never touched
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    with pytest.raises(StoreError, match="it was empty"):
        open_outbox(foreign)


_REFUND = Refund("DE", "O6", (RefundRequest("O6-1", Money(Decimal("1.00"), EUR),
                                           Money.zero(EUR), "R1"),), approval_id=4)
_SUSPEND = ShopState("DE", "2001", ShopStateChange.SUSPEND, sanction_id=8)


def test_schema_1_outboxes_gain_reported_and_tell_what_is_still_on_its_way(
        tmp_path: Path) -> None:
    """An outbox written by the previous desk (schema 1) is migrated in place after a
    backup: actions a service waits for and that have not ended yet are reported once they
    do; what ended before is not told again."""
    path = tmp_path / "outbox.sqlite3"
    old = outbox_schema.MetaData()
    for table in outbox_schema.metadata.sorted_tables:
        columns = [outbox_schema.Column(c.name, c.type, primary_key=c.primary_key,
                                        nullable=c.nullable, autoincrement=c.autoincrement)
                   for c in table.columns if c.name != "reported"]
        outbox_schema.Table(table.name, old, *columns)
    engine = create_engine(f"sqlite:///{path}")
    old.create_all(engine)
    rows = [("r-wait", _REFUND, "pending"), ("r-done", _REFUND, "sent"),
            ("s-wait", _SUSPEND, "conflict"), ("c-wait", _close("A"), "pending")]
    with engine.begin() as connection:
        for action_id, action, state in rows:
            payload, _files = codec.encode(action)
            subject, detail = codec.subject_and_detail(action)
            connection.execute(old.tables["actions"].insert().values(
                action_id=action_id, kind=action.kind.value, market=action.market,
                case_key=action.case_key, subject=subject, detail=detail, payload=payload,
                created=NOW, updated=NOW, state=state, attempts=0, forced=False,
                audited=False))
        connection.exec_driver_sql("PRAGMA user_version=1")
    engine.dispose()
    outbox = open_outbox(path)
    assert outbox.report.migrated_from == 1
    assert (tmp_path / "outbox.sqlite3.v1.bak").exists()
    with outbox.read() as session:
        repo = OutboxRepository(session)
        reported = {a: repo.record(a).reported for a, _, _ in rows}  # type: ignore[union-attr]
    assert reported == {"r-wait": False, "r-done": None, "s-wait": False, "c-wait": None}
    outbox.dispose()


def test_final_outcomes_are_told_once_unless_the_caller_waited(tmp_path: Path) -> None:
    outbox = open_outbox(tmp_path / "outbox.sqlite3")
    refund, suspend, close = _REFUND, _SUSPEND, _close("A")
    with outbox.write() as session:
        repo = OutboxRepository(session)
        ids = [repo.add(action, NOW) for action in (refund, suspend, close)]
        for action_id in ids:
            assert repo.begin_send(action_id, {}, NOW) is not None
        repo.sent(ids[0], {"refund_ids": ["R9"]}, NOW)  # sent by the sender thread
        repo.fail(ids[1], "refused", "shop closed", NOW, told=True)  # the user waited
        repo.sent(ids[2], {}, NOW)  # nobody waits for a close's outcome
    with outbox.read() as session:
        repo = OutboxRepository(session)
        assert [r.reported for r in map(repo.record, ids)] == [False, True, None]  # type: ignore[union-attr]
        (due,) = repo.unreported()
        assert due.action_id == ids[0] and due.response == {"refund_ids": ["R9"]}
    with outbox.write() as session:
        repo = OutboxRepository(session)
        assert not repo.mark_reported(ids[0], OutboxState.FAILED)  # not the state it is in
        assert repo.mark_reported(ids[0], OutboxState.SENT)
        assert repo.unreported() == []
        assert repo.retry_now(ids[1], NOW)  # refused, retried: its next outcome is told
        assert repo.record(ids[1]).reported is False  # type: ignore[union-attr]
        assert repo.unreported() == []  # pending again: nothing to tell yet
        assert repo.cancel(ids[1], NOW)
        assert [r.action_id for r in repo.unreported()] == [ids[1]]
    outbox.dispose()


def _message(thread: str, message_id: str, minute: int, party: str) -> Message:
    return Message(message_id, thread, NOW + timedelta(minutes=minute),
                   Participant(f"{party}_USER", party.title()), (), f"{party} {message_id}")


def _thread(thread_id: str, *messages: Message) -> Thread:
    return Thread("DE", thread_id, "topic", "MMP_ORDER", "O1", NOW, NOW,
                  messages=tuple(messages), message_count=len(messages))


def test_new_customer_messages_are_those_after_what_the_agent_saw() -> None:
    seen_thread = _thread("T1", _message("T1", "a", 1, "CUSTOMER"),
                          _message("T1", "b", 2, "SHOP"), _message("T1", "c", 5, "CUSTOMER"),
                          _message("T1", "d", 6, "SHOP"))
    unseen_thread = _thread("T2", _message("T2", "e", 0, "CUSTOMER"),
                            _message("T2", "f", 7, "CUSTOMER"))
    found = new_customer_messages([seen_thread, unseen_thread], Seen(("b",)))
    assert [m.message_id for m in found] == ["c", "f"]
    assert new_customer_messages([seen_thread], Seen(("d",))) == []
    assert new_customer_messages([seen_thread], Seen()) == []  # nothing to compare with


def _order(*refunds: PlatformRefund) -> Order:
    money = Money(Decimal("50"), EUR)
    line = OrderLine("L1", 1, "Kettle", None, 1, money, money, Money.zero(EUR), money,
                     "SHIPPED", refunds=refunds)
    return Order("DE", "O1", None, "2001", "Shop", Customer("C1", "A", "B"), "SHIPPED", EUR,
                 money, Money.zero(EUR), NOW, NOW, False, (line,))


def _refund(refund_id: str, amount: str) -> PlatformRefund:
    return PlatformRefund(refund_id, None, Money(Decimal(amount), EUR), Money.zero(EUR), None,
                          "R1", "WAITING_REFUND", NOW)


def test_refunds_are_recognised_by_amounts_and_the_baseline_not_by_clocks() -> None:
    request = RefundRequest("L1", Money(Decimal("1.50"), EUR), Money.zero(EUR), "R1")
    older = _refund("old", "1.50")
    assert refund_read_back([request], _order(older), {"L1": ["old"]}).applied is False
    found = refund_read_back([request], _order(older, _refund("new", "1.5")), {"L1": ["old"]})
    assert found.applied is True and found.evidence == {"refund_ids": ["new"]}
    two = [request, RefundRequest("L1", Money(Decimal("2"), EUR), Money.zero(EUR), "R1")]
    partly = refund_read_back(two, _order(_refund("new", "1.50")), {})
    assert partly.applied is None and partly.evidence == {"matched_refunds": ["new"]}
    other_reason = RefundRequest("L1", Money(Decimal("1.50"), EUR), Money.zero(EUR), "R2")
    assert refund_read_back([other_reason], _order(_refund("new", "1.50")), {}).applied is False


def test_backoff_is_capped_and_honours_retry_after() -> None:
    backoff = Backoff(base=1.0, cap=8.0, floor=0.5, jitter=0.0)
    rng = random.Random(1)
    assert [backoff.delay(n, rng) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff.delay(3, rng, retry_after=30) == 30
    assert backoff.delay(3, rng, retry_after=0) == 0.5  # never a busy loop
