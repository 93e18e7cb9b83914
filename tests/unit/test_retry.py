"""Retry policy and request budget, with a fake clock: no real waiting in tests."""

from __future__ import annotations

import random

import pytest

from operator_desk.connectors.base import (
    AuthenticationRefused,
    MalformedResponse,
    MarketplaceUnreachable,
    RateLimited,
    RequestRefused,
    ServerError,
)
from operator_desk.connectors.retry import RequestBudget, RetryPolicy, with_retries


def _policy(waits: list[float], attempts: int = 5) -> RetryPolicy:
    return RetryPolicy(attempts=attempts, base_delay=1.0, max_delay=8.0, jitter=0.0,
                       sleep=waits.append)


def test_transient_errors_back_off_exponentially_up_to_the_cap() -> None:
    waits: list[float] = []
    calls = iter([MarketplaceUnreachable("DE"), ServerError("DE", "x", 503),
                  MalformedResponse("DE"), ServerError("DE", "x", 502), "ok"])

    def call() -> str:
        item = next(calls)
        if isinstance(item, Exception):
            raise item
        return item

    assert with_retries(call, _policy(waits)) == "ok"
    assert waits == [1.0, 2.0, 4.0, 8.0]


def test_retry_after_is_honoured_and_too_long_is_an_error() -> None:
    waits: list[float] = []
    errors = [RateLimited("DE", retry_after=3), RateLimited("DE", retry_after=0)]

    def call() -> str:
        if errors:
            raise errors.pop(0)
        return "ok"

    assert with_retries(call, _policy(waits)) == "ok"
    assert waits == [3.0, 0.0]
    with pytest.raises(RateLimited):
        with_retries(lambda: (_ for _ in ()).throw(RateLimited("DE", retry_after=3600)),
                     _policy([]))


@pytest.mark.parametrize("error", [AuthenticationRefused("DE", "", 401),
                                   RequestRefused("DE", "", 400), ServerError("DE", "", 500)])
def test_errors_a_retry_cannot_fix_are_raised_at_once(error: Exception) -> None:
    waits: list[float] = []

    def call() -> None:
        raise error

    with pytest.raises(type(error)):
        with_retries(call, _policy(waits))
    assert waits == []


def test_gives_up_after_the_attempts() -> None:
    waits: list[float] = []
    count = 0

    def call() -> None:
        nonlocal count
        count += 1
        raise MarketplaceUnreachable("DE")

    with pytest.raises(MarketplaceUnreachable):
        with_retries(call, _policy(waits, attempts=3))
    assert count == 3 and len(waits) == 2


def test_jitter_stays_within_its_share() -> None:
    policy = RetryPolicy(base_delay=2.0, jitter=0.25)
    rng = random.Random(1)
    delays = [policy.delay(2, MarketplaceUnreachable("DE"), rng) for _ in range(200)]
    assert all(d is not None and 3.0 <= d <= 5.0 for d in delays)
    assert len({round(d or 0, 3) for d in delays}) > 50


def test_budget_spreads_requests() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    budget = RequestBudget(60, clock=lambda: now[0], sleep=sleep)  # one per second
    waits = [budget.take() for _ in range(63)]
    assert waits[:60] == [0.0] * 60  # the bucket starts full
    assert waits[60:] == pytest.approx([1.0, 1.0, 1.0])
    assert RequestBudget(None).take() == 0.0
