"""Sending one operator action to its marketplace: the single place that maps an action
record to connector calls. The outbox's push engine and the direct path both use it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from operator_desk.connectors.base import MarketplaceConnector
from operator_desk.domain.actions import (
    Action,
    CloseIncident,
    DisputeIncident,
    NewOrderThread,
    NewSellerThread,
    OpenIncident,
    Refund,
    Reply,
    ShopClosure,
    ShopState,
    ShopStateChange,
)


class PlatformRefused(Exception):
    """The platform answered, and the answer was no (per-item errors of a bulk call)."""


@dataclass(frozen=True, slots=True)
class Executed:
    """What the platform answered: ids it created and its response, for the audit log."""

    response: dict[str, Any] = field(default_factory=dict)


def execute(action: Action, connector: MarketplaceConnector) -> Executed:
    """Send ``action`` once. Connector errors propagate; the caller decides about retries
    (never blindly: an unknown outcome is reconciled by reading back first)."""
    match action:
        case CloseIncident():
            connector.close_incident(action.order_id, action.order_line_id, action.reason_code)
            return Executed({"closed": action.incident_id})
        case DisputeIncident():
            connector.dispute_incident(action.incident_id)
            return Executed({"disputed": action.incident_id})
        case OpenIncident():
            connector.open_incident(action.order_id, action.order_line_id, action.reason_code)
            return Executed({"opened_on": action.order_line_id})
        case Reply():
            message_id = connector.reply(action.thread_id, action.body, action.to, action.files)
            return Executed({"message_id": message_id})
        case NewOrderThread():
            thread_id, message_id = connector.create_order_thread(
                action.order_id, action.body, action.to, action.topic, action.files)
            return Executed({"thread_id": thread_id, "message_id": message_id})
        case NewSellerThread():
            thread_id, message_id = connector.create_seller_thread(
                action.shop_id, action.body, action.topic, action.files)
            return Executed({"thread_id": thread_id, "message_id": message_id})
        case Refund():
            created = connector.refund(action.lines)
            return Executed({"refund_ids": [str(r.get("refund_id", "")) for r in created]})
        case ShopState():
            if action.change in (ShopStateChange.SUSPEND, ShopStateChange.UNSUSPEND):
                results = connector.suspend_shops(
                    [(action.shop_id, action.change == ShopStateChange.SUSPEND)])
            else:
                results = connector.change_shop_states([(action.shop_id, action.change.value)])
            refused = [r for r in results if not r.ok]
            if refused or not results:
                raise PlatformRefused("; ".join(e for r in refused for e in r.errors)
                                      or "the platform did not confirm the change")
            return Executed({"shop_state": results[0].state})
        case ShopClosure():
            results = connector.close_shops(
                [(action.shop_id, action.closed_from, action.closed_to)])
            refused = [r for r in results if not r.ok]
            if refused or not results:
                raise PlatformRefused("; ".join(e for r in refused for e in r.errors)
                                      or "the platform did not confirm the closing window")
            return Executed({"shop_state": results[0].state})
    raise TypeError(f"not an action: {action!r}")
