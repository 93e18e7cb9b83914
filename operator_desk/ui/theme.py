"""Colours that stay readable in the system's light and dark palettes.

The desk follows the platform's palette (Qt does that by itself); only the few colours that
carry meaning (link states, incident status, who wrote a message) are ours. They are chosen
for a light background; on a dark one they are lightened until they contrast again, keeping
their hue, so "red means trouble" survives. Secondary text uses the palette's placeholder
role instead of a fixed grey.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# WCAG's threshold for normal text; our accents reach it on both the default light and the
# default dark palettes of Fusion, Breeze, Windows and macOS.
MIN_CONTRAST = 4.5


def _palette(widget: QWidget | None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether the palette's window background is dark (the system's dark mode)."""
    return _luminance(_palette(widget).color(QPalette.ColorRole.Window)) < 0.2


def readable(colour: str, widget: QWidget | None = None,
             role: QPalette.ColorRole = QPalette.ColorRole.Base) -> str:
    """``colour`` (a light-theme accent), lightened or darkened to contrast with ``role``."""
    palette = _palette(widget)
    return _readable(colour, palette.color(role).name(),
                     palette.color(QPalette.ColorRole.Text).name())


@lru_cache(maxsize=256)  # item models ask for every visible cell
def _readable(colour: str, background_name: str, text_name: str) -> str:
    background = QColor(background_name)
    accent = QColor(colour)
    if contrast(accent, background) >= MIN_CONTRAST:
        return accent.name()
    lighten = _luminance(background) < 0.5
    hue = max(accent.hslHueF(), 0.0)  # greys have no hue (-1)
    saturation, lightness = accent.hslSaturationF(), accent.lightnessF()
    for _step in range(20):
        lightness = min(1.0, lightness + 0.04) if lighten else max(0.0, lightness - 0.04)
        candidate = QColor.fromHslF(hue, saturation, lightness)
        if contrast(candidate, background) >= MIN_CONTRAST:
            return candidate.name()
    return text_name


def secondary_text(widget: QWidget | None = None) -> str:
    """The palette's colour for secondary text (dates, labels), as ``#rrggbb``."""
    palette = _palette(widget)
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    if contrast(colour, palette.color(QPalette.ColorRole.Base)) < 3.0:
        return readable(colour.name(), widget)
    return colour.name()
