"""The sandbox marketplace text corpora (de, es, nl, en): complete, well-formed, safe to format.

The generator fills these texts with ``str.format``; a stray brace or an unknown placeholder would
crash it at run time, so every string is checked here instead.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TEXTS_DIR = Path(__file__).resolve().parents[2] / "operator_desk" / "sandbox" / "texts"
LANGUAGES = ("de", "es", "nl", "en")

ALLOWED_PLACEHOLDERS = frozenset(
    {
        "customer",
        "customer_first",
        "seller",
        "product",
        "order",
        "tracking",
        "carrier",
        "date",
        "amount",
        "days",
        "agent_first",
        "surname",
        "city",
        "word",
    }
)
CATEGORIES = frozenset(
    {
        "phone",
        "tv",
        "audio",
        "computer",
        "kitchen",
        "appliance",
        "gaming",
        "camera",
        "smart_home",
        "accessory",
    }
)
REASONS = (
    "not_delivered",
    "damaged",
    "wrong_item",
    "defective",
    "missing_parts",
    "not_as_described",
    "return_not_refunded",
    "invoice_missing",
)
RESOLUTIONS = (
    "reshipped",
    "refunded",
    "replaced",
    "repaired",
    "invoice_sent",
    "return_label_sent",
    "partial_refund",
    "delivery_confirmed",
)

# Minimum list lengths for the top-level lists.
TOP_MINIMUMS = {
    "first_names": 60,
    "last_names": 60,
    "cities": 30,
    "streets": 30,
    "shop_name_patterns": 25,
    "shop_words": 30,
    "products": 80,
    "carriers": 5,
    "greetings_customer": 8,
    "greetings_seller": 8,
    "greetings_operator": 5,
    "closings_customer": 8,
    "closings_seller": 8,
    "closings_operator": 5,
}
# Minimum list lengths for the flat lists under "messages".
MESSAGE_MINIMUMS = {
    "customer_after_resolved_unhappy": 10,
    "customer_after_resolved_happy": 8,
    "customer_question": 15,
    "seller_answer": 15,
    "operator_to_seller": 10,
    "operator_to_customer": 10,
    "seller_late_apology": 6,
    "seller_off_platform": 15,
    "seller_marketing": 10,
    "seller_non_answer": 10,
    "hard_negatives": 10,
}
# Minimum list lengths per key for the keyed groups under "messages".
GROUP_MINIMUMS = {
    "customer_open": (REASONS, 6),
    "seller_reply": (REASONS, 5),
    "seller_resolved": (RESOLUTIONS, 5),
}

POSTCODE = {
    "de": re.compile(r"\d{5}"),
    "es": re.compile(r"(0[1-9]|[1-4]\d|5[0-2])\d{3}"),
    "nl": re.compile(r"[1-9]\d{3} [A-Z]{2}"),
}
# "en" covers the UK and Ireland: a UK postcode or an Irish Eircode.
EIRCODE_FULL = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}")
UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")

# Something a policy scanner should find in every off-platform message.
CONTACT_SIGNAL = re.compile(
    r"@|\((?:at|arroba)\)|\[at\]|\bat\b.+\bdot\b|arroba|apenstaartje|wa\.me/|t\.me/|whats ?app|"
    r"telegram|signal|instagram|facebook|messenger|paypal|bizum|tikkie|\biban\b|"
    r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,}|\+\d{2}|\d(?:[\s./()-]*\d){7,}|"
    r"handynummer|n[uú]mero de m[oó]vil|mobiele nummer|06-nummer|mobile number|"
    r"null eins|seis uno|nul zes|oh seven|oh eight|seis-cero|null-eins|nul-zes",
    re.IGNORECASE,
)
# Nothing in a hard negative may be real contact data or an off-platform channel.
FORBIDDEN_IN_HARD_NEGATIVES = re.compile(
    r"@|\((?:at|arroba)\)|\[at\]|arroba|apenstaartje|wa\.me|t\.me/|whats ?app|telegram|signal|"
    r"instagram|facebook|messenger|paypal|bizum|\biban\b|\+\d{2}",
    re.IGNORECASE,
)

SAMPLE_VALUES = dict.fromkeys(ALLOWED_PLACEHOLDERS, "X")


def _load(lang: str) -> dict[str, Any]:
    with (TEXTS_DIR / f"{lang}.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@pytest.fixture(scope="module", params=LANGUAGES)
def corpus(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    lang: str = request.param
    return lang, _load(lang)


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in the corpus with a readable path (product prices are numbers, not walked)."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")


def _lists(node: Any, path: str = "") -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        yield path, node


def _fields(text: str) -> list[str | None]:
    return [field for _, field, _, _ in string.Formatter().parse(text)]


def _hashable(item: Any) -> Any:
    if isinstance(item, list):
        return tuple(_hashable(x) for x in item)
    if isinstance(item, dict):
        # Products count as duplicates when their titles match.
        return ("product", item.get("title"))
    return item


def test_all_language_files_exist() -> None:
    found = sorted(p.stem for p in TEXTS_DIR.glob("*.json"))
    assert found == sorted(LANGUAGES)


def test_language_field_matches_file(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    assert data["language"] == lang


def test_top_level_keys(corpus: tuple[str, dict[str, Any]]) -> None:
    _, data = corpus
    assert set(data) == {"language", "messages", *TOP_MINIMUMS}


def test_message_keys(corpus: tuple[str, dict[str, Any]]) -> None:
    _, data = corpus
    messages = data["messages"]
    assert set(messages) == set(MESSAGE_MINIMUMS) | set(GROUP_MINIMUMS)
    for group, (keys, _) in GROUP_MINIMUMS.items():
        assert set(messages[group]) == set(keys), group


@pytest.mark.parametrize("key", sorted(TOP_MINIMUMS))
def test_top_level_minimum_counts(corpus: tuple[str, dict[str, Any]], key: str) -> None:
    lang, data = corpus
    assert isinstance(data[key], list)
    assert len(data[key]) >= TOP_MINIMUMS[key], f"{lang}: {key} has {len(data[key])}"


def test_message_minimum_counts(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    messages = data["messages"]
    short = []
    for key, minimum in MESSAGE_MINIMUMS.items():
        if len(messages[key]) < minimum:
            short.append(f"{key}: {len(messages[key])} < {minimum}")
    for group, (keys, minimum) in GROUP_MINIMUMS.items():
        for key in keys:
            if len(messages[group][key]) < minimum:
                short.append(f"{group}.{key}: {len(messages[group][key])} < {minimum}")
    assert not short, f"{lang}: {short}"


def test_every_string_is_clean_and_formats(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    problems = []
    for path, text in _strings(data):
        if not text.strip() or text != text.strip():
            problems.append(f"{path}: empty or padded {text!r}")
            continue
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            problems.append(f"{path}: {exc}: {text!r}")
            continue
        for _, field, spec, conversion in parsed:
            if field is None:
                continue
            if field not in ALLOWED_PLACEHOLDERS:
                problems.append(f"{path}: unknown placeholder {{{field}}}")
            if spec or conversion:
                problems.append(f"{path}: format spec/conversion in {{{field}}}")
        try:
            text.format(**SAMPLE_VALUES)
        except (KeyError, IndexError, ValueError) as exc:
            problems.append(f"{path}: does not format: {exc!r}")
    assert not problems, f"{lang}:\n" + "\n".join(problems)


def test_no_duplicates_inside_any_list(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    problems = []
    for path, items in _lists(data):
        seen: set[Any] = set()
        for item in items:
            key = _hashable(item)
            if key in seen:
                problems.append(f"{path}: duplicate {item!r}")
            seen.add(key)
    assert not problems, f"{lang}:\n" + "\n".join(problems)


def test_products(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    seen_categories = set()
    for product in data["products"]:
        assert set(product) == {"title", "category", "price"}, product
        assert isinstance(product["title"], str) and product["title"].strip(), product
        assert product["category"] in CATEGORIES, product
        seen_categories.add(product["category"])
        price = product["price"]
        assert isinstance(price, list) and len(price) == 2, product
        low, high = price
        for value in price:
            assert isinstance(value, int | float) and not isinstance(value, bool), product
        assert 0 < low <= high, product
    assert seen_categories == CATEGORIES, (
        f"{lang}: categories without products: {CATEGORIES - seen_categories}"
    )


def test_cities_have_plausible_postcodes(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    for entry in data["cities"]:
        assert isinstance(entry, list) and len(entry) == 2, entry
        city, postcode = entry
        assert city.strip() and postcode.strip(), entry
        if lang == "en":
            assert UK_POSTCODE.fullmatch(postcode) or EIRCODE_FULL.fullmatch(postcode), entry
        else:
            assert POSTCODE[lang].fullmatch(postcode), entry


def test_shop_name_patterns_use_a_slot(corpus: tuple[str, dict[str, Any]]) -> None:
    _, data = corpus
    for pattern in data["shop_name_patterns"]:
        assert {"surname", "city", "word"} & set(_fields(pattern)), pattern


def test_role_specific_placeholders(corpus: tuple[str, dict[str, Any]]) -> None:
    _, data = corpus
    for text in data["greetings_seller"]:
        assert {"customer", "customer_first"} & set(_fields(text)), text
    for text in data["closings_seller"]:
        assert "seller" in _fields(text), text
    for text in data["closings_operator"]:
        assert "agent_first" in _fields(text), text


def test_off_platform_messages_carry_a_contact_signal(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    missing = [t for t in data["messages"]["seller_off_platform"] if not CONTACT_SIGNAL.search(t)]
    assert not missing, f"{lang}: no contact signal in {missing}"


def test_hard_negatives_carry_no_contact_data(corpus: tuple[str, dict[str, Any]]) -> None:
    lang, data = corpus
    flagged = [
        t for t in data["messages"]["hard_negatives"] if FORBIDDEN_IN_HARD_NEGATIVES.search(t)
    ]
    assert not flagged, f"{lang}: hard negatives that look like real contact data: {flagged}"


def test_hard_negatives_and_off_platform_do_not_overlap(corpus: tuple[str, dict[str, Any]]) -> None:
    _, data = corpus
    messages = data["messages"]
    assert not set(messages["hard_negatives"]) & set(messages["seller_off_platform"])
