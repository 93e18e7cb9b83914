"""What opening a case costs, by conversation length: worker time and UI-thread time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/case_pane.py [--messages 20 200 1000]
                                                                  [--repeat 15]

A case with N messages (seller and customer taking turns, some seller messages with a phone
number for the policy scanner) in a SQLite cache, a team store with a decision and notes.
Measured, median of ``--repeat``:
- floor: ``IncidentService.case`` - the one cache read the pane did before the timeline;
- first load: ``CaseService.load`` with no findings stored for the case's messages - the case,
  other incidents, the team store, timeline, deadlines, scanning the seller messages and
  storing their findings (worker; on a desk that has synced, the sync stored them already);
- load again: the same with the findings in the cache's findings store (a refresh, the agent
  coming back to the case, any case after a sync);
- format: ``present_case`` - Babel and the safe HTML (worker);
- ui: what is left for the UI thread - the pane setting the texts (``setHtml`` and layout).
Reported as ratios against the floor, and the UI-thread time in milliseconds (the number that
decides whether the desk stutters: a frame is 16 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from operator_desk.domain.models import Message, Role
from operator_desk.domain.team import Actor
from operator_desk.services.cases import CaseService
from operator_desk.services.connections import Connections
from operator_desk.services.incidents import IncidentService
from operator_desk.services.team import TeamService
from operator_desk.store.cache import CacheRepository, open_cache
from operator_desk.store.team_migrations import open_team_store
from operator_desk.ui.case_timeline import present_case
from operator_desk.ui.incident_view import IncidentView
from tests.case_fixtures import (
    CUSTOMER,
    NOW,
    SELLER,
    SELLER_REPLY,
    THREAD,
    TO_CUSTOMER,
    TO_SELLER,
    days_ago,
    fill_cache,
)


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _conversation(count: int) -> tuple[Message, ...]:
    start = days_ago(9)
    step = timedelta(days=8) / max(count, 1)
    messages = []
    for n in range(count):
        seller = n % 2 == 1
        body = (SELLER_REPLY if n % 10 == 1 else
                f"Message {n}: the device still does not work, see https://example.org/{n}."
                "\nKind regards")
        messages.append(Message(f"B{n}", "T1", start + step * n, SELLER if seller else CUSTOMER,
                                TO_CUSTOMER if seller else TO_SELLER, body))
    return tuple(messages)


def measure(app: QApplication, count: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cache = open_cache(Path(tmp) / "cache.sqlite3")
        fill_cache(cache)
        with cache.write() as session:
            CacheRepository(session).upsert_threads([replace(
                THREAD, messages=_conversation(count), message_count=count)])
        team = TeamService(open_team_store(f"sqlite:///{Path(tmp) / 'team.sqlite3'}"),
                           Actor("ann", Role.AGENT))
        team.record_decision("DE", "I1", "escalate", "noted", "asked", ["B0"])
        for n in range(5):
            team.add_note("DE", "incident", "I1", f"note {n}")
        incidents = IncidentService(cache, Connections())
        cases = CaseService(cache, lambda: team, clock=lambda: NOW)
        detail = cases.load("DE", "I1", "en")
        assert detail is not None
        view = IncidentView("en_GB")
        view.resize(440, 700)
        view.show()
        shown = present_case(detail.case, detail, "en_GB")

        def ui() -> None:
            view._present(shown)  # what the UI thread runs when a case arrives
            app.processEvents()

        def first_load() -> None:
            with cache.write() as session:  # no findings stored yet
                session.execute(text("DELETE FROM message_findings"))
            cases.load("DE", "I1", "en")

        row = {"messages": float(count),
               "floor": _median_ms(lambda: incidents.case("DE", "I1", "en"), repeat),
               "first": _median_ms(first_load, repeat),
               "load": _median_ms(lambda: cases.load("DE", "I1", "en"), repeat),
               "format": _median_ms(lambda: present_case(detail.case, detail, "en_GB"),
                                    repeat),
               "ui": _median_ms(ui, repeat)}
        view.close()
        team.close()
        cache.dispose()
        return row


def run(counts: list[int], repeat: int) -> list[dict[str, float]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return [measure(app, count, repeat) for count in counts]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[20, 200, 1000])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    print("| messages | floor ms | first load ms | load again ms | format ms | UI thread ms | "
          "first load/floor | load again/floor | format/floor | UI/floor |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in run(args.messages, args.repeat):
        floor = row["floor"]
        print(f"| {row['messages']:.0f} | {floor:.1f} | {row['first']:.1f} | "
              f"{row['load']:.1f} | {row['format']:.1f} | {row['ui']:.1f} | "
              f"{row['first'] / floor:.2f} | {row['load'] / floor:.2f} | "
              f"{row['format'] / floor:.2f} | {row['ui'] / floor:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
