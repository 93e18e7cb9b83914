"""Small real files for generated messages: a PNG "photo" and a one-page PDF "document".

Both are built by hand (zlib + struct for the PNG, a minimal PDF with a correct cross-reference
table), deterministically from a number, so the same seed writes the same bytes. A few
deliberately hostile file names are mixed into generated data (:data:`HOSTILE_NAMES`) so that a
client's attachment handling can be tested against them.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from dataclasses import dataclass

# Names a careless client would trip over; documented in docs/SANDBOX_API.md.
HOSTILE_NAMES: tuple[str, ...] = (
    "../../etc/passwd.pdf",  # path traversal
    "..\\..\\Windows\\System32\\drivers\\etc\\hosts.pdf",  # Windows path traversal
    "Rechnung\x07\r\nX-Injected: 1.pdf",  # control characters, header injection
    "CON.txt",  # reserved device name on Windows
    "invoice.pdf.exe",  # double extension
    "\u202eFDP.exe",  # right-to-left override: shows as "exe.PDF"
    "/etc/cron.d/label.pdf",  # absolute path
    "aux.png",  # another reserved name
    "x" * 240 + ".pdf",  # longer than most file systems like
)

_PHOTO = {"de": "foto_schaden_{n}.png", "es": "foto_daño_{n}.png",
          "nl": "foto_schade_{n}.png", "en": "photo_damage_{n}.png"}
_INVOICE = {"de": "Rechnung_{order}.pdf", "es": "factura_{order}.pdf",
            "nl": "factuur_{order}.pdf", "en": "invoice_{order}.pdf"}
_LABEL = {"de": "Retourenetikett_{order}.pdf", "es": "etiqueta_devolución_{order}.pdf",
          "nl": "retourlabel_{order}.pdf", "en": "return_label_{order}.pdf"}
_RECEIPT = {"de": "Zustellnachweis_{order}.pdf", "es": "justificante_entrega_{order}.pdf",
            "nl": "afleverbewijs_{order}.pdf", "en": "proof_of_delivery_{order}.pdf"}
_TITLES = {
    "invoice": {"de": "Rechnung", "es": "Factura", "nl": "Factuur", "en": "Invoice"},
    "label": {"de": "Retourenetikett", "es": "Etiqueta de devolucion", "nl": "Retourlabel",
              "en": "Return label"},
    "receipt": {"de": "Zustellnachweis", "es": "Justificante de entrega",
                "nl": "Afleverbewijs", "en": "Proof of delivery"},
}
DOCUMENT_NAMES = {"invoice": _INVOICE, "label": _LABEL, "receipt": _RECEIPT}


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    name: str
    content_type: str
    content: bytes


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png(number: int, size: int = 16) -> bytes:
    """A valid RGB PNG with a pattern and colours that depend on ``number``."""
    r, g, b = (number * 97) % 256, (number * 57 + 80) % 256, (number * 31 + 160) % 256
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type: none
        for x in range(size):
            shade = ((x // 4 + y // 4 + number) % 2) * 60
            rows += bytes(((r + shade) % 256, (g + shade) % 256, (b + shade) % 256))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _chunk(b"IEND", b""))


def _pdf_text(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` (folded to ASCII) in Helvetica."""
    text = ["BT", "/F1 14 Tf", "50 780 Td", "18 TL"]
    for line in lines:
        text.append(f"({_pdf_text(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def photo(language: str, number: int) -> GeneratedFile:
    return GeneratedFile(_PHOTO.get(language, _PHOTO["en"]).format(n=number % 10 + 1),
                         "image/png", png(number))


def document(kind: str, language: str, order: str, lines: list[str]) -> GeneratedFile:
    names = DOCUMENT_NAMES[kind]
    title = _TITLES[kind].get(language, _TITLES[kind]["en"])
    return GeneratedFile(names.get(language, names["en"]).format(order=order),
                         "application/pdf", pdf([f"{title} {order}", *lines]))


def hostile(index: int, number: int) -> GeneratedFile:
    """The ``index``-th hostile name with harmless content (a PNG or a PDF, or text)."""
    name = HOSTILE_NAMES[index % len(HOSTILE_NAMES)]
    if name.endswith(".png"):
        return GeneratedFile(name, "image/png", png(number))
    if name.endswith(".txt"):
        return GeneratedFile(name, "text/plain; charset=utf-8", b"sandbox test file\n")
    if name.endswith(".exe"):
        # Harmless bytes under a dangerous name: what matters is how a client treats the name.
        return GeneratedFile(name, "application/octet-stream", pdf([f"sandbox test {number}"]))
    return GeneratedFile(name, "application/pdf", pdf([f"sandbox test {number}"]))
