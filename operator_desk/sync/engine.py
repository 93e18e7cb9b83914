"""Pull: bring each marketplace's changes into the cache, page by page, off the UI thread.

Per market and entity the cache keeps a high-water mark (the newest change time seen). The
next run asks for changes since that mark minus an overlap (Mirakl itself subtracts a safety
margin; clocks differ), and upserts make the overlap harmless. Every page is written in its
own short transaction, so a cancelled or killed sync keeps what it had and resumes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from operator_desk.connectors.base import (
    ConnectorError,
    MarketplaceConnector,
    Page,
    Problem,
)
from operator_desk.domain.models import Incident, Order, Shop, Thread
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database

log = logging.getLogger(__name__)

UI_LOCALES = ("en", "de", "es", "nl")
OVERLAP = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    market: str
    stage: str  # reasons | shops | incidents | orders | threads | done | failed
    done: int
    total: int | None = None


ProgressCallback = Callable[[SyncProgress], None]


class SyncCancelled(Exception):
    pass


@dataclass
class MarketSyncResult:
    market: str
    fetched: dict[str, int] = field(default_factory=dict)
    problems: int = 0
    error: ConnectorError | None = None
    elapsed_s: float = 0.0
    changed_incidents: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return self.error is None


class SyncEngine:
    """Pulls every connected market into one cache; one thread per market."""

    def __init__(self, cache: Database, connectors: Mapping[str, MarketplaceConnector],
                 overlap: timedelta = OVERLAP) -> None:
        self.cache = cache
        self.connectors = dict(connectors)
        self.overlap = overlap

    def sync_all(self, progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> list[MarketSyncResult]:
        if not self.connectors:
            return []
        with ThreadPoolExecutor(max_workers=len(self.connectors),
                                thread_name_prefix="sync") as pool:
            futures = [pool.submit(self.sync_market, market, progress, cancel)
                       for market in self.connectors]
            return [future.result() for future in futures]

    def sync_market(self, market: str, progress: ProgressCallback | None = None,
                    cancel: threading.Event | None = None) -> MarketSyncResult:
        connector = self.connectors[market]
        result = MarketSyncResult(market)
        started = time.perf_counter()
        report = progress or (lambda _p: None)
        try:
            self._reasons(connector, result, report)
            self._shops(connector, result, report, cancel)
            order_ids = self._incidents(connector, result, report, cancel)
            self._orders(connector, result, report, cancel, order_ids)
            self._threads(connector, result, report, cancel)
            with self.cache.write() as session:
                CacheRepository(session).record_sync(market, datetime.now(UTC), None)
            report(SyncProgress(market, "done", 1, 1))
        except SyncCancelled:
            log.info("%s: sync cancelled", market)
        except ConnectorError as exc:
            result.error = exc
            log.warning("%s: sync stopped: %s", market, exc)
            with self.cache.write() as session:
                CacheRepository(session).record_sync(market, datetime.now(UTC),
                                                     type(exc).__name__)
            report(SyncProgress(market, "failed", 0))
        result.elapsed_s = time.perf_counter() - started
        return result

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _check(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise SyncCancelled

    def _since(self, market: str, entity: str) -> datetime | None:
        with self.cache.read() as session:
            mark = CacheRepository(session).high_water(market, entity)
        return mark - self.overlap if mark is not None else None

    def _problems(self, market: str, result: MarketSyncResult,
                  problems: Iterable[Problem]) -> None:
        problems = list(problems)
        if problems:
            with self.cache.write() as session:
                result.problems += CacheRepository(session).record_problems(market, problems)

    # -- stages ------------------------------------------------------------------------------
    def _reasons(self, connector: MarketplaceConnector, result: MarketSyncResult,
                 report: ProgressCallback) -> None:
        report(SyncProgress(connector.market, "reasons", 0))
        count = 0
        for locale in UI_LOCALES:
            page = connector.reasons(locale)
            self._problems(connector.market, result, page.problems)
            with self.cache.write() as session:
                count += CacheRepository(session).upsert_reasons(page.items)
        result.fetched["reasons"] = count

    def _shops(self, connector: MarketplaceConnector, result: MarketSyncResult,
               report: ProgressCallback, cancel: threading.Event | None) -> None:
        market = connector.market
        since = self._since(market, "shops")
        newest: datetime | None = None
        count = 0
        page: Page[Shop]
        for page in connector.shops(updated_since=since):
            self._check(cancel)
            with self.cache.write() as session:
                count += CacheRepository(session).upsert_shops(page.items)
            self._problems(market, result, page.problems)
            for shop in page.items:
                if shop.last_updated and (newest is None or shop.last_updated > newest):
                    newest = shop.last_updated
            report(SyncProgress(market, "shops", count, page.total))
        self._finish(market, "shops", newest)
        result.fetched["shops"] = count

    def _finish(self, market: str, entity: str, newest: datetime | None) -> None:
        with self.cache.write() as session:
            repo = CacheRepository(session)
            mark = newest or repo.high_water(market, entity)
            repo.set_high_water(market, entity, mark)

    def _incidents(self, connector: MarketplaceConnector, result: MarketSyncResult,
                   report: ProgressCallback, cancel: threading.Event | None) -> set[str]:
        market = connector.market
        since = self._since(market, "incidents")
        order_ids: set[str] = set()
        count = 0
        page: Page[Incident]
        for page in connector.incidents(updated_since=since):
            self._check(cancel)
            newest = max((i.last_action for i in page.items), default=None)
            with self.cache.write() as session:
                repo = CacheRepository(session)
                count += repo.upsert_incidents(page.items)
                # The list comes oldest change first: each page is a safe checkpoint.
                if newest is not None:
                    current = repo.high_water(market, "incidents")
                    if current is None or newest > current:
                        repo.set_high_water(market, "incidents", newest)
            self._problems(market, result, page.problems)
            for incident in page.items:
                order_ids.add(incident.order_id)
                result.changed_incidents.add(incident.incident_id)
            report(SyncProgress(market, "incidents", count))
        result.fetched["incidents"] = count
        return order_ids

    def _orders(self, connector: MarketplaceConnector, result: MarketSyncResult,
                report: ProgressCallback, cancel: threading.Event | None,
                incident_order_ids: set[str]) -> None:
        market = connector.market
        since = self._since(market, "orders")
        newest: datetime | None = None
        seen: set[str] = set()
        count = 0

        def store(page: Page[Order]) -> None:
            nonlocal count, newest
            self._check(cancel)
            with self.cache.write() as session:
                count += CacheRepository(session).upsert_orders(page.items)
            self._problems(market, result, page.problems)
            for order in page.items:
                seen.add(order.order_id)
                if newest is None or order.last_updated > newest:
                    newest = order.last_updated
            report(SyncProgress(market, "orders", count, page.total))

        for page in connector.orders(updated_since=since):
            store(page)
        missing = sorted(incident_order_ids - seen)
        if missing:
            for page in connector.orders(order_ids=missing):
                store(page)
        self._finish(market, "orders", newest)
        result.fetched["orders"] = count

    def _threads(self, connector: MarketplaceConnector, result: MarketSyncResult,
                 report: ProgressCallback, cancel: threading.Event | None) -> None:
        market = connector.market
        since = self._since(market, "threads")
        threads = messages = 0
        page: Page[Thread]
        for page in connector.threads(updated_since=since, with_messages=True):
            self._check(cancel)
            complete: list[Thread] = []
            for thread in page.items:
                # M11 carries at most the last 100 messages; M10 has them all.
                if thread.message_count > len(thread.messages):
                    thread = connector.thread(thread.thread_id)
                complete.append(thread)
            newest = max((th.updated for th in complete), default=None)
            with self.cache.write() as session:
                repo = CacheRepository(session)
                added = repo.upsert_threads(complete)
                if newest is not None:
                    current = repo.high_water(market, "threads")
                    if current is None or newest > current:
                        repo.set_high_water(market, "threads", newest)
            threads += added[0]
            messages += added[1]
            self._problems(market, result, page.problems)
            report(SyncProgress(market, "threads", threads))
        result.fetched["threads"] = threads
        result.fetched["messages"] = messages
