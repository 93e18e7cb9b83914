"""Shared by the refund dialog and approvals page tests: desks (a cache synced from the
sandbox for one market, a refund service, a team store actor) and orders to refund."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from operator_desk.domain.models import Role
from operator_desk.domain.team import Actor
from operator_desk.sandbox import db as sandbox_db
from operator_desk.services.connections import Connections, connect_sandbox
from operator_desk.services.permissions import Permissions
from operator_desk.services.refunds import RefundService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store
from operator_desk.sync.engine import SyncEngine
from tests.conftest import RunningSandbox

MARKET = "DE"


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


def open_refund_desk(folder: Path, sandbox: RunningSandbox, team_url: str, name: str,
                     role: Role, *, sync: bool = True) -> RefundDesk:
    folder.mkdir(parents=True, exist_ok=True)
    cache = open_cache(folder / "cache.sqlite3")
    connections = connect_sandbox(sandbox.data_dir / "keys.json", role)
    if sync:
        SyncEngine(cache, {MARKET: connections.connectors[MARKET]}).sync_all()
    service = RefundService(cache, connections, Permissions(connections))
    team = TeamService(open_team_store(team_url), Actor(name, role))
    service.team = team
    return RefundDesk(cache, connections, service, team)


def find_order(sandbox: RunningSandbox, *, order_states: tuple[str, ...] = ("SHIPPED",),
               line_states: tuple[str, ...] = ("SHIPPED", "RECEIVED"), min_lines: int = 1,
               above: int | None = None, with_shipping: bool = False) -> str:
    """A DE order in one of ``order_states`` without refunds, whose lines are all in
    ``line_states``; with at least ``min_lines`` lines; first line's price above ``above``."""
    orders, lines, refunds = sandbox_db.orders, sandbox_db.order_lines, sandbox_db.refunds
    with sandbox.engine.connect() as connection:
        refunded = set(connection.execute(select(refunds.c.order_id)).scalars())
        rows = connection.execute(
            select(orders.c.order_id, lines.c.state, lines.c.unit_price_minor,
                   lines.c.quantity, lines.c.shipping_minor, lines.c.line_index)
            .join(lines, lines.c.order_id == orders.c.order_id)
            .where(orders.c.market == MARKET, orders.c.state.in_(order_states))
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
        if with_shipping and shipping == 0:
            continue
        return str(order_id)
    raise AssertionError("the dataset has no such order")
