"""Which order lines can get an incident, and whether a closed incident can be reopened.

Mirakl's OR62 opens an incident on a line that is shipped or received and has none open (a
line with an open incident is in state ``INCIDENT_OPEN``). The platform has no "reopen" call:
an incident the operator closed too early is reopened by a new OR62 on the same line, so the
same rule decides both.
"""

from __future__ import annotations

from enum import StrEnum

from .models import Incident, Order, OrderLine

OPENABLE_LINE_STATES = frozenset({"SHIPPED", "RECEIVED"})


class ReopenBlock(StrEnum):
    """Why a closed incident cannot be reopened now (the UI words each)."""

    STILL_OPEN = "still_open"  # the incident is not closed
    NO_ORDER = "no_order"  # the order is not in the cache
    LINE_MISSING = "line_missing"  # the order has no such line any more
    LINE_BUSY = "line_busy"  # the line is not shipped/received, or has an incident open again


def openable_lines(order: Order) -> tuple[OrderLine, ...]:
    """The lines of ``order`` on which an incident can be opened now."""
    return tuple(line for line in order.lines if line.state in OPENABLE_LINE_STATES)


def reopen_block(incident: Incident, order: Order | None) -> ReopenBlock | None:
    """None when ``incident`` can be reopened (a new incident on its line), else why not."""
    if incident.is_open:
        return ReopenBlock.STILL_OPEN
    if order is None:
        return ReopenBlock.NO_ORDER
    line = next((x for x in order.lines if x.order_line_id == incident.order_line_id), None)
    if line is None:
        return ReopenBlock.LINE_MISSING
    if line.state not in OPENABLE_LINE_STATES:
        return ReopenBlock.LINE_BUSY
    return None
