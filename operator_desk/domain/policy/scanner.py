"""Policy evidence scanner: what in a seller's message breaks the marketplace's communication rules.

Three kinds of finding (``KINDS``):

``off_platform_contact``
    e-mail addresses (plain and obfuscated: ``name at gmail dot com``, ``name(at)web(punkt)de``,
    ``arroba``), phone numbers (international, DE/ES/NL/BE/CH national formats, spaced, dotted or
    partly spelled out), URLs, messenger names, handles and links (WhatsApp, wa.me, Telegram,
    t.me, Signal, Instagram, Facebook), and requests to pay or agree outside the platform (an IBAN,
    bank transfer, PayPal friends & family).
``marketing``
    promotions, coupons, newsletters, pointers to other shops.
``non_answer``
    a message that, once greetings, thanks, closings, signatures and courtesy phrases are taken
    away, says nothing - or only "we will get back to you". Its span is the whole message.

The rules are data, not code: ``rules/common.json`` (applies to every language) and one file per
language (``de``, ``es``, ``nl``, ``en``), read with :mod:`importlib.resources`. File format::

    {
      "language": "de",                      # "common" for common.json
      "macros": {"NAME": "regex"},          # "{{NAME}}" in a pattern expands to "(?:regex)";
                                             # common.json's macros are visible in every file
      "allow_domains": ["mediamarkt.de"],    # common.json: links to these (and their
                                             # subdomains) are allowed
      "context": {"phone_negative": [...],   # regexes for the words before a number that make
                  "phone_positive": [...]},  # it an order/tracking/... number, or a phone number
      "rules": [{
        "id": "email.obfuscated",            # unique within a file; the same id may be used in
                                             # several languages for the same idea
        "kind": "off_platform_contact",
        "role": "flag",                      # flag | courtesy | closing | promise | filler
        "pattern": "regex" | "patterns": ["alternative", ...],
        "flags": ["IGNORECASE"],             # default; [] for case-sensitive
        "validator": "phone_digits",         # optional, see VALIDATORS
        "validator_args": {"min_digits": 9},
        "priority": 0,                       # which rule names a merged finding
        "allow_list": false,                 # true: matches on an allowed domain are dropped
        "description": "...",
        "examples": {"match": [...], "no_match": [...]}
      }]
    }

A pattern may contain a group named ``hit``; the finding is then that group's span, so a rule
can demand context ("per WhatsApp") and still point at the evidence only ("WhatsApp").

Regexes are Python ``re`` only and are written without unbounded quantifiers (no ``*``, ``+``
or ``{n,}``; bounded ``{0,n}`` instead), so no rule can backtrack catastrophically; the tests
check this statically and run every rule over hostile 100 KB inputs.

Matching runs on a folded copy of the text that keeps the original indices: accents are
stripped per character (``ü`` -> ``u``, ``é`` -> ``e``; so patterns are written without accents),
compatibility forms are mapped when that keeps one character (full-width ``＠``/``０``), all
space separators become `` `` and dashes ``-``; zero-width characters and soft hyphens are
removed and every span is mapped back to the original string. Case is handled by
``re.IGNORECASE``. Findings always carry original indices and ``text == message[start:end]``.

Languages: ``scan(text, lang)`` applies the common rules plus the rules of ``lang``
(``"de-DE"`` and ``"DE"`` count as ``"de"``). An unknown or missing language applies the common
rules plus the rules of *every* language, since the scanner cannot tell which one to trust.

Only the first ``max_chars`` characters (default ``MAX_SCAN_CHARS`` = 200,000) of a message are
scanned; what lies beyond is ignored, so findings never point past the cap.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Final

KINDS: Final = ("off_platform_contact", "marketing", "non_answer")
LANGUAGES: Final = ("de", "es", "nl", "en")
ROLES: Final = ("flag", "courtesy", "closing", "promise", "filler")
ALL_LANGUAGES: Final = "*"
MAX_SCAN_CHARS: Final = 200_000
EMPTY_RULE_ID: Final = "non_answer.empty"

_FLAG_NAMES: Final[Mapping[str, re.RegexFlag]] = {
    "IGNORECASE": re.IGNORECASE,
    "MULTILINE": re.MULTILINE,
    "DOTALL": re.DOTALL,
    "VERBOSE": re.VERBOSE,
    "ASCII": re.ASCII,
}
_MACRO = re.compile(r"\{\{([A-Z][A-Z0-9_]{0,40})\}\}")


class RuleError(ValueError):
    """A rule file or rule that cannot be used."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of evidence: ``text == message[start:end]`` (Python indices, end exclusive)."""

    kind: str
    start: int
    end: int
    text: str
    rule: str

    def as_dict(self) -> dict[str, str | int]:
        return {"kind": self.kind, "start": self.start, "end": self.end,
                "text": self.text, "rule": self.rule}


@dataclass(frozen=True)
class PolicyRule:
    """One rule from the data files; ``pattern`` is the macro-expanded regex."""

    id: str
    kind: str
    pattern: str
    flags: int = int(re.IGNORECASE)
    languages: tuple[str, ...] = (ALL_LANGUAGES,)
    validator: str | None = None
    validator_args: tuple[tuple[str, int], ...] = ()
    priority: int = 0
    allow_list: bool = False
    role: str = "flag"
    description: str = ""
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise RuleError(f"rule {self.id!r}: unknown kind {self.kind!r}")
        if self.role not in ROLES:
            raise RuleError(f"rule {self.id!r}: unknown role {self.role!r}")
        if self.role != "flag" and self.kind != "non_answer":
            raise RuleError(f"rule {self.id!r}: role {self.role!r} needs kind 'non_answer'")
        if self.role == "flag" and self.kind == "non_answer":
            raise RuleError(f"rule {self.id!r}: non_answer rules have a courtesy/closing/"
                            "promise/filler role")
        if self.validator is not None and self.validator not in VALIDATORS:
            raise RuleError(f"rule {self.id!r}: unknown validator {self.validator!r}")
        try:
            compiled = re.compile(self.pattern, self.flags)
        except re.error as exc:
            raise RuleError(f"rule {self.id!r}: bad pattern: {exc}") from exc
        object.__setattr__(self, "regex", compiled)

    def applies_to(self, lang: str | None) -> bool:
        """True when the rule is used for ``lang`` (``None``: unknown language, all rules)."""
        return lang is None or ALL_LANGUAGES in self.languages or lang in self.languages

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        """The evidence span of a match: the ``hit`` group when the pattern has one."""
        if "hit" in self.regex.groupindex and match.start("hit") >= 0:
            return match.span("hit")
        return match.span()


# --------------------------------------------------------------------------- text folding


def _fold_char(ch: str) -> str:
    """One character for matching: '' (drop), or a single replacement character."""
    if ch < "\x80":
        return ch
    if ch in _DROPPED:
        return ""
    mapped = _MAPPED.get(ch)
    if mapped is not None:
        return mapped
    category = unicodedata.category(ch)
    if category == "Zs" or ch in "\u2028\u2029\x85":
        return " " if category == "Zs" else "\n"
    if category == "Pd" or ch == "\u2212":
        return "-"
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed and (len(decomposed) == 1 or all(
            unicodedata.combining(c) for c in decomposed[1:])):
        base = decomposed[0]
        if base.isprintable() or base.isspace():
            return base
    return ch


_DROPPED: Final = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
_MAPPED: Final[Mapping[str, str]] = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                      "\u3002": ".", "\uff61": "."}


@lru_cache(maxsize=4096)
def _fold_char_cached(ch: str) -> str:
    return _fold_char(ch)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Text for matching plus the way back: ``origin[i]`` is the original index of ``text[i]``."""

    text: str
    origin: tuple[int, ...] | None  # None: same indices as the original
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def fold_text(text: str) -> FoldedText:
    """Fold ``text`` for matching (see module doc); keeps a map back to original indices."""
    if text.isascii():
        return FoldedText(text, None, len(text))
    parts: list[str] = []
    origin: list[int] = []
    same_length = True
    for index, ch in enumerate(text):
        folded = _fold_char_cached(ch)
        if folded:
            parts.append(folded)
            origin.append(index)
        else:
            same_length = False
    return FoldedText("".join(parts), None if same_length else tuple(origin), len(text))


# --------------------------------------------------------------------------- validators


@dataclass(frozen=True)
class ValidationContext:
    """Language-dependent word lists the validators consult."""

    phone_negative: re.Pattern[str] | None = None
    phone_positive: re.Pattern[str] | None = None


Validator = Callable[[str, int, int, ValidationContext, Mapping[str, int]], bool]

_DATE_IN = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])(?!\d)")
_PRICE_AFTER = re.compile(r"[ \t]{0,2}(?:€|eur\b|euro|chf\b|fr\.|sfr|\$|usd\b|,-|,\d\d)",
                          re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"(?:€|\beur|\bchf|\bfr\.|\bsfr|\$|\busd)[ \t]{0,2}$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"[ \t]{0,2}(?::\d|uhr\b|h\b|hrs?\b|horas?\b|uur\b)", re.IGNORECASE)
_SEPARATOR_RUN = re.compile(r"[^\d]{4}")
_PLAIN_EMAIL = re.compile(r"[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_CONTEXT_WINDOW = 48


def _digit_count(candidate: str) -> int:
    return sum(1 for ch in candidate if ch.isdecimal())


def _context_says_not_a_phone(text: str, start: int, ctx: ValidationContext) -> bool:
    """The nearest keyword before the number (same line) names an order/tracking/... number.

    A tie ("order number": the negative phrase ends where "number" does) goes to the negative.
    """
    window = text[max(0, start - _CONTEXT_WINDOW):start]
    window = window[window.rfind("\n") + 1:]
    last_negative = -1
    last_positive = -1
    if ctx.phone_negative is not None:
        for m in ctx.phone_negative.finditer(window):
            last_negative = m.end()
    if ctx.phone_positive is not None:
        for m in ctx.phone_positive.finditer(window):
            last_positive = m.end()
    return last_negative >= 0 and last_negative >= last_positive


def _phone_digits(text: str, start: int, end: int, ctx: ValidationContext,
                  args: Mapping[str, int]) -> bool:
    """A phone number: digit count in range, not a date, time, price or a labelled number."""
    candidate = text[start:end]
    digits = _digit_count(candidate)
    if not args.get("min_digits", 8) <= digits <= args.get("max_digits", 15):
        return False
    if _SEPARATOR_RUN.search(candidate) or candidate.count("(") != candidate.count(")"):
        return False
    if _DATE_IN.search(candidate):
        return False
    after = text[end:end + 12]
    if _PRICE_AFTER.match(after) or _TIME_AFTER.match(after):
        return False
    if _PRICE_BEFORE.search(text[max(0, start - 8):start]):
        return False
    return not _context_says_not_a_phone(text, start, ctx)


def _phone_spelled(text: str, start: int, end: int, ctx: ValidationContext,
                   args: Mapping[str, int]) -> bool:
    """A phone number partly written in words: each number word is one digit."""
    tokens = re.findall(r"[^\W\d_]{1,20}|\d{1,20}", text[start:end])
    words = sum(1 for t in tokens if not t[0].isdecimal())
    digits = words + sum(len(t) for t in tokens if t[0].isdecimal())
    if words < args.get("min_words", 2):
        return False
    if not args.get("min_digits", 8) <= digits <= args.get("max_digits", 15):
        return False
    return not _context_says_not_a_phone(text, start, ctx)


# ISO 13616 lengths; a country code not listed is not an IBAN (e.g. "RF" creditor references).
_IBAN_LENGTHS: Final[Mapping[str, int]] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26,
    "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_is_valid(value: str) -> bool:
    """ISO 13616 check: known country, its length, mod-97 == 1 (spaces ignored)."""
    iban = "".join(value.split()).upper()
    if len(iban) < 4 or not iban.isascii() or not iban.isalnum():
        return False
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _iban_checksum(text: str, start: int, end: int, ctx: ValidationContext,
                   args: Mapping[str, int]) -> bool:
    return iban_is_valid(text[start:end])


def _email_obfuscated(text: str, start: int, end: int, ctx: ValidationContext,
                      args: Mapping[str, int]) -> bool:
    """Reject plain addresses: those are ``email.plain``'s (and its allow-list's) business."""
    return _PLAIN_EMAIL.fullmatch(text[start:end]) is None


# What a rule's "validator" may name. Each gets the folded text, the match span, the language's
# word lists and the rule's "validator_args", and says whether the match is evidence:
#   phone_digits      min_digits/max_digits; not a date, time or price; the nearest keyword
#                     before it (same line) does not call it an order/tracking/... number
#   phone_spelled     as above, number words counting one digit each; min_words of them
#   iban_checksum     ISO 13616: known country, its length, mod-97
#   email_obfuscated  not a plain address (those are email.plain's, with its allow-list)
VALIDATORS: Final[Mapping[str, Validator]] = {
    "phone_digits": _phone_digits,
    "phone_spelled": _phone_spelled,
    "iban_checksum": _iban_checksum,
    "email_obfuscated": _email_obfuscated,
}


# --------------------------------------------------------------------------- rule files


def _expand_macros(pattern: str, macros: Mapping[str, str], where: str) -> str:
    for _ in range(8):
        if "{{" not in pattern:
            return pattern

        def replace(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in macros:
                raise RuleError(f"{where}: unknown macro {name!r}")
            return f"(?:{macros[name]})"

        pattern = _MACRO.sub(replace, pattern)
    raise RuleError(f"{where}: macros nest too deep")


def _as_str_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: expected a list of strings")
    return [str(v) for v in value]


def _as_dict(value: object, where: str) -> dict[str, object]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise RuleError(f"{where}: expected an object")
    return {str(k): v for k, v in value.items()}


def _get_str(data: Mapping[str, object], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise RuleError(f"{where}: {key!r} must be a string")
    return value


def _parse_rule(raw: object, language: str, macros: Mapping[str, str]) -> PolicyRule:
    data = _as_dict(raw, f"{language}: rule")
    rule_id = _get_str(data, "id", f"{language}: rule")
    where = f"{language}:{rule_id}"
    if "pattern" in data:
        pattern = _get_str(data, "pattern", where)
    else:
        alternatives = _as_str_list(data.get("patterns"), f"{where}.patterns")
        if not alternatives:
            raise RuleError(f"{where}: needs 'pattern' or 'patterns'")
        pattern = "|".join(f"(?:{alt})" for alt in alternatives)
    pattern = _expand_macros(pattern, macros, where)
    flags = 0
    for name in _as_str_list(data.get("flags", ["IGNORECASE"]), f"{where}.flags"):
        if name not in _FLAG_NAMES:
            raise RuleError(f"{where}: unknown flag {name!r}")
        flags |= _FLAG_NAMES[name]
    validator = data.get("validator")
    if validator is not None and not isinstance(validator, str):
        raise RuleError(f"{where}: 'validator' must be a string")
    args: list[tuple[str, int]] = []
    for key, value in _as_dict(data.get("validator_args"), f"{where}.validator_args").items():
        if not isinstance(value, int) or isinstance(value, bool):
            raise RuleError(f"{where}: validator_args values must be integers")
        args.append((key, value))
    priority = data.get("priority", 0)
    allow_list = data.get("allow_list", False)
    if not isinstance(priority, int) or not isinstance(allow_list, bool):
        raise RuleError(f"{where}: bad 'priority' or 'allow_list'")
    examples = _as_dict(data.get("examples"), f"{where}.examples")
    return PolicyRule(
        id=rule_id,
        kind=_get_str(data, "kind", where),
        pattern=pattern,
        flags=flags,
        languages=(ALL_LANGUAGES,) if language == "common" else (language,),
        validator=validator,
        validator_args=tuple(args),
        priority=priority,
        allow_list=allow_list,
        role=_get_str(data, "role", where, "flag"),
        description=_get_str(data, "description", where, ""),
        examples_match=tuple(_as_str_list(examples.get("match"), f"{where}.examples")),
        examples_no_match=tuple(_as_str_list(examples.get("no_match"), f"{where}.examples")),
    )


def normalize_lang(lang: str | None, known: Sequence[str] = LANGUAGES) -> str | None:
    """``"de-DE"``/``"DE"``/``"de_CH"`` -> ``"de"``; unknown or missing -> ``None``."""
    if not lang:
        return None
    base = lang.strip().lower().replace("_", "-").split("-", 1)[0]
    return base if base in known else None


@dataclass(frozen=True)
class RuleSet:
    """All rules of the loaded languages, the allow-list and the validators' word lists."""

    rules: tuple[PolicyRule, ...]
    allow_domains: tuple[str, ...]
    languages: tuple[str, ...]
    context: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (language, name, patterns)

    @classmethod
    def load(cls, languages: Iterable[str] | None = None) -> RuleSet:
        """Read ``rules/common.json`` and the files of ``languages`` (default: all of them)."""
        wanted = list(LANGUAGES if languages is None else languages)
        for lang in wanted:
            if lang not in LANGUAGES:
                raise RuleError(f"no rule file for language {lang!r}")
        folder = resources.files(__package__ or "operator_desk.domain.policy") / "rules"
        documents: dict[str, object] = {}
        for name in ("common", *wanted):
            documents[name] = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        return cls.from_documents(documents)

    @classmethod
    def from_documents(cls, documents: Mapping[str, object]) -> RuleSet:
        """Build from parsed rule files keyed by language (``"common"`` for the common file)."""
        common = _as_dict(documents.get("common"), "common")
        common_macros = {k: str(v) for k, v in _as_dict(common.get("macros"), "common").items()}
        rules: list[PolicyRule] = []
        context: list[tuple[str, str, tuple[str, ...]]] = []
        languages: list[str] = []
        for language, raw in documents.items():
            data = _as_dict(raw, language)
            if language != "common":
                languages.append(language)
            macros = dict(common_macros)
            macros.update({k: str(v) for k, v in _as_dict(data.get("macros"), language).items()})
            seen: set[str] = set()
            raw_rules = data.get("rules", [])
            if not isinstance(raw_rules, list):
                raise RuleError(f"{language}: 'rules' must be a list")
            for raw_rule in raw_rules:
                rule = _parse_rule(raw_rule, language, macros)
                if rule.id in seen:
                    raise RuleError(f"{language}: duplicate rule id {rule.id!r}")
                seen.add(rule.id)
                rules.append(rule)
            for name, patterns in _as_dict(data.get("context"), f"{language}.context").items():
                expanded = tuple(_expand_macros(p, macros, f"{language}.context.{name}")
                                 for p in _as_str_list(patterns, f"{language}.context.{name}"))
                context.append((ALL_LANGUAGES if language == "common" else language, name,
                                expanded))
        allow = tuple(d.lower().strip(".") for d in
                      _as_str_list(common.get("allow_domains"), "common.allow_domains"))
        return cls(tuple(rules), allow, tuple(languages), tuple(context))

    def for_language(self, lang: str | None) -> tuple[PolicyRule, ...]:
        """The rules used for ``lang`` (already normalised; ``None`` = every language)."""
        return tuple(r for r in self.rules if r.applies_to(lang))

    def context_patterns(self, lang: str | None, name: str) -> tuple[str, ...]:
        return tuple(p for (language, n, patterns) in self.context
                     if n == name and (lang is None or language in (ALL_LANGUAGES, lang))
                     for p in patterns)

    def rule_counts(self) -> dict[str, int]:
        """Rules per file: ``{"common": n, "de": n, ...}``."""
        counts: dict[str, int] = {}
        for rule in self.rules:
            key = "common" if ALL_LANGUAGES in rule.languages else rule.languages[0]
            counts[key] = counts.get(key, 0) + 1
        return counts


# --------------------------------------------------------------------------- scanner


@dataclass(frozen=True)
class _Bundle:
    flag: tuple[PolicyRule, ...]
    courtesy: tuple[PolicyRule, ...]
    closing: tuple[PolicyRule, ...]
    promise: tuple[PolicyRule, ...]
    filler: tuple[PolicyRule, ...]
    context: ValidationContext


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    rule: PolicyRule


_WORD = re.compile(r"\w{1,64}")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{0,15}://", re.IGNORECASE)
_SIGNATURE_MAX_CHARS = 80
_SIGNATURE_MAX_LINES = 3
_LONG_NUMBER = re.compile(r"\d{5}")


def _union(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class PolicyScanner:
    """Scans seller messages with a :class:`RuleSet`.

    ``allow_domains``: the domains whose links (and e-mail addresses, for rules marked
    ``allow_list``) are allowed, subdomains included; ``None`` takes the rule set's allow-list.
    """

    def __init__(self, ruleset: RuleSet | None = None, allow_domains: Iterable[str] | None = None,
                 max_chars: int = MAX_SCAN_CHARS) -> None:
        self.ruleset = ruleset if ruleset is not None else RuleSet.load()
        domains = self.ruleset.allow_domains if allow_domains is None else allow_domains
        self.allow_domains: frozenset[str] = frozenset(d.lower().strip(".") for d in domains)
        self.max_chars = max_chars
        self._bundles: dict[str | None, _Bundle] = {}

    # -- public API

    def scan(self, text: str, lang: str | None = None) -> list[Finding]:
        """Findings in ``text`` sorted by start (then end, kind); see the module doc."""
        original = text[:self.max_chars]
        folded = fold_text(original)
        bundle = self._bundle(lang)
        hits, allowed = self._flag_hits(folded.text, bundle.flag, bundle.context)
        findings: list[Finding] = []
        for kind in KINDS:
            kind_hits = [h for h in hits if h.rule.kind == kind
                         and not any(a <= h.start and h.end <= b for a, b in allowed)]
            for hit in _merge(kind_hits):
                start, end = folded.to_original(hit.start, hit.end)
                findings.append(Finding(kind, start, end, original[start:end], hit.rule.id))
        rule_id = self._non_answer(folded.text, bundle)
        if rule_id is not None:
            findings.append(Finding("non_answer", 0, len(original), original, rule_id))
        findings.sort(key=lambda f: (f.start, f.end, KINDS.index(f.kind)))
        return findings

    def rule_findings(self, rule: PolicyRule, text: str, lang: str | None = None) -> list[Finding]:
        """What one flag rule alone finds (validator and allow-list applied, nothing merged)."""
        original = text[:self.max_chars]
        folded = fold_text(original)
        bundle = self._bundle(lang if lang is not None else _rule_language(rule))
        hits, _ = self._flag_hits(folded.text, (rule,), bundle.context)
        result = []
        for hit in hits:
            start, end = folded.to_original(hit.start, hit.end)
            result.append(Finding(rule.kind, start, end, original[start:end], rule.id))
        return result

    def is_allowed_link(self, link: str) -> bool:
        """True when the host of a URL (or e-mail address) is an allowed domain or below one."""
        host = link.strip().lower()
        if "@" in host and "/" not in host.split("@", 1)[0]:
            host = host.rsplit("@", 1)[1]
        host = _SCHEME.sub("", host)
        for stop in "/?#:":
            host = host.split(stop, 1)[0]
        host = host.strip(".")
        return any(host == d or host.endswith("." + d) for d in self.allow_domains)

    # -- internals

    def _bundle(self, lang: str | None) -> _Bundle:
        key = normalize_lang(lang, self.ruleset.languages)
        bundle = self._bundles.get(key)
        if bundle is None:
            rules = self.ruleset.for_language(key)
            context = ValidationContext(
                phone_negative=_union(self.ruleset.context_patterns(key, "phone_negative")),
                phone_positive=_union(self.ruleset.context_patterns(key, "phone_positive")))
            bundle = _Bundle(
                flag=tuple(r for r in rules if r.role == "flag"),
                courtesy=tuple(r for r in rules if r.role == "courtesy"),
                closing=tuple(r for r in rules if r.role == "closing"),
                promise=tuple(r for r in rules if r.role == "promise"),
                filler=tuple(r for r in rules if r.role == "filler"),
                context=context)
            self._bundles[key] = bundle
        return bundle

    def _flag_hits(self, text: str, rules: Iterable[PolicyRule], context: ValidationContext
                   ) -> tuple[list[_Hit], list[tuple[int, int]]]:
        hits: list[_Hit] = []
        allowed: list[tuple[int, int]] = []
        for rule in rules:
            validate = VALIDATORS[rule.validator] if rule.validator else None
            args = dict(rule.validator_args)
            for match in rule.regex.finditer(text):
                start, end = rule.span_of(match)
                if end <= start:
                    continue
                if validate is not None and not validate(text, start, end, context, args):
                    continue
                if rule.allow_list and self.is_allowed_link(text[start:end]):
                    allowed.append((start, end))
                    continue
                hits.append(_Hit(start, end, rule))
        return hits, allowed

    def _non_answer(self, text: str, bundle: _Bundle) -> str | None:
        """The rule id naming a non-answer, or None when something substantive remains."""
        removed = bytearray(len(text))
        first_courtesy: str | None = None
        first_promise: str | None = None

        def remove(start: int, end: int) -> None:
            removed[start:end] = b"\x01" * (end - start)

        for rule in bundle.courtesy + bundle.closing:
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    remove(*match.span())
                    first_courtesy = first_courtesy or rule.id
                    if rule.role == "closing" and _is_signature(text[match.end():]):
                        remove(match.end(), len(text))
        for rule in bundle.promise:
            for match in rule.regex.finditer(text):
                if match.end() > match.start():
                    remove(*match.span())
                    first_promise = first_promise or rule.id
        for word in _WORD.finditer(text):
            if removed[word.start()]:
                continue
            token = word.group()
            if len(token) < 2 and not token.isdecimal():
                continue
            if any(rule.regex.fullmatch(token) for rule in bundle.filler):
                continue
            return None
        return first_promise or first_courtesy or EMPTY_RULE_ID


def _is_signature(tail: str) -> bool:
    """A short name/company block after a closing formula: no question, no long number."""
    stripped = tail.strip()
    if len(stripped) > _SIGNATURE_MAX_CHARS:
        return False
    lines = [line for line in stripped.splitlines() if line.strip()]
    return (len(lines) <= _SIGNATURE_MAX_LINES and "?" not in stripped
            and _LONG_NUMBER.search(stripped) is None)


def _rule_language(rule: PolicyRule) -> str | None:
    return None if ALL_LANGUAGES in rule.languages else rule.languages[0]


def _merge(hits: list[_Hit]) -> list[_Hit]:
    """Overlapping hits of one kind become one: their union, named by the strongest rule
    (higher priority, then the longer match, then the earlier rule)."""
    hits = sorted(hits, key=lambda h: (h.start, -h.end))
    merged: list[_Hit] = []
    for hit in hits:
        if merged and hit.start < merged[-1].end:
            last = merged[-1]
            keep = last.rule
            if (hit.rule.priority, hit.end - hit.start) > (last.rule.priority,
                                                          last.end - last.start):
                keep = hit.rule
            merged[-1] = _Hit(last.start, max(last.end, hit.end), keep)
        else:
            merged.append(hit)
    return merged
