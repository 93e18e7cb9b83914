"""A running sandbox for the sandbox's own integration tests: a private copy of the session's
dataset, test controls on, and a clock that stands still unless a test moves it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from operator_desk.domain.sla import market_calendar
from operator_desk.sandbox import db
from operator_desk.sandbox.clock import Clock
from operator_desk.sandbox.server import DATABASE_FILE, SandboxServer

TIMEOUT = 30


@dataclass
class Live:
    server: SandboxServer
    data_dir: Path

    @property
    def keys(self) -> dict[str, Any]:
        markets: dict[str, Any] = json.loads((self.data_dir / "keys.json").read_text())["markets"]
        return markets

    @property
    def engine(self) -> Engine:
        return self.server.engine

    @property
    def root(self) -> str:
        return self.server.info.root_url

    def url(self, market: str, path: str) -> str:
        return f"{self.keys[market]['base_url']}{path}"

    def headers(self, market: str, role: str = "agent") -> dict[str, str]:
        return {"Authorization": self.keys[market]["keys"][role]}

    def seller_headers(self, market: str, shop_id: str | int) -> dict[str, str]:
        return {"Authorization": self.keys[market]["seller_keys"][str(shop_id)]}

    def get(self, market: str, path: str, role: str = "agent", **params: Any
            ) -> requests.Response:
        return requests.get(self.url(market, path), params=params,
                            headers=self.headers(market, role), timeout=TIMEOUT)

    def put(self, market: str, path: str, body: Any, role: str = "agent") -> requests.Response:
        return requests.put(self.url(market, path), json=body,
                            headers=self.headers(market, role), timeout=TIMEOUT)

    def control(self, name: str, body: dict[str, Any] | None = None,
                method: str = "POST") -> dict[str, Any]:
        response = requests.request(method, f"{self.root}/api/x-desk/test/{name}", json=body,
                                    timeout=TIMEOUT)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def advance(self, minutes: int) -> None:
        self.control("clock", {"minutes": minutes})


@contextmanager
def running(pristine: Path, folder: Path, *, start: datetime | None = None,
            faults: str | None = None) -> Iterator[Live]:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(pristine / DATABASE_FILE, folder / DATABASE_FILE)
    engine = db.make_engine(db.sqlite_url(folder / DATABASE_FILE))
    clock = Clock(start=start or datetime.now(UTC).replace(microsecond=0), rate=0)
    server = SandboxServer(engine, folder, clock=clock, test_controls=True, faults=faults)
    server.start()
    try:
        yield Live(server, folder)
    finally:
        server.stop()


def next_working_morning(after: datetime) -> datetime:
    """10:00 UTC of the next day after ``after`` that is a working day in every market."""
    calendars = [market_calendar(code) for code in ("DE", "ES", "NL", "CH")]
    day = after.date() + timedelta(days=1)
    while not all(calendar.is_working_day(day) for calendar in calendars):
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
