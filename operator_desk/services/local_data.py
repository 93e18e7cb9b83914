"""The desk's local data: private files, a retention period, and "remove all local data".

The data folder holds the cache (a rebuildable copy of marketplace data, with customers'
names and messages), the outbox (this desk's pending actions) and possibly a local team store
(decisions, approvals, templates), and the attachment store. All of it is personal data:

- ``privacy_problems`` lists files and folders other users could read;
- ``retention_purge`` wipes cached personal data older than the retention period, keeping
  ids and states;
- ``remove_all_local_data`` removes the cache and the attachments, and removes the outbox and
  a local team store only after exporting them to a file the user chose; it reports what it
  removed, exported and kept.

Logs and crash reports hold no message bodies or secrets and stay; so do settings, the keys
in the keyring and the embedded sandbox's demo data. Every function does file I/O: run it off
the UI thread, with the stores it removes closed.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from operator_desk.store.database import Database
from operator_desk.store.retention import PurgeCounts, purge_cache

log = logging.getLogger(__name__)

CACHE_FILE = "cache.sqlite3"
OUTBOX_FILE = "outbox.sqlite3"
TEAM_FILE = "team.sqlite3"
ATTACHMENTS_DIR = "attachments"
DURABLE_STORES = (OUTBOX_FILE, TEAM_FILE)
DEFAULT_RETENTION = timedelta(days=90)
_SIDE_FILES = ("-wal", "-shm", "-journal")


class LocalDataError(Exception):
    """Local data could not be exported or removed; ``user_message`` says what was kept."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


# -- privacy ---------------------------------------------------------------------------------
def privacy_problems(data_dir: Path) -> list[Path]:
    """Store files and folders under ``data_dir`` that someone other than the user can read.

    Looks at the SQLite stores (with their -wal/-shm files) and the attachment store."""
    problems: list[Path] = []
    candidates = [p for p in data_dir.glob("*.sqlite3*") if p.is_file()]
    attachments = data_dir / ATTACHMENTS_DIR
    if attachments.exists():
        candidates.append(attachments)
        candidates += list(attachments.rglob("*"))
    for path in candidates:
        mode = path.stat().st_mode
        readable_by_others = mode & (stat.S_IRWXG | stat.S_IRWXO)
        executable_file = path.is_file() and mode & stat.S_IXUSR
        if readable_by_others or executable_file:
            problems.append(path)
    return problems


# -- retention -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RetentionReport:
    cutoff: datetime
    counts: PurgeCounts
    removed_files: tuple[Path, ...] = ()


def retention_purge(cache: Database, older_than: timedelta | datetime,
                    now: datetime | None = None) -> RetentionReport:
    """Wipe cached personal data last touched before the retention cutoff.

    ``older_than`` is the retention period (a ``timedelta`` back from ``now``) or the cutoff
    itself. Message bodies, names, e-mail addresses, tracking numbers and raw problem records
    go; ids, states, dates and amounts stay. Cache copies set aside after a rebuild
    (``cache.sqlite3.*.old``) that are older than the cutoff are removed too.
    """
    current = now or datetime.now(UTC)
    cutoff = current - older_than if isinstance(older_than, timedelta) else older_than
    if cutoff.tzinfo is None:
        raise ValueError("the retention cutoff must be timezone-aware")
    counts = purge_cache(cache, cutoff)
    removed: list[Path] = []
    for path in sorted(cache.path.parent.glob(f"{cache.path.name}.*")):
        if ".old" not in path.name or not path.is_file():
            continue
        modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if modified < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path)
    return RetentionReport(cutoff, counts, tuple(removed))


# -- remove all ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Inventory:
    """What "remove all local data" would touch."""

    cache_files: tuple[Path, ...] = ()
    durable_stores: tuple[Path, ...] = ()  # outbox, local team store (main files)
    durable_side_files: tuple[Path, ...] = ()  # their -wal/-shm and migration backups
    attachments: Path | None = None
    cache_bytes: int = 0
    attachment_bytes: int = 0

    @property
    def needs_export(self) -> bool:
        return bool(self.durable_stores)

    @property
    def empty(self) -> bool:
        return not (self.cache_files or self.durable_stores or self.attachments)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def _store_family(data_dir: Path, name: str) -> list[Path]:
    """A store file with its -wal/-shm/-journal files and set-aside or backup copies."""
    family = [data_dir / name] if (data_dir / name).is_file() else []
    family += [data_dir / f"{name}{suffix}" for suffix in _SIDE_FILES
               if (data_dir / f"{name}{suffix}").is_file()]
    family += sorted(p for p in data_dir.glob(f"{name}.*") if p.is_file())
    return family


def inventory(data_dir: Path) -> Inventory:
    """The local data files under ``data_dir``."""
    if not data_dir.is_dir():
        return Inventory()
    cache_files = tuple(_store_family(data_dir, CACHE_FILE))
    durable = tuple(data_dir / n for n in DURABLE_STORES if (data_dir / n).is_file())
    side = tuple(p for n in DURABLE_STORES for p in _store_family(data_dir, n)
                 if p != data_dir / n)
    attachments = data_dir / ATTACHMENTS_DIR
    return Inventory(cache_files, durable, side,
                     attachments if attachments.exists() else None,
                     sum(_size(p) for p in cache_files),
                     _size(attachments) if attachments.exists() else 0)


@dataclass(frozen=True)
class RemovalReport:
    """What ``remove_all_local_data`` did, for the dialog to show."""

    removed: tuple[Path, ...] = ()
    exported: tuple[str, ...] = ()  # store names inside the export file
    export_file: Path | None = None
    kept: tuple[tuple[Path, str], ...] = ()  # with the reason each was kept
    bytes_freed: int = 0
    errors: tuple[str, ...] = field(default=())


def export_stores(stores: list[Path], destination: Path) -> tuple[str, ...]:
    """Copy each SQLite store (consistently, with the backup API) into one zip file.

    The zip is written next to ``destination`` and moved into place only once every copy
    was checked, so a failure leaves no half-written export. It is readable by the user only.
    """
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise LocalDataError(f"The folder {destination.parent} does not exist; nothing was "
                             "exported or removed.")
    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="desk-export-") as work:
        copies: list[Path] = []
        for store in stores:
            copy = Path(work) / store.name
            try:
                with sqlite3.connect(store) as source, sqlite3.connect(copy) as target:
                    source.backup(target)
                with sqlite3.connect(copy) as check:
                    if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                        raise sqlite3.DatabaseError("the copy failed its integrity check")
            except sqlite3.Error as exc:
                raise LocalDataError(f"{store.name} could not be exported ({exc}); nothing "
                                     "was removed.") from exc
            copies.append(copy)
            names.append(store.name)
        descriptor, temporary_name = tempfile.mkstemp(dir=destination.parent,
                                                      prefix=".desk-export-", suffix=".zip")
        os.close(descriptor)
        temporary = Path(temporary_name)
        try:
            os.chmod(temporary, 0o600)
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for copy in copies:
                    archive.write(copy, copy.name)
                archive.writestr("README.txt", _export_readme(names))
            with zipfile.ZipFile(temporary) as archive:
                if archive.testzip() is not None:
                    raise LocalDataError("The export file could not be verified; nothing was "
                                         "removed.")
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, destination)
        except OSError as exc:
            raise LocalDataError(f"The export file could not be written ({exc}); nothing was "
                                 "removed.") from exc
        finally:
            temporary.unlink(missing_ok=True)
    return tuple(names)


def _export_readme(names: list[str]) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Operator Desk local data, exported {when} before it was removed.\n\n"
            + "".join(f"- {name}: a SQLite database\n" for name in names)
            + "\nThe files contain personal data of customers and sellers. Keep this file "
              "private and delete it when it is no longer needed.\n")


def _remove(path: Path, removed: list[Path], kept: list[tuple[Path, str]]) -> int:
    try:
        size = _size(path)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return 0
    except OSError as exc:
        kept.append((path, f"could not be removed: {exc.strerror or exc}"))
        return 0
    removed.append(path)
    return size


def remove_all_local_data(data_dir: Path, export_to: Path | None) -> RemovalReport:
    """Remove the cache and the attachment store; export, then remove, the outbox and team store.

    The outbox and a local team store hold work that exists nowhere else, so they are removed
    only after they were exported to ``export_to`` (one zip file); without ``export_to`` they
    are kept and the report says so. Close the stores before calling this.
    """
    found = inventory(data_dir)
    removed: list[Path] = []
    kept: list[tuple[Path, str]] = []
    freed = 0
    exported: tuple[str, ...] = ()
    if found.durable_stores:
        if export_to is None:
            kept += [(p, "kept: not exported, so not removed")
                     for p in (*found.durable_stores, *found.durable_side_files)]
        else:
            exported = export_stores(list(found.durable_stores), Path(export_to))
            log.info("exported %s to the chosen file before removal", ", ".join(exported))
            for path in (*found.durable_stores, *found.durable_side_files):
                freed += _remove(path, removed, kept)
    for path in found.cache_files:
        freed += _remove(path, removed, kept)
    if found.attachments is not None:
        freed += _remove(found.attachments, removed, kept)
    log.info("removed local data: %d files and folders, %d bytes; kept %d", len(removed),
             freed, len(kept))
    return RemovalReport(tuple(removed), exported,
                         Path(export_to) if exported and export_to else None,
                         tuple(kept), freed)
