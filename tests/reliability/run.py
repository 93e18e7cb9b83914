"""``make reliability``: the reliability campaigns at full size, with the table to print.

``python -m tests.reliability.run [--tier full|ci] [--only kill|faults]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.reliability import harness

TIERS: dict[str, dict[str, Any]] = {
    # The CI tier is what `make test` runs (tests/reliability/test_reliability.py).
    "ci": {"kills": 24, "actions": 24, "per_round": 12, "faults": 25, "orders": 1200,
           "page_size": 10, "share": 0.15},
    "full": {"kills": 210, "actions": 40, "per_round": 15, "faults": 1000, "orders": 4000,
             "page_size": 5, "share": 0.5},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run")
    parser.add_argument("--tier", choices=sorted(TIERS), default="full")
    parser.add_argument("--only", choices=("kill", "faults"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    tier = TIERS[args.tier]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="desk-reliability-") as temporary:
        folder = Path(temporary)
        print(f"generating a dataset of {tier['orders']} orders…", file=sys.stderr)
        dataset = harness.generate_dataset(folder / "dataset", tier["orders"])
        kill = None
        faults: list[harness.FaultRun] = []
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
    print(harness.format_report(kill, faults))
    print(f"\n(tier {args.tier}, {time.perf_counter() - started:.0f} s)")
    failed = bool(kill and (kill.lost or kill.duplicated or kill.not_sent
                            or kill.integrity_failures or kill.cache_differences
                            or kill.problems))
    failed = failed or any(run.differences or not run.complete for run in faults)
    if kill and kill.problems:
        print("\n".join(kill.problems[:30]), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
