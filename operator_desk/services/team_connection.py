"""Where the team store is: working alone (a local file) or a team server, and its password.

The choice is kept in ``DATA/team.json`` (mode and URL, never a password). The server's
password goes to the OS keyring under the service ``operator-desk/team`` with the URL without
its password as the user name. A URL typed with a password in it has the password moved to
the keyring before anything is saved or logged.

Everything here touches files, the keyring or the network: call it off the UI thread.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from operator_desk.domain.team import Actor
from operator_desk.store.team_migrations import (
    TeamStore,
    TeamStoreError,
    TeamStoreUnreachable,
    display_url,
    normalise_url,
    open_team_store,
    probe_team_store,
    sqlite_url,
)

from .team import TeamService

log = logging.getLogger(__name__)

KEYRING_SERVICE = "operator-desk/team"
CONFIG_FILE = "team.json"
LOCAL_FILE = "team.sqlite3"


class TeamMode(StrEnum):
    ALONE = "alone"  # a SQLite file in the desk's data folder
    SERVER = "server"  # a shared PostgreSQL server


@dataclass(frozen=True, slots=True)
class TeamConfig:
    mode: TeamMode = TeamMode.ALONE
    server_url: str = ""  # without a password


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The result of "Test connection", worded for the settings dialog."""

    ok: bool
    message: str
    schema_version: int | None = None


class TeamPasswords:
    """Team server passwords in the OS keyring; never in files or logs."""

    def username(self, url: str) -> str:
        return display_url(url)

    def get(self, url: str) -> str | None:
        try:
            value: str | None = keyring.get_password(KEYRING_SERVICE, self.username(url))
        except KeyringError as exc:
            log.warning("the keyring could not be read: %s", type(exc).__name__)
            return None
        return value

    def set(self, url: str, password: str) -> None:
        keyring.set_password(KEYRING_SERVICE, self.username(url), password)

    def delete(self, url: str) -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, self.username(url))
        except PasswordDeleteError:
            pass


def split_password(url: str) -> tuple[str, str | None]:
    """(URL without password, the password it carried or None)."""
    parsed = normalise_url(url.strip())
    return display_url(parsed), parsed.password if parsed.password else None


class TeamConnector:
    """Reads and saves the team settings, tests a connection, opens the team store."""

    def __init__(self, data_dir: Path, passwords: TeamPasswords | None = None) -> None:
        self.data_dir = data_dir
        self.passwords = passwords or TeamPasswords()

    @property
    def local_url(self) -> str:
        return sqlite_url(self.data_dir / LOCAL_FILE)

    def load(self) -> TeamConfig:
        path = self.data_dir / CONFIG_FILE
        if not path.exists():
            return TeamConfig()
        try:
            data = json.loads(path.read_text("utf-8"))
            return TeamConfig(TeamMode(data.get("mode", "alone")),
                              str(data.get("server_url", "")))
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            log.warning("team settings in %s unreadable (%s); working alone", path, exc)
            return TeamConfig()

    def save(self, config: TeamConfig, password: str | None = None) -> TeamConfig:
        """Keep ``config`` (a password in its URL moves to the keyring) and, if given,
        ``password`` for its server. Returns what was saved."""
        url = config.server_url.strip()
        if config.mode == TeamMode.SERVER:
            if not url:
                raise TeamStoreError("enter the team server's address, e.g. "
                                     "postgresql://you@server:5432/desk")
            url, inline = split_password(url)
            password = password or inline
            if password:
                self.passwords.set(url, password)
        saved = TeamConfig(config.mode, url)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / CONFIG_FILE
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps({"mode": saved.mode.value, "server_url": saved.server_url},
                                      indent=2), "utf-8")
        os.replace(partial, path)
        log.info("team settings saved: %s %s", saved.mode.value, saved.server_url or "(local)")
        return saved

    def url_for(self, config: TeamConfig) -> tuple[str, str | None]:
        if config.mode == TeamMode.ALONE:
            return self.local_url, None
        url, inline = split_password(config.server_url)
        return url, inline or self.passwords.get(url)

    def test(self, config: TeamConfig, password: str | None = None) -> ConnectionCheck:
        """Try the connection without changing anything; the message says what was found."""
        try:
            if config.mode == TeamMode.ALONE:
                self.data_dir.mkdir(parents=True, exist_ok=True)  # the desk's own folder
            url, stored = self.url_for(config)
            result = probe_team_store(url, password or stored, connect_timeout=5)
        except TeamStoreUnreachable as exc:
            return ConnectionCheck(False, f"Cannot connect: {exc.user_message}")
        except TeamStoreError as exc:
            return ConnectionCheck(False, exc.user_message)
        from operator_desk.store.team_schema import TEAM_SCHEMA_VERSION

        if result.schema_version is None:
            text = (f"Connected to {result.display_url} ({result.server}). The database is "
                    "empty: the desk sets up the team store when you save.")
        elif result.schema_version > TEAM_SCHEMA_VERSION:
            text = (f"Connected to {result.display_url}, but its team store (schema "
                    f"{result.schema_version}) needs desk version {result.desk_version} or "
                    "newer: this desk could only read.")
        else:
            text = (f"Connected to {result.display_url} ({result.server}); team store schema "
                    f"{result.schema_version}.")
        return ConnectionCheck(True, text, result.schema_version)

    def open_store(self, config: TeamConfig | None = None) -> TeamStore:
        config = config or self.load()
        url, password = self.url_for(config)
        return open_team_store(url, password)

    def open(self, actor: Actor, config: TeamConfig | None = None,
             currencies: dict[str, str] | None = None) -> TeamService:
        """The team service for ``actor`` on the configured store. Raises
        ``TeamStoreUnreachable`` when the server cannot be reached (the desk then works
        without team features and shows the banner)."""
        return TeamService(self.open_store(config), actor, currencies=currencies)
