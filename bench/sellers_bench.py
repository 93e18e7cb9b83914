"""Seller scorecards at scale: one seller with 10,000 orders, and the sellers page with 2,000.

    .venv/bin/python bench/sellers_bench.py --orders 10000 --sellers 2000 --per-seller 50

The cache is filled directly through the desk's own write path (``CacheRepository`` upserts
of domain records), not by generating a sandbox and syncing it: the figures measure the KPI
code, not the network. Data: a year of orders (1-3 lines), incidents on ~20 % of them (a third
marked solved by the seller, some disputed), refunds on ~5 %, a question thread on ~15 % with
replies hours to days later (weekends and holidays included), some replies breaking the
communication rules.

Measured (best of ``--repeat`` runs; "cold" is the first run, when every seller message is
scanned by the policy scanner and the kinds are memoised):

1. scorecard: ``SellerService.scorecard`` for the 10,000-order seller over 365 days (figures,
   13 trend buckets per KPI); floor: a bare SQL count over the same rows (the seller's orders
   joined to their lines, incidents and messages).
2. sellers page: ``SellerService.refresh`` (every seller's figures for 91 days, stored), then
   what the page's model does on a sort (count + the first page of 200 sorted by late-reply
   share); floors: a bare SQL count over every order, line, incident and message, and a bare
   ``SELECT count(*)`` plus 200 shops ordered by name.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from operator_desk.domain.kpis import SellerColumn, SellerFilter, SellerSort
from operator_desk.domain.models import (
    Customer,
    Incident,
    Market,
    Message,
    Order,
    OrderLine,
    Participant,
    Refund,
    Shop,
    Thread,
)
from operator_desk.domain.money import Money
from operator_desk.services.connections import Connections
from operator_desk.services.sellers import SellerService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.database import Database

MARKETS = {"DE": ("EUR", "Europe/Berlin", "de"), "ES": ("EUR", "Europe/Madrid", "es"),
           "NL": ("EUR", "Europe/Amsterdam", "nl"), "CH": ("CHF", "Europe/Zurich", "de")}
QUESTIONS = ("Wann wird meine Bestellung geliefert?", "Das Gerät ist defekt, was nun?",
             "Können Sie mir eine Rechnung schicken?", "Ist der Artikel noch verfügbar?")
ANSWERS = ("Ihre Bestellung ist unterwegs, Sendungsnummer folgt.",
           "Bitte senden Sie das Gerät zurück, wir tauschen es aus.",
           "Die Rechnung finden Sie im Anhang.",
           "Schreiben Sie mir direkt an max punkt verkauf at gmail dot com, dann geht es "
           "schneller.",
           "Rufen Sie mich an: 0171 2345678. Übrigens: 20 % Rabatt mit Code SOMMER20 in "
           "unserem eigenen Shop!",
           "Wir melden uns.")


def _money(minor: int, currency: str) -> Money:
    return Money.from_minor(minor, currency)


class Filler:
    """Writes synthetic shops, orders, incidents and threads into a cache."""

    def __init__(self, cache: Database, now: datetime, seed: int) -> None:
        self.cache = cache
        self.now = now
        self.rng = random.Random(seed)
        self.orders = 0

    def markets(self) -> None:
        with self.cache.write() as session:
            repo = CacheRepository(session)
            for code, (currency, zone, language) in MARKETS.items():
                repo.upsert_market(Market(code, currency, zone), f"Bench {code}", None,
                                   language)

    def shops(self, market: str, ids: list[str]) -> None:
        with self.cache.write() as session:
            CacheRepository(session).upsert_shops(
                Shop(market, shop_id, f"Shop {market} {shop_id}", grade=4.2,
                     evaluations_count=100, locale=f"{MARKETS[market][2]}_XX")
                for shop_id in ids)

    def orders_of(self, market: str, shop_id: str, count: int, days: int = 365) -> None:
        rng, currency = self.rng, MARKETS[market][0]
        batch_orders: list[Order] = []
        incidents: list[Incident] = []
        threads: list[Thread] = []
        for _ in range(count):
            self.orders += 1
            order_id = f"{market}{self.orders:08d}"
            created = self.now - timedelta(minutes=rng.randrange(days * 24 * 60))
            state = rng.choices(("SHIPPED", "RECEIVED", "CLOSED", "WAITING_ACCEPTANCE",
                                 "CANCELED"), (50, 30, 12, 4, 4))[0]
            lines = []
            for index in range(rng.choice((1, 1, 1, 2, 3))):
                price = rng.randrange(1_000, 200_000)
                refunds = ()
                if rng.random() < 0.05:
                    refunds = (Refund(f"R{order_id}{index}", None, _money(price, currency),
                                      _money(0, currency), 1, "41", "REFUNDED", created),)
                lines.append(OrderLine(
                    f"{order_id}-{index}", index, "Produkt", None, 1, _money(price, currency),
                    _money(price, currency), _money(495, currency),
                    _money(price + 495, currency), "SHIPPED", refunds=refunds))
            batch_orders.append(Order(
                market, order_id, None, shop_id, f"Shop {shop_id}",
                Customer(f"C{self.orders}", "Kim", "Muster"), state, currency,
                _money(sum(line.total_price.minor_units for line in lines), currency),
                _money(495, currency), created, created, False, tuple(lines)))
            if rng.random() < 0.2:
                incidents.append(self._incident(market, order_id, lines[0].order_line_id,
                                                created))
            if rng.random() < 0.15:
                threads.append(self._thread(market, order_id, shop_id, created))
            if len(batch_orders) >= 2000:
                self._write(batch_orders, incidents, threads)
                batch_orders, incidents, threads = [], [], []
        self._write(batch_orders, incidents, threads)

    def _incident(self, market: str, order_id: str, line_id: str,
                  created: datetime) -> Incident:
        rng = self.rng
        opened = min(created + timedelta(days=rng.randrange(1, 20)), self.now)
        status = rng.choices(("NEW", "IN_PROGRESS", "RESOLVED", "DISPUTED", "CLOSED"),
                             (10, 10, 10, 5, 65))[0]
        resolved = (opened + timedelta(days=2)
                    if status in ("RESOLVED", "DISPUTED") or rng.random() < 0.3 else None)
        closed = opened + timedelta(days=5) if status == "CLOSED" else None
        return Incident(market, f"I{order_id}", order_id, line_id, status, opened, "10",
                        "CUSTOMER", closed or resolved or opened, "SHOP", resolved,
                        closed=closed)

    def _thread(self, market: str, order_id: str, shop_id: str, created: datetime) -> Thread:
        rng = self.rng
        asked = created + timedelta(hours=rng.randrange(1, 200))
        shop = Participant("SHOP", f"Shop {shop_id}", shop_id)
        customer = Participant("CUSTOMER", "Kim Muster", "C1")
        messages = [Message(f"M{order_id}a", f"T{order_id}", asked,
                            Participant("CUSTOMER_USER", "Kim Muster", "C1"), (shop,),
                            rng.choice(QUESTIONS))]
        if rng.random() < 0.9:
            answered = asked + timedelta(hours=rng.expovariate(1 / 30))
            messages.append(Message(f"M{order_id}b", f"T{order_id}", answered,
                                    Participant("SHOP_USER", f"Shop {shop_id}", shop_id),
                                    (customer,), rng.choice(ANSWERS)))
            if rng.random() < 0.5:
                messages.append(Message(f"M{order_id}c", f"T{order_id}",
                                        answered + timedelta(hours=3),
                                        Participant("CUSTOMER_USER", "Kim Muster", "C1"),
                                        (shop,), "Danke!"))
        last = messages[-1].created
        return Thread(market, f"T{order_id}", "Frage", "MMP_ORDER", order_id, asked, last,
                      (customer, shop), last, None, len(messages), tuple(messages))

    def _write(self, orders: list[Order], incidents: list[Incident],
               threads: list[Thread]) -> None:
        with self.cache.write() as session:
            repo = CacheRepository(session)
            repo.upsert_orders(orders)
            repo.upsert_incidents(incidents)
            repo.upsert_threads(threads)


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """(first run, best of the following) in seconds."""
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times[0], min(times[1:])


JOINS = (
    "SELECT count(*) FROM orders o JOIN order_lines l ON l.market = o.market AND "
    "l.order_id = o.order_id",
    "SELECT count(*) FROM incidents i JOIN orders o ON o.market = i.market AND "
    "o.order_id = i.order_id",
    "SELECT count(*) FROM messages m JOIN threads t ON t.market = m.market AND "
    "t.thread_id = m.thread_id JOIN orders o ON o.market = t.market AND "
    "o.order_id = t.entity_id",
)
ONE_SHOP = " WHERE o.market = :market AND o.shop_id = :shop"


def sql_count(cache: Database, market: str | None = None,
              shop: str | None = None) -> Callable[[], None]:
    """The floor: bare counts over the rows the figures are made of (one shop's, or all)."""
    statements = [join + ONE_SHOP if shop else join for join in JOINS]

    def run() -> None:
        with cache.read() as session:
            for statement in statements:
                session.execute(text(statement), {"market": market, "shop": shop}).scalar()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=10_000,
                        help="orders of the one big seller")
    parser.add_argument("--sellers", type=int, default=2_000)
    parser.add_argument("--per-seller", type=int, default=50,
                        help="orders per seller on the sellers page")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    folder = Path(tempfile.mkdtemp(prefix="sellers-bench-"))

    # 1. One seller with many orders (and a few small neighbours in its market).
    cache = open_cache(folder / "one.sqlite3")
    filler = Filler(cache, now, args.seed)
    filler.markets()
    started = time.perf_counter()
    filler.shops("DE", ["9000", *(str(3000 + n) for n in range(20))])
    filler.orders_of("DE", "9000", args.orders)
    for n in range(20):
        filler.orders_of("DE", str(3000 + n), 200)
    fill_one = time.perf_counter() - started
    service = SellerService(cache, Connections(), clock=lambda: now)
    cold, warm = best(lambda: service.scorecard("DE", "9000", 365), args.repeat)
    floor = best(sql_count(cache, "DE", "9000"), args.repeat)[1]
    card = service.scorecard("DE", "9000", 365)
    figures = card.figures
    print(f"1. one seller: {figures.orders} orders, {figures.questions} questions, "
          f"{figures.findings_total} flagged messages (filled in {fill_one:.1f} s)")
    print(f"   scorecard cold {cold * 1000:.0f} ms, warm {warm * 1000:.0f} ms; "
          f"floor {floor * 1000:.1f} ms; warm/floor {warm / floor:.0f}x")
    cache.dispose()

    # 2. The sellers page: many sellers across the four markets.
    cache = open_cache(folder / "many.sqlite3")
    filler = Filler(cache, now, args.seed + 1)
    filler.markets()
    started = time.perf_counter()
    per_market = args.sellers // len(MARKETS)
    for market in MARKETS:
        ids = [str(2000 + n) for n in range(per_market)]
        filler.shops(market, ids)
        for shop_id in ids:
            filler.orders_of(market, shop_id, args.per_seller, days=120)
    fill_many = time.perf_counter() - started
    service = SellerService(cache, Connections(), clock=lambda: now)
    refresh_cold, refresh_warm = best(lambda: service.refresh(91), args.repeat)
    refresh_floor = best(sql_count(cache), args.repeat)[1]
    sort = SellerSort(SellerColumn.LATE_REPLY_RATE, True)

    def page() -> None:
        service.count(SellerFilter(91))
        service.page(SellerFilter(91), sort, 0, 200)

    def page_floor() -> None:
        with cache.read() as session:
            session.execute(text("SELECT count(*) FROM shops")).scalar()
            session.execute(text("SELECT * FROM shops ORDER BY name LIMIT 200")).all()

    page_time = best(page, args.repeat)[1]
    page_floor_time = best(page_floor, args.repeat)[1]
    sellers = service.count(SellerFilter(91))
    with cache.read() as session:
        counts = {name: session.execute(text(statement)).scalar() for name, statement in (
            ("orders", "SELECT count(*) FROM orders"),
            ("order_lines", "SELECT count(*) FROM order_lines"),
            ("incidents", "SELECT count(*) FROM incidents"),
            ("messages", "SELECT count(*) FROM messages"))}
    print(f"2. sellers page: {sellers} sellers, {counts} (filled in {fill_many:.1f} s)")
    print(f"   refresh cold {refresh_cold:.2f} s, warm {refresh_warm:.2f} s "
          f"({refresh_warm / sellers * 1000:.2f} ms per seller); floor "
          f"{refresh_floor * 1000:.0f} ms; warm/floor {refresh_warm / refresh_floor:.0f}x")
    print(f"   sorted page of 200 + count: {page_time * 1000:.1f} ms; floor "
          f"{page_floor_time * 1000:.1f} ms; ratio {page_time / page_floor_time:.1f}x")
    cache.dispose()


if __name__ == "__main__":
    main()
