"""Shops: S20 (list), S07 (update, incl. suspend), S09-style state actions and S21-style
statistics per period. Mirakl publishes S09's and S21's schemas but no path; ours are
``PUT /api/shops/states`` and ``GET /api/shops/statistics``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from werkzeug.wrappers import Request, Response

from .. import db, shapes
from ..operations.shops import MAX_SHOPS_PER_CALL, ItemError, change_state, update_shop
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

SHOP_STATES = ("OPEN", "CLOSE", "SUSPENDED", "TERMINATED")
PERIODS = {
    "ALL_SINCE_BEGINNING": None, "LAST_MONTH": timedelta(days=30),
    "LAST_THREE_MONTHS": timedelta(days=91), "LAST_SIX_MONTHS": timedelta(days=182),
    "LAST_YEAR": timedelta(days=365),
}
STATE_CHANGERS = ("supervisor",)  # only supervisors sanction shops


def _page_conditions(request: Request, market: str, now: datetime) -> list[Any]:
    s = db.shops.c
    conditions: list[Any] = [s.market == market]
    if (ids := arg_list(request, "shop_ids")) is not None:
        conditions.append(s.shop_id.in_(ids))
    if state := request.args.get("state"):
        if state not in SHOP_STATES:
            raise ApiError(400, f"state must be one of {', '.join(SHOP_STATES)}")
        if state == "CLOSE":
            conditions += [s.state == "OPEN", s.closed_from <= now,
                           (s.closed_to.is_(None)) | (s.closed_to > now)]
        elif state == "OPEN":
            conditions += [s.state == "OPEN", (s.closed_from.is_(None)) | (s.closed_from > now)
                           | (s.closed_to <= now)]
        else:
            conditions.append(s.state == state)
    if raw := request.args.get("updated_since"):
        conditions.append(s.last_updated >= parse_time(raw, "updated_since"))
    return conditions


def _page(ctx: Context, request: Request, market: str
          ) -> tuple[list[Any], int, dict[str, str], datetime]:
    now = ctx.clock.now()
    conditions = _page_conditions(request, market, now)
    offset = arg_int(request, "offset", 0, 0, 10**9)
    limit = arg_int(request, "max", 10, 1, OFFSET_MAX)
    paginate = arg_bool(request, "paginate")
    s = db.shops.c
    with ctx.engine.connect() as connection:
        total = connection.execute(
            select(func.count()).select_from(db.shops).where(*conditions)).scalar_one()
        query = select(db.shops).where(*conditions).order_by(s.name, s.shop_id)
        if paginate is not False:
            query = query.offset(offset).limit(limit)
        rows = list(connection.execute(query).mappings().all())
    headers = next_link(request, offset, limit, total) if paginate is not False else {}
    return rows, total, headers, now


def s20(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market)
    rows, total, headers, now = _page(ctx, request, market)
    return json_response({"shops": [shapes.shop(row, now) for row in rows],
                          "total_count": total}, headers=headers)


def _bulk(body: dict[str, Any], key: str) -> list[Any]:
    items = body.get(key)
    if not isinstance(items, list) or not items:
        raise ApiError(400, f"{key} is required: a non-empty list")
    if len(items) > MAX_SHOPS_PER_CALL:
        raise ApiError(400, f"{key}: at most {MAX_SHOPS_PER_CALL} shops per call")
    return items


def s07(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market, STATE_CHANGERS)
    items = _bulk(json_body(request), "shops")
    results: list[dict[str, Any]] = []
    with ctx.write() as connection:
        now = ctx.clock.now()
        for item in items:
            # update_shop checks everything before it writes: a failed item changes nothing.
            try:
                shop_id = update_shop(connection, market, item, now, parse_time)
            except ItemError as exc:
                results.append({"shop_error": {"errors": [exc.as_json()], "input": item}})
                continue
            row = connection.execute(select(db.shops).where(
                db.shops.c.market == market, db.shops.c.shop_id == shop_id)).mappings().one()
            results.append({"shop_updated": shapes.shop(row, now)})
    return json_response({"shop_returns": results})


def s09(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market, STATE_CHANGERS)
    items = _bulk(json_body(request), "shop_state_change_actions")
    results: list[dict[str, Any]] = []
    with ctx.write() as connection:
        now = ctx.clock.now()
        for item in items:
            raw_id = item.get("id") if isinstance(item, dict) else None
            try:
                if not isinstance(item, dict):
                    raise ItemError("INVALID_VALUE", "shop_state_change_actions",
                                    "each action must be an object")
                shop_id, state = change_state(connection, market, raw_id,
                                              item.get("state_change_action"), now)
            except ItemError as exc:
                record: dict[str, Any] = {"errors": [exc.as_json()]}
                if isinstance(raw_id, int) or (isinstance(raw_id, str) and raw_id.isdigit()):
                    record["id"] = int(raw_id)
                    current = connection.execute(select(db.shops.c.state).where(
                        db.shops.c.market == market,
                        db.shops.c.shop_id == str(raw_id))).scalar()
                    if current is not None:
                        record["state"] = current
                results.append(record)
                continue
            results.append({"id": int(shop_id), "state": state, "errors": []})
    return json_response({"shop_states": results})


def s21(ctx: Context, request: Request, market: str) -> Response:
    ctx.caller(request, market)
    periods = arg_list(request, "periods") or list(PERIODS)
    unknown = [p for p in periods if p not in PERIODS]
    if unknown:
        raise ApiError(400, f"periods: unknown period {unknown[0]}; expected "
                            f"{', '.join(PERIODS)}")
    rows, total, headers, now = _page(ctx, request, market)
    stats = _statistics(ctx, market, [row["shop_id"] for row in rows])
    shops = []
    for row in rows:
        record: dict[str, Any] = {"shop_id": int(row["shop_id"]),
                                  "last_updated_date": shapes.iso(row["last_updated"])}
        orders = stats.get(row["shop_id"], [])
        for kpi, values in _kpis(row, orders, periods, now).items():
            record[kpi] = values
        shops.append(record)
    return json_response({"channel": market, "total_count": total, "shops": shops},
                         headers=headers)


def _statistics(ctx: Context, market: str, shop_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Per shop, one small record per order: dates, state, money, incident and refund flags."""
    if not shop_ids:
        return {}
    o, ln = db.orders.c, db.order_lines.c
    mine = select(o.order_id).where(o.market == market, o.shop_id.in_(shop_ids))
    with ctx.engine.connect() as connection:
        lines = {row.order_id: row for row in connection.execute(select(
            ln.order_id, func.count().label("lines"),
            func.sum(ln.unit_price_minor * ln.quantity).label("price"),
            func.sum(ln.shipping_minor).label("shipping")).where(
            ln.order_id.in_(mine)).group_by(ln.order_id))}
        with_incident: dict[str, int] = dict(connection.execute(select(
            db.incidents.c.order_id, func.count(func.distinct(db.incidents.c.order_line_id)))
            .where(db.incidents.c.order_id.in_(mine)).group_by(db.incidents.c.order_id)).all())
        with_refund: dict[str, int] = dict(connection.execute(select(
            db.refunds.c.order_id, func.count(func.distinct(db.refunds.c.order_line_id)))
            .where(db.refunds.c.order_id.in_(mine)).group_by(db.refunds.c.order_id)).all())
        orders: dict[str, list[dict[str, Any]]] = {}
        for row in connection.execute(select(o.order_id, o.shop_id, o.created, o.shipped,
                                             o.state).where(o.order_id.in_(mine))):
            summary = lines.get(row.order_id)
            orders.setdefault(row.shop_id, []).append({
                "created": row.created, "shipped": row.shipped, "state": row.state,
                "lines": summary.lines if summary else 0,
                "price": int(summary.price or 0) if summary else 0,
                "shipping": int(summary.shipping or 0) if summary else 0,
                "incident_lines": with_incident.get(row.order_id, 0),
                "refund_lines": with_refund.get(row.order_id, 0),
            })
    return orders


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _kpis(shop: Any, orders: list[dict[str, Any]], periods: Iterable[str],
          now: datetime) -> dict[str, list[dict[str, Any]]]:
    kpis: dict[str, list[dict[str, Any]]] = {}

    def put(name: str, period: str, value: float) -> None:
        kpis.setdefault(name, []).append({"period": period, "value": value})

    for period in periods:
        span = PERIODS[period]
        chosen = [x for x in orders if span is None or x["created"] >= now - span]
        accepted = [x for x in chosen if x["state"] not in ("WAITING_ACCEPTANCE", "REFUSED")]
        accepted_lines = sum(x["lines"] for x in accepted)
        shipped = [x for x in chosen if x["shipped"] is not None]
        revenue = sum(x["price"] for x in accepted if x["state"] != "CANCELED")
        revenue_shipping = revenue + sum(x["shipping"] for x in accepted
                                         if x["state"] != "CANCELED")
        paid = [x for x in accepted if x["state"] != "CANCELED"]
        put("orders_count", period, len(chosen))
        put("incident_rate", period,
            _ratio(sum(x["incident_lines"] for x in accepted), accepted_lines))
        put("refund_rate", period, _ratio(sum(x["refund_lines"] for x in accepted),
                                          accepted_lines))
        put("cancelation_rate", period,
            _ratio(sum(1 for x in chosen if x["state"] == "CANCELED"), len(chosen)))
        put("return_rate", period, 0.0)
        put("auto_refused_rate", period, 0.0)
        put("consecutive_refused_orders_count", period, 0)
        put("shipping_delay", period, round(
            sum((x["shipped"] - x["created"]).total_seconds() for x in shipped) / len(shipped))
            if shipped else 0)
        put("average_cart", period, shapes.amount(round(revenue / len(paid))) if paid else 0.0)
        put("average_cart_with_shipping", period,
            shapes.amount(round(revenue_shipping / len(paid))) if paid else 0.0)
        put("total_revenue", period, shapes.amount(revenue))
        # Snapshot figures the sandbox keeps per shop, not per period.
        put("order_messages_response_delay", period, shop["order_messages_response_delay"] or 0)
        put("grade", period, shop["grade"] or 0.0)
        put("evaluations_count", period, shop["evaluations_count"])
        put("approval_rate", period, shop["approval_rate"] or 0.0)
        put("approval_delay", period, shop["approval_delay"] or 0)
        put("offers_count", period, shop["offers_count"])
    return kpis


ROUTES = [
    ("/shops", "s20", ["GET"], s20),
    ("/shops", "s07", ["PUT"], s07),
    ("/shops/states", "s09", ["PUT"], s09),
    ("/shops/statistics", "s21", ["GET"], s21),
]
