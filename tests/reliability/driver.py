"""The process the reliability suite kills: a desk without a window.

``python -m tests.reliability.driver --data DIR --keys KEYS --plan PLAN [--sync DE,NL]``

It opens ``DIR/outbox.sqlite3`` and queues the plan's actions (idempotent: each has its id),
syncs ``DIR/cache.sqlite3`` from the markets named by ``--sync`` on a thread of its own, and
replays the outbox until nothing is left to send, as the desk's sender thread does. It prints
``{"event": "ready"}`` once the plan is queued and ``{"event": "done", ...}`` at the end; the
suite sends SIGKILL at random moments in between and starts it again. With
``--announce-sends`` it prints ``{"event": "sending", "call": ...}`` just before each write
goes to the marketplace, so the suite can kill it between a send and its answer. ``--zygote`` starts
a fork server instead (see ``zygote``), so a driver starts in milliseconds, not after a second
of imports: the suite kills hundreds of them.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.connectors.retry import RetryPolicy
from operator_desk.domain.outbox import OutboxFilter, OutboxState
from operator_desk.store import outbox_codec as codec
from operator_desk.store.cache import open_cache
from operator_desk.store.locks import CacheLock
from operator_desk.store.outbox import OutboxRepository, open_outbox
from operator_desk.sync.engine import SyncEngine
from operator_desk.sync.push import Backoff, PushEngine


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


class Announcing:
    """A connector that says when a write leaves; everything else is the connector's."""

    WRITES = frozenset({"close_incident", "dispute_incident", "open_incident", "reply",
                        "create_order_thread", "create_seller_thread", "refund",
                        "suspend_shops", "change_shop_states", "close_shops"})

    def __init__(self, inner: MiraklConnector) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if name not in self.WRITES:
            return value

        def announced(*args: Any, **kwargs: Any) -> Any:
            emit("sending", call=name)
            return value(*args, **kwargs)

        return announced


def connectors(keys_file: Path, markets: list[str], read_timeout: float,
               attempts: int) -> dict[str, MiraklConnector]:
    keys = json.loads(keys_file.read_text())["markets"]
    retry = RetryPolicy(attempts=attempts, base_delay=0.002, max_delay=0.02, jitter=0.0)
    return {m: MiraklConnector(ConnectionSettings(m, keys[m]["base_url"], connect_timeout=2.0,
                                                  read_timeout=read_timeout, retry=retry),
                               keys[m]["keys"]["agent"]) for m in markets}


def run_sync(data: Path, keys: Path, markets: list[str], read_timeout: float,
             finished: threading.Event) -> None:
    cache_path = data / "cache.sqlite3"
    lock = CacheLock(cache_path)
    lock.acquire(30)
    try:
        cache = open_cache(cache_path)
        engine = SyncEngine(cache, connectors(keys, markets, read_timeout, 8))
        while True:  # a market stopped by the faults resumes from its checkpoint
            results = engine.sync_all()
            if all(r.ok for r in results):
                break
        emit("synced", markets=markets)
    finally:
        lock.release()
        finished.set()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--keys", type=Path, required=True)
    parser.add_argument("--plan", type=Path, required=True)
    parser.add_argument("--sync", default="", help="markets to sync while replaying")
    parser.add_argument("--read-timeout", type=float, default=0.25)
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--announce-sends", action="store_true")
    args = parser.parse_args(argv)

    plan = json.loads(args.plan.read_text())
    outbox = open_outbox(args.data / "outbox.sqlite3")
    with outbox.write() as session:  # all or nothing: a kill here leaves the plan unqueued
        repo = OutboxRepository(session)
        for item in plan:
            repo.add(codec.decode(item["payload"]), _now(), action_id=item["action_id"])
    emit("ready")

    synced = threading.Event()
    sync_markets = [m for m in args.sync.split(",") if m]
    if sync_markets:
        threading.Thread(target=run_sync, args=(args.data, args.keys, sync_markets,
                                                args.read_timeout, synced),
                         daemon=True).start()
    else:
        synced.set()

    markets = sorted({item["payload"]["market"] for item in plan})
    clients: dict[str, Any] = dict(connectors(args.keys, markets, args.read_timeout, 4))
    if args.announce_sends:
        clients = {market: Announcing(client) for market, client in clients.items()}
    engine = PushEngine(outbox, clients.get,
                        backoff=Backoff(base=0.005, cap=0.1, floor=0.0, jitter=0.2,
                                        settle=args.settle))
    sent = 0
    waiting = (OutboxState.PENDING, OutboxState.SENDING)
    while True:
        for market in markets:
            sent += sum(1 for r in engine.push_market(market) if r.outcome == "sent")
        with outbox.read() as session:
            left = OutboxRepository(session).count(OutboxFilter(states=waiting))
        if left == 0:
            break
        due = engine.next_due(markets)
        pause = 0.2 if due is None else (due - _now()).total_seconds()
        time.sleep(min(0.2, max(0.005, pause)))
    synced.wait()
    with outbox.read() as session:
        counts = {state.value: n for state, n in OutboxRepository(session).state_counts().items()}
    emit("done", sent_now=sent, states=counts)
    return 0


def _now() -> datetime:
    return datetime.now(UTC)


def zygote() -> int:
    """Start drivers fast: this process imports everything once, then forks one child per
    line of JSON on stdin (``{"argv": [...], "events": FILE}``), whose events go to FILE and
    whose stderr to FILE.err; it answers each line with the child's pid. Children are reaped
    by the kernel, so a pid that no longer exists is a driver that ended (or was killed).
    Nothing is opened here before a fork: every child opens its own files and sockets."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            code = 1
            try:
                sys.stdout = open(request["events"], "w", buffering=1)  # noqa: SIM115
                sys.stderr = open(request["events"] + ".err", "w", buffering=1)  # noqa: SIM115
                code = main(request["argv"])
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(pid, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(zygote() if sys.argv[1:] == ["--zygote"] else main())
