"""Attachment names are made safe, types come from the bytes, and hostile files are flagged."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from operator_desk.domain.attachments import (
    DEFAULT_NAME,
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    AttachmentFlag,
    AttachmentKind,
    assess,
    has_dangerous_extension,
    sanitize_filename,
    sniff_type,
)

# The same examples on every CI run (a red build is then about the change, not luck);
# random ones on developers' machines, where the fuzzers keep exploring.
IN_CI = bool(os.environ.get("CI"))

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 50
LIMIT = 10 * 1024 * 1024


@pytest.mark.parametrize("raw,safe", [
    ("invoice.pdf", "invoice.pdf"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
    ("C:\\Users\\x\\Desktop\\photo.JPG", "photo.JPG"),
    ("/absolute/path/report.txt", "report.txt"),
    ("..", DEFAULT_NAME),
    ("", DEFAULT_NAME),
    ("   ", DEFAULT_NAME),
    ("\x00\x01\x1f", DEFAULT_NAME),
    ("a\x00b\nc\td.txt", "abcd.txt"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # the override would show "invoiceexe.pdf"
    ("zero\u200bwidth.png", "zerowidth.png"),
    ("CON", "_CON"),
    ("con.txt", "_con.txt"),
    ("LPT9.tar.gz", "_LPT9.tar.gz"),
    ("COM1 .log", "_COM1.log"),
    ("NUL.", "_NUL"),
    ("CONSOLE.txt", "CONSOLE.txt"),  # only the exact device names are reserved
    ("trailing dots...", "trailing dots"),
    ("trailing space.pdf   ", "trailing space.pdf"),
    (".hidden", "hidden"),
    ('what?<>:"|*.txt', "what_______.txt"),
    ("Rechnung über 100 €.pdf", "Rechnung über 100 €.pdf"),
])
def test_sanitize_filename(raw: str, safe: str) -> None:
    assert sanitize_filename(raw) == safe


def test_long_names_are_cut_but_keep_their_extension() -> None:
    name = sanitize_filename("x" * 500 + ".pdf")
    assert name.endswith(".pdf") and len(name) == MAX_NAME_CHARS
    wide = sanitize_filename("€" * 200 + ".docx")  # 3 bytes each in UTF-8
    assert wide.endswith(".docx") and len(wide.encode("utf-8")) <= MAX_NAME_BYTES


_RESERVED_STEMS = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
                   *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")}


@settings(derandomize=IN_CI, max_examples=300, deadline=500,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400) | st.lists(
    st.sampled_from(["..", "/", "\\", ".", " ", "CON", "com1", "\u202e", "\x00", "exe", "a",
                     "€", "\n", ":", "*", "\u200b", "nul.", "\ufeff"]),
    max_size=40).map("".join))
def test_any_name_becomes_a_plain_file_name_inside_the_folder(tmp_path: Path, raw: str) -> None:
    name = sanitize_filename(raw)
    assert name and name not in (".", "..")
    assert "/" not in name and "\\" not in name
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name)
    assert name == name.strip(" .") and not name.startswith(".")
    assert name.split(".")[0].strip().upper() not in _RESERVED_STEMS
    assert len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert sanitize_filename(name) == name  # stable: cleaning twice changes nothing
    # And the file system agrees: it is created where it was meant to be.
    target = tmp_path / name
    target.write_bytes(b"x")
    assert target.resolve().parent == tmp_path.resolve()
    target.unlink()


@pytest.mark.parametrize("head,kind", [
    (PDF, "application/pdf"),
    (PNG, "image/png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"GIF89a\x01\x00", "image/gif"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (b"PK\x03\x04\x14\x00\x00\x00photos/1.jpg", "application/zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "application/x-ole-storage"),
    (EXE, "application/x-msdownload"),
    (b"\x7fELF\x02\x01\x01", "application/x-executable"),
    (b"#!/bin/sh\nrm -rf ~\n", "text/x-shellscript"),
    (b"<!DOCTYPE html><html><script>", "text/html"),
    (b'<?xml version="1.0"?><svg onload="alert(1)">', "image/svg+xml"),
    ("Guten Tag, anbei die Rechnung. Grüße".encode(), "text/plain"),
    ("ä".encode() * 3 + "ä".encode()[:1], "text/plain"),  # cut inside a character
    (b"\x00\x01\x02\x03binary", "application/octet-stream"),
    (b"", "application/octet-stream"),
])
def test_types_come_from_the_bytes(head: bytes, kind: str) -> None:
    assert sniff_type(head) == kind


def test_an_executable_dressed_as_a_pdf_is_flagged_and_not_a_pdf() -> None:
    verdict = assess("Rechnung.pdf", "application/pdf", EXE, len(EXE), LIMIT)
    assert verdict.kind is AttachmentKind.OTHER
    assert {AttachmentFlag.EXTENSION_MISMATCH, AttachmentFlag.EXECUTABLE_CONTENT,
            AttachmentFlag.DECLARED_TYPE_MISMATCH} <= verdict.flags
    assert verdict.suspicious and not verdict.refused


def test_a_bidi_disguised_executable_is_named_for_what_it_is() -> None:
    verdict = assess("invoice\u202efdp.exe", "application/pdf", EXE, 4000, LIMIT)
    assert verdict.safe_name == "invoicefdp.exe" and verdict.extension == "exe"
    assert AttachmentFlag.DANGEROUS_EXTENSION in verdict.flags
    assert AttachmentFlag.NAME_CHANGED in verdict.flags


@pytest.mark.parametrize("name", ["setup.exe", "run.BAT", "x.cmd", "a.js", "b.vbs", "c.scr",
                                  "d.msi", "e.ps1", "f.sh", "g.jar", "h.lnk", "i.hta"])
def test_dangerous_extensions_are_flagged_whatever_the_bytes(name: str) -> None:
    verdict = assess(name, None, b"just text\n", 10, LIMIT)
    assert AttachmentFlag.DANGEROUS_EXTENSION in verdict.flags and verdict.suspicious
    assert has_dangerous_extension(name) and has_dangerous_extension(f"../{name}. ")
    assert not has_dangerous_extension(name + ".pdf")


def test_an_image_is_an_image_only_when_its_bytes_say_so() -> None:
    photo = assess("photo.png", "image/png", PNG, 5000, LIMIT)
    assert photo.kind is AttachmentKind.IMAGE and not photo.flags
    fake = assess("photo.png", "image/png", PDF, 5000, LIMIT)
    assert fake.kind is AttachmentKind.PDF
    assert AttachmentFlag.EXTENSION_MISMATCH in fake.flags
    assert AttachmentFlag.DECLARED_TYPE_MISMATCH in fake.flags
    jpg = assess("scan.jpg", "image/jpg", b"\xff\xd8\xff\xe1", 5000, LIMIT)  # a common alias
    assert jpg.kind is AttachmentKind.IMAGE and not jpg.flags


def test_vague_but_honest_claims_are_not_mismatches() -> None:
    docx = b"PK\x03\x04\x14\x00\x06\x00word/document.xml"
    verdict = assess("Vertrag.docx", "application/zip", docx, 9000, LIMIT)
    assert not verdict.flags
    csv = assess("export.csv", "text/csv", b"id;amount\n1;2\n", 14, LIMIT)
    assert not csv.flags and csv.kind is AttachmentKind.OTHER
    unknown = assess("data.bin", "application/octet-stream", b"\x00\x01", 2, LIMIT)
    assert not unknown.flags


def test_files_over_the_limit_are_refused() -> None:
    verdict = assess("big.pdf", "application/pdf", PDF, LIMIT + 1, LIMIT)
    assert verdict.refused
    assert not assess("ok.pdf", "application/pdf", PDF, LIMIT, LIMIT).refused
