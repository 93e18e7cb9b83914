"""What a person types into a search box, turned into a safe SQLite FTS5 query.

Words become prefix terms ("rückerst" finds "Rückerstattung"), text in double quotes stays a
phrase, and nothing the user types can reach FTS5's own syntax (NEAR, column filters, stray
quotes and operators are neutralised), so a search never fails with a syntax error.
"""

from __future__ import annotations

import re

_PHRASE = re.compile(r'"([^"]*)"')
# Characters that separate words for the unicode61 tokenizer and mean syntax to FTS5.
_SEPARATORS = re.compile(r"[\s\"'()*:^+\-{}\[\],.;!?/\\<>=&|@#%~`]+")


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts_query(text: str, *, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when there is nothing to search."""
    parts: list[str] = []
    rest = text
    for phrase in _PHRASE.findall(text):
        words = [w for w in _SEPARATORS.split(phrase) if w]
        if words:
            parts.append(_quoted(" ".join(words)))
    rest = _PHRASE.sub(" ", text)
    for word in _SEPARATORS.split(rest):
        if not word:
            continue
        parts.append(_quoted(word) + ("*" if prefix else ""))
    return " ".join(parts) if parts else None
