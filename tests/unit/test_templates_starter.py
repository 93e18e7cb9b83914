"""The starter reply templates: the whole set in four languages, placeholders the desk fills,
seeding into a team store that already works, refund templates filled for the customer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from operator_desk.domain.models import Customer, Order, Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import (
    TEMPLATE_LANGUAGES,
    TEMPLATE_PLACEHOLDERS,
    Actor,
    check_template_fields,
)
from operator_desk.services.conversations import TEMPLATES_DIR
from operator_desk.services.refunds import message_from_template
from operator_desk.services.team import TeamService
from operator_desk.store.team_migrations import open_team_store

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# What customers ask about marketplace orders, and what the operator tells sellers
# (issue 11; shared/reference/customer-care-rules.md).
CUSTOMER_KEYS = {"incident_received", "incident_checking", "incident_seller_asked",
                 "refund_issued", "refund_partial_issued", "refund_shipping_issued",
                 "refund_window_passed", "loyalty_points_marketplace", "coupon_external_seller",
                 "contact_customer_service"}
SELLER_KEYS = {"seller_act_within", "seller_response_time_reminder",
               "seller_off_platform_warning", "seller_statement_of_reasons"}
# Words that give an English sentence away (none of them is a German, Spanish or Dutch word).
ENGLISH = re.compile(r"\b(the|your|please|thank|order|we have|with|seller|customer)\b", re.I)


def starter() -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for path in sorted(TEMPLATES_DIR.glob("*.json")):
        items += json.loads(path.read_text("utf-8"))["templates"]
    return items


def by_key() -> dict[str, dict[str, dict[str, str]]]:
    keys: dict[str, dict[str, dict[str, str]]] = {}
    for item in starter():
        keys.setdefault(item["key"], {})[item["language"]] = item
    return keys


def test_the_whole_set_is_there_in_all_four_languages() -> None:
    keys = by_key()
    assert set(keys) == CUSTOMER_KEYS | SELLER_KEYS
    for key, languages in keys.items():
        assert set(languages) == set(TEMPLATE_LANGUAGES), key
        assert len({(t["topic"], t["audience"]) for t in languages.values()}) == 1, key
        audience = next(iter(languages.values()))["audience"]
        assert audience == ("seller" if key in SELLER_KEYS else "customer"), key
    for item in starter():
        check_template_fields(**{k: item[k] for k in (
            "key", "topic", "audience", "language", "title", "body")})
    topics = {item["topic"] for item in starter()}
    assert topics == {"incident", "refund", "loyalty", "coupons", "contact", "sla", "policy",
                      "sanction"}


def test_every_placeholder_is_one_the_desk_fills_and_each_language_keeps_them() -> None:
    for key, languages in by_key().items():
        sets = {lang: set(PLACEHOLDER.findall(t["title"] + t["body"]))
                for lang, t in languages.items()}
        assert len({frozenset(s) for s in sets.values()}) == 1, (key, sets)
        assert sets["en"] <= set(TEMPLATE_PLACEHOLDERS), (key, sets["en"])
        if languages["en"]["audience"] == "customer":
            assert "customer_name" in sets["en"], key  # a customer is greeted by name


def test_the_translations_are_not_left_in_english() -> None:
    for item in starter():
        if item["language"] == "en":
            continue
        text = PLACEHOLDER.sub("", item["title"] + "\n" + item["body"])
        text = re.sub(r"\[[^\]]*\]", "", text)  # fill-ins like [e-mail / phone] are for agents
        assert not ENGLISH.search(text), (item["key"], item["language"],
                                          ENGLISH.findall(text))


def test_the_facts_come_from_the_rules() -> None:
    keys = by_key()
    assert "200" in keys["refund_window_passed"]["de"]["body"]
    assert "24" in keys["incident_seller_asked"]["es"]["body"]
    assert "30" in keys["seller_statement_of_reasons"]["nl"]["body"]  # notice period
    assert "20,01" in keys["coupon_external_seller"]["nl"]["body"]  # the Dutch coupon minimum
    assert "8–20" in keys["contact_customer_service"]["nl"]["body"]  # NL phone hours
    assert "{refund_amount}" in keys["refund_partial_issued"]["de"]["body"]


@pytest.fixture
def team(tmp_path: Path) -> Iterator[TeamService]:
    service = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                          Actor("sue", Role.SUPERVISOR))
    yield service
    service.close()


def test_seeding_adds_what_a_working_team_lacks_and_keeps_what_it_edited(
        team: TeamService, tmp_path: Path) -> None:
    older = tmp_path / "older"
    older.mkdir()
    first = [item for item in starter() if item["key"] in ("incident_received",
                                                          "seller_act_within")]
    (older / "starter.json").write_text(json.dumps({"templates": first}), "utf-8")
    assert team.seed_templates(older) == 8
    german = next(t for t in team.templates(language="de") if t.key == "incident_received")
    team.save_template(german.id, "Eingang bestätigt", "Hallo {customer_name}, danke!", 1)

    assert team.seed_templates(TEMPLATES_DIR) == len(starter()) - 8
    assert team.seed_templates(TEMPLATES_DIR) == 0
    kept = next(t for t in team.templates(language="de") if t.key == "incident_received")
    assert kept.current.title == "Eingang bestätigt" and kept.current.version == 2
    assert len(team.templates()) == len(starter())
    assert {t.topic for t in team.templates(audience="seller")} == {
        "incident", "sla", "policy", "sanction"}


def _order(market: str) -> Order:
    when = datetime(2026, 11, 2, tzinfo=UTC)
    total = Money(Decimal("1500"), "CHF")
    return Order(market, "ES1049032-A", "ES1049032", "2006", "Tienda Batería",
                 Customer("c1", "Cristina", "Peña", locale="es_ES"), "SHIPPED", "CHF",
                 total, Money(Decimal("0"), "CHF"), when, when, True)


def test_a_refund_template_is_filled_for_the_customer_in_their_notation(
        team: TeamService) -> None:
    team.seed_templates(TEMPLATES_DIR)
    template = next(t for t in team.templates(language="es")
                    if t.key == "refund_partial_issued")
    text = message_from_template(template, _order("ES"), Money(Decimal("1234.5"), "CHF"), "es")
    assert text.startswith("Hola, Cristina Peña:")
    assert "1.234,50\u00a0CHF" in text and "ES1049032" in text and "{" not in text
    swiss = message_from_template(template, _order("CH"), Money(Decimal("1234.5"), "CHF"), "de")
    assert "CHF\u00a01’234.50" in swiss  # German on the Swiss market writes as the Swiss do
