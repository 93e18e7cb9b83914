"""The whole desk in this process, as ``run_gui`` assembles it: the main window with its
window state, the embedded sandbox in a temporary data folder, one sync (child process), the
team store and its pages. Shared by the accessibility, keyboard and window-state tests."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from operator_desk.app import Desk
from operator_desk.cli import _gui_parser
from operator_desk.ui.main_window import MainWindow
from operator_desk.ui.window_state import WindowState, settings_for


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0,
               what: str = "the condition") -> None:
    """Process Qt events until ``condition()`` holds (module-scoped fixtures have no qtbot)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


@contextmanager
def running_desk(data_dir: Path, *extra: str, sync: bool = True) -> Iterator[Desk]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    args = _gui_parser().parse_args(["--data-dir", str(data_dir), "--language", "en", *extra])
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    window = MainWindow("en_GB", sandbox=False)
    state = WindowState(window, settings_for(data_dir), window.pages)
    state.restore_window()
    window.on_close(state.save)
    desk = Desk(app, window, args, data_dir, "en", "en_GB", data_dir / "logs")
    synced: list[bool] = []
    desk.signals.sync_finished.connect(lambda ok, _problem: synced.append(ok))
    window.show()
    desk.start()
    # pytest-qt reports exceptions itself; the crash dialog would hide them from the test.
    desk.crash_handler.uninstall()
    try:
        wait_until(lambda: desk.page is not None and desk.audit_page is not None,
                   what="the pages")
        if sync:
            wait_until(lambda: bool(synced), what="the first sync")
            assert synced == [True]
        wait_until(lambda: desk.page.model.rowCount() > 0, what="the queue")
        yield desk
    finally:
        window.close()
        # Destroyed here, on the UI thread: left to the cyclic garbage collector, the window
        # could be freed later from whatever thread happens to allocate (a Qt crash).
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
                handler.close()
    assert not desk.crash_handler.crashed, "an unexpected error reached the crash handler"
