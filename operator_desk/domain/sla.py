"""SLA clock: when a seller's answer to a buyer question is due.

A marketplace states its response time as a rule string (see ``customer-care-rules.md``):

* ``hours:N`` - N hours of real elapsed time. Across a daylight-saving change the wall-clock
  deadline therefore moves by the offset change (48 h from Saturday 10:00 CET is Monday 11:00
  CEST).
* ``business-hours:N`` - only hours that fall on a working day count: Monday to Friday that are
  not public holidays of the market's country (plus its region's, when one is given), whole local
  days from 00:00 to 24:00 in the market's time zone. A question received on Friday 15:00 with
  24 business hours is due Monday 15:00; one received on Saturday 10:00 is due Tuesday 00:00.

Holidays come from the maintained ``holidays`` package, never from a hand-written list. All
arithmetic on instants is done in UTC: Python compares and adds aware datetimes that share a
``tzinfo`` by wall clock, which is wrong across a DST change.

Pure Python: stdlib ``datetime``/``zoneinfo`` and ``holidays`` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

__all__ = [
    "DEFAULT_MARKETS",
    "MAX_RULE_HOURS",
    "DeadlineExplanation",
    "MarketCalendar",
    "MarketCalendarError",
    "MarketDefaults",
    "ReplyAssessment",
    "ResponseRule",
    "RuleKind",
    "SkipReason",
    "SkippedDay",
    "SlaRuleError",
    "assess_reply",
    "deadline",
    "explain",
    "market_calendar",
]

# One year of hours. A longer response time is certainly a typo, and refusing it keeps the
# day-by-day walk of a business-hours deadline bounded.
MAX_RULE_HOURS = 8760

_ONE_DAY = timedelta(days=1)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_COUNT = re.compile(r"[+-]?[0-9]+")


class SlaRuleError(ValueError):
    """A response rule that cannot be parsed, or an input the SLA clock cannot use."""


class MarketCalendarError(ValueError):
    """A market calendar with an unknown country, region (subdivision) or time zone."""


class RuleKind(StrEnum):
    """How a response rule counts time."""

    HOURS = "hours"
    BUSINESS_HOURS = "business-hours"


@dataclass(frozen=True, slots=True)
class ResponseRule:
    """A marketplace's response time: ``kind`` and a positive whole number of ``hours``."""

    kind: RuleKind
    hours: int

    def __post_init__(self) -> None:
        if not isinstance(self.kind, RuleKind):
            try:
                object.__setattr__(self, "kind", RuleKind(self.kind))
            except ValueError:
                raise SlaRuleError(f"unknown response rule kind {self.kind!r}") from None
        if isinstance(self.hours, bool) or not isinstance(self.hours, int):
            raise SlaRuleError(f"response rule hours must be a whole number, got {self.hours!r}")
        if self.hours <= 0:
            raise SlaRuleError(f"response rule hours must be positive, got {self.hours}")
        if self.hours > MAX_RULE_HOURS:
            raise SlaRuleError(
                f"response rule hours must be at most {MAX_RULE_HOURS}, got {self.hours}"
            )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse ``"hours:N"`` or ``"business-hours:N"`` (N a positive whole number).

        Surrounding white space and the case of the kind are ignored. Raises
        :class:`SlaRuleError` with a message naming the problem for anything else.
        """
        if not isinstance(text, str):
            raise SlaRuleError(f"a response rule must be text, got {type(text).__name__}")
        stripped = text.strip()
        expected = "expected 'hours:N' or 'business-hours:N'"
        if not stripped:
            raise SlaRuleError(f"empty response rule; {expected}")
        kind_text, sep, count_text = stripped.partition(":")
        if not sep:
            raise SlaRuleError(f"response rule {text!r} has no ':'; {expected}")
        try:
            kind = RuleKind(kind_text.strip().lower())
        except ValueError:
            raise SlaRuleError(
                f"unknown response rule kind {kind_text.strip()!r} in {text!r}; {expected}"
            ) from None
        count_text = count_text.strip()
        if not count_text:
            raise SlaRuleError(f"response rule {text!r} has no number of hours; {expected}")
        if not _COUNT.fullmatch(count_text):
            raise SlaRuleError(
                f"response rule {text!r}: hours must be a whole number, got {count_text!r}"
            )
        return cls(kind, int(count_text))

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.hours}"


@dataclass(frozen=True, slots=True)
class MarketCalendar:
    """Working days and time zone of one market.

    ``country`` is an ISO 3166-1 alpha-2 code (``"DE"``), ``time_zone`` an IANA name
    (``"Europe/Berlin"``), ``region`` an optional subdivision the ``holidays`` package knows
    (``"BY"`` for Bavaria); its holidays are added to the country's. ``language`` is the language
    of holiday names (English by default, falling back to the country's own language when the
    ``holidays`` package has no translation). Holidays are computed once per year and cached.
    """

    country: str
    time_zone: str
    region: str | None = None
    language: str = "en_US"
    _years: dict[int, Mapping[date, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        country = self.country.strip().upper() if isinstance(self.country, str) else ""
        supported = holidays.list_supported_countries(include_aliases=True)
        if country not in supported:
            raise MarketCalendarError(f"unknown country {self.country!r} for a market calendar")
        object.__setattr__(self, "country", country)
        if self.region is not None:
            wanted = self.region.strip().casefold()
            matches = [code for code in supported[country] if code.casefold() == wanted]
            if not matches:
                known = ", ".join(supported[country]) or "none"
                raise MarketCalendarError(
                    f"unknown region {self.region!r} for {country}; known regions: {known}"
                )
            object.__setattr__(self, "region", matches[0])
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise MarketCalendarError(f"unknown time zone {self.time_zone!r}") from None

    @property
    def zone(self) -> ZoneInfo:
        """The market's time zone (``ZoneInfo`` instances are cached by the stdlib)."""
        return ZoneInfo(self.time_zone)

    def _holidays_of(self, year: int) -> Mapping[date, str]:
        cached = self._years.get(year)
        if cached is None:
            generated = holidays.country_holidays(
                self.country, subdiv=self.region, years=year, language=self.language
            )
            cached = MappingProxyType(dict(generated.items()))
            self._years[year] = cached
        return cached

    def holiday_name(self, day: date) -> str | None:
        """Name of the public holiday on ``day`` (several joined by ``"; "``), else ``None``."""
        return self._holidays_of(day.year).get(_as_date(day))

    def is_working_day(self, day: date) -> bool:
        """True for Monday to Friday that is not a public holiday of the market."""
        day = _as_date(day)
        return day.weekday() < 5 and day not in self._holidays_of(day.year)


@dataclass(frozen=True, slots=True)
class MarketDefaults:
    """Built-in settings of a market until they come from configuration."""

    time_zone: str
    default_rule: ResponseRule


DEFAULT_MARKETS: Mapping[str, MarketDefaults] = MappingProxyType({
    "DE": MarketDefaults("Europe/Berlin", ResponseRule(RuleKind.HOURS, 48)),
    "ES": MarketDefaults("Europe/Madrid", ResponseRule(RuleKind.HOURS, 48)),
    "NL": MarketDefaults("Europe/Amsterdam", ResponseRule(RuleKind.HOURS, 48)),
    "CH": MarketDefaults("Europe/Zurich", ResponseRule(RuleKind.HOURS, 48)),
})


def market_calendar(market: str, region: str | None = None) -> MarketCalendar:
    """Calendar of a market in :data:`DEFAULT_MARKETS` (country code, case-insensitive).

    Raises :class:`MarketCalendarError` for a market not in the table or an unknown region.
    """
    code = market.strip().upper()
    defaults = DEFAULT_MARKETS.get(code)
    if defaults is None:
        known = ", ".join(sorted(DEFAULT_MARKETS))
        raise MarketCalendarError(f"unknown market {market!r}; known markets: {known}")
    return MarketCalendar(code, defaults.time_zone, region)


class SkipReason(StrEnum):
    """Why a day did not count towards a business-hours deadline."""

    WEEKEND = "weekend"
    HOLIDAY = "holiday"


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A local day that was not counted; a holiday on a weekend is reported as the holiday."""

    day: date
    reason: SkipReason
    holiday_name: str | None = None


@dataclass(frozen=True, slots=True)
class DeadlineExplanation:
    """A deadline with the structured reasons behind it (for display and translation)."""

    received: datetime  # in the market's time zone
    rule: ResponseRule
    deadline: datetime  # in the market's time zone
    skipped_days: tuple[SkippedDay, ...]

    @property
    def summary(self) -> str:
        """One English line, e.g. ``received Thu 24 Dec 10:00; ... not counted; due ...``."""
        with_year = self.received.year != self.deadline.year
        parts = [f"received {_format_moment(self.received, with_year)}"]
        skipped = _describe_skipped(self.skipped_days)
        if skipped:
            parts.append(f"{skipped} not counted")
        due = f"due {_format_moment(self.deadline, with_year)}"
        before, after = self.received.tzname(), self.deadline.tzname()
        if self.received.utcoffset() != self.deadline.utcoffset() and before and after:
            due += f" (clocks changed from {before} to {after})"
        parts.append(due)
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class ReplyAssessment:
    """How a seller's reply (or its absence) stands against the deadline.

    ``late_by`` is how far past the deadline the reply came or, while unanswered and overdue,
    how far past it ``now`` is; ``None`` when not late. A reply exactly at the deadline is on
    time.
    """

    deadline: datetime
    answered: bool
    answered_at: datetime | None
    late_by: timedelta | None
    is_overdue_now: bool


def _as_date(day: date) -> date:
    # A datetime is a date too; holiday tables are keyed by plain dates.
    return day.date() if isinstance(day, datetime) else day


def _require_aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise SlaRuleError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise SlaRuleError(f"{name} must be timezone-aware (with a UTC offset), got {value}")
    return value


def _local_midnight_utc(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant at which local ``day`` starts (DST-safe; a missing 00:00 resolves
    to the first instant of the day)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _walk(
    received: datetime, rule: ResponseRule, calendar: MarketCalendar
) -> tuple[datetime, tuple[SkippedDay, ...]]:
    """Deadline (UTC) and the non-working days passed over."""
    start = _require_aware(received, "received").astimezone(UTC)
    budget = timedelta(hours=rule.hours)
    if rule.kind is RuleKind.HOURS:
        return start + budget, ()
    zone = calendar.zone
    skipped: list[SkippedDay] = []
    day = start.astimezone(zone).date()
    cursor = start
    # One step per local day; a working day's real length (23, 24 or 25 h) is measured between
    # its two midnights in UTC, so DST days need no special case.
    while True:
        day_end = _local_midnight_utc(day + _ONE_DAY, zone)
        if calendar.is_working_day(day):
            available = day_end - cursor
            if budget <= available:
                return cursor + budget, tuple(skipped)
            budget -= available
        else:
            name = calendar.holiday_name(day)
            if name is not None:
                skipped.append(SkippedDay(day, SkipReason.HOLIDAY, name))
            else:
                skipped.append(SkippedDay(day, SkipReason.WEEKEND))
        cursor = day_end
        day += _ONE_DAY


def deadline(received: datetime, rule: ResponseRule, calendar: MarketCalendar) -> datetime:
    """When the answer to a question received at ``received`` is due under ``rule``.

    ``received`` must be timezone-aware (else :class:`SlaRuleError`); the result is aware, in
    the market's time zone. ``hours:N`` adds N real hours; ``business-hours:N`` counts only
    hours on the calendar's working days, stepping a day at a time.
    """
    due, _ = _walk(received, rule, calendar)
    return due.astimezone(calendar.zone)


def explain(
    received: datetime, rule: ResponseRule, calendar: MarketCalendar
) -> DeadlineExplanation:
    """The deadline with the days that were not counted and why; see ``.summary``."""
    due, skipped = _walk(received, rule, calendar)
    zone = calendar.zone
    return DeadlineExplanation(received.astimezone(zone), rule, due.astimezone(zone), skipped)


def assess_reply(
    received: datetime,
    answered: datetime | None,
    now: datetime,
    rule: ResponseRule,
    calendar: MarketCalendar,
) -> ReplyAssessment:
    """Judge a reply against the deadline of its question.

    ``answered`` is when the seller replied, ``None`` if not yet. All datetimes must be
    timezone-aware. A reply stamped before the question (clock skew between systems) counts as
    on time. Returned datetimes are in the market's time zone.
    """
    due = deadline(received, rule, calendar)
    now_utc = _require_aware(now, "now").astimezone(UTC)
    due_utc = due.astimezone(UTC)
    if answered is not None:
        answered_utc = _require_aware(answered, "answered").astimezone(UTC)
        late = answered_utc - due_utc
        return ReplyAssessment(
            deadline=due,
            answered=True,
            answered_at=answered_utc.astimezone(calendar.zone),
            late_by=late if late > timedelta(0) else None,
            is_overdue_now=False,
        )
    overdue = now_utc - due_utc
    return ReplyAssessment(
        deadline=due,
        answered=False,
        answered_at=None,
        late_by=overdue if overdue > timedelta(0) else None,
        is_overdue_now=overdue > timedelta(0),
    )


# -- summary text ---------------------------------------------------------------------------


def _format_day(day: date, with_year: bool = False) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _format_moment(moment: datetime, with_year: bool) -> str:
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if moment.second or moment.microsecond:
        clock += f":{moment.second:02d}"
    return f"{_WEEKDAYS[moment.weekday()]} {_format_day(moment.date(), with_year)} {clock}"


def _runs(days: list[SkippedDay]) -> Iterator[list[SkippedDay]]:
    """Consecutive calendar days grouped together."""
    run: list[SkippedDay] = []
    for item in days:
        if run and item.day - run[-1].day != _ONE_DAY:
            yield run
            run = []
        run.append(item)
    if run:
        yield run


def _describe_skipped(skipped: tuple[SkippedDay, ...]) -> str:
    parts: list[str] = []
    holidays_ = [s for s in skipped if s.reason is SkipReason.HOLIDAY]
    for run in _runs(holidays_):
        first, last = run[0].day, run[-1].day
        if first == last:
            span = _format_day(first)
        elif (first.year, first.month) == (last.year, last.month):
            span = f"{first.day}–{_format_day(last)}"
        else:
            span = f"{_format_day(first)}–{_format_day(last)}"
        names = list(dict.fromkeys(s.holiday_name for s in run if s.holiday_name))
        parts.append(f"{span} ({', '.join(names)})")
    weekends = {s.day.isocalendar()[:2] for s in skipped if s.reason is SkipReason.WEEKEND}
    if len(weekends) == 1:
        parts.append("the weekend")
    elif weekends:
        parts.append(f"{len(weekends)} weekends")
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
