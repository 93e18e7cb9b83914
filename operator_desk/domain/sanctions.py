"""Sanctions: the ladder, what a step does on the platform, evidence and the statement of
reasons the seller receives. Pure Python; the texts are data (``sanction_texts/<lang>.json``).

A marketplace's ladder is a list of steps in its rule settings, each ``kind`` or
``kind:days``: ``warning``, ``restriction:30``, ``temporary_suspension:14``, ``termination``.
What each kind does on a Mirakl platform (documented in ``docs/SANCTIONS.md``):

* **warning**: nothing on the platform; the statement of reasons goes to the seller.
* **restriction** of selling rights: Mirakl has no call for it. The closest means is S07's
  closing window (``closed_from_date``/``closed_to_date``): the shop shows as ``CLOSE``, its
  offers are off sale for the window, and the seller keeps handling existing orders and
  messages. Lifting clears the window; the platform also ends it by itself on its date.
* **temporary suspension**: S07 ``suspend: true`` (``SUSPENDED``/``MANUAL``); lifted with
  ``suspend: false`` on its end date (a reminder, or automatically where chosen).
* **termination**: P2B (Regulation (EU) 2019/1150, Art. 4(1)) wants 30 days' notice: the
  statement goes out at once with the effective date, and S09 ``TERMINATE`` is sent when the
  notice period has run (a reminder, or automatically where chosen).

The statement names the measure, its dates, the rules breached (with their text) and the
facts (messages with their findings, late replies with deadlines, incidents), and says how to
appeal (P2B Art. 11). Its dates are written as ``{start}`` / ``{end}`` placeholders until the
sanction is applied, because only then is it known when the measure begins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from .actions import Action, ShopClosure, ShopState, ShopStateChange

__all__ = [
    "DEFAULT_STEP_DAYS",
    "LANGUAGES",
    "MIN_TERMINATION_NOTICE_DAYS",
    "Evidence",
    "EvidenceKind",
    "LadderStep",
    "SanctionKind",
    "SanctionRuleError",
    "Schedule",
    "Statement",
    "StatementTexts",
    "apply_actions",
    "breaches_of",
    "excerpt",
    "fill_dates",
    "lift_actions",
    "parse_ladder",
    "schedule",
    "seller_language",
    "statement_of_reasons",
    "terminate_actions",
]

LANGUAGES = ("de", "es", "nl", "en")
MIN_TERMINATION_NOTICE_DAYS = 30
MAX_STEP_DAYS = 365


class SanctionRuleError(ValueError):
    """A ladder step or sanction text that cannot be used; the message says which."""


class SanctionKind(StrEnum):
    WARNING = "warning"
    RESTRICTION = "restriction"
    TEMPORARY_SUSPENSION = "temporary_suspension"
    TERMINATION = "termination"


TIMED_KINDS = frozenset({SanctionKind.RESTRICTION, SanctionKind.TEMPORARY_SUSPENSION})
DEFAULT_STEP_DAYS: Mapping[SanctionKind, int] = {SanctionKind.RESTRICTION: 30,
                                                 SanctionKind.TEMPORARY_SUSPENSION: 14}


@dataclass(frozen=True, slots=True)
class LadderStep:
    """One step of a ladder: a kind and, for restrictions and suspensions, their days."""

    kind: SanctionKind
    days: int | None = None

    def __post_init__(self) -> None:
        if self.kind in TIMED_KINDS:
            if self.days is None:
                object.__setattr__(self, "days", DEFAULT_STEP_DAYS[self.kind])
            elif not 1 <= self.days <= MAX_STEP_DAYS:
                raise SanctionRuleError(f"a {self.kind.value} lasts 1 to {MAX_STEP_DAYS} days, "
                                        f"not {self.days}")
        elif self.days is not None:
            raise SanctionRuleError(f"a {self.kind.value} has no duration")

    @classmethod
    def parse(cls, text: str) -> LadderStep:
        """``kind`` or ``kind:days``; raises ``SanctionRuleError`` naming what is wrong."""
        name, _, days = str(text).strip().partition(":")
        try:
            kind = SanctionKind(name.strip().lower())
        except ValueError:
            known = ", ".join(k.value for k in SanctionKind)
            raise SanctionRuleError(f"unknown sanction step {text!r}; known: {known}") from None
        if not days.strip():
            return cls(kind)
        if not days.strip().isdigit():
            raise SanctionRuleError(f"sanction step {text!r}: days must be a whole number")
        return cls(kind, int(days))

    @property
    def timed(self) -> bool:
        return self.kind in TIMED_KINDS

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.days}" if self.timed else self.kind.value


def parse_ladder(steps: Iterable[str]) -> tuple[LadderStep, ...]:
    """A ladder's steps, in order; raises ``SanctionRuleError`` for an empty ladder, an unknown
    step, or a step after a termination (nothing comes after it)."""
    parsed = tuple(LadderStep.parse(step) for step in steps)
    if not parsed:
        raise SanctionRuleError("a sanction ladder needs at least one step")
    for step in parsed[:-1]:
        if step.kind == SanctionKind.TERMINATION:
            raise SanctionRuleError("termination must be the last step of a ladder")
    return parsed


# -- when ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Schedule:
    """When a measure takes effect on the platform and when it ends (None: no end)."""

    start: datetime
    end: datetime | None


def schedule(step: LadderStep, now: datetime, notice_days: int) -> Schedule:
    """The dates of ``step`` applied at ``now``: a termination starts after the notice
    period; restrictions and suspensions end after their days."""
    if notice_days < MIN_TERMINATION_NOTICE_DAYS:
        raise SanctionRuleError(f"termination needs at least {MIN_TERMINATION_NOTICE_DAYS} "
                                f"days' notice (P2B Art. 4), not {notice_days}")
    now = now.astimezone(UTC)
    if step.kind == SanctionKind.TERMINATION:
        return Schedule(now + timedelta(days=notice_days), None)
    if step.timed:
        assert step.days is not None
        return Schedule(now, now + timedelta(days=step.days))
    return Schedule(now, None)


# -- on the platform ----------------------------------------------------------------------------
def apply_actions(market: str, shop_id: str, sanction_id: int, step: LadderStep,
                  when: Schedule) -> tuple[Action, ...]:
    """The platform writes that apply ``step`` (the statement is sent separately)."""
    match step.kind:
        case SanctionKind.RESTRICTION:
            return (ShopClosure(market, shop_id, when.start, when.end, sanction_id),)
        case SanctionKind.TEMPORARY_SUSPENSION:
            return (ShopState(market, shop_id, ShopStateChange.SUSPEND, sanction_id),)
    return ()  # a warning does nothing there; a termination waits for its notice period


def terminate_actions(market: str, shop_id: str, sanction_id: int) -> tuple[Action, ...]:
    """What ends a seller's account once the notice period has run."""
    return (ShopState(market, shop_id, ShopStateChange.TERMINATE, sanction_id),)


def lift_actions(market: str, shop_id: str, sanction_id: int, step: LadderStep,
                 terminated: bool) -> tuple[Action, ...]:
    """The platform writes that undo ``step`` (its end date, or an upheld appeal);
    ``terminated``: the termination was already carried out."""
    match step.kind:
        case SanctionKind.RESTRICTION:
            return (ShopClosure(market, shop_id, None, None, sanction_id),)
        case SanctionKind.TEMPORARY_SUSPENSION:
            return (ShopState(market, shop_id, ShopStateChange.UNSUSPEND, sanction_id),)
        case SanctionKind.TERMINATION if terminated:
            return (ShopState(market, shop_id, ShopStateChange.UNTERMINATE, sanction_id),)
    return ()


# -- evidence -----------------------------------------------------------------------------------
class EvidenceKind(StrEnum):
    MESSAGE = "message"  # a seller's message with policy findings
    LATE_REPLY = "late_reply"  # a question answered late, or overdue
    INCIDENT = "incident"  # an incident not solved, or reopened after the seller's "solved"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One fact a sanction rests on, as the reviewer picked it."""

    kind: EvidenceKind
    id: str  # message id, question message id, incident id
    market: str
    at: datetime  # sent, received, opened
    order_id: str | None = None
    thread_id: str | None = None
    excerpt: str = ""  # the seller's words around the first finding (messages only)
    findings: tuple[str, ...] = ()  # policy finding kinds (messages)
    deadline: datetime | None = None  # late replies
    answered: datetime | None = None  # late replies; None: not answered
    status: str | None = None  # incidents
    reason: str | None = None  # incidents: the opening reason's label
    reopened: bool = False  # incidents: the seller's "solved" did not stand

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.id}"

    @property
    def breaches(self) -> tuple[str, ...]:
        """The rules this fact shows broken (keys of the texts' ``rules``)."""
        if self.kind == EvidenceKind.MESSAGE:
            return tuple(dict.fromkeys(self.findings))
        if self.kind == EvidenceKind.LATE_REPLY:
            return ("late_reply",)
        return ("reopened_incident",) if self.reopened else ("unsolved_incident",)

    def ledger(self) -> dict[str, Any]:
        """What the ledger keeps: ids, kinds and dates; never the seller's words."""
        record: dict[str, Any] = {"kind": self.kind.value, "id": self.id,
                                  "at": self.at.astimezone(UTC).isoformat()}
        if self.order_id:
            record["order_id"] = self.order_id
        if self.findings:
            record["findings"] = list(self.findings)
        if self.deadline:
            record["deadline"] = self.deadline.astimezone(UTC).isoformat()
        if self.status:
            record["status"] = self.status
        return record


def breaches_of(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    """The rules broken by all of ``evidence``, in first-seen order."""
    return tuple(dict.fromkeys(b for item in evidence for b in item.breaches))


def excerpt(text: str, start: int, end: int, width: int = 160) -> str:
    """About ``width`` characters of ``text`` around ``[start, end)``, on one line, with an
    ellipsis where it was cut."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    # Map the span onto the flattened text approximately: count the words before it.
    before = len(" ".join(text[:start].split()))
    span = max(1, len(" ".join(text[start:end].split())))
    lead = max(0, (width - span) // 2)
    low = max(0, min(before - lead, len(flat) - width))
    high = min(len(flat), low + width)
    return ("…" if low > 0 else "") + flat[low:high].strip() + ("…" if high < len(flat) else "")


# -- texts --------------------------------------------------------------------------------------
_REQUIRED = ("language", "date_format", "topic", "measures", "greeting", "decision",
             "grounds_intro", "rules", "evidence_intro", "evidence", "finding_names",
             "history", "appeal", "closing", "appeal_topic", "revoked", "appeal_rejected")
_SECTIONS = {
    "measures": tuple(k.value for k in SanctionKind),
    "decision": tuple(k.value for k in SanctionKind),
    "evidence": ("message", "late_reply", "unanswered", "incident", "reopened_incident"),
    "finding_names": ("off_platform_contact", "marketing", "non_answer"),
    "rules": ("off_platform_contact", "marketing", "non_answer", "late_reply",
              "unsolved_incident", "reopened_incident"),
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class StatementTexts:
    """The statement's building blocks in one language (``sanction_texts/<lang>.json``)."""

    language: str
    data: Mapping[str, Any] = field(repr=False)

    @classmethod
    def load(cls, language: str) -> StatementTexts:
        """The texts of ``language`` (de, es, nl, en); raises ``SanctionRuleError``."""
        if language not in LANGUAGES:
            raise SanctionRuleError(f"no sanction texts for language {language!r}")
        return _load(language)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StatementTexts:
        missing = [key for key in _REQUIRED if key not in data]
        if missing:
            raise SanctionRuleError(f"sanction texts lack {', '.join(missing)}")
        for section, keys in _SECTIONS.items():
            absent = [k for k in keys if k not in data[section]]
            if absent:
                raise SanctionRuleError(f"sanction texts ({data['language']}): {section} "
                                        f"lacks {', '.join(absent)}")
        return cls(str(data["language"]), data)

    def text(self, *path: str) -> str:
        node: Any = self.data
        for part in path:
            node = node[part]
        return str(node)

    def date(self, moment: datetime, zone: ZoneInfo) -> str:
        return moment.astimezone(zone).strftime(self.text("date_format"))


@cache
def _load(language: str) -> StatementTexts:
    folder = resources.files("operator_desk.domain") / "sanction_texts"
    try:
        data = json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SanctionRuleError(f"sanction texts {language}.json cannot be read: {exc}") from exc
    return StatementTexts.from_json(data)


def seller_language(locale: str | None, fallback: str | None = None) -> str:
    """The statement's language: the shop's locale (``de_DE`` → ``de``), else ``fallback``
    (the market's language), else English."""
    for candidate in (locale, fallback):
        code = (candidate or "").replace("-", "_").split("_")[0].strip().lower()
        if code in LANGUAGES:
            return code
    return "en"


def _fill(template: str, values: Mapping[str, object]) -> str:
    """Replace known ``{name}`` placeholders; leave any other brace text as it is."""
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values
                            else m.group(0), template)


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement of reasons: its thread topic and body (with ``{start}``/``{end}`` left in
    until the sanction is applied)."""

    topic: str
    body: str


def statement_of_reasons(texts: StatementTexts, *, shop_name: str, shop_id: str,
                         market_name: str, step: LadderStep, evidence: Sequence[Evidence],
                         zone: ZoneInfo, notice_days: int = MIN_TERMINATION_NOTICE_DAYS,
                         previous: int = 0, recidivism_days: int = 365,
                         operator: str = "") -> Statement:
    """The statement of reasons for ``step`` resting on ``evidence``, in ``texts``' language."""
    measure = texts.text("measures", step.kind.value)
    values = {"shop": shop_name, "shop_id": shop_id, "market_name": market_name,
              "measure": measure, "days": step.days or "", "notice_days": notice_days,
              "recidivism_days": recidivism_days, "count": previous, "operator": operator}
    parts = [_fill(texts.text("greeting"), values),
             _fill(texts.text("decision", step.kind.value), values)]
    breaches = breaches_of(evidence)
    if breaches:
        lines = [_fill(texts.text("grounds_intro"), values)]
        for rule in breaches:
            lines.append(f"• {texts.text('rules', rule, 'title')}: "
                         f"{texts.text('rules', rule, 'text')}")
        parts.append("\n".join(lines))
    if evidence:
        lines = [_fill(texts.text("evidence_intro"), values)]
        for item in sorted(evidence, key=lambda e: (e.at, e.key)):
            lines.append("• " + _evidence_line(texts, item, zone))
        parts.append("\n".join(lines))
    if previous:
        parts.append(_fill(texts.text("history"), values))
    parts.append(_fill(texts.text("appeal"), values))
    parts.append(_fill(texts.text("closing"), values))
    return Statement(_fill(texts.text("topic"), values), "\n\n".join(parts))


def _evidence_line(texts: StatementTexts, item: Evidence, zone: ZoneInfo) -> str:
    values: dict[str, object] = {"date": texts.date(item.at, zone), "order": item.order_id or "-",
                                 "id": item.id}
    match item.kind:
        case EvidenceKind.MESSAGE:
            values["excerpt"] = item.excerpt
            values["findings"] = ", ".join(texts.text("finding_names", kind)
                                           for kind in dict.fromkeys(item.findings))
            return _fill(texts.text("evidence", "message"), values)
        case EvidenceKind.LATE_REPLY:
            values["deadline"] = texts.date(item.deadline, zone) if item.deadline else "-"
            if item.answered is None:
                return _fill(texts.text("evidence", "unanswered"), values)
            values["answered"] = texts.date(item.answered, zone)
            return _fill(texts.text("evidence", "late_reply"), values)
    values["reason"] = item.reason or "-"
    values["status"] = item.status or "-"
    key = "reopened_incident" if item.reopened else "incident"
    return _fill(texts.text("evidence", key), values)


def fill_dates(text: str, texts: StatementTexts, when: Schedule, zone: ZoneInfo) -> str:
    """The statement with its ``{start}``/``{end}`` placeholders replaced by the dates."""
    values = {"start": texts.date(when.start, zone),
              "end": texts.date(when.end, zone) if when.end else "-"}
    return _fill(text, values)


def simple_text(texts: StatementTexts, key: str, **values: object) -> str:
    """One of the short messages (``appeal_topic``, ``revoked``, ``appeal_rejected``)."""
    return _fill(texts.text(key), values)
