"""After PyInstaller: desktop integration files into the application folder, a tarball, and
the figures (`make package` runs it).

    .venv/bin/python packaging/finish.py dist/operator-desk
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tarfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "com.operatordesk.OperatorDesk"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def add_desktop_files(app: Path) -> None:
    """share/ as the freedesktop layout expects it, and the installer script."""
    linux = ROOT / "packaging" / "linux"
    targets = {
        linux / f"{APP_ID}.desktop": app / "share" / "applications",
        linux / f"{APP_ID}.metainfo.xml": app / "share" / "metainfo",
        ROOT / "resources" / "icons" / "operator-desk.svg":
            app / "share" / "icons" / "hicolor" / "scalable" / "apps",
    }
    for source, folder in targets.items():
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{APP_ID}.svg" if source.suffix == ".svg" else source.name
        shutil.copy2(source, folder / name)
    shutil.copy2(linux / "install.sh", app / "install.sh")


def tarball(app: Path) -> Path:
    version = metadata.version("operator-desk")
    target = app.parent / f"operator-desk-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(app, arcname="operator-desk")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("app", type=Path, help="the application folder PyInstaller made")
    parser.add_argument("--no-tarball", action="store_true")
    args = parser.parse_args()
    app: Path = args.app
    if not (app / "operator-desk").exists() and not (app / "operator-desk.exe").exists():
        print(f"error: no packaged desk in {app}", file=sys.stderr)
        return 2
    if sys.platform.startswith("linux"):
        add_desktop_files(app)
    print(f"application folder: {app} ({folder_size(app) / 2**20:.0f} MiB)")
    if not args.no_tarball:
        archive = tarball(app)
        print(f"archive: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
