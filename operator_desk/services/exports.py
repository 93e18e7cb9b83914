"""Exports (queue CSV, audit CSV) are written whole or not at all.

The rows go to a side file next to the target, flushed to disk and renamed over the target only
when complete; a cancelled or failed export removes the side file, so neither a half-written
file nor a stray ``.partial`` is left, and a file the export would have replaced is untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

PARTIAL_SUFFIX = ".partial"

Progress = Callable[[int, int], None]  # (rows written, rows in all)
Cancel = Callable[[], bool]  # True once the user asked to stop


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written and an older file was kept."""

    def __init__(self, written: int) -> None:
        super().__init__(f"the export was cancelled after {written} rows; nothing was written")
        self.written = written


@contextmanager
def whole_file(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text handle whose content becomes ``path`` only if the block ends normally."""
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        with partial.open("w", newline="", encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def check_cancel(cancel: Cancel | None, written: int) -> None:
    """Raise ``ExportCancelled`` when ``cancel`` says the user stopped the export."""
    if cancel is not None and cancel():
        raise ExportCancelled(written)
