"""A lock between processes writing one cache (the desk and a scripted `operator-desk sync`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout


class CacheBusy(Exception):
    """Another process holds the cache's write lock (a sync is running elsewhere)."""


class CacheLock:
    """Held for the length of a sync. Re-entrant within one process."""

    def __init__(self, cache_path: Path) -> None:
        self.path = cache_path.with_name(cache_path.name + ".lock")
        self._lock = FileLock(str(self.path), thread_local=False)

    def acquire(self, timeout: float = 0.0,
                waiting: Callable[[], None] | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds; ``waiting`` is called once if the
        lock is busy, so a caller can say it waits."""
        try:
            self._lock.acquire(blocking=False)
            return
        except Timeout:
            if timeout <= 0:
                raise CacheBusy(str(self.path)) from None
        if waiting is not None:
            waiting()
        try:
            self._lock.acquire(timeout=timeout, poll_interval=0.2)
        except Timeout:
            raise CacheBusy(str(self.path)) from None

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> CacheLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()
