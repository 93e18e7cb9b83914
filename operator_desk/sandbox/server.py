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
from .api import Clock, SandboxApi
from .generator import GenerationSpec, generate

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
    if not _has_dataset(engine):
        log.info("generating the sandbox dataset in %s (seed %s)", data_dir, seed)
        generate(engine, spec or GenerationSpec(seed=seed), progress)
    return engine


def _has_dataset(engine: Engine) -> bool:
    if not inspect(engine).has_table(db.meta.name):
        return False
    with engine.connect() as connection:
        version = connection.execute(
            select(db.meta.c.value).where(db.meta.c.key == "schema_version")).scalar()
    return version is not None


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
        for key in connection.execute(select(db.api_keys).order_by(db.api_keys.c.key)).mappings():
            market = markets.get(key["market"])
            if market is None:
                continue
            if key["role"] == "seller":
                market["seller_keys"][key["shop_id"]] = key["key"]
            else:
                market["keys"][key["role"]] = key["key"]
    path = data_dir / KEYS_FILE
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps({"markets": markets}, indent=2), "utf-8")
    os.replace(temporary, path)
    return path


class SandboxServer:
    """A waitress server for one dataset, started and stopped on demand."""

    def __init__(self, engine: Engine, data_dir: Path, *, host: str = "127.0.0.1",
                 port: int = 0, threads: int = 8, clock: Clock | None = None) -> None:
        from waitress.server import create_server

        self.engine = engine
        self.data_dir = data_dir
        self.api = SandboxApi(engine, clock)
        self._server: Any = create_server(self.api, host=host, port=port, threads=threads,
                                          ident="operator-desk-sandbox",
                                          clear_untrusted_proxy_headers=True)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.info = ServerInfo(host, int(self._server.effective_port), data_dir / KEYS_FILE)
        write_keys(engine, data_dir, self.info.root_url)

    def serve_forever(self) -> None:
        self._loop()

    def start(self) -> ServerInfo:
        self._thread = threading.Thread(target=self._loop, name="sandbox-http", daemon=True)
        self._thread.start()
        return self.info

    def _loop(self) -> None:
        """waitress's own loop, in slices, so stop() can end it from its own thread: closing
        sockets under a running select() from another thread fails with EBADF."""
        server = self._server
        try:
            while not self._stopping.is_set() and server._map:
                server.asyncore.loop(timeout=0.2, map=server._map,
                                     use_poll=server.adj.asyncore_use_poll, count=1)
        finally:
            for channel in list(server._map.values()):
                try:
                    channel.close()
                except OSError:
                    pass
            server.task_dispatcher.shutdown()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        else:  # never started: nothing runs the loop, close here
            self._server.close()
        self.engine.dispose()


class EmbeddedSandbox:
    """The sandbox inside the desk's own process, as the desk's default marketplace."""

    def __init__(self, data_dir: Path, seed: int = 7) -> None:
        self.data_dir = data_dir
        self.seed = seed
        self.server: SandboxServer | None = None

    def start(self, progress: Callable[[str, int, int], None] | None = None) -> ServerInfo:
        engine = open_dataset(self.data_dir, seed=self.seed, progress=progress)
        self.server = SandboxServer(engine, self.data_dir)
        return self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
