"""Communication-policy evidence in seller messages (pure Python; rules are JSON data).

``PolicyScanner(RuleSet.load()).scan(text, lang)`` returns :class:`Finding` s of the kinds
``off_platform_contact``, ``marketing`` and ``non_answer``; see :mod:`.scanner` for the rule format.
"""

from .scanner import (
    KINDS,
    LANGUAGES,
    MAX_SCAN_CHARS,
    VALIDATORS,
    Finding,
    FoldedText,
    PolicyRule,
    PolicyScanner,
    RuleError,
    RuleSet,
    fold_text,
    iban_is_valid,
    normalize_lang,
)

__all__ = [
    "KINDS",
    "LANGUAGES",
    "MAX_SCAN_CHARS",
    "VALIDATORS",
    "Finding",
    "FoldedText",
    "PolicyRule",
    "PolicyScanner",
    "RuleError",
    "RuleSet",
    "fold_text",
    "iban_is_valid",
    "normalize_lang",
]
