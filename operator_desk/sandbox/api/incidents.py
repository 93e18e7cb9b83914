"""Incidents: OR61 (list; our path), OR62 open, OR63 close, OR64 mark resolved (seller key),
and the x-desk dispute extension."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from werkzeug.wrappers import Request, Response

from .. import db, shapes
from ..operations import incidents, random_id
from .common import (
    MAX_LIST_VALUES,
    ApiError,
    Context,
    json_body,
    json_response,
    parse_time,
    position_time,
    seek_args,
    seek_token,
    split_list,
)

STATUSES = ("NEW", "IN_PROGRESS", "RESOLVED", "DISPUTED", "CLOSED")


def or61(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market)
    filters, position, limit, descending = seek_args(
        request, {"status", "updated_since", "order_ids", "incident_ids"}, "date_updated,DESC")
    i = db.incidents.c
    conditions = [i.market == market]
    if statuses := split_list(filters.get("status"), "status"):
        unknown = set(statuses) - set(STATUSES)
        if unknown:
            raise ApiError(400, f"status: unknown value {sorted(unknown)[0]}; expected one of "
                                f"{', '.join(STATUSES)}")
        conditions.append(i.status.in_(statuses))
    if filters.get("updated_since"):
        conditions.append(i.updated >= parse_time(filters["updated_since"], "updated_since"))
    if order_ids := split_list(filters.get("order_ids"), "order_ids"):
        conditions.append(i.order_id.in_(order_ids[:MAX_LIST_VALUES]))
    if incident_ids := split_list(filters.get("incident_ids"), "incident_ids"):
        conditions.append(i.incident_id.in_(incident_ids[:MAX_LIST_VALUES]))
    if position is not None:
        when = position_time(position)
        conditions.append(
            or_(i.updated < when, and_(i.updated == when, i.incident_id < position[1]))
            if descending else
            or_(i.updated > when, and_(i.updated == when, i.incident_id > position[1])))
    order = ((i.updated.desc(), i.incident_id.desc()) if descending
             else (i.updated.asc(), i.incident_id.asc()))
    with ctx.engine.connect() as connection:
        rows = connection.execute(select(db.incidents).where(*conditions).order_by(*order)
                                  .limit(limit + 1)).mappings().all()
    payload: dict[str, Any] = {"data": [shapes.incident(row) for row in rows[:limit]]}
    token = seek_token(rows, limit, filters, descending,
                       lambda r: (r["updated"].isoformat(), r["incident_id"]))
    if token:
        payload["next_page_token"] = token
    return json_response(payload)


def or62(ctx: Context, request: Request, market: str, order_id: str, line_id: str) -> Response:
    ctx.caller(request, market)
    reason_code = json_body(request).get("reason_code")
    with ctx.write() as connection:
        incidents.open_incident(connection, market, order_id, line_id, reason_code,
                                ctx.clock.now(), random_id)
    return Response(status=204)


def or63(ctx: Context, request: Request, market: str, order_id: str, line_id: str) -> Response:
    ctx.caller(request, market)
    reason_code = json_body(request).get("reason_code")
    with ctx.write() as connection:
        incidents.close_incident(connection, market, order_id, line_id, reason_code,
                                 ctx.clock.now())
    return Response(status=204)


def or64(ctx: Context, request: Request, market: str, order_id: str, line_id: str) -> Response:
    caller = ctx.caller(request, market, ("seller",))
    shop_id = request.args.get("shop_id")
    if shop_id is not None and shop_id != caller["shop_id"]:
        raise ApiError(403, "Forbidden: shop_id is not the key's shop")
    body = json_body(request)
    with ctx.write() as connection:
        incidents.resolve_incident(connection, market, order_id, line_id, caller["shop_id"],
                                   body.get("reason_code"), body.get("message"),
                                   ctx.clock.now(), random_id)
    return Response(status=204)


def x_dispute(ctx: Context, request: Request, market: str, incident_id: str) -> Response:
    ctx.caller(request, market)
    with ctx.write() as connection:
        incidents.dispute_incident(connection, market, incident_id, ctx.clock.now())
    return Response(status=204)


ROUTES = [
    ("/incidents", "or61", ["GET"], or61),
    # Mirakl's OR62 is a POST; the sandbox has answered PUT since its first version.
    ("/orders/<order_id>/lines/<line_id>/open_incident", "or62", ["PUT", "POST"], or62),
    ("/orders/<order_id>/lines/<line_id>/close_incident", "or63", ["PUT"], or63),
    ("/orders/<order_id>/lines/<line_id>/resolve_incident", "or64", ["PUT"], or64),
    ("/x-desk/incidents/<incident_id>/dispute", "x_dispute", ["PUT"], x_dispute),
]
