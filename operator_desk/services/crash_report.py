"""Crash reports: what broke and where, with no secrets and no customer data in them.

A report is a text file in the log folder that a user can read before sending it: the desk's
and Python's versions, the platform, and the exception with its traceback (file, line,
function and our source line). It leaves out what could be private: local variables, the
environment, log lines, and anything in exception messages that looks like data (known
secrets, e-mail addresses, long quoted text) is replaced by a placeholder. The home folder
is shown as ``~``.

The dialog that offers to show or send the report comes with the packaging work; this module
only writes it.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import traceback
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from .secrets import REDACTOR, Redactor

REPORTED_PACKAGES = ("operator-desk", "PySide6-Essentials", "SQLAlchemy", "requests",
                     "keyring", "orjson", "waitress")
MAX_MESSAGE_CHARS = 300
MAX_CHAINED = 5
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_QUOTED = re.compile(r"""(['"])(?:(?!\1).){24,}?\1""", re.DOTALL)
_LONG_TOKEN = re.compile(r"[A-Za-z0-9_\-+/=]{32,}")


def scrub_message(text: str, redactor: Redactor = REDACTOR) -> str:
    """An exception message with whatever may be data replaced by placeholders."""
    text = redactor.scrub(text)
    text = _EMAIL.sub("[e-mail]", text)
    text = _QUOTED.sub(lambda m: f"{m.group(1)}[text]{m.group(1)}", text)
    text = _LONG_TOKEN.sub("[token]", text)  # key-like strings nobody registered
    text = _home_to_tilde(text)
    text = " ".join(text.split())
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS] + "…"
    return text


def _home_to_tilde(text: str) -> str:
    home = str(Path.home())
    return text.replace(home, "~") if home and home != "/" else text


def _short_path(filename: str) -> str:
    """Our files relative to the package; others after site-packages; else ~-relative."""
    normalised = filename.replace("\\", "/")
    for marker in ("/operator_desk/", "/site-packages/", "/lib/python"):
        index = normalised.rfind(marker)
        if index >= 0:
            return normalised[index + 1:]
    return _home_to_tilde(normalised)


def _frames(error: BaseException) -> list[str]:
    lines: list[str] = []
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, '
                     f"in {frame.name}")
        ours = "operator_desk" in frame.filename.replace("\\", "/")
        if frame.line and ours:
            # Our own source code, not data: it shows which statement failed.
            lines.append(f"    {frame.line.strip()}")
    return lines


def _chain(error: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAINED:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _versions() -> list[str]:
    found = []
    for name in REPORTED_PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return found


def format_crash_report(error: BaseException, *, redactor: Redactor = REDACTOR,
                        now: datetime | None = None,
                        context: Mapping[str, str] | None = None) -> str:
    """The report's text. ``context`` adds short facts (e.g. ``{"page": "queue"}``)."""
    when = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        "Operator Desk crash report",
        "(This report contains no keys, passwords, message texts or customer data.)",
        "",
        f"When: {when}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        "Packages: " + ", ".join(_versions()),
    ]
    for key, value in (context or {}).items():
        lines.append(f"{scrub_message(str(key), redactor)}: {scrub_message(str(value), redactor)}")
    lines.append("")
    for depth, item in enumerate(_chain(error)):
        if depth:
            lines += ["", "Caused by (or while handling):"]
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}: "
                     f"{scrub_message(str(item), redactor)}")
        lines.append("Traceback (most recent call last):")
        lines += _frames(item)
    return "\n".join(lines) + "\n"


def write_crash_report(error: BaseException, log_dir: Path, *,
                       redactor: Redactor = REDACTOR, now: datetime | None = None,
                       context: Mapping[str, str] | None = None) -> Path:
    """Write the report to ``log_dir`` (readable by the user only) and return its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.now(UTC)
    path = log_dir / f"crash-{moment.astimezone(UTC):%Y%m%dT%H%M%S}-{os.getpid()}.txt"
    text = format_crash_report(error, redactor=redactor, now=moment, context=context)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
