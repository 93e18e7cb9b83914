"""Seller figures read from a real cache file: the SQL that gathers the facts (lines,
refunds in their JSON, incidents, recipients, memoised findings) feeds the same domain code as
the hand-computed KPI tests, and the sellers page sorts and filters what it stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from operator_desk.domain.kpis import Kpi, Level, SellerColumn, SellerFilter, SellerSort
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
    Role,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.sanctions import EvidenceKind
from operator_desk.domain.team import Actor
from operator_desk.services.connections import Connections
from operator_desk.services.sellers import SellerError, SellerService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.team_migrations import open_team_store

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)  # a Wednesday
MONDAY_10 = datetime(2026, 6, 8, 8, 0, tzinfo=UTC)  # 10:00 in Berlin (CEST)


def eur(cents: int) -> Money:
    return Money.from_minor(cents, "EUR")


def line(line_id: str, refunded: bool = False) -> OrderLine:
    refunds = (Refund("r-" + line_id, None, eur(1000), eur(0), 1, "41", "REFUNDED", NOW),) \
        if refunded else ()
    return OrderLine(line_id, 0, "Kamera", None, 1, eur(1000), eur(1000), eur(0), eur(1000),
                     "SHIPPED", refunds=refunds)


def order(order_id: str, shop_id: str, state: str, *lines: OrderLine) -> Order:
    return Order("DE", order_id, None, shop_id, "Shop", Customer("c1", "Kim", "Muster"), state,
                 "EUR", eur(1000), eur(0), NOW - timedelta(days=5), NOW, False, lines)


SHOP = Participant("SHOP", "TechWelt", "2001")
CUSTOMER = Participant("CUSTOMER", "Kim Muster", "c1")
OPERATOR = Participant("OPERATOR", "MediaMarkt", None)


@pytest.fixture
def cache(tmp_path: Path) -> Database:
    database = open_cache(tmp_path / "cache.sqlite3")
    with database.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market("DE", "EUR", "Europe/Berlin"), "MediaMarkt DE", None, "de")
        repo.upsert_shops([Shop("DE", "2001", "TechWelt", locale="de_DE", grade=4.1),
                           Shop("DE", "2002", "Ruhig GmbH", locale="de_DE", grade=4.9)])
        repo.upsert_orders([
            order("o1", "2001", "SHIPPED", line("o1-1", refunded=True), line("o1-2")),
            order("o2", "2001", "WAITING_ACCEPTANCE", line("o2-1")),
            order("o3", "2002", "SHIPPED", line("o3-1")),
        ])
        repo.upsert_incidents([
            Incident("DE", "i1", "o1", "o1-1", "CLOSED", NOW - timedelta(days=4), "10",
                     "CUSTOMER", NOW - timedelta(days=1), "OPERATOR",
                     resolved=NOW - timedelta(days=3), closed=NOW - timedelta(days=1)),
        ])
        repo.upsert_reasons([Reason("DE", "10", "INCIDENT_OPEN", "Artikel defekt", "de")])
        messages = (
            Message("m1", "t1", MONDAY_10, Participant("CUSTOMER_USER", "Kim", "c1"), (SHOP,),
                    "Wo bleibt meine Kamera?"),
            Message("m2", "t1", MONDAY_10 + timedelta(hours=4),
                    Participant("SHOP_USER", "TechWelt", "2001"), (CUSTOMER,),
                    "Schreiben Sie mir direkt an techwelt.verkauf@gmail.com, dann klären wir "
                    "das schneller."),
            Message("m3", "t1", MONDAY_10 + timedelta(hours=5),
                    Participant("CUSTOMER_USER", "Kim", "c1"), (OPERATOR,),
                    "An den Marktplatz: ist das erlaubt?"),
        )
        repo.upsert_threads([Thread("DE", "t1", "Lieferung", "MMP_ORDER", "o1", MONDAY_10,
                                    MONDAY_10, (CUSTOMER, SHOP, OPERATOR), None, None, 3,
                                    messages)])
    return database


def test_figures_from_the_cache(cache: Database) -> None:
    service = SellerService(cache, Connections(), clock=lambda: NOW)
    card = service.scorecard("DE", "2001", 30)
    figures = card.figures
    # o1 (2 lines, one with an incident, one refunded) is accepted; o2 is not.
    assert (figures.orders, figures.accepted_lines) == (2, 2)
    assert figures.incident_rate == 0.5 and figures.refund_rate == 0.5
    # One question (m1, to the shop); m3 went to the operator only. 4 business hours.
    assert (figures.questions, figures.answered, figures.late_replies) == (1, 1, 0)
    assert figures.reply_hours == (4.0,)
    assert dict(figures.findings) == {"off_platform_contact": 1}
    # i1 was marked solved and then closed: solved, not reopened.
    assert (figures.seller_resolved, figures.reopened) == (1, 0)
    assert card.levels(figures)[Kpi.INCIDENT_RATE] == Level.LIMIT
    with pytest.raises(SellerError):
        service.scorecard("DE", "9999", 30)


def test_findings_are_scanned_once(cache: Database) -> None:
    service = SellerService(cache, Connections(), clock=lambda: NOW)
    shops = service.shops(["DE"], ["2001"])
    since = NOW - timedelta(days=30)
    assert service.scan_messages("DE", ["2001"], since) == 1
    assert service.scan_messages("DE", ["2001"], since) == 0
    facts, orders = service.facts("DE", shops, since)
    assert orders == {"t1": "o1"}
    assert [m.findings for m in facts["2001"].messages if m.sender == "SHOP"] == [
        ("off_platform_contact",)]


def test_a_dispute_in_the_team_store_counts_as_reopened(cache: Database,
                                                        tmp_path: Path) -> None:
    team = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                       Actor("robin", Role.REVIEWER), clock=lambda: NOW)
    team.record_decision("DE", "i1", "dispute", "kept open", "the camera still fails")
    service = SellerService(cache, Connections(), clock=lambda: NOW)
    service.team = team
    assert service.scorecard("DE", "2001", 30).figures.reopened == 1
    team.close()


def test_the_sellers_page_stores_sorts_and_filters(cache: Database) -> None:
    service = SellerService(cache, Connections(), clock=lambda: NOW)
    assert [r.computed for r in service.page(SellerFilter(30), SellerSort(), 0, 10).rows] == \
        [None, None]  # not computed yet: the shops are listed all the same
    report = service.refresh(30)
    assert report.shops == 2 and service.snapshot_time(30) == NOW
    rows = service.page(SellerFilter(30), SellerSort(SellerColumn.INCIDENT_RATE, True), 0, 10)
    assert [r.shop_id for r in rows.rows] == ["2001", "2002"]
    first = rows.rows[0]
    assert first.values[Kpi.INCIDENT_RATE] == 0.5 and first.level == Level.LIMIT
    assert first.levels[Kpi.POLICY_FINDINGS] == Level.ALERT
    quiet = service.page(SellerFilter(30), SellerSort(SellerColumn.GRADE, True), 0, 10).rows
    assert [r.shop_id for r in quiet] == ["2002", "2001"]
    assert service.count(SellerFilter(30, text="techw")) == 1
    assert service.count(SellerFilter(30, flagged_only=True)) == 1
    assert service.count(SellerFilter(91)) == 2  # listed, without figures for that period


def test_evidence_for_a_sanction(cache: Database) -> None:
    service = SellerService(cache, Connections(), clock=lambda: NOW)
    options = service.evidence("DE", "2001", 30, "de")
    assert [e.kind for e in options.messages] == [EvidenceKind.MESSAGE]
    message = options.messages[0]
    assert message.order_id == "o1" and "techwelt.verkauf@gmail.com" in message.excerpt
    assert message.findings == ("off_platform_contact",)
    assert options.late_replies == ()  # answered in 4 hours
    assert options.incidents == ()  # closed, and not reopened
