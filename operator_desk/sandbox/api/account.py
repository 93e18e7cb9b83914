"""Who am I (x-desk), reasons (RE01, RE02/RE11/RE12) and the health check."""

from __future__ import annotations

from sqlalchemy import select
from werkzeug.wrappers import Request, Response

from .. import db, shapes
from .common import ANY_ROLE, Context, json_response

# RE11/RE12 are RE02 with a fixed type; Mirakl deprecated all three in favour of RE01.
_LEGACY_TYPES = {"incident_open": "INCIDENT_OPEN", "incident_close": "INCIDENT_CLOSE"}


def health(ctx: Context, request: Request) -> Response:
    return json_response({"status": "ok", "markets": sorted(ctx.markets),
                          "now": shapes.iso(ctx.clock.now())})


def x_me(ctx: Context, request: Request, market: str) -> Response:
    caller = ctx.caller(request, market, ANY_ROLE)
    # "sandbox": this is no live marketplace; the desk shows its SANDBOX banner for it.
    return json_response({"user": caller["user_name"], "display_name": caller["display_name"],
                          "role": caller["role"], "market": market,
                          "shop_id": caller["shop_id"], "sandbox": True})


def _reasons(ctx: Context, request: Request, market: str, reason_type: str | None
             ) -> list[dict[str, object]]:
    ctx.caller(request, market, ANY_ROLE)
    language = (request.args.get("locale") or "en")[:2].lower()
    query = select(db.reasons).where(db.reasons.c.market == market)
    if reason_type:
        query = query.where(db.reasons.c.type == reason_type)
    with ctx.engine.connect() as connection:
        rows = connection.execute(query.order_by(db.reasons.c.type,
                                                 db.reasons.c.sort_index)).mappings().all()
    return [shapes.reason(row, language) for row in rows]


def re01(ctx: Context, request: Request, market: str) -> Response:
    reasons = _reasons(ctx, request, market, request.args.get("reason_type"))
    return json_response({"reasons": reasons, "total_count": len(reasons)})


def re02(ctx: Context, request: Request, market: str, reason_type: str) -> Response:
    legacy = _LEGACY_TYPES.get(reason_type)
    reasons = _reasons(ctx, request, market, legacy or reason_type.upper())
    if legacy:
        reasons = [{"code": r["code"], "label": r["label"]} for r in reasons
                   if r["is_operator_right"]]
    return json_response({"reasons": reasons, "total_count": len(reasons)})


ROUTES = [
    ("/x-desk/me", "x_me", ["GET"], x_me),
    ("/reasons", "re01", ["GET"], re01),
    ("/reasons/<reason_type>", "re02", ["GET"], re02),
]
