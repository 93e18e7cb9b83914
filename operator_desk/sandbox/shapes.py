"""Rows of the sandbox store turned into Mirakl's JSON shapes (OR11, OR28, OR61, M10/M11, RE01,
S20/S07, S21).

Absent values are left out rather than sent as ``null``, except for the fields Mirakl itself
sends as ``null`` in its own examples (:data:`MIRAKL_NULLS`), which keeps every answer valid
against Mirakl's published schemas (``tests/integration/test_sandbox_schemas.py``)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from .catalog import MARKETS

Row = Mapping[Any, Any]


def iso(value: datetime | None) -> str | None:
    """Mirakl writes UTC instants with a trailing Z."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds") + "Z"


# Fields Mirakl's own examples send as null (OR11's example, M10's example).
MIRAKL_NULLS = frozenset({"order_state_reason_code", "order_state_reason_label", "description",
                          "shop_reply_needed_since"})


def compact(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` without its ``None`` values, but for :data:`MIRAKL_NULLS`."""
    return {k: v for k, v in record.items() if v is not None or k in MIRAKL_NULLS}


def amount(minor: int) -> float:
    # JSON numbers: a float whose repr is the exact decimal (cents / 100 always is).
    return round(minor / 100, 2)


def _address(order: Row) -> dict[str, Any]:
    return compact({
        "city": order["city"], "country": order["country_iso_code"],
        "country_iso_code": order["country_iso_code"], "firstname": order["customer_firstname"],
        "lastname": order["customer_lastname"], "street_1": order["street"],
        "zip_code": order["zip_code"],
    })


def _tax(minor: int, rate_bp: int) -> int:
    """The tax part of a tax-included amount: amount - amount / (1 + rate)."""
    return round(minor - minor / (1 + rate_bp / 10_000))


def order_line(line: Row, refunds: Iterable[Row] = (), order_state: str = "") -> dict[str, Any]:
    price = line["unit_price_minor"] * line["quantity"]
    total = price + line["shipping_minor"]
    tax_rate = line["tax_rate_bp"] / 100
    refunds = list(refunds)
    refunded = sum(r["amount_minor"] for r in refunds)
    refunded_shipping = sum(r["shipping_minor"] for r in refunds)
    state = line["state"]
    refundable = (line["shipped"] is not None and order_state not in ("CLOSED", "CANCELED")
                  and state in ("SHIPPED", "RECEIVED", "INCIDENT_OPEN", "TO_COLLECT"))
    return compact({
        "order_line_id": line["order_line_id"],
        "order_line_index": line["line_index"],
        "offer_id": zlib.crc32(line["offer_sku"].encode()) % 10**7,
        "offer_sku": line["offer_sku"],
        "offer_state_code": "11",
        "product_sku": line["product_sku"],
        "product_title": line["product_title"],
        "description": None,
        "category_code": line["category"] or "misc",
        "category_label": line["category"] or "misc",
        "quantity": line["quantity"],
        "price_unit": amount(line["unit_price_minor"]),
        "price": amount(price),
        "shipping_price": amount(line["shipping_minor"]),
        "total_price": amount(total),
        "taxes": [{"code": "VAT", "amount": amount(_tax(price, line["tax_rate_bp"])),
                   "rate": tax_rate, "tax_calculation_rule": "PROPORTIONAL"}],
        "shipping_taxes": ([{"code": "VAT", "amount": amount(_tax(line["shipping_minor"],
                                                                  line["tax_rate_bp"])),
                             "rate": tax_rate, "tax_calculation_rule": "PROPORTIONAL"}]
                           if line["shipping_minor"] else []),
        "order_line_state": state,
        "order_line_state_reason_code": line["state_reason_code"],
        "order_line_state_reason_label": line["state_reason_label"],
        # Mirakl: whether the line can still be refunded (something is left to refund).
        "can_refund": refundable and (refunded < price or refunded_shipping
                                      < line["shipping_minor"]),
        "can_open_incident": state in ("SHIPPED", "RECEIVED"),
        "shipped_date": iso(line["shipped"]),
        "created_date": iso(line["last_updated"]),
        "last_updated_date": iso(line["last_updated"]),
        "refunds": [refund(r, line["tax_rate_bp"]) for r in refunds],
        "cancelations": [],
        "commission_fee": amount(round(price * 0.12)),
        "commission_rate_vat": 0.0,
        "commission_vat": 0.0,
        "total_commission": amount(round(price * 0.12)),
        "order_line_additional_fields": [],
        "product_medias": [],
        "tax_recalculation_required": False,
        # Not Mirakl's: lets a client compute "left to refund" without summing refunds[].
        "x_desk_refunded": {"amount": amount(refunded), "shipping_amount":
                            amount(refunded_shipping)},
    })


def refund(row: Row, tax_rate_bp: int = 0) -> dict[str, Any]:
    taxes = ([{"code": "VAT", "amount": amount(_tax(row["amount_minor"], tax_rate_bp))}]
             if tax_rate_bp and row["amount_minor"] else [])
    shipping_taxes = ([{"code": "VAT", "amount": amount(_tax(row["shipping_minor"],
                                                             tax_rate_bp))}]
                      if tax_rate_bp and row["shipping_minor"] else [])
    return compact({
        "id": row["refund_id"], "order_refund_id": row["order_refund_id"],
        "amount": amount(row["amount_minor"]), "shipping_amount": amount(row["shipping_minor"]),
        "quantity": row["quantity"], "reason_code": row["reason_code"],
        "refund_state": row["state"], "state": row["state"],
        "created_date": iso(row["created"]), "transaction_date": iso(row["transaction_date"]),
        "transaction_number": row["transaction_number"],
        "taxes": taxes, "shipping_taxes": shipping_taxes,
        "commission_amount": 0.0, "commission_tax_amount": 0.0, "commission_taxes": [],
        "commission_total_amount": 0.0,
    })


def created_refund(row: Row, line: Row, currency: str) -> dict[str, Any]:
    """One item of OR28's answer (Mirakl's has no state: it is read back with OR11)."""
    rate = line["tax_rate_bp"]
    return {
        "refund_id": row["refund_id"], "order_refund_id": row["order_refund_id"],
        "order_line_id": row["order_line_id"], "amount": amount(row["amount_minor"]),
        "shipping_amount": amount(row["shipping_minor"]), "quantity": row["quantity"],
        "reason_code": row["reason_code"], "currency_iso_code": currency,
        "excluded_from_shipment": False, "fees": [], "eco_contributions": [],
        "taxes": ([{"code": "VAT", "amount": amount(_tax(row["amount_minor"], rate)),
                    "rate": rate / 100}] if row["amount_minor"] else []),
        "shipping_taxes": ([{"code": "VAT", "amount": amount(_tax(row["shipping_minor"], rate)),
                             "rate": rate / 100}] if row["shipping_minor"] else []),
    }


def order(order: Row, shop_name: str, lines: list[dict[str, Any]],
          has_customer_message: bool) -> dict[str, Any]:
    price = sum(round(line["price"] * 100) for line in lines)
    shipping = sum(round(line["shipping_price"] * 100) for line in lines)
    return compact({
        "order_id": order["order_id"],
        "commercial_id": order["commercial_id"],
        "shop_id": int(order["shop_id"]),
        "shop_name": shop_name,
        "created_date": iso(order["created"]),
        "last_updated_date": iso(order["last_updated"]),
        "order_state": order["state"],
        "order_state_reason_code": None,
        "order_state_reason_label": None,
        "currency_iso_code": order["currency"],
        "price": amount(price),
        "shipping_price": amount(shipping),
        "total_price": amount(price + shipping),
        "total_commission": amount(round(price * 0.12)),
        "has_incident": any(line["order_line_state"] == "INCIDENT_OPEN" for line in lines),
        "has_customer_message": has_customer_message,
        "has_invoice": order["state"] in ("SHIPPED", "RECEIVED", "CLOSED"),
        "can_cancel": order["state"] in ("WAITING_ACCEPTANCE", "SHIPPING"),
        "can_evaluate": order["state"] in ("RECEIVED", "CLOSED"),
        "can_shop_ship": order["state"] == "SHIPPING",
        "fully_refunded": bool(lines) and all(
            line["refunds"] and line["x_desk_refunded"]["amount"] >= line["price"]
            and line["x_desk_refunded"]["shipping_amount"] >= line["shipping_price"]
            for line in lines),
        "leadtime_to_ship": 2,
        "order_tax_mode": "TAX_INCLUDED",
        "paymentType": "CREDIT_CARD",
        "payment_type": "CREDIT_CARD",
        "payment_workflow": "PAY_ON_ACCEPTANCE",
        "pay_out_psp_code": "NOT_SPECIFIED",
        "shipping_type_code": "STD",
        "shipping_type_label": "Standard",
        "shipping_zone_code": order["country_iso_code"],
        "shipping_zone_label": order["country_iso_code"],
        "shipping_carrier_code": order["carrier"],
        "shipping_company": order["carrier"],
        "shipping_tracking": order["tracking"],
        "fulfillment": {"center": {"code": "DEFAULT"}},
        "channel": {"code": MARKETS[order["market"]].code, "label": MARKETS[order["market"]].name},
        "customer": compact({
            "customer_id": order["customer_id"],
            "firstname": order["customer_firstname"],
            "lastname": order["customer_lastname"],
            "email": order["customer_email"],
            "locale": order["customer_locale"],
            "billing_address": _address(order),
            "shipping_address": _address(order),
        }),
        "order_lines": lines,
    })


def incident(row: Row) -> dict[str, Any]:
    record: dict[str, Any] = {
        "incident_id": row["incident_id"],
        "order_id": row["order_id"],
        "order_line_id": row["order_line_id"],
        "status": row["status"],
        "channel": {"code": row["market"], "label": MARKETS[row["market"]].name},
        "opening_information": {
            "date": iso(row["opened"]),
            "opening_reason_code": row["opening_reason_code"],
            "user_type": row["opened_by"],
        },
        "last_action": {"date": iso(row["last_action"]), "user_type": row["last_action_by"]},
    }
    if row["closed"] is not None:
        record["closing_information"] = {
            "date": iso(row["closed"]),
            "closing_reason_code": row["closing_reason_code"] or "",
            "user_type": row["closed_by"],
        }
    if row["resolved"] is not None:
        # Not Mirakl's: OR61 has no field for the seller's "mark as solved" (OR64) and its
        # message. The sandbox keeps them so a reviewer can read why the seller thinks the
        # incident is solved; clients must treat the field as optional.
        record["x_desk_resolution"] = {
            "date": iso(row["resolved"]),
            "reason_code": row["resolution_reason_code"],
            "message": row["resolution_message"],
        }
    return record


def _sender(message: Row) -> dict[str, Any]:
    org: dict[str, Any] = {"type": message["from_org_type"],
                           "display_name": message["from_org_name"]}
    if message["from_org_id"] is not None:
        org["id"] = message["from_org_id"]
    return {"type": message["from_type"], "display_name": message["from_display_name"],
            "organization_details": org}


def message(row: Row, attachments: Iterable[Row] = ()) -> dict[str, Any]:
    return {
        "id": row["message_id"],
        "date_created": iso(row["created"]),
        "from": _sender(row),
        "to": [
            {k: v for k, v in recipient.items() if v is not None}
            for recipient in row["recipients"]
        ],
        "body": row["body"],
        "attachments": [
            {"id": a["attachment_id"], "name": a["name"], "size": a["size"]} for a in attachments
        ],
    }


def thread(row: Row, messages: list[dict[str, Any]] | None,
           last_sender: dict[str, Any] | None) -> dict[str, Any]:
    participants = [
        {k: v for k, v in p.items() if v is not None} for p in row["participants"]
    ]
    topic_type = row["topic_type"]
    record: dict[str, Any] = {
        "id": row["thread_id"],
        "date_created": iso(row["created"]),
        "date_updated": iso(row["updated"]),
        "topic": {"type": topic_type, "value": row["topic_value"]},
        "entities": [{"id": row["entity_id"], "label": row["entity_label"] or row["entity_id"],
                      "type": row["entity_type"]}],
        "authorized_participants": participants,
        "current_participants": participants,
        "metadata": compact({
            "last_message_date": iso(row["last_message"]),
            "last_sender": last_sender,
            "shop_reply_needed_since": iso(row["shop_reply_needed_since"]),
            "total_count": row["message_count"],
        }),
    }
    if messages is not None:
        record["messages"] = messages
        record["no_store_reply_needed"] = []
    return record


def reason(row: Row, language: str) -> dict[str, Any]:
    labels = row["labels"]
    return {
        "code": row["code"], "type": row["type"],
        "label": labels.get(language) or labels.get("en") or row["code"],
        "is_operator_right": bool(row["is_operator_right"]),
        "is_customer_right": bool(row["is_customer_right"]),
        "is_shop_right": bool(row["is_shop_right"]),
    }


def shop_state(row: Row, now: datetime) -> str:
    """OPEN shops inside their closing window (S07 closed_from/to) show as CLOSE."""
    if row["state"] == "OPEN" and row["closed_from"] is not None and row["closed_from"] <= now \
            and (row["closed_to"] is None or now < row["closed_to"]):
        return "CLOSE"
    return str(row["state"])


def shop(row: Row, now: datetime) -> dict[str, Any]:
    market = MARKETS[row["market"]]
    return compact({
        "shop_id": int(row["shop_id"]),
        "shop_name": row["name"],
        "shop_state": shop_state(row, now),
        "suspension_type": row["suspension_type"],
        "closed_from": iso(row["closed_from"]),
        "closed_to": iso(row["closed_to"]),
        "immunity_date": iso(row["immunity_date"]),
        "date_created": iso(row["created"]),
        "last_updated_date": iso(row["last_updated"]),
        "grade": row["grade"],
        "evaluations_count": row["evaluations_count"],
        "approval_rate": row["approval_rate"],
        "approval_delay": row["approval_delay"],
        "order_messages_response_delay": row["order_messages_response_delay"],
        "orders_count": row["orders_count"],
        "offers_count": row["offers_count"],
        "premium": False,
        "premium_state": "NOT_PREMIUM",
        "channels": [row["market"]],
        "domains": ["PRODUCT"],
        "model": "MARKETPLACE",
        "currency_iso_code": market.currency,
        "is_professional": True,
        "free_shipping": zlib.crc32(row["shop_id"].encode()) % 4 == 0,
        "payment_method_mandatory": False,
        "payment_details": {"payment_blocked": bool(row["payment_blocked"]), "paid_balance": 0.0,
                            "payable_balance": 0.0, "pending_balance": 0.0,
                            "pay_subscription": False},
        "contact_informations": compact({
            "email": row["email"], "phone": row["phone"], "firstname": row["contact_firstname"],
            "lastname": row["contact_lastname"] or row["name"], "street1": row["street"] or "-",
            "zip_code": row["zip_code"], "city": row["city"] or "-",
            "country": market.country_iso3}),
        "default_billing_information": {
            "id": f"BI-{row['shop_id']}", "default_language": market.language,
            "registration_address": compact({
                "street_1": row["street"] or "-", "zip_code": row["zip_code"],
                "city": row["city"] or "-", "country_iso_code": market.country_iso3}),
            "corporate_information": {"company_registration_name": row["name"]},
        },
        "pro_details": {"corporate_name": row["name"]},
        "billing_info": {"owner": row["name"]},
        "commission": {"grid_code": "DEFAULT", "grid_label": "Default grid",
                       "linked_to_default_grid": True},
        "shipping": {"lead_time_to_ship": 2},
        "shipping_types": ["STD"],
        "shipping_zones": [market.code],
        "shop_additional_fields": [],
        "shop_locale": row["locale"],
    })
