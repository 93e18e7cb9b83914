"""Desk-to-desk latency: from a decision saved on desk A to its arrival on desk B's watcher.

    .venv/bin/python bench/team_latency.py [--samples 100] [--poll 0.25] [--pg-url URL]

Two team services with their own engines (two desks) share one team store, on loopback:
- SQLite file, desk B polling the change feed every ``--poll`` seconds;
- PostgreSQL, desk B LISTENing (a NOTIFY in A's transaction wakes it).
Without ``--pg-url`` a throw-away PostgreSQL cluster is started from Debian's packages.

Reported against floors measured in the same run: the write alone (A's transaction) and the
poll interval. Polling should cost about half an interval on average; LISTEN/NOTIFY should be
close to the write floor and independent of the poll interval.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor, Change
from operator_desk.services.team import TeamService
from operator_desk.services.team_watch import TeamWatcher
from operator_desk.store.team_migrations import open_team_store


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(url: str, samples: int, poll: float, listen: bool) -> dict[str, float]:
    desk_a = TeamService(open_team_store(url), Actor("ann", Role.AGENT))
    desk_b = TeamService(open_team_store(url), Actor("sue", Role.SUPERVISOR))
    arrived: dict[str, float] = {}
    got = threading.Condition()

    def on_changes(changes: list[Change]) -> None:
        now = time.perf_counter()
        with got:
            for change in changes:
                arrived[change.entity_id] = now
            got.notify_all()

    watcher = TeamWatcher(desk_b.store, on_changes, poll_interval=poll, listen=listen,
                          start_after=desk_b.last_change_id())
    watcher.start()
    latencies: list[float] = []
    writes: list[float] = []
    rng = random.Random(5)
    try:
        for n in range(samples + 5):
            time.sleep(rng.uniform(0, poll))  # decorrelate from the poll phase
            started = time.perf_counter()
            decision = desk_a.record_decision("DE", f"I-{n}", "close", "ok", "bench")
            writes.append(time.perf_counter() - started)
            key = str(decision.id)
            with got:
                if not got.wait_for(lambda k=key: k in arrived, timeout=30):
                    raise RuntimeError("a change never arrived")
            if n >= 5:  # the first few warm up connections and caches
                latencies.append(arrived[key] - started)
    finally:
        watcher.stop()
        desk_a.close()
        desk_b.close()
    return {"p50": statistics.median(latencies), "p95": _quantile(latencies, 0.95),
            "write_p50": statistics.median(writes[5:]), "poll": poll}


def _row(name: str, result: dict[str, float]) -> str:
    ms = {k: v * 1000 for k, v in result.items()}
    return (f"| {name} | {ms['poll']:.0f} | {ms['write_p50']:.1f} | {ms['p50']:.1f} | "
            f"{ms['p95']:.1f} | {result['p50'] / result['poll']:.2f} | "
            f"{result['p95'] / result['poll']:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--poll", type=float, default=0.25, help="poll interval in seconds")
    parser.add_argument("--pg-url", help="a PostgreSQL database to use (default: a throw-away "
                        "cluster)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        sqlite = measure(f"sqlite:///{folder}/team.sqlite3", args.samples, args.poll, False)
        rows.append(_row("SQLite, polling", sqlite))
    if args.pg_url:
        rows.append(_row("PostgreSQL, LISTEN/NOTIFY",
                         measure(args.pg_url, args.samples, args.poll, True)))
        rows.append(_row("PostgreSQL, polling only",
                         measure(args.pg_url, args.samples, args.poll, False)))
    else:
        from tests.team_fixtures import NoPostgres, throwaway_postgres

        try:
            with throwaway_postgres() as cluster:
                url = cluster.url(cluster.create_database("bench"))
                rows.append(_row("PostgreSQL, LISTEN/NOTIFY",
                                 measure(url, args.samples, args.poll, True)))
                url = cluster.url(cluster.create_database("bench_poll"))
                rows.append(_row("PostgreSQL, polling only",
                                 measure(url, args.samples, args.poll, False)))
        except NoPostgres as exc:
            print(f"PostgreSQL skipped: {exc}", file=sys.stderr)
    print(f"{args.samples} decisions per back end, loopback, poll interval {args.poll:g} s")
    print("| back end | poll ms | write p50 ms | p50 ms | p95 ms | p50/poll | p95/poll |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
