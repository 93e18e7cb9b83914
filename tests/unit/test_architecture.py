"""The import contracts in pyproject.toml: ui -> services -> sync/store/connectors -> domain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The console script next to the interpreter running the tests (the project's venv).
LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")


def test_import_contracts_hold() -> None:
    result = subprocess.run([LINT_IMPORTS, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken." in result.stdout


def test_the_contracts_catch_a_wrong_arrow(tmp_path: Path) -> None:
    """Proof the check can fail: a copy of the package where the domain imports the store."""
    import shutil

    copy = tmp_path / "operator_desk"
    shutil.copytree(ROOT / "operator_desk", copy,
                    ignore=shutil.ignore_patterns("__pycache__", "*.json"))
    (copy / "domain" / "wrong.py").write_text("from operator_desk.store import cache  # noqa\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = subprocess.run([LINT_IMPORTS, "--config", str(tmp_path / "pyproject.toml"),
                             "--no-cache"],
                            cwd=tmp_path, capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(tmp_path), "PATH": ""})
    assert result.returncode != 0
    assert "operator_desk.domain.wrong" in result.stdout
