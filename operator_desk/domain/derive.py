"""Incidents for marketplaces that do not publish their incident list (Mirakl's OR61).

Without OR61 the desk sees only order lines in ``INCIDENT_OPEN`` (OR11) and the threads. So an
incident is derived per open line, and "the seller marked it solved" is read from the thread:
the seller's latest message to the operator after the incident was opened, with no later
word from the customer that would reopen the question. The desk labels these facts as
derived wherever it shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .models import Incident, IncidentStatus, Order, Thread

DERIVED_PREFIX = "derived:"


def derived_id(order_line_id: str) -> str:
    return f"{DERIVED_PREFIX}{order_line_id}"


def is_derived(incident_id: str) -> bool:
    return incident_id.startswith(DERIVED_PREFIX)


def incidents_from_order(order: Order) -> list[Incident]:
    """One open incident per order line the platform shows in ``INCIDENT_OPEN``."""
    result = []
    for line in order.lines:
        if line.state != "INCIDENT_OPEN":
            continue
        result.append(Incident(
            market=order.market, incident_id=derived_id(line.order_line_id),
            order_id=order.order_id, order_line_id=line.order_line_id,
            status=IncidentStatus.NEW.value,
            # OR11 carries no opening date; the order's last update is the closest fact.
            opened=order.last_updated, opening_reason_code=line.state_reason_code,
            opened_by=None, last_action=order.last_updated, last_action_by=None))
    return result


def closed_lines(order: Order) -> list[str]:
    """Lines of the order that are not (or no longer) in an incident."""
    return [line.order_line_id for line in order.lines if line.state != "INCIDENT_OPEN"]


def with_thread_facts(incident: Incident, threads: Iterable[Thread]) -> Incident:
    """The incident with status and resolution read from the order's threads."""
    messages = sorted((m for th in threads for m in th.messages), key=lambda m: m.created)
    resolution = None
    for message in messages:
        party = message.sender_party
        to_operator = any(r.type.removesuffix("_USER") == "OPERATOR" for r in message.recipients)
        if party == "SHOP" and to_operator:
            resolution = message
        elif party == "CUSTOMER" and resolution is not None:
            resolution = None  # the customer spoke after the seller's claim: still open
    replied = any(m.sender_party == "SHOP" for m in messages)
    if resolution is not None:
        return replace(incident, status=IncidentStatus.RESOLVED.value,
                       resolved=resolution.created, resolution_message=resolution.body,
                       last_action=max(incident.last_action, resolution.created),
                       last_action_by="SHOP")
    status = IncidentStatus.IN_PROGRESS.value if replied else IncidentStatus.NEW.value
    return replace(incident, status=status, resolved=None, resolution_message=None)
