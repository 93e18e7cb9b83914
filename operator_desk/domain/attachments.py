"""Attachments from strangers: safe file names, the type the bytes really are, and a verdict.

Customers and sellers attach files to messages. A name may try to climb out of a folder
(``../../.bashrc``), hide its real extension behind a right-to-left override
(``invoice<U+202E>fdp.exe`` shows as ``invoiceexe.pdf``), or be a Windows device name that
hangs a program that opens it (``CON.txt``). The declared type and the extension are the
sender's claims; only the first bytes tell what the file is. Nothing here touches a file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_NAME = "attachment"
MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 240  # under the 255-byte limit of common file systems, with room to spare
MAX_EXTENSION_CHARS = 16
SNIFF_BYTES = 4096
"""How many leading bytes ``sniff_type`` and ``assess`` want to see."""

OCTET_STREAM = "application/octet-stream"

# Device names Windows reserves in every folder, with any extension (CON.txt is CON).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"COM{c}" for c in "123456789¹²³"}
    | {f"LPT{c}" for c in "123456789¹²³"})
# Characters Windows forbids in names, plus the path separators of every system.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")

DANGEROUS_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "js", "jse", "vbs", "vbe", "wsf", "wsh", "scr", "pif", "cpl",
    "msi", "msp", "msc", "ps1", "psm1", "sh", "bash", "command", "jar", "lnk", "hta", "reg",
    "dll", "app", "apk", "dmg", "pkg", "deb", "rpm", "iso", "img", "vhd", "vhdx", "url",
    "scf", "inf", "gadget", "appx", "msix", "xll", "docm", "xlsm", "pptm", "chm",
})
"""Extensions a double click would run (or mount, or install) rather than show."""


class AttachmentKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    OTHER = "other"


class AttachmentFlag(StrEnum):
    TOO_LARGE = "too_large"
    DANGEROUS_EXTENSION = "dangerous_extension"
    EXECUTABLE_CONTENT = "executable_content"
    EXTENSION_MISMATCH = "extension_mismatch"  # the extension says one thing, the bytes another
    DECLARED_TYPE_MISMATCH = "declared_type_mismatch"  # so does the sender's declared type
    NAME_CHANGED = "name_changed"  # the name had to be cleaned


IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
EXECUTABLE_TYPES = frozenset({"application/x-msdownload", "application/x-executable",
                              "application/x-mach-binary", "text/x-shellscript"})
_ZIP = "application/zip"
_OLE = "application/x-ole-storage"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
_ODF = "application/vnd.oasis.opendocument"

# What the bytes may be for each extension the desk knows; other extensions are not checked.
_EXPECTED: dict[str, frozenset[str]] = {
    "pdf": frozenset({"application/pdf"}),
    "png": frozenset({"image/png"}),
    "jpg": frozenset({"image/jpeg"}), "jpeg": frozenset({"image/jpeg"}),
    "jfif": frozenset({"image/jpeg"}),
    "gif": frozenset({"image/gif"}),
    "webp": frozenset({"image/webp"}),
    "zip": frozenset({_ZIP, _DOCX, _XLSX, _PPTX, _ODF}),
    "docx": frozenset({_DOCX, _ZIP}), "xlsx": frozenset({_XLSX, _ZIP}),
    "pptx": frozenset({_PPTX, _ZIP}),
    "odt": frozenset({_ODF, _ZIP}), "ods": frozenset({_ODF, _ZIP}),
    "doc": frozenset({_OLE}), "xls": frozenset({_OLE}), "ppt": frozenset({_OLE}),
    "msg": frozenset({_OLE}),
    "txt": frozenset({"text/plain"}), "csv": frozenset({"text/plain"}),
    "log": frozenset({"text/plain"}), "md": frozenset({"text/plain"}),
    "html": frozenset({"text/html"}), "htm": frozenset({"text/html"}),
}


def _is_invisible(ch: str) -> bool:
    """Control characters and format characters (bidi overrides, zero-width joiners...)."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def split_extension(name: str) -> tuple[str, str]:
    """(stem, extension without the dot, as written); a leading dot is not an extension."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or not extension or len(extension) > MAX_EXTENSION_CHARS \
            or not extension.isalnum():
        return name, ""
    return stem, extension


def _truncate_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def sanitize_filename(name: str, max_chars: int = MAX_NAME_CHARS) -> str:
    """A name that is safe to create in a folder on Windows, macOS and Linux.

    Keeps only the last path component (``/`` and ``\\`` both count), drops control, format
    and bidi characters, replaces characters Windows forbids, trims dots and spaces at both
    ends (a leading dot would hide the file, a trailing one Windows drops), defuses reserved
    device names (``CON``, ``COM1.txt`` -> ``_CON``, ``_COM1.txt``) and caps the length while
    keeping the extension. An empty result becomes ``"attachment"``.
    """
    text = unicodedata.normalize("NFC", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = "".join(ch for ch in text if not _is_invisible(ch))
    text = _FORBIDDEN.sub("_", text)
    text = _SPACES.sub(" ", text).strip(" .")
    if not text or set(text) <= {"_", "."}:
        return DEFAULT_NAME
    stem, extension = split_extension(text)
    if stem.split(".")[0].strip(" ").upper() in _RESERVED:
        stem = f"_{stem}"
    suffix = f".{extension}" if extension else ""
    room = max(1, max_chars - len(suffix))
    stem = _truncate_bytes(stem[:room], MAX_NAME_BYTES - len(suffix.encode("utf-8")))
    stem = stem.rstrip(" .") or DEFAULT_NAME
    return f"{stem}{suffix}"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # The head may end in the middle of a multi-byte character: that is still text.
        if exc.start < len(head) - 3:
            return False
        decoded = head[:exc.start].decode("utf-8")
    controls = sum(1 for ch in decoded if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= len(decoded) // 100


def sniff_type(head: bytes) -> str:
    """The media type the leading bytes of a file show (magic numbers), else a fallback.

    Knows PDF, PNG, JPEG, GIF, WEBP, ZIP (and Office/OpenDocument inside it), old Office
    (OLE2), Windows/Linux/macOS executables and scripts, HTML, and plain UTF-8 text; anything
    else is ``application/octet-stream``.
    """
    head = bytes(head[:SNIFF_BYTES])
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if b"mimetypeapplication/vnd.oasis.opendocument" in head:
            return _ODF
        if b"word/" in head:
            return _DOCX
        if b"xl/" in head:
            return _XLSX
        if b"ppt/" in head:
            return _PPTX
        return _ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _OLE
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                    b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
        return "application/x-mach-binary"
    if head.startswith(b"#!"):
        return "text/x-shellscript"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<svg", b"<?xml")):
        return "image/svg+xml" if b"<svg" in start[:1024] else "text/html"
    if _looks_like_text(head):
        return "text/plain"
    return OCTET_STREAM


def has_dangerous_extension(name: str) -> bool:
    """Whether the (cleaned) name ends in an extension a double click would run."""
    return split_extension(sanitize_filename(name))[1].lower() in DANGEROUS_EXTENSIONS


def _normalise_type(declared: str | None) -> str | None:
    if not declared:
        return None
    value = declared.split(";", 1)[0].strip().lower()
    return {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg",
            "application/x-pdf": "application/pdf"}.get(value, value) or None


@dataclass(frozen=True, slots=True)
class AttachmentVerdict:
    """What the desk makes of one attachment, before it is stored or shown."""

    safe_name: str
    kind: AttachmentKind
    detected_type: str
    declared_type: str | None
    size: int
    flags: frozenset[AttachmentFlag]

    @property
    def refused(self) -> bool:
        """Too large to take at all."""
        return AttachmentFlag.TOO_LARGE in self.flags

    @property
    def suspicious(self) -> bool:
        """Worth a warning before anyone saves it."""
        return bool(self.flags & {AttachmentFlag.DANGEROUS_EXTENSION,
                                  AttachmentFlag.EXECUTABLE_CONTENT,
                                  AttachmentFlag.EXTENSION_MISMATCH,
                                  AttachmentFlag.DECLARED_TYPE_MISMATCH})

    @property
    def extension(self) -> str:
        return split_extension(self.safe_name)[1].lower()


def assess(name: str, declared_type: str | None, content_head: bytes, size: int,
           limit: int) -> AttachmentVerdict:
    """Judge an attachment by its name, declared type, first bytes and size.

    ``kind`` comes from the bytes, never from the sender's claims; a file whose extension or
    declared type disagrees with its bytes is flagged, and an image whose bytes are not an
    image is ``other``. Over ``limit`` bytes it is refused.
    """
    safe_name = sanitize_filename(name)
    detected = sniff_type(content_head)
    declared = _normalise_type(declared_type)
    flags: set[AttachmentFlag] = set()
    if size > limit or size < 0:
        flags.add(AttachmentFlag.TOO_LARGE)
    if safe_name != name:
        flags.add(AttachmentFlag.NAME_CHANGED)
    # The extension a user's file manager would see, even after a hidden bidi override.
    extension = split_extension(safe_name)[1].lower()
    if extension in DANGEROUS_EXTENSIONS:
        flags.add(AttachmentFlag.DANGEROUS_EXTENSION)
    if detected in EXECUTABLE_TYPES:
        flags.add(AttachmentFlag.EXECUTABLE_CONTENT)
    expected = _EXPECTED.get(extension)
    if expected is not None and detected not in expected:
        flags.add(AttachmentFlag.EXTENSION_MISMATCH)
    if (declared is not None and declared != OCTET_STREAM and declared != detected
            and not _compatible(declared, detected)):
        flags.add(AttachmentFlag.DECLARED_TYPE_MISMATCH)
    if detected in IMAGE_TYPES:
        kind = AttachmentKind.IMAGE
    elif detected == "application/pdf":
        kind = AttachmentKind.PDF
    else:
        kind = AttachmentKind.OTHER
    return AttachmentVerdict(safe_name, kind, detected, declared, size, frozenset(flags))


def _compatible(declared: str, detected: str) -> bool:
    """Claims that are vague rather than false: a zip called an Office file, text as csv."""
    if detected in (_ZIP, _DOCX, _XLSX, _PPTX) and (
            declared in (_ZIP, "application/x-zip-compressed") or "officedocument" in declared
            or declared.startswith(_ODF)):
        return True
    if detected == _ODF and (declared.startswith(_ODF) or declared == _ZIP):
        return True
    if detected == "text/plain" and declared.startswith("text/") and declared != "text/html":
        return True
    return detected == _OLE and declared in ("application/msword", "application/vnd.ms-excel",
                                             "application/vnd.ms-powerpoint",
                                             "application/vnd.ms-outlook")
