"""Meaningful colours stay readable in the system's dark palette, unchanged in the light one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from operator_desk.ui import theme

ACCENTS = ("#1b6e3a", "#a3361f", "#1f4fa3", "#7a4a00", "#b36b00", "#666666", "#777777")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QGuiApplication.palette()
    palette = QPalette(QColor("#2b2b2b"))  # a dark window colour; Qt derives the rest
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#505050"))
    QApplication.setPalette(palette)
    yield palette
    QApplication.setPalette(before)


def test_accents_are_lightened_to_contrast_on_a_dark_base(dark: QPalette) -> None:
    assert theme.is_dark()
    base = dark.color(QPalette.ColorRole.Base)
    for accent in ACCENTS:
        assert theme.contrast(QColor(accent), base) < theme.MIN_CONTRAST  # the problem
        fixed = QColor(theme.readable(accent))
        assert theme.contrast(fixed, base) >= theme.MIN_CONTRAST, accent
    # Red stays red: the hue is kept.
    assert abs(QColor(theme.readable("#a3361f")).hslHue() - QColor("#a3361f").hslHue()) <= 2
    assert theme.contrast(QColor(theme.secondary_text()), base) >= 3.0


def test_accents_are_left_alone_on_a_light_base(qapp: QApplication) -> None:
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    before = QGuiApplication.palette()
    QApplication.setPalette(palette)
    try:
        assert not theme.is_dark()
        for accent in ("#1b6e3a", "#a3361f", "#1f4fa3", "#666666"):
            assert theme.readable(accent) == accent
    finally:
        QApplication.setPalette(before)
