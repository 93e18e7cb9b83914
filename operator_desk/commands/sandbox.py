"""`operator-desk sandbox serve|generate`: the sandbox marketplace as a process of its own."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

from operator_desk.sandbox.generator import GenerationSpec, generate


def _default_dir() -> Path:
    from operator_desk.app_paths import data_dir

    return data_dir() / "sandbox"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sandbox", help="the embedded sandbox marketplace")
    commands = parser.add_subparsers(dest="sandbox_command", required=True)

    serve = commands.add_parser("serve", help="serve a sandbox dataset over HTTP")
    serve.add_argument("--data", metavar="DIR", type=Path, default=None,
                       help="dataset folder (reused if it holds one, else generated there)")
    serve.add_argument("--port", type=int, default=8650, help="TCP port; 0 picks a free one")
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    serve.add_argument("--seed", type=int, default=7, help="seed for a newly generated dataset")
    serve.add_argument("--db-url", metavar="URL",
                       help="SQLAlchemy URL of the sandbox store instead of DIR/sandbox.sqlite3")
    serve.add_argument("--simulate", action="store_true",
                       help="let the marketplace live: customers and sellers act on their own")
    serve.add_argument("--speed", type=float, default=1.0,
                       help="sandbox time runs this many times faster than real time")
    serve.add_argument("--test-controls", action="store_true",
                       help="enable /api/x-desk/test/... (clock, simulator steps, faults)")
    serve.add_argument("--faults", metavar="SPEC", default="",
                       help="inject faults, e.g. '429:0.1:retry=2,latency:200ms:0.2' "
                            "(docs/SANDBOX_API.md)")
    serve.set_defaults(func=_serve)

    gen = commands.add_parser("generate", help="generate a dataset into a folder")
    gen.add_argument("--data", metavar="DIR", type=Path, required=True)
    gen.add_argument("--seed", type=int, default=7)
    gen.add_argument("--shops", type=int, default=120)
    gen.add_argument("--orders", type=int, default=3000)
    gen.add_argument("--messages", type=int, default=0,
                     help="aim for about this many messages (adds back-and-forth to threads)")
    gen.add_argument("--markets", default="DE,ES,NL,CH")
    gen.add_argument("--db-url", metavar="URL")
    gen.set_defaults(func=_generate)


def _progress(label: str, done: int, total: int) -> None:
    print(f"  {label}: {done}/{total}", file=sys.stderr, flush=True)


def _serve(args: argparse.Namespace) -> int:
    from operator_desk.sandbox.faults import FaultSpecError, parse_spec
    from operator_desk.sandbox.server import SandboxServer, open_dataset

    try:
        parse_spec(args.faults)
    except FaultSpecError as exc:
        print(f"error: --faults: {exc}", file=sys.stderr)
        return 2
    if not 0 < args.speed <= 100_000:
        print("error: --speed must be more than 0 and at most 100000", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    data_dir: Path = args.data or _default_dir()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: the sandbox listens on {args.host}; its demo keys are not secrets",
              file=sys.stderr)
    engine = open_dataset(data_dir, seed=args.seed, url=args.db_url, progress=_progress)
    try:
        server = SandboxServer(engine, data_dir, host=args.host, port=args.port,
                               faults=args.faults, test_controls=args.test_controls,
                               simulate=args.simulate, speed=args.speed)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    # keys.json is complete before this line: scripts wait for it, then read the keys.
    print(f"listening on {server.info.root_url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def _generate(args: argparse.Namespace) -> int:
    from operator_desk.sandbox import db
    from operator_desk.sandbox.catalog import MARKETS

    markets = tuple(m.strip().upper() for m in args.markets.split(",") if m.strip())
    unknown = [m for m in markets if m not in MARKETS]
    if unknown or not markets:
        print(f"error: --markets: unknown market {unknown[0] if unknown else '(none)'}; "
              f"choose from {', '.join(MARKETS)}", file=sys.stderr)
        return 2
    for name in ("shops", "orders", "messages"):
        if getattr(args, name) < 0:
            print(f"error: --{name} cannot be negative", file=sys.stderr)
            return 2
    data_dir: Path = args.data
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(args.db_url or db.sqlite_url(data_dir / "sandbox.sqlite3"))
    spec = GenerationSpec(seed=args.seed, markets=markets, shops=args.shops, orders=args.orders,
                          messages=args.messages)
    started = time.perf_counter()
    report = generate(engine, spec, _progress)
    elapsed = time.perf_counter() - started
    for market, counts in report.markets.items():
        print(f"{market}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"generated in {elapsed:.1f} s into {data_dir}")
    return 0
