"""Where operator actions go: an ``ActionSink``. The desk's sink is the outbox (durable,
ordered per case, re-checked before sending); ``DirectSink`` sends at once and is what tests
and scripts without an outbox use."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from operator_desk.connectors.base import ConnectorError, RequestRefused
from operator_desk.domain.actions import Action
from operator_desk.domain.outbox import Change
from operator_desk.sync.execute import PlatformRefused, execute

from .connections import Connections, LinkState

log = logging.getLogger(__name__)


class SubmissionState(StrEnum):
    SENT = "sent"  # the platform accepted it
    QUEUED = "queued"  # stored durably; it goes out when the marketplace is reachable
    WAITING_APPROVAL = "waiting_approval"


@dataclass(frozen=True, slots=True)
class Submission:
    state: SubmissionState
    action_id: str | None = None
    response: dict[str, Any] = field(default_factory=dict)


class ActionRefused(Exception):
    """The action did not happen; ``kind`` says why in terms the UI words (offline,
    key_refused, forbidden, degraded, refused, conflict, already_queued, already_sent).

    A ``conflict`` stays in the outbox (``action_id``) with what changed (``changes``): the
    user discards it or sends it anyway there. ``already_queued`` / ``already_sent``: the
    same refund approval is in the outbox already (``action_id``), nothing was added."""

    def __init__(self, kind: str, market: str, detail: str = "", *,
                 changes: tuple[Change, ...] = (), action_id: str | None = None) -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind
        self.market = market
        self.detail = detail
        self.changes = changes
        self.action_id = action_id


class ActionSink(Protocol):
    def submit(self, action: Action) -> Submission:
        """Accept an action (worker thread). Raises ``ActionRefused`` when it cannot."""
        ...


class DirectSink:
    """Sends each action at once, without an outbox (scripts, tests of other layers)."""

    def __init__(self, connections: Connections) -> None:
        self.connections = connections

    def submit(self, action: Action) -> Submission:
        connector = self.connections.connector(action.market)
        if connector is None:
            raise ActionRefused("offline", action.market)
        try:
            executed = execute(action, connector)
        except PlatformRefused as exc:
            raise ActionRefused("refused", action.market, str(exc)) from exc
        except ConnectorError as exc:
            link = self.connections.report(action.market, exc)
            kind = "refused" if isinstance(exc, RequestRefused) else link.state.value
            if link.state == LinkState.ONLINE:
                kind = "refused"
            raise ActionRefused(kind, action.market, exc.detail) from exc
        self.connections.report(action.market, None)
        return Submission(SubmissionState.SENT, response=executed.response)
