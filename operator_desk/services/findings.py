"""Policy findings for the desk's features, from the cache's one findings store.

The case pane, the thread view, the conversations list, the seller KPIs and the evidence
picker all ask this service; it reads the stored records and scans (``sync.findings``) only
the seller messages that have none under the current rule set yet. The sync fills the store
after each run, so on a desk that has synced, the scan here is the exception: a thread fetched
on demand, a rule-set change not caught up yet.

Every method touches SQLite and may scan: call it off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from operator_desk.domain.models import Message
from operator_desk.domain.policy import Finding, PolicyScanner, RuleSet
from operator_desk.domain.policy.stored import decode, parse_kinds, scanned_text
from operator_desk.store.database import Database
from operator_desk.store.findings import FindingsRepository
from operator_desk.sync.findings import FindingsComputer, Scope


class FindingsService:
    """One desk's access to the findings store (share one instance between services)."""

    def __init__(self, cache: Database, ruleset: RuleSet | None = None,
                 scanner: PolicyScanner | None = None) -> None:
        self.cache = cache
        self.computer = FindingsComputer(cache, ruleset, scanner)

    @property
    def key(self) -> str:
        """What current records are stored under (rule-set fingerprint and format)."""
        return self.computer.key

    @property
    def scanner(self) -> PolicyScanner:
        return self.computer.scanner

    def ensure(self, market: str, *, message_ids: Sequence[str] | None = None,
               thread_ids: Sequence[str] | None = None,
               shop_ids: Sequence[str] | None = None, since: datetime | None = None) -> int:
        """Scan the seller messages of ``market`` (narrowed to the ids, threads, shops' order
        threads and creation time given) that have no current record, and store them;
        returns how many were scanned."""
        return len(self.computer.ensure(Scope(market, message_ids, thread_ids, shop_ids,
                                              since)))

    def for_messages(self, market: str, messages: Iterable[Message]
                     ) -> dict[str, tuple[Finding, ...]]:
        """Findings of the seller messages among ``messages`` (scanned first where missing),
        by message id; messages without any are left out. Offsets index into
        ``safe_text.neutralize(body)``: the text the desk shows."""
        sellers = [m for m in messages if m.sender_party == "SHOP"]
        if not sellers:
            return {}
        ids = [m.message_id for m in sellers]
        with self.cache.read() as session:
            stored = FindingsRepository(session).for_messages(market, ids, self.key)
        missing = [i for i in ids if i not in stored]
        computed = self.computer.ensure(Scope(market, message_ids=missing)) if missing else {}
        result: dict[str, tuple[Finding, ...]] = {}
        for message in sellers:
            record = computed.get(message.message_id)
            spans = (record[3] if record is not None
                     else stored[message.message_id].spans if message.message_id in stored
                     else ())
            found = decode(spans, scanned_text(message.body)) if spans else ()
            if found:
                result[message.message_id] = found
        return result

    def thread_kinds(self, market: str, thread_ids: Sequence[str]
                     ) -> dict[str, tuple[str, ...]]:
        """The finding kinds of each thread's seller messages, scanned first where missing
        (threads without any finding are left out)."""
        computed = self.computer.ensure(Scope(market, thread_ids=thread_ids))
        with self.cache.read() as session:
            kinds = FindingsRepository(session).thread_kinds(market, thread_ids, self.key)
        # Records whose write failed are not in the store: count them all the same.
        for _message_id, thread_id, column, _spans in computed.values():
            found = parse_kinds(column)
            if found:
                kinds[thread_id] = tuple(sorted({*kinds.get(thread_id, ()), *found}))
        return kinds
