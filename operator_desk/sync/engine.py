"""Pull: bring each marketplace's changes into the cache, page by page, off the UI thread.

Per market and entity the cache keeps a high-water mark (the newest change seen). The next
run asks for changes since that mark minus an overlap (Mirakl itself subtracts a safety
margin; clocks differ), and upserts make the overlap harmless. Every page is written in its
own short transaction and leaves a checkpoint, so a cancelled or killed sync resumes where it
stopped instead of starting over:

- incidents and threads come oldest change first: the high-water mark moves with each page;
- a first sync of orders walks them by creation date: a cursor moves with each page;
- a first sync of threads reads headers of old threads (cursor), then the messages of threads
  inside the sync window (high-water mark).

Where a marketplace does not publish its incident list (Mirakl's OR61), incidents are derived
from order lines and threads (``domain.derive``) and the market is flagged as derived.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from operator_desk.connectors.base import (
    ConnectorError,
    MarketplaceConnector,
    NotFound,
    NotSupported,
    Page,
)
from operator_desk.domain import derive
from operator_desk.domain.models import Incident, Order, Problem, Thread
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database

from .findings import FindingsComputer

log = logging.getLogger(__name__)

UI_LOCALES = ("en", "de", "es", "nl")
OVERLAP = timedelta(minutes=5)
DEFAULT_WINDOW = timedelta(days=365)
FOLLOW_EVERY_S = 2.0  # how often the policy scan looks for messages while they arrive


@dataclass(frozen=True, slots=True)
class SyncProgress:
    market: str
    # reasons | shops | incidents | orders | threads | messages | findings | done | failed
    stage: str
    done: int
    total: int | None = None


ProgressCallback = Callable[[SyncProgress], None]
# (market, incident ids): incidents whose queue rows changed, reported page by page as they
# are written, so open views update those rows while a long sync is still running.
ChangesCallback = Callable[[str, Sequence[str]], None]


class SyncCancelled(Exception):
    pass


@dataclass
class MarketSyncResult:
    market: str
    fetched: dict[str, int] = field(default_factory=dict)
    problems: int = 0
    error: ConnectorError | None = None
    elapsed_s: float = 0.0
    derived: bool = False
    changed_incidents: set[str] = field(default_factory=set)
    on_changed: ChangesCallback | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def incidents_changed(self, incident_ids: Iterable[str]) -> None:
        """Incidents whose own record changed (counted in the summary), told to the views."""
        ids = list(incident_ids)
        self.changed_incidents.update(ids)
        self.rows_changed(ids)

    def rows_changed(self, incident_ids: Iterable[str]) -> None:
        """Incidents whose queue rows show changed data (their order, its messages)."""
        ids = list(dict.fromkeys(incident_ids))
        if ids and self.on_changed is not None:
            self.on_changed(self.market, ids)


class SyncEngine:
    """Pulls every connected market into one cache; one thread per market.

    Threads updated within the sync window (``window``, or the market's entry in
    ``windows``) come with their messages; older ones as headers, messages on demand.

    With ``findings``, each market's run ends with the policy scan of the seller messages
    that arrived (``sync.findings``), so the desk finds them in the findings store."""

    def __init__(self, cache: Database, connectors: Mapping[str, MarketplaceConnector],
                 overlap: timedelta = OVERLAP, window: timedelta = DEFAULT_WINDOW,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 findings: FindingsComputer | None = None,
                 windows: Mapping[str, timedelta] | None = None) -> None:
        self.cache = cache
        self.connectors = dict(connectors)
        self.overlap = overlap
        self.window = window
        self.windows = dict(windows or {})  # per market, where its profile sets one
        self.clock = clock
        self.findings = findings

    def sync_all(self, progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None,
                 changed: ChangesCallback | None = None) -> list[MarketSyncResult]:
        if not self.connectors:
            return []
        with self.cache.read() as session:
            bulk = CacheRepository(session).message_total() == 0
        if bulk:  # an empty cache: index all messages at the end, in one pass
            with self.cache.write() as session:
                CacheRepository(session).fts_bulk_begin()
        try:
            with ThreadPoolExecutor(max_workers=len(self.connectors),
                                    thread_name_prefix="sync") as pool:
                futures = [pool.submit(self.sync_market, market, progress, cancel, changed)
                           for market in self.connectors]
                results = [future.result() for future in futures]
        finally:
            if bulk:
                with self.cache.write() as session:
                    CacheRepository(session).fts_bulk_end()
        self._refresh_statistics()
        return results

    def _refresh_statistics(self) -> None:
        """Planner statistics for the desk's queries, when the cache grew a lot (the first
        sync, a large delta); here, in the sync's process, not in the desk's."""
        with self.cache.read() as session:
            stale = CacheRepository(session).statistics_stale()
        if stale:
            started = time.perf_counter()
            with self.cache.write() as session:
                CacheRepository(session).analyze()
            log.info("planner statistics refreshed in %.1f s", time.perf_counter() - started)

    def sync_market(self, market: str, progress: ProgressCallback | None = None,
                    cancel: threading.Event | None = None,
                    changed: ChangesCallback | None = None) -> MarketSyncResult:
        connector = self.connectors[market]
        result = MarketSyncResult(market, on_changed=changed)
        started = time.perf_counter()
        report = progress or (lambda _p: None)
        try:
            self._reasons(connector, result, report)
            self._shops(connector, result, report, cancel)
            order_ids = self._incidents(connector, result, report, cancel)
            self._orders(connector, result, report, cancel, order_ids)
            follower = self._follow_findings(market, result, cancel)
            try:
                self._threads(connector, result, report, cancel)
            finally:
                follower.stop()
            if result.derived:
                self._derive_resolutions(market, result)
            with self.cache.write() as session:
                CacheRepository(session).record_sync(market, self.clock(), None)
            self._findings(market, result, report, cancel)
            report(SyncProgress(market, "done", 1, 1))
        except SyncCancelled:
            log.info("%s: sync cancelled", market)
        except ConnectorError as exc:
            result.error = exc
            log.warning("%s: sync stopped: %s", market, exc)
            with self.cache.write() as session:
                CacheRepository(session).record_sync(market, self.clock(), type(exc).__name__)
            report(SyncProgress(market, "failed", 0))
        result.elapsed_s = time.perf_counter() - started
        return result

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _check(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise SyncCancelled

    def _mark(self, market: str, entity: str) -> tuple[datetime | None, datetime | None]:
        """(high-water mark, resume cursor) of an entity."""
        with self.cache.read() as session:
            repo = CacheRepository(session)
            return repo.high_water(market, entity), repo.cursor(market, entity)

    def _problems(self, market: str, result: MarketSyncResult,
                  problems: Iterable[Problem]) -> None:
        problems = list(problems)
        if problems:
            with self.cache.write() as session:
                result.problems += CacheRepository(session).record_problems(market, problems)

    def _advance(self, repo: CacheRepository, market: str, entity: str,
                 newest: datetime | None) -> None:
        if newest is None:
            return
        current = repo.high_water(market, entity)
        if current is None or newest > current:
            repo.set_high_water(market, entity, newest)

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
        # Every shop, every time: statistics (grade, response delay) change without touching
        # last_updated (Mirakl says so), and shops are thousands, not millions.
        market = connector.market
        count = 0
        for page in connector.shops():
            self._check(cancel)
            with self.cache.write() as session:
                count += CacheRepository(session).upsert_shops(page.items)
            self._problems(market, result, page.problems)
            report(SyncProgress(market, "shops", count, page.total))
        result.fetched["shops"] = count

    def _incidents(self, connector: MarketplaceConnector, result: MarketSyncResult,
                   report: ProgressCallback, cancel: threading.Event | None) -> set[str]:
        market = connector.market
        with self.cache.read() as session:
            result.derived = CacheRepository(session).is_derived(market)
        if result.derived:
            return set()
        mark, _ = self._mark(market, "incidents")
        since = mark - self.overlap if mark else None
        order_ids: set[str] = set()
        count = 0
        page: Page[Incident]
        try:
            for page in connector.incidents(updated_since=since):
                self._check(cancel)
                newest = max((i.last_action for i in page.items), default=None)
                with self.cache.write() as session:
                    repo = CacheRepository(session)
                    count += repo.upsert_incidents(page.items)
                    self._advance(repo, market, "incidents", newest)
                self._problems(market, result, page.problems)
                order_ids.update(incident.order_id for incident in page.items)
                result.incidents_changed(incident.incident_id for incident in page.items)
                report(SyncProgress(market, "incidents", count))
        except (NotFound, NotSupported):
            if count:
                raise
            log.warning("%s: the marketplace offers no incident list; deriving incidents "
                        "from order lines and threads", market)
            with self.cache.write() as session:
                CacheRepository(session).set_derived(market, True)
            result.derived = True
        result.fetched["incidents"] = count
        return order_ids

    def _orders(self, connector: MarketplaceConnector, result: MarketSyncResult,
                report: ProgressCallback, cancel: threading.Event | None,
                incident_order_ids: set[str]) -> None:
        market = connector.market
        mark, cursor = self._mark(market, "orders")
        started = self.clock()
        newest: datetime | None = None
        seen: set[str] = set()
        count = 0

        def store(page: Page[Order], first_sync: bool) -> None:
            nonlocal count, newest
            self._check(cancel)
            affected: list[str] = []
            with self.cache.write() as session:
                repo = CacheRepository(session)
                count += repo.upsert_orders(page.items)
                if result.derived:
                    self._derive_from_orders(repo, page.items, result)
                if first_sync and page.items:
                    repo.set_cursor(market, "orders", max(o.created for o in page.items))
                if result.on_changed is not None and page.items:
                    # Queue rows show the order (seller, value, refunds): theirs changed too.
                    affected = repo.incident_ids_for_orders(
                        market, (o.order_id for o in page.items))
            result.rows_changed(affected)
            self._problems(market, result, page.problems)
            for order in page.items:
                seen.add(order.order_id)
                if newest is None or order.last_updated > newest:
                    newest = order.last_updated
            report(SyncProgress(market, "orders", count, page.total))

        if mark is None:
            # First sync: oldest created first, resumable from the cursor.
            for page in connector.orders(created_since=cursor):
                store(page, first_sync=True)
            # Changes made while we were walking are picked up from the start time on.
            mark_value = min(newest, started) if newest else started
        else:
            for page in connector.orders(updated_since=mark - self.overlap):
                store(page, first_sync=False)
            mark_value = max(newest, mark) if newest else mark
        missing = sorted(incident_order_ids - seen)
        if missing:
            for page in connector.orders(order_ids=missing):
                store(page, first_sync=False)
        with self.cache.write() as session:
            CacheRepository(session).set_high_water(market, "orders", mark_value)
        result.fetched["orders"] = count

    def _derive_from_orders(self, repo: CacheRepository, orders: Iterable[Order],
                            result: MarketSyncResult) -> None:
        changed: list[str] = []
        for order in orders:
            derived = derive.incidents_from_order(order)
            known = {i.incident_id for i in derived}
            repo.upsert_new_incidents(derived)
            for line_id in derive.closed_lines(order):
                incident_id = derive.derived_id(line_id)
                if incident_id not in known and repo.close_if_open(
                        order.market, incident_id, order.last_updated):
                    changed.append(incident_id)
            changed += sorted(known)
        result.incidents_changed(changed)

    def _derive_resolutions(self, market: str, result: MarketSyncResult) -> None:
        with self.cache.write() as session:
            repo = CacheRepository(session)
            changed = []
            for incident in repo.open_incidents(market):
                threads = repo.threads_for_order(market, incident.order_id)
                updated = derive.with_thread_facts(incident, threads)
                if updated != incident:
                    repo.upsert_incidents([updated])
                    changed.append(incident.incident_id)
        result.incidents_changed(changed)

    def _threads(self, connector: MarketplaceConnector, result: MarketSyncResult,
                 report: ProgressCallback, cancel: threading.Event | None) -> None:
        market = connector.market
        mark, cursor = self._mark(market, "threads")
        window_start = self.clock() - self.windows.get(market, self.window)
        headers = threads = messages = 0
        if mark is None:
            # Old threads: headers only (messages on demand), resumable from the cursor.
            for page in connector.threads(updated_since=cursor, with_messages=False):
                self._check(cancel)
                old = [th for th in page.items if th.updated < window_start]
                with self.cache.write() as session:
                    repo = CacheRepository(session)
                    headers += repo.upsert_thread_headers(old)
                    if old:
                        repo.set_cursor(market, "threads", max(th.updated for th in old))
                self._problems(market, result, page.problems)
                report(SyncProgress(market, "threads", headers))
                if len(old) < len(page.items):
                    break  # the rest is inside the window: read with its messages below
            since = window_start
        else:
            since = mark - self.overlap
        for page in connector.threads(updated_since=since, with_messages=True):
            self._check(cancel)
            complete = [self._complete(connector, th) for th in page.items]
            with self.cache.write() as session:
                repo = CacheRepository(session)
                added = repo.upsert_threads(complete)
                self._advance(repo, market, "threads",
                              max((th.updated for th in complete), default=None))
                affected = self._thread_incidents(repo, result, complete)
            result.rows_changed(affected)
            threads += added[0]
            messages += added[1]
            self._problems(market, result, page.problems)
            report(SyncProgress(market, "messages", messages))
        if mark is None and threads == 0:
            with self.cache.write() as session:  # nothing inside the window: still done
                CacheRepository(session).set_high_water(market, "threads", window_start)
        messages += self._open_case_threads(connector, result, cancel)
        result.fetched.update(threads=headers + threads, messages=messages)

    def _findings(self, market: str, result: MarketSyncResult, report: ProgressCallback,
                  cancel: threading.Event | None) -> None:
        """Policy findings of the seller messages that arrived (after the data is stored: a
        failure here costs only a scan the desk does later, when it needs them)."""
        if self.findings is None:
            return
        before = result.fetched.get("findings", 0)  # scanned while the messages arrived
        report(SyncProgress(market, "findings", before))
        try:
            result.fetched["findings"] = before + self.findings.catch_up(
                market, cancel,
                lambda done: report(SyncProgress(market, "findings", before + done)))
        except Exception:
            log.exception("%s: policy findings not computed; the desk scans when it needs "
                          "them", market)
        self._check(cancel)

    def _follow_findings(self, market: str, result: MarketSyncResult,
                         cancel: threading.Event | None) -> _Follower:
        """While the market's messages arrive, scan them in the worker processes (cores the
        pull leaves idle) instead of all at the end; the stage ``findings`` scans the rest.
        Only with workers: in this process the scan would take the pull's CPU."""
        follower = _Follower()
        findings = self.findings
        if findings is None or not findings.parallel:
            return follower

        def follow() -> None:
            try:
                while not follower.stopped.wait(FOLLOW_EVERY_S):
                    if cancel is not None and cancel.is_set():
                        return
                    scanned = findings.catch_up(market, cancel, pooled_only=True)
                    result.fetched["findings"] = result.fetched.get("findings", 0) + scanned
            except Exception:
                log.exception("%s: policy scan beside the pull failed; the stage findings "
                              "scans the rest", market)

        follower.start(threading.Thread(target=follow, name=f"findings-{market}", daemon=True))
        return follower

    def _complete(self, connector: MarketplaceConnector, thread: Thread) -> Thread:
        # M11 carries at most the last 100 messages; M10 has them all.
        if thread.message_count > len(thread.messages):
            return connector.thread(thread.thread_id)
        return thread

    def _open_case_threads(self, connector: MarketplaceConnector, result: MarketSyncResult,
                           cancel: threading.Event | None) -> int:
        """Whole conversations for every open incident, however old they are."""
        market = connector.market
        with self.cache.read() as session:
            repo = CacheRepository(session)
            orders = repo.threads_missing_messages(market, repo.open_incident_order_ids(market))
        count = 0
        if orders:
            for page in connector.threads(entity_ids=orders, with_messages=True):
                self._check(cancel)
                complete = [self._complete(connector, th) for th in page.items]
                with self.cache.write() as session:
                    repo = CacheRepository(session)
                    count += repo.upsert_threads(complete)[1]
                    affected = self._thread_incidents(repo, result, complete)
                result.rows_changed(affected)
                self._problems(market, result, page.problems)
        return count

    @staticmethod
    def _thread_incidents(repo: CacheRepository, result: MarketSyncResult,
                          threads: Sequence[Thread]) -> list[str]:
        """Incidents on the orders these threads are about (the queue shows whether the
        customer wrote after the seller's resolution); only when someone listens."""
        if result.on_changed is None:
            return []
        orders = [th.entity_id for th in threads
                  if th.entity_type == "MMP_ORDER" and th.entity_id]
        return repo.incident_ids_for_orders(result.market, orders) if orders else []


class _Follower:
    """A thread scanning beside the pull, stopped (and waited for) when the pull ends."""

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, thread: threading.Thread) -> None:
        self._thread = thread
        thread.start()

    def stop(self) -> None:
        self.stopped.set()
        if self._thread is not None:
            self._thread.join()


def fetch_thread(cache: Database, connector: MarketplaceConnector, thread_id: str) -> Thread:
    """One whole thread on demand (a thread outside the sync window, opened by the user)."""
    thread = connector.thread(thread_id)
    with cache.write() as session:
        CacheRepository(session).upsert_threads([thread])
    return thread
