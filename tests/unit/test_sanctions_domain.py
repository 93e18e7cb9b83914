"""The sanction ladder, its dates and platform writes, evidence, and the statement of reasons
in the four languages."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from operator_desk.domain.actions import ShopClosure, ShopState, ShopStateChange
from operator_desk.domain.sanctions import (
    LANGUAGES,
    Evidence,
    EvidenceKind,
    LadderStep,
    SanctionKind,
    SanctionRuleError,
    StatementTexts,
    apply_actions,
    breaches_of,
    excerpt,
    fill_dates,
    lift_actions,
    parse_ladder,
    schedule,
    seller_language,
    statement_of_reasons,
    terminate_actions,
)
from operator_desk.domain.team import TeamRuleError, default_rule_settings

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")

EVIDENCE = (
    Evidence(EvidenceKind.MESSAGE, "m1", "DE", datetime(2026, 2, 10, 14, 5, tzinfo=UTC),
             order_id="DE-1001", excerpt="schreiben Sie an max at gmail dot com",
             findings=("off_platform_contact", "off_platform_contact")),
    Evidence(EvidenceKind.LATE_REPLY, "q1", "DE", datetime(2026, 2, 12, 8, 0, tzinfo=UTC),
             order_id="DE-1002", deadline=datetime(2026, 2, 14, 8, 0, tzinfo=UTC),
             answered=datetime(2026, 2, 16, 11, 0, tzinfo=UTC)),
    Evidence(EvidenceKind.LATE_REPLY, "q2", "DE", datetime(2026, 2, 20, 8, 0, tzinfo=UTC),
             order_id="DE-1003", deadline=datetime(2026, 2, 22, 8, 0, tzinfo=UTC)),
    Evidence(EvidenceKind.INCIDENT, "i1", "DE", datetime(2026, 2, 1, 12, 0, tzinfo=UTC),
             order_id="DE-1004", status="DISPUTED", reason="Artikel defekt", reopened=True),
)


def test_ladder_steps_parse_and_print() -> None:
    assert LadderStep.parse("warning") == LadderStep(SanctionKind.WARNING)
    assert LadderStep.parse(" Temporary_Suspension:7 ").days == 7
    assert LadderStep.parse("restriction").days == 30  # the default duration
    assert str(LadderStep.parse("temporary_suspension")) == "temporary_suspension:14"
    for bad in ("suspension", "warning:3", "restriction:0", "restriction:400",
                "restriction:two"):
        with pytest.raises(SanctionRuleError):
            LadderStep.parse(bad)
    with pytest.raises(SanctionRuleError, match="last step"):
        parse_ladder(["termination", "warning"])
    with pytest.raises(SanctionRuleError, match="at least one"):
        parse_ladder([])


def test_rule_settings_check_the_ladder_and_the_notice() -> None:
    settings = default_rule_settings("DE", "EUR")
    assert parse_ladder(settings.sanction_ladder)[-1].kind == SanctionKind.TERMINATION
    with pytest.raises(TeamRuleError, match="unknown sanction step"):
        settings.with_changes(sanction_ladder=("warning", "fine"))
    with pytest.raises(TeamRuleError, match="30 days' notice"):
        settings.with_changes(termination_notice_days=14)
    longer = settings.with_changes(termination_notice_days=45)
    assert longer.to_json()["termination_notice_days"] == 45


def test_schedules_and_platform_writes() -> None:
    week = LadderStep(SanctionKind.TEMPORARY_SUSPENSION, 7)
    when = schedule(week, NOW, 30)
    assert (when.start, when.end) == (NOW, NOW + timedelta(days=7))
    assert apply_actions("DE", "2001", 5, week, when) == (
        ShopState("DE", "2001", ShopStateChange.SUSPEND, 5),)
    assert lift_actions("DE", "2001", 5, week, False) == (
        ShopState("DE", "2001", ShopStateChange.UNSUSPEND, 5),)
    restriction = LadderStep(SanctionKind.RESTRICTION, 30)
    window = schedule(restriction, NOW, 30)
    assert apply_actions("DE", "2001", 6, restriction, window) == (
        ShopClosure("DE", "2001", NOW, NOW + timedelta(days=30), 6),)
    assert lift_actions("DE", "2001", 6, restriction, False) == (
        ShopClosure("DE", "2001", None, None, 6),)
    termination = LadderStep(SanctionKind.TERMINATION)
    notice = schedule(termination, NOW, 30)
    assert notice.start == NOW + timedelta(days=30) and notice.end is None
    assert apply_actions("DE", "2001", 7, termination, notice) == ()  # only the notice now
    assert terminate_actions("DE", "2001", 7)[0].change == ShopStateChange.TERMINATE
    assert lift_actions("DE", "2001", 7, termination, False) == ()
    assert lift_actions("DE", "2001", 7, termination, True)[0].change == \
        ShopStateChange.UNTERMINATE
    warning = LadderStep(SanctionKind.WARNING)
    assert apply_actions("DE", "2001", 8, warning, schedule(warning, NOW, 30)) == ()
    with pytest.raises(SanctionRuleError, match="30 days"):
        schedule(termination, NOW, 29)


def test_evidence_keeps_ids_not_words() -> None:
    message = EVIDENCE[0]
    assert message.key == "message:m1"
    assert message.breaches == ("off_platform_contact",)
    assert breaches_of(EVIDENCE) == ("off_platform_contact", "late_reply", "reopened_incident")
    record = message.ledger()
    assert record == {"kind": "message", "id": "m1", "at": "2026-02-10T14:05:00+00:00",
                      "order_id": "DE-1001",
                      "findings": ["off_platform_contact", "off_platform_contact"]}
    assert "gmail" not in json.dumps(record)


def test_excerpts_cut_around_the_finding() -> None:
    text = "Hallo, " + "viel Text " * 40 + "mail an max@example.org bitte " + "Ende " * 40
    start = text.index("max@")
    cut = excerpt(text, start, start + 15, width=60)
    assert "max@example.org" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 62
    assert excerpt("kurz\n\nund  knapp", 0, 4) == "kurz und knapp"


def test_seller_language_from_locale() -> None:
    assert seller_language("de_DE") == "de"
    assert seller_language("nl-BE") == "nl"
    assert seller_language(None, "es") == "es"
    assert seller_language("fr_FR", None) == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_renders_every_kind(language: str) -> None:
    texts = StatementTexts.load(language)
    for kind in SanctionKind:
        step = LadderStep(kind)
        statement = statement_of_reasons(
            texts, shop_name="TechWelt", shop_id="2001", market_name="MediaMarkt DE",
            step=step, evidence=EVIDENCE, zone=BERLIN, previous=2, operator="MediaMarkt DE")
        body = statement.body
        assert "TechWelt" in statement.topic and "TechWelt" in body
        assert "2019/1150" in body  # how to appeal (Art. 11)
        assert "schreiben Sie an max at gmail dot com" in body  # the seller's own words
        assert "DE-1002" in body and "DE-1003" in body and "DE-1004" in body
        assert "10" in body and "02" in body  # dates in the language's format
        # Every placeholder but the measure's dates is filled; the dates come when applied.
        leftover = {p for p in ("{shop}", "{date}", "{days}", "{count}", "{operator}")
                    if p in body}
        assert not leftover
        when = schedule(step, NOW, 30)
        filled = fill_dates(body, texts, when, BERLIN)
        assert "{start}" not in filled and "{end}" not in filled
        if kind == SanctionKind.TERMINATION:
            assert texts.date(NOW + timedelta(days=30), BERLIN) in filled
            assert "30" in filled


def test_german_statement_reads_as_german() -> None:
    texts = StatementTexts.load("de")
    step = LadderStep(SanctionKind.TEMPORARY_SUSPENSION, 14)
    statement = statement_of_reasons(
        texts, shop_name="TechWelt", shop_id="2001", market_name="MediaMarkt DE", step=step,
        evidence=EVIDENCE[:2], zone=BERLIN, operator="MediaMarkt DE")
    body = fill_dates(statement.body, texts, schedule(step, NOW, 30), BERLIN)
    assert body.startswith("Sehr geehrtes Team von TechWelt,")
    assert "für 14 Tage, vom 02.03.2026 10:30 bis zum 16.03.2026 10:30" in body
    assert "Ihre Nachricht vom 10.02.2026 15:05 zur Bestellung DE-1001" in body
    assert "(Kontakt außerhalb der Plattform)" in body
    assert "fällig bis 14.02.2026 09:00, beantwortet am 16.02.2026 12:00" in body
    assert "Kommunikation bleibt auf der Plattform" in body
    assert statement.topic == "Begründung: Vorübergehende Sperrung (TechWelt)"


def test_the_text_files_agree_with_each_other() -> None:
    folder = resources.files("operator_desk.domain") / "sanction_texts"
    documents = {lang: json.loads((folder / f"{lang}.json").read_text("utf-8"))
                 for lang in LANGUAGES}

    def shape(node: object) -> object:
        if isinstance(node, dict):
            return {k: shape(v) for k, v in node.items()}
        return None

    english = shape(documents["en"])
    for language, document in documents.items():
        assert shape(document) == english, f"{language}.json has other keys than en.json"
    with pytest.raises(SanctionRuleError, match="lack"):
        StatementTexts.from_json({"language": "xx"})
