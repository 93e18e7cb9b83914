"""A private, content-addressed store for attachment bytes.

Files are named by the SHA-256 of their content (so a name from a stranger never becomes a
path), live under the desk's data folder in a folder only this user may enter (0700), are
readable by this user only (0600) and never carry an execute bit. The store has a total size
cap: when it is exceeded, the least recently used files go first. "Save as" copies a file to a
place the user chose; nothing here opens or runs a file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024
DEFAULT_MAX_TOTAL_BYTES = 500 * 1024 * 1024
_CHUNK = 64 * 1024
_DIGEST = re.compile(r"[0-9a-f]{64}")
_FILE_MODE = 0o600
_DIR_MODE = 0o700


class AttachmentStoreError(Exception):
    """The store could not take or give a file; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class AttachmentTooLarge(AttachmentStoreError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"The attachment is larger than the limit of {limit:,} bytes and "
                         "was not stored.")
        self.limit = limit


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    digest: str  # SHA-256, lower-case hex
    size: int


def _check_digest(digest: str) -> str:
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
        raise AttachmentStoreError("not an attachment id")
    return digest


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) and make it enterable by this user only."""
    path.mkdir(parents=True, exist_ok=True, mode=_DIR_MODE)
    try:
        os.chmod(path, _DIR_MODE)
    except OSError:  # pragma: no cover - a file system without permissions
        log.warning("could not restrict permissions of %s", path)


class AttachmentStore:
    """Attachment bytes by SHA-256 under ``root``, capped in total size, LRU-evicted."""

    def __init__(self, root: Path, *, max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> None:
        self.root = root
        self.max_total_bytes = max_total_bytes
        self.max_file_bytes = max_file_bytes
        self._lock = threading.RLock()
        make_private_dir(root)
        make_private_dir(root / "tmp")

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    # -- writing ----------------------------------------------------------------------------
    def put(self, source: bytes | BinaryIO) -> StoredAttachment:
        """Store the bytes (streamed, hashed, size-checked) and return their id.

        Raises ``AttachmentTooLarge`` past ``max_file_bytes``; nothing is kept then. Evicts
        the least recently used files when the store grows past ``max_total_bytes``.
        """
        digest = hashlib.sha256()
        size = 0
        descriptor, temporary_name = tempfile.mkstemp(dir=self.root / "tmp", prefix="in-")
        temporary = Path(temporary_name)
        try:
            os.fchmod(descriptor, _FILE_MODE)
            with os.fdopen(descriptor, "wb") as target:
                for chunk in _chunks(source):
                    size += len(chunk)
                    if size > self.max_file_bytes:
                        raise AttachmentTooLarge(self.max_file_bytes)
                    digest.update(chunk)
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            name = digest.hexdigest()
            final = self._path(name)
            with self._lock:
                make_private_dir(final.parent)
                if final.exists():
                    temporary.unlink()
                    os.utime(final)
                else:
                    os.replace(temporary, final)
                    os.chmod(final, _FILE_MODE)
                self.evict(keep=name)
            return StoredAttachment(name, size)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    # -- reading ----------------------------------------------------------------------------
    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and bool(_DIGEST.fullmatch(digest)) \
            and self._path(digest).is_file()

    def open(self, digest: str) -> BinaryIO:
        """The stored bytes for reading; marks the file as recently used."""
        path = self._path(_check_digest(digest))
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise AttachmentStoreError("the attachment is no longer stored") from None
        os.utime(path)
        return handle

    def read(self, digest: str) -> bytes:
        with self.open(digest) as handle:
            return handle.read()

    def head(self, digest: str, size: int = 4096) -> bytes:
        with self.open(digest) as handle:
            return handle.read(size)

    def save_as(self, digest: str, destination: Path) -> Path:
        """Copy a stored file to where the user chose; never executable, written atomically."""
        destination = Path(destination)
        folder = destination.parent
        if not folder.is_dir():
            raise AttachmentStoreError(f"the folder {folder} does not exist")
        with self.open(digest) as source:
            descriptor, temporary_name = tempfile.mkstemp(dir=folder, prefix=".saving-")
            try:
                with os.fdopen(descriptor, "wb") as target:
                    shutil.copyfileobj(source, target, _CHUNK)
                # Readable as the user's other documents are, but never with an execute bit.
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary_name, 0o666 & ~umask & ~0o111)
                os.replace(temporary_name, destination)
            except BaseException:
                Path(temporary_name).unlink(missing_ok=True)
                raise
        return destination

    # -- housekeeping -----------------------------------------------------------------------
    def _files(self) -> Iterator[Path]:
        for folder in self.root.iterdir():
            if folder.is_dir() and len(folder.name) == 2:
                for path in folder.iterdir():
                    if _DIGEST.fullmatch(path.name):
                        yield path

    def total_size(self) -> int:
        return sum(path.stat().st_size for path in self._files())

    def evict(self, keep: str | None = None) -> list[str]:
        """Remove least recently used files until the store fits its cap; their ids."""
        with self._lock:
            entries = []
            for path in self._files():
                info = path.stat()
                entries.append((info.st_mtime_ns, path.name, info.st_size, path))
            total = sum(entry[2] for entry in entries)
            removed: list[str] = []
            for _mtime, name, size, path in sorted(entries):
                if total <= self.max_total_bytes:
                    break
                if name == keep:
                    continue
                path.unlink(missing_ok=True)
                total -= size
                removed.append(name)
            if removed:
                log.info("attachment store: evicted %d least recently used files", len(removed))
            return removed

    def remove(self, digest: str) -> None:
        self._path(_check_digest(digest)).unlink(missing_ok=True)


def _chunks(source: bytes | BinaryIO) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        for start in range(0, len(data), _CHUNK):
            yield data[start:start + _CHUNK]
        return
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            return
        yield chunk
