"""Colleagues' changes without a restart: a watcher thread over the team store's change feed.

The watcher reads ``changes WHERE id > last_seen`` and hands new changes to a callback. On
PostgreSQL it sleeps in ``LISTEN`` and a colleague's commit (its NOTIFY is sent in the same
transaction) wakes it at once; it still reads the table, so a missed notification only costs a
poll interval. On SQLite it polls. When the store cannot be reached it says so (the banner),
retries with a growing pause, and resumes from the last change it delivered: nothing is lost.

The callbacks run on the watcher's thread: a UI hands them to the UI thread with a queued
signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from operator_desk.domain.team import Change
from operator_desk.store.team_migrations import (
    ChangeListener,
    TeamStore,
    TeamStoreError,
    TeamStoreUnreachable,
)

log = logging.getLogger(__name__)


class TeamLinkState(StrEnum):
    CONNECTED = "connected"
    UNREACHABLE = "unreachable"  # reading and preparing work; approvals and claims wait
    READ_ONLY = "read_only"  # the store is newer than this desk


@dataclass(frozen=True, slots=True)
class TeamLink:
    """How the team store is doing, for the banner."""

    state: TeamLinkState
    detail: str = ""


_SLICE = 0.5  # seconds

ChangesCallback = Callable[[list[Change]], None]
LinkCallback = Callable[[TeamLink], None]


class TeamWatcher:
    """Delivers new changes of the team store to ``on_changes``, from a background thread."""

    def __init__(self, store: TeamStore, on_changes: ChangesCallback,
                 on_link: LinkCallback | None = None, *, poll_interval: float = 1.0,
                 listen: bool = True, start_after: int | None = None,
                 max_backoff: float = 30.0) -> None:
        self.store = store
        self.on_changes = on_changes
        self.on_link = on_link
        self.poll_interval = poll_interval
        self.listen = listen and store.is_postgres
        self.max_backoff = max_backoff
        self.last_seen = start_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: ChangeListener | None = None
        self._link: TeamLink | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="team-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()  # the thread notices within one wait slice and closes its listener
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _report(self, link: TeamLink) -> None:
        if link != self._link and not self._stop.is_set():
            self._link = link
            if self.on_link is not None:
                self.on_link(link)

    def _poll(self) -> None:
        from operator_desk.store.team import ChangeFeed

        with self.store.read() as session:
            feed = ChangeFeed(session)
            if self.last_seen is None:
                self.last_seen = feed.last_id()
                return
            while True:
                changes = feed.since(self.last_seen)
                if not changes:
                    return
                self.last_seen = changes[-1].id
                self.on_changes(changes)
                if len(changes) < 500:
                    return

    def _wait(self) -> None:
        if not self.listen:
            self._stop.wait(self.poll_interval)
            return
        if self._listener is None:
            self._listener = self.store.listener()
        # The LISTEN falls back to a slower poll: a lost notification costs seconds, not all.
        # Waiting in slices lets stop() end the thread promptly without closing a connection
        # another thread is using.
        remaining = max(self.poll_interval, 5.0)
        while remaining > 0 and not self._stop.is_set():
            if self._listener.wait(min(_SLICE, remaining)):
                return
            remaining -= _SLICE

    def _drop_listener(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _run(self) -> None:
        backoff = self.poll_interval
        while not self._stop.is_set():
            try:
                if self.listen and self._listener is None:
                    # Listen before the first read, so nothing committed in between is missed.
                    self._listener = self.store.listener()
                self._poll()
                state = (TeamLinkState.READ_ONLY if self.store.read_only
                         else TeamLinkState.CONNECTED)
                self._report(TeamLink(state, self.store.read_only_reason or ""))
                backoff = self.poll_interval
                if self._stop.is_set():
                    break
                self._wait()
            except TeamStoreUnreachable as exc:
                self._drop_listener()
                self._report(TeamLink(TeamLinkState.UNREACHABLE, exc.user_message))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            except TeamStoreError as exc:
                self._drop_listener()
                log.error("team watcher: %s", exc.user_message)
                self._report(TeamLink(TeamLinkState.UNREACHABLE, exc.user_message))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            except Exception:  # a bug in a callback must not end the feed for good
                log.exception("team watcher: unexpected error")
                self._drop_listener()
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff)
        self._drop_listener()
