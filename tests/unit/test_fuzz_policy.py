"""Fuzzing the policy scanner: hostile messages and hostile rule files.

The scanner reads seller messages, which are written by the people it looks for, and rule
files, which an administrator edits. Neither may crash it or make it hang: a message gives a
list of findings whose spans point into the message; a bad rule file gives ``RuleError``
with a message, never another exception. Skipped until the scanner is on the branch.
"""

from __future__ import annotations

import copy
import json
import os
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# The same examples on every CI run (a red build is then about the change, not luck);
# random ones on developers' machines, where the fuzzers keep exploring.
IN_CI = bool(os.environ.get("CI"))

policy = pytest.importorskip("operator_desk.domain.policy")

FUZZ = settings(derandomize=IN_CI, max_examples=200, deadline=3000,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces sellers use to hide contact details, and pieces that trouble regex engines.
FRAGMENTS = [
    "max.muster@gmail.com", "max at gmail dot com", "max(at)web(punkt)de", "max arroba gmail",
    "+49 170 1234567", "0170-123 45 67", "null eins sieben null", "wa.me/491701234567",
    "t.me/shop", "https://shop.example/coupon", "DE89370400440532013000", "PayPal Freunde",
    "Gutschein RABATT10", "Mit freundlichen Grüßen", "Vielen Dank!", "wir melden uns",
    "\u200b", "\u00ad", "\u202e", "＠", "０", "\n", "\t", " ", ".", "-", "(", ")", "@", "1",
    "a" * 50, "1 " * 40, "@." * 30, "é", "İ", "ß", "ﬃ", "\ud7ff", "\U0001f600",
]
messages = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map(" ".join),
)
languages = st.sampled_from([None, "", "de", "es", "nl", "en", "DE", "de-CH", "es_ES", "fr",
                             "xx-yy", "  ", "de\x00", "ñ"])

_SCANNER: Any = None


def _scanner() -> Any:
    global _SCANNER
    if _SCANNER is None:
        _SCANNER = policy.PolicyScanner(policy.RuleSet.load())
    return _SCANNER


@FUZZ
@given(text=messages, lang=languages)
def test_any_message_gives_findings_that_point_into_it(text: str, lang: str | None) -> None:
    findings = _scanner().scan(text, lang)
    assert isinstance(findings, list)
    for finding in findings:
        assert finding.kind in policy.KINDS
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start:finding.end]
        assert finding.rule


@settings(derandomize=IN_CI, max_examples=20, deadline=10_000,
          suppress_health_check=[HealthCheck.too_slow])
@given(fragment=st.sampled_from(FRAGMENTS), lang=languages)
def test_long_repetitive_messages_finish(fragment: str, lang: str | None) -> None:
    # 100 KB of one fragment: the shape that makes backtracking regexes explode.
    text = (fragment * (100_000 // max(1, len(fragment)) + 1))[:100_000]
    findings = _scanner().scan(text, lang)
    assert all(f.end <= len(text) for f in findings)


def _documents() -> dict[str, Any]:
    folder = resources.files("operator_desk.domain.policy") / "rules"
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("common", "de")}


_VALID = _documents()
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False)
    | st.text(max_size=12) | st.sampled_from(["(", "[a-", "{{NOPE}}", "(?P<hit>", "*", "\\",
                                              "a{1,", "(?<=a+)b", "IGNORECASE", "flag"]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@FUZZ
@given(data=st.data())
def test_a_broken_rule_file_gives_a_rule_error(data: st.DataObject) -> None:
    documents = copy.deepcopy(_VALID)
    language = data.draw(st.sampled_from(sorted(documents)))
    document = documents[language]
    rules = document.get("rules", [])
    target: Any = document
    if rules and data.draw(st.booleans()):
        target = rules[data.draw(st.integers(0, len(rules) - 1))]
    keys = [*sorted(target), "pattern", "flags", "validator", "macros", "rules", "context"]
    key = data.draw(st.sampled_from(keys))
    target[key] = data.draw(json_values)
    try:
        ruleset = policy.RuleSet.from_documents(documents)
    except policy.RuleError as exc:
        assert str(exc)
        return
    # A file that loads must also scan.
    policy.PolicyScanner(ruleset).scan("Schreiben Sie an max at gmail dot com", "de")
