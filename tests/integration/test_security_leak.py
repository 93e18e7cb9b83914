"""A full session with a real key, then every file the desk wrote is searched for it."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from tests.leak_check import (
    STANDARD_FLOWS,
    LeakSession,
    assert_no_leak,
    find_secret,
    open_leak_session,
    random_key,
    written_files,
)


def test_no_file_the_desk_writes_contains_the_key(tmp_path: Path,
                                                  pristine_dataset: Path) -> None:
    with open_leak_session(tmp_path, pristine_dataset) as session:
        session.run(*STANDARD_FLOWS.values())
        assert session.notes == list(STANDARD_FLOWS)
        files = written_files(session.roots)
        names = {p.name for p in files}
        # The flows really wrote what is searched: logs, a crash report, the export, and
        # (searched before the removal took them away) the cache and the outbox.
        assert "operator-desk.log" in names and "desk-export.zip" in names
        assert any(name.startswith("crash-") for name in names)
        assert {"cache.sqlite3", "outbox.sqlite3"} <= session.searched
        assert not (session.data_dir / "outbox.sqlite3").exists()
        with zipfile.ZipFile(session.export_dir / "desk-export.zip") as archive:
            archive.extract("outbox.sqlite3", tmp_path / "unpacked")
        with sqlite3.connect(tmp_path / "unpacked" / "outbox.sqlite3") as outbox:
            states = sorted(outbox.execute("SELECT kind, state FROM actions"))
        # The export holds the outbox's actions: sent ones and the one the desk held back.
        assert states == [("close_incident", "sent"), ("reply", "conflict"), ("reply", "sent")]
        log_text = (session.log_dir / "operator-desk.log").read_text("utf-8")
        assert "close of incident" in log_text and "[secret]" in log_text
        assert_no_leak(session)
        # And the key is where it belongs.
        assert session.secrets.get("profile-sandbox-de") == session.secret


def test_the_search_finds_a_key_in_every_form_it_looks_for(tmp_path: Path) -> None:
    secret = random_key()
    session = LeakSession(secret, tmp_path / "data", tmp_path / "logs", tmp_path / "export",
                          "", None, None)  # type: ignore[arg-type]
    for folder in session.roots:
        folder.mkdir()
    assert find_secret(session.roots, secret) == []
    (session.log_dir / "plain.log").write_text(f"Authorization: {secret}\n")
    (session.data_dir / "settings.json").write_text(f'{{"key": "{secret}"}}')
    (session.data_dir / "utf16.txt").write_bytes(secret.encode("utf-16-le"))
    with zipfile.ZipFile(session.export_dir / "dossier.zip", "w") as archive:
        archive.writestr("inner/notes.txt", f"key={secret[:20]}")
    found = find_secret(session.roots, secret)
    assert any("plain.log" in f for f in found)
    assert any("settings.json" in f for f in found)
    assert any("utf16.txt (utf-16)" in f for f in found)
    assert any("dossier.zip!inner/notes.txt" in f for f in found)
