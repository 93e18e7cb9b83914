"""Running a sync for the desk: pull every market, report links and progress."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database
from operator_desk.sync.engine import (
    ChangesCallback,
    MarketSyncResult,
    ProgressCallback,
    SyncEngine,
)
from operator_desk.sync.findings import FindingsComputer

from .connections import Connections, MarketLink


@dataclass(frozen=True, slots=True)
class SyncSummary:
    links: tuple[MarketLink, ...]
    changed_incidents: int
    problems: int
    finished: datetime | None


class SyncService:
    """Syncs the connected markets; with ``findings`` each market's run ends with the policy
    scan of its new seller messages (what ``operator-desk sync`` does for the desk)."""

    def __init__(self, cache: Database, connections: Connections,
                 findings: FindingsComputer | None = None) -> None:
        self.cache = cache
        self.connections = connections
        self.findings = findings

    def register_markets(self) -> None:
        """Make every configured market known to the cache, with its name and currency."""
        with self.cache.write() as session:
            repo = CacheRepository(session)
            for profile in self.connections:
                repo.upsert_market(profile.market, profile.name, profile.base_url,
                                   profile.language)

    def sync(self, progress: ProgressCallback | None = None,
             cancel: threading.Event | None = None,
             changed: ChangesCallback | None = None,
             window_days: int | None = None) -> SyncSummary:
        """Pull every connected market. ``changed`` hears, page by page, which incidents'
        queue rows changed; ``window_days`` overrides every profile's sync window."""
        windows = {market: timedelta(days=window_days or profile.sync_window_days)
                   for market, profile in self.connections.profiles.items()}
        engine = SyncEngine(self.cache, self.connections.connectors, findings=self.findings,
                            windows=windows)
        results: list[MarketSyncResult] = engine.sync_all(progress, cancel, changed)
        links = tuple(self.connections.report(r.market, r.error) for r in results)
        return SyncSummary(
            links=links,
            changed_incidents=sum(len(r.changed_incidents) for r in results),
            problems=sum(r.problems for r in results),
            finished=self.last_sync(),
        )

    def last_sync(self) -> datetime | None:
        with self.cache.read() as session:
            times = [m["last_sync"] for m in CacheRepository(session).markets()
                     if m["last_sync"] is not None]
        return max(times) if times else None

    def counts(self) -> dict[str, dict[str, int]]:
        """What the cache holds, per market."""
        with self.cache.read() as session:
            repo = CacheRepository(session)
            return {m["code"]: repo.counts(m["code"]) for m in repo.markets()}

    def known_markets(self) -> list[str]:
        with self.cache.read() as session:
            return [m["code"] for m in CacheRepository(session).markets()]
