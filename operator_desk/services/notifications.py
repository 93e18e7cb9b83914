"""What deserves a notification for the person at this desk, from team changes and the cache.

- an approval is waiting for me (I am a supervisor and a colleague asked);
- my request was approved or declined;
- a case I claimed got a new customer message (the sync reports new messages);
- the SLA on a case I claimed is about to be breached (deadlines from the SLA clock).

Notifications are data (kind + ids + amounts); the UI words them in the user's language. The
same event never notifies twice. Methods touch the team store: call them off the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from operator_desk.domain.money import Money
from operator_desk.domain.team import ApprovalStatus, Change, ChangeKind, may_decide

from .team import TeamService

DEFAULT_SLA_WARNING = timedelta(hours=2)


class NotificationKind(StrEnum):
    APPROVAL_WAITING = "approval_waiting"
    REQUEST_APPROVED = "request_approved"
    REQUEST_DECLINED = "request_declined"
    CLAIMED_CASE_MESSAGE = "claimed_case_message"
    CLAIMED_CASE_SLA = "claimed_case_sla"


@dataclass(frozen=True, slots=True)
class Notification:
    kind: NotificationKind
    market: str
    subject_id: str  # the incident (or shop) concerned
    at: datetime
    colleague: str | None = None  # who asked or decided
    amount: Money | None = None
    approval_id: int | None = None
    due: datetime | None = None  # for SLA warnings
    note: str | None = None  # the decider's note


@dataclass(frozen=True, slots=True)
class NewCustomerMessage:
    """A customer message the sync found, on an incident."""

    market: str
    incident_id: str
    message_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CaseDeadline:
    """When the answer on an incident is due (from the SLA clock)."""

    market: str
    incident_id: str
    due: datetime


_DECIDED = (ApprovalStatus.APPROVED, ApprovalStatus.SENT, ApprovalStatus.FAILED,
            ApprovalStatus.DECLINED)


class Notifier:
    """Turns team changes and cache events into notifications for one desk's user."""

    def __init__(self, team: TeamService, sla_warning: timedelta = DEFAULT_SLA_WARNING) -> None:
        self.team = team
        self.sla_warning = sla_warning
        self._seen: set[tuple[object, ...]] = set()
        self._lock = threading.Lock()

    def _first_time(self, key: tuple[object, ...]) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            return True

    def from_changes(self, changes: Iterable[Change]) -> list[Notification]:
        """Notifications for approval changes by colleagues."""
        me = self.team.actor
        result: list[Notification] = []
        approval_ids = sorted({int(c.entity_id) for c in changes
                               if c.kind == ChangeKind.APPROVAL and c.actor != me.name})
        for approval_id in approval_ids:
            request = self.team.approval(approval_id)
            if request is None:
                continue
            colleague: str | None
            if request.status == ApprovalStatus.PENDING and may_decide(me, request) is None:
                kind = NotificationKind.APPROVAL_WAITING
                colleague = request.requested_by
                at = request.created
            elif (request.requested_by == me.name and request.decided_at is not None
                  and request.status in _DECIDED):
                # The approver's desk sends at once: by the time this desk reads the change
                # the request is often "sent" (or "failed") already - it was approved all
                # the same, and the requester is told once.
                kind = (NotificationKind.REQUEST_DECLINED
                        if request.status == ApprovalStatus.DECLINED
                        else NotificationKind.REQUEST_APPROVED)
                colleague = request.decided_by
                at = request.decided_at
            else:
                continue
            if self._first_time((kind, approval_id)):
                result.append(Notification(kind, request.market, request.subject_id, at,
                                           colleague=colleague, amount=request.amount,
                                           approval_id=approval_id,
                                           note=request.decision_note))
        return result

    def from_messages(self, messages: Iterable[NewCustomerMessage]) -> list[Notification]:
        """Notifications for new customer messages on cases this user holds."""
        mine = {(c.market, c.case_id) for c in self.team.my_claims()}
        return [Notification(NotificationKind.CLAIMED_CASE_MESSAGE, m.market, m.incident_id,
                             m.at)
                for m in messages
                if (m.market, m.incident_id) in mine
                and self._first_time((NotificationKind.CLAIMED_CASE_MESSAGE, m.message_id))]

    def from_deadlines(self, deadlines: Iterable[CaseDeadline],
                       now: datetime) -> list[Notification]:
        """Warnings for claimed cases whose answer is due within the warning window."""
        mine = {(c.market, c.case_id) for c in self.team.my_claims()}
        return [Notification(NotificationKind.CLAIMED_CASE_SLA, d.market, d.incident_id, now,
                             due=d.due)
                for d in deadlines
                if (d.market, d.incident_id) in mine and now < d.due <= now + self.sla_warning
                and self._first_time((NotificationKind.CLAIMED_CASE_SLA, d.market,
                                      d.incident_id, d.due))]


class ClaimedCaseWatch:
    """After each sync: what happened on the cases this user holds - new customer messages,
    and seller answers coming due (the market's response rule) - as inputs for ``Notifier``.
    Runs on a worker (it reads the cache)."""

    def __init__(self, cache: Any, rules: Callable[[str], tuple[str, str]]) -> None:
        self.cache = cache
        self.rules = rules  # market -> (response rule, country) for the SLA clock
        self.since: datetime | None = None

    def activity(self, notifier: Notifier, now: datetime) -> list[Notification]:
        from operator_desk.domain import sla
        from operator_desk.store.cache import CacheRepository

        cases = [(c.market, c.case_id) for c in notifier.team.my_claims()]
        since, self.since = self.since or now - timedelta(hours=1), now
        if not cases:
            return []
        with self.cache.read() as session:
            repo = CacheRepository(session)
            messages = [NewCustomerMessage(m, i, message_id, at)
                        for m, i, message_id, at in repo.customer_messages_since(cases, since)]
            owed = repo.reply_due(cases)
        deadlines = []
        for market, incident_id, asked in owed:
            rule_text, country = self.rules(market)
            try:
                rule = sla.ResponseRule.parse(rule_text)
                calendar = sla.market_calendar(country)
            except (sla.SlaRuleError, sla.MarketCalendarError):
                continue
            deadlines.append(CaseDeadline(market, incident_id,
                                          sla.deadline(asked, rule, calendar)))
        return notifier.from_messages(messages) + notifier.from_deadlines(deadlines, now)
