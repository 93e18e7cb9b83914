"""Shop changes: S07 (update, incl. ``suspend``) and the S09-style state actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from .. import db
from . import Refused, Row

STATE_ACTIONS = ("SUSPEND", "UNSUSPEND", "TERMINATE", "UNTERMINATE")
MAX_SHOPS_PER_CALL = 100


class ItemError(Exception):
    """One item of a bulk call failed; the others go on (Mirakl answers 200 with errors)."""

    def __init__(self, code: str, field: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "field": self.field, "message": self.message}


def shop_row(connection: Connection, market: str, shop_id: str) -> Row | None:
    return connection.execute(select(db.shops).where(
        db.shops.c.market == market, db.shops.c.shop_id == shop_id)).mappings().first()


def _shop_id(raw: Any, field: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, int | str) or not str(raw).strip():
        raise ItemError("INVALID_VALUE", field, f"{field} must be a shop id")
    return str(raw).strip()


def change_state(connection: Connection, market: str, raw_id: Any, action: Any,
                 now: datetime) -> tuple[str, str]:
    """S09 for one shop: returns (shop id, new state) or raises :class:`ItemError`."""
    shop_id = _shop_id(raw_id, "id")
    if action not in STATE_ACTIONS:
        raise ItemError("INVALID_VALUE", "state_change_action",
                        f"state_change_action must be one of {', '.join(STATE_ACTIONS)}")
    shop = shop_row(connection, market, shop_id)
    if shop is None:
        raise ItemError("SHOP_NOT_FOUND", "id", f"shop {shop_id} not found")
    state = shop["state"]
    allowed = {
        "SUSPEND": ("OPEN",), "UNSUSPEND": ("SUSPENDED",),
        "TERMINATE": ("OPEN", "SUSPENDED"), "UNTERMINATE": ("TERMINATED",),
    }[action]
    if state not in allowed:
        raise ItemError("INVALID_STATE_TRANSITION", "state_change_action",
                        f"shop {shop_id} is {state}: {action} is not possible")
    new_state, suspension = {
        "SUSPEND": ("SUSPENDED", "MANUAL"), "UNSUSPEND": ("OPEN", None),
        "TERMINATE": ("TERMINATED", None), "UNTERMINATE": ("OPEN", None),
    }[action]
    connection.execute(update(db.shops).where(
        db.shops.c.market == market, db.shops.c.shop_id == shop_id).values(
        state=new_state, suspension_type=suspension, last_updated=now))
    return shop_id, new_state


def _date(raw: Any, field: str, parse: Any) -> datetime | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ItemError("INVALID_VALUE", field, f"{field} must be an ISO-8601 date-time")
    try:
        value: datetime = parse(raw, field)
    except Refused as exc:
        raise ItemError("INVALID_VALUE", field, exc.message) from None
    return value


def update_shop(connection: Connection, market: str, item: Any, now: datetime,
                parse_time: Any) -> str:
    """S07 for one shop (the fields the desk uses); raises :class:`ItemError`."""
    if not isinstance(item, dict):
        raise ItemError("INVALID_VALUE", "shops", "each shop must be an object")
    shop_id = _shop_id(item.get("shop_id"), "shop_id")
    shop = shop_row(connection, market, shop_id)
    if shop is None:
        raise ItemError("SHOP_NOT_FOUND", "shop_id", f"shop {shop_id} not found")
    values: dict[str, Any] = {}
    if "suspend" in item:
        suspend = item["suspend"]
        if not isinstance(suspend, bool):
            raise ItemError("INVALID_VALUE", "suspend", "suspend must be true or false")
        if shop["state"] == "TERMINATED":
            raise ItemError("INVALID_STATE_TRANSITION", "suspend",
                            f"shop {shop_id} is TERMINATED")
        if suspend and shop["state"] != "SUSPENDED":
            values.update(state="SUSPENDED", suspension_type="MANUAL")
        elif not suspend and shop["state"] == "SUSPENDED":
            values.update(state="OPEN", suspension_type=None)
    for field, column in (("closed_from_date", "closed_from"), ("closed_to_date", "closed_to"),
                          ("immunity_date", "immunity_date")):
        if field in item:
            values[column] = _date(item[field], field, parse_time)
    if values.get("immunity_date") is not None and values["immunity_date"] <= now:
        raise ItemError("INVALID_VALUE", "immunity_date", "immunity_date must be in the future")
    closed_from = values.get("closed_from", shop["closed_from"])
    closed_to = values.get("closed_to", shop["closed_to"])
    if closed_from is not None and closed_to is not None and closed_to <= closed_from:
        raise ItemError("INVALID_VALUE", "closed_to_date",
                        "closed_to_date must be after closed_from_date")
    if "payment_blocked" in item:
        if not isinstance(item["payment_blocked"], bool):
            raise ItemError("INVALID_VALUE", "payment_blocked",
                            "payment_blocked must be true or false")
        values["payment_blocked"] = item["payment_blocked"]
    if "email" in item:
        email = item["email"]
        if not isinstance(email, str) or "@" not in email:
            raise ItemError("INVALID_VALUE", "email", "email cannot be null and needs an @")
        values["email"] = email
    if values:
        connection.execute(update(db.shops).where(
            db.shops.c.market == market, db.shops.c.shop_id == shop_id).values(
            last_updated=now, **values))
    return shop_id
