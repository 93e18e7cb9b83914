"""Start-up: process start to the first painted main window, against a bare PySide6 window.

    .venv/bin/python bench/startup_bench.py --incidents 100000 --messages 1000000 --repeat 9
    .venv/bin/python bench/startup_bench.py ... --packaged dist/operator-desk   (also the build)

1. Fills a cache with ``--incidents`` incidents (their orders, lines and threads) and
   ``--messages`` messages directly through the cache schema (``open_cache`` creates it; rows
   go in with ``sqlite3.executemany``, full-text index rebuilt once) into
   bench/out/startup-<incidents>-<messages>/sandbox/cache.sqlite3, reused when present.
2. Runs, interleaved, ``--repeat`` times each: the floor (bench/bare_window.py: PySide6, a
   QMainWindow with a menu bar, a status bar and a label) and the desk
   (``operator-desk --data-dir ... --offline --startup-probe``). Each prints
   ``time.monotonic()`` at its first paint; this script reads the clock before starting the
   process, so both figures include the interpreter's start.
   The package's modules are byte-compiled first (as in an installed desk).
3. Reports medians, the ratio desk/floor (goal <= 1.5) and, for the desk, the time until the
   queue showed its first page from the big cache, and which slow modules (SQLAlchemy,
   requests, keyring, Babel, ...) were loaded before the first paint (should be none).
Offscreen (QT_QPA_PLATFORM=offscreen) unless --platform says otherwise (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
MARKETS = (("DE", "EUR", "Europe/Berlin", "de"), ("ES", "EUR", "Europe/Madrid", "es"),
           ("NL", "EUR", "Europe/Amsterdam", "nl"), ("CH", "CHF", "Europe/Zurich", "de"))
STATUSES = (("RESOLVED", 25), ("OPEN", 40), ("CLOSED", 30), ("DISPUTED", 5))
WORDS = ("Paket", "pedido", "bestelling", "order", "refund", "Erstattung", "reembolso",
         "tracking", "Lieferung", "entrega", "levering", "damaged", "beschädigt", "roto",
         "kapot", "invoice", "Rechnung", "factura", "factuur", "please", "bitte", "por favor",
         "graag", "thanks", "danke", "gracias", "bedankt", "seller", "Händler", "vendedor")


def _time(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def build_cache(path: Path, incidents: int, messages: int, seed: int = 5) -> float:
    """A cache of the given size, made the fast way; returns seconds (nan when reused)."""
    marker = path.parent / "built.json"
    if path.exists() and marker.exists() and \
            json.loads(marker.read_text()) == [incidents, messages, seed]:
        return float("nan")
    started = time.perf_counter()
    for leftover in path.parent.glob("cache.sqlite3*"):
        leftover.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    from operator_desk.store.cache import open_cache

    open_cache(path).dispose()  # the schema, its version and the full-text index
    rng = random.Random(seed)
    now = datetime.now(UTC)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
    db.executemany(
        "INSERT INTO markets (code, name, currency, timezone, response_rule, language, "
        "base_url, derived_incidents, last_sync) VALUES (?,?,?,?,?,?,?,0,?)",
        [(code, f"Bench {code}", currency, zone, "hours:48", language,
          f"http://127.0.0.1:9/{code.lower()}", _time(now)) for code, currency, zone, language
         in MARKETS])
    shops = [(code, str(2000 + n), f"Shop {n} {code}") for code, *_ in MARKETS
             for n in range(250)]
    db.executemany("INSERT INTO shops (market, shop_id, name, state, grade, locale) "
                   "VALUES (?,?,?,'OPEN',4.2,'de_DE')", shops)
    statuses = [status for status, weight in STATUSES for _ in range(weight)]
    per_thread = max(1, messages // max(incidents, 1))
    message_id = 0
    batch_orders, batch_lines, batch_incidents, batch_threads, batch_messages = \
        [], [], [], [], []

    def flush() -> None:
        db.executemany(
            "INSERT INTO orders (market, order_id, commercial_id, shop_id, shop_name, "
            "customer_id, customer_firstname, customer_lastname, customer_email, "
            "customer_locale, state, currency, total_minor, shipping_minor, created, "
            "last_updated, has_incident) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            batch_orders)
        db.executemany(
            "INSERT INTO order_lines (market, order_line_id, order_id, line_index, "
            "product_title, quantity, unit_price_minor, price_minor, shipping_minor, "
            "total_minor, state, can_refund, refunds) VALUES (?,?,?,0,?,1,?,?,0,?, "
            "'INCIDENT_OPEN',1,'[]')", batch_lines)
        db.executemany(
            "INSERT INTO incidents (market, incident_id, order_id, order_line_id, status, "
            "opened, opening_reason_code, opened_by, last_action, last_action_by, resolved, "
            "resolution_reason_code, resolution_message, closed) "
            "VALUES (?,?,?,?,?,?,'ITEM_NOT_RECEIVED','CUSTOMER',?,'SHOP',?,?,?,?)",
            batch_incidents)
        db.executemany(
            "INSERT INTO threads (market, thread_id, topic, entity_type, entity_id, created, "
            "updated, last_message, message_count, participants) "
            "VALUES (?,?,'Item not received','MMP_ORDER',?,?,?,?,?,'[]')", batch_threads)
        db.executemany(
            "INSERT INTO messages (id, market, message_id, thread_id, created, sender_type, "
            "sender_name, recipients, body, attachments) VALUES (?,?,?,?,?,?,?,'[]',?,'[]')",
            batch_messages)
        for batch in (batch_orders, batch_lines, batch_incidents, batch_threads,
                      batch_messages):
            batch.clear()

    for n in range(incidents):
        market = MARKETS[n % len(MARKETS)][0]
        currency = MARKETS[n % len(MARKETS)][1]
        shop = shops[rng.randrange(len(shops))]
        order_id = f"{market}{1_000_000 + n}-A"
        opened = now - timedelta(minutes=rng.randrange(60, 60 * 24 * 365))
        status = statuses[rng.randrange(len(statuses))]
        resolved = opened + timedelta(hours=rng.randrange(1, 200)) if status in (
            "RESOLVED", "CLOSED") else None
        closed = resolved + timedelta(hours=5) if status == "CLOSED" and resolved else None
        amount = rng.randrange(500, 150_000)
        batch_orders.append((market, order_id, order_id, shop[1], shop[2], f"C{n}",
                             "Anna", f"Kunde{n}", f"anna{n}@mail.example.org", "de_DE",
                             "SHIPPED", currency, amount, 499, _time(opened),
                             _time(opened), ))
        batch_lines.append((market, f"{order_id}-1", order_id, f"Product {n % 977}",
                            amount, amount, amount))
        last = closed or resolved or opened
        batch_incidents.append((market, f"inc-{n}", order_id, f"{order_id}-1", status,
                                _time(opened), _time(last), _time(resolved) if resolved
                                else None, "ITEM_RESHIPPED" if resolved else None,
                                "Item re-shipped, new tracking number" if resolved else None,
                                _time(closed) if closed else None))
        count = per_thread if n < incidents - 1 else max(1, messages - message_id)
        batch_threads.append((market, f"th-{n}", order_id, _time(opened), _time(last),
                              _time(last), count))
        for k in range(count):
            message_id += 1
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(12, 60)))
            sender = ("CUSTOMER", "SHOP", "OPERATOR")[k % 3]
            batch_messages.append((message_id, market, f"m-{message_id}", f"th-{n}",
                                   _time(opened + timedelta(hours=k)), sender,
                                   f"{sender.title()} {n}", body))
        if len(batch_messages) >= 50_000:
            flush()
    flush()
    db.commit()
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
    from operator_desk.store.cache_schema import FTS_INSERT_TRIGGER

    db.execute(FTS_INSERT_TRIGGER)
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    marker.write_text(json.dumps([incidents, messages, seed]))
    return time.perf_counter() - started


def _run(command: list[str], env: dict[str, str]) -> dict[str, float | str]:
    started = time.monotonic()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=300, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}): {result.stderr[-2000:]}")
    found: dict[str, float | str] = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("first-paint", "queue-shown"):
            found[key] = float(value) - started
        elif key == "before-first-paint":
            found[key] = value
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM")
    parser.add_argument("--packaged", type=Path, help="also time this packaged app folder")
    args = parser.parse_args()
    data = OUT / f"startup-{args.incidents}-{args.messages}"
    cache = data / "sandbox" / "cache.sqlite3"
    built = build_cache(cache, args.incidents, args.messages)
    size = cache.stat().st_size / 2**20
    print(f"cache: {cache} ({size:.0f} MiB; "
          f"{'reused' if built != built else f'built in {built:.0f} s'})")
    # Byte-code as an installed desk has it (pip compiles at install; the package ships
    # .pyc): without it, a shell with PYTHONDONTWRITEBYTECODE compiles every module each run.
    import compileall

    compileall.compile_dir(ROOT / "operator_desk", quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
    runs: dict[str, list[dict[str, float | str]]] = {"floor": [], "desk": []}
    commands = {
        "floor": [sys.executable, str(ROOT / "bench" / "bare_window.py")],
        "desk": [sys.executable, "-m", "operator_desk", "--data-dir", str(data), "--offline",
                 "--startup-probe"],
    }
    if args.packaged:
        runs["packaged"] = []
        commands["packaged"] = [str(args.packaged / "operator-desk"), "--data-dir", str(data),
                                "--offline", "--startup-probe"]
    for command in commands.values():  # warm the disk cache once, unmeasured
        _run(command, env)
    for _ in range(args.repeat):
        for name, command in commands.items():
            runs[name].append(_run(command, env))

    def median(name: str, key: str) -> float:
        return statistics.median(float(r[key]) for r in runs[name] if key in r)

    def fastest(name: str, key: str) -> float:
        return min(float(r[key]) for r in runs[name] if key in r)

    floor = median("floor", "first-paint")
    floor_min = fastest("floor", "first-paint")
    results: dict[str, object] = {"incidents": args.incidents, "messages": args.messages,
                                  "repeat": args.repeat, "platform": args.platform,
                                  "floor_first_paint_ms": round(floor * 1000, 1),
                                  "floor_first_paint_min_ms": round(floor_min * 1000, 1)}
    # Medians are the figure; the fastest runs show the cost without other processes'
    # noise (the machine is shared: both are reported).
    print(f"{'':10} {'first paint ms':>15} {'ratio':>7} {'fastest ms':>11} {'ratio':>7} "
          f"{'queue shown ms':>15}  slow imports before the paint")
    print(f"{'floor':10} {floor * 1000:15.0f} {1:7.2f} {floor_min * 1000:11.0f} {1:7.2f}")
    for name in runs:
        if name == "floor":
            continue
        paint = median(name, "first-paint")
        paint_min = fastest(name, "first-paint")
        queue = median(name, "queue-shown")
        slow = sorted({str(r.get("before-first-paint", "?")) for r in runs[name]})
        print(f"{name:10} {paint * 1000:15.0f} {paint / floor:7.2f} {paint_min * 1000:11.0f} "
              f"{paint_min / floor_min:7.2f} {queue * 1000:15.0f}  {', '.join(slow)}")
        results[name] = {"first_paint_ms": round(paint * 1000, 1),
                         "ratio": round(paint / floor, 3),
                         "first_paint_min_ms": round(paint_min * 1000, 1),
                         "ratio_fastest": round(paint_min / floor_min, 3),
                         "queue_shown_ms": round(queue * 1000, 1),
                         "slow_imports_before_paint": slow}
    (OUT / "startup.json").write_text(json.dumps(results, indent=2))
    ratio = float(results["desk"]["ratio"])  # type: ignore[index]
    print(f"goal: desk/floor <= 1.5 -> {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
