"""The desk's log file rotates: when it reaches its size it moves to ``.1`` (``.1`` to ``.2``
and so on), a fresh file starts, and the oldest beyond the kept number is dropped - so the
log directory never grows without bound. Real files, real handler; only the size is small."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_desk.app import LOG_BACKUPS, LOG_MAX_BYTES, configure_logging


@pytest.fixture
def restored_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_rotates_and_keeps_the_newest_files(tmp_path: Path,
                                                    restored_root: None) -> None:
    logs = tmp_path / "logs"
    handler = configure_logging(logs, max_bytes=1_000, backups=2)
    log = logging.getLogger("operator_desk.rotation_test")
    for number in range(60):  # about 6 KB of lines: several rotations
        log.info("line %03d %s", number, "x" * 20)
    handler.flush()
    files = sorted(p.name for p in logs.iterdir())
    assert files == ["operator-desk.log", "operator-desk.log.1", "operator-desk.log.2"]
    for name in files:
        assert (logs / name).stat().st_size <= 1_000
    current = (logs / "operator-desk.log").read_text("utf-8")
    previous = (logs / "operator-desk.log.1").read_text("utf-8")
    oldest = (logs / "operator-desk.log.2").read_text("utf-8")
    assert "line 059" in current and "line 059" not in previous
    # Each file continues where the older one stopped; the first lines are gone.
    assert _numbers(oldest)[-1] + 1 == _numbers(previous)[0]
    assert _numbers(previous)[-1] + 1 == _numbers(current)[0]
    assert "line 000" not in current + previous + oldest


def test_the_desk_keeps_five_files_of_two_megabytes(tmp_path: Path,
                                                    restored_root: None) -> None:
    handler = configure_logging(tmp_path / "logs")
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (LOG_MAX_BYTES, LOG_BACKUPS)
    assert (LOG_MAX_BYTES, LOG_BACKUPS) == (2_000_000, 5)


def _numbers(text: str) -> list[int]:
    return [int(line.split("line ")[1][:3]) for line in text.splitlines()]
