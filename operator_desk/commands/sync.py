"""`operator-desk sync`: a headless sync for scripting, benchmarks and the desk itself.

Progress goes to stderr; stdout gets one JSON line per market with what the cache now holds.
The key is read from a keyring profile, a sandbox's keys.json or a named environment
variable, never from the command line (it would show in the process list and the history).

The desk runs its syncs through this command in a child process (``--feed``: JSON events on
stdout), so parsing thousands of records never competes with the window for Python's GIL.
Events: ``link`` (a market's connection state), ``progress`` (stage and counts), ``changed``
(a market and the incident ids whose queue rows changed, one batch per page written: the
desk updates those rows while the sync runs), ``done`` (the summary) and ``busy``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUSY = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sync", help="sync marketplaces into the local cache without a window",
        description="Sync stored profiles, a sandbox, or one marketplace given by URL, into "
                    "the local cache.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--profile", metavar="NAME", help="a stored connection profile")
    source.add_argument("--all-profiles", action="store_true",
                        help="every stored connection profile")
    source.add_argument("--sandbox-keys", metavar="FILE", type=Path,
                        help="every market of a sandbox, from its keys.json")
    source.add_argument("--base-url", metavar="URL",
                        help="the marketplace's base URL (https, or http to this machine)")
    parser.add_argument("--market", metavar="CC",
                        help="country code of the market (with --base-url)")
    parser.add_argument("--key-env", metavar="VAR",
                        help="environment variable holding the API key (with --base-url)")
    parser.add_argument("--auth", choices=("raw", "bearer"), default="raw",
                        help="send the key raw in Authorization, or as a Bearer token")
    parser.add_argument("--role", choices=("agent", "reviewer", "supervisor"),
                        default="agent", help="which sandbox key to use (with --sandbox-keys)")
    parser.add_argument("--currency", help="the market's currency (default: by country)")
    parser.add_argument("--timezone", help="the market's time zone (default: by country)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="the desk's data folder (default: the platform's data directory)")
    parser.add_argument("--cache", metavar="FILE", type=Path,
                        help="the cache file (default: DIR/cache.sqlite3)")
    parser.add_argument("--wait", type=float, default=300.0, metavar="SECONDS",
                        help="how long to wait for another process syncing the same cache")
    parser.add_argument("--feed", action="store_true",
                        help="write JSON events on stdout as the sync goes (for the desk)")
    parser.add_argument("--no-integrity-check", action="store_true",
                        help="do not read the whole cache file to check it before syncing "
                             "(the desk checked it when it opened it)")
    parser.add_argument("--budget", type=float, metavar="N",
                        help="at most N requests per minute to the host (0: no limit; "
                             "default: 60, none for this machine's sandbox)")
    parser.add_argument("--window-days", type=_window_days, metavar="N",
                        help="threads updated in the last N days come with their messages on "
                             "a market's first sync, older ones as headers (messages when "
                             "opened); default: each profile's setting, 365 days")
    parser.add_argument("--page-size", type=int, default=100, help=argparse.SUPPRESS)
    # Worker processes for the policy scan of a large backlog (default: one per core, at
    # most 4; 0 scans in this process).
    parser.add_argument("--scan-workers", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _window_days(text: str) -> int:
    from operator_desk.services.profiles import MAX_SYNC_WINDOW_DAYS

    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 1 <= days <= MAX_SYNC_WINDOW_DAYS:
        raise argparse.ArgumentTypeError(f"between 1 and {MAX_SYNC_WINDOW_DAYS} days")
    return days


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


class _Fixed:
    """The one key of a profile-less run."""

    def __init__(self, profile_id: str, key: str) -> None:
        self._id, self._key = profile_id, key

    def get(self, profile_id: str) -> str | None:
        return self._key if profile_id == self._id else None


def _connections(args: argparse.Namespace, data_dir: Path) -> Any:
    """The connections the arguments name, or an error message."""
    from operator_desk.domain.models import Role
    from operator_desk.services.connections import connect_profiles, connect_sandbox
    from operator_desk.services.profiles import ProfileStore, StoredProfile
    from operator_desk.services.secrets import SecretStore

    if args.sandbox_keys:
        if not args.sandbox_keys.exists():
            return f"no sandbox keys at {args.sandbox_keys}"
        return connect_sandbox(args.sandbox_keys, Role(args.role))
    if args.base_url:
        if not args.market or not args.key_env:
            return "--base-url needs --market and --key-env"
        key = os.environ.get(args.key_env)
        if not key:
            return f"the environment variable {args.key_env} is not set or empty"
        options: dict[str, Any] = {"auth_scheme": args.auth, "page_size": args.page_size}
        if args.budget is not None:
            options["requests_per_minute"] = args.budget or None
        if args.currency:
            options["currency"] = args.currency.upper()
        if args.timezone:
            options["timezone"] = args.timezone
        profile = StoredProfile.new(f"{args.market.upper()} ({args.base_url})", args.market,
                                    args.base_url, **options)
        return connect_profiles([profile], _Fixed(profile.id, key))
    store = ProfileStore(data_dir)
    if args.all_profiles:
        profiles = store.load()
        if not profiles:
            return f"no connection profiles in {store.path}"
    else:
        found = store.find(args.profile)
        if found is None:
            return f"no profile named {args.profile!r} in {store.path}"
        profiles = [found]
    return connect_profiles(profiles, SecretStore())


def run(args: argparse.Namespace) -> int:
    from operator_desk.app_paths import data_dir as default_data_dir
    from operator_desk.services.connections import Connections
    from operator_desk.services.sync import SyncService
    from operator_desk.store.cache import open_cache
    from operator_desk.store.locks import CacheBusy, CacheLock
    from operator_desk.sync.findings import FindingsComputer

    feed = _Feed(args.feed)
    if args.feed and hasattr(os, "nice"):
        # A background sync for the desk: the window in front comes first for the CPU.
        os.nice(10)
    data_dir: Path = args.data_dir or default_data_dir()
    cache_path: Path = args.cache or data_dir / "cache.sqlite3"
    try:
        connections = _connections(args, data_dir)
    except ValueError as exc:  # e.g. plain HTTP to a remote host
        return _fail(str(exc))
    if isinstance(connections, str):
        return _fail(connections)
    assert isinstance(connections, Connections)
    for link in connections.links.values():
        feed.link(link)
    if not connections.connectors:
        links = "; ".join(f"{m}: {link.detail or link.state.value}"
                          for m, link in connections.links.items())
        return _fail(f"no usable connection ({links})", EXIT_FAILED)

    lock = CacheLock(cache_path)
    try:
        lock.acquire(args.wait, lambda: print(
            f"waiting for another process syncing {cache_path} ...", file=sys.stderr))
    except CacheBusy:
        feed.event("busy")
        return _fail(f"another process is syncing {cache_path}; try again later", EXIT_BUSY)
    cancel = threading.Event()
    _stop_on_stdin_close(cancel) if args.feed else None
    workers = (args.scan_workers if args.scan_workers is not None
               else min(4, os.cpu_count() or 1))
    findings: FindingsComputer | None = None
    try:
        cache = open_cache(cache_path, check_integrity=not args.no_integrity_check)
        if cache.report.rebuilt_reason:
            print(f"the cache was rebuilt because {cache.report.rebuilt_reason}",
                  file=sys.stderr)
        # Policy findings are scanned here, in the sync's process, not in the desk's.
        findings = FindingsComputer(cache, workers=max(0, workers))
        service = SyncService(cache, connections, findings)
        service.register_markets()
        started = time.perf_counter()

        def progress(p: Any) -> None:
            total = f"/{p.total}" if p.total else ""
            _progress_line(f"{p.market} {p.stage}: {p.done}{total}")
            feed.event("progress", market=p.market, stage=p.stage, done=p.done, total=p.total)

        def changed(market: str, incident_ids: Any) -> None:
            feed.event("changed", market=market, incidents=list(incident_ids))

        summary = service.sync(progress, cancel, changed if args.feed else None,
                               args.window_days)
        elapsed = time.perf_counter() - started
        counts = service.counts()
        for link in summary.links:
            feed.link(link)
            row = {"market": link.market, **counts.get(link.market, {}),
                   "elapsed_s": round(elapsed, 3)}
            if link.state.value != "online":
                row["error"] = link.state.value
            if not args.feed:
                print(json.dumps(row), flush=True)
        feed.event("done", changed_incidents=summary.changed_incidents,
                   problems=summary.problems,
                   finished=summary.finished.isoformat() if summary.finished else None)
        cache.dispose()
        failed = [link for link in summary.links if link.state.value != "online"]
        for link in failed:
            print(f"error: {link.market}: {link.state.value} {link.detail}", file=sys.stderr)
        return EXIT_FAILED if failed else 0
    finally:
        if findings is not None:
            findings.close()
        lock.release()
        connections.close()


_STDERR = threading.Lock()


def _progress_line(text: str) -> None:
    """One progress line on stderr, whole: markets report from threads of their own."""
    with _STDERR:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


class _Feed:
    """JSON events for the desk that started this sync (one object per line).

    Markets sync on threads of their own and all report here. ``print`` writes the text and
    the newline as two writes, so two threads could put two events on one line and the desk
    would drop both: each line is written whole, in one write, under a lock."""

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self._stream = stream
        self._lock = threading.Lock()

    def event(self, kind: str, **fields: Any) -> None:
        if self.enabled:
            line = json.dumps({"event": kind, **fields}) + "\n"
            stream = self._stream or sys.stdout
            with self._lock:
                stream.write(line)
                stream.flush()

    def link(self, link: Any) -> None:
        self.event("link", market=link.market, state=link.state.value, detail=link.detail)


def _stop_on_stdin_close(cancel: threading.Event) -> None:
    """The desk asks a sync to stop by closing its stdin; the sync ends after the page."""

    def watch() -> None:
        try:
            while sys.stdin.read(1):
                pass
        except (OSError, ValueError):
            pass
        cancel.set()

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()
