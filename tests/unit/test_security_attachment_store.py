"""The attachment store: content-addressed, private, capped, never executable."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import time
from pathlib import Path

import pytest

from operator_desk.store.attachments import (
    AttachmentStore,
    AttachmentStoreError,
    AttachmentTooLarge,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_named_by_content_and_kept_private(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "data" / "attachments")
    data = b"#!/bin/sh\necho pwned\n"  # would run if it were ever made executable
    stored = store.put(data)
    assert stored.digest == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    assert store.read(stored.digest) == data and stored.digest in store
    again = store.put(io.BytesIO(data))  # the same bytes are stored once
    assert again == stored
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert [p.name for p in files] == [stored.digest]
    assert _mode(store.root) == 0o700
    for path in store.root.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == expected, path


@pytest.mark.parametrize("bad", ["../../etc/passwd", "A" * 64, "", "0" * 63, "/" + "0" * 64])
def test_ids_that_are_not_sha256_never_reach_the_file_system(tmp_path: Path, bad: str) -> None:
    store = AttachmentStore(tmp_path / "attachments")
    with pytest.raises(AttachmentStoreError):
        store.read(bad)
    assert bad not in store


def test_too_large_files_are_refused_while_streaming_and_leave_nothing(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments", max_file_bytes=100_000)
    with pytest.raises(AttachmentTooLarge):
        store.put(io.BytesIO(b"x" * 100_001))
    assert [p for p in store.root.rglob("*") if p.is_file()] == []
    assert store.put(b"x" * 100_000).size == 100_000


def test_least_recently_used_files_go_first_when_the_store_is_full(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments", max_total_bytes=3_000,
                            max_file_bytes=1_000)
    first = store.put(b"a" * 1000)
    time.sleep(0.01)
    second = store.put(b"b" * 1000)
    time.sleep(0.01)
    third = store.put(b"c" * 1000)
    time.sleep(0.01)
    store.read(first.digest)  # first is now more recent than second
    time.sleep(0.01)
    fourth = store.put(b"d" * 1000)
    assert second.digest not in store
    assert first.digest in store and third.digest in store and fourth.digest in store
    assert store.total_size() == 3000


def test_save_as_writes_where_the_user_chose_without_an_execute_bit(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments")
    stored = store.put(b"MZ\x90\x00 not really a program")
    chosen = tmp_path / "Downloads"
    chosen.mkdir()
    target = store.save_as(stored.digest, chosen / "invoice.pdf.exe")
    assert target.read_bytes().startswith(b"MZ")
    assert not _mode(target) & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    assert [p.name for p in chosen.iterdir()] == ["invoice.pdf.exe"]  # no temporary left
    with pytest.raises(AttachmentStoreError):
        store.save_as(stored.digest, tmp_path / "missing-folder" / "x.pdf")


def test_the_store_lives_in_the_data_folder_not_in_documents(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    from platformdirs import user_data_path  # what app.default_data_dir uses

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / ".local" / "share"))
    store = AttachmentStore(user_data_path("operator-desk", appauthor=False) / "attachments")
    documents = tmp_path / "Documents"
    assert documents not in store.root.parents
    assert str(store.root).startswith(str(tmp_path / ".local" / "share"))
    assert os.access(store.root, os.W_OK)
