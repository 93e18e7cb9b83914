"""The sandbox dataset is deterministic and tells every part of the incident story."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from operator_desk.sandbox import db
from operator_desk.sandbox.generator import GenerationSpec, generate

SPEC = GenerationSpec(seed=3, shops=20, orders=400, anchor=datetime(2026, 11, 1, tzinfo=UTC))


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    engine = db.make_engine(db.sqlite_url(path))
    generate(engine, SPEC)
    with engine.connect() as connection:
        tables = {t.name: sorted(tuple(r) for r in connection.execute(select(t)).all())
                  for t in (db.orders, db.incidents, db.messages, db.api_keys)}
    engine.dispose()
    return tables


def test_same_seed_same_data(tmp_path: Path) -> None:
    first = _dump(tmp_path / "a.sqlite3")
    second = _dump(tmp_path / "b.sqlite3")
    assert first == second
    assert len(first["orders"]) >= 390


def test_every_status_every_market_and_consistent_lines(pristine_dataset: Path) -> None:
    engine = db.make_engine(db.sqlite_url(pristine_dataset / "sandbox.sqlite3"))
    with engine.connect() as connection:
        statuses = set(connection.execute(select(db.incidents.c.status).distinct()).scalars())
        markets = set(connection.execute(select(db.orders.c.market).distinct()).scalars())
        open_lines = connection.execute(
            select(func.count()).select_from(db.order_lines)
            .where(db.order_lines.c.state == "INCIDENT_OPEN")).scalar_one()
        open_incidents = connection.execute(
            select(func.count()).select_from(db.incidents)
            .where(db.incidents.c.status != "CLOSED")).scalar_one()
        resolved_without_message = connection.execute(
            select(func.count()).select_from(db.incidents).where(
                db.incidents.c.status == "RESOLVED",
                db.incidents.c.resolution_message.is_(None))).scalar_one()
        languages = set(connection.execute(select(db.markets.c.language)).scalars())
    engine.dispose()
    assert statuses == {"NEW", "IN_PROGRESS", "RESOLVED", "DISPUTED", "CLOSED"}
    assert {"DE", "ES", "NL", "CH"} <= markets
    assert open_lines == open_incidents
    assert resolved_without_message == 0
    assert {"de", "es", "nl"} <= languages
