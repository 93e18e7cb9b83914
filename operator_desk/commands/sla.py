"""`operator-desk sla deadline`: when is a seller's answer due on a market.

    operator-desk sla deadline --market DE --received 2026-12-24T10:00:00+01:00 \\
        --rule business-hours:24 [--region BY] [--explain]

prints the deadline as ISO 8601 with the market's UTC offset on stdout. Without ``--rule`` the
market's default rule applies. ``--explain`` adds a one-line explanation on stderr. Bad input
(no offset on ``--received``, a bad rule, an unknown market or region) prints a message on
stderr and exits with 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from operator_desk.domain.sla import (
    DEFAULT_MARKETS,
    MarketCalendarError,
    ResponseRule,
    SlaRuleError,
    explain,
    market_calendar,
)

EXIT_OK = 0
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``sla`` parser with its ``deadline`` sub-command to ``subparsers``."""
    sla = subparsers.add_parser(
        "sla",
        help="response-time (SLA) tools",
        description="Response-time (SLA) tools for seller answers to buyer questions.",
    )
    commands = sla.add_subparsers(dest="sla_command", required=True, metavar="COMMAND")
    markets = ", ".join(
        f"{code} ({d.time_zone}, default {d.default_rule})" for code, d in DEFAULT_MARKETS.items()
    )
    dl = commands.add_parser(
        "deadline",
        help="print when the answer to a question is due",
        description="Print when the answer to a question received at --received is due, as "
        "ISO 8601 with the market's UTC offset.",
        epilog=f"Markets: {markets}.",
    )
    dl.add_argument("--market", required=True, metavar="CODE",
                    help="market country code: " + ", ".join(DEFAULT_MARKETS))
    dl.add_argument("--received", required=True, metavar="ISO8601",
                    help="when the question arrived, with a UTC offset or Z, "
                    "e.g. 2026-12-24T10:00:00+01:00")
    dl.add_argument("--rule", metavar="RULE",
                    help="hours:N or business-hours:N (default: the market's rule)")
    dl.add_argument("--region", metavar="CODE",
                    help="region (subdivision) whose holidays also apply, e.g. BY")
    dl.add_argument("--explain", action="store_true",
                    help="also print why the deadline falls where it does (on stderr)")
    dl.set_defaults(func=run_deadline)


def _parse_received(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise SlaRuleError(
            f"--received {text!r} is not an ISO 8601 date and time, "
            "e.g. 2026-12-24T10:00:00+01:00"
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise SlaRuleError(
            f"--received {text!r} has no UTC offset; add one or Z, "
            "e.g. 2026-12-24T10:00:00+01:00 or 2026-12-24T09:00:00Z"
        )
    return value


def run_deadline(args: argparse.Namespace) -> int:
    """Run ``sla deadline`` for parsed ``args``; returns the exit code (0, or 2 on bad input)."""
    try:
        calendar = market_calendar(args.market, args.region)
        if args.rule is None:
            rule = DEFAULT_MARKETS[calendar.country].default_rule
        else:
            rule = ResponseRule.parse(args.rule)
        received = _parse_received(args.received)
        explanation = explain(received, rule, calendar)
    except (SlaRuleError, MarketCalendarError) as exc:
        print(f"operator-desk sla deadline: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OverflowError:
        print(f"operator-desk sla deadline: error: the deadline for {args.received!r} falls "
              "outside the dates this tool can represent", file=sys.stderr)
        return EXIT_USAGE
    print(explanation.deadline.isoformat())
    if args.explain:
        print(explanation.summary, file=sys.stderr)
    return EXIT_OK
