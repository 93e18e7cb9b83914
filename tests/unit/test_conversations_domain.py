"""Conversations in the domain: audience, the seller's reply obligations under each market's
rule (holidays, weekends, DST), the order's events on the timeline, search-hit spans,
template placeholders and crash-safe drafts."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from operator_desk.domain.conversations import (
    CUSTOMER,
    OPERATOR,
    SELLER,
    EventKind,
    audience,
    needs_seller_answer,
    operator_only,
    order_events,
    reply_obligations,
    summarize,
    timeline,
)
from operator_desk.domain.highlight import SearchTerms, snippet
from operator_desk.domain.models import (
    Customer,
    Incident,
    Message,
    Order,
    OrderLine,
    Participant,
    Refund,
)
from operator_desk.domain.money import Money
from operator_desk.domain.sla import MarketCalendar, ResponseRule, RuleKind, SkipReason
from operator_desk.services.conversations import fill_placeholders
from operator_desk.services.drafts import Draft, DraftStore

BERLIN = ZoneInfo("Europe/Berlin")
DE = MarketCalendar("DE", "Europe/Berlin")
BUSINESS_24 = ResponseRule(RuleKind.BUSINESS_HOURS, 24)
HOURS_48 = ResponseRule(RuleKind.HOURS, 48)

_PEOPLE = {CUSTOMER: Participant("CUSTOMER", "Max Mustermann", "C1"),
           SELLER: Participant("SHOP", "Elektro Schmidt", "2010"),
           OPERATOR: Participant("OPERATOR", "Customer Care")}


def msg(n: int, when: datetime, sender: str, *to: str, body: str = "…") -> Message:
    kinds = {CUSTOMER: "CUSTOMER_USER", SELLER: "SHOP_USER", OPERATOR: "OPERATOR_USER"}
    who = _PEOPLE[sender]
    return Message(f"m{n}", "t1", when, Participant(kinds[sender], who.display_name, who.id),
                   tuple(_PEOPLE[p] for p in to), body)


def local(*args: int, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def test_audience_and_operator_only() -> None:
    to_both = msg(1, local(2026, 3, 2, 9), CUSTOMER, SELLER, OPERATOR)
    assert audience(to_both) == {CUSTOMER, SELLER, OPERATOR}
    note = msg(2, local(2026, 3, 2, 10), SELLER, OPERATOR)
    assert audience(note) == {SELLER, OPERATOR} and not operator_only(note)
    internal = Message("m3", "t1", local(2026, 3, 2, 11), Participant("OPERATOR_USER", "Jo"),
                       (), "internal")
    assert operator_only(internal)
    assert needs_seller_answer(to_both) and not needs_seller_answer(note)


def test_christmas_question_on_de_is_due_monday_and_the_why_names_the_days() -> None:
    question = msg(1, local(2026, 12, 24, 10), CUSTOMER, SELLER)
    answer = msg(2, local(2026, 12, 28, 11, 30), SELLER, CUSTOMER, OPERATOR)
    (obligation,) = reply_obligations([answer, question], BUSINESS_24, DE,
                                      local(2027, 1, 5, 12))
    assert obligation.deadline == local(2026, 12, 28, 10)
    assert obligation.answer_id == "m2"
    assert obligation.late_by == timedelta(hours=1, minutes=30)
    skipped = obligation.explanation.skipped_days
    # 26 Dec is a Saturday and a holiday: reported as the holiday.
    assert [s.reason for s in skipped] == [SkipReason.HOLIDAY, SkipReason.HOLIDAY,
                                           SkipReason.WEEKEND]
    assert obligation.explanation.summary == (
        "received Thu 24 Dec 10:00; 25–26 Dec (Christmas Day, Second Day of Christmas) and "
        "the weekend not counted; due Mon 28 Dec 10:00")


@pytest.mark.parametrize(("country", "zone", "day", "holiday"), [
    ("DE", "Europe/Berlin", (2026, 10, 2, 10), (2026, 10, 3)),  # German Unity Day (Sat) → Mon
    ("ES", "Europe/Madrid", (2026, 1, 5, 10), (2026, 1, 6)),  # Epiphany
    ("NL", "Europe/Amsterdam", (2026, 4, 24, 10), (2026, 4, 27)),  # King's Day
    ("CH", "Europe/Zurich", (2026, 7, 31, 10), (2026, 8, 1)),  # National Day (Sat)
])
def test_each_markets_holidays_are_skipped(country: str, zone: str,
                                           day: tuple[int, int, int, int],
                                           holiday: tuple[int, int, int]) -> None:
    calendar = MarketCalendar(country, zone)
    tz = ZoneInfo(zone)
    question = msg(1, datetime(*day, tzinfo=tz), CUSTOMER, SELLER)
    (obligation,) = reply_obligations([question], BUSINESS_24, calendar,
                                      datetime(2027, 1, 1, tzinfo=UTC))
    skipped = {s.day.timetuple()[:3]: s for s in obligation.explanation.skipped_days}
    assert holiday in skipped
    assert obligation.deadline.astimezone(tz).weekday() < 5
    assert obligation.assessment.is_overdue_now and not obligation.assessment.answered


def test_dst_spring_forward_counts_real_hours() -> None:
    # 48 real hours from Saturday 28 March 2026 10:00 CET end Monday 11:00 CEST.
    question = msg(1, local(2026, 3, 28, 10), CUSTOMER, SELLER)
    (obligation,) = reply_obligations([question], HOURS_48, DE, local(2026, 3, 29, 9))
    assert obligation.deadline == local(2026, 3, 30, 11)
    assert not obligation.late


def test_a_seller_note_to_the_operator_does_not_answer_the_customer() -> None:
    question = msg(1, local(2026, 3, 2, 9), CUSTOMER, SELLER, OPERATOR)
    aside = msg(2, local(2026, 3, 2, 10), SELLER, OPERATOR)
    reply = msg(3, local(2026, 3, 5, 10), SELLER, CUSTOMER)
    operator_question = msg(4, local(2026, 3, 3, 9), OPERATOR, SELLER)
    obligations = reply_obligations([question, aside, operator_question, reply], HOURS_48, DE,
                                    local(2026, 3, 10, 9))
    by_id = {o.message_id: o for o in obligations}
    assert by_id["m1"].answer_id == "m3" and by_id["m1"].late
    # The operator sees every message, so the seller's later message answers it (late).
    assert by_id["m4"].answer_id == "m3" and by_id["m4"].late_by == timedelta(hours=1)
    summary = summarize(obligations)
    assert summary.awaiting_since is None and summary.late_answers == 2
    assert summary.late(local(2026, 3, 10, 9))
    unanswered = reply_obligations([question, aside], HOURS_48, DE, local(2026, 3, 10, 9))
    assert summarize(unanswered).awaiting_since == local(2026, 3, 2, 9)
    assert unanswered[0].assessment.is_overdue_now


def test_order_events_interleave_with_messages() -> None:
    created = local(2026, 3, 1, 8)
    refund = Refund("r1", None, Money.of("10.00", "EUR"), Money.of("0", "EUR"), 1, "12",
                    "REFUNDED", local(2026, 3, 4, 12))
    line = OrderLine("o1-1", 1, "Kettle", None, 1, Money.of("10.00", "EUR"),
                     Money.of("10.00", "EUR"), Money.of("0", "EUR"), Money.of("10.00", "EUR"),
                     "SHIPPED", shipped_date=local(2026, 3, 2, 8), refunds=(refund,))
    order = Order("DE", "o1", "DE100", "2010", "Elektro Schmidt",
                  Customer("C1", "Max", "Mustermann"), "SHIPPED", "EUR",
                  Money.of("10.00", "EUR"), Money.of("0", "EUR"), created, created, True,
                  (line,))
    incident = Incident("DE", "i1", "o1", "o1-1", "CLOSED", local(2026, 3, 3, 9), "12",
                        "CUSTOMER", local(2026, 3, 5, 9), "SHOP", resolved=local(2026, 3, 4, 12),
                        closed=local(2026, 3, 5, 9))
    events = order_events(order, [incident])
    assert [e.kind for e in events] == [
        EventKind.ORDER_CREATED, EventKind.SHIPPED, EventKind.INCIDENT_OPENED,
        EventKind.REFUND, EventKind.INCIDENT_MARKED_SOLVED, EventKind.INCIDENT_CLOSED]
    question = msg(1, local(2026, 3, 3, 9), CUSTOMER, SELLER)
    entries = timeline([question], events)
    kinds = [e.event.kind if e.event else "message" for e in entries]
    # At the same instant the incident opening comes before the message that opened it.
    assert kinds.index(EventKind.INCIDENT_OPENED) + 1 == kinds.index("message")
    assert kinds[0] == EventKind.ORDER_CREATED and kinds[-1] == EventKind.INCIDENT_CLOSED


@pytest.mark.parametrize(("query", "text", "marked"), [
    ("ruckerstatt", "Die Rückerstattung kommt.", ["Rückerstattung"]),
    ("CAFE", "Un café, por favor; Café!", ["café", "Café"]),
    ('"niet ontvangen"', "Pakket niet ontvangen, niet ontvangen?", ["niet ontvangen"] * 2),
    ("paq env", "El paquete fue enviado", ["paquete", "enviado"]),
    ('"refund issued" NEAR(', "refund was issued", []),
])
def test_search_spans_fold_case_and_accents(query: str, text: str, marked: list[str]) -> None:
    spans = SearchTerms.parse(query).spans(text)
    assert [text[s:e] for s, e in spans] == marked


def test_snippet_centres_on_the_first_hit() -> None:
    text = "x" * 200 + " Rückerstattung " + "y" * 200
    excerpt, spans = snippet(text, SearchTerms.parse("rück").spans(text), width=60)
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert [excerpt[s:e] for s, e in spans] == ["Rückerstattung"]


def test_placeholders_filled_and_unknown_ones_kept_visible() -> None:
    body = "Dear {customer_name}, order {order_number}: {unknown} {seller}"
    filled = fill_placeholders(body, {"customer_name": "Eva", "order_number": "DE1",
                                      "seller": ""})
    assert filled == "Dear Eva, order DE1: {unknown} {seller}"


def test_starter_templates_cover_every_language_and_both_audiences() -> None:
    from operator_desk.domain.team import check_template_fields
    from operator_desk.services.conversations import TEMPLATES_DIR

    seen: set[tuple[str, str]] = set()
    for path in TEMPLATES_DIR.glob("*.json"):
        for item in json.loads(path.read_text("utf-8"))["templates"]:
            check_template_fields(**{k: item[k] for k in (
                "key", "topic", "audience", "language", "title", "body")})
            seen.add((item["language"], item["audience"]))
    assert seen == {(lang, aud) for lang in ("de", "es", "nl", "en")
                    for aud in ("customer", "seller")}


def test_drafts_are_atomic_private_and_survive_a_crash(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = Draft("DE:thread:t1", "Hallo ß", ("CUSTOMER",), files=("/tmp/x.pdf",))
    store.save(draft)
    # A crash in the middle of the next save leaves a stray temporary file, never half a draft.
    (store.folder / ".draft-crashed").write_bytes(b'{"key": "DE:thread:t1", "bo')
    again = DraftStore(tmp_path / "drafts").load("DE:thread:t1")
    assert again is not None and again.body == "Hallo ß" and again.to == ("CUSTOMER",)
    files = [p for p in store.folder.iterdir() if p.suffix == ".json"]
    assert len(files) == 1 and "t1" not in files[0].name  # no marketplace text in paths
    assert os.stat(files[0]).st_mode & 0o077 == 0
    assert os.stat(store.folder).st_mode & 0o077 == 0
    store.save(Draft("DE:thread:t1", "  "))  # emptied: gone
    assert store.load("DE:thread:t1") is None
    files[0].write_text("not json")
    assert store.load("DE:thread:t1") is None  # a broken file is set aside, not fatal
