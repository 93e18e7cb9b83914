"""Where the desk keeps its files, in the platform's standard places."""

from __future__ import annotations

from pathlib import Path


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("operator-desk", appauthor=False)
