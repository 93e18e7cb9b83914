"""The desk's local data: private files, a retention period, and "remove all local data".

The data folder holds the cache (a rebuildable copy of marketplace data, with customers'
names and messages), the outbox (this desk's actions, sent or waiting) and possibly a local
team store (decisions, approvals, templates), reply drafts and the attachment store. All of it
is personal data. The desk keeps one such set per mode: in ``DATA`` for real marketplaces and
in ``DATA/sandbox`` for the embedded sandbox, so demo and real data never mix.

- ``privacy_problems`` lists files and folders other users could read;
- ``RetentionPeriod`` is the user's retention setting (days, or "never" chosen explicitly);
  ``retention_purge`` wipes cached personal data older than the period, keeping ids and
  states, and ``purge_expired`` is what the desk runs at start;
- ``remove_all_local_data`` removes the caches and the attachments, and removes the outboxes,
  local team stores and drafts only after exporting them to a file the user chose; it reports
  what it removed, exported and kept.

Logs and crash reports hold no message bodies or secrets and stay; so do settings and the keys
in the keyring. The embedded sandbox's own files (its generated marketplace,
``DATA/sandbox/sandbox.sqlite3``, and its demo keys) stay too: they describe invented people,
not anyone's personal data, and the demo needs them. Every function does file I/O: run it off
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
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from operator_desk.services.drafts import DRAFTS_DIR
from operator_desk.store.database import Database
from operator_desk.store.locks import CacheLock
from operator_desk.store.retention import PurgeCounts, purge_cache

log = logging.getLogger(__name__)

CACHE_FILE = "cache.sqlite3"
OUTBOX_FILE = "outbox.sqlite3"
TEAM_FILE = "team.sqlite3"
ATTACHMENTS_DIR = "attachments"
SANDBOX_DIR = "sandbox"  # the desk's stores for the embedded sandbox, next to its own files
# The embedded sandbox's own files (sandbox/server.py names them; the client imports nothing
# of the sandbox, a test checks the names agree). Never removed: generated, nobody's data.
SANDBOX_DATABASE_FILE = "sandbox.sqlite3"
SANDBOX_KEYS_FILE = "keys.json"
DURABLE_STORES = (OUTBOX_FILE, TEAM_FILE)
DEFAULT_RETENTION_DAYS = 90
MIN_RETENTION_DAYS = 7
MAX_RETENTION_DAYS = 3650
RETENTION_NEVER = "never"
DEFAULT_RETENTION = timedelta(days=DEFAULT_RETENTION_DAYS)
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


@dataclass(frozen=True, slots=True)
class RetentionPeriod:
    """How long cached personal data is kept: ``days`` (at least ``MIN_RETENTION_DAYS``), or
    ``None`` for "never purge", which only an explicit choice in the settings gives."""

    days: int | None = DEFAULT_RETENTION_DAYS

    def __post_init__(self) -> None:
        if self.days is not None and not MIN_RETENTION_DAYS <= self.days <= MAX_RETENTION_DAYS:
            raise ValueError(f"a retention period is {MIN_RETENTION_DAYS} to "
                             f"{MAX_RETENTION_DAYS} days, not {self.days}")

    @property
    def never(self) -> bool:
        return self.days is None

    @property
    def delta(self) -> timedelta | None:
        return None if self.days is None else timedelta(days=self.days)

    def to_setting(self) -> str:
        """The value kept in the settings: the number of days, or ``"never"``."""
        return RETENTION_NEVER if self.days is None else str(self.days)

    @classmethod
    def from_setting(cls, value: object) -> RetentionPeriod:
        """The period a stored setting means.

        Missing or unreadable values give the default (a hand-edited settings file must not
        switch retention off); a number below the minimum gives the minimum, above the
        maximum the maximum; only the exact word ``"never"`` means never."""
        if value is None or value == "":
            return cls()
        text = str(value).strip().lower()
        if text == RETENTION_NEVER:
            return cls(None)
        try:
            days = int(text)
        except ValueError:
            log.warning("retention setting %r is not a number of days; using %d days",
                        text[:20], DEFAULT_RETENTION_DAYS)
            return cls()
        return cls(min(max(days, MIN_RETENTION_DAYS), MAX_RETENTION_DAYS))


def purge_expired(cache: Database, period: RetentionPeriod, now: datetime | None = None,
                  wait: float = 30.0) -> RetentionReport | None:
    """What the desk runs at start and when the period changes: ``retention_purge`` under
    the cache's sync lock, so a sync in another process does not write at the same time.

    Returns None when the period is "never". Raises ``CacheBusy`` when a sync held the lock
    for longer than ``wait`` seconds (the purge runs at the next start). Logs counts only."""
    if period.never or period.delta is None:
        log.info("retention: never purge (chosen in the settings)")
        return None
    lock = CacheLock(cache.path)
    lock.acquire(timeout=wait)
    try:
        report = retention_purge(cache, period.delta, now)
    finally:
        lock.release()
    log.info("retention (%d days): %d cached records wiped, %d set-aside caches removed",
             period.days, report.counts.total, len(report.removed_files))
    return report


# -- remove all ------------------------------------------------------------------------------
KINDS = ("cache", "outbox", "team", "drafts", "attachments")


def kind_of(path: Path | str) -> str:
    """What a local data file or folder is: one of ``KINDS``, or "other"."""
    parts = Path(path).parts
    if ATTACHMENTS_DIR in parts:
        return "attachments"
    if DRAFTS_DIR in parts:
        return "drafts"
    for kind, name in (("cache", CACHE_FILE), ("outbox", OUTBOX_FILE), ("team", TEAM_FILE)):
        if parts and parts[-1].startswith(name):
            return kind
    return "other"


def kinds(paths: Iterable[Path | str]) -> tuple[str, ...]:
    """The kinds among ``paths``, in the order of ``KINDS``."""
    found = {kind_of(p) for p in paths}
    return tuple(k for k in KINDS if k in found)


@dataclass(frozen=True)
class Inventory:
    """What "remove all local data" would touch, in both modes' folders."""

    cache_files: tuple[Path, ...] = ()
    durable_stores: tuple[Path, ...] = ()  # outboxes, local team stores holding work
    durable_side_files: tuple[Path, ...] = ()  # their -wal/-shm/lock files and backups
    durable_orphans: tuple[Path, ...] = ()  # such files whose store is missing: kept
    empty_stores: tuple[Path, ...] = ()  # outboxes, team stores holding nothing: no export
    empty_store_files: tuple[Path, ...] = ()  # those, with their side files
    drafts: tuple[Path, ...] = ()  # unsent reply drafts: exported with the stores
    draft_dirs: tuple[Path, ...] = ()
    attachment_dirs: tuple[Path, ...] = ()
    sandbox_files: tuple[Path, ...] = ()  # the embedded sandbox's own data: it stays
    cache_bytes: int = 0
    attachment_bytes: int = 0

    @property
    def needs_export(self) -> bool:
        return bool(self.durable_stores or self.drafts)

    @property
    def empty(self) -> bool:
        return not (self.cache_files or self.durable_stores or self.durable_side_files
                    or self.empty_store_files
                    or self.draft_dirs or self.attachment_dirs)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def _store_family(folder: Path, name: str) -> list[Path]:
    """A store file with its -wal/-shm/-journal files, its lock file and set-aside or backup
    copies (``name.*``)."""
    family = [folder / name] if (folder / name).is_file() else []
    family += [folder / f"{name}{suffix}" for suffix in _SIDE_FILES
               if (folder / f"{name}{suffix}").is_file()]
    family += sorted(p for p in folder.glob(f"{name}.*") if p.is_file())
    return family


def _places(data_dir: Path) -> list[Path]:
    """The folders holding a set of the desk's stores: real marketplaces, then the sandbox."""
    return [p for p in (data_dir, data_dir / SANDBOX_DIR) if p.is_dir()]


def _sandbox_files(data_dir: Path) -> tuple[Path, ...]:
    folder = data_dir / SANDBOX_DIR
    if not folder.is_dir():
        return ()
    return tuple([*_store_family(folder, SANDBOX_DATABASE_FILE),
                  *([folder / SANDBOX_KEYS_FILE] if (folder / SANDBOX_KEYS_FILE).is_file()
                    else [])])


def holds_work(store: Path) -> bool:
    """Whether an outbox or a local team store holds anything of the user's: an action in the
    outbox; in the team store an audit entry other than the starter templates' seeding (every
    change there is audited). Anything unreadable counts as holding work (it is exported)."""
    query = ("SELECT 1 FROM actions LIMIT 1" if store.name == OUTBOX_FILE else
             "SELECT 1 FROM audit_log WHERE action != 'template.seeded' LIMIT 1")
    try:
        with closing(sqlite3.connect(store)) as connection:
            return connection.execute(query).fetchone() is not None
    except sqlite3.Error:
        return True


def inventory(data_dir: Path) -> Inventory:
    """The local data files under ``data_dir`` (and its ``sandbox`` folder)."""
    if not data_dir.is_dir():
        return Inventory()
    caches: list[Path] = []
    stores: list[Path] = []
    side: list[Path] = []
    orphans: list[Path] = []
    empty: list[Path] = []
    empty_files: list[Path] = []
    drafts: list[Path] = []
    draft_dirs: list[Path] = []
    attachments: list[Path] = []
    for place in _places(data_dir):
        caches += _store_family(place, CACHE_FILE)
        for name in DURABLE_STORES:
            family = _store_family(place, name)
            if place / name in family and not holds_work(place / name):
                empty.append(place / name)
                empty_files += family
            elif place / name in family:
                stores.append(place / name)
                side += [p for p in family if p != place / name]
            else:
                orphans += family
        if (place / DRAFTS_DIR).is_dir():
            draft_dirs.append(place / DRAFTS_DIR)
            drafts += sorted(p for p in (place / DRAFTS_DIR).iterdir() if p.is_file())
        if (place / ATTACHMENTS_DIR).exists():
            attachments.append(place / ATTACHMENTS_DIR)
    return Inventory(tuple(caches), tuple(stores), tuple(side), tuple(orphans), tuple(empty),
                     tuple(empty_files), tuple(drafts), tuple(draft_dirs), tuple(attachments),
                     _sandbox_files(data_dir), sum(_size(p) for p in caches),
                     sum(_size(p) for p in attachments))


@dataclass(frozen=True)
class RemovalReport:
    """What ``remove_all_local_data`` did, for the dialog to show."""

    removed: tuple[Path, ...] = ()
    exported: tuple[str, ...] = ()  # names inside the export file
    export_file: Path | None = None
    kept: tuple[tuple[Path, str], ...] = ()  # with the reason each was kept
    bytes_freed: int = 0
    errors: tuple[str, ...] = field(default=())

    @property
    def removed_kinds(self) -> tuple[str, ...]:
        return kinds(self.removed)

    @property
    def exported_kinds(self) -> tuple[str, ...]:
        return kinds(self.exported)


def check_export_target(data_dir: Path, destination: Path) -> None:
    """Raise ``LocalDataError`` when the export cannot go to ``destination``: a folder that
    does not exist or cannot be written, or a place inside the data folder being removed.
    Called before the desk stops working with its data, so a bad choice changes nothing."""
    destination = Path(destination)
    folder = destination.parent
    if not folder.is_dir():
        raise LocalDataError(f"The folder {folder} does not exist; nothing was exported or "
                             "removed.")
    if destination.is_dir():
        raise LocalDataError(f"{destination} is a folder; choose a file name. Nothing was "
                             "exported or removed.")
    if not os.access(folder, os.W_OK):
        raise LocalDataError(f"You may not write to {folder}; choose another place. Nothing "
                             "was exported or removed.")
    resolved, data = destination.resolve(), data_dir.resolve()
    if resolved == data or data in resolved.parents:
        raise LocalDataError(f"The export must go outside the desk's data folder ({data_dir}), "
                             "which is being removed. Nothing was exported or removed.")


def _export_name(base: Path | None, path: Path) -> str:
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return path.name


def export_stores(stores: list[Path], destination: Path, base: Path | None = None,
                  files: Iterable[Path] = ()) -> tuple[str, ...]:
    """Copy each SQLite store (consistently, with the backup API) and ``files`` (drafts) into
    one zip file; names inside it are relative to ``base`` (``sandbox/outbox.sqlite3``).

    The zip is written next to ``destination`` and moved into place only once every copy
    was checked, so a failure leaves no half-written export. It is readable by the user only.
    """
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise LocalDataError(f"The folder {destination.parent} does not exist; nothing was "
                             "exported or removed.")
    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="desk-export-") as work:
        copies: list[tuple[Path, str]] = []
        for number, store in enumerate(stores):
            copy = Path(work) / f"{number}-{store.name}"
            try:
                with closing(sqlite3.connect(store)) as source, \
                        closing(sqlite3.connect(copy)) as target:
                    source.backup(target)
                with closing(sqlite3.connect(copy)) as check:
                    if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                        raise sqlite3.DatabaseError("the copy failed its integrity check")
            except sqlite3.Error as exc:
                raise LocalDataError(f"{store.name} could not be exported ({exc}); nothing "
                                     "was removed.") from exc
            copies.append((copy, _export_name(base, store)))
        copies += [(path, _export_name(base, path)) for path in files]
        names = [name for _copy, name in copies]
        descriptor, temporary_name = tempfile.mkstemp(dir=destination.parent,
                                                      prefix=".desk-export-", suffix=".zip")
        os.close(descriptor)
        temporary = Path(temporary_name)
        try:
            os.chmod(temporary, 0o600)
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for copy, name in copies:
                    archive.write(copy, name)
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
    stores = [n for n in names if n.endswith(".sqlite3")]
    drafts = len(names) - len(stores)
    return (f"Operator Desk local data, exported {when} before it was removed.\n\n"
            + "".join(f"- {name}: a SQLite database\n" for name in stores)
            + (f"- drafts/: {drafts} unsent reply drafts (JSON)\n" if drafts else "")
            + "\nNames under sandbox/ are the desk's data for the embedded sandbox (demo "
              "marketplaces).\nThe files contain personal data of customers and sellers. "
              "Keep this file private and delete it when it is no longer needed.\n")


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
    """Remove the caches and attachment stores; export, then remove, the outboxes, local team
    stores and drafts.

    Covers the desk's files in ``data_dir`` and in ``data_dir/sandbox`` (the embedded
    sandbox's mode); the sandbox's own marketplace and demo keys stay. The outbox, a local
    team store and drafts hold work that exists nowhere else, so they are removed only after
    they were exported to ``export_to`` (one zip file); without ``export_to`` they are kept
    and the report says so. An outbox or team store holding nothing (``holds_work``) is
    removed without an export. Close the stores before calling this.
    """
    found = inventory(data_dir)
    removed: list[Path] = []
    kept: list[tuple[Path, str]] = []
    freed = 0
    exported: tuple[str, ...] = ()
    durable = (*found.durable_stores, *found.durable_side_files, *found.draft_dirs)
    if found.needs_export and export_to is None:
        kept += [(p, "kept: not exported, so not removed") for p in durable]
    else:
        if found.needs_export and export_to is not None:
            check_export_target(data_dir, Path(export_to))
            exported = export_stores(list(found.durable_stores), Path(export_to), data_dir,
                                     found.drafts)
            log.info("exported %d stores and %d drafts to the chosen file before removal",
                     len(found.durable_stores), len(found.drafts))
        for path in durable:
            freed += _remove(path, removed, kept)
    kept += [(p, "kept: its store file is missing, so it could not be exported")
             for p in found.durable_orphans]
    for path in (*found.cache_files, *found.empty_store_files, *found.attachment_dirs):
        freed += _remove(path, removed, kept)
    log.info("removed local data: %d files and folders, %d bytes; kept %d", len(removed),
             freed, len(kept))
    return RemovalReport(tuple(removed), exported,
                         Path(export_to) if exported and export_to else None,
                         tuple(kept), freed)
