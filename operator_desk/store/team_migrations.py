"""Opening the team store on SQLite or PostgreSQL: engines, schema version, migrations, locks.

The schema version lives in ``team_meta``. Opening a store:
- SQLite (working alone): the file's write lock is taken (``BEGIN IMMEDIATE``), the version is
  read, and an older schema is first copied to ``<file>.v<N>.bak`` and then migrated step by
  step in that one transaction.
- PostgreSQL (a team server): one transaction holds an advisory lock, so two desks starting at
  once do not both migrate; the version is read and the steps run inside that transaction
  (PostgreSQL's DDL is transactional: a failed step leaves the old schema untouched).
A store whose schema is newer than this desk's code is opened read-only, and every write
says which desk version it needs. Each write transaction checks the version again, because a
colleague's newer desk may migrate the server while this desk is running.

Passwords never appear in logs or messages: ``display_url`` strips them.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, MetaData, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.schema import CreateColumn

from operator_desk import __version__ as DESK_VERSION

from . import team_schema as t
from .database import StoreError, _private

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "operator_desk_team"
# Keys for pg_advisory_xact_lock: arbitrary constants, the same on every desk.
MIGRATION_LOCK_KEY = 0x0D35_7E44
AUDIT_LOCK_KEY = 0x0D35_A0D1

Step = Callable[[Connection], None]

def _sanction_ledger_columns(connection: Connection) -> None:
    """1 -> 2: the sanction ledger's who-and-when, evidence, platform answers and delivery."""
    for name in t.SANCTION_COLUMNS_V2:
        column = CreateColumn(t.sanctions.c[name]).compile(dialect=connection.dialect)
        connection.execute(text(f"ALTER TABLE sanctions ADD COLUMN {column}"))


# Migration steps: STEPS[n] turns schema n into schema n + 1. Version 1 is the first schema,
# created from ``team_schema.metadata``; add the step for the next change here.
STEPS: dict[int, Step] = {1: _sanction_ledger_columns}


class TeamStoreError(StoreError):
    """The team store cannot be used as asked; ``user_message`` says why and what to do."""


class TeamStoreUnreachable(TeamStoreError):
    """The team server cannot be reached (network, server down, password refused)."""


class TeamStoreReadOnly(TeamStoreError):
    """This desk is older than the store's schema: it may read, not write."""


@dataclass(frozen=True)
class SchemaPlan:
    """What this desk's code knows: the schema version, its tables and the steps to it."""

    version: int = t.TEAM_SCHEMA_VERSION
    metadata: MetaData = t.metadata
    steps: Mapping[int, Step] = field(default_factory=lambda: STEPS)
    desk_version: str = DESK_VERSION


@dataclass(frozen=True)
class TeamOpenReport:
    """What opening did: created, migrated (with the backup), or found a newer schema."""

    schema_version: int
    created: bool = False
    migrated_from: int | None = None
    backup: Path | None = None
    newer_schema_needs: str | None = None  # the desk version the store asks for


def normalise_url(url: str | URL) -> URL:
    """The URL with the driver this desk uses (psycopg 3 for PostgreSQL)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError as exc:
        raise TeamStoreError(f"{url!s} is not a database URL: use "
                             "postgresql://user@host:port/database") from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed
    raise TeamStoreError(f"the team store runs on SQLite or PostgreSQL, not {backend!r}")


def url_without_password(url: str | URL) -> URL:
    parsed = normalise_url(url)
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query)


def display_url(url: str | URL) -> str:
    """The URL as people and logs may see it: no password, the plain ``postgresql`` scheme."""
    bare = url_without_password(url)
    if bare.get_backend_name() == "postgresql":
        bare = bare.set(drivername="postgresql")
    return bare.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Transactions are begun by the "begin" listeners below, not by the driver's heuristics.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def _sqlite_engine(url: URL, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
    event.listen(engine, "connect", _sqlite_pragmas)
    # Writers take SQLite's write lock when the transaction starts: two desks (or threads)
    # never both read "pending" and then both write. Readers keep deferred snapshots.
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql(begin))
    return engine


def _postgres_engine(url: URL, connect_timeout: int) -> Engine:
    return create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=4,
                         connect_args={"connect_timeout": connect_timeout,
                                       "application_name": "operator-desk"})


def _read_meta(connection: Connection) -> dict[str, str]:
    if not inspect(connection).has_table("team_meta"):
        return {}
    rows = connection.execute(select(t.team_meta.c.key, t.team_meta.c.value)).all()
    return {key: value for key, value in rows}


def _write_meta(connection: Connection, values: Mapping[str, str]) -> None:
    for key, value in values.items():
        updated = connection.execute(t.team_meta.update().where(t.team_meta.c.key == key)
                                     .values(value=value)).rowcount
        if not updated:
            connection.execute(t.team_meta.insert().values(key=key, value=value))


def _backup_sqlite(path: Path, version: int) -> Path:
    backup = path.with_name(f"{path.name}.v{version}.bak")
    source, target = sqlite3.connect(path), sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    _private(backup)
    return backup


def _upgrade(connection: Connection, plan: SchemaPlan, path: Path | None) -> TeamOpenReport:
    """Create, migrate or leave the schema; the caller holds the migration lock."""
    meta = _read_meta(connection)
    now = datetime.now(UTC).isoformat()
    if not meta:
        plan.metadata.create_all(connection)
        _write_meta(connection, {"schema_version": str(plan.version),
                                 "desk_version": plan.desk_version, "created": now})
        return TeamOpenReport(plan.version, created=True)
    found = int(meta.get("schema_version", "0"))
    if found == plan.version:
        return TeamOpenReport(found)
    if found > plan.version:
        return TeamOpenReport(found, newer_schema_needs=meta.get("desk_version", "newer"))
    missing = [v for v in range(found, plan.version) if v not in plan.steps]
    if missing:
        raise TeamStoreError(
            f"the team store has schema {found}, which this desk cannot upgrade (no step from "
            f"{missing[0]}). Nothing was changed; open it with the desk version that wrote it.")
    backup = _backup_sqlite(path, found) if path is not None else None
    for version in range(found, plan.version):
        log.info("team store: migrating schema %d -> %d", version, version + 1)
        plan.steps[version](connection)
    _write_meta(connection, {"schema_version": str(plan.version),
                             "desk_version": plan.desk_version, "migrated": now})
    return TeamOpenReport(plan.version, migrated_from=found, backup=backup)


class ChangeListener(Protocol):
    """Wakes a watcher when a colleague commits a change (or when the timeout passes)."""

    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class _SleepListener:
    """SQLite has no notifications: the watcher polls, and this only sleeps between polls."""

    def __init__(self) -> None:
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        self._closed.wait(timeout)
        return False

    def close(self) -> None:
        self._closed.set()


class _PostgresListener:
    """A dedicated connection that LISTENs on the team channel."""

    def __init__(self, engine: Engine) -> None:
        self._raw = engine.raw_connection()
        driver: Any = self._raw.driver_connection
        assert driver is not None
        self._raw.detach()  # never returned to the pool with a LISTEN active
        self._connection = driver
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        try:
            for _ in self._connection.notifies(timeout=timeout, stop_after=1):
                return True
        except Exception as exc:  # the driver's own errors: the server went away
            raise TeamStoreUnreachable(f"lost the team server's notifications: {exc}") from exc
        return False

    def close(self) -> None:
        try:
            self._raw.close()
        except Exception:  # closing a dead connection may fail; it is closed either way
            log.debug("closing the listener failed", exc_info=True)


class TeamStore:
    """The team store: engines, sessions, the read-only state and change notifications."""

    def __init__(self, url: URL, plan: SchemaPlan, connect_timeout: int = 5) -> None:
        self.url = url
        self.display_url = display_url(url)
        self.plan = plan
        self.dialect = url.get_backend_name()
        self.path: Path | None = None
        if self.dialect == "sqlite":
            if not url.database or url.database == ":memory:":
                raise TeamStoreError("a SQLite team store needs a file")
            self.path = Path(url.database)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url, immediate=False)
            self.write_engine = _sqlite_engine(url, immediate=True)
        else:
            self.engine = _postgres_engine(url, connect_timeout)
            self.write_engine = self.engine
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.write_engine, expire_on_commit=False)
        self._lock = threading.RLock()  # one writer per process: cheaper than SQLite's wait
        self.read_only_reason: str | None = None
        self.report = self._open()

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def _unreachable(self, exc: Exception) -> TeamStoreUnreachable:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
        return TeamStoreUnreachable(
            f"The team server {self.display_url} cannot be reached ({detail}). Reading and "
            "preparing actions still work; approvals and claims wait until it is back.")

    def _open(self) -> TeamOpenReport:
        try:
            with self.write_engine.begin() as connection:
                if self.is_postgres:
                    connection.execute(select(text(f"pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")))
                report = _upgrade(connection, self.plan, self.path)
        except (OperationalError, InterfaceError) as exc:
            self.dispose()
            raise self._unreachable(exc) from exc
        if self.path is not None:
            _private(self.path)
        if report.newer_schema_needs is not None:
            self._refuse_writes(report.schema_version, report.newer_schema_needs)
        if report.created:
            log.info("team store created at %s", self.display_url)
        return report

    def _refuse_writes(self, found: int, needs: str) -> None:
        self.read_only_reason = (
            f"The team store uses schema {found}, written by desk version {needs}; this desk "
            f"({self.plan.desk_version}) knows schema {self.plan.version}. You can read, but "
            f"changes are refused: update the desk to version {needs} or newer.")
        log.warning("team store %s is read-only for this desk: schema %d > %d",
                    self.display_url, found, self.plan.version)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._reads()
        try:
            yield session
        except (OperationalError, InterfaceError) as exc:
            if self.is_postgres or getattr(exc, "connection_invalidated", False):
                raise self._unreachable(exc) from exc
            raise
        finally:
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error.

        Raises ``TeamStoreReadOnly`` when this desk is older than the store's schema."""
        if self.read_only_reason:
            raise TeamStoreReadOnly(self.read_only_reason)
        with self._lock:
            session = self._writes()
            try:
                with session.begin():
                    self._check_version(session)
                    yield session
            except (OperationalError, InterfaceError) as exc:
                if self.is_postgres or getattr(exc, "connection_invalidated", False):
                    raise self._unreachable(exc) from exc
                raise
            finally:
                session.close()

    def _check_version(self, session: Session) -> None:
        found = session.execute(select(t.team_meta.c.value)
                                .where(t.team_meta.c.key == "schema_version")).scalar()
        if found is not None and int(found) > self.plan.version:
            desk = session.execute(select(t.team_meta.c.value)
                                   .where(t.team_meta.c.key == "desk_version")).scalar()
            self._refuse_writes(int(found), str(desk or "newer"))
            raise TeamStoreReadOnly(self.read_only_reason or "")

    def notify(self, session: Session, change_id: int) -> None:
        """Wake colleagues' listeners when this transaction commits (PostgreSQL only)."""
        if self.is_postgres:
            session.execute(select(text("pg_notify(:channel, :payload)")),
                            {"channel": NOTIFY_CHANNEL, "payload": str(change_id)})

    def listener(self) -> ChangeListener:
        if self.is_postgres:
            try:
                return _PostgresListener(self.engine)
            except DBAPIError as exc:
                raise self._unreachable(exc) from exc
        return _SleepListener()

    def ping(self) -> None:
        """Raise ``TeamStoreUnreachable`` unless the store answers a trivial query."""
        with self.read() as session:
            session.execute(select(1)).scalar()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


def open_team_store(url: str | URL, password: str | None = None, *,
                    plan: SchemaPlan | None = None, connect_timeout: int = 5) -> TeamStore:
    """Open (create or migrate) the team store at ``url``.

    ``password`` (from the keyring) is added to a PostgreSQL URL that has none. Raises
    ``TeamStoreUnreachable`` when a server cannot be reached and ``TeamStoreError`` when the
    store cannot be used; a store newer than this desk opens read-only (``store.read_only``)."""
    parsed = normalise_url(url)
    if password and parsed.get_backend_name() == "postgresql" and not parsed.password:
        parsed = parsed.set(password=password)
    return TeamStore(parsed, plan or SchemaPlan(), connect_timeout)


@dataclass(frozen=True)
class ProbeResult:
    """What a connection test found, without changing anything on the server."""

    display_url: str
    schema_version: int | None  # None: an empty database (the desk sets it up on first use)
    desk_version: str | None
    server: str


def probe_team_store(url: str | URL, password: str | None = None, *,
                     connect_timeout: int = 5) -> ProbeResult:
    """Connect, read the schema version, disconnect. Raises ``TeamStoreUnreachable`` with the
    reason (refused password, no server on that port, unknown database) when it cannot."""
    parsed = normalise_url(url)
    if password and parsed.get_backend_name() == "postgresql" and not parsed.password:
        parsed = parsed.set(password=password)
    shown = display_url(parsed)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not path.parent.is_dir():
            raise TeamStoreUnreachable(f"the folder {path.parent} does not exist")
        engine = _sqlite_engine(parsed, immediate=False)
    else:
        engine = _postgres_engine(parsed, connect_timeout)
    try:
        with engine.connect() as connection:
            meta = _read_meta(connection)
            server = str(connection.execute(select(text("version()"))).scalar()
                         if engine.dialect.name == "postgresql"
                         else f"SQLite {sqlite3.sqlite_version}")
    except (OperationalError, InterfaceError) as exc:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise TeamStoreUnreachable(
            f"{shown} cannot be reached: {detail[0] if detail else type(exc).__name__}") from exc
    finally:
        engine.dispose()
    version = int(meta["schema_version"]) if "schema_version" in meta else None
    return ProbeResult(shown, version, meta.get("desk_version"), server.split(",")[0])
