"""Policy findings of seller messages: scanned once per rule set into the cache's findings
store (``store.findings``), for every feature that shows or counts them.

``FindingsComputer.ensure`` is the one place messages are scanned: it reads the seller
messages of a scope that have no record under the current key, scans them in batches (each
batch read, scanned outside any transaction, then written in one short write) and returns what
it found. Two kinds of caller:

* the sync, at the end of each market's run (``catch_up``): every seller message that arrived
  since the last pass, from a per-market checkpoint, so the desk's own process rarely scans
  anything (``operator-desk sync --feed`` is the desk's child process). Given ``workers``, a
  large backlog (a first sync) is scanned in worker processes (``scan_worker``), batches in
  flight while this process reads the next and writes the last, in order;
* the desk's services, lazily, for the messages a view needs right now (a thread fetched on
  demand, a cache filled by an older desk, a rule-set change not caught up yet).

Scanning is CPU work: call it off the UI thread.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy.exc import OperationalError

from operator_desk.domain.policy import PolicyScanner, RuleSet
from operator_desk.domain.policy.stored import findings_key, message_language
from operator_desk.store.database import Database
from operator_desk.store.findings import (
    FindingsRepository,
    PendingMessage,
    chunks,
    prepare_findings_tables,
)

from .scan_worker import Job, Record, scan_batch, scan_record

log = logging.getLogger(__name__)

BATCH: Final = 400  # messages per read-scan-write round: ~0.2-0.5 s of scanning
# A pass with fewer rows than this to walk scans here: starting workers costs more.
POOL_MIN_BACKLOG: Final = 4000
IN_FLIGHT_PER_WORKER: Final = 2  # batches queued per worker, so none waits for the next

__all__ = ["BATCH", "FindingsComputer", "Record", "Scope"]

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Scope:
    """Which seller messages of one market: all of them, or those named."""

    market: str
    message_ids: Sequence[str] | None = None
    thread_ids: Sequence[str] | None = None
    shop_ids: Sequence[str] | None = None  # order threads of these shops
    since: datetime | None = None  # messages created since


class FindingsComputer:
    """Scans seller messages of one cache with one rule set; safe to share between threads.

    The rule files are read and the tables made on first use (on a worker).

    ``workers`` (the sync's process only): how many worker processes may scan a large
    ``catch_up`` backlog, with the default rule set only; started when first needed, ended by
    ``close``. If they cannot start or break, the pass goes on here."""

    def __init__(self, cache: Database, ruleset: RuleSet | None = None,
                 scanner: PolicyScanner | None = None, workers: int = 0) -> None:
        self.cache = cache
        self._ruleset = scanner.ruleset if scanner is not None else ruleset
        self._scanner = scanner
        # Workers load the default rules themselves: only then are their records ours.
        self._workers = workers if ruleset is None and scanner is None else 0
        self._pool: ProcessPoolExecutor | None = None
        self._key = ""
        self._lock = threading.Lock()
        self._ready = False
        # Markets sync side by side, but their passes are CPU work under one GIL: one at a
        # time is faster in total (bench/findings_bench.py) and each reads only its rows.
        self._pass = threading.Lock()

    def _prepare(self) -> None:
        with self._lock:
            if self._ready:
                return
            ruleset = self._ruleset or RuleSet.load()
            if self._scanner is None:
                self._scanner = PolicyScanner(ruleset)
            self._key = findings_key(ruleset)
            prepare_findings_tables(self.cache)
            self._ready = True

    @property
    def key(self) -> str:
        """The key records are stored under: format and rule-set fingerprint."""
        self._prepare()
        return self._key

    @property
    def scanner(self) -> PolicyScanner:
        self._prepare()
        assert self._scanner is not None
        return self._scanner

    def scan(self, message: PendingMessage) -> Record:
        """One message's record (not stored)."""
        return scan_record(self.scanner, *_job(message))

    @property
    def parallel(self) -> bool:
        """Whether large passes are scanned in worker processes (so a pass can run beside a
        pull without taking its CPU)."""
        return self._workers > 0

    def close(self) -> None:
        """End the worker processes, if any were started."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def ensure(self, scope: Scope, cancel: threading.Event | None = None,
               batch: int = BATCH) -> dict[str, Record]:
        """Scan the seller messages of ``scope`` that have no record under the current key
        and store the records; returns them by message id (empty: nothing was missing).

        A write that fails (the cache busy beyond its timeout, a read-only file) is logged
        and skipped: the records are still returned, and the next call scans them again."""
        key = self.key
        found: dict[str, Record] = {}
        lists = scope.message_ids if scope.message_ids is not None else scope.thread_ids
        for chunk in chunks(list(lists) if lists is not None else None):
            after = 0
            while not (cancel is not None and cancel.is_set()):
                with self.cache.read() as session:
                    pending = FindingsRepository(session).pending(
                        scope.market, key,
                        message_ids=chunk if scope.message_ids is not None else None,
                        thread_ids=chunk if scope.message_ids is None else None,
                        shop_ids=scope.shop_ids, since=scope.since, after=after, limit=batch)
                if not pending:
                    break
                records = [self.scan(message) for message in pending]
                self._save(scope.market, key, records)
                found.update((record[0], record) for record in records)
                after = max(message.rowid for message in pending)
                if len(pending) < batch:
                    break
        return found

    def _save(self, market: str, key: str, records: list[Record],
              checkpoint: int | None = None) -> bool:
        try:
            with self.cache.write() as session:
                repo = FindingsRepository(session)
                repo.save(market, key, records)
                if checkpoint is not None:
                    repo.set_progress(market, key, checkpoint)
        except OperationalError as exc:
            log.warning("%s: %d policy findings not stored: %s", market, len(records), exc)
            return False
        return True

    def catch_up(self, market: str, cancel: threading.Event | None = None,
                 progress: Progress | None = None, batch: int = BATCH,
                 pooled_only: bool = False) -> int:
        """Scan every seller message of ``market`` that arrived since the last pass (all of
        them after a rule-set change) and move the market's checkpoint; returns how many were
        scanned. Cancelling keeps what was stored and the checkpoint of the last batch.

        ``pooled_only``: only a backlog large enough for the worker processes is scanned
        (a pass beside a running pull); otherwise nothing is done and 0 returned."""
        with self._pass:
            key = self.key
            with self.cache.read() as session:
                repo = FindingsRepository(session)
                after = repo.progress(market, key)
                upto = repo.newest_message_row()
            pool = self._pool_for(upto - after)
            if pool is None:
                return 0 if pooled_only else self._catch_up(market, cancel, progress, batch)
            try:
                return self._catch_up_pooled(pool, market, after, upto, cancel, progress, batch)
            except Exception as exc:  # spawn refused, a worker died: scan here instead
                log.warning("%s: policy scan workers failed (%s); scanning in the sync's "
                            "process", market, exc)
                self._workers = 0
                self.close()
                if pooled_only:
                    return 0
                # Goes on from the checkpoint of the last batch stored.
                return self._catch_up(market, cancel, progress, batch)

    def _pool_for(self, backlog: int) -> ProcessPoolExecutor | None:
        """The worker pool, started on first need; None when this pass is scanned here."""
        if self._workers <= 0 or backlog < POOL_MIN_BACKLOG:
            return None
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the sync's process has threads (markets, HTTP pools).
                self._pool = ProcessPoolExecutor(
                    self._workers, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def _catch_up_pooled(self, pool: ProcessPoolExecutor, market: str, after: int, upto: int,
                         cancel: threading.Event | None, progress: Progress | None,
                         batch: int) -> int:
        """``_catch_up`` with the scans in worker processes: batches are read and submitted
        ahead, and stored in row order with their checkpoints, as the serial pass does."""
        key = self.key
        started = time.perf_counter()
        in_flight: deque[tuple[Future[tuple[str, list[Record]]], int]] = deque()
        depth = max(1, self._workers) * IN_FLIGHT_PER_WORKER
        read_to, count = after, 0
        try:
            while read_to < upto or in_flight:
                if cancel is not None and cancel.is_set():
                    return count
                while read_to < upto and len(in_flight) < depth:
                    with self.cache.read() as session:
                        pending = FindingsRepository(session).pending(
                            market, key, after=read_to, upto=upto, limit=batch)
                    done = len(pending) < batch
                    read_to = upto if done else max(message.rowid for message in pending)
                    in_flight.append((pool.submit(scan_batch, [_job(m) for m in pending]),
                                      read_to))
                future, checkpoint = in_flight.popleft()
                worker_key, records = future.result()
                if worker_key != key:
                    raise RuntimeError(f"workers scan under {worker_key}, not {key}")
                if not self._save(market, key, records, checkpoint):
                    return count
                count += len(records)
                if progress is not None:
                    progress(count)
        finally:
            for future, _checkpoint in in_flight:
                future.cancel()
        if count:
            log.info("%s: policy findings of %d seller messages in %.1f s (%d workers)",
                     market, count, time.perf_counter() - started, self._workers)
        return count

    def _catch_up(self, market: str, cancel: threading.Event | None,
                  progress: Progress | None, batch: int) -> int:
        key = self.key
        started = time.perf_counter()
        with self.cache.read() as session:
            repo = FindingsRepository(session)
            after = repo.progress(market, key)
            upto = repo.newest_message_row()
        count = 0
        while upto > after:
            if cancel is not None and cancel.is_set():
                return count
            with self.cache.read() as session:
                pending = FindingsRepository(session).pending(market, key, after=after,
                                                              upto=upto, limit=batch)
            last = max((message.rowid for message in pending), default=upto)
            done = len(pending) < batch
            records = [self.scan(message) for message in pending]
            if not self._save(market, key, records, upto if done else last):
                return count
            count += len(records)
            after = upto if done else last
            if progress is not None:
                progress(count)
        if count:
            log.info("%s: policy findings of %d seller messages in %.1f s", market, count,
                     time.perf_counter() - started)
        return count


def _job(message: PendingMessage) -> Job:
    """What the scan needs of a pending message: its ids, body and language."""
    return (message.message_id, message.thread_id, message.body, message_language(
        message.customer_locale, message.shop_locale, message.market_language))
