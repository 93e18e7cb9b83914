"""Policy findings of seller messages: scanned once per rule set into the cache's findings
store (``store.findings``), for every feature that shows or counts them.

``FindingsComputer.ensure`` is the one place messages are scanned: it reads the seller
messages of a scope that have no record under the current key, scans them in batches (each
batch read, scanned outside any transaction, then written in one short write) and returns what
it found. Two kinds of caller:

* the sync, at the end of each market's run (``catch_up``): every seller message that arrived
  since the last pass, from a per-market checkpoint, so the desk's own process rarely scans
  anything (``operator-desk sync --feed`` is the desk's child process);
* the desk's services, lazily, for the messages a view needs right now (a thread fetched on
  demand, a cache filled by an older desk, a rule-set change not caught up yet).

Scanning is CPU work: call it off the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy.exc import OperationalError

from operator_desk.domain.policy import PolicyScanner, RuleSet
from operator_desk.domain.policy.stored import (
    encode,
    findings_key,
    kinds_column,
    message_language,
    scanned_text,
)
from operator_desk.store.database import Database
from operator_desk.store.findings import (
    FindingsRepository,
    PendingMessage,
    chunks,
    prepare_findings_tables,
)

log = logging.getLogger(__name__)

BATCH: Final = 400  # messages per read-scan-write round: ~0.2-0.5 s of scanning

# (message id, thread id, kinds column, spans): one record as the store keeps it.
Record = tuple[str, str, str, list[dict[str, Any]]]
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

    The rule files are read and the tables made on first use (on a worker)."""

    def __init__(self, cache: Database, ruleset: RuleSet | None = None,
                 scanner: PolicyScanner | None = None) -> None:
        self.cache = cache
        self._ruleset = scanner.ruleset if scanner is not None else ruleset
        self._scanner = scanner
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
        found = self.scanner.scan(scanned_text(message.body), message_language(
            message.customer_locale, message.shop_locale, message.market_language))
        return (message.message_id, message.thread_id,
                kinds_column(f.kind for f in found), encode(found))

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
                 progress: Progress | None = None, batch: int = BATCH) -> int:
        """Scan every seller message of ``market`` that arrived since the last pass (all of
        them after a rule-set change) and move the market's checkpoint; returns how many were
        scanned. Cancelling keeps what was stored and the checkpoint of the last batch."""
        with self._pass:
            return self._catch_up(market, cancel, progress, batch)

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
