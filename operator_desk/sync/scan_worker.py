"""The policy scan of one seller message, and its twin in worker processes.

``scan_record`` is the one definition of a message's stored record; ``FindingsComputer`` calls
it in its own process, and a first sync's backlog (tens of thousands of seller messages, half
of its time under one GIL) is handed in batches to worker processes that call the same
function with the same default rule set (``scan_batch``), so the scan uses the cores the pull
leaves idle. This module imports only the domain: a worker starts in a fraction of a second.
"""

from __future__ import annotations

from typing import Any

from operator_desk.domain.policy import PolicyScanner, RuleSet
from operator_desk.domain.policy.stored import encode, findings_key, kinds_column, scanned_text

# (message id, thread id, kinds column, spans): one record as the store keeps it.
Record = tuple[str, str, str, list[dict[str, Any]]]
# (message id, thread id, body, language): what a worker needs of one message.
Job = tuple[str, str, str, str | None]

_worker: tuple[str, PolicyScanner] | None = None  # (findings key, scanner) of this process


def scan_record(scanner: PolicyScanner, message_id: str, thread_id: str, body: str,
                language: str | None) -> Record:
    """The stored record of one seller message, scanned in ``language``."""
    found = scanner.scan(scanned_text(body), language)
    return (message_id, thread_id, kinds_column(f.kind for f in found), encode(found))


def scan_batch(jobs: list[Job]) -> tuple[str, list[Record]]:
    """In a worker process: the records of ``jobs`` with the default rule set, and the key
    they were scanned under (the caller checks it is its own)."""
    global _worker
    if _worker is None:
        ruleset = RuleSet.load()
        _worker = (findings_key(ruleset), PolicyScanner(ruleset))
    key, scanner = _worker
    return key, [scan_record(scanner, *job) for job in jobs]
