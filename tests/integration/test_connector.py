"""The Mirakl connector against real HTTP servers: the sandbox, and a deliberately bad one."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from operator_desk.connectors.base import (
    AuthenticationRefused,
    MalformedResponse,
    MarketplaceUnreachable,
    NotFound,
    RequestRefused,
)
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector, check_base_url
from tests.conftest import RunningSandbox
from tests.wsgi_server import serving


def _connector(sandbox: RunningSandbox, market: str, role: str = "agent", *,
               auth: str = "raw", page_size: int = 25) -> MiraklConnector:
    settings = ConnectionSettings(market=market, base_url=sandbox.base_url(market),
                                  auth_scheme=auth, page_size=page_size)
    return MiraklConnector(settings, sandbox.key(market, role))


def test_reads_every_page_of_every_list(sandbox: RunningSandbox) -> None:
    connector = _connector(sandbox, "DE", auth="bearer")
    orders = [o for page in connector.orders() for o in page.items]
    assert len(orders) == len({o.order_id for o in orders}) > 25
    incidents = [i for page in connector.incidents() for i in page.items]
    assert {i.status for i in incidents} >= {"RESOLVED", "CLOSED"}
    threads = [t for page in connector.threads() for t in page.items]
    assert all(len(t.messages) == t.message_count for t in threads)
    shops = [s for page in connector.shops() for s in page.items]
    assert shops and all(s.market == "DE" for s in shops)
    reasons = connector.reasons("de").items
    assert any(r.label == "Artikel nicht erhalten" for r in reasons)
    identity = connector.whoami()
    assert identity is not None and identity.role == "agent"


def test_orders_by_id_are_fetched_in_chunks_of_100(sandbox: RunningSandbox) -> None:
    connector = _connector(sandbox, "DE")
    ids = [o.order_id for page in connector.orders() for o in page.items]
    fetched = [o.order_id for page in connector.orders(order_ids=[*ids, "missing"])
               for o in page.items]
    assert sorted(fetched) == sorted(ids)


def test_typed_errors(sandbox: RunningSandbox) -> None:
    settings = ConnectionSettings(market="DE", base_url=sandbox.base_url("DE"))
    with pytest.raises(AuthenticationRefused) as refused:
        list(MiraklConnector(settings, "wrong-key").shops())
    assert "key" in refused.value.detail
    connector = _connector(sandbox, "DE")
    with pytest.raises(NotFound) as missing:
        connector.close_incident("DE-nothing", "DE-nothing-1", "21")
    assert missing.value.status == 404 and "not found" in missing.value.detail
    incident = next(i for page in connector.incidents(statuses=["CLOSED"]) for i in page.items)
    with pytest.raises(RequestRefused) as refused_close:
        connector.close_incident(incident.order_id, incident.order_line_id, "21")
    assert refused_close.value.status == 400


def test_unreachable_marketplace_is_reported_as_such() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nobody listens there
    settings = ConnectionSettings(market="NL", base_url=f"http://127.0.0.1:{port}/nl",
                                  connect_timeout=0.5, read_timeout=0.5)
    with pytest.raises(MarketplaceUnreachable):
        list(MiraklConnector(settings, "k").shops())


def test_plain_http_only_to_loopback() -> None:
    assert check_base_url("https://mediamarkt-de.mirakl.net/") == "https://mediamarkt-de.mirakl.net"
    assert check_base_url("http://127.0.0.1:8650/de") == "http://127.0.0.1:8650/de"
    for refused in ("http://mediamarkt-de.mirakl.net", "ftp://x", "http://10.0.0.5/de"):
        with pytest.raises(ValueError, match="HTTPS"):
            check_base_url(refused)


# -- a marketplace that sends broken records ---------------------------------------------------
GOOD = {"incident_id": "ok-1", "order_id": "o1", "order_line_id": "o1-1", "status": "NEW",
        "opening_information": {"date": "2026-11-01T10:00:00Z", "user_type": "CUSTOMER"},
        "last_action": {"date": "2026-11-01T10:00:00Z", "user_type": "CUSTOMER"}}
BROKEN = {"incident_id": "bad-1", "order_id": None, "status": "NEW"}


def _hostile_app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    path = environ["PATH_INFO"]
    if path.endswith("/api/incidents"):
        body = orjson.dumps({"data": [GOOD, BROKEN, "not even an object"]})
    elif path.endswith("/api/shops"):
        body = b'{"shops": [ {"shop_id": 1'  # truncated JSON
    else:
        start_response("404 Not Found", [("Content-Type", "application/json")])
        return [b'{"status": 404, "message": "no"}']
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]


@pytest.fixture
def hostile() -> Iterator[str]:
    with serving(_hostile_app) as port:
        yield f"http://127.0.0.1:{port}/de"


def test_malformed_records_are_skipped_and_reported(hostile: str) -> None:
    connector = MiraklConnector(ConnectionSettings(market="DE", base_url=hostile), "k")
    (page,) = list(connector.incidents())
    assert [i.incident_id for i in page.items] == ["ok-1"]
    assert {p.record_id for p in page.problems} == {"bad-1", None}
    assert all(p.reason for p in page.problems)
    with pytest.raises(MalformedResponse):
        list(connector.shops())
    assert connector.whoami() is None  # a marketplace without our extension
