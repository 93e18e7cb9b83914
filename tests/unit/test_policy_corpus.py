"""Precision and recall of the policy scanner on the labelled corpus, per kind, per split.

``tests/data/policy_corpus.jsonl``: one message per line, ``{"id", "lang", "split", "text",
"labels", "note"}``; ``labels`` are the kinds the message contains (``[]``: clean), ``note``
says what the message tests (e.g. a hard negative). Every third message of each language is in
the ``holdout`` split, which was written together with the rest but not looked at while the
rules were tuned on ``dev``. Scores are per message: a kind counts as found when the scanner
reports at least one finding of it. Run with ``-s`` to see the table. The floors are asserted on
the whole corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from operator_desk.domain.policy import KINDS, LANGUAGES, PolicyScanner, RuleSet

CORPUS = Path(__file__).resolve().parents[1] / "data" / "policy_corpus.jsonl"
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.85


def load_corpus() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return load_corpus()


@pytest.fixture(scope="module")
def predictions(corpus: list[dict[str, Any]]) -> dict[str, set[str]]:
    scanner = PolicyScanner(RuleSet.load())
    return {item["id"]: {f.kind for f in scanner.scan(item["text"], item["lang"])}
            for item in corpus}


def scores(items: Iterable[dict[str, Any]], predicted: dict[str, set[str]]
           ) -> dict[str, tuple[int, int, int, float, float]]:
    """kind -> (true positives, false positives, false negatives, precision, recall)."""
    counts = {kind: [0, 0, 0] for kind in KINDS}
    for item in items:
        gold, got = set(item["labels"]), predicted[item["id"]]
        for kind in KINDS:
            if kind in gold and kind in got:
                counts[kind][0] += 1
            elif kind in got:
                counts[kind][1] += 1
            elif kind in gold:
                counts[kind][2] += 1
    result = {}
    for kind, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        result[kind] = (tp, fp, fn, precision, recall)
    return result


def test_corpus_shape(corpus: list[dict[str, Any]]) -> None:
    assert len(corpus) >= 300
    assert len({item["id"] for item in corpus}) == len(corpus)
    assert {item["lang"] for item in corpus} == set(LANGUAGES)
    for item in corpus:
        assert set(item) >= {"id", "lang", "text", "labels", "split"}
        assert set(item["labels"]) <= set(KINDS), item["id"]
        assert item["split"] in ("dev", "holdout")
        assert item["text"].strip()
    clean = sum(1 for item in corpus if not item["labels"])
    assert 0.4 <= clean / len(corpus) <= 0.6
    holdout = sum(1 for item in corpus if item["split"] == "holdout")
    assert 0.25 <= holdout / len(corpus) <= 0.4
    per_lang = Counter((item["lang"], kind) for item in corpus for kind in item["labels"])
    assert all(per_lang[(lang, kind)] >= 5 for lang in LANGUAGES for kind in KINDS), per_lang


def test_precision_and_recall_per_kind(corpus: list[dict[str, Any]],
                                       predictions: dict[str, set[str]]) -> None:
    splits = {
        "dev": [i for i in corpus if i["split"] == "dev"],
        "holdout": [i for i in corpus if i["split"] == "holdout"],
        "all": corpus,
    }
    table = {name: scores(items, predictions) for name, items in splits.items()}
    lines = [f"\n{'split':8} {'kind':22} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} "
             f"{'precision':>9} {'recall':>7}"]
    for name, per_kind in table.items():
        for kind, (tp, fp, fn, precision, recall) in per_kind.items():
            lines.append(f"{name:8} {kind:22} {len(splits[name]):>4} {tp:>4} {fp:>4} {fn:>4} "
                         f"{precision:>9.3f} {recall:>7.3f}")
    print("\n".join(lines))
    misses = [(i["id"], sorted(i["labels"]), sorted(predictions[i["id"]])) for i in corpus
              if set(i["labels"]) != predictions[i["id"]]]
    print("messages where the scanner disagrees with the label:", misses)
    for kind, (_, _, _, precision, recall) in table["all"].items():
        assert precision >= PRECISION_FLOOR, (kind, precision)
        assert recall >= RECALL_FLOOR, (kind, recall)
