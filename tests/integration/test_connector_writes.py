"""The connector's writes against the sandbox: each lands on the platform as Mirakl's would."""

from __future__ import annotations

from decimal import Decimal

import pytest

from operator_desk.connectors.base import NotFound, PermissionDenied, RequestRefused
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.models import FilePart, Recipient, RefundRequest
from operator_desk.domain.money import Money
from tests.conftest import RunningSandbox


def _connector(sandbox: RunningSandbox, market: str = "DE",
               role: str = "agent") -> MiraklConnector:
    return MiraklConnector(ConnectionSettings(market, sandbox.base_url(market)),
                           sandbox.key(market, role))


def _orders_with_incident(connector: MiraklConnector) -> list:
    return [o for page in connector.orders(has_incident=True) for o in page.items]


def test_reply_with_a_file_and_read_it_back(sandbox: RunningSandbox) -> None:
    connector = _connector(sandbox)
    thread = next(t for page in connector.threads() for t in page.items
                  if t.entity_type == "MMP_ORDER")
    customer = next(p for p in thread.participants if p.type == "CUSTOMER")
    message_id = connector.reply(thread.thread_id, "Wir prüfen Ihren Fall.",
                                 [Recipient("CUSTOMER", customer.id)],
                                 [FilePart("hinweis.txt", b"Hallo", "text/plain")])
    again = connector.thread(thread.thread_id)
    sent = next(m for m in again.messages if m.message_id == message_id)
    assert sent.body == "Wir prüfen Ihren Fall." and sent.sender_party == "OPERATOR"
    (attachment,) = sent.attachments
    downloaded = connector.download_attachment(attachment.attachment_id, 10_000)
    assert downloaded.name == "hinweis.txt" and downloaded.content == b"Hallo"
    with pytest.raises(RequestRefused):
        connector.download_attachment(attachment.attachment_id, 2)


def test_new_threads_on_an_order_and_with_a_seller(sandbox: RunningSandbox) -> None:
    connector = _connector(sandbox)
    order = next(o for page in connector.orders() for o in page.items)
    thread_id, message_id = connector.create_order_thread(
        order.order_id, "Bitte melden Sie sich.", [Recipient("SHOP", order.shop_id)],
        "Rückfrage")
    assert thread_id and message_id
    thread_id, _ = connector.create_seller_thread(order.shop_id, "Hinweis zu den Regeln",
                                                  "Marktplatzregeln")
    assert connector.thread(thread_id).messages[0].body == "Hinweis zu den Regeln"


def test_open_dispute_and_refund(sandbox: RunningSandbox) -> None:
    connector = _connector(sandbox)
    resolved = next(i for page in connector.incidents(statuses=["RESOLVED"])
                    for i in page.items)
    connector.dispute_incident(resolved.incident_id)
    (after,) = [i for page in connector.incidents() for i in page.items
                if i.incident_id == resolved.incident_id]
    assert after.status == "DISPUTED"
    with pytest.raises(NotFound):
        connector.dispute_incident("no-such-incident")

    order = next(o for page in connector.orders() for o in page.items
                 if o.state in ("SHIPPED", "RECEIVED")
                 and any(line.state in ("SHIPPED", "RECEIVED") for line in o.lines))
    line = next(line for line in order.lines if line.state in ("SHIPPED", "RECEIVED"))
    connector.open_incident(order.order_id, line.order_line_id, "10")
    part = Money(Decimal("1.50"), order.currency)
    created = connector.refund([RefundRequest(line.order_line_id, part,
                                              Money.zero(order.currency), "41")])
    assert created and created[0]["order_line_id"] == line.order_line_id
    (reread,) = [o for page in connector.orders(order_ids=[order.order_id]) for o in page.items]
    refunds = next(x for x in reread.lines if x.order_line_id == line.order_line_id).refunds
    assert [r.amount for r in refunds] == [part]
    with pytest.raises(RequestRefused):  # above what is left on the line
        connector.refund([RefundRequest(line.order_line_id, line.price,
                                        Money.zero(order.currency), "41")])


def test_shop_states_are_for_supervisors(sandbox: RunningSandbox) -> None:
    agent = _connector(sandbox)
    shop = next(s for page in agent.shops() for s in page.items if s.state == "OPEN")
    with pytest.raises(PermissionDenied):
        agent.suspend_shops([(shop.shop_id, True)])
    supervisor = _connector(sandbox, role="supervisor")
    (result,) = supervisor.suspend_shops([(shop.shop_id, True)])
    assert result.ok and result.state == "SUSPENDED"
    (lifted,) = supervisor.change_shop_states([(shop.shop_id, "UNSUSPEND")])
    assert lifted.ok and lifted.state == "OPEN"
    (wrong,) = supervisor.change_shop_states([(shop.shop_id, "UNSUSPEND")])
    assert not wrong.ok and wrong.errors
    stats = supervisor.shop_statistics([shop.shop_id], ["LAST_MONTH"])
    assert stats and "incident_rate" in stats[0]
