"""Policy findings as the cache keeps them: one record per seller message, without its text.

A seller message is scanned once per rule set and the result is kept (``store.findings``):
its finding kinds and spans ``{kind, start, end, rule}``. The spans index into
``safe_text.neutralize(body)``, the text the desk shows, so the case pane, the thread view and
the evidence picker mark the same characters; the matched text itself is not stored (it is
``text[start:end]`` again when read, and the cache's retention rules stay about bodies only).

Records are keyed by :func:`findings_key`: the rule set's fingerprint plus
``FINDINGS_FORMAT`` (what is scanned and in which language). A record under another key is
stale and is scanned again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from operator_desk.domain.safe_text import neutralize

from .scanner import KINDS, Finding, RuleSet, normalize_lang

# Bump when what is scanned changes without a rule changing (the text, the language choice).
FINDINGS_FORMAT: Final = "1"


def ruleset_fingerprint(ruleset: RuleSet) -> str:
    """Changes whenever a rule, its languages or the allow-list change."""
    digest = hashlib.sha256()
    for rule in ruleset.rules:
        digest.update(f"{rule.id}\x1f{rule.kind}\x1f{rule.pattern}\x1f{rule.languages}"
                      f"\x1f{rule.role}\x1e".encode())
    digest.update(",".join(sorted(ruleset.allow_domains)).encode())
    return digest.hexdigest()[:32]


def findings_key(ruleset: RuleSet) -> str:
    """What stored findings are valid for: this format and this rule set."""
    return f"{FINDINGS_FORMAT}:{ruleset_fingerprint(ruleset)}"


def scanned_text(body: str) -> str:
    """The text a seller message is scanned in (and its spans point into): what the desk
    shows."""
    return neutralize(body)


def message_language(customer_locale: str | None, shop_locale: str | None,
                     market_language: str | None) -> str | None:
    """The language a seller message is scanned in: the customer's on an order thread (a
    seller answers in the language they were asked in), else the shop's, else the market's;
    None (every language's rules) when none of them is one the rules know."""
    for candidate in (customer_locale, shop_locale, market_language):
        language = normalize_lang(candidate)
        if language is not None:
            return language
    return None


def encode(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """The stored form of a message's findings (no text)."""
    return [{"kind": f.kind, "start": f.start, "end": f.end, "rule": f.rule} for f in findings]


def kinds_of(findings: Iterable[Finding | Mapping[str, Any]]) -> tuple[str, ...]:
    """The distinct kinds among ``findings``, in ``KINDS`` order."""
    found = {f.kind if isinstance(f, Finding) else str(f.get("kind")) for f in findings}
    return tuple(kind for kind in KINDS if kind in found)


def kinds_column(kinds: Iterable[str]) -> str:
    """``",kind,kind,"`` (LIKE-searchable per kind), ``""`` for none."""
    found = set(kinds)
    ordered = [kind for kind in KINDS if kind in found]
    return "," + ",".join(ordered) + "," if ordered else ""


def parse_kinds(value: str | None) -> tuple[str, ...]:
    return tuple(kind for kind in (value or "").split(",") if kind)


def decode(stored: Sequence[Mapping[str, Any]], text: str) -> tuple[Finding, ...]:
    """Findings again, their text cut from ``text`` (``scanned_text`` of the body). Spans that
    no longer fit (a body wiped by retention) are left out: their kinds still count."""
    findings: list[Finding] = []
    for item in stored:
        try:
            kind, start, end = str(item["kind"]), int(item["start"]), int(item["end"])
            rule = str(item.get("rule", ""))
        except (KeyError, TypeError, ValueError):
            continue
        if kind not in KINDS or not 0 <= start <= end <= len(text):
            continue
        findings.append(Finding(kind, start, end, text[start:end], rule))
    return tuple(findings)
