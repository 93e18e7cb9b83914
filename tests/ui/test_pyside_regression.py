"""Python 3.12+ is required: on 3.11, PySide6 6.12 aborts after a few thousand empty returns."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel, Qt


def test_twenty_thousand_empty_returns_from_qt_do_not_abort(qapp: object) -> None:
    model = QStringListModel(["a", "b", "c"])
    index = model.index(0, 0)
    for _ in range(20_000):
        assert model.data(index, Qt.ItemDataRole.UserRole + 7) is None
    assert sys.version_info >= (3, 12)
