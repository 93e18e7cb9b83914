"""Where the desk keeps its files, in the platform's standard places."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "operator-desk"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """The platform's log folder (``~/.local/state/operator-desk/log`` on Linux,
    ``%LOCALAPPDATA%\\operator-desk\\Logs`` on Windows, ``~/Library/Logs/operator-desk``)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)
