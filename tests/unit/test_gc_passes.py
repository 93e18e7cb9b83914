"""The hand-run cycle collector follows Python's rule for full passes: a full pass walks every
long-lived object, so it runs only once the newly promoted objects are a quarter of them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from operator_desk.gc_passes import GenerationalPasses


@pytest.fixture
def passes_seen() -> Iterator[list[int]]:
    seen: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    was_enabled = gc.isenabled()
    gc.disable()  # as in the desk: only the passes run by hand
    # The rest of the test session's heap out of the way (as the desk's gc.freeze() does
    # once it is up): the figures below are about this test's own long-lived objects.
    gc.collect()
    gc.freeze()
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()
        if was_enabled:
            gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: tracked by the collector, freed only by it


def _churn(passes: GenerationalPasses, objects: int, keep: list[object],
           keep_every: int = 50) -> None:
    """Allocate like a busy desk: most objects die young, some live on."""
    for n in range(objects):
        node = _Node()
        if n % keep_every == 0:
            keep.append(node)
        if n % 100 == 0:
            passes.collect_due()


def test_full_passes_wait_for_a_quarter_of_the_long_lived_heap(
        passes_seen: list[int]) -> None:
    gc.collect()
    heap = [[_Node() for _ in range(10)] for _ in range(20_000)]  # a big long-lived heap
    gc.collect()
    passes = GenerationalPasses((100, 5, 5))
    kept: list[object] = []
    passes_seen.clear()
    _churn(passes, 200_000, kept)
    middle, full = passes_seen.count(1), passes_seen.count(2)
    # The thresholds alone would have asked for a full pass every five middle passes:
    # some 30 walks over the 200,000 long-lived objects.
    assert middle >= 100
    assert full == 0, (middle, full)
    # Once a quarter of that has been promoted, the full pass comes, and only one.
    assert passes.long_lived_total is not None and passes.long_lived_total > 200_000
    passes_seen.clear()
    _churn(passes, 100_000, kept, keep_every=1)
    assert passes_seen.count(2) == 1
    assert len(heap) == 20_000


def test_the_young_generations_are_collected_as_before(passes_seen: list[int]) -> None:
    passes = GenerationalPasses((700, 10, 10))
    gc.collect()
    passes_seen.clear()
    assert passes.collect_due() == 0 and passes_seen == []  # nothing due yet
    garbage = [_Node() for _ in range(1000)]
    del garbage
    assert passes.collect_due() >= 1000  # the cycles are found and freed
    assert passes_seen == [0]
