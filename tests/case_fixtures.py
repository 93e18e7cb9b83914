"""One case with a story, as records: for the timeline, the case service and the case pane.

Market DE (hours:48). Eva Jansen bought a toaster and a kettle from Blitz Shop (order O1). The
toaster came broken; the customer opened incident I1. The seller answered a day late, with a
phone number (a policy finding), then told the operator a replacement was sent and marked
the incident solved. The customer wrote again after that: the replacement is broken too. A
10 EUR refund was paid on the toaster line. Around it: incident I2 on the kettle (same
order), I3 on an older order between the same two (same customer and seller), and two that
must not show: I4 (same customer, other seller) and I5 (same seller, other customer).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from operator_desk.domain.models import (
    Customer,
    Incident,
    Market,
    Message,
    Order,
    OrderLine,
    Participant,
    Reason,
    Refund,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.queue import IncidentCase
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MARKET = "DE"
CASE_ID = "I1"
PHONE = "+49 171 2345678"
SELLER_REPLY = f"Sorry! Schreiben Sie mir per WhatsApp: {PHONE}, dann geht es schneller."
RESOLUTION = "Replacement sent today, tracking 00340434161094."
AFTER_SOLVED = "The replacement is broken too. Please help."


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _eur(amount: str) -> Money:
    return Money.of(amount, "EUR")


def _line(order_id: str, n: int, title: str, state: str, shipped: datetime | None,
          refunds: tuple[Refund, ...] = ()) -> OrderLine:
    return OrderLine(order_line_id=f"{order_id}-{n}", index=n, product_title=title,
                     product_sku=None, quantity=1, unit_price=_eur("50"), price=_eur("50"),
                     shipping_price=_eur("0"), total_price=_eur("50"), state=state,
                     shipped_date=shipped, can_refund=True, refunds=refunds)


def _order(order_id: str, customer: Customer, shop_id: str, shop_name: str,
           created: datetime, lines: tuple[OrderLine, ...]) -> Order:
    return Order(market=MARKET, order_id=order_id, commercial_id=f"C-{order_id}",
                 shop_id=shop_id, shop_name=shop_name, customer=customer, state="SHIPPED",
                 currency="EUR", total_price=_eur("100"), shipping_price=_eur("0"),
                 created=created, last_updated=created, has_incident=True, lines=lines,
                 shipping_tracking="00340434161094", shipping_carrier="DHL")


EVA = Customer("C1", "Eva", "Jansen", "eva@example.org", "de_DE")
OTTO = Customer("C2", "Otto", "Berg", "otto@example.org", "de_DE")
REFUND = Refund(refund_id="R1", order_refund_id=None, amount=_eur("10"),
                shipping_amount=_eur("0"), quantity=None, reason_code="41", state="REFUNDED",
                created=days_ago(2))

ORDERS = (
    _order("O1", EVA, "S1", "Blitz Shop", days_ago(10), (
        _line("O1", 1, "Toaster", "INCIDENT_OPEN", days_ago(9), (REFUND,)),
        _line("O1", 2, "Kettle", "RECEIVED", days_ago(9)))),
    _order("O2", EVA, "S1", "Blitz Shop", days_ago(60), (
        _line("O2", 1, "Blender", "RECEIVED", days_ago(58)),)),
    _order("O3", EVA, "S2", "Other Shop", days_ago(30), (
        _line("O3", 1, "Radio", "RECEIVED", days_ago(29)),)),
    _order("O4", OTTO, "S1", "Blitz Shop", days_ago(20), (
        _line("O4", 1, "Mixer", "RECEIVED", days_ago(19)),)),
)


def _incident(incident_id: str, order_id: str, status: str, opened: datetime,
              **fields: object) -> Incident:
    values: dict[str, object] = {
        "market": MARKET, "incident_id": incident_id, "order_id": order_id,
        "order_line_id": f"{order_id}-1", "status": status, "opened": opened,
        "opening_reason_code": "12", "opened_by": "CUSTOMER", "last_action": opened,
        "last_action_by": "CUSTOMER"}
    values.update(fields)
    return Incident(**values)  # type: ignore[arg-type]


INCIDENTS = (
    _incident(CASE_ID, "O1", "RESOLVED", days_ago(8), resolved=days_ago(3),
              resolution_reason_code="30", resolution_message=RESOLUTION,
              last_action=days_ago(3), last_action_by="SHOP"),
    _incident("I2", "O1", "CLOSED", days_ago(7), order_line_id="O1-2", closed=days_ago(5)),
    _incident("I3", "O2", "CLOSED", days_ago(50), closed=days_ago(45)),
    _incident("I4", "O3", "NEW", days_ago(20)),
    _incident("I5", "O4", "NEW", days_ago(15)),
)

CUSTOMER = Participant("CUSTOMER_USER", "Eva Jansen", "C1")
SELLER = Participant("SHOP_USER", "Blitz Shop", "S1")
TO_SELLER = (Participant("SHOP", "Blitz Shop", "S1"), Participant("OPERATOR", "Operator"))
TO_CUSTOMER = (Participant("CUSTOMER", "Eva Jansen", "C1"),)
TO_OPERATOR = (Participant("OPERATOR", "Operator"),)


def _message(n: int, when: datetime, sender: Participant,
             recipients: tuple[Participant, ...], body: str) -> Message:
    return Message(message_id=f"M{n}", thread_id="T1", created=when, sender=sender,
                   recipients=recipients, body=body)


MESSAGES = (
    _message(1, days_ago(8), CUSTOMER, TO_SELLER, "The toaster arrived broken."),
    _message(2, days_ago(5), SELLER, TO_CUSTOMER, SELLER_REPLY),  # due after 48 h: a day late
    _message(3, days_ago(3), SELLER, TO_OPERATOR, RESOLUTION),
    _message(4, days_ago(1), CUSTOMER, TO_SELLER, AFTER_SOLVED),  # due tomorrow
)

THREAD = Thread(market=MARKET, thread_id="T1", topic="REASON_CODE:12", entity_type="MMP_ORDER",
                entity_id="O1", created=days_ago(8), updated=days_ago(1),
                message_count=len(MESSAGES), messages=MESSAGES)

REASONS = (
    Reason(MARKET, "12", "INCIDENT_OPEN", "Item arrived broken", "en"),
    Reason(MARKET, "12", "INCIDENT_OPEN", "Artikel defekt angekommen", "de"),
    Reason(MARKET, "30", "INCIDENT_CLOSE", "Replacement sent", "en"),
)


def fill_cache(cache: Database) -> None:
    """Write the story into a real cache file."""
    with cache.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market(MARKET, "EUR", "Europe/Berlin", "hours:48"), "DE", None)
        repo.upsert_shops([Shop(MARKET, "S1", "Blitz Shop"), Shop(MARKET, "S2", "Other Shop")])
        repo.upsert_orders(ORDERS)
        repo.upsert_incidents(INCIDENTS)
        repo.upsert_threads([THREAD])
        repo.upsert_reasons(REASONS)


def story_case(**changes: object) -> IncidentCase:
    """Incident I1 as the cache reads it (English labels); ``changes`` replace fields."""
    case = IncidentCase(incident=INCIDENTS[0], order=ORDERS[0],
                        shop=Shop(MARKET, "S1", "Blitz Shop"), opening_reason=REASONS[0],
                        resolution_reason=REASONS[2], threads=(THREAD,))
    return replace(case, **changes)  # type: ignore[arg-type]
