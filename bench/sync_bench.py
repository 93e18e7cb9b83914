"""First sync, delta sync, memory and UI-thread stalls, on a generated dataset at scale.

    .venv/bin/python bench/sync_bench.py --orders 100000 --messages 1000000

1. Generates (or reuses) a sandbox dataset in bench/out/, serves it with
   `operator-desk sandbox serve` in its own process.
2. First sync of every market with `operator-desk sync` (one child process, markets side by
   side on threads of their own, one writer: as the desk runs it), timed end to end; peak
   memory of the sync process.
3. Floor: the same rows the cache now holds, written by raw `sqlite3.executemany` (WAL,
   synchronous=NORMAL, one transaction) into a fresh file - what any sync could reach here.
4. Delta sync after 100 changes on the server, at this cache size (run twice with two sizes
   to see whether it grows with the cache).
5. UI-thread stall: the queue page ("All open incidents") open in an offscreen window while a
   sync runs, wired as the desk wires it (the sync's changed incidents update the queue in
   place, a re-read at the end, the cycle collector on the GUI thread); a 5 ms probe timer
   records the longest gap between its ticks while the queue is also re-read every 0.5 s
   and scrolled end to end every second. The same probe without a sync is the floor.
   `--ui-only` runs this part alone.

The dataset is reused between runs and each run's delta closes 100 incidents in it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable
TABLES = ("orders", "order_lines", "incidents", "threads", "messages", "shops", "reasons")


def generate(data: Path, orders: int, messages: int, seed: int) -> float | None:
    """Seconds the generation took; None when the dataset was there from an earlier run."""
    marker = data / "generated.json"
    if marker.exists() and json.loads(marker.read_text()) == [orders, messages, seed]:
        return None
    started = time.perf_counter()
    subprocess.run([PY, "-m", "operator_desk", "sandbox", "generate", "--data", str(data),
                    "--orders", str(orders), "--messages", str(messages), "--seed", str(seed),
                    "--shops", str(max(50, orders // 100))], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    marker.write_text(json.dumps([orders, messages, seed]))
    return time.perf_counter() - started


def serve(data: Path) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    process = subprocess.Popen([PY, "-m", "operator_desk", "sandbox", "serve", "--data",
                                str(data), "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("listening on"), line
    keys = json.loads((data / "keys.json").read_text())["markets"]
    return process, keys


def sync_all(keys: dict[str, Any], desk: Path,
             *extra: str) -> tuple[float, int, list[dict[str, Any]]]:
    """One `operator-desk sync` over every market, as the desk runs it (markets side by side
    in one process, one writer); returns wall time, peak RSS and the per-market counts."""
    keys_file = desk / "keys.json"
    keys_file.write_text(json.dumps({"markets": keys}))
    started = time.perf_counter()
    process = subprocess.run(
        [PY, "-m", "operator_desk", "sync", "--sandbox-keys", str(keys_file), "--data-dir",
         str(desk), "--wait", "3600", *extra],
        cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    assert process.returncode == 0, process.stderr[-2000:]
    results = [json.loads(line) for line in process.stdout.splitlines() if line.strip()]
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kb, results


def cache_rows(cache: Path) -> int:
    with sqlite3.connect(cache) as connection:
        return sum(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                   for t in TABLES)


def raw_floor(cache: Path, target: Path) -> tuple[float, int]:
    """Write the cache's rows again with bare sqlite3.executemany: rows per second."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(cache) as source:
        marks = ",".join("?" * len(TABLES))
        query = f"SELECT sql FROM sqlite_master WHERE type='table' AND name IN ({marks})"  # noqa: S608
        schema = [row[0] for row in source.execute(query, TABLES)]
        data = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}  # noqa: S608
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    for statement in schema:
        connection.execute(statement)
    started = time.perf_counter()
    with connection:
        for table, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608
    elapsed = time.perf_counter() - started
    connection.close()
    total = sum(len(rows) for rows in data.values())
    return total / elapsed, total


def make_changes(keys: dict[str, Any], count: int) -> int:
    """`count` changes across markets through the API: incidents sellers marked solved are
    closed (each bumps an order too); once a reused dataset has none left, the operator writes
    in order threads instead (each bumps a thread and adds a message)."""
    done = 0
    for entry in keys.values():
        headers = {"Authorization": entry["keys"]["agent"]}
        page = requests.get(f"{entry['base_url']}/api/incidents", headers=headers, timeout=60,
                            params={"status": "RESOLVED", "limit": count}).json()
        for incident in page["data"]:
            if done >= count:
                return done
            url = (f"{entry['base_url']}/api/orders/{incident['order_id']}/lines/"
                   f"{incident['order_line_id']}/close_incident")
            if requests.put(url, headers=headers, timeout=60).status_code == 204:
                done += 1
    for entry in keys.values():
        headers = {"Authorization": entry["keys"]["agent"]}
        threads = requests.get(f"{entry['base_url']}/api/inbox/threads", headers=headers,
                               timeout=60, params={"entity_type": "MMP_ORDER",
                                                   "limit": 100}).json()["data"]
        for thread in threads:
            if done >= count:
                return done
            body = {"body": "We are looking into this (delta benchmark).",
                    "to": [{"type": "CUSTOMER"}]}
            answer = requests.post(
                f"{entry['base_url']}/api/inbox/threads/{thread['id']}/message",
                headers=headers, timeout=60,
                files={"message_input": (None, json.dumps(body), "application/json")})
            if answer.status_code == 201:
                done += 1
    return done


def ui_stall(keys: dict[str, Any], desk: Path) -> dict[str, Any]:
    """Longest gap of a 5 ms UI timer while a full sync runs behind an open queue page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gc

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from operator_desk.domain.models import Role
    from operator_desk.domain.queue import QueueView
    from operator_desk.services.connections import connect_sandbox
    from operator_desk.services.incidents import IncidentService
    from operator_desk.services.sync import SyncService
    from operator_desk.store.cache import open_cache
    from operator_desk.ui.main_thread_gc import MainThreadGarbageCollector
    from operator_desk.ui.queue_page import QueuePage
    from operator_desk.ui.sync_process import SyncProcess
    from operator_desk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    collector = MainThreadGarbageCollector(app)  # as run_gui does
    collector.start()
    passes: list[tuple[float, int]] = []  # (ms, generation) of the collector's passes
    started_pass: list[float] = []

    def note_pass(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started_pass[:] = [time.perf_counter()]
        elif started_pass:
            passes.append(((time.perf_counter() - started_pass[0]) * 1000, info["generation"]))

    gc.callbacks.append(note_pass)
    cache = open_cache(desk / "cache.sqlite3")
    keys_file = desk / "keys.json"
    keys_file.write_text(json.dumps({"markets": keys}))
    connections = connect_sandbox(keys_file, Role.AGENT)
    runner = TaskRunner()
    page = QueuePage(IncidentService(cache, connections), connections, runner, "en_GB", "en")
    page.resize(1300, 800)
    page.show()
    page.start()
    # All open incidents: thousands of rows that the sync fills in (the default view, what
    # sellers marked solved, runs empty as each run's delta closes 100 of them).
    page.set_view(QueueView.ALL_OPEN)
    SyncService(cache, connections).register_markets()
    gc.freeze()  # as the desk does once it is up
    # As the desk does it: the sync runs in a child process (ui/sync_process.py).
    process = SyncProcess([PY, "-m", "operator_desk", "sync", "--feed", "--sandbox-keys",
                           str(keys_file), "--cache", str(desk / "cache.sqlite3")])
    process.incidents_changed.connect(page.incidents_changed)
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    # What an agent does meanwhile, much more often than an agent: the queue re-read, the
    # view scrolled from one end to the other (pages come in).
    reload_timer = QTimer()
    reload_timer.setInterval(500)
    reload_timer.timeout.connect(page.reload)
    ends = [page.table.scrollToBottom, page.table.scrollToTop]

    def scroll() -> None:
        ends.reverse()
        ends[0]()

    scroll_timer = QTimer()
    scroll_timer.setInterval(1000)
    scroll_timer.timeout.connect(scroll)
    loop = QEventLoop()

    def exercise(seconds: float | None) -> None:
        reload_timer.start()
        scroll_timer.start()
        if seconds is not None:
            QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        reload_timer.stop()
        scroll_timer.stop()

    # The floor: the same window doing the same things with no sync running.
    exercise(5)
    floor_gaps, floor_passes = gaps[:], passes[:]
    gaps.clear()
    passes.clear()
    last[0] = clock.elapsed()
    started = time.perf_counter()

    def finished(_ok: bool, _event: object) -> None:
        page.reload()  # as the desk does when a sync ends
        QTimer.singleShot(1000, loop.quit)

    process.finished.connect(finished)
    process.start()
    exercise(None)
    sync_s = time.perf_counter() - started
    probe.stop()
    # The queue followed the sync: what it shows is what the cache holds.
    shown = page.model.rowCount()
    held = page.service.queue_count(page.model.query_filter, "en")
    runner.shutdown()
    gc.callbacks.remove(note_pass)
    collector.stop()
    report: dict[str, Any] = {"ui_sync_s": round(sync_s, 1), "ui_queue_rows_shown": shown,
                              "ui_queue_rows_in_cache": held}
    for name, series, collected in (("without_sync", floor_gaps, floor_passes),
                                    ("during_sync", gaps, passes)):
        ordered = sorted(series)
        longest_pass = max(collected, default=(0.0, 0))
        print(f"ui probe {name}: {len(series)} ticks, p50 {ordered[len(series) // 2]} ms, "
              f"p99 {ordered[int(len(series) * 0.99)]} ms, max {ordered[-1]} ms, "
              f"{sum(1 for g in series if g > 50)} gaps over 50 ms; collector: "
              f"{len(collected)} passes ({sum(1 for _ms, g in collected if g == 2)} full), "
              f"longest {longest_pass[0]:.0f} ms (generation {longest_pass[1]})",
              file=sys.stderr)
        report.update({f"ui_longest_gap_{name}_ms": round(ordered[-1]),
                       f"ui_p99_gap_{name}_ms": round(ordered[int(len(series) * 0.99)]),
                       f"ui_gaps_over_200ms_{name}": sum(1 for g in series if g > 200),
                       f"ui_longest_collector_pass_{name}_ms": round(longest_pass[0])})
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-ui", action="store_true", help="skip the UI-thread probe (5)")
    parser.add_argument("--ui-only", action="store_true",
                        help="only the UI-thread probe (5), on a fresh cache")
    args = parser.parse_args()
    data = OUT / f"dataset-{args.orders}-{args.messages}"
    data.mkdir(parents=True, exist_ok=True)
    generated = generate(data, args.orders, args.messages, args.seed)
    server, keys = serve(data)
    report: dict[str, Any] = {"orders": args.orders, "messages_target": args.messages,
                              "generation_s": None if generated is None
                              else round(generated, 1)}
    try:
        if args.ui_only:
            _ui_probe(keys, args.orders, report)
            return 0
        desk = OUT / f"desk-{args.orders}"
        for old in desk.glob("cache.sqlite3*"):
            old.unlink()
        desk.mkdir(exist_ok=True)
        elapsed, peak_kb, per_market = sync_all(keys, desk)
        cache = desk / "cache.sqlite3"
        rows = cache_rows(cache)
        floor, _floor_rows = raw_floor(cache, OUT / "floor.sqlite3")
        report.update(
            first_sync_s=round(elapsed, 1), rows=rows, sync_rows_per_s=round(rows / elapsed),
            floor_rows_per_s=round(floor), ratio_to_floor=round(rows / elapsed / floor, 3),
            peak_rss_mb_per_sync_process=round(peak_kb / 1024),
            cache_mb=round(cache.stat().st_size / 2**20),
            messages=sum(m["messages"] for m in per_market))
        changed = make_changes(keys, 100)
        delta_started = time.perf_counter()
        # As the desk's sync child runs every minute: the desk checked the file at its start.
        delta_elapsed, _, _ = sync_all(keys, desk, "--no-integrity-check")
        report.update(delta_changes=changed, delta_sync_s=round(delta_elapsed, 2),
                      delta_wall_s=round(time.perf_counter() - delta_started, 2))
        if not args.skip_ui:
            _ui_probe(keys, args.orders, report)
    finally:
        server.terminate()
        server.wait()
        print(json.dumps(report, indent=2))
    return 0


def _ui_probe(keys: dict[str, Any], orders: int, report: dict[str, Any]) -> None:
    ui_desk = OUT / f"ui-{orders}"
    for old in ui_desk.glob("cache.sqlite3*"):
        old.unlink()
    ui_desk.mkdir(exist_ok=True)
    report.update(ui_stall(keys, ui_desk))


if __name__ == "__main__":
    sys.exit(main())
