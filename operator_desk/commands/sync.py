"""`operator-desk sync`: a headless sync for scripting and benchmarks.

Progress goes to stderr; stdout gets one JSON line per market with what the cache now holds.
The key is read from a keyring profile or from a named environment variable, never from the
command line (it would show in the process list and the shell history).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUSY = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sync", help="sync marketplaces into the local cache without a window",
        description="Sync one stored profile, or one marketplace given by URL, into the cache.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--profile", metavar="NAME", help="a stored connection profile")
    source.add_argument("--base-url", metavar="URL",
                        help="the marketplace's base URL (https, or http to this machine)")
    parser.add_argument("--market", metavar="CC",
                        help="country code of the market (with --base-url)")
    parser.add_argument("--key-env", metavar="VAR",
                        help="environment variable holding the API key (with --base-url)")
    parser.add_argument("--auth", choices=("raw", "bearer"), default="raw",
                        help="send the key raw in Authorization, or as a Bearer token")
    parser.add_argument("--currency", help="the market's currency (default: by country)")
    parser.add_argument("--timezone", help="the market's time zone (default: by country)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="the desk's data folder (default: the platform's data directory)")
    parser.add_argument("--cache", metavar="FILE", type=Path,
                        help="the cache file (default: DIR/cache.sqlite3)")
    parser.add_argument("--wait", type=float, default=300.0, metavar="SECONDS",
                        help="how long to wait for another process syncing the same cache")
    parser.add_argument("--page-size", type=int, default=100, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    from operator_desk.app_paths import data_dir as default_data_dir
    from operator_desk.services.connections import Connections, connect_profiles
    from operator_desk.services.profiles import ProfileStore, StoredProfile
    from operator_desk.services.sync import SyncService
    from operator_desk.store.cache import open_cache
    from operator_desk.store.locks import CacheBusy, CacheLock

    data_dir: Path = args.data_dir or default_data_dir()
    cache_path: Path = args.cache or data_dir / "cache.sqlite3"
    connections: Connections
    if args.base_url:
        if not args.market or not args.key_env:
            return _fail("--base-url needs --market and --key-env")
        key = os.environ.get(args.key_env)
        if not key:
            return _fail(f"the environment variable {args.key_env} is not set or empty")
        options: dict[str, Any] = {"auth_scheme": args.auth, "page_size": args.page_size}
        if args.currency:
            options["currency"] = args.currency.upper()
        if args.timezone:
            options["timezone"] = args.timezone
        try:
            profile = StoredProfile.new(f"{args.market.upper()} ({args.base_url})", args.market,
                                        args.base_url, **options)
        except ValueError as exc:
            return _fail(str(exc))
        connections = connect_profiles([profile], _Fixed(profile.id, key))
    else:
        store = ProfileStore(data_dir)
        stored = store.find(args.profile)
        if stored is None:
            return _fail(f"no profile named {args.profile!r} in {store.path}")
        from operator_desk.services.profiles import KeyringSecrets

        connections = connect_profiles([stored], KeyringSecrets())
    if not connections.connectors:
        links = "; ".join(f"{m}: {link.detail or link.state.value}"
                          for m, link in connections.links.items())
        return _fail(f"no usable connection ({links})")

    lock = CacheLock(cache_path)
    try:
        lock.acquire(args.wait, lambda: print(
            f"waiting for another process syncing {cache_path} ...", file=sys.stderr))
    except CacheBusy:
        return _fail(f"another process is syncing {cache_path}; try again later", EXIT_BUSY)
    try:
        cache = open_cache(cache_path)
        if cache.report.rebuilt_reason:
            print(f"the cache was rebuilt because {cache.report.rebuilt_reason}",
                  file=sys.stderr)
        service = SyncService(cache, connections)
        service.register_markets()
        started = time.perf_counter()

        def progress(p: Any) -> None:
            total = f"/{p.total}" if p.total else ""
            print(f"{p.market} {p.stage}: {p.done}{total}", file=sys.stderr, flush=True)

        summary = service.sync(progress)
        elapsed = time.perf_counter() - started
        counts = service.counts()
        for link in summary.links:
            row = {"market": link.market, **counts.get(link.market, {}),
                   "elapsed_s": round(elapsed, 3)}
            if link.state.value != "online":
                row["error"] = link.state.value
            print(json.dumps(row), flush=True)
        cache.dispose()
        failed = [link for link in summary.links if link.state.value != "online"]
        for link in failed:
            print(f"error: {link.market}: {link.state.value} {link.detail}", file=sys.stderr)
        return EXIT_FAILED if failed else 0
    finally:
        lock.release()
        connections.close()


class _Fixed:
    """The one key of a profile-less run."""

    def __init__(self, profile_id: str, key: str) -> None:
        self._id, self._key = profile_id, key

    def get(self, profile_id: str) -> str | None:
        return self._key if profile_id == self._id else None

