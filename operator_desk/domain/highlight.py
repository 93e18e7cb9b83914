"""Where a search matched inside a text, for highlighting in the list and in the thread.

The cache's full-text index (SQLite FTS5, ``unicode61 remove_diacritics 2``) finds the
messages; this module finds the matching words inside one message so the desk can mark them.
It reads the search box the way ``domain.search.to_fts_query`` does (words are prefixes,
text in double quotes a phrase) and folds case and accents the way the index does, so
"ruckerstattung" marks "Rückerstattung" and "cafe" marks "Café". Spans are indices into the
original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .policy import fold_text
from .search import _PHRASE, _SEPARATORS

_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """The words and phrases of one search; each phrase is a tuple of folded words, the last
    of a single word matched as a prefix."""

    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> SearchTerms:
        phrases: list[tuple[str, ...]] = []
        for phrase in _PHRASE.findall(text):
            words = tuple(_fold(w) for w in _SEPARATORS.split(phrase) if w)
            if words:
                phrases.append(words)
        for word in _SEPARATORS.split(_PHRASE.sub(" ", text)):
            if word:
                phrases.append((_fold(word),))
        return cls(tuple(p for p in phrases if all(p)))

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) spans of ``text`` the search matches, in order."""
        if not self.phrases or not text:
            return []
        folded = fold_text(text)
        tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(folded.text)]
        found: list[tuple[int, int]] = []
        for phrase in self.phrases:
            size = len(phrase)
            for i in range(len(tokens) - size + 1):
                window = tokens[i:i + size]
                if size == 1:
                    matched = window[0][2].startswith(phrase[0])
                else:  # inside a phrase whole words; FTS5 phrases have no prefix part here
                    matched = all(tok[2] == word for tok, word in zip(window, phrase,
                                                                      strict=True))
                if matched:
                    found.append(folded.to_original(window[0][0], window[-1][1]))
        return _merge(found)


def _fold(word: str) -> str:
    return fold_text(word).text.lower()


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, spans: list[tuple[int, int]],
            width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt around the first span, and the spans shifted into it.

    Line breaks become spaces; cut ends are marked with ``…``."""
    flat = text.replace("\r", " ").replace("\n", " ")
    if not spans:
        cut = flat[:width]
        return (cut + "…" if len(flat) > width else cut), []
    first_start = spans[0][0]
    start = max(0, first_start - width // 3)
    end = min(len(flat), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = [(max(s, start) + shift, min(e, end) + shift) for s, e in spans
              if s < end and e > start]
    return prefix + flat[start:end] + suffix, inside
