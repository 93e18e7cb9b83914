"""Incidents on order lines: open (OR62), close (OR63), mark resolved (OR64), dispute (ours)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from .. import db
from ..catalog import MARKETS
from . import IdFactory, Refused, Row
from .messages import order_thread, post_message, shop_sender

OPEN_STATUSES = ("NEW", "IN_PROGRESS", "RESOLVED", "DISPUTED")


def reason(connection: Connection, market: str, code: str, type_: str,
           right: str) -> Row:
    """A reason of the market with the given type that ``right`` (e.g. ``is_operator_right``)
    may use."""
    row = connection.execute(select(db.reasons).where(
        db.reasons.c.market == market, db.reasons.c.code == code,
        db.reasons.c.type == type_)).mappings().first()
    if row is None or not row[right]:
        raise Refused(400, f"reason_code {code!r} is not a valid {type_} reason")
    return row


def order(connection: Connection, market: str, order_id: str) -> Row:
    row = connection.execute(select(db.orders).where(
        db.orders.c.order_id == order_id, db.orders.c.market == market)).mappings().first()
    if row is None:
        raise Refused(404, f"order {order_id} not found")
    return row


def line_and_incident(connection: Connection, market: str, order_id: str, line_id: str
                      ) -> tuple[Row, Row | None]:
    """The order line and its incident that is not closed yet (if any)."""
    line = connection.execute(select(db.order_lines).where(
        db.order_lines.c.market == market, db.order_lines.c.order_id == order_id,
        db.order_lines.c.order_line_id == line_id)).mappings().first()
    if line is None:
        raise Refused(404, f"order line {line_id} of order {order_id} not found")
    incident = connection.execute(select(db.incidents).where(
        db.incidents.c.order_line_id == line_id, db.incidents.c.status != "CLOSED")
    ).mappings().first()
    return line, incident


def touch_line(connection: Connection, order_id: str, line_id: str, now: datetime,
               **values: Any) -> None:
    """Change a line (and bump its order's last update, which OR11's update filter reads)."""
    connection.execute(update(db.order_lines)
                       .where(db.order_lines.c.order_line_id == line_id)
                       .values(last_updated=now, **values))
    connection.execute(update(db.orders).where(db.orders.c.order_id == order_id)
                       .values(last_updated=now))


def open_incident(connection: Connection, market: str, order_id: str, line_id: str,
                  reason_code: Any, now: datetime, new_id: IdFactory, *,
                  by: str = "OPERATOR") -> str:
    """OR62 (operator) or the customer's front-office call (simulator)."""
    if not isinstance(reason_code, str) or not reason_code:
        raise Refused(400, "reason_code is required")
    line, incident = line_and_incident(connection, market, order_id, line_id)
    if incident is not None:
        raise Refused(400, f"order line {line_id} already has an open incident")
    if line["state"] not in ("SHIPPED", "RECEIVED"):
        raise Refused(400, f"an incident cannot be opened on a line in state {line['state']}")
    right = "is_customer_right" if by == "CUSTOMER" else "is_operator_right"
    row = reason(connection, market, reason_code, "INCIDENT_OPEN", right)
    incident_id = new_id()
    connection.execute(db.incidents.insert().values(
        incident_id=incident_id, market=market, order_id=order_id, order_line_id=line_id,
        status="NEW", opened=now, opening_reason_code=reason_code, opened_by=by,
        last_action=now, last_action_by=by, updated=now))
    touch_line(connection, order_id, line_id, now, state="INCIDENT_OPEN",
               state_before_incident=line["state"], state_reason_code=reason_code,
               state_reason_label=row["labels"].get(MARKETS[market].language))
    return incident_id


def close_incident(connection: Connection, market: str, order_id: str, line_id: str,
                   reason_code: Any, now: datetime, *, by: str = "OPERATOR") -> str:
    """OR63: the reason may be left out only when the shop marked the incident resolved."""
    if reason_code is not None and not isinstance(reason_code, str):
        raise Refused(400, "reason_code must be a string")
    line, incident = line_and_incident(connection, market, order_id, line_id)
    if incident is None:
        raise Refused(400, f"order line {line_id} has no open incident")
    if not reason_code and incident["status"] != "RESOLVED":
        raise Refused(400, "reason_code is required: the shop has not marked this incident "
                           "as resolved")
    if reason_code:
        right = "is_customer_right" if by == "CUSTOMER" else "is_operator_right"
        reason(connection, market, reason_code, "INCIDENT_CLOSE", right)
    connection.execute(update(db.incidents).where(
        db.incidents.c.incident_id == incident["incident_id"]).values(
        status="CLOSED", closed=now, closing_reason_code=reason_code or None, closed_by=by,
        last_action=now, last_action_by=by, updated=now))
    touch_line(connection, order_id, line_id, now,
               state=line["state_before_incident"] or "RECEIVED", state_before_incident=None,
               state_reason_code=None, state_reason_label=None)
    return str(incident["incident_id"])


def resolve_incident(connection: Connection, market: str, order_id: str, line_id: str,
                     shop_id: str, reason_code: Any, message: Any, now: datetime,
                     new_id: IdFactory, *, staff: str | None = None) -> str:
    """OR64, the seller's "mark as resolved"; its message is kept on the incident and posted
    to the operator in the order's thread."""
    if not isinstance(reason_code, str) or not reason_code:
        raise Refused(400, "reason_code is required")
    if message is not None and not isinstance(message, str):
        raise Refused(400, "message must be a string")
    the_order = order(connection, market, order_id)
    if the_order["shop_id"] != shop_id:
        raise Refused(403, "Forbidden: the order belongs to another shop")
    _line, incident = line_and_incident(connection, market, order_id, line_id)
    if incident is None:
        raise Refused(400, f"order line {line_id} has no open incident")
    if incident["status"] == "RESOLVED":
        raise Refused(400, "the incident is already marked as resolved")
    reason(connection, market, reason_code, "INCIDENT_CLOSE", "is_shop_right")
    connection.execute(update(db.incidents).where(
        db.incidents.c.incident_id == incident["incident_id"]).values(
        status="RESOLVED", resolved=now, resolution_reason_code=reason_code,
        resolution_message=message or None, last_action=now, last_action_by="SHOP",
        updated=now))
    touch_line(connection, order_id, line_id, now)
    if message:
        thread = order_thread(connection, market, order_id, with_party="OPERATOR")
        if thread is not None:
            shop_name = connection.execute(select(db.shops.c.name).where(
                db.shops.c.market == market, db.shops.c.shop_id == shop_id)).scalar_one()
            post_message(connection, thread, shop_sender(shop_id, shop_name, staff), message,
                         ["OPERATOR"], now, new_id)
    return str(incident["incident_id"])


def dispute_incident(connection: Connection, market: str, incident_id: str, now: datetime, *,
                     by: str = "OPERATOR") -> Row:
    """Ours: a RESOLVED incident becomes DISPUTED (the operator or the customer rejects the
    seller's resolution and keeps it open)."""
    incident = connection.execute(select(db.incidents).where(
        db.incidents.c.market == market, db.incidents.c.incident_id == incident_id)
    ).mappings().first()
    if incident is None:
        raise Refused(404, f"incident {incident_id} not found")
    if incident["status"] != "RESOLVED":
        raise Refused(400, f"only an incident marked as resolved can be disputed; this one is "
                           f"{incident['status']}")
    connection.execute(update(db.incidents).where(
        db.incidents.c.incident_id == incident_id).values(
        status="DISPUTED", last_action=now, last_action_by=by, updated=now))
    touch_line(connection, incident["order_id"], incident["order_line_id"], now)
    return incident


def start_progress(connection: Connection, incident_id: str, now: datetime) -> None:
    """A NEW incident is IN_PROGRESS once the shop has answered."""
    connection.execute(update(db.incidents).where(
        db.incidents.c.incident_id == incident_id, db.incidents.c.status == "NEW").values(
        status="IN_PROGRESS", last_action=now, last_action_by="SHOP", updated=now))


def after_shop_message(connection: Connection, thread: Row, now: datetime) -> None:
    """A shop's message on an order moves the order's NEW incidents to IN_PROGRESS."""
    if thread["entity_type"] != "MMP_ORDER":
        return
    waiting = connection.execute(select(db.incidents.c.incident_id).where(
        db.incidents.c.market == thread["market"],
        db.incidents.c.order_id == thread["entity_id"],
        db.incidents.c.status == "NEW")).scalars().all()
    for incident_id in waiting:
        start_progress(connection, incident_id, now)
