"""The reliability campaigns, shared by the CI tier (pytest) and the full tier (``make
reliability``): SIGKILL at random moments of replay and sync, and a full sync under injected
faults. The sandbox runs in a process of its own (``operator-desk sandbox serve
--test-controls``); the suite counts on the sandbox's own database how often each action was
applied."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, func, select

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.connectors.retry import RetryPolicy
from operator_desk.domain.actions import (
    Action,
    CloseIncident,
    NewOrderThread,
    Refund,
    Reply,
    Seen,
)
from operator_desk.domain.models import Recipient, RefundRequest
from operator_desk.domain.money import Money
from operator_desk.sandbox import db
from operator_desk.sandbox.server import DATABASE_FILE
from operator_desk.store import outbox_codec as codec
from operator_desk.store.cache import open_cache
from operator_desk.sync.engine import SyncEngine

ROOT = Path(__file__).resolve().parents[2]
MARKETS = ("DE", "ES", "NL", "CH")
OPEN = ("NEW", "IN_PROGRESS", "RESOLVED", "DISPUTED")

# Faults while the outbox replays (and the driver syncs): every kind the issue names.
REPLAY_FAULTS = ",".join([
    "latency:2ms-30ms:0.3",
    "drop-after-commit:OR63:0.15", "drop-after-commit:OR28:0.15",
    "drop-after-commit:M12:0.15", "drop-after-commit:OR43:0.15",
    "latency:400ms:OR28:0.05", "latency:400ms:M12:0.05",  # client timeouts on writes
    "503:0.04", "429:retry=0:0.04", "malformed:0.03", "truncate:0.02", "drop:0.02",
])


# -- the sandbox in its own process ---------------------------------------------------------------
@dataclass
class Served:
    process: subprocess.Popen[str]
    root: str
    folder: Path
    engine: Engine

    @property
    def keys_file(self) -> Path:
        return self.folder / "keys.json"

    @property
    def keys(self) -> dict[str, Any]:
        markets: dict[str, Any] = json.loads(self.keys_file.read_text())["markets"]
        return markets

    def control(self, name: str, body: dict[str, Any] | None = None,
                method: str = "POST") -> dict[str, Any]:
        response = requests.request(method, f"{self.root}/api/x-desk/test/{name}", json=body,
                                    timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def faults(self, spec: str) -> None:
        self.control("faults", {"spec": spec}, method="PUT")

    def clear_faults(self) -> dict[str, int]:
        injected: dict[str, int] = self.control("faults", method="GET")["injected"]
        self.control("faults", method="DELETE")
        return injected


@contextmanager
def serve(dataset: Path, folder: Path) -> Iterator[Served]:
    """Serve a copy of the dataset file ``dataset`` from ``folder`` in a child process."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(dataset, folder / DATABASE_FILE)
    process = subprocess.Popen(
        [sys.executable, "-m", "operator_desk", "sandbox", "serve", "--data", str(folder),
         "--port", "0", "--test-controls"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    engine = db.make_engine(db.sqlite_url(folder / DATABASE_FILE))
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("listening on "), line
        yield Served(process, line.split()[-1], folder, engine)
    finally:
        engine.dispose()
        process.terminate()
        process.wait(timeout=20)


def generate_dataset(folder: Path, orders: int, shops: int = 40, seed: int = 11) -> Path:
    """A fresh dataset file for the standalone runner (pytest uses the session's)."""
    from operator_desk.sandbox.generator import GenerationSpec, generate

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DATABASE_FILE
    engine = db.make_engine(db.sqlite_url(path))
    anchor = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    generate(engine, GenerationSpec(seed=seed, shops=shops, orders=orders, anchor=anchor))
    engine.dispose()
    return path


# -- planning actions and counting them on the server ---------------------------------------------
@dataclass(frozen=True)
class Planned:
    action_id: str
    action: Action
    before: int  # how many matching records the server had before

    @property
    def kind(self) -> str:
        return self.action.kind.value


@dataclass
class Used:
    incidents: set[str] = field(default_factory=set)
    lines: set[str] = field(default_factory=set)


def plan_round(engine: Engine, round_no: int, size: int, used: Used,
               rng: random.Random) -> list[Planned]:
    """``size`` actions on cases not used before: closes (with what the agent saw), replies
    in the same cases after the close, refunds of a few cents, and new threads."""
    planned: list[Planned] = []
    quarter = max(1, size // 4)
    with engine.connect() as connection:
        incidents = connection.execute(
            select(db.incidents).where(db.incidents.c.status.in_(OPEN))
            .order_by(db.incidents.c.incident_id)).mappings().all()
        candidates = [row for row in incidents if row["incident_id"] not in used.incidents]
        rng.shuffle(candidates)
        closes = 0
        for row in candidates:
            if closes >= quarter:
                break
            threads = _customer_threads(connection, row["order_id"])
            if not threads:
                continue
            used.incidents.add(row["incident_id"])
            seen = Seen(_newest_messages(connection, row["order_id"]), row["status"])
            reason = None if row["status"] == "RESOLVED" else _close_reason(connection,
                                                                              row["market"])
            close = CloseIncident(row["market"], row["incident_id"], row["order_id"],
                                  row["order_line_id"], reason, seen)
            tag = f"r{round_no}-{len(planned)}"
            planned.append(Planned(f"close-{tag}", close, 0))
            body = f"Reliability reply {tag}: we have closed the incident."
            reply = Reply(row["market"], threads[0], row["order_id"], body,
                          (Recipient("CUSTOMER"),))
            planned.append(Planned(f"reply-{tag}", reply, 0))
            closes += 1
        lines = connection.execute(
            select(db.order_lines, db.orders.c.currency)
            .join(db.orders, db.orders.c.order_id == db.order_lines.c.order_id)
            .where(db.order_lines.c.shipped.is_not(None),
                   db.order_lines.c.state.in_(("SHIPPED", "RECEIVED", "INCIDENT_OPEN")),
                   db.orders.c.state.not_in(("CLOSED", "CANCELED")))
            .order_by(db.order_lines.c.order_line_id)).mappings().all()
        lines = [line for line in lines if line["order_line_id"] not in used.lines]
        rng.shuffle(lines)
        refunds = 0
        for line in lines:
            if refunds >= quarter:
                break
            left = line["unit_price_minor"] * line["quantity"] - _refunded(
                connection, line["order_line_id"])
            if left < 200:
                continue
            used.lines.add(line["order_line_id"])
            cents = 1 + (round_no * 37 + refunds) % 97
            amount = Money(Decimal(cents).scaleb(-2), line["currency"])
            request = RefundRequest(line["order_line_id"], amount, Money.zero(line["currency"]),
                                    _refund_reason(connection, line["market"]))
            refund = Refund(line["market"], line["order_id"], (request,))
            before = _refund_count(connection, line["order_line_id"], cents)
            tag = f"r{round_no}-{len(planned)}"
            planned.append(Planned(f"refund-{tag}", refund, before))
            topic = f"Reliability thread {tag}"
            thread = NewOrderThread(line["market"], line["order_id"], topic,
                                    f"About your refund ({tag}).", (Recipient("CUSTOMER"),))
            planned.append(Planned(f"thread-{tag}", thread, 0))
            refunds += 1
    return planned


def _customer_threads(connection: Any, order_id: str) -> list[str]:
    rows = connection.execute(select(db.threads).where(
        db.threads.c.entity_type == "MMP_ORDER", db.threads.c.entity_id == order_id)
        .order_by(db.threads.c.created)).mappings().all()
    return [r["thread_id"] for r in rows if any(p["type"] == "CUSTOMER"
                                                for p in r["participants"])]


def _newest_messages(connection: Any, order_id: str) -> tuple[str, ...]:
    newest = []
    for thread_id in connection.execute(select(db.threads.c.thread_id).where(
            db.threads.c.entity_type == "MMP_ORDER",
            db.threads.c.entity_id == order_id)).scalars():
        last = connection.execute(select(db.messages.c.message_id).where(
            db.messages.c.thread_id == thread_id).order_by(db.messages.c.seq.desc())
            .limit(1)).scalar()
        if last:
            newest.append(last)
    return tuple(newest)


def _close_reason(connection: Any, market: str) -> str:
    code: str = connection.execute(select(db.reasons.c.code).where(
        db.reasons.c.market == market, db.reasons.c.type == "INCIDENT_CLOSE",
        db.reasons.c.is_operator_right.is_(True)).order_by(db.reasons.c.code)).scalars().first()
    return code


def _refund_reason(connection: Any, market: str) -> str:
    code: str = connection.execute(select(db.reasons.c.code).where(
        db.reasons.c.market == market, db.reasons.c.type == "REFUND",
        db.reasons.c.is_operator_right.is_(True)).order_by(db.reasons.c.code)).scalars().first()
    return code


def _refunded(connection: Any, line_id: str) -> int:
    value: int = connection.execute(select(func.coalesce(func.sum(db.refunds.c.amount_minor),
                                                         0)).where(
        db.refunds.c.order_line_id == line_id)).scalar_one()
    return value


def _refund_count(connection: Any, line_id: str, cents: int) -> int:
    value: int = connection.execute(select(func.count()).select_from(db.refunds).where(
        db.refunds.c.order_line_id == line_id, db.refunds.c.amount_minor == cents)).scalar_one()
    return value


def applications(engine: Engine, planned: Planned) -> int:
    """How many times the server applied the action (close: 1 once closed by the operator)."""
    action = planned.action
    with engine.connect() as connection:
        match action:
            case CloseIncident():
                row = connection.execute(select(db.incidents.c.status, db.incidents.c.closed_by)
                                         .where(db.incidents.c.incident_id ==
                                                action.incident_id)).one()
                return 1 if row.status == "CLOSED" and row.closed_by == "OPERATOR" else 0
            case Reply():
                count: int = connection.execute(select(func.count()).select_from(db.messages)
                                                .where(db.messages.c.thread_id ==
                                                       action.thread_id,
                                                       db.messages.c.body == action.body)
                                                ).scalar_one()
                return count
            case Refund():
                line = action.lines[0]
                return _refund_count(connection, line.order_line_id,
                                     line.amount.minor_units) - planned.before
            case NewOrderThread():
                count = connection.execute(select(func.count()).select_from(db.threads).where(
                    db.threads.c.entity_id == action.order_id,
                    db.threads.c.topic_value == action.topic)).scalar_one()
                return count
    raise TypeError(action)


# -- SQLite files ---------------------------------------------------------------------------------
def integrity(path: Path) -> bool:
    if not path.exists():
        return True
    connection = sqlite3.connect(path)
    try:
        return bool(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    finally:
        connection.close()


def outbox_states(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT action_id, state FROM actions").fetchall())
    finally:
        connection.close()


# -- the kill campaign ----------------------------------------------------------------------------
@dataclass
class KillReport:
    kills: int = 0
    kills_before_ready: int = 0
    kills_while_syncing: int = 0  # the sync thread had not finished (replay runs alongside)
    finished_on_their_own: int = 0
    rounds: int = 0
    queued: int = 0
    exactly_once: int = 0
    lost: int = 0
    duplicated: int = 0
    not_sent: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    integrity_checks: int = 0
    integrity_failures: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    cache_differences: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0


class Zygote:
    """``python -m tests.reliability.driver --zygote``: forks drivers on request."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.driver", "--zygote"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)})

    def spawn(self, argv: list[str], events: Path) -> Driver:
        assert self.process.stdin is not None and self.process.stdout is not None
        events.unlink(missing_ok=True)
        self.process.stdin.write(json.dumps({"argv": argv, "events": str(events)}) + "\n")
        self.process.stdin.flush()
        return Driver(int(self.process.stdout.readline()), events)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(30)


@dataclass
class Driver:
    pid: int
    events: Path

    def alive(self) -> bool:
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        return True

    def said(self, event: str) -> bool:
        try:
            return f'"event": "{event}"' in self.events.read_text()
        except FileNotFoundError:
            return False

    def wait_for(self, event: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.said(event):
                return True
            if not self.alive():
                return self.said(event)
            time.sleep(0.005)
        return False

    def kill(self) -> bool:
        """SIGKILL; False when it had already ended."""
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            return False
        while self.alive():
            time.sleep(0.002)
        return True

    def errors(self) -> str:
        path = Path(f"{self.events}.err")
        return path.read_text()[-1500:] if path.exists() else ""


def kill_campaign(served: Served, workdir: Path, *, kills: int, actions_per_round: int,
                  kills_per_round: int, window: float = 1.5, sync: str = "DE,NL",
                  seed: int = 1) -> KillReport:
    """Rounds of: plan actions, start the driver and SIGKILL it at a random moment (until the
    round's kills are spent), then let it finish; count on the server. Until ``kills`` kills."""
    rng = random.Random(seed)
    report = KillReport()
    used = Used()
    started = time.perf_counter()
    workdir.mkdir(parents=True, exist_ok=True)
    served.faults(REPLAY_FAULTS)
    all_planned: list[Planned] = []
    zygote = Zygote()
    try:
        _rounds(served, workdir, report, zygote, all_planned, used, rng, kills=kills,
                actions_per_round=actions_per_round, kills_per_round=kills_per_round,
                window=window, sync=sync)
    finally:
        zygote.close()
    report.faults = served.clear_faults()
    states = outbox_states(workdir / "outbox.sqlite3")
    for planned in all_planned:
        count = applications(served.engine, planned)
        report.queued += 1
        report.by_kind[planned.kind] = report.by_kind.get(planned.kind, 0) + 1
        if count == 1:
            report.exactly_once += 1
        elif count == 0:
            report.lost += 1
            report.problems.append(f"lost: {planned.action_id}")
        else:
            report.duplicated += 1
            report.problems.append(f"applied {count} times: {planned.action_id}")
        if states.get(planned.action_id) != "sent":
            report.not_sent += 1
            report.problems.append(f"{planned.action_id} is {states.get(planned.action_id)}")
    # The cache the killed syncs left behind: one clean sync, then it must equal the server.
    cache = open_cache(workdir / "cache.sqlite3")
    markets = tuple(m for m in sync.split(",") if m)
    results = SyncEngine(cache, _connectors(served, markets)).sync_all()
    cache.dispose()
    report.cache_differences = [f"{r.market}: {r.error}" for r in results if not r.ok]
    report.cache_differences += cache_differences(workdir / "cache.sqlite3", served.engine,
                                                  markets)
    report.elapsed_s = time.perf_counter() - started
    return report


def _rounds(served: Served, workdir: Path, report: KillReport, zygote: Zygote,
            all_planned: list[Planned], used: Used, rng: random.Random, *, kills: int,
            actions_per_round: int, kills_per_round: int, window: float, sync: str) -> None:
    while report.kills < kills:
        report.rounds += 1
        planned = plan_round(served.engine, report.rounds, actions_per_round, used, rng)
        if not planned:
            report.problems.append("the dataset has no more cases to act on")
            break
        plan = workdir / f"plan-{report.rounds}.json"
        plan.write_text(json.dumps([{"action_id": p.action_id,
                                     "payload": codec.encode(p.action)[0]} for p in planned]))
        all_planned += planned
        argv = ["--data", str(workdir), "--keys", str(served.keys_file), "--plan", str(plan),
                "--sync", sync]
        events = workdir / "events.jsonl"
        for _ in range(kills_per_round):
            if report.kills >= kills:
                break
            driver = zygote.spawn(argv, events)
            delay = rng.uniform(-0.05, window)
            if delay < 0:  # now and then while it opens the outbox and queues the plan
                time.sleep(-delay)
                report.kills_before_ready += int(not driver.said("ready"))
            else:
                driver.wait_for("ready", 60)
                time.sleep(delay)
            syncing = bool(sync) and not driver.said("synced")
            if driver.kill():
                report.kills += 1
                report.kills_while_syncing += int(syncing)
            else:
                report.finished_on_their_own += 1
            _check_files(workdir, report)
            if driver.said("done"):
                break  # this round has nothing left to replay
        final = zygote.spawn(argv, events)
        if not final.wait_for("done", 600):
            final.kill()
            report.problems.append(f"round {report.rounds}: the driver did not finish: "
                                   f"{final.errors()}")
            return
        while final.alive():
            time.sleep(0.01)
        _check_files(workdir, report)


def _check_files(workdir: Path, report: KillReport) -> None:
    for name in ("outbox.sqlite3", "cache.sqlite3"):
        if (workdir / name).exists():
            report.integrity_checks += 1
            if not integrity(workdir / name):
                report.integrity_failures += 1
                report.problems.append(f"{name} failed its integrity check")


def _connectors(served: Served, markets: tuple[str, ...], *, read_timeout: float = 10.0,
                attempts: int = 5, page_size: int = 100) -> dict[str, MiraklConnector]:
    keys = served.keys
    retry = RetryPolicy(attempts=attempts, base_delay=0.001, max_delay=0.005, jitter=0.0)
    return {m: MiraklConnector(ConnectionSettings(m, keys[m]["base_url"], connect_timeout=5.0,
                                                  read_timeout=read_timeout,
                                                  page_size=page_size, retry=retry),
                               keys[m]["keys"]["agent"]) for m in markets}


# -- cache versus server --------------------------------------------------------------------------
def cache_differences(cache_file: Path, engine: Engine, markets: tuple[str, ...]) -> list[str]:
    """What differs between the cache and the server for what a sync covers: every shop,
    order and incident (with its state), every thread (with its message count) and every
    message of the threads inside the sync window (the default year: all of the dataset)."""
    queries = {
        "shops": "SELECT market, shop_id, state FROM shops",
        "orders": "SELECT market, order_id, state FROM orders",
        "incidents": "SELECT market, incident_id, status FROM incidents",
        "threads": "SELECT market, thread_id, message_count FROM threads",
        "messages": "SELECT market, message_id FROM messages",
    }
    connection = sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True)
    try:
        cached = {name: {row for row in connection.execute(sql) if row[0] in markets}
                  for name, sql in queries.items()}
    finally:
        connection.close()
    columns = {
        "shops": (db.shops, ("shop_id", "state")),
        "orders": (db.orders, ("order_id", "state")),
        "incidents": (db.incidents, ("incident_id", "status")),
        "threads": (db.threads, ("thread_id", "message_count")),
        "messages": (db.messages, ("message_id",)),
    }
    with engine.connect() as server:
        on_server = {
            name: {tuple(row) for row in server.execute(
                select(table.c.market, *(table.c[c] for c in names))
                .where(table.c.market.in_(markets)))}
            for name, (table, names) in columns.items()}
    differences = []
    for name in queries:
        missing = on_server[name] - cached[name]
        extra = cached[name] - on_server[name]
        if missing or extra:
            differences.append(f"{name}: {len(missing)} missing or different "
                               f"(e.g. {sorted(missing)[:2]}), {len(extra)} not on the server")
    return differences


def server_counts(engine: Engine, markets: tuple[str, ...]) -> dict[str, int]:
    counts = {}
    with engine.connect() as connection:
        for name, table in (("shops", db.shops), ("orders", db.orders),
                            ("incidents", db.incidents), ("threads", db.threads),
                            ("messages", db.messages)):
            counts[name] = connection.execute(select(func.count()).select_from(table).where(
                table.c.market.in_(markets))).scalar_one()
    return counts


# -- a full sync under faults ---------------------------------------------------------------------
FAULT_KINDS = ("429", "5xx", "drop-after-commit", "malformed", "timeout")


@dataclass
class FaultRun:
    kinds: tuple[str, ...]
    wanted: int  # of each kind
    injected: dict[str, int]  # per kind
    sync_runs: int
    differences: list[str]
    elapsed_s: float

    @property
    def complete(self) -> bool:
        return all(self.injected.get(kind, 0) >= self.wanted for kind in self.kinds)


def fault_spec(kind: str, count: int, share: float, timeout_latency_ms: int) -> str:
    scope = "GET /api/*"
    match kind:
        case "429":
            return f"429:retry=0:{share}:{scope}:times={count}"
        case "5xx":
            return f"503:{share}:{scope}:times={count}"  # Service Unavailable
        case "drop-after-commit" | "malformed":
            return f"{kind}:{share}:{scope}:times={count}"
        case "timeout":
            return f"latency:{timeout_latency_ms}ms:{share}:{scope}:times={count}"
    raise ValueError(kind)


def _by_kind(injected: dict[str, int]) -> dict[str, int]:
    result: dict[str, int] = {}
    for name, count in injected.items():
        kind = ("5xx" if name.isdigit() and name.startswith("5") else
                "timeout" if name == "latency" else name)
        result[kind] = result.get(kind, 0) + count
    return result


def sync_under_faults(served: Served, workdir: Path, kinds: tuple[str, ...], count: int, *,
                      share: float = 0.5, page_size: int = 10, read_timeout: float = 0.15,
                      timeout_latency_ms: int = 300, max_runs: int = 50) -> FaultRun:
    """A first (full) sync of every market into an empty cache while ``count`` faults of each
    of ``kinds`` hit the reads (a timeout: the answer comes after the client's read timeout);
    re-run as the desk would until every market completes, then compare with the server."""
    started = time.perf_counter()
    workdir.mkdir(parents=True, exist_ok=True)
    cache_file = workdir / f"cache-{'-'.join(kinds)}.sqlite3"
    cache = open_cache(cache_file)
    connectors = _connectors(served, MARKETS, read_timeout=read_timeout, attempts=20,
                             page_size=page_size)
    served.faults(",".join(fault_spec(kind, count, share, timeout_latency_ms)
                           for kind in kinds))
    runs = 0
    engine = SyncEngine(cache, connectors)
    while runs < max_runs:
        runs += 1
        results = engine.sync_all()
        if all(r.ok for r in results):
            break
    injected = _by_kind(served.clear_faults())
    cache.dispose()
    for connector in connectors.values():
        connector.close()
    differences = cache_differences(cache_file, served.engine, MARKETS)
    if runs >= max_runs:
        differences.append(f"the sync did not complete in {max_runs} runs")
    return FaultRun(kinds, count, injected, runs, differences,
                    time.perf_counter() - started)


# -- the table ------------------------------------------------------------------------------------
def format_report(kill: KillReport | None, faults: list[FaultRun]) -> str:
    lines: list[str] = []
    if kill is not None:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(kill.by_kind.items()))
        injected = ", ".join(f"{k} {n}" for k, n in sorted(kill.faults.items()))
        lines += [
            "| SIGKILL during sync and outbox replay | |",
            "|---|---|",
            f"| kills (SIGKILL) | {kill.kills} ({kill.kills_while_syncing} while the sync "
            f"ran, {kill.kills_before_ready} before the plan was queued) |",
            f"| rounds | {kill.rounds} |",
            f"| actions queued | {kill.queued} ({kinds}) |",
            f"| applied on the server exactly once | {kill.exactly_once} |",
            f"| lost | {kill.lost} |",
            f"| duplicated | {kill.duplicated} |",
            f"| outbox state other than sent | {kill.not_sent} |",
            f"| integrity checks (outbox, cache after every kill) | "
            f"{kill.integrity_checks - kill.integrity_failures} ok of "
            f"{kill.integrity_checks} |",
            f"| cache equals the server after a clean sync | "
            f"{'yes' if not kill.cache_differences else '; '.join(kill.cache_differences)} |",
            f"| faults injected meanwhile | {injected} |",
            f"| time | {kill.elapsed_s:.0f} s |",
            "",
        ]
    if faults:
        lines += ["| full sync of every market under faults | faults injected | sync runs | "
                  "cache equals server | time |", "|---|---|---|---|---|"]
        for run in faults:
            equal = "yes" if not run.differences else "; ".join(run.differences)
            injected = ", ".join(f"{kind} {run.injected.get(kind, 0)}" for kind in run.kinds)
            lines.append(f"| {' + '.join(run.kinds)} ({run.wanted} each) | {injected} | "
                         f"{run.sync_runs} | {equal} | {run.elapsed_s:.0f} s |")
    return "\n".join(lines)
