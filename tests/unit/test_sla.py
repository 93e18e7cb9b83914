"""SLA clock: rule parsing, market calendars, deadlines (incl. DST), explanations, assessments."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_desk.domain.sla import (
    DEFAULT_MARKETS,
    MAX_RULE_HOURS,
    MarketCalendar,
    MarketCalendarError,
    ResponseRule,
    RuleKind,
    SkippedDay,
    SkipReason,
    SlaRuleError,
    assess_reply,
    deadline,
    explain,
    market_calendar,
)

BERLIN = ZoneInfo("Europe/Berlin")
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

HOURS_48 = ResponseRule.parse("hours:48")
BUSINESS_24 = ResponseRule.parse("business-hours:24")

DE = market_calendar("DE")
DE_BY = market_calendar("DE", region="BY")
ES = market_calendar("ES")
NL = market_calendar("NL")
CH = market_calendar("CH")

# (calendar, zone name) for the four markets; DST changes on the same Sundays in all of them.
MARKETS = [
    pytest.param(DE, "Europe/Berlin", id="DE-Berlin"),
    pytest.param(ES, "Europe/Madrid", id="ES-Madrid"),
    pytest.param(NL, "Europe/Amsterdam", id="NL-Amsterdam"),
    pytest.param(CH, "Europe/Zurich", id="CH-Zurich"),
]


def iso(moment: datetime) -> str:
    """ISO text with the offset: checks instant *and* offset (== on same-tzinfo values does not)."""
    return moment.isoformat()


# -- rule parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "hours"),
    [
        ("hours:48", RuleKind.HOURS, 48),
        ("business-hours:24", RuleKind.BUSINESS_HOURS, 24),
        ("  Business-Hours: 8 ", RuleKind.BUSINESS_HOURS, 8),
        ("hours:1", RuleKind.HOURS, 1),
        (f"hours:{MAX_RULE_HOURS}", RuleKind.HOURS, MAX_RULE_HOURS),
    ],
)
def test_parse_valid_rules(text: str, kind: RuleKind, hours: int) -> None:
    rule = ResponseRule.parse(text)
    assert (rule.kind, rule.hours) == (kind, hours)


def test_rule_round_trips_through_str() -> None:
    assert str(BUSINESS_24) == "business-hours:24"
    assert ResponseRule.parse(str(HOURS_48)) == HOURS_48


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("hours", "no ':'"),
        ("48", "no ':'"),
        ("hours:", "no number"),
        (":24", "unknown response rule kind"),
        ("days:2", "unknown response rule kind 'days'"),
        ("working-hours:8", "unknown response rule kind"),
        ("hours:0", "must be positive"),
        ("business-hours:-5", "must be positive"),
        ("hours:1.5", "whole number"),
        ("hours:abc", "whole number"),
        ("hours:4_8", "whole number"),
        ("hours:48h", "whole number"),
        ("hours:4 8", "whole number"),
        (f"hours:{MAX_RULE_HOURS + 1}", f"at most {MAX_RULE_HOURS}"),
    ],
)
def test_parse_rejects_bad_rules_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(SlaRuleError, match=message):
        ResponseRule.parse(text)


def test_rule_error_is_a_value_error() -> None:
    assert issubclass(SlaRuleError, ValueError)
    with pytest.raises(ValueError, match="unknown"):
        ResponseRule.parse("minutes:5")


def test_parse_rejects_non_text() -> None:
    with pytest.raises(SlaRuleError, match="must be text"):
        ResponseRule.parse(48)  # type: ignore[arg-type]


def test_direct_construction_is_validated_too() -> None:
    assert ResponseRule("hours", 3).kind is RuleKind.HOURS  # type: ignore[arg-type]
    with pytest.raises(SlaRuleError, match="positive"):
        ResponseRule(RuleKind.HOURS, 0)
    with pytest.raises(SlaRuleError, match="whole number"):
        ResponseRule(RuleKind.HOURS, True)
    with pytest.raises(SlaRuleError, match="unknown response rule kind"):
        ResponseRule("weeks", 1)  # type: ignore[arg-type]


def test_rule_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        HOURS_48.hours = 1  # type: ignore[misc]


# -- market table and calendars -------------------------------------------------------------


def test_default_markets_table() -> None:
    assert {code: d.time_zone for code, d in DEFAULT_MARKETS.items()} == {
        "DE": "Europe/Berlin",
        "ES": "Europe/Madrid",
        "NL": "Europe/Amsterdam",
        "CH": "Europe/Zurich",
    }
    assert all(d.default_rule == HOURS_48 for d in DEFAULT_MARKETS.values())
    with pytest.raises(TypeError):
        DEFAULT_MARKETS["FR"] = DEFAULT_MARKETS["DE"]  # type: ignore[index]


def test_market_calendar_from_table() -> None:
    cal = market_calendar(" de ", region="by")
    assert (cal.country, cal.time_zone, cal.region) == ("DE", "Europe/Berlin", "BY")
    assert cal.zone is BERLIN
    with pytest.raises(MarketCalendarError, match="unknown market 'FR'; known markets: CH, DE"):
        market_calendar("FR")


def test_calendar_rejects_unknown_country_region_and_zone() -> None:
    with pytest.raises(MarketCalendarError, match="unknown country 'ZZ'"):
        MarketCalendar("ZZ", "Europe/Berlin")
    with pytest.raises(MarketCalendarError,
                       match=r"unknown region 'XX' for DE; known regions: .*BY"):
        MarketCalendar("DE", "Europe/Berlin", region="XX")
    with pytest.raises(MarketCalendarError, match="unknown time zone"):
        MarketCalendar("DE", "Europe/Atlantis")
    assert issubclass(MarketCalendarError, ValueError)


def test_calendars_compare_by_settings_not_cache() -> None:
    fresh = MarketCalendar("de", "Europe/Berlin")
    assert fresh == DE  # DE's cache is filled by other tests; fresh's is empty
    assert hash(fresh) == hash(MarketCalendar("DE", "Europe/Berlin"))


def test_weekdays_weekends_and_plain_days() -> None:
    assert DE.is_working_day(date(2026, 1, 16))  # Friday
    assert not DE.is_working_day(date(2026, 1, 17))  # Saturday
    assert not DE.is_working_day(date(2026, 1, 18))  # Sunday
    assert DE.holiday_name(date(2026, 1, 16)) is None
    assert DE.holiday_name(date(2026, 1, 17)) is None  # a weekend is not a holiday
    assert DE.is_working_day(datetime(2026, 1, 16, 23, 59, tzinfo=BERLIN))  # a datetime is a date


@pytest.mark.parametrize(
    ("calendar", "day", "name"),
    [
        pytest.param(DE, date(2026, 12, 25), "Christmas Day", id="DE-christmas"),
        pytest.param(DE, date(2026, 12, 26), "Second Day of Christmas", id="DE-boxing-day"),
        pytest.param(DE, date(2026, 10, 3), "German Unity Day", id="DE-unity"),
        pytest.param(ES, date(2026, 1, 6), "Epiphany", id="ES-epiphany"),
        pytest.param(ES, date(2026, 10, 12), "National Day", id="ES-hispanidad"),
        pytest.param(NL, date(2026, 4, 27), "King's Day", id="NL-koningsdag"),
        pytest.param(NL, date(2025, 4, 26), "King's Day", id="NL-koningsdag-moved-from-sunday"),
        pytest.param(CH, date(2025, 8, 1), "National Day", id="CH-bundesfeier"),
        pytest.param(DE_BY, date(2026, 1, 6), "Epiphany", id="DE-BY-epiphany"),
        pytest.param(DE_BY, date(2026, 6, 4), "Corpus Christi", id="DE-BY-corpus-christi"),
    ],
)
def test_public_holidays_of_each_market(calendar: MarketCalendar, day: date, name: str) -> None:
    assert calendar.holiday_name(day) == name
    assert not calendar.is_working_day(day)


@pytest.mark.parametrize(
    ("calendar", "day"),
    [
        pytest.param(DE, date(2026, 1, 6), id="DE-epiphany-only-regional"),
        pytest.param(DE, date(2026, 6, 4), id="DE-corpus-christi-only-regional"),
        pytest.param(market_calendar("DE", "BE"), date(2026, 6, 4), id="DE-BE-corpus-christi"),
        pytest.param(NL, date(2026, 1, 6), id="NL-epiphany"),
        pytest.param(CH, date(2026, 1, 6), id="CH-epiphany-cantonal"),
        pytest.param(ES, date(2025, 12, 26), id="ES-boxing-day"),
    ],
)
def test_holidays_of_other_markets_or_regions_are_working_days(
    calendar: MarketCalendar, day: date
) -> None:
    assert calendar.holiday_name(day) is None
    assert calendar.is_working_day(day)


def test_holiday_years_are_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = holidays.country_holidays

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(holidays, "country_holidays", counting)
    cal = MarketCalendar("NL", "Europe/Amsterdam")
    for offset in range(365):
        cal.is_working_day(date(2026, 1, 1) + timedelta(days=offset))
        cal.holiday_name(date(2026, 1, 1) + timedelta(days=offset))
    assert len(calls) == 1
    cal.is_working_day(date(2027, 4, 27))
    assert len(calls) == 2


def test_holiday_names_are_english_regardless_of_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "de_DE")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    cal = MarketCalendar("DE", "Europe/Berlin")
    assert cal.holiday_name(date(2026, 12, 25)) == "Christmas Day"
    german = MarketCalendar("DE", "Europe/Berlin", language="de")
    assert german.holiday_name(date(2026, 12, 25)) == "Erster Weihnachtstag"


# -- business-hours deadlines: the examples of customer-care-rules.md -----------------------


def test_friday_afternoon_is_due_monday_same_time() -> None:
    due = deadline(datetime(2026, 1, 16, 15, 0, tzinfo=BERLIN), BUSINESS_24, DE)
    assert iso(due) == "2026-01-19T15:00:00+01:00"


def test_saturday_morning_is_due_tuesday_midnight() -> None:
    due = deadline(datetime(2026, 1, 17, 10, 0, tzinfo=BERLIN), BUSINESS_24, DE)
    assert iso(due) == "2026-01-20T00:00:00+01:00"


def test_christmas_eve_on_de_is_due_monday_28_december() -> None:
    due = deadline(datetime(2026, 12, 24, 10, 0, tzinfo=CET), BUSINESS_24, DE)
    assert iso(due) == "2026-12-28T10:00:00+01:00"
    assert due.tzinfo is BERLIN


# -- business-hours deadlines: further cases ------------------------------------------------


def test_business_hours_within_one_day() -> None:
    rule = ResponseRule.parse("business-hours:8")
    due = deadline(datetime(2026, 1, 12, 9, 0, tzinfo=BERLIN), rule, DE)
    assert iso(due) == "2026-01-12T17:00:00+01:00"


def test_deadline_at_end_of_friday_is_saturday_midnight_not_monday() -> None:
    rule = ResponseRule.parse("business-hours:38")  # Thu 10:00-24:00 = 14 h, Friday = 24 h
    due = deadline(datetime(2026, 1, 15, 10, 0, tzinfo=BERLIN), rule, DE)
    assert iso(due) == "2026-01-17T00:00:00+01:00"


def test_received_at_midnight_of_a_working_day() -> None:
    due = deadline(datetime(2026, 1, 12, 0, 0, tzinfo=BERLIN), BUSINESS_24, DE)
    assert iso(due) == "2026-01-13T00:00:00+01:00"


def test_received_in_another_zone_is_counted_in_the_market_zone() -> None:
    # 23:30 UTC on Friday is already Saturday 00:30 in Berlin: nothing of Friday is left.
    due = deadline(datetime(2026, 1, 16, 23, 30, tzinfo=UTC), BUSINESS_24, DE)
    assert iso(due) == "2026-01-20T00:00:00+01:00"
    # 22:30 UTC on Friday is Friday 23:30 in Berlin: half an hour of Friday counts.
    due = deadline(datetime(2026, 1, 16, 22, 30, tzinfo=UTC), BUSINESS_24, DE)
    assert iso(due) == "2026-01-19T23:30:00+01:00"


def test_bavarian_holiday_only_counts_with_region_by() -> None:
    received = datetime(2026, 1, 5, 10, 0, tzinfo=BERLIN)  # Monday before Epiphany
    assert iso(deadline(received, BUSINESS_24, DE)) == "2026-01-06T10:00:00+01:00"
    assert iso(deadline(received, BUSINESS_24, DE_BY)) == "2026-01-07T10:00:00+01:00"


def test_spanish_epiphany_is_skipped() -> None:
    received = datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert iso(deadline(received, BUSINESS_24, ES)) == "2026-01-07T10:00:00+01:00"


def test_dutch_kings_day_is_skipped_after_the_weekend() -> None:
    received = datetime(2026, 4, 24, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))  # Friday
    due = deadline(received, BUSINESS_24, NL)
    assert iso(due) == "2026-04-28T12:00:00+02:00"  # Sat, Sun and Mon 27 April skipped


def test_swiss_national_day_is_skipped() -> None:
    received = datetime(2025, 7, 31, 12, 0, tzinfo=ZoneInfo("Europe/Zurich"))  # Thursday
    due = deadline(received, BUSINESS_24, CH)
    assert iso(due) == "2025-08-04T12:00:00+02:00"  # Fri 1 Aug and the weekend skipped


def test_long_business_deadline_steps_by_days(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[date] = []
    real = MarketCalendar.is_working_day

    def counting(self: MarketCalendar, day: date) -> bool:
        checked.append(day)
        return real(self, day)

    monkeypatch.setattr(MarketCalendar, "is_working_day", counting)
    rule = ResponseRule.parse(f"business-hours:{MAX_RULE_HOURS}")  # 365 working days
    due = deadline(datetime(2026, 1, 1, 9, 0, tzinfo=CET), rule, DE)
    # 1 Jan is a holiday, so 365 whole working days from 2 Jan end at midnight after Friday.
    assert iso(due) == "2027-06-12T00:00:00+02:00"
    assert len(checked) == len(set(checked)) < 600  # once per calendar day, never per hour


# -- hours deadlines ------------------------------------------------------------------------


def test_hours_rule_is_plain_elapsed_time() -> None:
    due = deadline(datetime(2026, 12, 24, 10, 0, tzinfo=CET), HOURS_48, DE)
    assert iso(due) == "2026-12-26T10:00:00+01:00"  # holidays and weekends count
    assert due.tzinfo is BERLIN


def test_hours_rule_result_is_in_the_market_zone() -> None:
    due = deadline(datetime(2026, 1, 16, 14, 0, tzinfo=UTC), HOURS_48, NL)
    assert iso(due) == "2026-01-18T15:00:00+01:00"
    assert due.tzinfo == ZoneInfo("Europe/Amsterdam")


# -- DST: both rules in every market --------------------------------------------------------


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_hours_rule_across_spring_forward_shifts_wall_clock(
    calendar: MarketCalendar, zone_name: str
) -> None:
    received = datetime(2026, 3, 28, 10, 0, tzinfo=ZoneInfo(zone_name))  # Sat, CET
    due = deadline(received, HOURS_48, calendar)
    assert iso(due) == "2026-03-30T11:00:00+02:00"
    assert due.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=48)


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_hours_rule_across_fall_back_shifts_wall_clock(
    calendar: MarketCalendar, zone_name: str
) -> None:
    received = datetime(2026, 10, 24, 10, 0, tzinfo=ZoneInfo(zone_name))  # Sat, CEST
    due = deadline(received, HOURS_48, calendar)
    assert iso(due) == "2026-10-26T09:00:00+01:00"
    assert due.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=48)


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_hours_rule_over_the_missing_and_the_repeated_hour(
    calendar: MarketCalendar, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    two = ResponseRule.parse("hours:2")
    one = ResponseRule.parse("hours:1")
    # 29 March: 02:00-03:00 does not exist.
    assert iso(deadline(datetime(2026, 3, 29, 1, 30, tzinfo=zone), two, calendar)) == (
        "2026-03-29T04:30:00+02:00"
    )
    # 25 October: 02:00-03:00 happens twice; one hour after the first 02:30 is the second.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=zone, fold=0)
    assert iso(first) == "2026-10-25T02:30:00+02:00"
    assert iso(deadline(first, one, calendar)) == "2026-10-25T02:30:00+01:00"
    second = datetime(2026, 10, 25, 2, 30, tzinfo=zone, fold=1)
    assert iso(deadline(second, one, calendar)) == "2026-10-25T03:30:00+01:00"


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_business_hours_across_spring_forward(calendar: MarketCalendar, zone_name: str) -> None:
    received = datetime(2026, 3, 27, 15, 0, tzinfo=ZoneInfo(zone_name))  # Fri, CET
    due = deadline(received, BUSINESS_24, calendar)
    assert iso(due) == "2026-03-30T15:00:00+02:00"
    # The 23-hour Sunday is not counted, so the real time elapsed is 71 h, not 72 h.
    assert due.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=71)


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_business_hours_across_fall_back(calendar: MarketCalendar, zone_name: str) -> None:
    received = datetime(2026, 10, 23, 15, 0, tzinfo=ZoneInfo(zone_name))  # Fri, CEST
    due = deadline(received, BUSINESS_24, calendar)
    assert iso(due) == "2026-10-26T15:00:00+01:00"
    assert due.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=73)


@pytest.mark.parametrize(("calendar", "zone_name"), MARKETS)
def test_business_hours_received_during_the_dst_sunday(
    calendar: MarketCalendar, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    spring = datetime(2026, 3, 29, 1, 30, tzinfo=zone)
    assert iso(deadline(spring, BUSINESS_24, calendar)) == "2026-03-31T00:00:00+02:00"
    autumn = datetime(2026, 10, 25, 2, 30, tzinfo=zone, fold=1)
    assert iso(deadline(autumn, BUSINESS_24, calendar)) == "2026-10-27T00:00:00+01:00"


def test_business_hours_on_a_working_day_with_a_dst_change_count_real_hours() -> None:
    # Not a case in our European markets (they change on Sundays), but Israel moves its clocks
    # on a Friday: that Friday has 23 real hours, so 24 business hours need 1 h of Monday.
    cal = MarketCalendar("DE", "Asia/Jerusalem")
    received = datetime(2026, 3, 27, 0, 0, tzinfo=ZoneInfo("Asia/Jerusalem"))
    assert iso(deadline(received, BUSINESS_24, cal)) == "2026-03-30T01:00:00+03:00"


# -- timezone-awareness ---------------------------------------------------------------------


@pytest.mark.parametrize("rule", [HOURS_48, BUSINESS_24], ids=str)
def test_naive_received_is_refused(rule: ResponseRule) -> None:
    with pytest.raises(SlaRuleError, match="timezone-aware"):
        deadline(datetime(2026, 12, 24, 10, 0), rule, DE)
    with pytest.raises(SlaRuleError, match="timezone-aware"):
        explain(datetime(2026, 12, 24, 10, 0), rule, DE)


# -- explanations ---------------------------------------------------------------------------


def test_christmas_explanation() -> None:
    result = explain(datetime(2026, 12, 24, 9, 0, tzinfo=UTC), BUSINESS_24, DE)
    assert iso(result.received) == "2026-12-24T10:00:00+01:00"
    assert iso(result.deadline) == "2026-12-28T10:00:00+01:00"
    assert result.rule == BUSINESS_24
    assert result.skipped_days == (
        SkippedDay(date(2026, 12, 25), SkipReason.HOLIDAY, "Christmas Day"),
        SkippedDay(date(2026, 12, 26), SkipReason.HOLIDAY, "Second Day of Christmas"),
        SkippedDay(date(2026, 12, 27), SkipReason.WEEKEND),
    )
    assert result.summary == (
        "received Thu 24 Dec 10:00; 25–26 Dec (Christmas Day, Second Day of Christmas) "
        "and the weekend not counted; due Mon 28 Dec 10:00"
    )


def test_explanation_agrees_with_deadline() -> None:
    received = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)
    rule = ResponseRule.parse("business-hours:40")
    assert explain(received, rule, NL).deadline == deadline(received, rule, NL)


def test_saturday_explanation_counts_the_day_of_arrival() -> None:
    result = explain(datetime(2026, 1, 17, 10, 0, tzinfo=BERLIN), BUSINESS_24, DE)
    assert [s.day for s in result.skipped_days] == [date(2026, 1, 17), date(2026, 1, 18)]
    assert result.summary == (
        "received Sat 17 Jan 10:00; the weekend not counted; due Tue 20 Jan 00:00"
    )


def test_explanation_with_separate_holiday_runs() -> None:
    rule = ResponseRule.parse("business-hours:36")
    result = explain(datetime(2026, 4, 2, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam")), rule, NL)
    assert result.summary == (
        "received Thu 2 Apr 12:00; 3 Apr (Good Friday), 5–6 Apr (Easter Sunday, Easter Monday) "
        "and the weekend not counted; due Wed 8 Apr 00:00"
    )


def test_explanation_across_the_year_end_names_years_and_weekends() -> None:
    rule = ResponseRule.parse("business-hours:200")
    result = explain(datetime(2026, 12, 30, 12, 0, tzinfo=ZoneInfo("Europe/Zurich")), rule, CH)
    assert result.summary == (
        "received Wed 30 Dec 2026 12:00; 1 Jan (New Year's Day) and 2 weekends not counted; "
        "due Tue 12 Jan 2027 20:00"
    )


def test_explanation_with_nothing_skipped() -> None:
    rule = ResponseRule.parse("business-hours:8")
    result = explain(datetime(2026, 1, 12, 9, 0, 30, tzinfo=BERLIN), rule, DE)
    assert result.skipped_days == ()
    assert result.summary == "received Mon 12 Jan 09:00:30; due Mon 12 Jan 17:00:30"


def test_explanation_of_hours_rule_mentions_the_clock_change() -> None:
    result = explain(datetime(2026, 3, 28, 10, 0, tzinfo=BERLIN), HOURS_48, DE)
    assert result.skipped_days == ()
    assert result.summary == (
        "received Sat 28 Mar 10:00; due Mon 30 Mar 11:00 (clocks changed from CET to CEST)"
    )


# -- reply assessment -----------------------------------------------------------------------

RECEIVED = datetime(2026, 12, 24, 10, 0, tzinfo=BERLIN)
DUE = datetime(2026, 12, 28, 10, 0, tzinfo=BERLIN)


def test_reply_on_time() -> None:
    answered = datetime(2026, 12, 27, 20, 0, tzinfo=UTC)
    result = assess_reply(RECEIVED, answered, DUE + timedelta(days=3), BUSINESS_24, DE)
    assert iso(result.deadline) == "2026-12-28T10:00:00+01:00"
    assert result.answered
    assert result.answered_at is not None
    assert iso(result.answered_at) == "2026-12-27T21:00:00+01:00"
    assert result.late_by is None
    assert not result.is_overdue_now


def test_reply_exactly_at_the_deadline_is_on_time() -> None:
    result = assess_reply(RECEIVED, DUE, DUE, BUSINESS_24, DE)
    assert result.late_by is None
    assert not result.is_overdue_now


def test_late_reply() -> None:
    answered = DUE + timedelta(hours=1, minutes=30)
    result = assess_reply(RECEIVED, answered, answered + timedelta(days=1), BUSINESS_24, DE)
    assert result.answered
    assert result.late_by == timedelta(hours=1, minutes=30)
    assert not result.is_overdue_now  # answered, however late


def test_unanswered_not_yet_due() -> None:
    result = assess_reply(RECEIVED, None, DUE - timedelta(seconds=1), BUSINESS_24, DE)
    assert not result.answered
    assert result.answered_at is None
    assert result.late_by is None
    assert not result.is_overdue_now


def test_unanswered_and_overdue() -> None:
    now = datetime(2026, 12, 28, 12, 15, tzinfo=UTC)  # 13:15 in Berlin
    result = assess_reply(RECEIVED, None, now, BUSINESS_24, DE)
    assert result.is_overdue_now
    assert result.late_by == timedelta(hours=3, minutes=15)


def test_lateness_is_measured_in_real_time_across_fall_back() -> None:
    # 24 h from Saturday 10:00 CEST is Sunday 09:00 CET; 09:30 CET is 30 min late, even though a
    # wall-clock comparison in the same zone would call it on time (before 10:00).
    received = datetime(2026, 10, 24, 10, 0, tzinfo=BERLIN)
    answered = datetime(2026, 10, 25, 9, 30, tzinfo=BERLIN)
    result = assess_reply(received, answered, answered, ResponseRule.parse("hours:24"), DE)
    assert iso(result.deadline) == "2026-10-25T09:00:00+01:00"
    assert result.late_by == timedelta(minutes=30)


def test_reply_before_the_question_counts_as_on_time() -> None:
    answered = RECEIVED - timedelta(seconds=5)  # clock skew between systems
    result = assess_reply(RECEIVED, answered, RECEIVED, BUSINESS_24, DE)
    assert result.late_by is None


def test_assessment_refuses_naive_times() -> None:
    naive = datetime(2026, 12, 28, 10, 0)
    with pytest.raises(SlaRuleError, match="now must be timezone-aware"):
        assess_reply(RECEIVED, None, naive, BUSINESS_24, DE)
    with pytest.raises(SlaRuleError, match="answered must be timezone-aware"):
        assess_reply(RECEIVED, naive, DUE, BUSINESS_24, DE)
    with pytest.raises(SlaRuleError, match="received must be timezone-aware"):
        assess_reply(naive, None, DUE, BUSINESS_24, DE)


# -- properties -----------------------------------------------------------------------------

CALENDARS = [DE, DE_BY, ES, NL, CH]
START = datetime(2020, 1, 1, tzinfo=UTC)


def brute_force_business_deadline(
    received_utc: datetime, hours: int, calendar: MarketCalendar
) -> datetime:
    """Oracle: walk UTC hour by hour (the zones' offsets are whole hours, so each UTC hour lies
    within one local day) and count the hours whose local day is a working day."""
    counted = 0
    moment = received_utc
    while True:
        if calendar.is_working_day(moment.astimezone(calendar.zone).date()):
            counted += 1
            if counted == hours:
                return moment + timedelta(hours=1)
        moment += timedelta(hours=1)


@settings(max_examples=150, deadline=None)
@given(
    offset_hours=st.integers(min_value=0, max_value=24 * 366 * 10),
    hours=st.integers(min_value=1, max_value=150),
    calendar=st.sampled_from(CALENDARS),
)
def test_business_hours_match_an_hour_by_hour_count(
    offset_hours: int, hours: int, calendar: MarketCalendar
) -> None:
    received = START + timedelta(hours=offset_hours)
    rule = ResponseRule(RuleKind.BUSINESS_HOURS, hours)
    due = deadline(received, rule, calendar)
    assert due.astimezone(UTC) == brute_force_business_deadline(received, hours, calendar)
    assert due.tzinfo is calendar.zone


@settings(max_examples=150, deadline=None)
@given(
    received=st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2040, 1, 1),
        timezones=st.sampled_from([ZoneInfo(c.time_zone) for c in CALENDARS] + [UTC]),
        allow_imaginary=False,
    ),
    hours=st.integers(min_value=1, max_value=MAX_RULE_HOURS),
    calendar=st.sampled_from(CALENDARS),
)
def test_hours_rule_is_exact_elapsed_time(
    received: datetime, hours: int, calendar: MarketCalendar
) -> None:
    due = deadline(received, ResponseRule(RuleKind.HOURS, hours), calendar)
    assert due.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=hours)
    assert due.tzinfo is calendar.zone


@settings(max_examples=100, deadline=None)
@given(
    received=st.datetimes(
        min_value=datetime(2024, 1, 1),
        max_value=datetime(2028, 1, 1),
        timezones=st.just(UTC),
    ),
    hours=st.integers(min_value=1, max_value=500),
    calendar=st.sampled_from(CALENDARS),
)
def test_business_deadline_never_before_elapsed_deadline_and_ends_on_a_working_day(
    received: datetime, hours: int, calendar: MarketCalendar
) -> None:
    business = deadline(received, ResponseRule(RuleKind.BUSINESS_HOURS, hours), calendar)
    elapsed = deadline(received, ResponseRule(RuleKind.HOURS, hours), calendar)
    assert business.astimezone(UTC) >= elapsed.astimezone(UTC)
    last_counted_instant = business.astimezone(UTC) - timedelta(microseconds=1)
    assert calendar.is_working_day(last_counted_instant.astimezone(calendar.zone).date())
