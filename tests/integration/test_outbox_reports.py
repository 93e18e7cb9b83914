"""Refunds through the outbox against the sandbox: an approved refund the outbox sends later
is recorded as carried out (and its order read again into the cache); the same approval is
never queued twice; a refund the user cancels in the outbox leaves its approval failed, to be
sent again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from operator_desk.domain.actions import Refund
from operator_desk.domain.models import RefundRequest, Role
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import OutboxFilter, OutboxSort, OutboxState
from operator_desk.domain.refunds import LineRefund
from operator_desk.domain.team import ApprovalStatus
from operator_desk.services.actions import ActionRefused, SubmissionState
from operator_desk.services.outbox import CancelOutcome, OutboxService, OutboxSink
from operator_desk.services.refunds import RefundDraft, RefundError
from operator_desk.store.outbox import open_outbox
from operator_desk.sync.push import Backoff
from tests.integration.sandbox_live import Live, running
from tests.refund_support import MARKET, RefundDesk, find_order, open_refund_desk
from tests.refund_support import synced_cache_file as _synced_cache_file

FAST = Backoff(base=0.01, cap=0.05, floor=0.0, jitter=0.0, settle=0.0)


@dataclass
class OutboxDesk:
    desk: RefundDesk
    outbox: OutboxService

    def drain(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.outbox.push(MARKET)
            if self.outbox.engine.next_due([MARKET]) is None:
                self.outbox.wait_for_reports()
                return
            time.sleep(0.02)
        raise AssertionError("the outbox did not drain")


@pytest.fixture(scope="module")
def synced_cache(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _synced_cache_file(pristine_dataset, tmp_path_factory)


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as server:
        yield server


@pytest.fixture
def desks(live: Live, tmp_path: Path, synced_cache: Path) -> Iterator[dict[str, OutboxDesk]]:
    """Ann (agent) and Sam (supervisor), each with their own cache and outbox, wired as the
    desk wires them; one team store."""
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    opened: dict[str, OutboxDesk] = {}
    for name, role in (("ann", Role.AGENT), ("sam", Role.SUPERVISOR)):
        desk = open_refund_desk(tmp_path / name, live.data_dir / "keys.json", synced_cache,
                                url, name, role)
        outbox = OutboxService(open_outbox(tmp_path / name / "outbox.sqlite3"),
                               desk.connections, backoff=FAST)
        outbox.reporters.append(desk.refunds.action_reported)
        desk.refunds.sink = OutboxSink(outbox)
        opened[name] = OutboxDesk(desk, outbox)
    yield opened
    for each in opened.values():
        each.outbox.close()
        each.outbox.outbox.dispose()
        each.desk.close()


def _server_refunds(live: Live, order_id: str) -> int:
    response = live.get(MARKET, "/api/orders", order_ids=order_id)
    return sum(len(line.get("refunds") or []) for order in response.json()["orders"]
               for line in order["order_lines"])


def _approved(desks: dict[str, OutboxDesk], live: Live) -> tuple[int, str]:
    """A refund above Ann's limit, requested by Ann and approved by nobody yet."""
    ann = desks["ann"].desk
    order_id = find_order(live.engine, order_states=("SHIPPED", "RECEIVED"), above=300)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    balance = context.balances[0]
    draft = RefundDraft(MARKET, order_id, (LineRefund(balance.order_line_id,
                                                      Money.of("260.00", "EUR"),
                                                      Money.zero("EUR")),),
                        context.reasons[0].code, context.seen_left())
    outcome = ann.refunds.submit(draft, "de_DE")
    assert outcome.state == SubmissionState.WAITING_APPROVAL and outcome.approval_id
    return outcome.approval_id, order_id


def test_an_approved_refund_the_outbox_sends_later_is_recorded_once(
        desks: dict[str, OutboxDesk], live: Live) -> None:
    approval_id, order_id = _approved(desks, live)
    sam = desks["sam"]
    live.control("faults", {"spec": "drop-after-commit:OR28:times=1"}, method="PUT")
    outcome = sam.desk.refunds.approve(approval_id, "ok", "de_DE")
    assert outcome.state == SubmissionState.QUEUED  # committed, but the answer was lost
    request = sam.desk.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.APPROVED
    sam.drain()  # read back: found, so not sent again; then told
    request = sam.desk.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    assert _server_refunds(live, order_id) == 1
    cached = sam.desk.refunds.load(MARKET, order_id, "de_DE", refresh=False)
    assert cached.balances[0].refunded_product == Money.of("260.00", "EUR")


def test_the_same_approval_is_never_queued_twice(desks: dict[str, OutboxDesk],
                                                 live: Live) -> None:
    approval_id, order_id = _approved(desks, live)
    sam = desks["sam"]
    live.control("faults", {"spec": "drop:OR28"}, method="PUT")  # not even handled
    assert sam.desk.refunds.approve(approval_id, "ok", "de_DE").state == \
        SubmissionState.QUEUED
    with pytest.raises(RefundError) as twice:  # "send again" while the first still waits
        sam.desk.refunds.send_approved(approval_id, "de_DE")
    assert twice.value.kind == "already_queued" and "outbox" in twice.value.detail
    live.control("faults", method="DELETE")
    sam.drain()
    assert _server_refunds(live, order_id) == 1
    request = sam.desk.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    (queued,) = [e for e in sam.outbox.page(*_everything()) if e.kind == "refund"]
    action = sam.outbox.action(queued.action_id)
    assert isinstance(action, Refund) and action.approval_id == approval_id
    with pytest.raises(ActionRefused) as sent:
        OutboxSink(sam.outbox).submit(action)
    assert sent.value.kind == "already_sent" and sent.value.action_id == queued.action_id
    assert _server_refunds(live, order_id) == 1


def test_cancelled_in_the_outbox_the_approval_fails_and_can_be_sent_again(
        desks: dict[str, OutboxDesk], live: Live) -> None:
    approval_id, order_id = _approved(desks, live)
    sam = desks["sam"]
    live.control("faults", {"spec": "drop:OR28"}, method="PUT")
    assert sam.desk.refunds.approve(approval_id, "ok", "de_DE").state == \
        SubmissionState.QUEUED
    (queued,) = [e for e in sam.outbox.page(*_everything()) if e.kind == "refund"]
    assert sam.outbox.cancel(queued.action_id) == CancelOutcome.CANCELLED  # read back first
    sam.outbox.wait_for_reports()
    request = sam.desk.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.FAILED
    assert [r.id for r in sam.desk.refunds.approved_not_sent([MARKET])] == [approval_id]
    live.control("faults", method="DELETE")
    again = sam.desk.refunds.send_approved(approval_id, "de_DE")
    assert again.state == SubmissionState.SENT and not again.reconciled
    assert _server_refunds(live, order_id) == 1
    request = sam.desk.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    states = sorted(e.state for e in sam.outbox.page(*_everything()) if e.kind == "refund")
    assert states == sorted([OutboxState.CANCELLED, OutboxState.SENT])


def test_a_plain_refund_sent_later_reaches_the_cache(desks: dict[str, OutboxDesk],
                                                     live: Live) -> None:
    ann = desks["ann"]
    order_id = find_order(live.engine, order_states=("SHIPPED", "RECEIVED"), below=200)
    context = ann.desk.refunds.load(MARKET, order_id, "de_DE")
    line = context.balances[0].order_line_id
    part = Money.of("3.10", "EUR")
    request = RefundRequest(line, part, Money.zero("EUR"), context.reasons[0].code)
    live.control("faults", {"spec": "503:OR28:times=1"}, method="PUT")
    assert OutboxSink(ann.outbox).submit(Refund(MARKET, order_id, (request,))).state == \
        SubmissionState.QUEUED
    ann.drain()
    assert _server_refunds(live, order_id) == 1
    cached = ann.desk.refunds.load(MARKET, order_id, "de_DE", refresh=False)
    assert cached.balances[0].refunded_product == part


def _everything() -> tuple[OutboxFilter, OutboxSort, int, int]:
    return OutboxFilter(), OutboxSort(), 0, 100
