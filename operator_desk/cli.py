"""Command line: `operator-desk` opens the desk; sub-commands run headless tools.

Sub-commands live in ``operator_desk.commands.<name>``; each module has ``register(subparsers)``
which adds its parser and sets ``func``. They are imported only when named, so the GUI start
does not pay for them (and vice versa).
"""

from __future__ import annotations

import time

STARTED = time.monotonic()  # the desk's code starts here; --self-test reports from it

import argparse  # noqa: E402 - after the clock reading on purpose
import importlib  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

# name -> module under operator_desk.commands; each adds its own parser.
COMMANDS: dict[str, str] = {
    "sandbox": "sandbox",
    "sync": "sync",
    "sla": "sla",
    "policy": "policy",
    "audit": "audit",
}


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="operator-desk",
        description="Operator Desk: customer care for marketplace operators. "
        "Without a sub-command, opens the desk on the embedded sandbox marketplace.",
        epilog="Sub-commands: " + ", ".join(COMMANDS) + " (operator-desk <command> --help).",
    )
    parser.add_argument("--offline", action="store_true",
                        help="do not start the embedded sandbox; work from the local cache")
    parser.add_argument("--sandbox", action="store_true",
                        help="use the embedded sandbox even when connection profiles exist")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the cache and the sandbox data live "
                        "(default: the platform's user data directory)")
    parser.add_argument("--seed", type=int, default=7,
                        help="seed for the embedded sandbox's demo data on first start")
    parser.add_argument("--role", choices=("agent", "reviewer", "supervisor"),
                        default="supervisor",
                        help="which demo user of the embedded sandbox to sign in as")
    parser.add_argument("--simulate", action="store_true",
                        help="let the embedded sandbox live: its customers and sellers write, "
                        "mark incidents solved and dispute on their own (for training)")
    parser.add_argument("--speed", type=_sandbox_speed, default=1.0, metavar="X",
                        help="with --simulate: the sandbox's time runs X times faster")
    parser.add_argument("--language", metavar="LANG",
                        help="interface language (en, de, es, nl; pseudo for layout checks); "
                        "default: the one chosen in the Desk menu, else the system's")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="open, sync, save a screenshot of the window to PNG and quit")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen on the embedded sandbox in a "
                        "temporary data folder (unless --data-dir), sync once, check the "
                        "queue, exit 0 (1 with a message on failure)")
    parser.add_argument("--startup-probe", action="store_true",
                        help="print when the window was first painted and when the queue "
                        "showed (time.monotonic()), then quit (for bench/startup_bench.py)")
    return parser


def _sandbox_speed(text: str) -> float:
    try:
        speed = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < speed <= 100_000:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 100000")
    return speed


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        parser = argparse.ArgumentParser(prog="operator-desk")
        subparsers = parser.add_subparsers(dest="command", required=True)
        module = importlib.import_module(f"operator_desk.commands.{COMMANDS[args[0]]}")
        module.register(subparsers)
        parsed = parser.parse_args(args)
        result: int = parsed.func(parsed)
        return result
    parsed = _gui_parser().parse_args(args)
    from operator_desk.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(parsed)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
