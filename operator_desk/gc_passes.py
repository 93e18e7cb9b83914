"""The cycle collector's generational passes, run by hand.

The desk switches Python's automatic collector off (see ``ui/main_thread_gc``) so that cycles
holding Qt objects are never collected on a worker thread; whoever owns the GUI thread then
calls :meth:`GenerationalPasses.collect_due` to run the passes Python itself would have run by
now.

"The passes Python would have run" includes Python's rule for the oldest generation: a full
pass walks every long-lived object, so CPython runs one only when the objects promoted since
the last full pass are at least a quarter of those that survived it (``long_lived_pending <
long_lived_total / 4`` skips it, see ``gc_collect_generations`` in CPython's ``gcmodule.c``).
Without that rule a full pass came every ten middle passes, however big the heap: on the GUI
thread, with a sync feeding the queue, that was a pause of one to five seconds. Python does
not expose the two counters, so they are kept here from the passes this object runs.
"""

from __future__ import annotations

import gc

FULL_PASS_SHARE = 4  # a full pass once the newly promoted objects are 1/4 of the long-lived


class GenerationalPasses:
    """Runs the generational passes that are due, with CPython's rule for full passes."""

    def __init__(self, thresholds: tuple[int, int, int] | None = None) -> None:
        self.thresholds = thresholds or gc.get_threshold()
        self.long_lived_total: int | None = None  # objects that survived the last full pass
        self.long_lived_pending = 0  # objects promoted to the oldest generation since

    def collect_due(self) -> int:
        """Run the oldest generation whose count passed its threshold; return objects freed
        (0 when nothing was due)."""
        young, middle, old = self.thresholds
        first, second, third = gc.get_count()
        if young <= 0:
            return 0
        if third > old and self._full_pass_worth_it():
            return self._full()
        if second > middle:
            return self._middle()
        if first > young:
            return gc.collect(0)
        return 0

    def _full_pass_worth_it(self) -> bool:
        # Not gc.get_freeze_count() here: it counts the frozen objects one by one (30 ms with
        # a million frozen, on every check). After a gc.freeze() the total is too large until
        # the next full pass, which only delays that pass; ``frozen()`` resets it at once.
        if self.long_lived_total is None:
            self.long_lived_total = len(gc.get_objects(generation=2))
        return self.long_lived_pending >= self.long_lived_total / FULL_PASS_SHARE

    def frozen(self) -> None:
        """Call after ``gc.freeze()``: the oldest generation was emptied into the permanent
        one, so its size is read again at the next check."""
        self.long_lived_total = None

    def _middle(self) -> int:
        # The survivors of a middle pass are promoted to the oldest generation.
        young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        found = gc.collect(1)
        self.long_lived_pending += max(0, young - found)
        return found

    def _full(self) -> int:
        found = gc.collect(2)
        self.long_lived_total = len(gc.get_objects(generation=2))
        self.long_lived_pending = 0
        return found


_PASSES = GenerationalPasses()


def collect_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """The passes due now, for code without a :class:`GenerationalPasses` of its own (the
    test suite between tests); ``thresholds`` as ``gc.get_threshold()`` returns them."""
    if thresholds is not None and thresholds != _PASSES.thresholds:
        _PASSES.thresholds = thresholds
    return _PASSES.collect_due()
