"""Policy findings at scale: scanning 100,000 seller messages into the findings store.

    .venv/bin/python bench/findings_bench.py --sellers 100000

1. Fills a cache (bench/out/findings-<N>.sqlite3, reused when present) directly with order
   threads in four markets: a customer's message and a seller's answer each, the seller's
   drawn from the sandbox generator's seller texts (answers, resolutions, apologies, off-platform
   contact, marketing, non-answers, hard negatives) in the market's language, one customer in
   seven writing (and being answered) in English.
2. Floor: ``PolicyScanner.scan`` of the same seller bodies in memory (the text the desk shows,
   in the language the store picks), no SQL: what any scan of them costs on this machine.
3. The pass the sync runs after each market (``FindingsComputer.catch_up``) over a fresh copy
   of the cache, markets one after the other and then side by side in threads as the sync
   engine runs them; then the same pass again with nothing new (what every later sync pays).
4. A reader: ``FindingsService.for_messages`` for 1,000 seller messages already stored (the
   case pane and the thread view), against scanning them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

MARKETS = {"DE": ("de", "de_DE"), "ES": ("es", "es_ES"), "NL": ("nl", "nl_NL"),
           "CH": ("de", "de_CH")}
SELLER_TEXTS = ("seller_reply", "seller_resolved", "seller_answer", "seller_late_apology",
                "seller_off_platform", "seller_marketing", "seller_non_answer",
                "hard_negatives")
CUSTOMER_TEXTS = ("customer_open", "customer_question")


def timed[T](fn: Callable[[], T]) -> tuple[float, float, T]:
    """(wall seconds, CPU seconds of this process, result): the machine is shared, so ratios
    use CPU time, which other programs' load does not inflate."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _texts(language: str, groups: tuple[str, ...]) -> list[str]:
    data = json.loads((ROOT / "operator_desk" / "sandbox" / "texts" / f"{language}.json")
                      .read_text("utf-8"))["messages"]
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for group in groups:
        walk(data.get(group, []))
    return found


def _fill(template: str, rng: random.Random, order: str) -> str:
    values = {"order": order, "name": "Kim Muster", "customer": "Kim Muster",
              "product": "Kaffeevollautomat", "date": "12.03.", "days": str(rng.randint(2, 20)),
              "tracking": "JJD00039", "carrier": "DHL", "city": "Köln", "seller": "TechWelt",
              "amount": f"{rng.randint(5, 900)},{rng.randint(10, 99)} €"}
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(1)), template)


def fill_cache(path: Path, sellers: int, seed: int) -> float:
    """``sellers`` order threads, each with a customer's message and a seller's answer."""
    from operator_desk.store.cache import open_cache

    started = time.perf_counter()
    open_cache(path).dispose()
    rng = random.Random(seed)
    seller_texts = {lang: _texts(lang, SELLER_TEXTS) for lang in ("de", "es", "nl", "en")}
    customer_texts = {lang: _texts(lang, CUSTOMER_TEXTS) for lang in ("de", "es", "nl", "en")}
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
    anchor = datetime(2026, 11, 20, tzinfo=UTC)

    def stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    with connection:
        for code, (language, locale) in MARKETS.items():
            connection.execute(
                "INSERT OR REPLACE INTO markets (code, name, currency, timezone, "
                "response_rule, language, derived_incidents) VALUES (?,?,?,?,?,?,0)",
                (code, code, "EUR", "Europe/Berlin", "hours:48", language))
            connection.executemany(
                "INSERT INTO shops (market, shop_id, name, state, locale) VALUES (?,?,?,?,?)",
                [(code, f"S{n}", f"Shop {n}", "OPEN", locale) for n in range(500)])
        orders, threads, messages = [], [], []
        for n in range(sellers):
            code = ("DE", "DE", "ES", "NL", "CH")[n % 5]
            language = MARKETS[code][0] if n % 7 else "en"
            locale = "en_GB" if language == "en" else MARKETS[code][1]
            order_id = f"{code}{1_000_000 + n}"
            created = anchor - timedelta(minutes=rng.randint(60, 400 * 24 * 60))
            answered = created + timedelta(minutes=rng.randint(30, 3000))
            orders.append((code, order_id, order_id, f"S{n % 500}", f"Shop {n % 500}",
                           f"C{n}", "Kim", "Muster", locale, "SHIPPED", "EUR", 10_000, 0,
                           stamp(created), stamp(answered), 0))
            threads.append((code, f"t{n}", "Lieferung", "MMP_ORDER", order_id, stamp(created),
                            stamp(answered), stamp(answered), 2, "[]"))
            customer = _fill(rng.choice(customer_texts[language]), rng, order_id)
            seller = _fill(rng.choice(seller_texts[language]), rng, order_id)
            messages.append((code, f"c{n}", f"t{n}", stamp(created), "CUSTOMER_USER", "Kim",
                             '[{"type": "SHOP", "display_name": "", "id": null}]', customer,
                             "[]"))
            messages.append((code, f"s{n}", f"t{n}", stamp(answered), "SHOP_USER", "Shop",
                             '[{"type": "CUSTOMER", "display_name": "", "id": null}]', seller,
                             "[]"))
        connection.executemany(
            "INSERT INTO orders (market, order_id, commercial_id, shop_id, shop_name, "
            "customer_id, customer_firstname, customer_lastname, customer_locale, state, "
            "currency, total_minor, shipping_minor, created, last_updated, has_incident) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", orders)
        connection.executemany(
            "INSERT INTO threads (market, thread_id, topic, entity_type, entity_id, created, "
            "updated, last_message, message_count, participants) VALUES (?,?,?,?,?,?,?,?,?,?)",
            threads)
        connection.executemany(
            "INSERT INTO messages (market, message_id, thread_id, created, sender_type, "
            "sender_name, recipients, body, attachments) VALUES (?,?,?,?,?,?,?,?,?)", messages)
    connection.execute(
        "CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN "
        "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return time.perf_counter() - started


def floor(path: Path) -> tuple[float, float, int, int]:
    """Scan every seller message in memory: (wall s, CPU s, messages, flagged)."""
    from operator_desk.domain.policy import PolicyScanner
    from operator_desk.domain.policy.stored import message_language, scanned_text

    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT m.body, o.customer_locale, s.locale, k.language FROM messages m "
        "JOIN threads t ON t.market = m.market AND t.thread_id = m.thread_id "
        "JOIN orders o ON o.market = t.market AND o.order_id = t.entity_id "
        "LEFT JOIN shops s ON s.market = o.market AND s.shop_id = o.shop_id "
        "JOIN markets k ON k.code = m.market "
        "WHERE m.sender_type IN ('SHOP', 'SHOP_USER')").fetchall()
    connection.close()
    scanner = PolicyScanner()
    scanner.scan("warm up", "de")

    def scan_all() -> int:
        return sum(1 for body, customer, shop, market in rows
                   if scanner.scan(scanned_text(body), message_language(customer, shop, market)))

    wall, cpu, flagged = timed(scan_all)
    return wall, cpu, len(rows), flagged


def copy_of(path: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(path, target)
    return target


def passes(path: Path, folder: Path) -> dict[str, float]:
    from operator_desk.store.cache import open_cache
    from operator_desk.store.findings import FindingsRepository
    from operator_desk.sync.findings import FindingsComputer

    result: dict[str, float] = {}
    # Markets one after the other, in one thread.
    cache = open_cache(copy_of(path, folder, "serial.sqlite3"))
    computer = FindingsComputer(cache)
    computer.key  # rules read, tables made: not part of the pass  # noqa: B018
    result["serial"], result["serial_cpu"], scanned = timed(
        lambda: sum(computer.catch_up(market) for market in MARKETS))
    result["scanned"] = scanned
    with cache.read() as session:
        result["flagged"] = FindingsRepository(session).count(key=computer.key, flagged=True)
    # Nothing new: what every later sync pays.
    result["again"], _cpu, again = timed(
        lambda: sum(computer.catch_up(market) for market in MARKETS))
    assert again == 0
    result["reader"], result["reader_scan"] = reader(cache, computer)
    cache.dispose()
    # Side by side, one thread per market, as the sync engine runs them.
    cache = open_cache(copy_of(path, folder, "threads.sqlite3"))
    computer = FindingsComputer(cache)
    computer.key  # noqa: B018

    def side_by_side() -> int:
        with ThreadPoolExecutor(len(MARKETS)) as pool:
            return sum(pool.map(computer.catch_up, MARKETS))

    result["threads"], result["threads_cpu"], done = timed(side_by_side)
    assert done == scanned
    cache.dispose()
    return result


def reader(cache: object, computer: object) -> tuple[float, float]:
    """``for_messages`` of 1,000 stored seller messages (median of 7), and scanning them."""
    from operator_desk.domain.policy.stored import scanned_text
    from operator_desk.services.findings import FindingsService
    from operator_desk.store.cache import CacheRepository
    from operator_desk.store.database import Database
    from operator_desk.sync.findings import FindingsComputer

    assert isinstance(cache, Database) and isinstance(computer, FindingsComputer)
    service = FindingsService(cache, scanner=computer.scanner)
    with cache.read() as session:
        repo = CacheRepository(session)
        threads = [th for n in range(0, 5_000, 5) for th in repo.threads_for_order(
            "DE", f"DE{1_000_000 + n}")]
    messages = [m for th in threads for m in th.messages]
    times = [timed(lambda: service.for_messages("DE", messages))[1] for _ in range(7)]

    def scan() -> None:
        for message in messages:
            if message.sender_party == "SHOP":
                computer.scanner.scan(scanned_text(message.body), "de")

    return statistics.median(times), timed(scan)[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sellers", type=int, default=100_000,
                        help="seller messages (one order thread each)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"findings-{args.sellers}.sqlite3"
    if not path.exists():
        print(f"filling {path} ...", file=sys.stderr)
        print(f"filled in {fill_cache(path, args.sellers, args.seed):.1f} s", file=sys.stderr)
    base_wall, base, count, flagged = floor(path)
    print(f"floor: {count:,} seller messages scanned in memory in {base_wall:.1f} s "
          f"({base:.1f} s CPU), {flagged:,} with findings", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        result = passes(path, Path(tmp))
    assert result["scanned"] == count and result["flagged"] == flagged, (result, flagged)
    print("| what | seller messages | wall s | CPU s | CPU ms per message | CPU / floor |")
    print("|---|---|---|---|---|---|")
    print(f"| floor: `PolicyScanner.scan` in memory | {count:,} | {base_wall:.1f} | {base:.1f} "
          f"| {base / count * 1000:.2f} | 1.00 |")
    for label, name in (("sync pass (`catch_up`), markets one after the other", "serial"),
                        ("sync pass, one thread per market (as the engine)", "threads")):
        cpu = result[f"{name}_cpu"]
        print(f"| {label} | {count:,} | {result[name]:.1f} | {cpu:.1f} | "
              f"{cpu / count * 1000:.2f} | {cpu / base:.2f} |")
    print(f"| the next sync's pass, nothing new | 0 | {result['again']:.3f} | – | – | – |")
    print(f"| reader: `for_messages` of 1,000 stored (CPU; scanning them: "
          f"{result['reader_scan'] * 1000:.0f} ms) | 1,000 | – | {result['reader']:.3f} | "
          f"{result['reader']:.3f} | {result['reader'] / result['reader_scan']:.2f} of a scan |")
    print(f"\n{result['flagged']:,} of {count:,} seller messages with findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
