"""Python's cycle collector, run on the GUI thread only.

CPython runs its cycle collector on whichever thread happens to allocate when a generation's
threshold is crossed. In a Qt application that is often a worker of the task runner, and when
the garbage it finds holds a Qt wrapper (a closed dialog caught in a lambda cycle, a page a test
threw away), the C++ object is destroyed on that worker: Qt objects must die on their own
thread, and the process crashes with a segmentation fault. It happened here about once in three
runs of the UI tests, in a worker saving a seller rule while the collector ran.

So the automatic collector is switched off and this object runs the same generational passes
from a timer on the GUI thread: the thresholds are Python's own, checked a few times a second,
which keeps memory bounded the same way without ever collecting on a worker. Full passes
follow Python's own rule too (``gc_passes``): they are what can pause the window.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QThread, QTimer

from operator_desk.gc_passes import GenerationalPasses

CHECK_INTERVAL_MS = 250


class MainThreadGarbageCollector(QObject):
    """Disables automatic collection and collects on the GUI thread from a timer."""

    def __init__(self, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._passes = GenerationalPasses(gc.get_threshold())
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Take over from the automatic collector (call on the GUI thread)."""
        if QThread.currentThread() != self.thread():
            raise RuntimeError("the collector must start on the thread that owns it")
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (at shutdown, once workers are gone)."""
        self._timer.stop()
        gc.enable()

    def frozen(self) -> None:
        """The desk called ``gc.freeze()``: the long-lived generation is read again."""
        self._passes.frozen()

    def check(self) -> int:
        """Run the passes Python would have run by now; returns objects collected."""
        return self._passes.collect_due()
