"""After a sync, the user hears about their claimed cases: new customer words, answers due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from operator_desk.domain.models import Message, Participant, Role
from operator_desk.domain.queue import QueueFilter, QueueSort
from operator_desk.domain.team import Actor
from operator_desk.services.notifications import ClaimedCaseWatch, NotificationKind, Notifier
from operator_desk.services.team import TeamService
from operator_desk.store import cache_schema
from operator_desk.store.cache import CacheRepository
from operator_desk.store.team_migrations import open_team_store
from tests.conftest import Desk


def test_new_customer_messages_and_answers_coming_due(desk: Desk, tmp_path: Path) -> None:
    team = TeamService(open_team_store(f"sqlite:///{tmp_path / 'team.sqlite3'}"),
                       Actor("anna", Role.AGENT))
    rows = desk.incidents.queue_page(QueueFilter(), QueueSort(), 0, 3, "en").rows
    held, other = rows[0], rows[1]
    assert team.claim(held.market, held.incident_id).won
    watch = ClaimedCaseWatch(desk.cache, lambda market: ("hours:48", market))
    notifier = Notifier(team)
    now = datetime.now(UTC).replace(microsecond=0)
    assert watch.activity(notifier, now - timedelta(minutes=1)) == []  # sets the baseline

    with desk.cache.write() as session:
        repo = CacheRepository(session)
        for row in (held, other):  # the customer writes on both; only one is Anna's
            thread = repo.threads_for_order(row.market, row.order_id)[0]
            repo.upsert_threads([type(thread)(**{
                **{f: getattr(thread, f) for f in thread.__dataclass_fields__},
                "messages": (Message(f"new-{row.incident_id}", thread.thread_id, now,
                                     Participant("CUSTOMER_USER", "Kunde"), (), "Und jetzt?"),),
            })])
            # The seller owes an answer since 47 hours: due within the hour.
            session.execute(update(cache_schema.threads).where(
                cache_schema.threads.c.thread_id == thread.thread_id).values(
                shop_reply_needed_since=now - timedelta(hours=47)))
    found = watch.activity(notifier, now + timedelta(seconds=1))
    kinds = sorted((n.kind, n.subject_id) for n in found)
    assert kinds == sorted([(NotificationKind.CLAIMED_CASE_MESSAGE, held.incident_id),
                            (NotificationKind.CLAIMED_CASE_SLA, held.incident_id)])
    assert watch.activity(notifier, now + timedelta(seconds=2)) == []  # told once
    team.close()
