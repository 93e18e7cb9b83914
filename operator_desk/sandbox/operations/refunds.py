"""Refunds (OR28) with Mirakl's validation, and their states moving on in sandbox time.

A refund is created WAITING_REFUND, becomes WAITING_REFUND_PAYMENT after
:data:`TO_PAYMENT` and REFUNDED (with a transaction date and number) :data:`TO_REFUNDED`
later, in sandbox time. The moves are applied lazily: before orders are read and by each
simulator step (:func:`settle_refunds`).
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_currency
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from .. import db
from ..catalog import LOCALES, MARKETS
from . import IdFactory, Refused, Row
from .incidents import order, reason, touch_line
from .messages import (
    create_thread,
    operator_sender,
    order_participants,
    order_thread,
    post_message,
)

TO_PAYMENT = timedelta(minutes=10)
TO_REFUNDED = timedelta(minutes=60)
REFUNDABLE_LINE_STATES = ("SHIPPED", "RECEIVED", "INCIDENT_OPEN", "TO_COLLECT")
MAX_REFUNDS_PER_CALL = 100

# The automatic notice the customer gets in the order's thread: (thread topic, body).
NOTICE = {
    "de": ("Erstattung",
           "Guten Tag {customer},\n\nwir haben Ihnen {amount} für „{product}“ aus Ihrer "
           "Bestellung {order} erstattet. Je nach Zahlungsart sehen Sie die Gutschrift in "
           "wenigen Tagen auf Ihrem Konto.\n\nIhr {operator}"),
    "es": ("Reembolso",
           "Hola, {customer}:\n\nte hemos reembolsado {amount} por «{product}» de tu pedido "
           "{order}. Según el medio de pago, verás el abono en unos días.\n\n{operator}"),
    "nl": ("Terugbetaling",
           "Beste {customer},\n\nwe hebben {amount} terugbetaald voor ‘{product}’ uit je "
           "bestelling {order}. Afhankelijk van je betaalmethode staat het bedrag binnen "
           "enkele dagen op je rekening.\n\nMet vriendelijke groet,\n{operator}"),
    "en": ("Refund",
           "Hello {customer},\n\nwe have refunded {amount} for “{product}” from your order "
           "{order}. Depending on your payment method, the credit will show within a few "
           "days.\n\nKind regards,\n{operator}"),
}


@dataclass(frozen=True, slots=True)
class RefundRequest:
    order_line_id: str
    amount_minor: int
    shipping_minor: int
    quantity: int
    reason_code: str
    currency: str | None


def _minor(value: Any, name: str, line_id: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise Refused(400, f"{name} of line {line_id} must be a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise Refused(400, f"{name} of line {line_id} is not a number: {value!r}") from None
    if not number.is_finite() or number < 0:
        raise Refused(400, f"{name} of line {line_id} must be zero or more")
    if number != number.quantize(Decimal("0.01")):
        raise Refused(400, f"{name} of line {line_id} has more than two decimals")
    return int(number * 100)


def parse_request(body: Row) -> list[RefundRequest]:
    """OR28's body, checked field by field (the message names the line and the field)."""
    mode = body.get("order_tax_mode")
    if mode not in (None, "TAX_INCLUDED", "TAX_EXCLUDED"):
        raise Refused(400, "order_tax_mode must be TAX_INCLUDED or TAX_EXCLUDED")
    if mode == "TAX_EXCLUDED":
        raise Refused(400, "this marketplace's prices include tax; use TAX_INCLUDED amounts")
    items = body.get("refunds")
    if not isinstance(items, list) or not items:
        raise Refused(400, "refunds is required: a non-empty list")
    if len(items) > MAX_REFUNDS_PER_CALL:
        raise Refused(400, f"at most {MAX_REFUNDS_PER_CALL} refunds per call")
    parsed = []
    for item in items:
        if not isinstance(item, dict):
            raise Refused(400, "each refund must be an object")
        line_id = item.get("order_line_id")
        if not isinstance(line_id, str) or not line_id:
            raise Refused(400, "order_line_id is required in each refund")
        for required in ("amount", "shipping_amount", "reason_code"):
            if item.get(required) is None:
                raise Refused(400, f"{required} is required (line {line_id})")
        quantity = item.get("quantity", 0)
        if quantity is None:
            quantity = 0
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
            raise Refused(400, f"quantity of line {line_id} must be a whole number, zero or more")
        currency = item.get("currency_iso_code")
        if currency is not None and not isinstance(currency, str):
            raise Refused(400, f"currency_iso_code of line {line_id} must be a string")
        reason_code = item["reason_code"]
        if not isinstance(reason_code, str):
            raise Refused(400, f"reason_code of line {line_id} must be a string")
        amount = _minor(item["amount"], "amount", line_id)
        shipping = _minor(item["shipping_amount"], "shipping_amount", line_id)
        if amount == 0 and shipping == 0:
            raise Refused(400, f"refund of line {line_id} is zero")
        parsed.append(RefundRequest(line_id, amount, shipping, quantity, reason_code, currency))
    return parsed


def refunded_so_far(connection: Connection, line_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(product, shipping) minor units already refunded per line."""
    rows = connection.execute(select(
        db.refunds.c.order_line_id, func.sum(db.refunds.c.amount_minor),
        func.sum(db.refunds.c.shipping_minor)).where(
        db.refunds.c.order_line_id.in_(list(line_ids))).group_by(db.refunds.c.order_line_id))
    return {line_id: (int(a or 0), int(s or 0)) for line_id, a, s in rows}


def line_totals(line: Row) -> tuple[int, int]:
    return line["unit_price_minor"] * line["quantity"], line["shipping_minor"]


def create_refunds(connection: Connection, market: str, requests: Sequence[RefundRequest],
                   now: datetime, new_id: IdFactory, *,
                   notify: bool = True) -> list[dict[str, Any]]:
    """Validate every refund first (all or nothing), then write them; returns the rows."""
    line_ids = sorted({r.order_line_id for r in requests})
    lines = {row["order_line_id"]: row for row in connection.execute(
        select(db.order_lines).where(db.order_lines.c.market == market,
                                     db.order_lines.c.order_line_id.in_(line_ids))).mappings()}
    done = refunded_so_far(connection, line_ids)
    pending: dict[str, tuple[int, int]] = {}
    orders: dict[str, Row] = {}
    for request in requests:
        line = lines.get(request.order_line_id)
        if line is None:
            raise Refused(404, f"order line {request.order_line_id} not found")
        the_order = orders.get(line["order_id"]) or order(connection, market, line["order_id"])
        orders[line["order_id"]] = the_order
        if the_order["state"] == "CLOSED":
            raise Refused(400, f"order {the_order['order_id']} is CLOSED; Mirakl refuses "
                               "refunds on closed orders")
        if the_order["state"] == "CANCELED":
            raise Refused(400, f"order {the_order['order_id']} is CANCELED")
        if line["shipped"] is None or line["state"] not in REFUNDABLE_LINE_STATES:
            raise Refused(400, f"order line {request.order_line_id} is {line['state']}: only "
                               "shipped lines can be refunded")
        if request.currency is not None and request.currency != the_order["currency"]:
            raise Refused(400, f"currency_iso_code {request.currency} does not match the "
                               f"order's currency {the_order['currency']}")
        reason(connection, market, request.reason_code, "REFUND", "is_operator_right")
        price, shipping = line_totals(line)
        before = done.get(request.order_line_id, (0, 0))
        already = pending.get(request.order_line_id, (0, 0))
        left_price = price - before[0] - already[0]
        left_shipping = shipping - before[1] - already[1]
        if request.amount_minor > left_price:
            raise Refused(400, f"amount {request.amount_minor / 100:.2f} is more than what is "
                               f"left to refund on line {request.order_line_id} "
                               f"({left_price / 100:.2f} {the_order['currency']})")
        if request.shipping_minor > left_shipping:
            raise Refused(400, f"shipping_amount {request.shipping_minor / 100:.2f} is more "
                               f"than the shipping left to refund on line "
                               f"{request.order_line_id} ({left_shipping / 100:.2f} "
                               f"{the_order['currency']})")
        pending[request.order_line_id] = (already[0] + request.amount_minor,
                                          already[1] + request.shipping_minor)
    group = new_id()
    rows = []
    for request in requests:
        row = {
            "refund_id": new_id(), "order_refund_id": group, "market": market,
            "order_id": lines[request.order_line_id]["order_id"],
            "order_line_id": request.order_line_id, "amount_minor": request.amount_minor,
            "shipping_minor": request.shipping_minor, "quantity": request.quantity,
            "reason_code": request.reason_code, "state": "WAITING_REFUND", "created": now,
            "next_state_due": now + TO_PAYMENT, "transaction_date": None,
            "transaction_number": None,
        }
        connection.execute(db.refunds.insert().values(**row))
        rows.append(row)
    for line_id, (amount, shipping) in pending.items():
        line = lines[line_id]
        price, ship_total = line_totals(line)
        before = done.get(line_id, (0, 0))
        values: dict[str, Any] = {}
        if before[0] + amount >= price and before[1] + shipping >= ship_total:
            if line["state"] == "INCIDENT_OPEN":
                values["state_before_incident"] = "REFUNDED"
            else:
                values["state"] = "REFUNDED"
        touch_line(connection, line["order_id"], line_id, now, **values)
    if notify:
        for order_id, the_order in orders.items():
            mine = [r for r in rows if r["order_id"] == order_id]
            _notify_customer(connection, market, the_order, mine, lines, now, new_id)
    return rows


def _notify_customer(connection: Connection, market: str, the_order: Row,
                     rows: list[dict[str, Any]], lines: Mapping[str, Row],
                     now: datetime, new_id: IdFactory) -> None:
    definition = MARKETS[market]
    locale_code = the_order["customer_locale"] or LOCALES[definition.language]
    language = locale_code[:2] if locale_code[:2] in NOTICE else definition.language
    money_locale = "de_CH" if market == "CH" and language == "de" else locale_code
    total = sum(r["amount_minor"] + r["shipping_minor"] for r in rows)
    products = ", ".join(dict.fromkeys(lines[r["order_line_id"]]["product_title"] for r in rows))
    topic, template = NOTICE[language]
    body = template.format(
        customer=f"{the_order['customer_firstname']} {the_order['customer_lastname']}",
        amount=format_currency(Decimal(total) / 100, the_order["currency"], locale=money_locale),
        product=products, order=the_order["commercial_id"], operator=definition.operator_name)
    thread = order_thread(connection, market, the_order["order_id"], with_party="CUSTOMER")
    if thread is None:
        shop_name = connection.execute(select(db.shops.c.name).where(
            db.shops.c.market == market,
            db.shops.c.shop_id == the_order["shop_id"])).scalar_one()
        thread = create_thread(
            connection, market=market, entity_type="MMP_ORDER",
            entity_id=the_order["order_id"], entity_label=the_order["commercial_id"],
            topic_type="FREE_TEXT", topic_value=topic,
            participants=order_participants(the_order, shop_name, definition.operator_name),
            shop_id=the_order["shop_id"], customer_id=the_order["customer_id"], now=now,
            new_id=new_id)
    post_message(connection, thread, operator_sender(definition.operator_name,
                                                     definition.operator_name),
                 body, ["CUSTOMER"], now, new_id)


def transaction_number(refund_id: str) -> str:
    return f"TRX{zlib.crc32(refund_id.encode()):010d}"


def settle_refunds(connection: Connection, now: datetime) -> int:
    """Move every refund whose next state is due; returns how many moves were made."""
    moves = 0
    while True:
        due = connection.execute(select(db.refunds).where(
            db.refunds.c.next_state_due.is_not(None), db.refunds.c.next_state_due <= now)
        ).mappings().all()
        if not due:
            return moves
        for refund in due:
            if refund["state"] == "WAITING_REFUND":
                values: dict[str, Any] = {"state": "WAITING_REFUND_PAYMENT",
                                          "next_state_due": refund["next_state_due"] + TO_REFUNDED}
            else:
                values = {"state": "REFUNDED", "next_state_due": None,
                          "transaction_date": refund["next_state_due"],
                          "transaction_number": transaction_number(refund["refund_id"])}
            connection.execute(update(db.refunds).where(
                db.refunds.c.refund_id == refund["refund_id"]).values(**values))
            touch_line(connection, refund["order_id"], refund["order_line_id"], now)
            moves += 1


def next_due(connection: Connection) -> datetime | None:
    """When the next refund state move is due (None: nothing is waiting)."""
    value: datetime | None = connection.execute(
        select(func.min(db.refunds.c.next_state_due))).scalar()
    return value
