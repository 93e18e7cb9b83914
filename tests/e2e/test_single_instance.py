"""One desk per data folder, proven with real processes (offscreen): a second start brings
the first forward and exits 0; another --data-dir is not affected; a crashed desk's lock and
socket do not keep the next start out."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from operator_desk.ui.single_instance import LOCK_FILE, server_name

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _desk(data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "operator_desk", "--data-dir", str(data_dir), "--offline",
            *extra]


def _start_primary(data_dir: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(_desk(data_dir), cwd=ROOT, env=ENV, text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    log = data_dir / "logs" / "operator-desk.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and "desk started" in log.read_text()):
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the first desk did not start"
        time.sleep(0.1)
    return process


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, env=ENV, text=True, capture_output=True,
                          timeout=60, check=False)


@pytest.mark.slow
def test_a_second_start_focuses_the_first_and_other_folders_are_unaffected(
        tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    primary = _start_primary(data_dir)
    try:
        second = _run(_desk(data_dir))
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stderr
        log = (data_dir / "logs" / "operator-desk.log").read_text()
        assert "a second start asked this desk to come to the front" in log
        assert primary.poll() is None  # the first desk is still there

        # Automated runs must not silently do nothing: they fail instead.
        probe = _run(_desk(data_dir, "--startup-probe"))
        assert probe.returncode == 1

        other = _run(_desk(tmp_path / "other", "--startup-probe"))
        assert other.returncode == 0, other.stderr
        assert other.stdout.startswith("first-paint ")
    finally:
        primary.kill()
        primary.wait(10)

    # Killed: its lock file and socket are left behind; the next start takes them over.
    assert (data_dir / LOCK_FILE).exists()
    after_crash = _run(_desk(data_dir, "--startup-probe"))
    assert after_crash.returncode == 0, after_crash.stderr
    assert "queue-shown" in after_crash.stdout


def test_socket_names_differ_per_folder_and_are_stable(tmp_path: Path) -> None:
    first = server_name(tmp_path / "a")
    assert first == server_name(tmp_path / "a" / ".." / "a")
    assert first != server_name(tmp_path / "b")
    assert len(first) < 64  # Unix socket paths are short
