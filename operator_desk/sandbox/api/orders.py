"""Orders: OR11 (list) and OR28 (refunds)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.engine import Connection
from werkzeug.wrappers import Request, Response

from .. import db, shapes
from ..operations import random_id
from ..operations.refunds import create_refunds, parse_request
from .common import (
    OFFSET_MAX,
    ApiError,
    Context,
    arg_bool,
    arg_int,
    arg_list,
    json_body,
    json_response,
    next_link,
    parse_time,
)

REFUND_STATES = ("WAITING_REFUND_TAX_CONFIRMATION", "WAITING_REFUND", "WAITING_REFUND_PAYMENT",
                 "REFUNDED")


def or11(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market)
    ctx.settle()
    o, lines = db.orders.c, db.order_lines.c
    conditions = [o.market == market]
    for name, column in (("order_ids", o.order_id), ("shop_ids", o.shop_id),
                         ("commercial_ids", o.commercial_id),
                         ("customer_ids", o.customer_id), ("order_state_codes", o.state)):
        if (values := arg_list(request, name)) is not None:
            conditions.append(column.in_(values))
    window: dict[str, Any] = {}
    for name, column, op in (("start_update_date", o.last_updated, "ge"),
                             ("end_update_date", o.last_updated, "le"),
                             ("start_date", o.created, "ge"), ("end_date", o.created, "le")):
        if raw := request.args.get(name):
            value = parse_time(raw, name)
            window[name] = value
            conditions.append(column >= value if op == "ge" else column <= value)
    has_incident = arg_bool(request, "has_incident")
    if has_incident is not None:
        open_line = exists().where(and_(lines.order_id == o.order_id,
                                        lines.state == "INCIDENT_OPEN"))
        conditions.append(open_line if has_incident else ~open_line)
    if (refund_states := arg_list(request, "refund_state_codes")) is not None:
        unknown = set(refund_states) - set(REFUND_STATES)
        if unknown:
            raise ApiError(400, f"refund_state_codes: unknown state {sorted(unknown)[0]}")
        start, end = window.get("start_update_date"), window.get("end_update_date")
        if start is None or end is None or end - start > timedelta(days=31):
            raise ApiError(400, "refund_state_codes needs start_update_date and "
                                "end_update_date at most one month apart")
        r = db.refunds.c
        conditions.append(exists().where(and_(r.order_id == o.order_id,
                                              r.state.in_(refund_states))))
    paginate = arg_bool(request, "paginate")
    offset = arg_int(request, "offset", 0, 0, 10**9)
    limit = arg_int(request, "max", 10, 1, OFFSET_MAX)
    descending = (request.args.get("order") or "desc").lower() == "desc"
    with ctx.engine.connect() as connection:
        total = connection.execute(
            select(func.count()).select_from(db.orders).where(*conditions)).scalar_one()
        query = select(db.orders).where(*conditions).order_by(
            o.created.desc() if descending else o.created.asc(),
            o.order_id.desc() if descending else o.order_id.asc())
        if paginate is not False:
            query = query.offset(offset).limit(limit)
        rows = connection.execute(query).mappings().all()
        payload = orders_json(connection, rows)
    headers = next_link(request, offset, limit, total) if paginate is not False else {}
    return json_response({"orders": payload, "total_count": total}, headers=headers)


def orders_json(connection: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
    """OR11 order records with their lines, refunds and shop names, in four queries."""
    if not rows:
        return []
    ids = [row["order_id"] for row in rows]
    market = rows[0]["market"]
    refunds: dict[str, list[Any]] = {}
    for refund in connection.execute(select(db.refunds).where(
            db.refunds.c.order_id.in_(ids)).order_by(db.refunds.c.created,
                                                     db.refunds.c.refund_id)).mappings():
        refunds.setdefault(refund["order_line_id"], []).append(refund)
    line_rows = connection.execute(
        select(db.order_lines).where(db.order_lines.c.order_id.in_(ids))
        .order_by(db.order_lines.c.order_id, db.order_lines.c.line_index)).mappings().all()
    order_states = {row["order_id"]: row["state"] for row in rows}
    lines_by_order: dict[str, list[dict[str, Any]]] = {}
    for line in line_rows:
        lines_by_order.setdefault(line["order_id"], []).append(shapes.order_line(
            line, refunds.get(line["order_line_id"], ()), order_states[line["order_id"]]))
    shop_names = dict(connection.execute(
        select(db.shops.c.shop_id, db.shops.c.name).where(
            db.shops.c.market == market,
            db.shops.c.shop_id.in_({row["shop_id"] for row in rows}))).all())
    with_customer_message = set(connection.execute(
        select(db.threads.c.entity_id).where(
            db.threads.c.market == market, db.threads.c.entity_type == "MMP_ORDER",
            db.threads.c.entity_id.in_(ids))).scalars())
    return [
        shapes.order(row, shop_names.get(row["shop_id"], ""),
                     lines_by_order.get(row["order_id"], []),
                     row["order_id"] in with_customer_message)
        for row in rows
    ]


def or28(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market)
    requests = parse_request(json_body(request))
    with ctx.write() as connection:
        rows = create_refunds(connection, market, requests, ctx.clock.now(), random_id)
        lines = {row["order_line_id"]: row for row in connection.execute(
            select(db.order_lines).where(db.order_lines.c.order_line_id.in_(
                [r["order_line_id"] for r in rows]))).mappings()}
        currency = connection.execute(select(db.markets.c.currency).where(
            db.markets.c.code == market)).scalar_one()
        ctx.refunds_changed(connection)
    return json_response({
        "order_tax_mode": "TAX_INCLUDED",
        "refunds": [shapes.created_refund(row, lines[row["order_line_id"]], currency)
                    for row in rows],
    })


ROUTES = [
    ("/orders", "or11", ["GET"], or11),
    ("/orders/refund", "or28", ["PUT"], or28),
]
