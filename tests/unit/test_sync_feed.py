"""The sync's event feed: one whole JSON object per line, whatever the threads do."""

from __future__ import annotations

import io
import json
import sys
import threading
import time

import pytest

from operator_desk.commands.sync import _Feed


class _SlowStream(io.StringIO):
    """A stdout that lets other threads run inside every write, as a real pipe does when it
    blocks: two writes of one event (text, then newline) are then interleaved by others."""

    def write(self, text: str) -> int:
        time.sleep(0)  # give the GIL away, mid-line
        return super().write(text)


def test_events_from_many_threads_arrive_one_whole_object_per_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _SlowStream()
    monkeypatch.setattr(sys, "stdout", stream)
    feed = _Feed(enabled=True)
    threads_n, per_thread = 8, 200
    start = threading.Barrier(threads_n)

    def emit(market: str) -> None:
        start.wait()
        for done in range(per_thread):
            # Some events are long (batches of changed ids), most are short.
            ids = [f"{market}-{n}" for n in range(done % 7 * 40)]
            feed.event("progress", market=market, stage="orders", done=done, ids=ids)

    threads = [threading.Thread(target=emit, args=(f"M{n}",)) for n in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    lines = stream.getvalue().split("\n")
    assert lines[-1] == ""  # the feed ends with a newline
    events = [json.loads(line) for line in lines[:-1]]  # every line parses
    assert len(events) == threads_n * per_thread
    for n in range(threads_n):
        done = [e["done"] for e in events if e["market"] == f"M{n}"]
        assert done == list(range(per_thread))  # none lost, each market in order


def test_a_disabled_feed_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    _Feed(enabled=False).event("progress", market="DE")
    assert stream.getvalue() == ""
