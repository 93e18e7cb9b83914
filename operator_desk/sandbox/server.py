"""Running the sandbox: open or generate a dataset in a folder, serve it with waitress.

Used two ways: ``operator-desk sandbox serve`` (a process of its own) and the desk's embedded
mode (``EmbeddedSandbox``: the same server in a background thread of the app's process). The
client never calls into this module's objects; it reads ``keys.json`` and speaks HTTP.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, select

from . import db
from .api import SandboxApi
from .clock import Clock
from .faults import FaultInjector
from .generator import GenerationSpec, generate
from .simulator import Simulator

log = logging.getLogger(__name__)

DATABASE_FILE = "sandbox.sqlite3"
KEYS_FILE = "keys.json"


@dataclass(frozen=True)
class ServerInfo:
    host: str
    port: int
    keys_path: Path

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"


def open_dataset(data_dir: Path, *, seed: int = 7, url: str | None = None,
                 spec: GenerationSpec | None = None,
                 progress: Callable[[str, int, int], None] | None = None) -> Engine:
    """The dataset in ``data_dir`` (or at ``url``), generated first if there is none."""
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(url or db.sqlite_url(data_dir / DATABASE_FILE))
    version = dataset_version(engine)
    if version is not None and version != db.SCHEMA_VERSION:
        # Demo data of an older sandbox: set it aside (SQLite) or replace it, then regenerate.
        log.warning("the sandbox dataset has schema version %s, this sandbox needs %s; "
                    "generating a new one", version, db.SCHEMA_VERSION)
        engine.dispose()
        if url is None:
            old = data_dir / DATABASE_FILE
            os.replace(old, old.with_name(f"{DATABASE_FILE}.v{version}.old"))
            for suffix in ("-wal", "-shm"):
                old.with_name(DATABASE_FILE + suffix).unlink(missing_ok=True)
            engine = db.make_engine(db.sqlite_url(old))
        else:
            db.drop_schema(engine)
        version = None
    if version is None:
        log.info("generating the sandbox dataset in %s (seed %s)", data_dir, seed)
        generate(engine, spec or GenerationSpec(seed=seed), progress)
    return engine


def dataset_version(engine: Engine) -> int | None:
    """The schema version of the dataset in the store, None when there is none."""
    if not inspect(engine).has_table(db.meta.name):
        return None
    with engine.connect() as connection:
        version = connection.execute(
            select(db.meta.c.value).where(db.meta.c.key == "schema_version")).scalar()
    return int(version) if version is not None else None


def write_keys(engine: Engine, data_dir: Path, root_url: str) -> Path:
    """Write DIR/keys.json atomically: readers see the old file or the whole new one."""
    markets: dict[str, Any] = {}
    with engine.connect() as connection:
        for row in connection.execute(select(db.markets).order_by(db.markets.c.code)).mappings():
            markets[row["code"]] = {
                "base_url": f"{root_url}/{row['code'].lower()}",
                "name": row["name"],
                "currency": row["currency"],
                "timezone": row["timezone"],
                "response_rule": row["response_rule"],
                "language": row["language"],
                "keys": {},
                "seller_keys": {},
            }
        for key in connection.execute(select(db.api_keys).order_by(
                db.api_keys.c.market, db.api_keys.c.user_name)).mappings():
            market = markets.get(key["market"])
            if market is None:
                continue
            if key["role"] == "seller":
                market["seller_keys"][key["shop_id"]] = key["key"]
                continue
            # "keys" keeps one key per role (the first user of each role); "users" has all.
            market["keys"].setdefault(key["role"], key["key"])
            market.setdefault("users", []).append({
                "user": key["user_name"], "display_name": key["display_name"],
                "role": key["role"], "key": key["key"]})
    path = data_dir / KEYS_FILE
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps({"markets": markets}, indent=2), "utf-8")
    os.replace(temporary, path)
    return path


class SandboxServer:
    """A waitress server for one dataset, started and stopped on demand.

    ``faults`` is a fault SPEC (``sandbox.faults``); ``test_controls`` enables the
    ``/api/x-desk/test/...`` endpoints; ``simulate`` runs the simulator in the background;
    ``speed`` makes sandbox time run that many times faster than real time (ignored when a
    ``clock`` is given)."""

    def __init__(self, engine: Engine, data_dir: Path, *, host: str = "127.0.0.1",
                 port: int = 0, threads: int = 8, clock: Clock | None = None,
                 faults: str | None = None, test_controls: bool = False,
                 simulate: bool = False, speed: float = 1.0) -> None:
        from waitress.server import create_server

        self.engine = engine
        self.data_dir = data_dir
        self.api = SandboxApi(engine, clock or Clock(rate=speed), test_controls=test_controls)
        context = self.api.context
        self.simulator = Simulator(engine, context.clock, context.write)
        context.simulator = self.simulator
        self.faults = FaultInjector(self.api, faults, self.api.operation_of)
        context.faults = self.faults
        self._simulate = simulate
        self._server: Any = create_server(self.faults, host=host, port=port, threads=threads,
                                          ident="operator-desk-sandbox",
                                          clear_untrusted_proxy_headers=True)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.info = ServerInfo(host, int(self._server.effective_port), data_dir / KEYS_FILE)
        write_keys(engine, data_dir, self.info.root_url)

    @property
    def clock(self) -> Clock:
        return self.api.clock

    def serve_forever(self) -> None:
        if self._simulate:
            self.simulator.start()
        try:
            self._loop()
        finally:
            self.simulator.stop()

    def start(self) -> ServerInfo:
        if self._simulate:
            self.simulator.start()
        self._thread = threading.Thread(target=self._loop, name="sandbox-http", daemon=True)
        self._thread.start()
        return self.info

    def _loop(self) -> None:
        """waitress's loop in short slices, so stop() can end it without touching its sockets
        from another thread (closing them under a running select() hands it dead file
        descriptors); everything is closed here, in the loop's own thread."""
        from waitress import wasyncore

        server = self._server
        try:
            while not self._stopping.is_set() and server._map:
                server.asyncore.loop(timeout=0.1, map=server._map,
                                     use_poll=server.adj.asyncore_use_poll, count=1)
        finally:
            wasyncore.close_all(server._map, ignore_all=True)
            server.task_dispatcher.shutdown()

    def stop(self) -> None:
        self.simulator.stop()
        self._stopping.set()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=5)
        else:
            from waitress import wasyncore

            wasyncore.close_all(self._server._map, ignore_all=True)
            self._server.task_dispatcher.shutdown()
        self._thread = None
        self.engine.dispose()


class EmbeddedSandbox:
    """The sandbox inside the desk's own process, as the desk's default marketplace."""

    def __init__(self, data_dir: Path, seed: int = 7, *, faults: str | None = None,
                 test_controls: bool = False, simulate: bool = False,
                 speed: float = 1.0) -> None:
        self.data_dir = data_dir
        self.seed = seed
        self.options: dict[str, Any] = {"faults": faults, "test_controls": test_controls,
                                        "simulate": simulate, "speed": speed}
        self.server: SandboxServer | None = None

    def start(self, progress: Callable[[str, int, int], None] | None = None) -> ServerInfo:
        engine = open_dataset(self.data_dir, seed=self.seed, progress=progress)
        self.server = SandboxServer(engine, self.data_dir, **self.options)
        return self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
