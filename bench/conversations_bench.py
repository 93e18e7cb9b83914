"""Conversations at scale: full-text search against a LIKE scan, and rendering a long thread.

    .venv/bin/python bench/conversations_bench.py --messages 1000000 --threads 100000

1. Fills a cache (bench/out/conversations-<N>.sqlite3, reused when present) directly with
   realistic rows: threads on orders in four markets, messages whose bodies are the sandbox
   generator's German, Spanish, Dutch and English message texts with names, order numbers and
   amounts filled in. Direct filling (raw sqlite3, one transaction, the FTS index rebuilt in one
   pass as a first sync does) takes about a minute; generating and syncing the same million
   messages over HTTP takes far longer and measures the sync, not the search.
2. Search as the user types: for each query (prefixes typed letter by letter, words, phrases,
   accents left out), p50/p95 of
   - the page's real work: ``ConversationService.first_page``: the count, the first page of
     150 threads with their highlighted excerpts, whether the search was capped (what a
     keystroke costs after the debounce);
   - the raw FTS5 match (200 best messages);
   - the floor: ``LIKE '%word%'`` over the same table (200 messages, and the count).
3. Thread rendering: one thread of 1,000 messages - loading and judging it (SLA, policy),
   building its HTML, and ``setHtml`` in an offscreen QTextBrowser - against a floor: setHtml
   of the same amount of plain text in one paragraph per message.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

MARKETS = {"DE": ("de", "Europe/Berlin", "EUR"), "ES": ("es", "Europe/Madrid", "EUR"),
           "NL": ("nl", "Europe/Amsterdam", "EUR"), "CH": ("de", "Europe/Zurich", "CHF")}
QUERIES = ("r", "rü", "rück", "rückerst", "ruckerstattung", "paket", "pakket", "reembolso",
           "devolucion", "tracking nummer", '"nicht erhalten"', '"niet ontvangen"', "refund",
           "whatsapp", "xqzv")


def _texts(language: str) -> tuple[list[str], list[str], list[str]]:
    data = json.loads((ROOT / "operator_desk" / "sandbox" / "texts" / f"{language}.json")
                      .read_text("utf-8"))
    bodies: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            bodies.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data["messages"])
    return bodies, data["first_names"], data["last_names"]


def _fill(template: str, rng: random.Random, order: str, name: str) -> str:
    values = {"order": order, "name": name, "customer": name, "product": "Kaffeevollautomat",
              "date": "12.03.", "days": str(rng.randint(2, 20)), "tracking": "JJD00039",
              "carrier": "DHL", "amount": f"{rng.randint(5, 900)},{rng.randint(10, 99)} €"}
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(1)), template)


def fill_cache(path: Path, threads: int, messages: int, seed: int) -> float:
    """A cache with ``threads`` order threads and ``messages`` messages (plus one thread of
    1,000 messages for the rendering measurement)."""
    from operator_desk.store.cache import open_cache

    started = time.perf_counter()
    database = open_cache(path)
    database.dispose()
    rng = random.Random(seed)
    corpora = {lang: _texts(lang) for lang in ("de", "es", "nl", "en")}
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
    anchor = datetime(2026, 11, 20, tzinfo=UTC)

    def stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    with connection:
        for code, (language, zone, currency) in MARKETS.items():
            connection.execute(
                "INSERT OR REPLACE INTO markets (code, name, currency, timezone, "
                "response_rule, language, derived_incidents) VALUES (?,?,?,?,?,?,0)",
                (code, code, currency, zone,
                 "business-hours:24" if code == "DE" else "hours:48", language))
        orders, thread_rows, message_rows = [], [], []
        per_thread = max(1, messages // threads)
        message_number = 0
        for n in range(threads):
            code = ("DE", "DE", "ES", "NL", "CH")[n % 5]
            language = MARKETS[code][0] if n % 7 else "en"
            bodies, first, last = corpora[language]
            customer = (rng.choice(first), rng.choice(last))
            order_id = f"{code}{1_000_000 + n}"
            created = anchor - timedelta(minutes=rng.randint(60, 400 * 24 * 60))
            orders.append((code, order_id, order_id, f"S{n % 2000}", f"Shop {n % 2000}",
                           f"C{n}", customer[0], customer[1], "EUR", 10_000,
                           stamp(created), stamp(created), 1))
            count = per_thread if n < threads - 1 else messages - message_number
            count = 1_000 if n == 0 else count
            when = created
            for m in range(count):
                when = when + timedelta(minutes=rng.randint(5, 3000))
                party = ("CUSTOMER", "SHOP", "OPERATOR")[m % 3 if m % 5 else 1]
                to = {"CUSTOMER": ["SHOP", "OPERATOR"], "SHOP": ["CUSTOMER", "OPERATOR"],
                      "OPERATOR": ["SHOP"]}[party]
                body = _fill(rng.choice(bodies), rng, order_id, " ".join(customer))
                message_rows.append((
                    code, f"m{message_number}", f"t{n}", stamp(when), f"{party}_USER",
                    " ".join(customer) if party == "CUSTOMER" else f"Shop {n % 2000}",
                    json.dumps([{"type": p, "display_name": p, "id": None} for p in to]),
                    body, "[]"))
                message_number += 1
            thread_rows.append((code, f"t{n}", "Lieferung", "MMP_ORDER", order_id,
                                stamp(created), stamp(when), stamp(when), count,
                                json.dumps([{"type": "CUSTOMER", "display_name":
                                             " ".join(customer), "id": f"C{n}"}])))
            if len(message_rows) > 100_000:
                _flush(connection, orders, thread_rows, message_rows)
        _flush(connection, orders, thread_rows, message_rows)
        connection.execute("INSERT INTO messages_fts(messages_fts) VALUES('rebuild')")
    connection.execute(
        "CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN "
        "INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body); END")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return time.perf_counter() - started


def _flush(connection: sqlite3.Connection, orders: list[tuple[object, ...]],
           threads: list[tuple[object, ...]], messages: list[tuple[object, ...]]) -> None:
    connection.executemany(
        "INSERT INTO orders (market, order_id, commercial_id, shop_id, shop_name, customer_id, "
        "customer_firstname, customer_lastname, currency, total_minor, shipping_minor, "
        "created, last_updated, has_incident, state) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?,"
        "'SHIPPED')", orders)
    connection.executemany(
        "INSERT INTO threads (market, thread_id, topic, entity_type, entity_id, created, "
        "updated, last_message, message_count, participants) VALUES (?,?,?,?,?,?,?,?,?,?)",
        threads)
    connection.executemany(
        "INSERT INTO messages (market, message_id, thread_id, created, sender_type, "
        "sender_name, recipients, body, attachments) VALUES (?,?,?,?,?,?,?,?,?)", messages)
    orders.clear()
    threads.clear()
    messages.clear()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def timed(fn: object, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def search_bench(path: Path, repeat: int) -> None:
    from operator_desk.domain.conversations import ThreadFilter, ThreadSort
    from operator_desk.domain.search import to_fts_query
    from operator_desk.services.actions import DirectSink
    from operator_desk.services.connections import Connections
    from operator_desk.services.conversations import ConversationService
    from operator_desk.store.cache import CacheRepository, open_cache

    cache = open_cache(path)
    service = ConversationService(cache, Connections(), DirectSink(Connections()))
    service.prepare()
    raw = sqlite3.connect(path)
    total = raw.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"\n## Search over {total:,} messages ({repeat} runs per query)\n")
    print("| query | threads | page p50 ms | page p95 ms | FTS p50 ms | FTS p95 ms "
          "| LIKE p50 ms | LIKE count p50 ms | LIKE / page |")
    print("|---|---|---|---|---|---|---|---|---|")
    pages, likes = [], []
    for query in QUERIES:
        filter_ = ThreadFilter(text=query)
        fts = to_fts_query(query) or ""
        word = query.strip('"').split()[0]
        count = service.thread_count(filter_)
        page = timed(lambda f=filter_: service.first_page(f, ThreadSort(), 150), repeat)

        def fts_only(q: str = fts) -> object:
            with cache.read() as session:
                return CacheRepository(session).search_messages(q, limit=200)

        match = timed(fts_only, repeat)
        like = timed(lambda w=word: raw.execute(
            "SELECT id FROM messages WHERE body LIKE ? LIMIT 200", (f"%{w}%",)).fetchall(),
            max(3, repeat // 4))
        like_count = timed(lambda w=word: raw.execute(
            "SELECT count(*) FROM messages WHERE body LIKE ?", (f"%{w}%",)).fetchone(),
            max(3, repeat // 4))
        pages += page
        likes += like_count
        print(f"| `{query}` | {count:,} | {statistics.median(page):.1f} | "
              f"{percentile(page, 0.95):.1f} | {statistics.median(match):.1f} | "
              f"{percentile(match, 0.95):.1f} | {statistics.median(like):.1f} | "
              f"{statistics.median(like_count):.1f} | "
              f"{statistics.median(like_count) / statistics.median(page):.1f} |")
    print(f"\nAll queries: page p50 {statistics.median(pages):.1f} ms, p95 "
          f"{percentile(pages, 0.95):.1f} ms; LIKE count p50 {statistics.median(likes):.1f} ms")
    plain = timed(lambda: service.first_page(ThreadFilter(), ThreadSort(), 150), repeat)
    print(f"No search (newest first, count + first page): p50 {statistics.median(plain):.1f} "
          f"ms, p95 {percentile(plain, 0.95):.1f} ms")
    raw.close()
    cache.dispose()


def render_bench(path: Path, repeat: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from operator_desk.services.actions import DirectSink
    from operator_desk.services.connections import Connections
    from operator_desk.services.conversations import ConversationService
    from operator_desk.store.cache import open_cache
    from operator_desk.ui.thread_view import ThreadBrowser, ThreadHtml

    app = QApplication.instance() or QApplication([])
    cache = open_cache(path)
    service = ConversationService(cache, Connections(), DirectSink(Connections()))
    service.prepare()
    case = service.thread_case("DE", "t0", "en", "paket")
    assert case is not None
    builder = ThreadHtml("en_GB")
    browser = ThreadBrowser()
    browser.resize(700, 900)
    browser.show()
    load = timed(lambda: service.thread_case("DE", "t0", "en", "paket"), repeat)
    build = timed(lambda: builder.build(case), repeat)
    rendered = builder.build(case)
    show = timed(lambda: (browser.show_rendered(rendered), app.processEvents()), repeat)
    plain_html = "".join(f"<p>{escape(m.body)}</p>" for m in case.thread.messages)
    floor = timed(lambda: (browser.setHtml(plain_html), app.processEvents()), repeat)
    n = len(case.thread.messages)
    print(f"\n## Rendering a thread of {n:,} messages ({repeat} runs)\n")
    print("| step | p50 ms | p95 ms |")
    print("|---|---|---|")
    for name, samples in (("load + judge (SQL, SLA, policy scan)", load),
                          ("build HTML (worker thread)", build),
                          ("setHtml of the thread (UI thread)", show),
                          ("floor: setHtml of the same text as plain paragraphs", floor)):
        print(f"| {name} | {statistics.median(samples):.1f} | "
              f"{percentile(samples, 0.95):.1f} |")
    print(f"\nUI-thread cost / floor: {statistics.median(show) / statistics.median(floor):.2f}; "
          f"HTML size {len(rendered.html):,} chars vs {len(plain_html):,}")
    cache.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", choices=("search", "render"), help="run one part")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"conversations-{args.messages}.sqlite3"
    if not path.exists():
        seconds = fill_cache(path, args.threads, args.messages, args.seed)
        print(f"filled {path.name} in {seconds:.0f} s")
    if args.only != "render":
        search_bench(path, args.repeat)
    if args.only != "search":
        render_bench(path, max(5, args.repeat // 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
