"""The queue's queries use the indexes even before SQLite has statistics (a cache in its first
sync), and a sync leaves statistics behind for the queries that come after it."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from operator_desk.domain.queue import QueueFilter, QueueSort, QueueView
from operator_desk.store.cache import CacheRepository
from operator_desk.store.queue import QueueRepository
from tests.conftest import Desk


def _plan(desk: Desk, statement: object) -> dict[int, tuple[int, str]]:
    """EXPLAIN QUERY PLAN as {node id: (parent id, detail)}."""
    with desk.cache.read() as session:
        compiled = str(statement.compile(  # type: ignore[attr-defined]
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        return {int(row[0]): (int(row[1]), str(row[3]))
                for row in session.execute(text("EXPLAIN QUERY PLAN " + compiled))}


def test_a_sync_leaves_planner_statistics(desk: Desk) -> None:
    with desk.cache.read() as session:
        repo = CacheRepository(session)
        assert not repo.statistics_stale()
        tables = {row[0] for row in session.execute(text("SELECT tbl FROM sqlite_stat1"))}
    assert {"incidents", "orders", "threads", "messages"} <= tables


def test_a_queue_page_finds_customer_messages_by_thread_without_statistics(desk: Desk) -> None:
    with desk.cache.write() as session:
        session.execute(text("DROP TABLE sqlite_stat1"))  # as in a cache's first sync
    with desk.cache.read() as session:
        assert CacheRepository(session).statistics_stale()
        repository = QueueRepository(session)
        rows = repository.page(QueueFilter(view=QueueView.ALL_OPEN), QueueSort(), 0, 50)
        detail = repository._detail([(r.market, r.incident_id) for r in rows], "en")
    plan = _plan(desk, detail)
    steps = [detail for _parent, detail in plan.values()]
    (threads,) = [n for n, (_p, d) in plan.items() if d.startswith("SEARCH threads")]
    (messages,) = [n for n, (_p, d) in plan.items() if d.startswith("SEARCH messages")]
    assert "USING INDEX ix_threads_entity" in plan[threads][1], steps
    assert "USING INDEX ix_messages_thread" in plan[messages][1], steps
    # The messages are searched in a subquery inside the threads' one: per thread, whatever
    # SQLite guesses about the tables' sizes. (As one join, a cache without statistics and
    # with 200,000 messages walked every message of the market for each row: seconds a page.)
    assert plan[plan[messages][0]][0] == plan[threads][0], steps
