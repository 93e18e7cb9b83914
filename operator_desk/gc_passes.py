"""The cycle collector's generational passes, run by hand.

The desk switches Python's automatic collector off (see ``ui/main_thread_gc``) so that cycles
holding Qt objects are never collected on a worker thread; whoever owns the GUI thread then
calls :func:`collect_due` to run the passes Python itself would have run by now.
"""

from __future__ import annotations

import gc


def collect_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """Run the oldest generation whose count passed its threshold; return objects freed."""
    young, middle, old = thresholds or gc.get_threshold()
    first, second, third = gc.get_count()
    if young <= 0:
        return 0
    if third > old:
        return gc.collect(2)
    if second > middle:
        return gc.collect(1)
    if first > young:
        return gc.collect(0)
    return 0
