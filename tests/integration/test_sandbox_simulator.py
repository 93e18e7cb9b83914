"""The living marketplace: the simulator driven step by step through the test controls,
deterministic for a seed, sellers in their working hours; and `serve --simulate`-style
background running."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from operator_desk.domain.sla import market_calendar
from operator_desk.sandbox import db
from operator_desk.sandbox.catalog import MARKETS
from operator_desk.sandbox.generator import GenerationSpec, generate
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer
from tests.integration.sandbox_live import Live, running

# A fixed anchor makes the dataset, and so the whole simulation, the same in every run.
ANCHOR = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
START = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)  # Tuesday, before the shops open


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sandbox-sim")
    engine = db.make_engine(db.sqlite_url(folder / DATABASE_FILE))
    generate(engine, GenerationSpec(seed=5, shops=24, orders=1500, anchor=ANCHOR))
    engine.dispose()
    return folder


def _live_hours(live: Live, hours: int, steps_per_hour: int = 1) -> dict[str, int]:
    events: dict[str, int] = {}
    for _ in range(hours):
        live.advance(60)
        for kind, count in live.control("simulate", {"steps": steps_per_hour})["events"].items():
            events[kind] = events.get(kind, 0) + count
    return events


def _snapshot(live: Live) -> dict[str, list[tuple[object, ...]]]:
    tables = (db.incidents, db.threads, db.messages, db.attachments, db.refunds, db.order_lines)
    with live.engine.connect() as connection:
        return {t.name: sorted((tuple(row) for row in connection.execute(select(t))), key=repr)
                for t in tables}


def test_same_seed_same_marketplace(dataset: Path, tmp_path: Path) -> None:
    snapshots = []
    for copy in ("a", "b"):
        with running(dataset, tmp_path / copy, start=START) as live:
            events = _live_hours(live, 30, steps_per_hour=2)
            snapshots.append((events, _snapshot(live)))
    (events_a, data_a), (events_b, data_b) = snapshots
    assert events_a == events_b and sum(events_a.values()) > 50
    assert data_a == data_b


@pytest.fixture(scope="module")
def week(dataset: Path, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Live, dict[str, int]]]:
    with running(dataset, tmp_path_factory.mktemp("week"), start=START) as live:
        events = _live_hours(live, 24 * 5)
        yield live, events


def test_a_week_of_marketplace_life(week: tuple[Live, dict[str, int]]) -> None:
    live, events = week
    for kind in ("incident_opened", "customer_question", "seller_reply", "seller_resolved",
                 "customer_disputed", "customer_thanked", "customer_followup",
                 "incident_auto_closed"):
        assert events.get(kind, 0) > 0, (kind, events)
    rule_breakers = sum(events.get(k, 0) for k in ("seller_off_platform", "seller_marketing",
                                                   "seller_non_answer"))
    assert rule_breakers > 0
    with live.engine.connect() as connection:
        opened = connection.execute(select(db.incidents).where(
            db.incidents.c.opened > START.replace(tzinfo=None))).mappings().all()
        threads = set(connection.execute(select(db.threads.c.entity_id).where(
            db.threads.c.topic_type == "REASON_CODE")).scalars())
    assert len(opened) == events["incident_opened"]
    assert all(i["opened_by"] == "CUSTOMER" and i["order_id"] in threads for i in opened)
    disputed = live.get("DE", "/api/incidents", status="DISPUTED", limit=100).json()["data"]
    assert any(i["last_action"]["user_type"] == "CUSTOMER" for i in disputed)


def test_sellers_act_in_their_working_hours(week: tuple[Live, dict[str, int]]) -> None:
    live, _events = week
    with live.engine.connect() as connection:
        rows = connection.execute(select(db.messages.c.market, db.messages.c.created).where(
            db.messages.c.from_org_type == "SHOP",
            db.messages.c.created > START.replace(tzinfo=None))).all()
    assert rows
    for market, created in rows:
        local = created.replace(tzinfo=UTC).astimezone(ZoneInfo(MARKETS[market].timezone))
        assert market_calendar(market).is_working_day(local.date()), (market, local)
        assert 8 <= local.hour < 19, (market, local)


def test_the_marketplace_lives_in_the_background(dataset: Path, tmp_path: Path) -> None:
    folder = tmp_path / "background"
    folder.mkdir()
    (folder / DATABASE_FILE).write_bytes((dataset / DATABASE_FILE).read_bytes())
    engine = db.make_engine(db.sqlite_url(folder / DATABASE_FILE))
    # 6,000 times real time: ten sandbox minutes (one step) every 0.1 s.
    server = SandboxServer(engine, folder, simulate=True, speed=6000)
    started = server.clock.now()
    server.start()
    try:
        deadline = time.monotonic() + 20
        while server.simulator.step_number < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.simulator.step_number >= 3
        assert server.clock.now() - started > timedelta(minutes=30)
    finally:
        server.stop()
    with engine.connect() as connection:
        step = connection.execute(select(db.meta.c.value).where(
            db.meta.c.key == "sim_step")).scalar_one()
    assert int(step) >= 3
