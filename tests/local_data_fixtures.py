"""Cached records with personal data, dated as a retention test needs them: an order with a
customer's name, e-mail address and tracking number, its incident with the seller's
resolution message, and a thread with one customer message naming the customer."""

from __future__ import annotations

from datetime import datetime

from operator_desk.domain.models import (
    Attachment,
    Customer,
    Incident,
    Market,
    Message,
    Order,
    Participant,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.store.cache import CacheRepository
from operator_desk.store.database import Database


def case_order(order_id: str, when: datetime, name: str, email: str, tracking: str) -> Order:
    return Order(market="DE", order_id=order_id, commercial_id=order_id, shop_id="S1",
                 shop_name="Elektro Schmidt", customer=Customer("C-" + order_id, name, "Zed",
                                                                email, "de_DE"),
                 state="SHIPPED", currency="EUR", total_price=Money.of("10", "EUR"),
                 shipping_price=Money.of("0", "EUR"), created=when, last_updated=when,
                 has_incident=True, shipping_tracking=tracking, shipping_carrier="DHL")


def case_incident(order_id: str, status: str, when: datetime, note: str) -> Incident:
    return Incident(market="DE", incident_id="I-" + order_id, order_id=order_id,
                    order_line_id=order_id + "-1", status=status, opened=when,
                    opening_reason_code="12", opened_by="CUSTOMER", last_action=when,
                    last_action_by="SHOP", resolved=when, resolution_reason_code="21",
                    resolution_message=note)


def case_thread(order_id: str, when: datetime, body: str, topic: str) -> Thread:
    customer = Participant("CUSTOMER", "Erika Zed", "C-" + order_id)
    message = Message(message_id="M-" + order_id, thread_id="T-" + order_id, created=when,
                      sender=Participant("CUSTOMER_USER", "Erika Zed", "C-" + order_id),
                      recipients=(Participant("SHOP", "Elektro Schmidt", "S1"),), body=body,
                      attachments=(Attachment("A-" + order_id, "Rechnung Erika.pdf", 1234),))
    return Thread(market="DE", thread_id="T-" + order_id, topic=topic, entity_type="MMP_ORDER",
                  entity_id=order_id, created=when, updated=when, participants=(customer,),
                  message_count=1, messages=(message,))


def add_cases(cache: Database, cases: dict[str, datetime], status: str = "CLOSED") -> None:
    """One case per order id, last touched at its date; bodies read ``BODY-<order id>``."""
    with cache.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market("DE", "EUR", "Europe/Berlin"), "DE", None)
        repo.upsert_orders([case_order(o, when, f"Name-{o}", f"{o.lower()}@example.org",
                                       f"TRACK-{o}") for o, when in cases.items()])
        repo.upsert_incidents([case_incident(o, status, when, f"RESOLUTION-{o}")
                               for o, when in cases.items()])
        repo.upsert_threads([case_thread(o, when, f"BODY-{o}", f"FREETOPIC-{o}")
                             for o, when in cases.items()])
