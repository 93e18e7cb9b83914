"""The one findings store against a real cache file: what is scanned (seller messages only,
once per rule set, in the customer's language), where the spans point, the sync's catch-up
checkpoint, an older desk's table, and the readers: the queue's "policy flags" filter and the
conversations list's thread kinds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from operator_desk.domain.conversations import ThreadFilter
from operator_desk.domain.models import (
    Customer,
    Incident,
    Market,
    Message,
    Order,
    OrderLine,
    Participant,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.domain.policy import RuleSet
from operator_desk.domain.policy.stored import findings_key, message_language
from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.domain.safe_text import neutralize
from operator_desk.services.actions import DirectSink
from operator_desk.services.connections import Connections
from operator_desk.services.conversations import ConversationService
from operator_desk.services.findings import FindingsService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database
from operator_desk.store.findings import FindingsRepository
from operator_desk.sync.findings import FindingsComputer, Scope

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
PHONE = "+49 171 2345678"
# A line break the desk shows as "\n": the spans must point into the shown text.
CONTACT = f"Hallo Kim,\r\nschreiben Sie mir per WhatsApp: {PHONE}, dann geht es schneller."
NEWSLETTER = "Subscribe to our newsletter and save 10% with coupon SAVE10."
PLAIN = "Wir haben den Ersatz heute verschickt, er kommt am Freitag an."

SHOP = Participant("SHOP_USER", "TechWelt", "2001")
KIM = Participant("CUSTOMER_USER", "Kim Muster", "c1")
TO_KIM = (Participant("CUSTOMER", "Kim Muster", "c1"),)
TO_SHOP = (Participant("SHOP", "TechWelt", "2001"),)


def _order(order_id: str, customer_locale: str | None) -> Order:
    eur = Money.of("10.00", "EUR")
    line = OrderLine(f"{order_id}-1", 1, "Kamera", None, 1, eur, eur, Money.of(0, "EUR"), eur,
                     "SHIPPED")
    return Order("DE", order_id, None, "2001", "TechWelt",
                 Customer("c1", "Kim", "Muster", None, customer_locale), "SHIPPED", "EUR", eur,
                 Money.of(0, "EUR"), NOW - timedelta(days=5), NOW, True, (line,))


def _incident(incident_id: str, order_id: str) -> Incident:
    return Incident("DE", incident_id, order_id, f"{order_id}-1", "RESOLVED",
                    NOW - timedelta(days=4), "10", "CUSTOMER", NOW - timedelta(days=1), "SHOP",
                    resolved=NOW - timedelta(days=1))


def _thread(thread_id: str, order_id: str, *messages: Message) -> Thread:
    return Thread("DE", thread_id, "Lieferung", "MMP_ORDER", order_id, messages[0].created,
                  messages[-1].created, (KIM, SHOP), messages[-1].created, None, len(messages),
                  messages)


def _message(message_id: str, thread_id: str, hours: int, body: str,
             seller: bool = True) -> Message:
    return Message(message_id, thread_id, NOW - timedelta(days=3, hours=-hours),
                   SHOP if seller else KIM, TO_KIM if seller else TO_SHOP, body)


@pytest.fixture
def cache(tmp_path: Path) -> Database:
    database = open_cache(tmp_path / "cache.sqlite3")
    with database.write() as session:
        repo = CacheRepository(session)
        repo.upsert_market(Market("DE", "EUR", "Europe/Berlin"), "MediaMarkt DE", None, "de")
        repo.upsert_shops([Shop("DE", "2001", "TechWelt", locale="de_DE")])
        repo.upsert_orders([_order("o1", "de_DE"), _order("o2", "de_DE"),
                            _order("o3", "en_GB")])
        repo.upsert_incidents([_incident("i1", "o1"), _incident("i2", "o2"),
                               _incident("i3", "o3")])
        repo.upsert_threads([
            _thread("t1", "o1", _message("m1", "t1", 0, "Wo bleibt meine Kamera?", False),
                    _message("m2", "t1", 2, CONTACT)),
            _thread("t2", "o2", _message("m3", "t2", 0, "Kommt der Ersatz?", False),
                    _message("m4", "t2", 3, PLAIN)),
            _thread("t3", "o3", _message("m5", "t3", 1, NEWSLETTER)),
        ])
    return database


def _queue(cache: Database, flagged: bool | None) -> list[str]:
    with cache.read() as session:
        rows = CacheRepository(session).queue_page(
            QueueFilter(view=QueueView.ALL_OPEN, policy_flags=flagged), QueueSort(), 0, 50)
    return sorted(r.incident_id for r in rows)


def test_the_queue_filter_reads_the_shared_store(cache: Database) -> None:
    # Nothing scanned yet (no table even): no order is flagged, and the filter still works.
    assert _queue(cache, True) == []
    assert _queue(cache, False) == ["i1", "i2", "i3"]
    scanned = FindingsComputer(cache).catch_up("DE")
    assert scanned == 3  # the seller's three messages; the customer's are not scanned
    assert _queue(cache, True) == ["i1", "i3"]  # a phone number; a newsletter
    assert _queue(cache, False) == ["i2"]
    assert _queue(cache, None) == ["i1", "i2", "i3"]
    with cache.read() as session:
        assert CacheRepository(session).queue_count(QueueFilter(
            view=QueueView.ALL_OPEN, policy_flags=True)) == 2


def test_spans_point_into_the_text_the_desk_shows(cache: Database) -> None:
    service = FindingsService(cache)
    with cache.read() as session:
        thread = CacheRepository(session).threads_for_order("DE", "o1")[0]
    found = service.for_messages("DE", thread.messages)
    assert set(found) == {"m2"}  # seller messages with findings only
    phone = next(f for f in found["m2"] if f.rule.startswith("phone"))
    assert phone.kind == "off_platform_contact" and phone.text == PHONE
    assert neutralize(CONTACT)[phone.start:phone.end] == PHONE
    assert CONTACT[phone.start:phone.end] != PHONE  # the raw "\r\n" would shift it
    # Stored once: a second reader scans nothing and gets the same findings.
    again = FindingsService(cache)
    assert again.ensure("DE", message_ids=["m2"]) == 0
    assert again.for_messages("DE", thread.messages) == found


def test_a_seller_message_is_scanned_in_the_customers_language(cache: Database) -> None:
    assert message_language("en_GB", "de_DE", "de") == "en"
    assert message_language(None, "nl_NL", "de") == "nl"
    assert message_language("fr_FR", None, "es") == "es"
    assert message_language(None, None, None) is None  # every language's rules
    FindingsComputer(cache).catch_up("DE")
    service = FindingsService(cache)
    assert service.thread_kinds("DE", ["t1", "t2", "t3"]) == {
        "t1": ("off_platform_contact",), "t3": ("marketing",)}  # English, in a German shop


def test_the_catch_up_reads_only_new_messages_and_a_rule_change_scans_again(
        cache: Database) -> None:
    computer = FindingsComputer(cache)
    progress: list[int] = []
    assert computer.catch_up("DE", progress=progress.append) == 3
    assert progress == [3]
    assert computer.catch_up("DE") == 0
    assert computer.catch_up("ES") == 0  # another market: nothing of DE's
    with cache.write() as session:
        CacheRepository(session).upsert_threads([_thread(
            "t2", "o2", _message("m3", "t2", 0, "Kommt der Ersatz?", False),
            _message("m4", "t2", 3, PLAIN), _message("m6", "t2", 5, CONTACT))])
    assert computer.catch_up("DE") == 1
    assert _queue(cache, True) == ["i1", "i2", "i3"]
    # Fewer rules: another fingerprint, so every seller message is scanned again.
    german = RuleSet.load(["de"])
    assert findings_key(german) != computer.key
    other = FindingsComputer(cache, german)
    assert other.catch_up("DE") == 4
    with cache.read() as session:
        repo = FindingsRepository(session)
        assert repo.count("DE", other.key) == 4 and repo.count("DE", computer.key) == 0
    # Lazy callers find them current too.
    assert other.ensure(Scope("DE", thread_ids=["t1", "t2", "t3"])) == {}


def test_a_narrow_ensure_scans_only_its_scope(cache: Database) -> None:
    computer = FindingsComputer(cache)
    done = computer.ensure(Scope("DE", thread_ids=["t2"]))
    assert set(done) == {"m4"}
    assert set(computer.ensure(Scope("DE", shop_ids=["2001"],
                                     since=NOW - timedelta(days=3)))) == {"m2", "m5"}
    assert computer.ensure(Scope("DE", message_ids=["m1", "m2", "m4", "m5"])) == {}
    # Small batches walk the scope without skipping or repeating a message.
    fresh = FindingsComputer(cache, RuleSet.load(["de"]))
    assert sorted(fresh.ensure(Scope("DE", message_ids=["m5", "m4", "m2"]), batch=1)) == [
        "m2", "m4", "m5"]


def test_an_older_desks_table_is_replaced(tmp_path: Path) -> None:
    database = open_cache(tmp_path / "cache.sqlite3")
    with database.write() as session:  # the sellers page's kinds-only memo
        session.execute(text("CREATE TABLE message_findings (market VARCHAR(8), message_id "
                             "VARCHAR(60), kinds VARCHAR(120), ruleset VARCHAR(64), "
                             "PRIMARY KEY (market, message_id))"))
        session.execute(text("INSERT INTO message_findings VALUES ('DE', 'm2', "
                             "'off_platform_contact', 'old')"))
    computer = FindingsComputer(database)
    assert computer.key
    with database.read() as session:
        columns = [row[1] for row in session.execute(text(
            "PRAGMA table_info(message_findings)"))]
        assert FindingsRepository(session).count() == 0
    assert set(columns) == {"market", "message_id", "thread_id", "ruleset", "kinds",
                            "findings"}


def test_conversation_facts_take_their_kinds_from_the_store(cache: Database) -> None:
    findings = FindingsService(cache)
    service = ConversationService(cache, Connections(), DirectSink(Connections()),
                                  findings=findings, clock=lambda: NOW)
    while service.summarize_pending():
        pass
    flagged = service.thread_count(ThreadFilter(policy_kinds=("off_platform_contact",)))
    marketing = service.thread_count(ThreadFilter(policy_kinds=("marketing",)))
    assert (flagged, marketing) == (1, 1)
    with cache.read() as session:  # scanned through the shared store, once
        assert FindingsRepository(session).count("DE", findings.key) == 3
    case = service.thread_case("DE", "t1")
    assert case is not None
    assert {f.text for f in case.findings["m2"]} == {"WhatsApp", PHONE}
    # Facts judged under another rule set are judged again.
    other = ConversationService(cache, Connections(), DirectSink(Connections()),
                                findings=FindingsService(cache, RuleSet.load(["de"])),
                                clock=lambda: NOW)
    assert other.summarize_pending() == 3
