"""``operator-desk --screenshot FILE`` (docs, smoke tests): once the queue is loaded and its
first case is on screen - or at most 20 s later on a slow machine - the window is saved as a
PNG and closed."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class DeskScreenshot(QObject):
    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.taken = False
        self._page: Any = None

    def arm(self, page: Any) -> None:
        """Take the picture after the queue page's next load (the desk asks for one)."""
        if self.taken or self._page is not None:
            return
        self._page = page
        page.model.reloaded.connect(self._loaded)

    def _loaded(self) -> None:
        page = self._page
        page.model.reloaded.disconnect(self._loaded)
        if page.model.rowCount() == 0 or page.detail.case is not None:
            QTimer.singleShot(500, self.take)  # nothing to wait for, or it is there
            return
        page.detail.case_shown.connect(self._case_shown)
        QTimer.singleShot(20_000, self.take)

    def _case_shown(self, _shown: object) -> None:
        self._page.detail.case_shown.disconnect(self._case_shown)
        QTimer.singleShot(500, self.take)

    def take(self) -> None:
        if self.taken:
            return
        self.taken = True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.window.grab().save(str(self.path))
        log.info("screenshot saved to %s", self.path)
        self.window.close()
