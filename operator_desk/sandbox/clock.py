"""Sandbox time: the marketplace's own clock.

By default it is the real time. ``--speed`` makes it run faster than real time (the simulator's
sellers are then late in sandbox hours, not in real ones), test controls move it forward, and
tests can freeze it (``rate=0``) so that a simulator run is reproducible to the second.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class Clock:
    """Naive-UTC sandbox time: ``start + elapsed real time × rate + offset``."""

    def __init__(self, *, start: datetime | None = None, rate: float = 1.0) -> None:
        if rate < 0:
            raise ValueError("the clock rate cannot be negative")
        if start is None:
            start = datetime.now(UTC)
        if start.tzinfo is not None:
            start = start.astimezone(UTC).replace(tzinfo=None)
        self._start = start
        self._started = time.monotonic()
        self._rate = rate
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    @property
    def rate(self) -> float:
        return self._rate

    def now(self) -> datetime:
        """Naive UTC with whole seconds, as the store keeps times."""
        with self._lock:
            elapsed = (time.monotonic() - self._started) * self._rate
            value = self._start + timedelta(seconds=elapsed) + self._offset
        return value.replace(microsecond=0)

    def advance(self, delta: timedelta) -> datetime:
        """Move sandbox time forward (never backward: stored events would end up in the
        future)."""
        if delta < timedelta(0):
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += delta
        return self.now()
