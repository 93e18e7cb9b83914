"""The incident queue on 100,000 incidents: open, sort and filter, against an in-memory model.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/queue_bench.py --incidents 100000

Fills a cache file directly with realistic rows (orders, lines, incidents, reasons; a sync of
the same data measures the sync, not the queue). Then, in one run and one process:
- the desk's queue model (SQL count + first page, formatting off the UI thread): time from
  asking to rows on screen, for opening, sorting by order value, and a text filter;
- the floor a naive desk would have: every row in a Python list behind a
  QSortFilterProxyModel (load all, sort in the proxy, filter in the proxy).
Times are medians of --repeat runs; "UI thread" is what the UI thread itself spent.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from operator_desk.domain.models import Customer, Incident, Order, OrderLine, Reason  # noqa: E402
from operator_desk.domain.money import Money  # noqa: E402
from operator_desk.domain.queue import QueueColumn, QueueFilter, QueueSort, QueueView  # noqa: E402
from operator_desk.services.connections import Connections  # noqa: E402
from operator_desk.services.incidents import IncidentService  # noqa: E402
from operator_desk.store.cache import CacheRepository, open_cache  # noqa: E402
from operator_desk.ui.queue_model import IncidentQueueModel  # noqa: E402
from operator_desk.ui.tasks import TaskRunner  # noqa: E402

NOW = datetime.now(UTC).replace(microsecond=0)
NAMES = ["Anna", "Ben", "Carla", "David", "Eva", "Femke", "Jan", "Lucía", "Marta", "Pieter"]
SHOPS = [f"Shop {n:04d}" for n in range(2000)]


def fill(path: Path, count: int) -> None:
    if path.exists():
        return
    cache = open_cache(path)
    rng = random.Random(5)
    markets = ("DE", "ES", "NL", "CH")
    with cache.write() as session:
        repo = CacheRepository(session)
        for market in markets:
            repo.upsert_reasons([Reason(market, str(c), "INCIDENT_OPEN", f"Reason {c}", "en")
                                 for c in range(10, 18)])
        batch_orders: list[Order] = []
        batch_incidents: list[Incident] = []
        for n in range(count):
            market = markets[n % 4]
            currency = "CHF" if market == "CH" else "EUR"
            order_id = f"{market}{1000000 + n}-A"
            price = Money.from_minor(rng.randint(500, 300_000), currency)
            created = NOW - timedelta(days=rng.randint(5, 200))
            line = OrderLine(f"{order_id}-1", 1, "Product", "SKU", 1, price, price,
                             Money.zero(currency), price, "INCIDENT_OPEN")
            batch_orders.append(Order(
                market, order_id, order_id[:-2], str(2000 + n % 2000), rng.choice(SHOPS),
                Customer(f"C{n}", rng.choice(NAMES), f"Family{n % 997}", f"c{n}@example.org"),
                "SHIPPED", currency, price, Money.zero(currency), created, NOW, True, (line,)))
            opened = created + timedelta(days=1)
            resolved = opened + timedelta(days=rng.randint(0, 3)) if n % 3 else None
            batch_incidents.append(Incident(
                market, f"i{n}", order_id, line.order_line_id,
                "RESOLVED" if resolved else "IN_PROGRESS", opened, str(10 + n % 8), "CUSTOMER",
                resolved or opened, "SHOP", resolved))
            if len(batch_orders) == 5000:
                repo.upsert_orders(batch_orders)
                repo.upsert_incidents(batch_incidents)
                batch_orders, batch_incidents = [], []
        repo.upsert_orders(batch_orders)
        repo.upsert_incidents(batch_incidents)
    cache.dispose()


class ListModel(QAbstractTableModel):
    """The naive way: every row in memory, sorted and filtered by a proxy."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None


def wait(app: QApplication, done: list[bool]) -> None:
    while not done:
        app.processEvents()
        time.sleep(0.0005)


def measure_desk(app: QApplication, service: IncidentService, view: QTableView) -> dict[str, float]:
    runner = TaskRunner()
    model = IncidentQueueModel(service, runner, "en_GB", "en")
    view.setModel(model)
    done: list[bool] = []
    model.reloaded.connect(lambda: done.append(True))
    figures = {}
    steps = (("open", lambda: model.set_query(QueueFilter(view=QueueView.ALL_OPEN))),
             ("sort by value", lambda: model.set_query(
                 sort=QueueSort(QueueColumn.ORDER_VALUE, descending=True))),
             ("filter text", lambda: model.set_query(
                 QueueFilter(view=QueueView.ALL_OPEN, text="Family42"))))
    for name, step in steps:
        done.clear()
        started = time.perf_counter()
        step()
        wait(app, done)
        view.repaint()
        figures[name] = (time.perf_counter() - started) * 1000
    runner.shutdown()
    return figures


def measure_list(app: QApplication, service: IncidentService, view: QTableView) -> dict[str, float]:
    figures = {}
    started = time.perf_counter()
    total = service.queue_count(QueueFilter(view=QueueView.ALL_OPEN), "en")
    rows: list[tuple[Any, ...]] = []
    offset = 0
    while offset < total:
        page = service.queue_page(QueueFilter(view=QueueView.ALL_OPEN), QueueSort(), offset,
                                  5000, "en")
        rows += [(r.market, r.order_id, r.seller, r.reason_label or "", r.customer,
                  float(r.order_value.amount) if r.order_value else 0.0) for r in page.rows]
        offset += len(page.rows)
    model = ListModel(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.repaint()
    figures["open"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    view.repaint()
    figures["sort by value"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    proxy.setFilterKeyColumn(4)
    proxy.setFilterFixedString("Family42")
    view.repaint()
    figures["filter text"] = (time.perf_counter() - started) * 1000
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"queue-{args.incidents}.sqlite3"
    started = time.perf_counter()
    fill(path, args.incidents)
    print(f"cache ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    app = QApplication.instance() or QApplication([])
    cache = open_cache(path)
    service = IncidentService(cache, Connections())
    view = QTableView()
    view.resize(1200, 800)
    view.show()
    desk_runs = [measure_desk(app, service, view) for _ in range(args.repeat)]
    list_runs = [measure_list(app, service, view) for _ in range(max(1, args.repeat // 2))]
    print("| step | desk (SQL, paged) ms | in-memory list + proxy ms | list / desk |")
    print("|---|---|---|---|")
    for step in ("open", "sort by value", "filter text"):
        desk = statistics.median(r[step] for r in desk_runs)
        naive = statistics.median(r[step] for r in list_runs)
        print(f"| {step} | {desk:.0f} | {naive:.0f} | {naive / desk:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
