"""The sandbox speaks Mirakl over real HTTP: auth, both paginations, filters, incident writes."""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from operator_desk.sandbox import db
from tests.conftest import RunningSandbox


def _get(sandbox: RunningSandbox, market: str, path: str, key: str | None = None,
         **params: Any) -> requests.Response:
    headers = {"Authorization": key if key is not None else sandbox.key(market)}
    return requests.get(f"{sandbox.base_url(market)}{path}", params=params, headers=headers,
                        timeout=10)


def test_unknown_or_missing_key_is_401_with_a_json_body(sandbox: RunningSandbox) -> None:
    for key in ("", "nope", sandbox.key("ES")):  # an ES key is not valid on DE
        response = _get(sandbox, "DE", "/api/orders", key=key)
        assert response.status_code == 401
        assert response.json()["status"] == 401
        assert "key" in response.json()["message"]


def test_raw_and_bearer_keys_are_both_accepted(sandbox: RunningSandbox) -> None:
    key = sandbox.key("NL", "reviewer")
    assert _get(sandbox, "NL", "/api/x-desk/me", key=key).json()["role"] == "reviewer"
    assert _get(sandbox, "NL", "/api/x-desk/me", key=f"Bearer {key}").status_code == 200


def test_unknown_market_and_path_are_json_404(sandbox: RunningSandbox) -> None:
    response = requests.get(sandbox.base_url("DE").replace("/de", "/xx") + "/api/orders",
                            timeout=10)
    assert response.status_code == 404 and response.json()["status"] == 404
    assert _get(sandbox, "DE", "/api/nothing-here").json()["status"] == 404


def test_or11_offset_pages_follow_the_link_header(sandbox: RunningSandbox) -> None:
    first = _get(sandbox, "DE", "/api/orders", max=7, order="asc")
    total = first.json()["total_count"]
    seen = [o["order_id"] for o in first.json()["orders"]]
    url = first.links["next"]["url"]
    while url:
        page = requests.get(url, headers={"Authorization": sandbox.key("DE")}, timeout=10)
        seen += [o["order_id"] for o in page.json()["orders"]]
        url = page.links.get("next", {}).get("url")
    assert len(seen) == len(set(seen)) == total
    with sandbox.engine.connect() as connection:
        in_db = connection.execute(select(db.orders.c.order_id)
                                   .where(db.orders.c.market == "DE")).scalars().all()
    assert set(seen) == set(in_db)


def test_or11_filters(sandbox: RunningSandbox) -> None:
    with_incident = _get(sandbox, "ES", "/api/orders", has_incident="true", max=100).json()
    assert with_incident["total_count"] > 0
    for order in with_incident["orders"]:
        assert order["has_incident"] is True
        assert any(line["order_line_state"] == "INCIDENT_OPEN" for line in order["order_lines"])
    one = with_incident["orders"][0]
    by_id = _get(sandbox, "ES", "/api/orders", order_ids=one["order_id"]).json()
    assert [o["order_id"] for o in by_id["orders"]] == [one["order_id"]]
    too_many = _get(sandbox, "ES", "/api/orders", order_ids=",".join(str(i) for i in range(101)))
    assert too_many.status_code == 400
    bad_date = _get(sandbox, "ES", "/api/orders", start_update_date="yesterday")
    assert bad_date.status_code == 400


def test_incident_list_seek_pages_cover_everything_once(sandbox: RunningSandbox) -> None:
    ids: list[str] = []
    params: dict[str, Any] = {"limit": 9, "sort": "date_updated,ASC"}
    while True:
        page = _get(sandbox, "NL", "/api/incidents", **params).json()
        ids += [i["incident_id"] for i in page["data"]]
        if "next_page_token" not in page:
            break
        params = {"page_token": page["next_page_token"]}
    with sandbox.engine.connect() as connection:
        expected = connection.execute(select(db.incidents.c.incident_id)
                                      .where(db.incidents.c.market == "NL")).scalars().all()
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))


def test_threads_need_entity_type_with_entity_id(sandbox: RunningSandbox) -> None:
    assert _get(sandbox, "DE", "/api/inbox/threads", entity_id="x").status_code == 400
    page = _get(sandbox, "DE", "/api/inbox/threads", with_messages="true", limit=3).json()
    thread = page["data"][0]
    full = _get(sandbox, "DE", f"/api/inbox/threads/{thread['id']}").json()
    assert len(full["messages"]) == full["metadata"]["total_count"]
    assert _get(sandbox, "DE", "/api/inbox/threads/unknown").status_code == 404


def _incident(sandbox: RunningSandbox, market: str, status: str) -> dict[str, Any]:
    page = _get(sandbox, market, "/api/incidents", status=status, limit=1).json()
    record: dict[str, Any] = page["data"][0]
    return record


def _close(sandbox: RunningSandbox, market: str, incident: dict[str, Any],
           body: dict[str, Any] | None) -> requests.Response:
    url = (f"{sandbox.base_url(market)}/api/orders/{incident['order_id']}/lines/"
           f"{incident['order_line_id']}/close_incident")
    return requests.put(url, json=body, headers={"Authorization": sandbox.key(market)},
                        timeout=10)


def test_close_needs_a_reason_unless_the_seller_resolved(sandbox: RunningSandbox) -> None:
    in_progress = _incident(sandbox, "DE", "IN_PROGRESS")
    refused = _close(sandbox, "DE", in_progress, {})
    assert refused.status_code == 400 and "reason_code is required" in refused.json()["message"]
    assert _close(sandbox, "DE", in_progress, {"reason_code": "30"}).status_code == 400  # shop's
    assert _close(sandbox, "DE", in_progress, {"reason_code": "21"}).status_code == 204

    resolved = _incident(sandbox, "DE", "RESOLVED")
    assert _close(sandbox, "DE", resolved, None).status_code == 204
    again = _close(sandbox, "DE", resolved, None)
    assert again.status_code == 400 and "no open incident" in again.json()["message"]
    after = _get(sandbox, "DE", "/api/incidents", incident_ids=resolved["incident_id"]).json()
    record = after["data"][0]
    assert record["status"] == "CLOSED"
    assert record["closing_information"]["user_type"] == "OPERATOR"
    order = _get(sandbox, "DE", "/api/orders", order_ids=resolved["order_id"]).json()["orders"][0]
    line = next(line for line in order["order_lines"]
                if line["order_line_id"] == resolved["order_line_id"])
    assert line["order_line_state"] != "INCIDENT_OPEN"


def test_seller_marks_resolved_and_operator_disputes(sandbox: RunningSandbox) -> None:
    incident = _incident(sandbox, "ES", "IN_PROGRESS")
    order = _get(sandbox, "ES", "/api/orders", order_ids=incident["order_id"]).json()["orders"][0]
    seller_key = sandbox.keys["ES"]["seller_keys"][str(order["shop_id"])]
    url = (f"{sandbox.base_url('ES')}/api/orders/{incident['order_id']}/lines/"
           f"{incident['order_line_id']}/resolve_incident")
    operator = requests.put(url, json={"reason_code": "30"},
                            headers={"Authorization": sandbox.key("ES")}, timeout=10)
    assert operator.status_code == 403
    done = requests.put(url, json={"reason_code": "30", "message": "Reenviado con SEUR."},
                        headers={"Authorization": seller_key}, timeout=10)
    assert done.status_code == 204
    record = _get(sandbox, "ES", "/api/incidents", incident_ids=incident["incident_id"]).json()
    assert record["data"][0]["status"] == "RESOLVED"
    assert record["data"][0]["x_desk_resolution"]["message"] == "Reenviado con SEUR."
    dispute = requests.put(
        f"{sandbox.base_url('ES')}/api/x-desk/incidents/{incident['incident_id']}/dispute",
        headers={"Authorization": sandbox.key("ES")}, timeout=10)
    assert dispute.status_code == 204
    record = _get(sandbox, "ES", "/api/incidents", incident_ids=incident["incident_id"]).json()
    assert record["data"][0]["status"] == "DISPUTED"
