"""Opening the desk's SQLite files: pragmas, schema versions, one writer at a time.

Each local store is one SQLite file in WAL mode (readers never wait for the writer). Writes go
through ``Database.write()``, which holds a process-wide lock for the file, so two threads never
race for SQLite's write lock and nobody sees "database is locked" in normal use.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import DateTime, TypeDecorator

log = logging.getLogger(__name__)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python, naive UTC text in SQLite (sorts and compares as text)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class StoreError(Exception):
    """A local store cannot be used; ``user_message`` says what happened and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening a store, for the status bar or a one-time notice."""

    path: Path
    created: bool = False
    rebuilt_reason: str | None = None
    migrated_from: int | None = None


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _private(path: Path) -> None:
    """Local stores hold personal data: readable by this user only.

    The file is created 0600 before SQLite opens it, because SQLite gives the -wal and -shm
    files it creates the main file's mode; files from before are restricted too."""
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                os.chmod(candidate, 0o600)
    except OSError:  # pragma: no cover - e.g. a file system without permissions
        log.warning("could not restrict permissions of %s", path)


def sqlite_version(path: Path, *, check: bool = True) -> int | None:
    """The file's user_version, or None when it is not a readable SQLite database (with
    ``check``, a ``quick_check`` of every page first: about 1 s per GB)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            if check:
                row = connection.execute("PRAGMA quick_check(1)").fetchone()
                if row is None or row[0] != "ok":
                    return None
            version: int = connection.execute("PRAGMA user_version").fetchone()[0]
            return version
    except sqlite3.DatabaseError:
        return None


Migration = Callable[[Any], None]


class Database:
    """One SQLite file with its engine, session factory and write lock."""

    def __init__(self, path: Path, metadata: MetaData, version: int, *,
                 rebuildable: bool, migrations: dict[int, Migration] | None = None,
                 check_integrity: bool = True) -> None:
        self.path = path
        self.metadata = metadata
        self.version = version
        self.rebuildable = rebuildable
        self.migrations = migrations or {}
        self.check_integrity = check_integrity
        self._write_lock = threading.RLock()
        self.report = self._prepare()
        _private(path)
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(self.engine, "connect", _pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self.engine.begin() as connection:
            metadata.create_all(connection)
            connection.execute(text(f"PRAGMA user_version={version}"))
        _private(path)

    def _prepare(self) -> OpenReport:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.path.exists():
            self.damage_marker.unlink(missing_ok=True)
            return OpenReport(self.path, created=True)
        marked = self.rebuildable and self.damage_marker.exists()
        found = None if marked else sqlite_version(self.path, check=self.check_integrity)
        if found == self.version:
            return OpenReport(self.path)
        if found is None:
            reason = "the file was damaged"
        elif found > self.version:
            reason = f"it was written by a newer version of the desk (schema {found})"
        elif found == 0 and self._unfinished():
            # Its creation was cut short (the process died): nothing was ever written to it.
            return OpenReport(self.path, created=True)
        elif found == 0:
            reason = "it was empty"
        elif all(v in self.migrations for v in range(found, self.version)):
            self._migrate(found)
            return OpenReport(self.path, migrated_from=found)
        else:
            reason = f"its schema {found} is older than this desk can upgrade"
        if not self.rebuildable:
            raise StoreError(
                f"{self.path.name} cannot be opened because {reason}. Nothing was changed; "
                "keep the file and contact support, or start the matching desk version.")
        # The cache is a copy of the server's data: set it aside and start over.
        aside = self.path.with_name(f"{self.path.name}.{datetime.now(UTC):%Y%m%dT%H%M%S}.old")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{aside}{suffix}"))
        self.damage_marker.unlink(missing_ok=True)
        log.warning("cache %s set aside as %s because %s", self.path, aside.name, reason)
        return OpenReport(self.path, created=True, rebuilt_reason=reason)

    def _unfinished(self) -> bool:
        """Schema version 0, only tables of this store's schema, and all of them empty."""
        try:
            with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as connection:
                tables = [row[0] for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'")]
                if any(name not in self.metadata.tables for name in tables):
                    return False
                return not any(connection.execute(
                    f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()  # noqa: S608 - our names
                    for name in tables)
        except sqlite3.DatabaseError:
            return False

    def _migrate(self, found: int) -> None:
        backup = self.path.with_name(f"{self.path.name}.v{found}.bak")
        with sqlite3.connect(self.path) as source, sqlite3.connect(backup) as target:
            source.backup(target)
        connection = sqlite3.connect(self.path)
        try:
            with connection:
                for version in range(found, self.version):
                    self.migrations[version](connection)
                connection.execute(f"PRAGMA user_version={self.version}")
        finally:
            connection.close()

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error."""
        with self._write_lock:
            session = self._sessions()
            try:
                with session.begin():
                    yield session
            finally:
                session.close()

    @property
    def damage_marker(self) -> Path:
        """A file next to a rebuildable store that says a later check found it damaged: the
        next open sets the store aside, as it does a file that cannot be read."""
        return self.path.with_name(f"{self.path.name}.damaged")

    def check_pages(self) -> bool:
        """``PRAGMA quick_check`` of every page, on a connection of its own (about 1 s per
        GB; for a worker once the store is in use). A damaged rebuildable store is marked
        to be set aside at the next open; returns whether the file is whole."""
        try:
            with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as connection:
                row = connection.execute("PRAGMA quick_check(1)").fetchone()
            whole = row is not None and row[0] == "ok"
        except sqlite3.DatabaseError:
            whole = False
        if not whole and self.rebuildable:
            self.damage_marker.touch()
            log.warning("%s failed its page check; it is set aside at the next start",
                        self.path)
        return whole

    def integrity_ok(self) -> bool:
        with self.engine.connect() as connection:
            result = connection.execute(text("PRAGMA integrity_check")).scalar()
        return result == "ok"

    def dispose(self) -> None:
        self.engine.dispose()
