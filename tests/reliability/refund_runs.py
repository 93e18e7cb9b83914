"""Refunds exactly once, run after run: each run starts a fresh copy of the sandbox, makes 1–5
refund intents the way the desk does (``RefundService`` over the outbox) under one kind of
fault, lets the outbox finish, then counts on the sandbox's own database how often each
refund landed and compares the desk's cache with the server.

Fault kinds: the connection dropped after the server committed OR28; a 503 on OR28 (the
server never handled it); a dropped connection (never handled); OR28 answering after the
client's read timeout (the server commits meanwhile); 500 on every OR11 read-back for a while
(after answers that were lost); and SIGKILL of the desk (a driver process,
``tests/reliability/driver.py``) between a send and its answer, the desk restarted afterwards.

Reading back an unanswered send is only right once the server has finished what it received:
the desk waits ``Backoff.settle`` (30 s) for that. The runs use a settle of a fraction of a
second, and where answers come late (timeouts, kills) they also wait, before each push, until
the sandbox has handled every refund request the desk sent (``Or28Ledger``): the guarantee
the desk's 30 s give, without depending on how busy the machine is.

Shared by the CI tier (``test_refunds_exactly_once.py``) and ``make reliability``.
"""

from __future__ import annotations

import json
import random
import shutil
import threading
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
from operator_desk.domain import refunds as rules
from operator_desk.domain.actions import Refund
from operator_desk.domain.models import Market, Role
from operator_desk.domain.money import Money
from operator_desk.domain.outbox import OutboxFilter, OutboxSort, OutboxState
from operator_desk.domain.refunds import LineRefund
from operator_desk.sandbox import db
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from operator_desk.services.actions import SubmissionState
from operator_desk.services.connections import Connections, Profile, connect_sandbox
from operator_desk.services.outbox import OutboxService, OutboxSink
from operator_desk.services.refunds import RefundDraft, RefundError, RefundService
from operator_desk.store import outbox_codec as codec
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.outbox import OutboxRepository, open_outbox
from operator_desk.sync.engine import SyncEngine
from operator_desk.sync.push import Backoff
from tests.integration.sandbox_live import Live, running
from tests.reliability.harness import Zygote, integrity
from tests.reliability.sandbox_tools import refund_reason

MARKET = "DE"
LOCALE = "de_DE"
FAULT_KINDS = ("drop-after-commit", "503", "drop", "timeout", "500-on-read-back", "sigkill")
# OR28 answers this late in the timeout runs, after the desk's read timeout; in the kill runs
# it keeps the send in flight while the desk is killed. Where the server had committed before
# the answer was lost, or never handled the request, the desk may read back at once.
LATE_MS = 250
TIMEOUT_S = 0.1
SETTLE_S = 0.3
LATE_KINDS = ("timeout", "sigkill")
REFUND_PATH = "/api/orders/refund"


class Or28Ledger:
    """Refund requests (OR28): sent by the desk (counted before the bytes leave), arrived at
    the sandbox (before its faults), finished by the sandbox's API (committed or refused,
    after any latency). In the late-answer runs every request reaches the API, so once
    ``finished`` has caught up the server holds nothing of the desk's in hand."""

    def __init__(self, live: Live) -> None:
        self.sent = 0
        self.arrived = 0
        self.finished = 0
        self._lock = threading.Lock()
        operation_of = live.server.api.operation_of
        faults = live.server.faults
        inner = faults.app
        waitress = live.server._server  # the in-process sandbox's WSGI server
        outer = waitress.application

        def finishing(environ: dict[str, Any], start_response: Any) -> Any:
            try:
                return inner(environ, start_response)
            finally:
                if (operation_of(environ) or "").upper() == "OR28":
                    with self._lock:
                        self.finished += 1

        def arriving(environ: dict[str, Any], start_response: Any) -> Any:
            if (operation_of(environ) or "").upper() == "OR28":
                with self._lock:
                    self.arrived += 1
            return outer(environ, start_response)

        faults.app = finishing
        waitress.application = arriving

    def session(self) -> requests.Session:
        """A session for the desk's connector that counts the refunds it sends."""
        ledger = self

        class Counting(requests.Session):
            def request(self, method: str | bytes, url: str | bytes, *args: Any,
                        **kwargs: Any) -> requests.Response:
                if str(method).upper() == "PUT" and str(url).endswith(REFUND_PATH):
                    with ledger._lock:
                        ledger.sent += 1
                return super().request(method, url, *args, **kwargs)

        return Counting()

    def _until(self, done: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if done():
                    return True
            time.sleep(0.005)
        return False

    def wait(self, timeout: float = 30.0) -> bool:
        """Until the sandbox has finished every refund request sent or arrived."""
        return self._until(lambda: self.finished >= max(self.sent, self.arrived), timeout)

    def wait_arrival(self, count: int, timeout: float = 10.0) -> bool:
        return self._until(lambda: self.arrived >= count, timeout)

    def settle_after_kill(self, quiet: float = 0.15, timeout: float = 30.0) -> bool:
        """A killed sender's requests: everything that arrived is finished, and nothing new
        arrived for ``quiet`` seconds (a request written just before the kill is read by
        then); what arrived counts as sent from here on."""
        deadline = time.monotonic() + timeout
        seen, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            with self._lock:
                arrived, finished = self.arrived, self.finished
            if arrived != seen:
                seen, since = arrived, time.monotonic()
            elif finished >= arrived and time.monotonic() - since >= quiet:
                with self._lock:
                    self.sent = self.arrived
                return True
            time.sleep(0.005)
        return False


@dataclass(frozen=True)
class Intent:
    order_id: str
    line_id: str
    amount: Money
    reason: str
    before: int  # refunds of this amount on the line before the run


@dataclass
class RefundReport:
    runs: int = 0
    runs_by_fault: dict[str, int] = field(default_factory=dict)
    intents: int = 0
    shared_orders: int = 0  # intents on an order another intent of the run also refunds
    exactly_once: int = 0
    lost: int = 0
    duplicated: int = 0
    not_sent: int = 0  # outbox state other than sent at the end
    sent_at_once: int = 0  # the agent saw "sent"
    confirmed_again: int = 0  # "a refund was made meanwhile": confirmed on the fresh figures
    queued: int = 0  # the agent saw "queued": the outbox finished it later
    reconciled: int = 0  # found on the server by reading back, not sent again
    kills: int = 0
    integrity_checks: int = 0
    integrity_failures: int = 0
    orders_compared: int = 0
    cache_differences: list[str] = field(default_factory=list)
    unreported: int = 0  # final outcomes the refunds service was never told
    faults: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return (not self.problems and self.exactly_once == self.intents and self.intents > 0
                and self.lost == self.duplicated == self.not_sent == self.unreported == 0
                and self.integrity_failures == 0 and not self.cache_differences)


# -- the desk of one run ------------------------------------------------------------------------
@dataclass
class RunDesk:
    live: Live
    connections: Connections
    refunds: RefundService
    outbox: OutboxService
    ledger: Or28Ledger | None = None  # late answers: wait for the server before each push

    def drain(self, timeout: float = 60.0) -> None:
        """Send until nothing waits (backoffs are milliseconds here), then let the reports
        (cache refresh) finish."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ledger is not None and not self.ledger.wait():
                raise AssertionError("the sandbox did not finish the refunds it was sent")
            self.outbox.push(MARKET)
            if self.outbox.engine.next_due([MARKET]) is None:
                break
            time.sleep(0.01)
        self.outbox.wait_for_reports()

    def close(self) -> None:
        self.outbox.close()
        self.outbox.outbox.dispose()
        self.connections.close()
        self.refunds.cache.dispose()


def _connections(live: Live, read_timeout: float,
                 session: requests.Session | None = None) -> Connections:
    """The agent's connection to the run's sandbox: reads retried twice at most (a 500 is not
    retried at all), the read timeout of the run."""
    entry = live.keys[MARKET]
    connections = Connections()
    settings = ConnectionSettings(MARKET, entry["base_url"], connect_timeout=2.0,
                                  read_timeout=read_timeout,
                                  retry=RetryPolicy(attempts=2, base_delay=0.001,
                                                    max_delay=0.002, jitter=0.0))
    profile = Profile(f"Sandbox {MARKET}", Market(MARKET, entry["currency"],
                                                  entry["timezone"]),
                      entry["base_url"], role=Role.AGENT, sandbox=True)
    connections.add(profile, MiraklConnector(settings, entry["keys"]["agent"], session))
    return connections


def open_desk(live: Live, folder: Path, cache_file: Path, read_timeout: float,
              settle: float, ledger: Or28Ledger | None = None) -> RunDesk:
    """The desk as ``app.py`` wires it: refunds through the outbox sink, and the refunds
    service told what the outbox sends later."""
    if not (folder / "cache.sqlite3").exists():
        shutil.copy(cache_file, folder / "cache.sqlite3")
    connections = _connections(live, read_timeout, ledger.session() if ledger else None)
    refunds = RefundService(open_cache(folder / "cache.sqlite3"), connections)
    outbox = OutboxService(open_outbox(folder / "outbox.sqlite3"), connections,
                           backoff=Backoff(base=0.005, cap=0.05, floor=0.0, jitter=0.2,
                                           settle=settle))
    outbox.reporters.append(refunds.action_reported)
    refunds.sink = OutboxSink(outbox)
    return RunDesk(live, connections, refunds, outbox, ledger)


# -- choosing intents ---------------------------------------------------------------------------
def _refundable_lines(engine: Engine, now: datetime) -> list[tuple[str, str]]:
    """(order id, line id) of lines the rules allow refunding now with at least 5.00 left:
    shipped within the refund window, on orders that are not closed."""
    with engine.connect() as connection:
        refunded = dict(connection.execute(
            select(db.refunds.c.order_line_id, func.sum(db.refunds.c.amount_minor))
            .group_by(db.refunds.c.order_line_id)).all())
        rows = connection.execute(
            select(db.order_lines.c.order_id, db.order_lines.c.order_line_id,
                   db.order_lines.c.unit_price_minor, db.order_lines.c.quantity)
            .join(db.orders, db.orders.c.order_id == db.order_lines.c.order_id)
            .where(db.order_lines.c.market == MARKET,
                   db.order_lines.c.shipped > (now - timedelta(days=150)).replace(tzinfo=None),
                   db.order_lines.c.state.in_(("SHIPPED", "RECEIVED", "INCIDENT_OPEN")),
                   db.orders.c.state.not_in(("CLOSED", "CANCELED")))
            .order_by(db.order_lines.c.order_line_id)).all()
    return [(r.order_id, r.order_line_id) for r in rows
            if r.unit_price_minor * r.quantity - refunded.get(r.order_line_id, 0) >= 500]


def _count(engine: Engine, line_id: str, amount: Money) -> int:
    with engine.connect() as connection:
        value: int = connection.execute(select(func.count()).select_from(db.refunds).where(
            db.refunds.c.order_line_id == line_id,
            db.refunds.c.amount_minor == amount.minor_units)).scalar_one()
    return value


def plan_intents(live: Live, reason: str, rng: random.Random,
                 candidates: list[tuple[str, str]]) -> list[Intent]:
    """1–5 intents; now and then a second one on a line already chosen (the same order, so
    the outbox sends them one after the other). Amounts differ within a run, so each
    intent is counted on its own."""
    intents: list[Intent] = []
    for index in range(rng.randint(1, 5)):
        if intents and rng.random() < 0.3:
            earlier = intents[rng.randrange(len(intents))]
            order_id, line_id = earlier.order_id, earlier.line_id
        else:
            order_id, line_id = candidates[rng.randrange(len(candidates))]
        amount = Money(Decimal(101 + 7 * index + rng.randint(0, 6)).scaleb(-2), "EUR")
        intents.append(Intent(order_id, line_id, amount, reason,
                              _count(live.engine, line_id, amount)))
    return intents


# -- one run ------------------------------------------------------------------------------------
def _fault_spec(kind: str, rng: random.Random) -> str:
    share = round(rng.uniform(0.4, 0.8), 2)
    match kind:
        case "drop-after-commit":
            return f"drop-after-commit:OR28:{share}:times=4"
        case "503":
            return f"503:OR28:{share}:times=4"
        case "drop":
            return f"drop:OR28:{share}:times=4"
        case "timeout":
            return f"latency:{LATE_MS}ms:OR28:{share}:times=4"
        case "500-on-read-back":  # every answer lost first; the read-backs then meet 500s
            return "drop-after-commit:OR28"
        case "sigkill":
            return f"latency:{LATE_MS}ms:OR28"
    raise ValueError(kind)


def one_run(kind: str, rng: random.Random, dataset: Path, cache_file: Path, folder: Path,
            zygote: Zygote, report: RefundReport) -> None:
    folder.mkdir(parents=True)
    with running(dataset, folder / "sandbox") as live:  # a fresh copy of the marketplace
        late = kind in LATE_KINDS
        ledger = Or28Ledger(live) if late else None
        desk = open_desk(live, folder, cache_file, TIMEOUT_S if kind == "timeout" else 5.0,
                         SETTLE_S if late else 0.0, ledger)
        try:
            candidates = _refundable_lines(live.engine, datetime.now(UTC))
            intents = plan_intents(live, refund_reason(live.engine, MARKET), rng, candidates)
            live.control("faults", {"spec": _fault_spec(kind, rng)}, method="PUT")
            if kind == "sigkill":
                desk = _killed_and_restarted(desk, intents, rng, folder, cache_file, zygote,
                                             report)
            else:
                _submit(desk, intents, report)
                if kind == "500-on-read-back":
                    _faults_done(live, report)
                    live.control("faults", {"spec": f"500:OR11:times={rng.randint(2, 6)}"},
                                 method="PUT")
            desk.drain()
            _faults_done(live, report)
            _count_run(desk, intents, folder, report)
        finally:
            desk.close()


def _faults_done(live: Live, report: RefundReport) -> None:
    """Count what the sandbox injected, then stop injecting."""
    injected = live.control("faults", method="GET")["injected"]
    live.control("faults", method="DELETE")
    for name, count in injected.items():
        report.faults[name] = report.faults.get(name, 0) + count


def _submit(desk: RunDesk, intents: list[Intent], report: RefundReport) -> None:
    """Each intent as the refund dialog sends it: the order read fresh, the agent's figures,
    one line, the reason. When the desk says a refund landed on the order meanwhile (an
    earlier intent whose answer was late), the agent looks at the fresh figures and confirms
    again, as the dialog lets them."""
    for intent in intents:
        try:
            context = desk.refunds.load(MARKET, intent.order_id, LOCALE)
        except RefundError as exc:
            report.problems.append(f"order {intent.order_id} not loaded: {exc}")
            continue
        for _attempt in range(3):
            draft = RefundDraft(MARKET, intent.order_id,
                                (LineRefund(intent.line_id, intent.amount,
                                            Money.zero("EUR")),),
                                intent.reason, context.seen_left())
            try:
                outcome = desk.refunds.submit(draft, LOCALE)
            except RefundError as exc:
                if exc.kind == "changed" and exc.context is not None and not exc.violations:
                    report.confirmed_again += 1
                    context = exc.context
                    continue
                report.problems.append(f"intent on {intent.line_id} refused: {exc}")
                break
            if outcome.state == SubmissionState.SENT:
                report.sent_at_once += 1
            else:
                report.queued += 1
            break
        else:
            report.problems.append(f"intent on {intent.line_id}: the figures kept changing")


def _killed_and_restarted(desk: RunDesk, intents: list[Intent], rng: random.Random,
                          folder: Path, cache_file: Path, zygote: Zygote,
                          report: RefundReport) -> RunDesk:
    """The intents are queued by a driver process (a desk without a window) that is killed
    with SIGKILL while its first refund is on its way (OR28 answers late); the desk then
    starts again on the same outbox and finishes."""
    desk.close()  # the run's desk is the driver now
    plan = folder / "plan.json"
    plan.write_text(json.dumps([
        {"action_id": f"refund-{index}",
         "payload": codec.encode(Refund(MARKET, intent.order_id, rules.to_requests(
             (LineRefund(intent.line_id, intent.amount, Money.zero("EUR")),),
             intent.reason)))[0]}
        for index, intent in enumerate(intents)]))
    driver = zygote.spawn(["--data", str(folder), "--keys", str(desk.live.data_dir /
                                                               "keys.json"),
                           "--plan", str(plan), "--read-timeout", "5",
                           "--settle", str(SETTLE_S), "--announce-sends"],
                          folder / "events.jsonl")
    ledger = desk.ledger or Or28Ledger(desk.live)
    if driver.wait_for("sending", 30) and ledger.wait_arrival(1):
        time.sleep(rng.uniform(0.0, LATE_MS / 1000 * 0.8))  # the answer has not come yet
    else:
        report.problems.append(f"the driver's refund did not arrive: {driver.errors()}")
    report.kills += int(driver.kill())
    report.queued += len(intents)
    report.integrity_checks += 1
    if not integrity(folder / "outbox.sqlite3"):
        report.integrity_failures += 1
        report.problems.append(f"{folder.name}: the outbox failed its integrity check")
    _faults_done(desk.live, report)
    if not ledger.settle_after_kill():
        report.problems.append(f"{folder.name}: the killed desk's refunds never finished")
    return open_desk(desk.live, folder, cache_file, 5.0, SETTLE_S, ledger)


def _count_run(desk: RunDesk, intents: list[Intent], folder: Path,
               report: RefundReport) -> None:
    engine = desk.live.engine
    orders = {i.order_id for i in intents}
    report.intents += len(intents)
    report.shared_orders += sum(1 for i in intents
                                if sum(1 for j in intents if j.order_id == i.order_id) > 1)
    for intent in intents:
        landed = _count(engine, intent.line_id, intent.amount) - intent.before
        if landed == 1:
            report.exactly_once += 1
        elif landed == 0:
            report.lost += 1
            report.problems.append(f"{folder.name}: lost {intent.amount} on {intent.line_id}")
        else:
            report.duplicated += 1
            report.problems.append(f"{folder.name}: {intent.amount} on {intent.line_id} "
                                   f"landed {landed} times")
    with desk.outbox.outbox.read() as session:
        repo = OutboxRepository(session)
        entries = repo.page(OutboxFilter(), OutboxSort(), 0, 100)
        report.unreported += len(repo.unreported())
    refunds = [e for e in entries if e.kind == "refund"]
    if len(refunds) != len(intents):
        report.problems.append(f"{folder.name}: {len(refunds)} refunds in the outbox for "
                               f"{len(intents)} intents")
    report.not_sent += sum(1 for e in refunds if e.state != OutboxState.SENT)
    report.reconciled += sum(1 for e in refunds if e.response.get("reconciled"))
    for order_id in sorted(orders):
        report.orders_compared += 1
        cached, served = _cached_refunds(desk, order_id), _served_refunds(engine, order_id)
        if cached != served:
            report.cache_differences.append(
                f"{folder.name} order {order_id}: cache {sorted(cached)} server "
                f"{sorted(served)}")


def _cached_refunds(desk: RunDesk, order_id: str) -> set[tuple[str, str, int, int, str]]:
    with desk.refunds.cache.read() as session:
        order = CacheRepository(session).order(MARKET, order_id)
    assert order is not None
    return {(line.order_line_id, r.refund_id, r.amount.minor_units,
             r.shipping_amount.minor_units, r.state)
            for line in order.lines for r in line.refunds}


def _served_refunds(engine: Engine, order_id: str) -> set[tuple[str, str, int, int, str]]:
    with engine.connect() as connection:
        rows = connection.execute(select(
            db.refunds.c.order_line_id, db.refunds.c.refund_id, db.refunds.c.amount_minor,
            db.refunds.c.shipping_minor, db.refunds.c.state).where(
            db.refunds.c.order_id == order_id)).all()
    return {tuple(row) for row in rows}  # type: ignore[misc]


# -- the campaign -------------------------------------------------------------------------------
def refund_campaign(dataset: Path, cache_file: Path, workdir: Path, runs: int, *,
                    seed: int = 1) -> RefundReport:
    """``runs`` runs, the fault kinds in turn; ``dataset``: a folder with the sandbox's
    database, ``cache_file``: a desk cache synced (market DE) from it."""
    rng = random.Random(seed)
    report = RefundReport()
    started = time.perf_counter()
    zygote = Zygote()
    try:
        for index in range(runs):
            kind = FAULT_KINDS[index % len(FAULT_KINDS)]
            report.runs += 1
            report.runs_by_fault[kind] = report.runs_by_fault.get(kind, 0) + 1
            try:
                one_run(kind, random.Random(rng.random()), dataset, cache_file,
                        workdir / f"run-{index:03d}-{kind}", zygote, report)
            except Exception as exc:  # counted, and the campaign goes on
                report.problems.append(f"run {index} ({kind}) failed: {exc!r}")
    finally:
        zygote.close()
    report.elapsed_s = time.perf_counter() - started
    return report


@contextmanager
def synced_cache(dataset: Path, folder: Path) -> Iterator[Path]:
    """A desk cache of market DE synced from ``dataset`` (for the standalone runner; pytest
    reuses the session's)."""
    folder.mkdir(parents=True, exist_ok=True)
    served = folder / "sandbox"
    served.mkdir(exist_ok=True)
    shutil.copy(dataset / DATABASE_FILE, served / DATABASE_FILE)
    engine = db.make_engine(db.sqlite_url(served / DATABASE_FILE))
    server = SandboxServer(engine, served, port=0)
    server.start()
    try:
        cache = open_cache(folder / "cache.sqlite3")
        connections = connect_sandbox(served / "keys.json", Role.AGENT)
        SyncEngine(cache, {MARKET: connections.connectors[MARKET]}).sync_all()
        connections.close()
        cache.dispose()
    finally:
        server.stop()
        engine.dispose()
    yield folder / "cache.sqlite3"


def format_refund_report(report: RefundReport) -> str:
    injected = ", ".join(f"{k} {n}" for k, n in sorted(report.faults.items()))
    per_fault = ", ".join(f"{k} {n}" for k, n in report.runs_by_fault.items())
    differences = ("yes" if not report.cache_differences else
                   "; ".join(report.cache_differences[:3]))
    return "\n".join([
        "| Refunds exactly once (a fresh sandbox copy per run) | |",
        "|---|---|",
        f"| runs | {report.runs} ({per_fault}) |",
        f"| refund intents | {report.intents} (1–5 a run; {report.shared_orders} on an order "
        "with another intent of the run) |",
        f"| landed on the server exactly once | {report.exactly_once} |",
        f"| lost | {report.lost} |",
        f"| duplicated | {report.duplicated} |",
        f"| outbox state other than sent | {report.not_sent} |",
        f"| sent while the agent waited / finished later by the outbox | "
        f"{report.sent_at_once} / {report.queued} |",
        f"| confirmed again on fresh figures (an earlier refund landed meanwhile) | "
        f"{report.confirmed_again} |",
        f"| answer lost, found by reading back (not sent again) | {report.reconciled} |",
        f"| desk killed (SIGKILL) between a send and its answer | {report.kills} |",
        f"| outbox integrity checks after a kill | "
        f"{report.integrity_checks - report.integrity_failures} ok of "
        f"{report.integrity_checks} |",
        f"| cache agrees with the server (refunds of every order touched) | {differences} "
        f"({report.orders_compared} orders) |",
        f"| outcomes the refunds service was not told | {report.unreported} |",
        f"| faults injected | {injected} |",
        f"| time | {report.elapsed_s:.0f} s |",
    ])


__all__ = ["FAULT_KINDS", "RefundReport", "format_refund_report", "refund_campaign",
           "synced_cache"]
