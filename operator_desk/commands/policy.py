"""`operator-desk policy scan`: policy evidence for seller messages, JSON lines in and out.

Input (stdin), one JSON object per line: ``{"id": ..., "text": "...", "lang": "de"}``;
``id`` is echoed as given (any JSON value; missing -> null), ``lang`` is optional (unknown or
missing: every language's rules apply). Output (stdout), one line per non-blank input line, in
order, flushed per line::

    {"id": ..., "findings": [{"kind", "start", "end", "text", "rule"}, ...]}

``start``/``end`` are Python string indices into ``text`` (end exclusive). A line that is not
UTF-8, not JSON, not an object, or lacks a string ``text`` (or has a non-string ``lang``) gets
``{"line": N, "error": "..."}`` (N counts physical lines from 1, blank ones included) and the
scan goes on; the exit code is then ``EXIT_BAD_INPUT`` (2, argparse's usage-error code, which the
app uses for bad input) once all lines are done, otherwise 0.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from operator_desk.domain.policy import PolicyScanner, RuleSet

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def register(subparsers: Any) -> None:
    """Add ``policy`` (with ``scan``) to the dispatcher's sub-parsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "policy", help="communication-policy evidence in seller messages",
        description="Communication-policy evidence in seller messages.")
    commands = parser.add_subparsers(dest="policy_command", required=True)
    scan = commands.add_parser(
        "scan", help="scan JSON lines from stdin",
        description='Reads {"id","text","lang"} JSON lines on stdin and writes '
        '{"id","findings":[{"kind","start","end","text","rule"}]} per line on stdout. '
        'Unreadable lines get {"line": N, "error": "..."}; the exit code is then 2.')
    scan.set_defaults(func=run_scan)


def _input_lines(stream: TextIO) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, decoding error) per physical line of ``stream``."""
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        for number, raw in enumerate(binary, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8"), None
            except UnicodeDecodeError as exc:
                yield number, None, f"not UTF-8: {exc.reason} at byte {exc.start}"
    else:
        for number, text in enumerate(stream, start=1):
            if number == 1:
                text = text.removeprefix("\ufeff")
            yield number, text, None


def _parse(text: str) -> tuple[Any, str, str | None] | str:
    """(id, text, lang) from one input line, or an error message."""
    try:
        item = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"not JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return "not JSON: nested too deeply"
    if not isinstance(item, dict):
        return "expected a JSON object"
    message = item.get("text")
    if not isinstance(message, str):
        return 'missing or non-string "text"'
    lang = item.get("lang")
    if lang is not None and not isinstance(lang, str):
        return '"lang" must be a string'
    return item.get("id"), message, lang


def _dump(obj: dict[str, Any]) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes: keep them escaped
        line = json.dumps(obj, ensure_ascii=True)
    return line


def _prefer_utf8(stream: TextIO) -> None:
    """JSON lines are UTF-8, whatever the console's default encoding (e.g. cp1252)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() != "utf-8":
        # a stream that cannot change its encoding keeps its own
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")


def run_scan(namespace: argparse.Namespace | None = None,
             stdin: TextIO | None = None, stdout: TextIO | None = None,
             scanner: PolicyScanner | None = None) -> int:
    """The ``policy scan`` command; returns the exit code."""
    source = sys.stdin if stdin is None else stdin
    sink = sys.stdout if stdout is None else stdout
    if stdout is None:
        _prefer_utf8(sink)
    scanner = scanner if scanner is not None else PolicyScanner(RuleSet.load())
    failed = False
    for number, text, error in _input_lines(source):
        if text is not None and not text.strip():
            continue
        parsed = _parse(text) if text is not None else (error or "unreadable line")
        if isinstance(parsed, str):
            failed = True
            out: dict[str, Any] = {"line": number, "error": parsed}
        else:
            item_id, message, lang = parsed
            findings = scanner.scan(message, lang)
            out = {"id": item_id, "findings": [f.as_dict() for f in findings]}
        sink.write(_dump(out) + "\n")
        sink.flush()
    return EXIT_BAD_INPUT if failed else EXIT_OK
