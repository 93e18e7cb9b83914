"""Messaging: M11 list threads, M10 one thread, M12 reply, M13 download an attachment,
M14 create a thread with a seller, OR43 create a thread on an order."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection
from werkzeug.wrappers import Request, Response

from .. import db, shapes
from ..catalog import MARKETS
from ..operations import incidents, random_id
from ..operations.messages import (
    Sender,
    Upload,
    create_thread,
    operator_sender,
    order_participants,
    post_message,
    shop_sender,
    thread_row,
)
from .common import (
    ANY_ROLE,
    OPERATOR_ROLES,
    ApiError,
    Context,
    json_part,
    json_response,
    parse_time,
    position_time,
    seek_args,
    seek_token,
    split_list,
)

ENTITY_TYPES = ("MMP_ORDER", "MMP_OFFER", "MPS_ORDER", "MPS_SERVICE", "SELLER_OPERATOR")
LAST_MESSAGES = 100  # M11 with_messages carries each thread's newest 100 messages


def m11(ctx: Context, request: Request, market: str) -> Response:
    caller = ctx.caller(request, market, ANY_ROLE)
    filters, position, limit, descending = seek_args(
        request, {"entity_type", "entity_id", "updated_since", "with_messages"},
        "date_updated,DESC")
    t = db.threads.c
    conditions = [t.market == market]
    if caller["role"] == "seller":
        conditions.append(t.shop_id == caller["shop_id"])
    if filters.get("entity_id") and not filters.get("entity_type"):
        raise ApiError(400, "entity_id requires entity_type")
    if filters.get("entity_type"):
        if filters["entity_type"] not in ENTITY_TYPES:
            raise ApiError(400, f"entity_type must be one of {', '.join(ENTITY_TYPES)}")
        conditions.append(t.entity_type == filters["entity_type"])
    if ids := split_list(filters.get("entity_id"), "entity_id"):
        conditions.append(t.entity_id.in_(ids))
    if filters.get("updated_since"):
        conditions.append(t.updated >= parse_time(filters["updated_since"], "updated_since"))
    if position is not None:
        when = position_time(position)
        conditions.append(
            or_(t.updated < when, and_(t.updated == when, t.thread_id < position[1]))
            if descending else
            or_(t.updated > when, and_(t.updated == when, t.thread_id > position[1])))
    order = ((t.updated.desc(), t.thread_id.desc()) if descending
             else (t.updated.asc(), t.thread_id.asc()))
    with_messages = str(filters.get("with_messages", "false")).lower() == "true"
    with ctx.engine.connect() as connection:
        rows = connection.execute(select(db.threads).where(*conditions).order_by(*order)
                                  .limit(limit + 1)).mappings().all()
        data = threads_json(connection, list(rows[:limit]), with_messages, LAST_MESSAGES)
    payload: dict[str, Any] = {"data": data}
    token = seek_token(rows, limit, filters, descending,
                       lambda r: (r["updated"].isoformat(), r["thread_id"]))
    if token:
        payload["next_page_token"] = token
    return json_response(payload)


def threads_json(connection: Connection, rows: list[Any], with_messages: bool,
                 last_n: int | None) -> list[dict[str, Any]]:
    """Thread records; with messages (the newest ``last_n``, or all) and their attachments."""
    if not rows:
        return []
    ids = [row["thread_id"] for row in rows]
    m = db.messages.c
    by_thread: dict[str, list[Any]] = {}
    if with_messages:
        query = select(db.messages).where(m.thread_id.in_(ids))
        if last_n is not None:
            # Only the newest messages of each thread, as Mirakl's M11 does.
            newest = select(m.thread_id, func.max(m.seq).label("top")).where(
                m.thread_id.in_(ids)).group_by(m.thread_id).subquery()
            query = (select(db.messages).join(newest, newest.c.thread_id == m.thread_id)
                     .where(m.seq > newest.c.top - last_n))
        for row in connection.execute(query.order_by(m.thread_id, m.seq)).mappings():
            by_thread.setdefault(row["thread_id"], []).append(row)
    else:
        newest_ids = select(m.thread_id, func.max(m.seq).label("top")).where(
            m.thread_id.in_(ids)).group_by(m.thread_id).subquery()
        query = select(db.messages).join(newest_ids, and_(
            newest_ids.c.thread_id == m.thread_id, newest_ids.c.top == m.seq))
        for row in connection.execute(query).mappings():
            by_thread[row["thread_id"]] = [row]
    attachments: dict[str, list[Any]] = {}
    message_ids = [msg["message_id"] for msgs in by_thread.values() for msg in msgs]
    if message_ids and with_messages:
        a = db.attachments.c
        for row in connection.execute(select(
                a.attachment_id, a.message_id, a.name, a.size).where(
                a.message_id.in_(message_ids)).order_by(a.name, a.attachment_id)).mappings():
            attachments.setdefault(row["message_id"], []).append(row)
    result = []
    for row in rows:
        msgs = by_thread.get(row["thread_id"], [])
        last_sender = shapes.message(msgs[-1])["from"] if msgs else None
        rendered = ([shapes.message(msg, attachments.get(msg["message_id"], ()))
                     for msg in msgs] if with_messages else None)
        result.append(shapes.thread(row, rendered, last_sender))
    return result


def m10(ctx: Context, request: Request, market: str, thread_id: str) -> Response:
    caller = ctx.caller(request, market, ANY_ROLE)
    with ctx.engine.connect() as connection:
        row = connection.execute(select(db.threads).where(
            db.threads.c.market == market, db.threads.c.thread_id == thread_id)
        ).mappings().first()
        if row is None or (caller["role"] == "seller" and row["shop_id"] != caller["shop_id"]):
            raise ApiError(404, f"thread {thread_id} not found")
        (data,) = threads_json(connection, [row], with_messages=True, last_n=None)
    return json_response(data)


def _sender(caller: dict[str, Any], market: str) -> Sender:
    if caller["role"] == "seller":
        return shop_sender(caller["shop_id"], caller["display_name"])
    return operator_sender(MARKETS[market].operator_name, caller["display_name"])


def _uploads(request: Request) -> list[Upload]:
    return [Upload(storage.filename or "", storage.read(), storage.mimetype or None)
            for storage in request.files.getlist("files")]


def _to_types(raw: Any, thread: dict[str, Any] | None = None) -> list[str]:
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "to is required: a list of recipients like {\"type\": \"SHOP\"}")
    types = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise ApiError(400, "each recipient in to needs a type")
        if thread is not None and item.get("id") is not None:
            known = {p["type"]: p.get("id") for p in thread["participants"]}
            if item["type"] in known and str(item["id"]) != str(known[item["type"]]):
                raise ApiError(400, f"to: {item['type']} {item['id']} does not take part in "
                                    "this thread")
        types.append(item["type"])
    return types


def m12(ctx: Context, request: Request, market: str, thread_id: str) -> Response:
    caller = ctx.caller(request, market, ANY_ROLE)
    message_input = json_part(request, "message_input")
    files = _uploads(request)
    with ctx.write() as connection:
        thread = dict(thread_row(connection, market, thread_id))
        if caller["role"] == "seller" and thread["shop_id"] != caller["shop_id"]:
            raise ApiError(404, f"thread {thread_id} not found")
        to = _to_types(message_input.get("to"), thread)
        now = ctx.clock.now()
        message_id = post_message(connection, thread, _sender(caller, market),
                                  message_input.get("body"), to, now, random_id, files)
        topic = message_input.get("topic")
        if isinstance(topic, dict) and topic.get("type") and topic.get("value"):
            connection.execute(db.threads.update().where(
                db.threads.c.thread_id == thread_id).values(
                topic_type=str(topic["type"]), topic_value=str(topic["value"])[:300]))
        if caller["role"] == "seller":
            incidents.after_shop_message(connection, thread, now)
    return json_response({"message_id": message_id, "thread_id": thread_id}, 201)


def m14(ctx: Context, request: Request, market: str) -> Response:
    caller = ctx.caller(request, market, OPERATOR_ROLES)
    thread_input = json_part(request, "thread_input")
    entity = thread_input.get("entity")
    if not isinstance(entity, dict) or entity.get("id") is None:
        raise ApiError(400, "entity is required: {\"type\": \"SHOP\", \"id\": <shop id>}")
    if entity.get("type") not in ("SHOP", "SELLER_OPERATOR"):
        raise ApiError(400, "entity.type must be SHOP (or SELLER_OPERATOR) with the shop id")
    topic = _topic(thread_input)
    files = _uploads(request)
    shop_id = str(entity["id"])
    with ctx.write() as connection:
        shop = connection.execute(select(db.shops).where(
            db.shops.c.market == market, db.shops.c.shop_id == shop_id)).mappings().first()
        if shop is None:
            raise ApiError(404, f"shop {shop_id} not found")
        operator_name = MARKETS[market].operator_name
        now = ctx.clock.now()
        thread = create_thread(
            connection, market=market, entity_type="SELLER_OPERATOR", entity_id=shop_id,
            entity_label=shop["name"], topic_type=topic[0], topic_value=topic[1],
            participants=[{"type": "SHOP", "id": shop_id, "display_name": shop["name"]},
                          {"type": "OPERATOR", "display_name": operator_name}],
            shop_id=shop_id, customer_id=None, now=now, new_id=random_id)
        message_id = post_message(connection, thread, _sender(caller, market),
                                  thread_input.get("body"), ["SHOP"], now, random_id, files)
    return json_response({"message_id": message_id, "thread_id": thread["thread_id"]}, 201)


def _topic(thread_input: dict[str, Any]) -> tuple[str, str]:
    topic = thread_input.get("topic")
    if not isinstance(topic, dict) or not topic.get("type") or not topic.get("value"):
        raise ApiError(400, "topic is required: {\"type\": \"FREE_TEXT\", \"value\": \"…\"}")
    return str(topic["type"]), str(topic["value"])


def or43(ctx: Context, request: Request, market: str, order_id: str) -> Response:
    caller = ctx.caller(request, market, OPERATOR_ROLES)
    thread_input = json_part(request, "thread_input")
    topic = _topic(thread_input)
    to = _to_types(thread_input.get("to"))
    files = _uploads(request)
    with ctx.write() as connection:
        order = connection.execute(select(db.orders).where(
            db.orders.c.market == market, db.orders.c.order_id == order_id)).mappings().first()
        if order is None:
            raise ApiError(404, f"order {order_id} not found")
        shop_name = connection.execute(select(db.shops.c.name).where(
            db.shops.c.market == market, db.shops.c.shop_id == order["shop_id"])).scalar_one()
        operator_name = MARKETS[market].operator_name
        everyone = order_participants(order, shop_name, operator_name)
        participants = [p for p in everyone if p["type"] == "OPERATOR" or p["type"] in to]
        now = ctx.clock.now()
        thread = create_thread(
            connection, market=market, entity_type="MMP_ORDER", entity_id=order_id,
            entity_label=order["commercial_id"], topic_type=topic[0], topic_value=topic[1],
            participants=participants, shop_id=order["shop_id"],
            customer_id=order["customer_id"] if "CUSTOMER" in to else None, now=now,
            new_id=random_id)
        message_id = post_message(connection, thread, _sender(caller, market),
                                  thread_input.get("body"), to, now, random_id, files)
    return json_response({"message_id": message_id, "thread_id": thread["thread_id"]}, 201)


def content_disposition(name: str) -> str:
    """``attachment`` with an ASCII fallback and the exact name as RFC 5987 ``filename*``.

    The fallback replaces everything but printable ASCII (control characters would break or
    inject headers); ``filename*`` percent-encodes the name byte for byte, hostile or not, so a
    client sees exactly what the sender uploaded and must make it safe itself."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def m13(ctx: Context, request: Request, market: str, attachment_id: str) -> Response:
    caller = ctx.caller(request, market, ANY_ROLE)
    with ctx.engine.connect() as connection:
        row = connection.execute(select(db.attachments).where(
            db.attachments.c.market == market,
            db.attachments.c.attachment_id == attachment_id)).mappings().first()
        if row is not None and caller["role"] == "seller":
            shop_id = connection.execute(select(db.threads.c.shop_id).where(
                db.threads.c.thread_id == row["thread_id"])).scalar()
            if shop_id != caller["shop_id"]:
                row = None
    if row is None:
        raise ApiError(404, f"attachment {attachment_id} not found")
    return Response(bytes(row["content"]), status=200, content_type=row["content_type"],
                    headers={"Content-Disposition": content_disposition(row["name"]),
                             "X-Content-Type-Options": "nosniff"})


ROUTES = [
    ("/inbox/threads", "m11", ["GET"], m11),
    ("/inbox/threads", "m14", ["POST"], m14),
    ("/inbox/threads/<thread_id>", "m10", ["GET"], m10),
    ("/inbox/threads/<thread_id>/message", "m12", ["POST"], m12),
    ("/inbox/threads/<attachment_id>/download", "m13", ["GET"], m13),
    ("/orders/<order_id>/threads", "or43", ["POST"], or43),
]
