"""`operator-desk audit verify`: check that the team's audit log is whole.

    operator-desk audit verify [--team-url URL | --data-dir DIR]

Without options it checks the team store this desk is configured for (``DIR/team.json``:
the local ``team.sqlite3`` when working alone, else the team server, whose password comes
from the OS keyring). Exits 0 and prints the number of entries when every entry matches its
hash and its link to the one before; exits 1 naming the first broken entry; exits 2 when the
store cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_BROKEN = 1
EXIT_UNUSABLE = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="the team's audit log")
    commands = parser.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = commands.add_parser(
        "verify", help="check the audit log's hash chain",
        description="Check that no audit entry was changed, removed or reordered.")
    where = verify.add_mutually_exclusive_group()
    where.add_argument("--team-url", metavar="URL",
                       help="the team store: postgresql://user@host:port/db (password from "
                       "the keyring) or sqlite:///path/team.sqlite3")
    where.add_argument("--data-dir", metavar="DIR", type=Path,
                       help="a desk's data folder: its configured team store "
                       "(default: this user's data folder)")
    verify.set_defaults(func=run_verify)


def _fail(message: str) -> int:
    print(f"operator-desk audit verify: error: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def run_verify(args: argparse.Namespace) -> int:
    """Run ``audit verify`` for parsed ``args``; returns the exit code."""
    from operator_desk.services.team_connection import TeamConnector, TeamPasswords
    from operator_desk.store.database import StoreError
    from operator_desk.store.team_audit import AuditRepository
    from operator_desk.store.team_migrations import (
        display_url,
        normalise_url,
        open_team_store,
        probe_team_store,
    )

    try:
        if args.team_url:
            url = args.team_url
            password = None
            if normalise_url(url).get_backend_name() == "postgresql":
                password = TeamPasswords().get(url)
        else:
            data_dir = args.data_dir
            if data_dir is None:
                from platformdirs import user_data_path

                data_dir = user_data_path("operator-desk", appauthor=False)
            url, password = TeamConnector(data_dir).url_for(TeamConnector(data_dir).load())
        parsed = normalise_url(url)
        if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
            return _fail(f"there is no team store at {parsed.database}")
        if probe_team_store(url, password).schema_version is None:
            return _fail(f"{display_url(url)} holds no team store")
        store = open_team_store(url, password)
    except StoreError as exc:
        return _fail(exc.user_message)
    try:
        with store.read() as session:
            report = AuditRepository(session).verify()
    except StoreError as exc:
        return _fail(exc.user_message)
    finally:
        store.dispose()
    if report.ok:
        print(f"audit log whole: {report.count} entries ({store.display_url})")
        return EXIT_OK
    print(f"audit log BROKEN at entry {report.broken_seq}: {report.reason} "
          f"({report.count} entries before it are whole; {store.display_url})")
    return EXIT_BROKEN
