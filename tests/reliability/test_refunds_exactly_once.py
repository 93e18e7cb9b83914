"""Refunds exactly once, the CI tier (``make reliability`` runs 210): 30 runs, each on a fresh
copy of the sandbox with 1–5 refund intents and one kind of fault in turn (dropped after the
server committed, 503, dropped connection, OR28 slower than the client's timeout, 500 on the
OR11 read-back, SIGKILL of the desk between a send and its answer). Every refund lands on
the server exactly once, the outbox ends with every refund sent and told, and the desk's
cache shows the same refunds as the server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.refund_support import synced_cache_file
from tests.reliability import refund_runs
from tests.reliability.run import TIERS


def test_every_refund_lands_exactly_once_whatever_the_network_or_a_kill_does(
        pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory,
        tmp_path: Path) -> None:
    cache = synced_cache_file(pristine_dataset, tmp_path_factory)
    report = refund_runs.refund_campaign(pristine_dataset, cache, tmp_path,
                                         TIERS["ci"]["refund_runs"])
    print("\n" + refund_runs.format_refund_report(report))
    assert report.problems == []
    assert report.runs == TIERS["ci"]["refund_runs"]
    assert set(report.runs_by_fault) == set(refund_runs.FAULT_KINDS)
    assert report.intents >= report.runs and report.exactly_once == report.intents
    assert report.lost == report.duplicated == report.not_sent == report.unreported == 0
    assert report.cache_differences == [] and report.orders_compared > 0
    assert report.kills == report.runs_by_fault["sigkill"] and report.integrity_failures == 0
    # The faults did their work: answers were lost and read back, others waited.
    assert report.reconciled > 0 and report.queued > 0
    assert {"drop-after-commit", "503", "drop", "latency", "500"} <= set(report.faults)
