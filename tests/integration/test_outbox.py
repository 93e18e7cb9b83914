"""The outbox against the sandbox over HTTP: sent once whatever the network does, in order per
case, conflicts when the case changed, refusals kept with the platform's message."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from operator_desk.domain.actions import (
    NewOrderThread,
    NewSellerThread,
    Refund,
    Reply,
    ShopClosure,
    ShopState,
    ShopStateChange,
)
from operator_desk.domain.models import Market, Recipient, RefundRequest
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import ErrorKind, OutboxFilter, OutboxSort, OutboxState
from operator_desk.services.actions import ActionRefused, SubmissionState
from operator_desk.services.connections import Connections, LinkState, Profile
from operator_desk.services.outbox import CancelOutcome, OutboxService, OutboxSink
from operator_desk.store.outbox import open_outbox
from operator_desk.sync.push import Backoff, Outcome
from tests.integration.sandbox_live import Live, running
from tests.reliability import sandbox_tools as tools

FAST = Backoff(base=0.01, cap=0.05, floor=0.0, jitter=0.0, settle=0.0)


@dataclass
class Bench:
    live: Live
    service: OutboxService
    sink: OutboxSink
    connections: Connections

    def entry(self, action_id: str) -> Any:
        entry = self.service.entry(action_id)
        assert entry is not None
        return entry

    def faults(self, spec: str) -> None:
        self.live.control("faults", {"spec": spec}, method="PUT")

    def push(self, market: str = "DE") -> list[Any]:
        return self.service.engine.push_market(market)

    def drain(self, market: str = "DE", timeout: float = 20.0) -> list[Any]:
        """Push until nothing waits (backoffs here are milliseconds)."""
        results: list[Any] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            results += self.push(market)
            if self.service.engine.next_due([market]) is None:  # blocked ones do not count
                return results
            time.sleep(0.02)
        raise AssertionError("the outbox did not drain")


def _bench(live: Live, folder: Path, role: str = "agent",
           markets: tuple[str, ...] = ("DE",), key: str | None = None) -> Bench:
    connections = Connections()
    keys = live.keys
    for market in markets:
        entry = keys[market]
        if key is not None:
            entry["keys"][role] = key
        profile = Profile(f"Sandbox {market}", Market(market, entry["currency"],
                                                      entry["timezone"]),
                          entry["base_url"], sandbox=True)
        connections.add(profile, tools.connector(keys, market, role, timeout=2.0))
    service = OutboxService(open_outbox(folder / "outbox.sqlite3"), connections, backoff=FAST)
    return Bench(live, service, OutboxSink(service), connections)


@pytest.fixture
def bench(pristine_dataset: Path, tmp_path: Path) -> Iterator[Bench]:
    with running(pristine_dataset, tmp_path / "sandbox") as live:
        bench = _bench(live, tmp_path)
        yield bench
        bench.service.close()
        bench.connections.close()
        bench.service.outbox.dispose()


def test_a_close_is_sent_at_once_when_online(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    submission = bench.sink.submit(case.close())
    assert submission.state == SubmissionState.SENT and submission.action_id
    entry = bench.entry(submission.action_id)
    assert entry.state == OutboxState.SENT and entry.attempts == 1 and entry.sent_at
    assert tools.incident_status(bench.live.engine, case.incident_id) == "CLOSED"
    assert bench.connections.links["DE"].state == LinkState.ONLINE


def test_unreachable_queues_then_sends_once_when_back(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    bench.faults("drop")  # the connection closes before anything is handled
    submission = bench.sink.submit(case.close())
    assert submission.state == SubmissionState.QUEUED
    entry = bench.entry(submission.action_id or "")
    assert entry.state == OutboxState.PENDING and entry.error_kind == ErrorKind.OFFLINE
    assert bench.connections.links["DE"].state == LinkState.OFFLINE
    assert tools.incident_status(bench.live.engine, case.incident_id) == "RESOLVED"
    again = bench.sink.submit(case.close())  # a second click while it waits: not queued twice
    assert again.state == SubmissionState.QUEUED and again.action_id == submission.action_id
    bench.live.control("faults", method="DELETE")
    bench.service.engine.market_reachable("DE")
    results = bench.drain()
    assert [r.outcome for r in results] == [Outcome.SENT]
    assert tools.incident_status(bench.live.engine, case.incident_id) == "CLOSED"
    assert bench.connections.links["DE"].state == LinkState.ONLINE


def test_a_reply_whose_answer_is_lost_is_read_back_not_sent_twice(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    body = "We are looking into it. (answer lost)"
    bench.faults("drop-after-commit:M12:times=1")
    submission = bench.sink.submit(Reply("DE", case.thread_id, case.order_id, body,
                                         (Recipient("CUSTOMER"),)))
    assert submission.state == SubmissionState.QUEUED
    entry = bench.entry(submission.action_id or "")
    assert entry.outcome_unknown and entry.error_kind == ErrorKind.UNKNOWN_OUTCOME
    assert not entry.can_cancel  # it may be on the platform already
    (result,) = bench.drain()
    assert result.outcome == Outcome.SENT and result.response["reconciled"] is True
    assert tools.messages_with_body(bench.live.engine, case.thread_id, body) == 1
    assert bench.entry(submission.action_id or "").response["message_id"]


def test_a_close_that_failed_before_the_platform_acted_is_sent_again(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    bench.faults("503:OR63:times=1")  # the handler never ran
    assert bench.sink.submit(case.close()).state == SubmissionState.QUEUED
    assert bench.connections.links["DE"].state == LinkState.DEGRADED
    (result,) = bench.drain()
    assert result.outcome == Outcome.SENT and "reconciled" not in result.response
    assert tools.incident_status(bench.live.engine, case.incident_id) == "CLOSED"


def test_a_refund_and_a_new_thread_whose_answers_are_lost_happen_once(bench: Bench) -> None:
    engine = bench.live.engine
    (order_id, line_id, currency), = tools.refundable_lines(engine, "DE", 1)
    reason = tools.refund_reason(engine, "DE")
    amount = Decimal("1.23")
    refund = Refund("DE", order_id, (RefundRequest(line_id, Money(amount, currency),
                                                   Money.zero(currency), reason),))
    topic = "Return label (answer lost)"
    thread = NewOrderThread("DE", order_id, topic, "Please find the label attached.",
                            (Recipient("CUSTOMER"),))
    before = tools.refunds_on_line(engine, line_id, amount)
    bench.faults("drop-after-commit:OR28:times=1,drop-after-commit:OR43:times=1")
    first = bench.sink.submit(refund)
    second = bench.sink.submit(thread)  # same case: waits behind the refund
    assert first.state == second.state == SubmissionState.QUEUED
    assert bench.entry(second.action_id or "").blocked_by == bench.entry(
        first.action_id or "").seq
    bench.drain()
    assert bench.entry(first.action_id or "").state == OutboxState.SENT
    assert bench.entry(second.action_id or "").state == OutboxState.SENT
    assert tools.refunds_on_line(engine, line_id, amount) == before + 1
    assert tools.threads_with_topic(engine, order_id, topic) == 1


def test_a_new_customer_message_makes_a_conflict_shown_with_what_changed(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    tools.customer_writes(bench.live.server, "DE", case.order_id,
                          "It is still broken, please do not close this!")
    with pytest.raises(ActionRefused) as refused:
        bench.sink.submit(case.close())
    assert refused.value.kind == "conflict"
    assert "new_customer_message" in refused.value.detail
    (entry,) = bench.service.page(_all(), _sort(), 0, 10)
    assert entry.state == OutboxState.CONFLICT and entry.can_send_anyway
    (change,) = entry.changes
    assert change.what == "new_customer_message" and change.now == "1"
    assert "still broken" in change.detail
    assert tools.incident_status(bench.live.engine, case.incident_id) == "RESOLVED"
    assert bench.service.send_anyway(entry.action_id)
    (result,) = bench.drain()
    assert result.outcome == Outcome.SENT
    assert tools.incident_status(bench.live.engine, case.incident_id) == "CLOSED"


def test_a_refusal_is_kept_with_the_message_and_holds_back_its_case(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    bench.faults("drop")
    close = bench.sink.submit(case.close("NO-SUCH-REASON"))
    reply = bench.sink.submit(Reply("DE", case.thread_id, case.order_id, "After the close.",
                                    (Recipient("CUSTOMER"),)))
    bench.live.control("faults", method="DELETE")
    results = bench.drain()
    assert [r.outcome for r in results] == [Outcome.FAILED]
    failed = bench.entry(close.action_id or "")
    assert failed.state == OutboxState.FAILED and "NO-SUCH-REASON" in (failed.last_error or "")
    waiting = bench.entry(reply.action_id or "")
    assert waiting.state == OutboxState.PENDING and waiting.blocked_by == failed.seq
    assert bench.push() == []  # nothing goes past the failed close
    assert bench.service.cancel(failed.action_id) == CancelOutcome.CANCELLED
    assert [r.outcome for r in bench.drain()] == [Outcome.SENT]
    assert tools.messages_with_body(bench.live.engine, case.thread_id, "After the close.") == 1


def test_a_refusal_while_the_user_waits_is_raised_and_does_not_block(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    with pytest.raises(ActionRefused) as refused:
        bench.sink.submit(case.close("NO-SUCH-REASON"))
    assert refused.value.kind == "refused" and "NO-SUCH-REASON" in refused.value.detail
    assert bench.sink.submit(case.close()).state == SubmissionState.SENT
    states = [e.state for e in bench.service.page(_all(), _sort(), 0, 10)]
    assert states == [OutboxState.SENT, OutboxState.CANCELLED]


def test_rate_limits_honour_retry_after(bench: Bench) -> None:
    case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]
    bench.faults("429:OR63:retry=7:times=1")
    submission = bench.sink.submit(case.close())
    entry = bench.entry(submission.action_id or "")
    assert entry.state == OutboxState.PENDING and not entry.outcome_unknown
    assert entry.error_kind == ErrorKind.DEGRADED and entry.next_attempt is not None
    wait = entry.next_attempt - entry.updated
    assert timedelta(seconds=6.9) <= wait <= timedelta(seconds=7.1)
    assert bench.push() == []  # not due yet
    assert bench.service.retry(entry.action_id)  # the user says: now
    assert [r.outcome for r in bench.push()] == [Outcome.SENT]


def test_refunds_more_than_what_is_left_conflict(bench: Bench) -> None:
    engine = bench.live.engine
    (order_id, line_id, currency), = tools.refundable_lines(engine, "DE", 1)
    reason = tools.refund_reason(engine, "DE")
    too_much = Refund("DE", order_id, (RefundRequest(line_id, Money(Decimal("99999"), currency),
                                                     Money.zero(currency), reason),))
    with pytest.raises(ActionRefused) as refused:
        bench.sink.submit(too_much)
    assert refused.value.kind == "conflict" and "refundable" in refused.value.detail


def test_shop_state_changes_are_checked_and_read_back(pristine_dataset: Path,
                                                      tmp_path: Path) -> None:
    with running(pristine_dataset, tmp_path / "sandbox") as live:
        bench = _bench(live, tmp_path, role="supervisor")
        shop_id = tools.shop_in_state(live.engine, "DE", "OPEN")
        bench.faults("drop-after-commit:S07:times=1")
        first = bench.sink.submit(ShopState("DE", shop_id, ShopStateChange.SUSPEND))
        assert first.state == SubmissionState.QUEUED
        (result,) = bench.drain()
        assert result.outcome == Outcome.SENT and result.response["shop_state"] == "SUSPENDED"
        with pytest.raises(ActionRefused) as refused:  # already suspended: nothing to do
            bench.sink.submit(ShopState("DE", shop_id, ShopStateChange.SUSPEND))
        assert refused.value.kind == "conflict" and "SUSPENDED" in refused.value.detail
        bench.faults("drop-after-commit:M14:times=1")
        topic = "Your suspension"
        thread = bench.sink.submit(NewSellerThread("DE", shop_id, topic, "We suspended you."))
        assert thread.state == SubmissionState.QUEUED  # behind the conflict of its case
        assert bench.entry(thread.action_id or "").blocked_by is not None
        conflict = bench.service.page(OutboxFilter(states=(OutboxState.CONFLICT,)),
                                      OutboxSort(), 0, 1)[0]
        assert bench.service.cancel(conflict.action_id) == CancelOutcome.CANCELLED  # discard
        assert [r.outcome for r in bench.drain()] == [Outcome.PENDING, Outcome.SENT]
        assert tools.threads_with_topic(live.engine, shop_id, topic) == 1
        bench.service.close()
        bench.connections.close()


def test_a_closing_window_is_checked_and_read_back(pristine_dataset: Path,
                                                    tmp_path: Path) -> None:
    with running(pristine_dataset, tmp_path / "sandbox") as live:
        bench = _bench(live, tmp_path, role="supervisor")
        shop_id = tools.shop_in_state(live.engine, "DE", "OPEN")
        start = datetime.now(UTC) - timedelta(minutes=1)  # the sandbox's clock stands still
        end = start + timedelta(days=30, microseconds=250)
        bench.faults("drop-after-commit:S07:times=1")
        closing = bench.sink.submit(ShopClosure("DE", shop_id, start, end, sanction_id=3))
        assert closing.state == SubmissionState.QUEUED  # committed, the answer lost
        (result,) = bench.drain()
        assert result.outcome == Outcome.SENT and result.response["reconciled"] is True
        assert result.response["shop_state"] == "CLOSE"
        assert tools.shop_state(live.engine, "DE", shop_id) == ("OPEN", start.replace(
            microsecond=0, tzinfo=None), end.replace(microsecond=0, tzinfo=None))
        reopen = bench.sink.submit(ShopClosure("DE", shop_id, None, None, sanction_id=3))
        assert reopen.state == SubmissionState.SENT
        assert bench.entry(reopen.action_id or "").detail == "OPEN"
        assert tools.shop_state(live.engine, "DE", shop_id) == ("OPEN", None, None)
        # A suspended shop gets no closing window: the user sees why.
        assert bench.sink.submit(ShopState("DE", shop_id, ShopStateChange.SUSPEND)).state \
            == SubmissionState.SENT
        with pytest.raises(ActionRefused) as refused:
            bench.sink.submit(ShopClosure("DE", shop_id, start, end))
        assert refused.value.kind == "conflict" and "SUSPENDED" in refused.value.detail
        assert tools.shop_state(live.engine, "DE", shop_id) == ("SUSPENDED", None, None)
        bench.service.close()
        bench.connections.close()


def test_queued_shop_changes_are_not_mistaken_for_a_second_click(bench: Bench) -> None:
    """Suspend, lift, suspend again while the market is away: three actions, not one."""
    shop_id = tools.shop_in_state(bench.live.engine, "DE", "OPEN")
    bench.faults("drop")
    ids = [bench.sink.submit(ShopState("DE", shop_id, change)).action_id
           for change in (ShopStateChange.SUSPEND, ShopStateChange.UNSUSPEND,
                          ShopStateChange.SUSPEND)]
    again = bench.sink.submit(ShopState("DE", shop_id, ShopStateChange.SUSPEND))
    assert len(set(ids)) == 3 and again.action_id == ids[-1]


def test_a_refused_key_keeps_actions_pending_and_says_so(pristine_dataset: Path,
                                                         tmp_path: Path) -> None:
    with running(pristine_dataset, tmp_path / "sandbox") as live:
        bench = _bench(live, tmp_path, key="revoked")
        case = tools.resolved_cases(live.engine, "DE", 1)[0]
        submission = bench.sink.submit(case.close())
        assert submission.state == SubmissionState.QUEUED
        entry = bench.entry(submission.action_id or "")
        assert entry.state == OutboxState.PENDING
        assert bench.connections.links["DE"].state == LinkState.KEY_REFUSED
        bench.service.close()
        bench.connections.close()


def test_the_pusher_thread_sends_what_waits_when_woken(bench: Bench) -> None:
    from operator_desk.services.outbox import OutboxPusher

    cases = tools.resolved_cases(bench.live.engine, "DE", 3)
    ids = [bench.service.enqueue(case.close()) for case in cases]
    pusher = OutboxPusher(bench.service, idle=5.0, floor=0.01)
    pusher.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(
                bench.entry(i).state != OutboxState.SENT for i in ids):
            time.sleep(0.05)
    finally:
        pusher.stop()
    assert all(bench.entry(i).state == OutboxState.SENT for i in ids)
    assert {tools.incident_status(bench.live.engine, c.incident_id) for c in cases} == {"CLOSED"}


def _all() -> OutboxFilter:
    return OutboxFilter()


def _sort() -> OutboxSort:
    return OutboxSort()


def test_cancelling_a_send_without_an_answer_reads_back_first(bench: Bench) -> None:
    cases = tools.resolved_cases(bench.live.engine, "DE", 2)
    arrived = Reply("DE", cases[0].thread_id, cases[0].order_id, "Arrived without an answer.",
                    (Recipient("CUSTOMER"),))
    bench.faults("drop-after-commit:M12:times=1")
    first = bench.sink.submit(arrived)
    assert bench.entry(first.action_id or "").outcome_unknown
    assert bench.service.cancel(first.action_id or "") == CancelOutcome.ALREADY_SENT
    assert bench.entry(first.action_id or "").state == OutboxState.SENT
    bench.faults("503:OR63:times=1")  # refused before the platform acted
    second = bench.sink.submit(cases[1].close())
    assert bench.entry(second.action_id or "").outcome_unknown
    assert bench.service.cancel(second.action_id or "") == CancelOutcome.CANCELLED
    assert bench.push() == []
    assert tools.incident_status(bench.live.engine, cases[1].incident_id) == "RESOLVED"


def test_an_action_held_for_approval_goes_once_released_and_holds_back_its_case(
        bench: Bench) -> None:
    engine = bench.live.engine
    (order_id, line_id, currency), = tools.refundable_lines(engine, "DE", 1)
    refund = Refund("DE", order_id, (RefundRequest(line_id, Money(Decimal("2.34"), currency),
                                                   Money.zero(currency),
                                                   tools.refund_reason(engine, "DE")),))
    held = bench.sink.hold_for_approval(refund)
    assert held.state == SubmissionState.WAITING_APPROVAL
    note = bench.sink.submit(NewOrderThread("DE", order_id, "Your refund", "It is on its way.",
                                            (Recipient("CUSTOMER"),)))
    assert note.state == SubmissionState.QUEUED  # behind the refund of the same order
    assert bench.push() == []
    before = tools.refunds_on_line(engine, line_id, Decimal("2.34"))
    assert bench.service.release(held.action_id or "")
    assert [r.outcome for r in bench.drain()] == [Outcome.SENT, Outcome.SENT]
    assert tools.refunds_on_line(engine, line_id, Decimal("2.34")) == before + 1


def test_a_queued_reply_is_read_back_into_the_cache_once_sent(bench: Bench,
                                                               tmp_path: Path) -> None:
    """A reply queued while the market was away shows in the case as soon as the outbox sends
    it (its thread is read back), not at the next sync; one sent at once is read back by the
    send itself, and the listener is not told twice."""
    from operator_desk.services.conversations import ConversationService, Outgoing
    from operator_desk.services.sync import SyncService
    from operator_desk.store.cache import open_cache

    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        sync = SyncService(cache, bench.connections)
        sync.register_markets()
        sync.sync()
        service = ConversationService(cache, bench.connections, bench.sink)
        told: list[tuple[str, str]] = []
        service.thread_listeners.append(lambda market, thread: told.append((market, thread)))
        bench.service.sent_listeners.append(service.action_sent)
        case = tools.resolved_cases(bench.live.engine, "DE", 1)[0]

        def bodies() -> list[str]:
            found = service.thread_case("DE", case.thread_id)
            assert found is not None
            return [m.body for m in found.thread.messages]

        bench.faults("drop")
        later = Outgoing("DE", ("CUSTOMER",), "Sent once the market is back.",
                         thread_id=case.thread_id, order_id=case.order_id)
        assert service.send(later).state == SubmissionState.QUEUED
        assert later.body not in bodies() and told == []
        bench.live.control("faults", method="DELETE")
        bench.service.engine.market_reachable("DE")
        assert [r.outcome for r in bench.drain()] == [Outcome.SENT]
        assert later.body in bodies()
        assert told == [("DE", case.thread_id)]

        at_once = Outgoing("DE", ("CUSTOMER",), "Sent at once.", thread_id=case.thread_id,
                           order_id=case.order_id)
        assert service.send(at_once).state == SubmissionState.SENT
        assert at_once.body in bodies() and told == [("DE", case.thread_id)]
    finally:
        cache.dispose()
