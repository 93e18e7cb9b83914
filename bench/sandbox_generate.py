"""Sandbox dataset generation time: the desk's demo dataset and the target scale.

The target is 2,000 shops, 200,000 orders and 2,000,000 messages. ``--scale`` generates that
fraction of it (default 0.1) and extrapolates linearly (generation is one pass over the orders,
so time grows with the size); ``--scale 1`` measures the whole target. The floor is the time
to write the same number of rows of the same width with no story behind them (one
``executemany`` per 20,000 rows), measured in the same run: the ratio is what telling the
stories costs.

    .venv/bin/python bench/sandbox_generate.py [--scale 0.1] [--seed 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, insert

from operator_desk.sandbox import db
from operator_desk.sandbox.generator import GenerationSpec, generate

TARGET = {"shops": 2_000, "orders": 200_000, "messages": 2_000_000}


def _generate(spec: GenerationSpec) -> tuple[float, dict[str, int], int]:
    with tempfile.TemporaryDirectory(prefix="sandbox-gen-") as folder:
        path = Path(folder) / "sandbox.sqlite3"
        engine = db.make_engine(db.sqlite_url(path))
        started = time.perf_counter()
        report = generate(engine, spec)
        seconds = time.perf_counter() - started
        engine.dispose()
        totals = {k: report.total(k) for k in ("orders", "messages", "threads", "incidents",
                                               "attachments", "refunds")}
        return seconds, totals, path.stat().st_size


def _floor(rows: int) -> float:
    """Plain rows of a message's width, written the way the generator writes them."""
    with tempfile.TemporaryDirectory(prefix="sandbox-floor-") as folder:
        engine = db.make_engine(db.sqlite_url(Path(folder) / "floor.sqlite3"))
        table = Table("plain", MetaData(), Column("id", String(40), primary_key=True),
                      Column("thread_id", String(40)), Column("seq", Integer),
                      Column("body", Text))
        table.metadata.create_all(engine)
        body = "x" * 420
        started = time.perf_counter()
        for start in range(0, rows, 20_000):
            chunk = [{"id": f"{n:036d}", "thread_id": f"{n // 10:036d}", "seq": n % 10,
                      "body": body} for n in range(start, min(rows, start + 20_000))]
            with engine.begin() as connection:
                connection.execute(insert(table), chunk)
        seconds = time.perf_counter() - started
        engine.dispose()
        return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    demo_seconds, demo, _ = _generate(GenerationSpec(seed=args.seed))
    print(f"demo dataset (3,000 orders): {demo_seconds:.2f} s, {demo['messages']:,} messages")

    sizes = {k: max(1, round(v * args.scale)) for k, v in TARGET.items()}
    spec = GenerationSpec(seed=args.seed, **sizes)
    seconds, totals, size = _generate(spec)
    rows = totals["orders"] + totals["messages"]
    floor = _floor(rows)
    print(f"scale {args.scale:g}: {sizes['shops']:,} shops, {totals['orders']:,} orders, "
          f"{totals['messages']:,} messages, {totals['threads']:,} threads, "
          f"{totals['incidents']:,} incidents, {totals['attachments']:,} attachments, "
          f"{totals['refunds']:,} refunds")
    print(f"  {seconds:.1f} s ({totals['messages'] / seconds:,.0f} messages/s), "
          f"{size / 2**20:.0f} MiB; floor (plain rows) {floor:.1f} s; ratio "
          f"{seconds / floor:.1f}")
    if args.scale < 1:
        print(f"  extrapolated to the target: {seconds / args.scale / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
