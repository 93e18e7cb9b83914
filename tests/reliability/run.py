"""``make reliability``: the reliability campaigns at full size, with the table to print.

``python -m tests.reliability.run [--tier full|ci] [--only kill|faults|refunds]``
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.reliability import harness, refund_runs

TIERS: dict[str, dict[str, Any]] = {
    # The CI tier is what `make test` runs (tests/reliability/test_reliability.py).
    "ci": {"kills": 24, "actions": 24, "per_round": 12, "faults": 25, "orders": 1200,
           "page_size": 10, "share": 0.15, "refund_runs": 30},
    "full": {"kills": 210, "actions": 40, "per_round": 15, "faults": 1000, "orders": 4000,
             "page_size": 5, "share": 0.5, "refund_runs": 210},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run")
    parser.add_argument("--tier", choices=sorted(TIERS), default="full")
    parser.add_argument("--only", choices=("kill", "faults", "refunds"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the table is the output, not the desk's log
    tier = TIERS[args.tier]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="desk-reliability-") as temporary:
        folder = Path(temporary)
        print(f"generating a dataset of {tier['orders']} orders…", file=sys.stderr)
        dataset = harness.generate_dataset(folder / "dataset", tier["orders"])
        kill = None
        faults: list[harness.FaultRun] = []
        refunds = None
        with harness.serve(dataset, folder / "server") as served:
            if args.only in (None, "kill"):
                print(f"killing the driver {tier['kills']} times…", file=sys.stderr)
                kill = harness.kill_campaign(
                    served, folder / "desk", kills=tier["kills"],
                    actions_per_round=tier["actions"], kills_per_round=tier["per_round"],
                    seed=args.seed)
            if args.only in (None, "faults"):
                # The full tier gives each kind a sync of its own; the CI tier mixes them.
                groups = ([(kind,) for kind in harness.FAULT_KINDS] if args.tier == "full"
                          else [harness.FAULT_KINDS])
                for kinds in groups:
                    print(f"full sync under {tier['faults']} faults of {', '.join(kinds)}…",
                          file=sys.stderr)
                    faults.append(harness.sync_under_faults(
                        served, folder / "faults", kinds, tier["faults"],
                        page_size=tier["page_size"], share=tier["share"]))
        if args.only in (None, "refunds"):
            print(f"{tier['refund_runs']} refund runs, each on a fresh copy of the sandbox…",
                  file=sys.stderr)
            with refund_runs.synced_cache(dataset.parent, folder / "refund-cache") as cache:
                refunds = refund_runs.refund_campaign(dataset.parent, cache, folder / "refunds",
                                                      tier["refund_runs"], seed=args.seed)
    print(harness.format_report(kill, faults))
    if refunds is not None:
        print("\n" + refund_runs.format_refund_report(refunds))
    print(f"\n(tier {args.tier}, {time.perf_counter() - started:.0f} s)")
    failed = bool(kill and (kill.lost or kill.duplicated or kill.not_sent
                            or kill.integrity_failures or kill.cache_differences
                            or kill.problems))
    failed = failed or any(run.differences or not run.complete for run in faults)
    failed = failed or (refunds is not None and not refunds.ok)
    if kill and kill.problems:
        print("\n".join(kill.problems[:30]), file=sys.stderr)
    if refunds is not None and refunds.problems:
        print("\n".join(refunds.problems[:30]), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
