"""The sandbox's text corpus: names, products and message templates in de/es/nl/en.

Each language is one JSON file next to this module; ``Corpus`` picks from it with the
generator's seeded random source, so the same seed writes the same texts.
"""

from __future__ import annotations

import json
import random
import string
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("de", "es", "nl", "en")


class _Blank(dict[str, str]):
    """Placeholders a template uses but the caller did not fill stay readable, not a KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def load(language: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"{language}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


class Corpus:
    """Seeded access to one language's corpus."""

    def __init__(self, language: str, rng: random.Random) -> None:
        self.language = language
        self.data = load(language)
        self.rng = rng

    def pick(self, key: str) -> Any:
        return self.rng.choice(self.data[key])

    def message(self, key: str, sub: str | None = None) -> str:
        options = self.data["messages"][key]
        if sub is not None:
            options = options[sub]
        return str(self.rng.choice(options))

    def fill(self, template: str, values: dict[str, str]) -> str:
        return string.Formatter().vformat(template, (), _Blank(values))

    def compose(self, body: str, who: str, values: dict[str, str], *,
                greeting_chance: float = 0.7, closing_chance: float = 0.8) -> str:
        """Greeting + body + closing, each part filled with the case's facts."""
        parts: list[str] = []
        if self.rng.random() < greeting_chance:
            parts.append(self.pick(f"greetings_{who}"))
        parts.append(body)
        if self.rng.random() < closing_chance:
            parts.append(self.pick(f"closings_{who}"))
        return self.fill("\n\n".join(parts), values)
