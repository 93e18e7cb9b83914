"""Lenient reading of Mirakl JSON into domain records.

Mirakl's own examples break its schemas (nulls where strings are promised, required fields
missing, numbers sent as strings), and it adds fields and enum values without notice. So:
unknown fields are ignored, enum values are kept as the strings sent, nulls are tolerated where
the desk can live without the value, and a record that lacks what the desk cannot do without
raises ``RecordError`` - the caller skips it and keeps going.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from operator_desk.domain.models import (
    Attachment,
    Customer,
    Incident,
    Message,
    Order,
    OrderLine,
    Participant,
    Reason,
    Refund,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money, MoneyError, to_decimal


class RecordError(ValueError):
    """A record the desk cannot use; the message says which field and why."""


# Bounds that no real amount or count reaches; past them Decimal arithmetic overflows and
# int() of "1E+999999999" would try to build a billion-digit number.
MAX_AMOUNT_DIGITS = 15  # a trillion euros and more, before the decimal point
MAX_INT_DIGITS = 18


def _obj(value: Any, what: str) -> Mapping[str, Any]:
    if type(value) is dict:  # what JSON gives: skips the ABC check (hot in a first sync)
        return value
    if not isinstance(value, Mapping):
        raise RecordError(f"{what} is not an object")
    return value


def text(record: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if type(value) is str and value:  # the common case first
        return value
    if value is None or value == "":
        if required:
            raise RecordError(f"{key} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(f"{key} is not text: {type(value).__name__}")
    return str(value)


def req(record: Mapping[str, Any], key: str) -> str:
    value = text(record, key, required=True)
    assert value is not None
    return value


def timestamp(record: Mapping[str, Any], key: str, *, required: bool = False) -> datetime | None:
    raw = record.get(key)
    if raw is None or raw == "":
        if required:
            raise RecordError(f"{key} is missing")
        return None
    if not isinstance(raw, str):
        raise RecordError(f"{key} is not a date-time")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        if value.tzinfo is None:  # Mirakl documents UTC; a naive value is taken as UTC
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
    except (ValueError, OverflowError):  # overflow: year 1 or 9999 shifted out of range
        raise RecordError(f"{key} is not an ISO-8601 date-time: {raw[:40]!r}") from None


def req_time(record: Mapping[str, Any], key: str) -> datetime:
    value = timestamp(record, key, required=True)
    assert value is not None
    return value


def money(record: Mapping[str, Any], key: str, currency: str, *, default: int = 0) -> Money:
    raw = record.get(key)
    try:
        value = Money.of(default if raw is None or raw == "" else raw, currency)
    except MoneyError as exc:
        raise RecordError(f"{key}: {str(exc)[:80]}") from None
    if value.amount.adjusted() >= MAX_AMOUNT_DIGITS:
        raise RecordError(f"{key} is not a plausible amount")
    return value


def currency_code(record: Mapping[str, Any], key: str) -> str:
    code = req(record, key).upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise RecordError(f"{key} is not an ISO 4217 currency code: {code[:10]!r}")
    return code


def flag(record: Mapping[str, Any], key: str, default: bool = False) -> bool:
    """A JSON boolean; the strings "true"/"false" as some platforms send them."""
    raw = record.get(key)
    if raw is None:
        return default
    if isinstance(raw, str):
        return raw.strip().lower() in ("true", "1", "yes")
    return bool(raw)


def _int(record: Mapping[str, Any], key: str, default: int | None = None) -> int | None:
    raw = record.get(key)
    if raw is None or raw == "":
        return default
    if isinstance(raw, bool):
        raise RecordError(f"{key} is not a number")
    try:
        value = to_decimal(raw)
    except (MoneyError, ValueError):
        raise RecordError(f"{key} is not a number: {str(raw)[:40]!r}") from None
    if value.adjusted() >= MAX_INT_DIGITS:
        raise RecordError(f"{key} is not a plausible number")
    return int(value)


def _float(record: Mapping[str, Any], key: str) -> float | None:
    raw = record.get(key)
    if raw is None or raw == "" or isinstance(raw, bool):
        return None
    try:
        value = float(to_decimal(raw))
    except (MoneyError, ValueError):
        return None
    return value if math.isfinite(value) else None


def incident(market: str, raw: Any) -> Incident:
    record = _obj(raw, "incident")
    opening = _obj(record.get("opening_information") or {}, "opening_information")
    last = _obj(record.get("last_action") or {}, "last_action")
    closing = record.get("closing_information") or {}
    closing = _obj(closing, "closing_information")
    resolution = _obj(record.get("x_desk_resolution") or {}, "x_desk_resolution")
    opened = timestamp(opening, "date")
    last_action = timestamp(last, "date") or opened
    if opened is None or last_action is None:
        raise RecordError("opening_information.date is missing")
    return Incident(
        market=market,
        incident_id=req(record, "incident_id"),
        order_id=req(record, "order_id"),
        order_line_id=req(record, "order_line_id"),
        status=req(record, "status").upper(),
        opened=opened,
        opening_reason_code=text(opening, "opening_reason_code"),
        opened_by=text(opening, "user_type"),
        last_action=last_action,
        last_action_by=text(last, "user_type"),
        resolved=timestamp(resolution, "date"),
        resolution_reason_code=text(resolution, "reason_code"),
        resolution_message=text(resolution, "message"),
        closed=timestamp(closing, "date"),
        closing_reason_code=text(closing, "closing_reason_code"),
        closed_by=text(closing, "user_type"),
    )


def _list(record: Mapping[str, Any], key: str) -> list[Any]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"{key} is not a list")
    return value


def _refund(raw: Any, currency: str) -> Refund:
    record = _obj(raw, "refund")
    return Refund(
        refund_id=req(record, "id"),
        order_refund_id=text(record, "order_refund_id"),
        amount=money(record, "amount", currency),
        shipping_amount=money(record, "shipping_amount", currency),
        quantity=_int(record, "quantity"),
        reason_code=text(record, "reason_code"),
        state=text(record, "refund_state") or text(record, "state") or "UNKNOWN",
        created=timestamp(record, "created_date"),
    )


def _line(raw: Any, currency: str) -> OrderLine:
    record = _obj(raw, "order line")
    quantity = _int(record, "quantity", 1) or 1
    price = money(record, "price", currency)
    unit = (money(record, "price_unit", currency) if record.get("price_unit") is not None
            else Money(price.amount / quantity, currency))
    shipping = money(record, "shipping_price", currency)
    total = (money(record, "total_price", currency) if record.get("total_price") is not None
             else price + shipping)
    return OrderLine(
        order_line_id=req(record, "order_line_id"),
        index=_int(record, "order_line_index", 0) or 0,
        product_title=text(record, "product_title") or text(record, "product_sku") or "?",
        product_sku=text(record, "product_sku"),
        quantity=quantity,
        unit_price=unit,
        price=price,
        shipping_price=shipping,
        total_price=total,
        state=text(record, "order_line_state") or "UNKNOWN",
        state_reason_code=text(record, "order_line_state_reason_code"),
        shipped_date=timestamp(record, "shipped_date"),
        can_refund=flag(record, "can_refund"),
        refunds=tuple(_refund(r, currency) for r in _list(record, "refunds")),
    )


def order(market: str, raw: Any) -> Order:
    record = _obj(raw, "order")
    currency = currency_code(record, "currency_iso_code")
    customer_raw = _obj(record.get("customer") or {}, "customer")
    customer = Customer(
        customer_id=text(customer_raw, "customer_id") or "",
        firstname=text(customer_raw, "firstname") or "",
        lastname=text(customer_raw, "lastname") or "",
        email=text(customer_raw, "email"),
        locale=text(customer_raw, "locale"),
    )
    lines_raw = record.get("order_lines") or []
    if not isinstance(lines_raw, list):
        raise RecordError("order_lines is not a list")
    lines = tuple(_line(line, currency) for line in lines_raw)
    price = money(record, "price", currency)
    shipping = money(record, "shipping_price", currency)
    total = (money(record, "total_price", currency) if record.get("total_price") is not None
             else price + shipping)
    created = req_time(record, "created_date")
    return Order(
        market=market,
        order_id=req(record, "order_id"),
        commercial_id=text(record, "commercial_id"),
        shop_id=req(record, "shop_id"),
        shop_name=text(record, "shop_name") or "",
        customer=customer,
        state=text(record, "order_state") or "UNKNOWN",
        currency=currency,
        total_price=total,
        shipping_price=shipping,
        created=created,
        last_updated=timestamp(record, "last_updated_date") or created,
        has_incident=flag(record, "has_incident"),
        lines=lines,
        shipping_tracking=text(record, "shipping_tracking"),
        shipping_carrier=text(record, "shipping_company") or text(record, "shipping_carrier_code"),
    )


def _participant(raw: Any) -> Participant:
    record = _obj(raw, "participant")
    return Participant(type=text(record, "type") or "UNKNOWN",
                       display_name=text(record, "display_name") or "",
                       id=text(record, "id"))


def message(thread_id: str, raw: Any) -> Message:
    record = _obj(raw, "message")
    sender_raw = _obj(record.get("from") or {}, "from")
    org = _obj(sender_raw.get("organization_details") or {}, "organization_details")
    sender = Participant(
        type=text(sender_raw, "type") or text(org, "type") or "UNKNOWN",
        display_name=text(sender_raw, "display_name") or text(org, "display_name") or "",
        id=text(org, "id"),
    )
    recipients = record.get("to") or []
    attachments = record.get("attachments") or []
    if not isinstance(recipients, list) or not isinstance(attachments, list):
        raise RecordError("to/attachments is not a list")
    body = record.get("body")
    return Message(
        message_id=req(record, "id"),
        thread_id=thread_id,
        created=req_time(record, "date_created"),
        sender=sender,
        recipients=tuple(_participant(r) for r in recipients),
        body=body if isinstance(body, str) else "",
        attachments=tuple(
            Attachment(attachment_id=req(_obj(a, "attachment"), "id"),
                       name=text(a, "name") or "attachment", size=_int(a, "size", 0) or 0)
            for a in attachments
        ),
    )


def thread(market: str, raw: Any) -> Thread:
    record = _obj(raw, "thread")
    thread_id = req(record, "id")
    topic = _obj(record.get("topic") or {}, "topic")
    entities = record.get("entities") or []
    entity = _obj(entities[0], "entity") if isinstance(entities, list) and entities else {}
    metadata = _obj(record.get("metadata") or {}, "metadata")
    messages_raw = record.get("messages") or []
    if not isinstance(messages_raw, list):
        raise RecordError("messages is not a list")
    participants = record.get("authorized_participants") or record.get("current_participants") or []
    if not isinstance(participants, list):
        raise RecordError("participants is not a list")
    messages = tuple(sorted((message(thread_id, m) for m in messages_raw),
                            key=lambda m: m.created))
    created = req_time(record, "date_created")
    topic_type = text(topic, "type") or "FREE_TEXT"
    topic_value = text(topic, "value") or ""
    return Thread(
        market=market,
        thread_id=thread_id,
        topic=f"{topic_type}:{topic_value}" if topic_type == "REASON_CODE" else topic_value,
        entity_type=text(entity, "type"),
        entity_id=text(entity, "id"),
        created=created,
        updated=timestamp(record, "date_updated") or created,
        participants=tuple(_participant(p) for p in participants),
        last_message=timestamp(metadata, "last_message_date"),
        shop_reply_needed_since=timestamp(metadata, "shop_reply_needed_since"),
        message_count=_int(metadata, "total_count", len(messages)) or len(messages),
        messages=messages,
    )


def reason(market: str, locale: str, raw: Any) -> Reason:
    record = _obj(raw, "reason")
    return Reason(
        market=market,
        code=req(record, "code"),
        type=text(record, "type") or "UNKNOWN",
        label=text(record, "label") or req(record, "code"),
        locale=locale,
        is_operator_right=flag(record, "is_operator_right", True),
    )


def shop(market: str, raw: Any) -> Shop:
    record = _obj(raw, "shop")
    contact = record.get("contact_informations") or {}
    contact = contact if isinstance(contact, Mapping) else {}
    return Shop(
        market=market,
        shop_id=req(record, "shop_id"),
        name=text(record, "shop_name") or req(record, "shop_id"),
        state=text(record, "shop_state") or "UNKNOWN",
        suspension_type=text(record, "suspension_type"),
        grade=_float(record, "grade"),
        evaluations_count=_int(record, "evaluations_count"),
        approval_rate=_float(record, "approval_rate"),
        order_messages_response_delay=_int(record, "order_messages_response_delay"),
        email=text(contact, "email"),
        locale=text(record, "shop_locale"),
        last_updated=timestamp(record, "last_updated_date"),
        closed_from=timestamp(record, "closed_from"),
        closed_to=timestamp(record, "closed_to"),
    )
