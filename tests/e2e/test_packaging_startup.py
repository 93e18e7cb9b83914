"""The start modes the package relies on, run from the source tree: the self-test the
packaged smoke test runs, the start-up probe the benchmark reads, and the promise that
nothing slow is imported before the window is painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _desk(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "operator_desk", *args], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_nothing_slow_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    result = _desk("--data-dir", str(tmp_path), "--offline", "--startup-probe", timeout=60)
    assert result.returncode == 0, result.stderr
    lines = dict(line.partition(" ")[::2] for line in result.stdout.splitlines())
    assert lines["before-first-paint"] == "-", \
        f"imported before the first paint: {lines['before-first-paint']}"
    assert float(lines["first-paint"]) <= float(lines["queue-shown"])
    # Logging went to the data folder given, not to the user's log folder.
    assert (tmp_path / "logs" / "operator-desk.log").exists()


@pytest.mark.slow
def test_the_self_test_opens_syncs_through_the_child_process_and_cleans_up(
        tmp_path: Path) -> None:
    env_tmp = tmp_path / "tmp"
    env_tmp.mkdir()
    result = subprocess.run([sys.executable, "-m", "operator_desk", "--self-test"], cwd=ROOT,
                            env={**ENV, "TMPDIR": str(env_tmp)}, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["self_test"] == "ok" and report["incidents_in_view"] > 0
    assert not list(env_tmp.glob("operator-desk-self-test-*")), "the temporary folder stayed"


def test_the_self_test_fails_with_a_message_when_there_is_nothing_to_sync(
        tmp_path: Path) -> None:
    result = _desk("--self-test", "--offline", "--data-dir", str(tmp_path), timeout=60)
    assert result.returncode == 1
    assert "self-test failed: there is no marketplace connection" in result.stderr


def test_without_a_data_dir_files_go_to_the_platforms_places(tmp_path: Path) -> None:
    """Linux: data in XDG_DATA_HOME, logs in XDG_STATE_HOME, settings in XDG_CONFIG_HOME."""
    env = {**ENV, "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "operator_desk", "--offline",
                             "--startup-probe"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "state" / "operator-desk" / "log" / "operator-desk.log").exists()
    assert (tmp_path / "data" / "operator-desk" / "sandbox" / "cache.sqlite3").exists()
    settings = tmp_path / "config" / "Operator Desk" / "Operator Desk.conf"
    assert "geometry" in settings.read_text()
    assert not (tmp_path / "data" / "operator-desk" / "settings.ini").exists()
    assert not (tmp_path / "data" / "operator-desk" / "logs").exists()
