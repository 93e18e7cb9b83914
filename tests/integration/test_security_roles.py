"""Roles, tested both ways: the desk refuses what a role may not do, and so does the platform.

Desk side: the role comes from the platform's who-am-I where it can tell; a key the platform
says is not an operator's may do nothing, and the service refuses a close before any request
leaves the desk. Platform side: the sandbox answers 403 to a seller key on operator endpoints
and to operator keys on seller endpoints. When the sandbox adds supervisor-only endpoints
(shop state changes, sanctions), list them in ``SUPERVISOR_ONLY`` below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests

from operator_desk.connectors.base import PermissionDenied
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.models import Role
from operator_desk.domain.permissions import Action, PermissionDeniedError
from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.services.connections import Connections, read_sandbox_keys
from operator_desk.services.incidents import ActionError, IncidentService
from operator_desk.services.permissions import Permissions, platform_role
from operator_desk.services.sync import SyncService
from operator_desk.store.cache import open_cache
from tests.conftest import RunningSandbox

# (method, path template, JSON body) of endpoints only a supervisor key may call; the sandbox
# engineer's shop-state and sanction endpoints go here when they exist.
SUPERVISOR_ONLY: list[tuple[str, str, dict[str, Any]]] = [
    ("PUT", "/api/shops", {"shops": [{"shop_id": 2000, "suspend": False}]}),  # S07
    ("PUT", "/api/shops/states",  # S09 (the sandbox's path; Mirakl publishes none)
     {"shop_state_change_actions": [{"id": 2000, "state_change_action": "UNSUSPEND"}]}),
]


def _connector(sandbox: RunningSandbox, market: str, key: str) -> MiraklConnector:
    return MiraklConnector(ConnectionSettings(market=market, base_url=sandbox.base_url(market)),
                           key)


def _seller_key(sandbox: RunningSandbox, market: str) -> str:
    return str(next(iter(sandbox.keys[market]["seller_keys"].values())))


def _desk(sandbox: RunningSandbox, tmp_path: Path, role: Role) -> tuple[Any, Connections]:
    """A cache synced from the sandbox's DE market with an agent key, as the desk does it."""
    cache = open_cache(tmp_path / "cache.sqlite3")
    connections = Connections()
    for profile, key in read_sandbox_keys(sandbox.data_dir / "keys.json", role):
        if profile.market.code == "DE":
            connections.add(profile, _connector(sandbox, "DE", key))
    sync = SyncService(cache, connections)
    sync.register_markets()
    sync.sync()
    return cache, connections


def _resolved_incident(service: IncidentService) -> Any:
    rows = service.queue_page(QueueFilter(view=QueueView.MARKED_SOLVED, markets=("DE",)),
                              QueueSort(), 0, 1, "en").rows
    assert rows, "the sandbox has incidents to review"
    return rows[0]


def test_the_platform_role_wins_and_a_seller_key_may_do_nothing(
        sandbox: RunningSandbox) -> None:
    (profile, _key), *_ = [p for p in read_sandbox_keys(sandbox.data_dir / "keys.json",
                                                        Role.SUPERVISOR)
                           if p[0].market.code == "DE"]
    assert profile.role is Role.SUPERVISOR  # what the profile setting says
    agent = _connector(sandbox, "DE", sandbox.key("DE", "agent"))
    assert platform_role(agent, profile) is Role.AGENT  # what the platform says: it wins
    seller = _connector(sandbox, "DE", _seller_key(sandbox, "DE"))
    assert platform_role(seller, profile) is None
    connections = Connections()
    connections.add(profile, agent)
    permissions = Permissions(connections, {"DE": platform_role(agent, profile)})
    with pytest.raises(PermissionDeniedError, match="supervisor"):
        permissions.require("DE", Action.CHANGE_SHOP_STATE)
    with pytest.raises(PermissionDeniedError):
        permissions.require("DE", Action.APPROVE_REFUND)
    permissions.require("DE", Action.CLOSE_INCIDENT)


def test_the_desk_refuses_a_close_before_asking_the_platform(sandbox: RunningSandbox,
                                                             tmp_path: Path) -> None:
    cache, connections = _desk(sandbox, tmp_path, Role.AGENT)
    try:
        profile = connections.profiles["DE"]
        seller = _connector(sandbox, "DE", _seller_key(sandbox, "DE"))
        refusing = IncidentService(cache, connections,
                                   Permissions(connections, {"DE": platform_role(seller,
                                                                                 profile)}))
        row = _resolved_incident(refusing)
        with pytest.raises(ActionError) as refused:
            refusing.close("DE", row.incident_id, None)
        assert refused.value.kind == "forbidden"
        assert "operator" in refused.value.detail
        # Nothing happened on the platform: the incident is still waiting there.
        still = [i for page in connections.connectors["DE"].incidents(statuses=["RESOLVED"])
                 for i in page.items if i.incident_id == row.incident_id]
        assert len(still) == 1
        # The same desk with the agent's own role closes it.
        IncidentService(cache, connections).close("DE", row.incident_id, None)
        case = refusing.case("DE", row.incident_id, "en")
        assert case is not None and case.incident.status == "CLOSED"
    finally:
        connections.close()
        cache.dispose()


def _call(sandbox: RunningSandbox, market: str, method: str, path: str, key: str,
          body: dict[str, Any] | None = None) -> requests.Response:
    return requests.request(method, f"{sandbox.base_url(market)}{path}", json=body,
                            headers={"Authorization": key}, timeout=10)


# (A seller key may read its own shop's threads, so M11 is not in this list.)
OPERATOR_ENDPOINTS = [("GET", "/api/orders"), ("GET", "/api/incidents"), ("GET", "/api/shops"),
                      ("PUT", "/api/orders/X/lines/X-1/close_incident")]


def test_the_sandbox_refuses_operator_endpoints_to_a_seller_key(
        sandbox: RunningSandbox) -> None:
    for method, path in OPERATOR_ENDPOINTS:
        answer = _call(sandbox, "DE", method, path, _seller_key(sandbox, "DE"), {})
        assert answer.status_code == 403, path
        assert "the seller role may not" in answer.json()["message"]
    # The connector reports that refusal as a permission problem, not a broken key.
    seller = _connector(sandbox, "DE", _seller_key(sandbox, "DE"))
    with pytest.raises(PermissionDenied):
        list(seller.incidents())


def test_the_sandbox_refuses_seller_endpoints_to_every_operator_role(
        sandbox: RunningSandbox) -> None:
    for role in ("agent", "reviewer", "supervisor"):
        incident = _call(sandbox, "DE", "GET", "/api/incidents?status=IN_PROGRESS&limit=1",
                         sandbox.key("DE", role)).json()["data"][0]
        answer = _call(sandbox, "DE", "PUT",
                       f"/api/orders/{incident['order_id']}/lines/{incident['order_line_id']}"
                       "/resolve_incident", sandbox.key("DE", role), {"reason_code": "30"})
        assert answer.status_code == 403, role
        me = _connector(sandbox, "DE", sandbox.key("DE", role)).whoami()
        assert me is not None and me.role == role


@pytest.mark.parametrize("method,path,body", SUPERVISOR_ONLY)
def test_the_sandbox_keeps_supervisor_actions_to_supervisors(
        sandbox: RunningSandbox, method: str, path: str, body: dict[str, Any]) -> None:
    for role in ("agent", "reviewer"):
        assert _call(sandbox, "DE", method, path, sandbox.key("DE", role), body).status_code \
            == 403
    assert _call(sandbox, "DE", method, path, sandbox.key("DE", "supervisor"),
                 body).status_code < 400
