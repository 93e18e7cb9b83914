"""Schema versions, migrations, read-only stores, connection settings and `audit verify`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

from operator_desk import cli
from operator_desk.domain.models import Role
from operator_desk.domain.money import Money
from operator_desk.domain.team import Actor, ApprovalKind
from operator_desk.services.team import TeamService
from operator_desk.services.team_connection import (
    KEYRING_SERVICE,
    TeamConfig,
    TeamConnector,
    TeamMode,
)
from operator_desk.store.team_migrations import (
    SchemaPlan,
    TeamStoreReadOnly,
    TeamStoreUnreachable,
    normalise_url,
    open_team_store,
)
from operator_desk.store.team_schema import TEAM_SCHEMA_VERSION
from tests.team_fixtures import MemoryKeyring, PostgresCluster

ANN = Actor("ann", Role.AGENT)


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(normalise_url(url))
    with engine.connect() as connection:
        value = connection.execute(text(sql)).scalar()
    engine.dispose()
    return value


def _add_column(connection: Connection) -> None:
    connection.execute(text("ALTER TABLE notes ADD COLUMN pinned INTEGER DEFAULT 0"))


def _next_plan() -> SchemaPlan:
    """Version 2 of the schema, as a future desk would ship it."""
    base = SchemaPlan()
    metadata = base.metadata
    return dataclasses.replace(base, version=TEAM_SCHEMA_VERSION + 1, metadata=metadata,
                               steps={TEAM_SCHEMA_VERSION: _add_column}, desk_version="9.9.0")


def test_migration_backs_up_sqlite_and_runs_steps(team_url: str) -> None:
    store = open_team_store(team_url)
    assert store.report.created
    TeamService(store, ANN).add_note("DE", "incident", "I-1", "before the upgrade")
    store.dispose()

    upgraded = open_team_store(team_url, plan=_next_plan())
    assert upgraded.report.migrated_from == TEAM_SCHEMA_VERSION
    if upgraded.dialect == "sqlite":
        assert upgraded.report.backup is not None and upgraded.report.backup.exists()
        assert upgraded.report.backup.name == f"team.sqlite3.v{TEAM_SCHEMA_VERSION}.bak"
    else:
        assert upgraded.report.backup is None  # PostgreSQL: one transaction instead
    assert _scalar(team_url, "SELECT value FROM team_meta WHERE key = 'schema_version'") == \
        str(TEAM_SCHEMA_VERSION + 1)
    assert _scalar(team_url, "SELECT pinned FROM notes") == 0
    upgraded.dispose()

    # The desk of the old version may still read, but refuses to write and says why.
    old = open_team_store(team_url)
    assert old.read_only and "9.9.0" in (old.read_only_reason or "")
    service = TeamService(old, ANN)
    assert service.notes("DE", "incident", "I-1")[0].body == "before the upgrade"
    with pytest.raises(TeamStoreReadOnly, match=r"update the desk to version 9\.9\.0"):
        service.add_note("DE", "incident", "I-1", "after")
    old.dispose()


def test_a_running_desk_stops_writing_when_a_newer_desk_migrates(team_url: str) -> None:
    running = TeamService(open_team_store(team_url), ANN)
    running.claim("DE", "I-1")
    open_team_store(team_url, plan=_next_plan()).dispose()
    with pytest.raises(TeamStoreReadOnly, match="schema"):
        running.claim("DE", "I-2")
    assert running.store.read_only
    running.close()


def test_a_failed_migration_step_changes_nothing_on_postgres(postgres_url: str) -> None:
    open_team_store(postgres_url).dispose()

    def broken(connection: Connection) -> None:
        connection.execute(text("ALTER TABLE notes ADD COLUMN pinned INTEGER"))
        connection.execute(text("SELECT no_such_function()"))

    plan = dataclasses.replace(_next_plan(), steps={TEAM_SCHEMA_VERSION: broken})
    with pytest.raises(Exception, match="no_such_function"):
        open_team_store(postgres_url, plan=plan)
    assert _scalar(postgres_url, "SELECT value FROM team_meta WHERE key='schema_version'") == \
        str(TEAM_SCHEMA_VERSION)
    assert _scalar(postgres_url, "SELECT count(*) FROM information_schema.columns "
                   "WHERE table_name = 'notes' AND column_name = 'pinned'") == 0


def test_unreachable_server_says_what_still_works(postgres_cluster: PostgresCluster) -> None:
    url = f"postgresql://desk@127.0.0.1:{_closed_port()}/team"
    with pytest.raises(TeamStoreUnreachable) as caught:
        open_team_store(url, "secret", connect_timeout=2)
    message = caught.value.user_message
    assert "cannot be reached" in message and "approvals and claims wait" in message
    assert "secret" not in message


def test_wrong_password_is_reported_without_the_password(
        postgres_cluster: PostgresCluster, postgres_url: str) -> None:
    bare = postgres_url.replace(f":{postgres_cluster.password}@", "@")
    with pytest.raises(TeamStoreUnreachable, match="password") as caught:
        open_team_store(bare, "not-the-password")
    assert "not-the-password" not in caught.value.user_message


def _closed_port() -> int:
    from tests.team_fixtures import _free_port

    return _free_port()


def test_settings_keep_the_password_in_the_keyring_only(
        tmp_path: Path, memory_keyring: MemoryKeyring, postgres_cluster: PostgresCluster,
        postgres_url: str) -> None:
    connector = TeamConnector(tmp_path)
    assert connector.load() == TeamConfig()  # working alone by default
    assert connector.test(TeamConfig()).ok
    saved = connector.save(TeamConfig(TeamMode.SERVER, postgres_url))  # password inline
    assert postgres_cluster.password not in saved.server_url
    assert postgres_cluster.password not in (tmp_path / "team.json").read_text()
    assert memory_keyring.secrets == {(KEYRING_SERVICE, saved.server_url):
                                      postgres_cluster.password}
    assert connector.load() == saved
    check = connector.test(saved)
    assert check.ok and "empty" in check.message
    service = connector.open(ANN)
    assert service.store.is_postgres and not service.store.read_only
    service.close()
    assert f"schema {TEAM_SCHEMA_VERSION}" in connector.test(saved).message
    memory_keyring.secrets.clear()
    refused = connector.test(saved)
    assert not refused.ok and "Cannot connect" in refused.message


def test_audit_verify_command(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              memory_keyring: MemoryKeyring, postgres_url: str) -> None:
    data = tmp_path / "desk"
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 2
    assert "no team store" in capsys.readouterr().err
    service = TeamConnector(data).open(ANN)
    for n in range(3):
        service.request_approval(ApprovalKind.REFUND, "DE", "incident", f"I-{n}",
                                 Money.of(300, "EUR"), "x")
    service.close()
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 0
    assert "whole: 3 entries" in capsys.readouterr().out
    url = f"sqlite:///{data / 'team.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET amount_minor = 100 WHERE seq = 2"))
    engine.dispose()
    assert cli.main(["audit", "verify", "--team-url", url]) == 1
    assert "BROKEN at entry 2" in capsys.readouterr().out

    # On a team server the password comes from the keyring, never the command line.
    saved = TeamConnector(tmp_path / "other").save(TeamConfig(TeamMode.SERVER, postgres_url))
    server = TeamConnector(tmp_path / "other").open(ANN)
    server.audit("incident.closed", market="DE")
    server.close()
    assert cli.main(["audit", "verify", "--team-url", saved.server_url]) == 0
    out = capsys.readouterr().out
    assert "whole: 1 entries" in out and saved.server_url in out

