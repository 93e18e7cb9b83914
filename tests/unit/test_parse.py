"""Lenient reading of Mirakl payloads: tolerate what Mirakl sends, refuse what is unusable."""

from decimal import Decimal

import pytest

from operator_desk.connectors.mirakl import parse

ORDER = {
    "order_id": "DE1-A", "commercial_id": "DE1", "shop_id": 2010, "shop_name": "Elektro Schmidt",
    "currency_iso_code": "EUR", "price": 99.9, "shipping_price": "4.95", "total_price": 104.85,
    "created_date": "2026-08-18T07:55:02Z", "last_updated_date": "2026-08-20T10:03:11.123Z",
    "order_state": "SOME_FUTURE_STATE", "has_incident": True,
    "customer": {"customer_id": "C1", "firstname": "Max", "lastname": None, "email": None},
    "order_lines": [{
        "order_line_id": "DE1-A-1", "order_line_index": 1, "product_title": "Toaster",
        "quantity": 2, "price_unit": 49.95, "price": 99.9, "shipping_price": 4.95,
        "total_price": 104.85, "order_line_state": "INCIDENT_OPEN", "unexpected": {"x": 1},
    }],
    "brand_new_field": [1, 2, 3],
}


def test_order_with_nulls_strings_and_unknown_values() -> None:
    order = parse.order("DE", ORDER)
    assert order.shop_id == "2010"
    assert order.state == "SOME_FUTURE_STATE"  # unknown enum values are kept as sent
    assert order.shipping_price.amount == Decimal("4.95")
    assert order.total_price.amount == Decimal("104.85")
    assert order.customer.lastname == ""
    assert order.lines[0].unit_price.amount == Decimal("49.95")
    assert order.last_updated.tzinfo is not None


def test_order_without_an_id_is_refused_with_the_field_named() -> None:
    broken = {**ORDER, "order_id": None}
    with pytest.raises(parse.RecordError, match="order_id"):
        parse.order("DE", broken)


@pytest.mark.parametrize("field,value", [("created_date", "yesterday"), ("price", "a lot"),
                                         ("order_lines", "none"), ("customer", "x")])
def test_malformed_fields_raise_record_errors(field: str, value: object) -> None:
    with pytest.raises(parse.RecordError):
        parse.order("DE", {**ORDER, field: value})


def test_incident_with_seller_resolution_and_no_closing() -> None:
    incident = parse.incident("ES", {
        "incident_id": "i1", "order_id": "o1", "order_line_id": "o1-1", "status": "resolved",
        "opening_information": {"date": "2026-11-01T10:00:00Z", "opening_reason_code": "10",
                                "user_type": "CUSTOMER"},
        "last_action": {"date": "2026-11-02T10:00:00Z", "user_type": "SHOP"},
        "x_desk_resolution": {"date": "2026-11-02T10:00:00Z", "reason_code": "30",
                              "message": "Reenviado"},
    })
    assert incident.status == "RESOLVED"
    assert incident.marked_resolved_by_seller
    assert not incident.close_needs_reason()
    assert incident.resolution_message == "Reenviado"
    assert incident.closed is None


def test_incident_without_dates_is_refused() -> None:
    with pytest.raises(parse.RecordError):
        parse.incident("ES", {"incident_id": "i1", "order_id": "o", "order_line_id": "l",
                              "status": "NEW", "opening_information": {}, "last_action": {}})


def test_thread_messages_sorted_and_operator_without_id() -> None:
    thread = parse.thread("NL", {
        "id": "t1", "date_created": "2026-01-01T00:00:00Z", "date_updated": None,
        "topic": {"type": "FREE_TEXT", "value": "Vraag"},
        "entities": [{"id": "NL1-A", "type": "MMP_ORDER"}],
        "authorized_participants": [{"type": "OPERATOR", "display_name": "MediaMarkt"}],
        "metadata": {"total_count": 2, "shop_reply_needed_since": None},
        "messages": [
            {"id": "m2", "date_created": "2026-01-02T00:00:00Z", "body": None,
             "from": {"type": "SHOP_USER", "display_name": "Shop"}, "to": None},
            {"id": "m1", "date_created": "2026-01-01T00:00:00Z", "body": "Hallo",
             "from": {"type": "CUSTOMER_USER", "display_name": "Eva",
                      "organization_details": {"type": "CUSTOMER", "id": "C9"}},
             "to": [{"type": "SHOP", "id": "2", "display_name": "Shop"}],
             "attachments": [{"id": "a", "name": "foto.jpg", "size": 1234}]},
        ],
    })
    assert [m.message_id for m in thread.messages] == ["m1", "m2"]
    assert thread.messages[1].body == ""
    assert thread.messages[0].sender_party == "CUSTOMER"
    assert thread.messages[0].attachments[0].size == 1234
    assert thread.updated == thread.created
    assert thread.participants[0].id is None
