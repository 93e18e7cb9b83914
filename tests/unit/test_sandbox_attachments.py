"""Generated attachments are valid files: a PNG that decodes, a PDF whose cross-reference
table points at its objects."""

from __future__ import annotations

import re
import struct
import zlib

from operator_desk.sandbox.attachments import HOSTILE_NAMES, document, hostile, pdf, photo, png


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length:position + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks.append((kind, body))
        position += 12 + length
    return chunks


def test_png_decodes_to_its_pixels() -> None:
    chunks = _chunks(png(42, size=16))
    assert [kind for kind, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (width, height, depth, colour) == (16, 16, 8, 2)
    raw = zlib.decompress(chunks[1][1])
    assert len(raw) == height * (1 + width * 3)
    assert png(42) == png(42) and png(42) != png(43)


def test_pdf_cross_references_point_at_objects() -> None:
    data = pdf(["Rechnung DE1234", "Übergrößen (Sonderposten)", "Summe: 19,99 €"])
    start = int(re.search(rb"startxref\n(\d+)\n", data).group(1))  # type: ignore[union-attr]
    assert data[start:start + 4] == b"xref"
    offsets = [int(m) for m in re.findall(rb"(\d{10}) 00000 n", data)]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    length = int(re.search(rb"/Length (\d+)", data).group(1))  # type: ignore[union-attr]
    stream = data.split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
    assert len(stream) == length
    assert b"(Ubergroen \\(Sonderposten\\)) Tj" in stream or b"Ubergro" in stream


def test_names_per_language_and_hostile_ones() -> None:
    assert photo("es", 3).name == "foto_daño_4.png"
    assert document("invoice", "nl", "NL1000", []).name == "factuur_NL1000.pdf"
    assert document("label", "de", "DE1", []).content.startswith(b"%PDF")
    names = [hostile(i, i).name for i in range(len(HOSTILE_NAMES))]
    assert names == list(HOSTILE_NAMES)
    assert any("\r\n" in n for n in names) and any(n.startswith("../") for n in names)
    assert hostile(3, 0).content_type.startswith("text/plain")
