"""OR28 refunds: Mirakl's validation, states moving with sandbox time, the customer's notice."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from operator_desk.sandbox import db
from tests.integration.sandbox_live import Live, running


@pytest.fixture
def live(pristine_dataset: Path, tmp_path: Path) -> Iterator[Live]:
    with running(pristine_dataset, tmp_path / "sandbox") as sandbox:
        yield sandbox


def _order(live: Live, market: str, **filters: Any) -> dict[str, Any]:
    orders = live.get(market, "/api/orders", max=100, **filters).json()["orders"]
    for order in orders:
        line = order["order_lines"][0]
        if line["can_refund"] and not line["refunds"] and line["shipping_price"] > 0:
            return dict(order)
    pytest.fail("no refundable order in the dataset")


def _refund(live: Live, market: str, line_id: str, amount: Any, shipping: Any = 0,
            reason: str = "41", **extra: Any) -> Any:
    return live.put(market, "/api/orders/refund", {"refunds": [{
        "order_line_id": line_id, "amount": amount, "shipping_amount": shipping,
        "reason_code": reason, **extra}]})


def _line(live: Live, market: str, order_id: str) -> dict[str, Any]:
    order = live.get(market, "/api/orders", order_ids=order_id).json()["orders"][0]
    line: dict[str, Any] = order["order_lines"][0]
    return line


def test_refund_moves_through_its_states_and_the_customer_is_told(live: Live) -> None:
    order = _order(live, "DE", order_state_codes="RECEIVED")
    line = order["order_lines"][0]
    answer = _refund(live, "DE", line["order_line_id"], 10.5, 0)
    assert answer.status_code == 200, answer.text
    created = answer.json()["refunds"][0]
    assert created["amount"] == 10.5 and created["order_line_id"] == line["order_line_id"]
    assert "refund_state" not in created  # Mirakl's OR28 answer has no state

    refund = _line(live, "DE", order["order_id"])["refunds"][0]
    assert refund["id"] == created["refund_id"]
    assert refund["refund_state"] == "WAITING_REFUND"
    assert "transaction_date" not in refund
    live.advance(10)
    assert _line(live, "DE", order["order_id"])["refunds"][0]["refund_state"] == \
        "WAITING_REFUND_PAYMENT"
    before = live.get("DE", "/api/orders", order_ids=order["order_id"]).json()["orders"][0]
    live.advance(60)
    after = live.get("DE", "/api/orders", order_ids=order["order_id"]).json()["orders"][0]
    refund = after["order_lines"][0]["refunds"][0]
    assert refund["refund_state"] == "REFUNDED"
    assert refund["transaction_date"] and refund["transaction_number"].startswith("TRX")
    # The move is a change: a client polling by update date sees it.
    assert after["last_updated_date"] > before["last_updated_date"]
    moved = live.get("DE", "/api/orders", start_update_date=before["last_updated_date"],
                     end_update_date=after["last_updated_date"],
                     refund_state_codes="REFUNDED").json()
    assert order["order_id"] in [o["order_id"] for o in moved["orders"]]

    threads = live.get("DE", "/api/inbox/threads", entity_type="MMP_ORDER",
                       entity_id=order["order_id"], with_messages="true").json()["data"]
    notices = [m for t in threads for m in t["messages"]
               if m["from"]["type"] == "OPERATOR_USER"
               and ("10,50" in m["body"] or "10.50" in m["body"])]  # the customer's locale
    assert len(notices) == 1
    assert [r["type"] for r in notices[0]["to"]] == ["CUSTOMER"]


def test_refunds_never_exceed_what_is_left_per_line(live: Live) -> None:
    order = _order(live, "ES", order_state_codes="SHIPPED")
    line = order["order_lines"][0]
    price, shipping = Decimal(str(line["price"])), Decimal(str(line["shipping_price"]))
    too_much = _refund(live, "ES", line["order_line_id"], float(price + Decimal("0.01")))
    assert too_much.status_code == 400
    assert "more than what is left" in too_much.json()["message"]
    assert _refund(live, "ES", line["order_line_id"], 0, float(shipping) + 1).status_code == 400
    half = (price / 2).quantize(Decimal("0.01"))  # a refund has at most two decimals
    assert _refund(live, "ES", line["order_line_id"], float(half)).status_code == 200
    # Two refunds of one line in one call count together.
    both = live.put("ES", "/api/orders/refund", {"refunds": [
        {"order_line_id": line["order_line_id"], "amount": float(price - half),
         "shipping_amount": 0, "reason_code": "41"},
        {"order_line_id": line["order_line_id"], "amount": 0.01, "shipping_amount": 0,
         "reason_code": "41"}]})
    assert both.status_code == 400
    rest = _refund(live, "ES", line["order_line_id"], float(price - half), float(shipping))
    assert rest.status_code == 200, rest.text
    refunded = _line(live, "ES", order["order_id"])
    assert refunded["can_refund"] is False
    assert refunded["order_line_state"] in ("REFUNDED", "INCIDENT_OPEN")
    assert sum(Decimal(str(r["amount"])) for r in refunded["refunds"]) == price
    again = _refund(live, "ES", line["order_line_id"], 0.01)
    assert again.status_code == 400


@pytest.mark.parametrize(("change", "message"), [
    ({"reason_code": "21"}, "not a valid REFUND reason"),
    ({"reason_code": "99"}, "not a valid REFUND reason"),
    ({"amount": 1.005}, "more than two decimals"),
    ({"amount": -1}, "zero or more"),
    ({"amount": "lots"}, "not a number"),
    ({"amount": 0, "shipping_amount": 0}, "is zero"),
    ({"currency_iso_code": "CHF"}, "does not match"),
])
def test_mirakl_refuses_bad_refunds(live: Live, change: dict[str, Any], message: str) -> None:
    order = _order(live, "DE", order_state_codes="RECEIVED")
    body = {"order_line_id": order["order_lines"][0]["order_line_id"], "amount": 1,
            "shipping_amount": 0, "reason_code": "40", **change}
    answer = live.put("DE", "/api/orders/refund", {"refunds": [body]})
    assert answer.status_code == 400
    assert message in answer.json()["message"]
    assert _line(live, "DE", order["order_id"])["refunds"] == []


def test_no_refunds_on_closed_orders_or_unshipped_lines(live: Live) -> None:
    closed = live.get("NL", "/api/orders", order_state_codes="CLOSED").json()["orders"][0]
    answer = _refund(live, "NL", closed["order_lines"][0]["order_line_id"], 1)
    assert answer.status_code == 400 and "CLOSED" in answer.json()["message"]
    waiting = live.get("NL", "/api/orders", order_state_codes="SHIPPING").json()["orders"][0]
    answer = _refund(live, "NL", waiting["order_lines"][0]["order_line_id"], 1)
    assert answer.status_code == 400 and "only shipped lines" in answer.json()["message"]
    assert live.put("NL", "/api/orders/refund", {"refunds": []}).status_code == 400
    unknown = _refund(live, "NL", "nope", 1)
    assert unknown.status_code == 404


def test_swiss_refunds_are_in_francs(live: Live) -> None:
    order = _order(live, "CH", order_state_codes="RECEIVED")
    assert order["currency_iso_code"] == "CHF"
    line = order["order_lines"][0]
    assert _refund(live, "CH", line["order_line_id"], 5, reason="40").status_code == 200
    with live.engine.connect() as connection:
        body = connection.execute(select(db.messages.c.body).where(
            db.messages.c.market == "CH", db.messages.c.from_org_type == "OPERATOR")
            .order_by(db.messages.c.created.desc()).limit(1)).scalar_one()
    assert "CHF" in body and "5.00" in body


def test_every_operator_role_may_refund_but_not_a_seller(live: Live) -> None:
    order = _order(live, "DE", order_state_codes="RECEIVED")
    line_id = order["order_lines"][0]["order_line_id"]
    for role in ("agent", "reviewer", "supervisor"):
        answer = live.put("DE", "/api/orders/refund", {"refunds": [{
            "order_line_id": line_id, "amount": 0.5, "shipping_amount": 0,
            "reason_code": "42"}]}, role=role)
        assert answer.status_code == 200, (role, answer.text)
    seller = live.seller_headers("DE", order["shop_id"])
    answer = requests.put(live.url("DE", "/api/orders/refund"), headers=seller, timeout=30,
                          json={"refunds": [{"order_line_id": line_id, "amount": 0.5,
                                             "shipping_amount": 0, "reason_code": "42"}]})
    assert answer.status_code == 403 and answer.json()["status"] == 403
