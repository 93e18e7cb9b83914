"""The package's desktop integration files and entry point (the build itself runs in
`make package-smoke`, which needs PyInstaller)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "com.operatordesk.OperatorDesk"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_binary_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "operator-desk"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for language in ("de", "es", "nl"):
        assert entry[f"Comment[{language}]"]
    # run_gui names this file, so Wayland and the task bar match the window to it.
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "operator_desk" / "app.py").read_text()


def test_the_appstream_metadata_names_the_desktop_entry_and_the_binary() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()  # noqa: S314 - our file
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "operator-desk"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert root.find(f"releases/release[@version='{version}']") is not None


def test_the_icon_is_a_square_svg() -> None:
    svg = ET.parse(ROOT / "resources" / "icons" / "operator-desk.svg").getroot()  # noqa: S314
    assert svg.tag.endswith("svg")
    _x, _y, width, height = svg.get("viewBox", "").split()
    assert width == height


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (appstream) is not installed")
def test_appstreamcli_accepts_the_metadata() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyinstaller_is_a_packaging_extra_only() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    assert any(r.startswith("pyinstaller") for r in extras["package"])
    assert not any(r.startswith("pyinstaller") for r in extras["dev"])


def test_the_package_entry_dispatches_sub_commands_like_the_console_script() -> None:
    """Frozen, the desk starts its sync as `<binary> sync ...`: the entry must dispatch."""
    command = ["sla", "deadline", "--market", "DE", "--received", "2026-12-24T10:00:00+01:00"]
    via_entry = subprocess.run([sys.executable, str(ROOT / "packaging" / "entry.py"),
                                *command], cwd=ROOT, capture_output=True, text=True,
                               timeout=60, check=False)
    via_module = subprocess.run([sys.executable, "-m", "operator_desk", *command], cwd=ROOT,
                                capture_output=True, text=True, timeout=60, check=False)
    assert via_entry.returncode == 0, via_entry.stderr
    assert via_entry.stdout == via_module.stdout != ""


def test_the_spec_ships_translations_when_they_exist() -> None:
    spec = (ROOT / "packaging" / "operator-desk.spec").read_text()
    assert '(ROOT / "i18n").glob("*.qm")' in spec
    assert '"**/*.qm"' in spec  # and any inside the package
