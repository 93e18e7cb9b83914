"""Showing untrusted text: escaped HTML, no remote resources, links that ask before opening.

Message bodies are written by customers and sellers. Here they become inert rich text: every
character is escaped, so markup shows as the characters it is made of; control and bidi
characters are neutralised; the only links are addresses written out in the text, and the
visible text of each is its full target. A link's href is an opaque token (``desk-link:N``),
so what a click can open is exactly an address the desk found and showed, never something
Qt re-interpreted. A click asks for confirmation (``link_confirm``) and only http, https and
mailto ever open. ``SafeTextBrowser.loadResource`` returns nothing: no image, style sheet or
tracking pixel is ever fetched, and every attempt is recorded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from operator_desk.domain.safe_text import LinkVerdict, assess_link, neutralize, split_links

log = logging.getLogger(__name__)

LINK_SCHEME = "desk-link"

ConfirmLink = Callable[[LinkVerdict, QWidget | None], bool]
OpenUrl = Callable[[QUrl], bool]


def inert_html(text: str) -> str:
    """Untrusted text as HTML that shows the text and does nothing else (no links)."""
    return escape(neutralize(text)).replace("\n", "<br>")


class LinkRegistry:
    """The links of the document on screen: token -> the address written in the text."""

    def __init__(self) -> None:
        self._targets: list[str] = []

    def clear(self) -> None:
        self._targets.clear()

    def add(self, url: str) -> str:
        self._targets.append(url)
        return f"{LINK_SCHEME}:{len(self._targets) - 1}"

    def target(self, href: QUrl | str) -> str | None:
        """The address behind a token from this document; None for anything else."""
        text = href.toString() if isinstance(href, QUrl) else href
        scheme, _, number = text.partition(":")
        if scheme != LINK_SCHEME or not number.isdigit():
            return None
        index = int(number)
        return self._targets[index] if index < len(self._targets) else None

    def __len__(self) -> int:
        return len(self._targets)


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of the *neutralized* text to highlight (``start``/``end`` as Python indices),
    with a background colour chosen by the desk (never by the text)."""

    start: int
    end: int
    colour: str


def _marked(text: str, offset: int, marks: Sequence[Mark]) -> str:
    """Escaped ``text`` (which starts at ``offset`` of the message) with marked spans."""
    cuts = sorted({0, len(text), *(
        min(max(p - offset, 0), len(text)) for m in marks for p in (m.start, m.end))})
    parts: list[str] = []
    for start, end in pairwise(cuts):
        if start == end:
            continue
        shown = escape(text[start:end]).replace("\n", "<br>")
        colour = next((m.colour for m in marks
                       if m.start <= offset + start and offset + end <= m.end), None)
        if colour is not None and _COLOUR.fullmatch(colour):
            shown = f'<span style="background-color:{colour}">{shown}</span>'
        parts.append(shown)
    return "".join(parts)


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def message_html(text: str, links: LinkRegistry, marks: Sequence[Mark] = ()) -> str:
    """A message body as inert HTML whose only links are the addresses written in it.

    Each link's visible text is the address itself (escaped), never a label chosen by the
    sender; its href is a token registered in ``links``. ``marks`` highlight spans of
    ``neutralize(text)`` (policy findings), inside links too.
    """
    parts: list[str] = []
    offset = 0
    for segment in split_links(neutralize(text)):
        shown = _marked(segment.text, offset, marks)
        offset += len(segment.text)
        if segment.is_link:
            token = links.add(segment.text)
            parts.append(f'<a href="{escape(token, quote=True)}">{shown}</a>')
        else:
            parts.append(shown)
    return "".join(parts)


def _confirm_with_dialog(verdict: LinkVerdict, parent: QWidget | None) -> bool:
    from .link_confirm import confirm_link

    return confirm_link(verdict, parent)


class LinkOpener(QObject):
    """Decides what a click on a link does: refuse, or confirm and then open.

    ``confirm`` and ``open_url`` are injected so tests run without dialogs or a browser; by
    default they are the confirmation dialog and ``QDesktopServices.openUrl``.
    """

    refused = Signal(str, str)  # the address (or token), the reason
    opened = Signal(str)  # the address as opened

    def __init__(self, parent: QWidget | None = None, *, confirm: ConfirmLink | None = None,
                 open_url: OpenUrl | None = None) -> None:
        super().__init__(parent)
        self._widget = parent
        self._confirm = confirm or _confirm_with_dialog
        self._open_url = open_url or QDesktopServices.openUrl
        self.notice: QMessageBox | None = None
        self.show_refusals = True

    def handle(self, target: str | None, href: str) -> bool:
        """Open ``target`` (the address behind the clicked token) if allowed and confirmed."""
        if target is None:
            self._refuse(href, self.tr("This link did not come from the message text."))
            return False
        verdict = assess_link(target)
        if not verdict.openable:
            self._refuse(target, verdict.reason)
            return False
        if not self._confirm(verdict, self._widget):
            return False
        url = QUrl(verdict.real_target)
        # Qt must read the address as the desk did: same scheme, same host.
        host = url.host(QUrl.ComponentFormattingOption.FullyEncoded).lower()
        if (not url.isValid() or url.scheme().lower() != verdict.scheme
                or (verdict.scheme != "mailto" and host != verdict.ascii_host.lower())):
            self._refuse(target, self.tr("The address could not be read."))
            return False
        log.info("opening a link the user confirmed (scheme %s)", verdict.scheme)
        self._open_url(url)
        self.opened.emit(verdict.real_target)
        return True

    def _refuse(self, target: str, reason: str) -> None:
        log.info("link refused: %s", reason)
        self.refused.emit(target, reason)
        if not self.show_refusals:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Link not opened"),
                          self.tr("This link was not opened: {0}.\n\n{1}").format(reason, target),
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.notice = box
        box.open()


class SafeTextBrowser(QTextBrowser):
    """A read-only text view that never loads anything and never follows a link by itself.

    ``blocked_resources`` lists every resource the document asked for (and did not get).
    Clicks on links go to ``opener``; hovering shows the link's full address as tooltip.
    """

    link_hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 opener: LinkOpener | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.links = LinkRegistry()
        self.opener = opener or LinkOpener(self)
        self.blocked_resources: list[QUrl] = []
        self.anchorClicked.connect(self._clicked)
        self.highlighted.connect(self._hovered)

    def loadResource(self, type_: int, name: QUrl | str, /) -> object:
        self.blocked_resources.append(QUrl(name))
        return None

    def show_text(self, html: str, links: LinkRegistry | None = None) -> None:
        """Show HTML built with ``message_html``/``inert_html`` against ``self.links``, or
        against ``links`` when the document was built elsewhere (on a worker thread)."""
        if links is not None:
            self.links = links
        self.setHtml(html)

    def _clicked(self, href: QUrl) -> None:
        self.opener.handle(self.links.target(href), href.toString())

    def _hovered(self, href: QUrl) -> None:
        target = self.links.target(href) if not href.isEmpty() else None
        self.setToolTip(target or "")
        self.link_hovered.emit(target or "")

