"""What the desk knows about its own health: unreadable records, derived facts, sync state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database


@dataclass(frozen=True, slots=True)
class QuarantinedRecord:
    market: str
    entity: str
    record_id: str | None
    reason: str
    raw: str | None
    seen: datetime


@dataclass(frozen=True, slots=True)
class MarketHealth:
    market: str
    name: str
    last_sync: datetime | None
    last_error: str | None
    derived_incidents: bool
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Diagnostics:
    markets: tuple[MarketHealth, ...]
    quarantined: tuple[QuarantinedRecord, ...]
    cache_path: str


class DiagnosticsService:
    def __init__(self, cache: Database) -> None:
        self.cache = cache

    def read(self, limit: int = 500) -> Diagnostics:
        with self.cache.read() as session:
            repo = CacheRepository(session)
            markets = tuple(MarketHealth(
                market=m["code"], name=m["name"], last_sync=m["last_sync"],
                last_error=m["last_sync_error"], derived_incidents=bool(m["derived_incidents"]),
                counts=repo.counts(m["code"])) for m in repo.markets())
            quarantined = tuple(QuarantinedRecord(
                market=p["market"], entity=p["entity"], record_id=p["record_id"],
                reason=p["reason"], raw=p["raw"], seen=p["seen"]) for p in repo.problems(limit))
        return Diagnostics(markets, quarantined, str(self.cache.path))
