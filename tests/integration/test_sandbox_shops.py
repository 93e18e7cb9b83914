"""Shops: S20 reads, S07/S09 sanctions (supervisors only), S21 statistics, users and roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from operator_desk.sandbox import db
from tests.integration.sandbox_live import TIMEOUT, Live, running


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as sandbox:
        yield sandbox


def _shop(live: Live, market: str, shop_id: Any) -> dict[str, Any]:
    shops = live.get(market, "/api/shops", shop_ids=str(shop_id)).json()["shops"]
    assert len(shops) == 1
    return dict(shops[0])


def _open_shop(live: Live, market: str) -> dict[str, Any]:
    return dict(live.get(market, "/api/shops", state="OPEN", max=1).json()["shops"][0])


def test_only_supervisors_change_shop_states(live: Live) -> None:
    shop = _open_shop(live, "DE")
    body = {"shops": [{"shop_id": shop["shop_id"], "suspend": True}]}
    actions = {"shop_state_change_actions": [{"id": shop["shop_id"],
                                              "state_change_action": "SUSPEND"}]}
    for role in ("agent", "reviewer"):
        for path, payload in (("/api/shops", body), ("/api/shops/states", actions)):
            refused = live.put("DE", path, payload, role=role)
            assert refused.status_code == 403
            assert refused.json() == {"status": 403, "message": refused.json()["message"]}
            assert "supervisor" in refused.json()["message"]
    assert _shop(live, "DE", shop["shop_id"])["shop_state"] == "OPEN"
    assert live.put("DE", "/api/shops", body, role="supervisor").status_code == 200
    assert _shop(live, "DE", shop["shop_id"])["shop_state"] == "SUSPENDED"


def test_s07_suspends_closes_and_reports_per_shop(live: Live) -> None:
    shop = _open_shop(live, "ES")
    now = live.control("clock", method="GET")["now"]
    start = now.replace("Z", "+00:00")
    answer = live.put("ES", "/api/shops", {"shops": [
        {"shop_id": shop["shop_id"], "suspend": True, "payment_blocked": True},
        {"shop_id": 1},
        {"shop_id": shop["shop_id"], "immunity_date": "2001-01-01T00:00:00Z"},
    ]}, role="supervisor").json()["shop_returns"]
    updated = answer[0]["shop_updated"]
    assert updated["shop_state"] == "SUSPENDED" and updated["suspension_type"] == "MANUAL"
    assert updated["payment_details"]["payment_blocked"] is True
    assert updated["last_updated_date"] == now
    assert answer[1]["shop_error"]["errors"][0]["code"] == "SHOP_NOT_FOUND"
    assert answer[2]["shop_error"]["errors"][0]["field"] == "immunity_date"

    live.put("ES", "/api/shops", {"shops": [{"shop_id": shop["shop_id"], "suspend": False,
                                             "closed_from_date": start,
                                             "closed_to_date": "2999-01-01T00:00:00Z"}]},
             role="supervisor")
    closed = _shop(live, "ES", shop["shop_id"])
    assert closed["shop_state"] == "CLOSE" and closed["closed_from"] == now
    assert shop["shop_id"] in [s["shop_id"] for s in live.get(
        "ES", "/api/shops", state="CLOSE").json()["shops"]]
    assert live.put("ES", "/api/shops", {"shops": [{"shop_id": s} for s in range(101)]},
                    role="supervisor").status_code == 400


def test_s09_state_actions(live: Live) -> None:
    shop = _open_shop(live, "NL")

    def act(action: str) -> dict[str, Any]:
        answer = live.put("NL", "/api/shops/states", {"shop_state_change_actions": [
            {"id": shop["shop_id"], "state_change_action": action}]}, role="supervisor")
        assert answer.status_code == 200
        result: dict[str, Any] = answer.json()["shop_states"][0]
        return result

    assert act("UNSUSPEND")["errors"][0]["code"] == "INVALID_STATE_TRANSITION"
    assert act("SUSPEND") == {"id": shop["shop_id"], "state": "SUSPENDED", "errors": []}
    assert act("TERMINATE")["state"] == "TERMINATED"
    assert _shop(live, "NL", shop["shop_id"])["shop_state"] == "TERMINATED"
    assert act("SUSPEND")["errors"][0]["code"] == "INVALID_STATE_TRANSITION"
    assert act("UNTERMINATE")["state"] == "OPEN"
    unknown = live.put("NL", "/api/shops/states", {"shop_state_change_actions": [
        {"id": 7, "state_change_action": "SUSPEND"},
        {"id": shop["shop_id"], "state_change_action": "PUNISH"}]}, role="supervisor").json()
    assert [s["errors"][0]["code"] for s in unknown["shop_states"]] == [
        "SHOP_NOT_FOUND", "INVALID_VALUE"]


def test_state_changes_show_in_updated_since(live: Live) -> None:
    shop = _open_shop(live, "CH")
    live.advance(30)
    since = live.control("clock", method="GET")["now"]
    assert live.get("CH", "/api/shops", updated_since=since).json()["total_count"] == 0
    live.put("CH", "/api/shops/states", {"shop_state_change_actions": [
        {"id": shop["shop_id"], "state_change_action": "SUSPEND"}]}, role="supervisor")
    changed = live.get("CH", "/api/shops", updated_since=since).json()
    assert [s["shop_id"] for s in changed["shops"]] == [shop["shop_id"]]


def test_s21_incident_rate_matches_the_data(live: Live) -> None:
    with live.engine.connect() as connection:
        shop_id, = connection.execute(
            select(db.orders.c.shop_id).where(db.orders.c.market == "DE")
            .group_by(db.orders.c.shop_id).order_by(func.count().desc()).limit(1)).one()
        lines = connection.execute(select(func.count()).select_from(db.order_lines).join(
            db.orders, db.orders.c.order_id == db.order_lines.c.order_id).where(
            db.orders.c.shop_id == shop_id, db.orders.c.market == "DE",
            db.orders.c.state.not_in(("WAITING_ACCEPTANCE", "REFUSED")))).scalar_one()
        with_incident = connection.execute(select(func.count(func.distinct(
            db.incidents.c.order_line_id))).join(
            db.orders, db.orders.c.order_id == db.incidents.c.order_id).where(
            db.orders.c.shop_id == shop_id, db.orders.c.market == "DE")).scalar_one()
    stats = live.get("DE", "/api/shops/statistics", shop_ids=shop_id,
                     periods="ALL_SINCE_BEGINNING,LAST_MONTH").json()
    assert stats["channel"] == "DE" and stats["total_count"] == 1
    record = stats["shops"][0]
    rates = {kpi["period"]: kpi["value"] for kpi in record["incident_rate"]}
    assert set(rates) == {"ALL_SINCE_BEGINNING", "LAST_MONTH"}
    assert rates["ALL_SINCE_BEGINNING"] == round(with_incident / lines, 4)
    assert rates["ALL_SINCE_BEGINNING"] > 0
    for kpi in ("order_messages_response_delay", "grade", "refund_rate", "orders_count"):
        assert len(record[kpi]) == 2
    assert live.get("DE", "/api/shops/statistics", periods="LAST_DECADE").status_code == 400


def test_every_user_in_keys_json_knows_who_it_is(live: Live) -> None:
    for market, definition in live.keys.items():
        users = definition["users"]
        assert {u["role"] for u in users} == {"agent", "reviewer", "supervisor"}
        assert len([u for u in users if u["role"] == "agent"]) == 2
        for user in users:
            me = requests.get(live.url(market, "/api/x-desk/me"), timeout=TIMEOUT,
                              headers={"Authorization": f"Bearer {user['key']}"}).json()
            assert me == {"user": user["user"], "display_name": user["display_name"],
                          "role": user["role"], "market": market, "shop_id": None,
                          "sandbox": True}
        assert definition["keys"]["agent"] == users[0]["key"]


def test_the_sandbox_clock_is_in_the_date_header(live: Live) -> None:
    before = live.get("DE", "/api/x-desk/me").headers["Date"]
    live.advance(60 * 24 * 3)
    after = live.get("DE", "/api/x-desk/me").headers["Date"]
    assert parsedate_to_datetime(after) - parsedate_to_datetime(before) == timedelta(days=3)
