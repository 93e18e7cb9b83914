"""Shared by the refund tests (integration and UI): desks (a cache synced from the sandbox,
a refund service, a team store actor) and orders to refund.

The cache is synced once per session (markets DE and CH) from a sandbox serving the
session's pristine dataset, and each desk starts from a copy of it: the same as a desk that
synced earlier, without a full sync per desk. Every test still talks to its own sandbox."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.sandbox import db as sandbox_db
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.permissions import Permissions
from operator_desk.services.refunds import RefundService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from operator_desk.sync.engine import SyncEngine

MARKET = "DE"
SYNCED_MARKETS = ("DE", "CH")
CACHE_FILE = "cache.sqlite3"


@dataclass
class RefundDesk:
    cache: Database
    connections: Connections
    refunds: RefundService
    team: TeamService

    def close(self) -> None:
        self.team.close()
        self.connections.close()
        self.cache.dispose()


_SYNCED: dict[Path, Path] = {}


def synced_cache_file(pristine_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache file synced (DE and CH) from the session's pristine dataset; made once per
    session (each test module's ``synced_cache`` fixture asks for it)."""
    if pristine_dataset in _SYNCED:
        return _SYNCED[pristine_dataset]
    folder = tmp_path_factory.mktemp("refund-cache")
    data = folder / "sandbox"
    data.mkdir()
    shutil.copy(pristine_dataset / DATABASE_FILE, data / DATABASE_FILE)
    engine = sandbox_db.make_engine(sandbox_db.sqlite_url(data / DATABASE_FILE))
    server = SandboxServer(engine, data, port=0)
    server.start()
    try:
        cache = open_cache(folder / CACHE_FILE)
        connections = connect_sandbox(data / "keys.json", Role.AGENT)
        SyncEngine(cache, {m: connections.connectors[m] for m in SYNCED_MARKETS}).sync_all()
        connections.close()
        cache.dispose()
    finally:
        server.stop()
    _SYNCED[pristine_dataset] = folder / CACHE_FILE
    return folder / CACHE_FILE


def open_refund_desk(folder: Path, keys: Path, synced: Path, team_url: str, name: str,
                     role: Role) -> RefundDesk:
    """A desk of ``name`` in ``role``: its own copy of the synced cache, connections to the
    sandbox whose ``keys.json`` is ``keys``, and the team store at ``team_url``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(synced, folder / CACHE_FILE)
    cache = open_cache(folder / CACHE_FILE)
    connections = connect_sandbox(keys, role)
    service = RefundService(cache, connections, Permissions(connections))
    team = TeamService(open_team_store(team_url), Actor(name, role))
    service.team = team
    return RefundDesk(cache, connections, service, team)


def find_order(engine: Engine, *, order_states: tuple[str, ...] = ("SHIPPED",),
               line_states: tuple[str, ...] = ("SHIPPED", "RECEIVED"), min_lines: int = 1,
               above: int | None = None, below: int | None = None,
               with_shipping: bool = False, market: str = MARKET) -> str:
    """An order of ``market`` in one of ``order_states`` without refunds, whose lines are all
    in ``line_states``; with at least ``min_lines`` lines; the first line's product price
    above ``above`` and below ``below`` (whole units); with shipping costs if asked."""
    orders, lines, refunds = sandbox_db.orders, sandbox_db.order_lines, sandbox_db.refunds
    with engine.connect() as connection:
        refunded = set(connection.execute(select(refunds.c.order_id)).scalars())
        rows = connection.execute(
            select(orders.c.order_id, lines.c.state, lines.c.unit_price_minor,
                   lines.c.quantity, lines.c.shipping_minor, lines.c.line_index)
            .join(lines, lines.c.order_id == orders.c.order_id)
            .where(orders.c.market == market, orders.c.state.in_(order_states))
            .order_by(orders.c.order_id, lines.c.line_index)).all()
    by_order: dict[str, list[tuple[str, int, int, int, int]]] = {}
    for order_id, state, unit, quantity, shipping, _index in rows:
        by_order.setdefault(order_id, []).append((state, unit, quantity, shipping, _index))
    for order_id, order_lines in by_order.items():
        if order_id in refunded or len(order_lines) < min_lines:
            continue
        if any(state not in line_states for state, *_ in order_lines):
            continue
        _state, unit, quantity, shipping, _index = order_lines[0]
        if above is not None and unit * quantity <= above * 100:
            continue
        if below is not None and unit * quantity >= below * 100:
            continue
        if with_shipping and shipping == 0:
            continue
        return str(order_id)
    raise AssertionError("the dataset has no such order")
