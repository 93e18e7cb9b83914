"""Retrying reads politely: capped exponential backoff with jitter, ``Retry-After``, budgets.

Only reads are retried. A write whose outcome is unknown is the outbox's problem (it reads back
before it ever sends again), because Mirakl offers no idempotency key.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .base import (
    ConnectorError,
    MalformedResponse,
    MarketplaceUnreachable,
    RateLimited,
    ServerError,
)

RETRYABLE_STATUSES = frozenset({502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a read is tried again."""

    attempts: int = 5  # in total, the first try included
    base_delay: float = 0.5  # seconds before the first retry
    max_delay: float = 30.0  # no single wait is longer
    max_retry_after: float = 120.0  # a server asking for longer gets an error instead
    jitter: float = 0.25  # +/- share of randomness, so desks do not retry in lockstep
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def delay(self, attempt: int, error: ConnectorError, rng: random.Random) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to give up now."""
        if attempt >= self.attempts:
            return None
        if isinstance(error, RateLimited):
            if error.retry_after is not None:
                if error.retry_after > self.max_retry_after:
                    return None
                return float(error.retry_after)
        elif isinstance(error, ServerError):
            if error.status not in RETRYABLE_STATUSES:
                return None
        elif not isinstance(error, MarketplaceUnreachable | MalformedResponse):
            return None
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return max(0.0, backoff * (1 + rng.uniform(-self.jitter, self.jitter)))


class RequestBudget:
    """A token bucket: at most ``per_minute`` requests, spread out, per marketplace host.

    Mirakl documents call frequencies per endpoint ("max once per minute"); a budget keeps a
    desk with several profiles on one host inside them. ``None`` switches it off (sandbox)."""

    def __init__(self, per_minute: float | None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = float(per_minute or 0)
        self._stamp = clock()

    def take(self) -> float:
        """Wait for a token; returns how long it waited."""
        if not self.per_minute:
            return 0.0
        rate = self.per_minute / 60.0
        with self._lock:
            now = self._clock()
            self._tokens = min(self.per_minute, self._tokens + (now - self._stamp) * rate)
            self._stamp = now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            wait = (1 - self._tokens) / rate
            self._tokens = 0.0
            self._stamp = now + wait
        self._sleep(wait)
        return wait


_budgets: dict[str, RequestBudget] = {}
_budgets_lock = threading.Lock()


def budget_for(host: str, per_minute: float | None) -> RequestBudget:
    """One shared budget per host, whatever number of profiles point at it."""
    with _budgets_lock:
        budget = _budgets.get(host)
        if budget is None or budget.per_minute != per_minute:
            budget = RequestBudget(per_minute)
            _budgets[host] = budget
        return budget


def with_retries[T](call: Callable[[], T], policy: RetryPolicy,
                 on_retry: Callable[[int, ConnectorError, float], None] | None = None,
                 rng: random.Random | None = None) -> T:
    """Run ``call``; on a transient error wait as the policy says and try again."""
    rng = rng or random.Random()
    attempt = 1
    while True:
        try:
            return call()
        except ConnectorError as error:
            wait = policy.delay(attempt, error, rng)
            if wait is None:
                raise
            if on_retry is not None:
                on_retry(attempt, error, wait)
            policy.sleep(wait)
            attempt += 1
