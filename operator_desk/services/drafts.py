"""Reply drafts that survive a crash: one small JSON file per draft, written atomically.

Drafts are this desk user's unsent work, so they do not belong in the cache (which may be
thrown away and rebuilt at any time) and they are not actions yet (the outbox holds only what
was sent or queued). Each draft is a file in ``DATA/drafts`` (a folder only this user may
enter, files readable by this user only), named by a hash of its key so no text from a
marketplace becomes a path. A save writes a temporary file, flushes it to disk and renames it
over the old one: after a crash the draft is either the previous or the new version, never
half of one. The composer saves off the UI thread, a moment after the user stops typing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

DRAFTS_DIR = "drafts"
_FILE_MODE = 0o600
_DIR_MODE = 0o700


@dataclass(frozen=True, slots=True)
class Draft:
    """An unsent message: where it goes, to whom, what it says, which files it attaches."""

    key: str  # "DE:thread:<id>", "DE:order:<id>" (new thread), "DE:shop:<id>"
    body: str
    to: tuple[str, ...] = ()  # CUSTOMER / SHOP
    topic: str = ""  # for a new thread
    template_key: str | None = None
    files: tuple[str, ...] = ()  # paths the user chose on this machine
    saved: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    @property
    def empty(self) -> bool:
        return not self.body.strip() and not self.files


class DraftStore:
    """Drafts under ``folder``, one file each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True, mode=_DIR_MODE)
        try:
            os.chmod(folder, _DIR_MODE)
        except OSError:  # pragma: no cover - a file system without permissions
            log.warning("could not restrict permissions of %s", folder)

    def _path(self, key: str) -> Path:
        return self.folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:40] + ".json")

    def save(self, draft: Draft) -> None:
        """Write the draft durably (an empty draft removes the file instead)."""
        if draft.empty:
            self.discard(draft.key)
            return
        data = json.dumps(asdict(draft), ensure_ascii=False).encode("utf-8")
        descriptor, name = tempfile.mkstemp(dir=self.folder, prefix=".draft-")
        try:
            os.fchmod(descriptor, _FILE_MODE)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(name, self._path(draft.key))
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> Draft | None:
        """The saved draft for ``key``; an unreadable file is kept aside and logged."""
        path = self._path(key)
        try:
            raw = json.loads(path.read_text("utf-8"))
            if raw.get("key") != key:
                return None
            return Draft(key=key, body=str(raw.get("body", "")),
                         to=tuple(str(p) for p in raw.get("to", [])),
                         topic=str(raw.get("topic", "")),
                         template_key=raw.get("template_key"),
                         files=tuple(str(p) for p in raw.get("files", [])),
                         saved=str(raw.get("saved", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            aside = path.with_suffix(".unreadable")
            log.warning("draft file %s unreadable (%s); kept as %s", path.name, exc, aside.name)
            try:
                os.replace(path, aside)
            except OSError:
                pass
            return None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
