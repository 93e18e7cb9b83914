"""Colours that stay readable in the system's light and dark palettes, at any scale.

The desk follows the platform's palette (Qt does that by itself); only the few colours that
carry meaning (link states, incident status, who wrote a message, warnings) are ours. They
are written for a light background and never used raw:

- text colours go through ``readable`` (a widget's palette) or ``ink`` (the application
  palette, also on worker threads that build HTML): on a dark background they are lightened
  until they contrast again, keeping their hue, so "red means trouble" survives;
- background tints (notes, highlights, message cards) go through ``tint``: kept in a light
  palette, a dark tint of the same hue behind light text in a dark one;
- secondary text uses the palette's placeholder colour (``secondary_text``), never a grey of
  our own or ``palette(mid)`` (which is nearly the background in dark palettes);
- style sheets come from ``label_style``, ``secondary_style`` and ``note_style``.

``dark_palette`` is a desktop-like dark palette for screenshots and tests;
``low_contrast_labels`` finds painted text that does not stand out from what is behind it.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRect, QThread
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

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
    """The palette's colour for secondary text (dates, labels, hints), as ``#rrggbb``: its
    placeholder colour as painted (Qt's default is the text colour at half opacity) on the
    window colour, darkened or lightened where it would not read."""
    palette = _palette(widget)
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    behind = palette.color(QPalette.ColorRole.Window)
    alpha = colour.alphaF()
    painted = QColor.fromRgbF(alpha * colour.redF() + (1 - alpha) * behind.redF(),
                              alpha * colour.greenF() + (1 - alpha) * behind.greenF(),
                              alpha * colour.blueF() + (1 - alpha) * behind.blueF())
    return readable(painted.name(), widget, QPalette.ColorRole.Window)


def secondary_style(widget: QWidget | None = None, extra: str = "",
                    selector: str = "QLabel") -> str:
    """A style sheet for a label of secondary text (hints, "loading…", empty states)."""
    return f"{selector} {{ color: {secondary_text(widget)};{extra} }}"


# -- one snapshot of the palette, for code that builds colours off the UI thread -------------
@dataclass(frozen=True)
class Scheme:
    """The application palette's colours that our own colours are judged against."""

    window: str
    base: str
    text: str
    window_text: str

    @property
    def dark(self) -> bool:
        return _luminance(QColor(self.window)) < 0.2


_scheme: tuple[int, Scheme] | None = None
_scheme_lock = threading.Lock()


def scheme() -> Scheme:
    """The current application palette as plain names. On the UI thread it follows palette
    changes; worker threads (case and thread HTML is built there) get the last snapshot the
    UI thread took, so they never read Qt's palette while it changes."""
    global _scheme
    app = QGuiApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    with _scheme_lock:
        if _scheme is not None and not on_ui_thread:
            return _scheme[1]
        palette = QGuiApplication.palette()
        if _scheme is None or _scheme[0] != palette.cacheKey():
            _scheme = (palette.cacheKey(), Scheme(
                palette.color(QPalette.ColorRole.Window).name(),
                palette.color(QPalette.ColorRole.Base).name(),
                palette.color(QPalette.ColorRole.Text).name(),
                palette.color(QPalette.ColorRole.WindowText).name()))
        return _scheme[1]


def ink(colour: str, on: str = "base") -> str:
    """``colour`` as text readable on the palette's base (views, text browsers), on
    ``"window"`` (labels on a page or dialog) or on a given ``#rrggbb`` background, in light
    and dark palettes alike. Safe on worker threads (it reads the ``scheme()`` snapshot)."""
    current = scheme()
    background = {"base": current.base, "window": current.window}.get(on, on)
    return _readable(colour, background, current.text)


def tint(colour: str, text: str | None = None) -> str:
    """A light background tint (``#fff4e5``) as a background behind the palette's text: kept
    in a light palette, turned into a dark tint of the same hue in a dark one, so the text on
    it reads in both. Safe on workers."""
    return _tint(colour, text or scheme().text)


@lru_cache(maxsize=128)
def _tint(colour: str, text_name: str) -> str:
    text, background = QColor(text_name), QColor(colour)
    if contrast(text, background) >= MIN_CONTRAST:
        return background.name()
    darken = _luminance(text) > 0.5  # light text (a dark palette): a dark tint behind it
    hue = max(background.hslHueF(), 0.0)
    saturation = min(background.hslSaturationF(), 0.45)
    lightness = 0.30 if darken else 0.85
    for _step in range(30):
        candidate = QColor.fromHslF(hue, saturation, lightness)
        if contrast(text, candidate) >= MIN_CONTRAST:
            return candidate.name()
        lightness = max(0.0, lightness - 0.02) if darken else min(1.0, lightness + 0.02)
    return QColor.fromHslF(hue, saturation, lightness).name()


def label_style(colour: str, widget: QWidget | None = None, *, bold: bool = False,
                selector: str = "QLabel", extra: str = "") -> str:
    """A style sheet giving a label's text ``colour`` (an accent), readable on the window
    colour of the palette in use."""
    readable_colour = readable(colour, widget, QPalette.ColorRole.Window)
    weight = " font-weight: bold;" if bold else ""
    return f"{selector} {{ color: {readable_colour};{weight}{extra} }}"


def note_background(background: str) -> str:
    """The background ``note_style`` paints for ``background`` in the palette in use."""
    return tint(background, scheme().window_text)


def note_style(selector: str, background: str, border: str | None = None,
               extra: str = "") -> str:
    """A style sheet for a note strip (undo bar, "a colleague is on this case"): a tinted
    background with the palette's text on it (the strip's labels too) and a border of the
    same hue, in light and dark palettes."""
    current = scheme()
    fill = note_background(background)
    edge = "" if border is None else (
        f" border: 1px solid {QColor(fill).lighter(170).name() if current.dark else border};")
    return (f"{selector} {{ background: {fill}; color: {current.window_text};{edge}{extra} }} "
            f"{selector} QLabel {{ color: {current.window_text}; }}")


def dark_palette() -> QPalette:
    """A dark palette like the desktops' own dark themes (Breeze Dark, Windows' and macOS'
    dark mode), for screenshots and tests of the desk in a dark palette."""
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, name in ((roles.Window, "#2a2e32"), (roles.WindowText, "#fcfcfc"),
                       (roles.Base, "#1b1e20"), (roles.AlternateBase, "#232629"),
                       (roles.Text, "#fcfcfc"), (roles.Button, "#31363b"),
                       (roles.ButtonText, "#fcfcfc"), (roles.BrightText, "#ffffff"),
                       (roles.Light, "#40464c"), (roles.Midlight, "#373c41"),
                       (roles.Mid, "#24282b"), (roles.Dark, "#1b1e20"),
                       (roles.Shadow, "#111315"), (roles.Highlight, "#3daee9"),
                       (roles.HighlightedText, "#fcfcfc"), (roles.Link, "#1d99f3"),
                       (roles.LinkVisited, "#9b59b6"), (roles.ToolTipBase, "#31363b"),
                       (roles.ToolTipText, "#fcfcfc"), (roles.PlaceholderText, "#a1a9b1")):
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6e7175"))
    return palette


def low_contrast_labels(window: QWidget, minimum: float = MIN_CONTRAST) -> list[str]:
    """Visible, enabled labels and buttons of ``window`` whose text, as painted, contrasts less than
    ``minimum`` with what is painted behind it: the window is grabbed once, and in each
    widget's rectangle the commonest colour is the background and the colour farthest from it
    the text. Judges what the user sees, whichever style sheet, palette or parent painted it."""
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible():
            continue
        if not widget.isEnabled():  # greyed out on purpose (WCAG exempts inactive controls)
            continue
        text = widget.text()
        if not text.strip() or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
            continue
        shown = widget.visibleRegion().boundingRect()  # not what a parent clips away
        if shown.isEmpty():
            continue
        corner = widget.mapTo(window, shown.topLeft())
        box = QRect(int(corner.x() * ratio), int(corner.y() * ratio),
                    int(shown.width() * ratio), int(shown.height() * ratio))
        box = box.intersected(image.rect())
        if box.width() < 4 or box.height() < 4:
            continue
        colours: Counter[int] = Counter()
        for y in range(box.top(), box.bottom() + 1):
            for x in range(box.left(), box.right() + 1):
                colours[image.pixel(x, y) & 0xFFFFFF] += 1
        background = QColor(colours.most_common(1)[0][0])
        ratios = [contrast(QColor(rgb), background) for rgb in colours]
        best = max(ratios, default=1.0)
        if best < minimum:
            found.append(f"{type(widget).__name__} {text[:50]!r}: {best:.1f} on "
                         f"{background.name()}")
    return found


@lru_cache(maxsize=1)
def attachment_mark() -> str:
    """The paperclip before attachment names where a font can draw it (an emoji font: most
    desktops), else a plain bullet: a minimal Linux shows the emoji as an empty box."""
    families = QFontDatabase.families()
    if any("emoji" in family.lower() or family.lower().startswith("symbola")
           for family in families):
        return "\N{PAPERCLIP}"
    return "\N{BULLET}"
