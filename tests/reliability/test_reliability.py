"""The reliability suite's CI tier (the full counts: ``make reliability``).

SIGKILL at random moments while the outbox replays and the cache syncs, under injected faults:
every queued action is applied on the server exactly once and every SQLite file stays whole.
A full sync under every kind of fault ends equal to the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_desk.sandbox.server import DATABASE_FILE
from tests.reliability import harness
from tests.reliability.run import TIERS

CI = TIERS["ci"]


@pytest.fixture(scope="module")
def served(pristine_dataset: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[harness.Served]:
    with harness.serve(pristine_dataset / DATABASE_FILE,
                       tmp_path_factory.mktemp("reliability-server")) as server:
        yield server


def test_killed_during_sync_and_replay_nothing_is_lost_or_done_twice(
        served: harness.Served, tmp_path: Path) -> None:
    report = harness.kill_campaign(served, tmp_path / "desk", kills=CI["kills"],
                                   actions_per_round=CI["actions"],
                                   kills_per_round=CI["per_round"])
    print("\n" + harness.format_report(report, []))
    assert report.problems == []
    assert report.kills >= CI["kills"]
    assert report.queued >= CI["actions"] and report.exactly_once == report.queued
    assert report.lost == report.duplicated == report.not_sent == 0
    assert report.integrity_checks >= report.kills and report.integrity_failures == 0
    assert report.cache_differences == []
    # The faults the issue names did happen meanwhile.
    assert {"drop-after-commit", "429", "503", "malformed", "latency"} <= set(report.faults)


def test_a_full_sync_under_every_kind_of_fault_ends_equal_to_the_server(
        served: harness.Served, tmp_path: Path) -> None:
    run = harness.sync_under_faults(served, tmp_path, harness.FAULT_KINDS, CI["faults"],
                                    page_size=CI["page_size"], share=CI["share"])
    print("\n" + harness.format_report(None, [run]))
    assert run.complete, run.injected
    assert run.differences == []
