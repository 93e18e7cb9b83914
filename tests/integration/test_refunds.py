"""Refunds against the sandbox over HTTP: under the threshold a refund lands once (read back
with OR11); above it the request waits in the team store until a second person, a supervisor
at another desk, approves, and is then sent once from the approver's desk with the personal
message; two agents on the same line: the second is told what is left; an approved refund
whose answer was lost (the connection dropped after the server committed) is read back and
never sent twice."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from operator_desk.domain import refunds as rules
from operator_desk.domain.audit import AuditFilter
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.refunds import LineRefund, Rule
from operator_desk.domain.team import ApprovalStatus
from operator_desk.services.actions import SubmissionState
from operator_desk.services.refunds import (
    PersonalMessage,
    RefundContext,
    RefundDraft,
    RefundError,
)
from tests.integration.sandbox_live import Live, running
from tests.refund_support import MARKET, find_order, open_refund_desk, synced_cache_file
from tests.refund_support import RefundDesk as Desk


@pytest.fixture(scope="session")
def synced_cache(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synced_cache_file(pristine_dataset, tmp_path_factory)


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as server:
        yield server


@pytest.fixture
def open_desk(live: Live, tmp_path: Path,
              synced_cache: Path) -> Iterator[Callable[[str, Role], Desk]]:
    """Opens a desk of a person (its own cache copy) on the test's team store."""
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    opened: list[Desk] = []

    def open_one(name: str, role: Role) -> Desk:
        desk = open_refund_desk(tmp_path / name, live.data_dir / "keys.json", synced_cache,
                                url, name, role)
        opened.append(desk)
        return desk

    yield open_one
    for desk in opened:
        desk.close()


@pytest.fixture
def desks(open_desk: Callable[[str, Role], Desk]) -> dict[str, Desk]:
    return {"ann": open_desk("ann", Role.AGENT), "sam": open_desk("sam", Role.SUPERVISOR)}


def candidate_order(live: Live, *, above: int | None = None, below: int | None = None,
                    market: str = MARKET) -> str:
    return find_order(live.engine, order_states=("SHIPPED", "RECEIVED"), above=above,
                      below=below, market=market)


def server_refunds(desk: Desk, order_id: str) -> list[tuple[str, Money, Money]]:
    connector = desk.connections.connectors[MARKET]
    [order] = [o for page in connector.orders(order_ids=[order_id]) for o in page.items]
    return [(line.order_line_id, r.amount, r.shipping_amount)
            for line in order.lines for r in line.refunds]


def first_line_draft(context: RefundContext, amount: Money, *,
                     message: str | None = None) -> RefundDraft:
    balance = context.balances[0]
    reason = context.reasons[0].code
    return RefundDraft(MARKET, context.order.order_id,
                       (LineRefund(balance.order_line_id, amount, Money.zero(amount.currency)),),
                       reason, context.seen_left(),
                       message=PersonalMessage(message, "de") if message else None)


def test_under_the_threshold_the_refund_lands_once(desks: dict[str, Desk], live: Live) -> None:
    ann = desks["ann"]
    order_id = candidate_order(live, below=200)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    assert context.fresh and context.limit == Money.of(250, "EUR")
    assert context.reasons and all(r.type == "REFUND" for r in context.reasons)
    part = Money.of("7.50", context.currency)
    outcome = ann.refunds.submit(first_line_draft(context, part), "de_DE")
    assert outcome.state == SubmissionState.SENT and outcome.total == part
    assert len(outcome.refund_ids) == 1
    assert server_refunds(ann, order_id) == [(context.balances[0].order_line_id, part,
                                              Money.zero("EUR"))]
    # The cache shows it at once (the order was re-read), pending state counted.
    again = ann.refunds.load(MARKET, order_id, "de_DE", refresh=False)
    assert again.balances[0].refunded_product == part
    assert again.balances[0].left_product == context.balances[0].left_product - part
    newest = ann.team.audit_page(AuditFilter(), 0, 1)
    assert [e.event.action for e in newest] == ["refund.sent"]


def test_rules_are_checked_before_anything_is_sent(desks: dict[str, Desk], live: Live) -> None:
    ann = desks["ann"]
    order_id = candidate_order(live, below=200)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    too_much = context.balances[0].left_product + Money.of("0.01", "EUR")
    with pytest.raises(RefundError) as caught:
        ann.refunds.submit(first_line_draft(context, too_much), "de_DE")
    assert caught.value.kind == "rules"
    assert [v.rule for v in caught.value.violations] == [Rule.ABOVE_LEFT]
    assert server_refunds(ann, order_id) == []


def test_above_the_threshold_a_supervisor_approves_and_it_is_sent_once(
        desks: dict[str, Desk], live: Live) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = candidate_order(live, above=300)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    amount = Money.of(260, "EUR")
    assert context.needs_approval(amount)
    outcome = ann.refunds.submit(first_line_draft(context, amount,
                                                  message="Wir haben Ihnen erstattet."),
                                 "de_DE")
    assert outcome.state == SubmissionState.WAITING_APPROVAL and outcome.approval_id
    assert server_refunds(ann, order_id) == []  # nothing leaves before the approval
    approval_id = outcome.approval_id

    with pytest.raises(RefundError) as own:  # four eyes: not by the requester
        ann.refunds.approve(approval_id)
    assert own.value.kind == "forbidden"

    [waiting] = sam.refunds.waiting_for_me([MARKET])
    assert waiting.id == approval_id and waiting.amount == amount
    case = sam.refunds.approval_case(approval_id, "de_DE")
    assert case.order is not None and case.violations == ()
    assert case.lines[0].amount == amount

    sent = sam.refunds.approve(approval_id, "ok", "de_DE")
    assert sent.state == SubmissionState.SENT and sent.approval_id == approval_id
    assert sent.message_state == SubmissionState.SENT
    assert server_refunds(sam, order_id) == [(context.balances[0].order_line_id, amount,
                                              Money.zero("EUR"))]
    request = sam.team.approval(approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    assert request.sent_by == "sam"
    with pytest.raises(RefundError) as again:
        sam.refunds.approve(approval_id)
    assert again.value.kind in ("lost_race", "forbidden")
    assert len(server_refunds(sam, order_id)) == 1
    # The personal message is in the customer's thread, after the platform's own notice.
    connector = sam.connections.connectors[MARKET]
    bodies = [m.body for page in connector.threads(entity_ids=[order_id]) for t in page.items
              for m in t.messages]
    assert "Wir haben Ihnen erstattet." in bodies
    assert any("erstattet" in b and "260,00" in b for b in bodies)  # the platform's notice


def test_a_declined_request_sends_nothing(desks: dict[str, Desk], live: Live) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = candidate_order(live, above=300)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    outcome = ann.refunds.submit(first_line_draft(context, Money.of(300, "EUR")), "de_DE")
    assert outcome.approval_id is not None
    with pytest.raises(RefundError) as empty:
        sam.refunds.decline(outcome.approval_id, " ")
    assert empty.value.kind == "note_required"
    declined = sam.refunds.decline(outcome.approval_id, "Seller refunds it himself")
    assert declined.status == ApprovalStatus.DECLINED
    assert declined.decision_note == "Seller refunds it himself"
    assert server_refunds(sam, order_id) == []
    assert sam.refunds.waiting_for_me([MARKET]) == []


def test_the_second_agent_sees_the_first_refund_and_what_is_left(
        desks: dict[str, Desk], live: Live, open_desk: Callable[[str, Role], Desk]) -> None:
    ann = desks["ann"]
    bob = open_desk("bob", Role.AGENT)
    order_id = candidate_order(live, below=200)
    seen_by_ann = ann.refunds.load(MARKET, order_id, "de_DE")
    seen_by_bob = bob.refunds.load(MARKET, order_id, "de_DE")
    left = seen_by_ann.balances[0].left_product
    ann.refunds.submit(first_line_draft(seen_by_ann, left), "de_DE")
    with pytest.raises(RefundError) as caught:
        bob.refunds.submit(first_line_draft(seen_by_bob, left), "de_DE")
    assert caught.value.kind == "changed"
    fresh = caught.value.context
    assert fresh is not None and fresh.balances[0].left_product == Money.zero("EUR")
    assert fresh.balances[0].refunded_product == left
    assert "left" in caught.value.detail
    assert len(server_refunds(ann, order_id)) == 1


def test_a_refund_that_still_fits_is_not_sent_on_an_outdated_view(
        desks: dict[str, Desk], live: Live, open_desk: Callable[[str, Role], Desk]) -> None:
    """Two agents answering the same complaint: both amounts fit what is left, but the
    second is shown the first's refund before paying again; confirming on the fresh figures
    sends it."""
    ann = desks["ann"]
    bob = open_desk("bob", Role.AGENT)
    order_id = candidate_order(live, below=200)
    seen_by_bob = bob.refunds.load(MARKET, order_id, "de_DE")
    ann.refunds.submit(first_line_draft(ann.refunds.load(MARKET, order_id, "de_DE"),
                                        Money.of("5.00", "EUR")), "de_DE")
    with pytest.raises(RefundError) as caught:
        bob.refunds.submit(first_line_draft(seen_by_bob, Money.of("5.00", "EUR")))
    assert caught.value.kind == "changed" and caught.value.violations == ()
    fresh = caught.value.context
    assert fresh is not None
    assert fresh.balances[0].refunded_product == Money.of("5.00", "EUR")
    assert len(server_refunds(ann, order_id)) == 1
    again = bob.refunds.submit(first_line_draft(fresh, Money.of("5.00", "EUR")))
    assert again.state == SubmissionState.SENT
    assert len(server_refunds(ann, order_id)) == 2


def test_two_agents_at_the_same_moment_pay_once(
        desks: dict[str, Desk], live: Live, open_desk: Callable[[str, Role], Desk]) -> None:
    ann = desks["ann"]
    bob = open_desk("bob", Role.AGENT)
    order_id = candidate_order(live, below=200)
    contexts = {name: desk.refunds.load(MARKET, order_id, "de_DE")
                for name, desk in (("ann", ann), ("bob", bob))}
    left = contexts["ann"].balances[0].left_product
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def attempt(name: str, desk: Desk) -> None:
        start.wait()
        try:
            results[name] = desk.refunds.submit(first_line_draft(contexts[name], left))
        except RefundError as exc:
            results[name] = exc

    workers = [threading.Thread(target=attempt, args=(n, d))
               for n, d in (("ann", ann), ("bob", bob))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    errors = [r for r in results.values() if isinstance(r, RefundError)]
    assert len(results) == 2 and len(errors) == 1
    assert errors[0].kind == "changed"
    made = server_refunds(ann, order_id)
    assert len(made) == 1 and made[0][1] == left


def test_an_approved_refund_whose_answer_was_lost_is_read_back_not_sent_again(
        desks: dict[str, Desk], live: Live) -> None:
    ann, sam = desks["ann"], desks["sam"]
    order_id = candidate_order(live, above=300)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    amount = Money.of("251.00", "EUR")
    outcome = ann.refunds.submit(first_line_draft(context, amount), "de_DE")
    assert outcome.approval_id is not None
    live.control("faults", {"spec": "drop-after-commit:OR28:times=1"}, method="PUT")
    with pytest.raises(RefundError) as lost:
        sam.refunds.approve(outcome.approval_id, None, "de_DE")
    assert lost.value.kind in ("offline", "degraded")  # the outcome is unknown
    request = sam.team.approval(outcome.approval_id)
    assert request is not None and request.status == ApprovalStatus.APPROVED
    assert len(server_refunds(sam, order_id)) == 1  # the server did commit it

    again = sam.refunds.send_approved(outcome.approval_id, "de_DE")
    assert again.reconciled and again.state == SubmissionState.SENT
    assert len(again.refund_ids) == 1
    assert len(server_refunds(sam, order_id)) == 1  # read back, not sent twice
    request = sam.team.approval(outcome.approval_id)
    assert request is not None and request.status == ApprovalStatus.SENT
    assert [r.id for r in sam.refunds.approved_not_sent([MARKET])] == []


def test_whole_order_refund_in_francs(desks: dict[str, Desk], live: Live) -> None:
    """CHF stays CHF; the whole remaining order is allocated to lines and accepted."""
    sam = desks["sam"]  # a supervisor has no limit of their own
    order_id = candidate_order(live, market="CH")
    context = sam.refunds.load("CH", order_id, "de_CH")
    assert context.currency == "CHF" and context.limit is None
    chosen = rules.whole_order(context.order)
    draft = RefundDraft("CH", order_id, chosen, context.reasons[0].code, context.seen_left(),
                        option=rules.RefundOption.WHOLE_ORDER.value)
    outcome = sam.refunds.submit(draft, "de_CH")
    assert outcome.state == SubmissionState.SENT and outcome.total.currency == "CHF"
    after = sam.refunds.load("CH", order_id, "de_CH")
    assert after.total_left == Money.zero("CHF")
    assert outcome.total.amount > Decimal(0)


def test_above_the_limit_without_the_team_store_nothing_is_sent(desks: dict[str, Desk],
                                                                 live: Live) -> None:
    ann = desks["ann"]
    ann.refunds.team = None  # the team server is unreachable: the built-in limits apply
    order_id = candidate_order(live, above=300)
    context = ann.refunds.load(MARKET, order_id, "de_DE")
    assert not context.team_available and context.limit == Money.of(250, "EUR")
    with pytest.raises(RefundError) as caught:
        ann.refunds.submit(first_line_draft(context, Money.of(260, "EUR")), "de_DE")
    assert caught.value.kind == "team_unavailable"
    assert server_refunds(ann, order_id) == []
