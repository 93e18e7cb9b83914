"""The packaged desk's smoke test (`make package-smoke`): run the packaged binary's
``--self-test`` (window offscreen on the embedded sandbox in a temporary data folder, one sync
through the frozen binary's own ``sync`` sub-command, the queue shown), then time its start-up.

    .venv/bin/python packaging/smoke.py dist/operator-desk [--repeat 5]

Prints the package size, the self-test's figures and the start-up time: process start to the
first painted main window (``--startup-probe``, measured from here with ``time.monotonic()``,
median of ``--repeat`` runs). Exit status 0 only when everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def first_paint(binary: Path, data_dir: Path, env: dict[str, str]) -> float:
    started = time.monotonic()
    result = subprocess.run([str(binary), "--data-dir", str(data_dir), "--offline",  # noqa: S603
                             "--startup-probe"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"--startup-probe failed ({result.returncode}): "
                           f"{result.stderr[-1500:]}")
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first-paint line in: {result.stdout!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app", type=Path, help="the packaged application folder")
    parser.add_argument("--repeat", type=int, default=5, help="start-up timings (median)")
    args = parser.parse_args()
    binary = args.app / ("operator-desk.exe" if os.name == "nt" else "operator-desk")
    if not binary.exists():
        print(f"package-smoke: FAILED: no packaged binary at {binary}", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    print(f"package: {args.app} ({folder_size(args.app) / 2**20:.0f} MiB)")

    started = time.monotonic()
    test = subprocess.run([str(binary), "--self-test"], env=env, capture_output=True,  # noqa: S603
                          text=True, timeout=600, check=False)
    wall = time.monotonic() - started
    lines = [line for line in test.stdout.splitlines() if line.startswith("{")]
    if test.returncode != 0 or not lines:
        print(f"package-smoke: FAILED: --self-test exited {test.returncode}\n"
              f"{test.stderr[-3000:]}", file=sys.stderr)
        return 1
    report = json.loads(lines[-1])
    if report.get("self_test") != "ok" or not report.get("frozen"):
        print(f"package-smoke: FAILED: unexpected self-test report {report}", file=sys.stderr)
        return 1
    print(f"self-test: ok in {wall:.1f} s (sync in the frozen child process "
          f"{report['sync_s']:.1f} s, {report['incidents_in_view']} incidents in the queue)")

    with tempfile.TemporaryDirectory(prefix="operator-desk-smoke-") as folder:
        try:
            times = [first_paint(binary, Path(folder), env) for _ in range(args.repeat)]
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"package-smoke: FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"start-up (process start to first painted window, offscreen, empty cache): "
          f"median {statistics.median(times) * 1000:.0f} ms over {len(times)} runs "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")
    print("package-smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
