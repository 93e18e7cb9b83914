"""Opening attachments safely: fetched into the private store, judged by their bytes, shown
inside the desk (images, PDFs) or saved where the user chooses - never executed.

* The bytes come from the marketplace (M13) with a size cap, go into the content-addressed
  ``AttachmentStore`` (SHA-256 names, 0600 files, no execute bit) and are judged by
  ``domain.attachments.assess``: the kind comes from the first bytes, never from the name or
  the sender's declared type.
* Images are shown from their bytes (the UI builds a QImage; a file that claims to be an
  image but is not, is not shown).
* PDFs are previewed with PDFium (``pypdfium2``, the PDF engine of Chromium, shipped as a
  wheel): the first pages are rendered to pixels and their text extracted here, on a worker
  thread; PySide6-Essentials has no QtPdf. No script in a PDF runs: PDFium's rendering does
  not execute JavaScript unless a form environment is initialised, which is never done here.
* Anything else can only be saved, on request, to a place the user picks; the desk never asks
  the operating system to open a file.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from operator_desk.connectors.base import ConnectorError
from operator_desk.domain.attachments import AttachmentKind, AttachmentVerdict, assess
from operator_desk.domain.models import Attachment
from operator_desk.store.attachments import AttachmentStore, AttachmentStoreError

from .connections import Connections
from .incidents import ActionError

log = logging.getLogger(__name__)

MAX_PREVIEW_PAGES = 3
PREVIEW_SCALE = 1.2  # 72 dpi x 1.2: a page about 700 px wide


@dataclass(frozen=True, slots=True)
class FetchedAttachment:
    """An attachment in the private store with the desk's verdict on it."""

    market: str
    attachment: Attachment
    digest: str  # SHA-256 of the bytes: the store's id and the dossier's proof
    size: int
    verdict: AttachmentVerdict


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """A page as pixels: RGB, 3 bytes a pixel, ``stride`` bytes a row."""

    width: int
    height: int
    stride: int
    pixels: bytes


@dataclass(frozen=True, slots=True)
class Preview:
    """What the viewer shows: an image's bytes, a PDF's pages and text, or nothing."""

    fetched: FetchedAttachment
    image: bytes | None = None
    pages: tuple[RenderedPage, ...] = ()
    page_count: int = 0
    text: str = ""
    problem: str | None = None  # why nothing can be shown (a broken PDF, say)
    extra: dict[str, str] = field(default_factory=dict)


class AttachmentFiles:
    """Fetch, judge, preview and save attachments (worker threads only)."""

    def __init__(self, connections: Connections, store: AttachmentStore) -> None:
        self.connections = connections
        self.store = store
        self._known: dict[tuple[str, str], tuple[str, str]] = {}  # -> (digest, content type)

    def fetch(self, market: str, attachment: Attachment) -> FetchedAttachment:
        """The attachment's bytes in the private store (downloaded unless already there)."""
        key = (market, attachment.attachment_id)
        known = self._known.get(key)
        if known is not None and known[0] in self.store:
            digest, declared = known
        else:
            connector = self.connections.connector(market)
            if connector is None:
                raise ActionError("offline", market)
            try:
                downloaded = connector.download_attachment(attachment.attachment_id,
                                                           self.store.max_file_bytes)
            except ConnectorError as exc:
                link = self.connections.report(market, exc)
                kind = "too_large" if getattr(exc, "status", None) == 413 else link.state.value
                raise ActionError(kind, market, exc.detail) from exc
            try:
                stored = self.store.put(downloaded.content)
            except AttachmentStoreError as exc:
                raise ActionError("store", market, exc.user_message) from exc
            digest, declared = stored.digest, downloaded.content_type
            self._known[key] = (digest, declared)
        head = self.store.head(digest)
        size = len(self.store.read(digest)) if attachment.size <= 0 else attachment.size
        verdict = assess(attachment.name, declared, head, size, self.store.max_file_bytes)
        return FetchedAttachment(market, attachment, digest, size, verdict)

    def preview(self, market: str, attachment: Attachment) -> Preview:
        """Fetch and prepare what the viewer may show for this attachment."""
        fetched = self.fetch(market, attachment)
        kind = fetched.verdict.kind
        if kind == AttachmentKind.IMAGE:
            return Preview(fetched, image=self.store.read(fetched.digest))
        if kind == AttachmentKind.PDF:
            return render_pdf(fetched, self.store.read(fetched.digest))
        return Preview(fetched)

    def read(self, digest: str) -> bytes:
        return self.store.read(digest)

    def save_as(self, digest: str, destination: Path) -> Path:
        """Copy the stored bytes to ``destination`` (no execute bit, written atomically)."""
        try:
            return self.store.save_as(digest, destination)
        except (AttachmentStoreError, OSError) as exc:
            message = getattr(exc, "user_message", None) or str(exc)
            raise ActionError("save", "", message) from exc


def render_pdf(fetched: FetchedAttachment, data: bytes,
               max_pages: int = MAX_PREVIEW_PAGES) -> Preview:
    """The first pages of a PDF as pixels and their text; a broken file says so."""
    import pypdfium2 as pdfium  # imported here: only a PDF preview needs it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        log.info("PDF %s could not be read: %s", fetched.digest[:12], exc)
        return Preview(fetched, problem=str(exc))
    try:
        pages: list[RenderedPage] = []
        texts: list[str] = []
        count = len(document)
        for index in range(min(count, max_pages)):
            page = document[index]
            bitmap = page.render(scale=PREVIEW_SCALE, rev_byteorder=True)
            pages.append(RenderedPage(bitmap.width, bitmap.height, bitmap.stride,
                                      bytes(bitmap.buffer)))
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return Preview(fetched, pages=tuple(pages), page_count=count,
                       text="\n\n".join(t.strip() for t in texts if t.strip()))
    except pdfium.PdfiumError as exc:
        return Preview(fetched, problem=str(exc))
    finally:
        document.close()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
