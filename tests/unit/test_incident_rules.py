"""Which lines can get an incident and which closed incidents can be reopened (a new OR62 on
the same line), and the reopen use case's refusals before anything is sent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from operator_desk.domain.incident_rules import ReopenBlock, openable_lines, reopen_block
from operator_desk.domain.models import Role
from operator_desk.services.actions import DirectSink
from operator_desk.services.connections import Connections
from operator_desk.services.incidents import ActionError, IncidentService
from operator_desk.services.permissions import Permissions
from operator_desk.store.cache import open_cache
from tests.case_fixtures import CASE_ID, INCIDENTS, MARKET, ORDERS, fill_cache

TOASTER_ORDER = ORDERS[0]  # line 1 has incident I1 open, line 2 (kettle) had I2, closed
KETTLE_CLOSED = INCIDENTS[1]


def test_lines_that_can_get_an_incident() -> None:
    assert [line.order_line_id for line in openable_lines(TOASTER_ORDER)] == ["O1-2"]
    shipping = replace(TOASTER_ORDER, lines=tuple(replace(line, state="SHIPPING")
                                                  for line in TOASTER_ORDER.lines))
    assert openable_lines(shipping) == ()


def test_what_stops_a_reopen() -> None:
    assert reopen_block(KETTLE_CLOSED, TOASTER_ORDER) is None
    assert reopen_block(INCIDENTS[0], TOASTER_ORDER) == ReopenBlock.STILL_OPEN
    assert reopen_block(KETTLE_CLOSED, None) == ReopenBlock.NO_ORDER
    busy = replace(TOASTER_ORDER, lines=(TOASTER_ORDER.lines[0],
                                         replace(TOASTER_ORDER.lines[1],
                                                 state="INCIDENT_OPEN")))
    assert reopen_block(KETTLE_CLOSED, busy) == ReopenBlock.LINE_BUSY
    gone = replace(TOASTER_ORDER, lines=TOASTER_ORDER.lines[:1])
    assert reopen_block(KETTLE_CLOSED, gone) == ReopenBlock.LINE_MISSING


@pytest.mark.parametrize(("incident_id", "role", "reason", "why", "kind"), [
    ("nope", Role.AGENT, "12", "why", "not_found"),
    ("I2", None, "12", "why", "forbidden"),  # a key that is no operator's
    ("I2", Role.AGENT, "12", "  ", "reason_required"),
    ("I2", Role.AGENT, "", "why", "reason_required"),
    (CASE_ID, Role.AGENT, "12", "why", "conflict"),  # still open
    ("I2", Role.AGENT, "12", "why", "offline"),  # every check passed: the send is tried
])
def test_reopen_refusals_before_the_send(tmp_path: Path, incident_id: str, role: Role | None,
                                      reason: str, why: str, kind: str) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        fill_cache(cache)
        connections = Connections()  # no market to reach: a send would fail as offline
        service = IncidentService(cache, connections, Permissions(connections, {MARKET: role}),
                                  sink=DirectSink(connections))
        with pytest.raises(ActionError) as refused:
            service.reopen_incident(MARKET, incident_id, reason, why, ["M4"])
        assert refused.value.kind == kind
    finally:
        cache.dispose()
