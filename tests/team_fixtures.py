"""Fixtures for the team store: a throw-away PostgreSQL cluster, team URLs for both back ends,
and an in-memory keyring.

The PostgreSQL cluster is created once per test session from Debian's packages (``initdb`` and
``pg_ctl`` on PATH or under /usr/lib/postgresql/*/bin), in a temp dir, on a free loopback port,
with password authentication over TCP. Each test gets its own database in it. Without the
binaries, the PostgreSQL variants are skipped with a reason that says how to get them.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

SKIP_REASON = ("PostgreSQL is not installed (no initdb/pg_ctl on PATH or under "
               "/usr/lib/postgresql/*/bin): apt-get install postgresql, as .ci/run does")


def _find_binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        folder = Path(candidate)
        if (folder / "pg_ctl").exists() and (folder / "initdb").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresCluster:
    host: str
    port: int
    user: str
    password: str
    admin_url: str

    def url(self, database: str, *, with_password: bool = True) -> str:
        auth = f"{self.user}:{self.password}" if with_password else self.user
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name


class NoPostgres(Exception):
    """PostgreSQL's server binaries are not available here; the message says why."""


@contextmanager
def throwaway_postgres() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster in a temp dir on a free loopback port, removed afterwards."""
    binaries = _find_binaries()
    if binaries is None:
        raise NoPostgres(SKIP_REASON)
    # initdb refuses to run as root: the cluster then belongs to the postgres system user.
    run_as: list[str] = []
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise NoPostgres("running as root and there is no 'postgres' user to own a "
                             "cluster") from None
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data = folder / "data"
    password = secrets.token_urlsafe(16)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        os.chown(pwfile, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run([*run_as, str(binaries / "initdb"), "-D", str(data), "-U", "desk",
                        "--pwfile", str(pwfile), "--auth-local=trust",
                        "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True, env=env)
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   f"-c unix_socket_directories={folder} -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=100")
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-l",
                        str(folder / "log"), "-o", options, "-w", "-t", "60", "start"],
                       check=True, capture_output=True, env=env)
        yield PostgresCluster("127.0.0.1", port, "desk", password,
                              f"postgresql://desk:{password}@127.0.0.1:{port}/postgres")
    finally:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, env=env)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    try:
        with throwaway_postgres() as cluster:
            yield cluster
    except NoPostgres as exc:
        pytest.skip(str(exc))


_database_counter = iter(range(1, 1_000_000))


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh, empty database on the session's cluster; the URL carries the password."""
    name = f"team_{os.getpid()}_{next(_database_counter)}_{int(time.time() * 1000) % 100000}"
    return postgres_cluster.url(postgres_cluster.create_database(name))


@pytest.fixture(params=["sqlite", "postgresql"])
def team_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test once on a SQLite file and once on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'team.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: tests never touch the user's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous: Any = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
