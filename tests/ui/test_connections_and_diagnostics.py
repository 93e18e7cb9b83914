"""The connections dialog (profiles, keyring, connection test) and the diagnostics page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from operator_desk.domain.models import Problem
from operator_desk.services.diagnostics import DiagnosticsService
from operator_desk.services.profiles import ProfileService, ProfileStore
from operator_desk.services.secrets import SecretStore
from operator_desk.store.cache import CacheRepository
from operator_desk.ui.connections_dialog import ConnectionsDialog
from operator_desk.ui.diagnostics_page import DiagnosticsPage
from operator_desk.ui.tasks import TaskRunner
from tests.ui.conftest import Desk


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _dialog(qtbot: Any, desk: Desk, runner: TaskRunner, folder: Path) -> ConnectionsDialog:
    service = ProfileService(ProfileStore(folder), SecretStore())
    dialog = ConnectionsDialog(service, desk.connections, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list_model.rowCount() > 0, timeout=5000)
    return dialog


def test_add_test_and_save_a_profile(qtbot: Any, desk: Desk, runner: TaskRunner,
                                     tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, desk, runner, tmp_path)
    sandbox_rows = dialog.list_model.rowCount()
    assert sandbox_rows == 4  # the built-in sandbox markets, shown read-only

    dialog.new_profile()
    dialog.name.setText("MediaMarkt ES")
    dialog.country.setCurrentText("ES")
    dialog.base_url.setText(desk.sandbox.base_url("ES"))
    dialog.key.setText(desk.sandbox.key("ES", "supervisor"))
    dialog.test()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=10_000)
    assert "Connection OK – you are a supervisor on MediaMarkt ES." in dialog.outcome.text()

    dialog.save()
    qtbot.waitUntil(lambda: dialog.list_model.rowCount() == sandbox_rows + 1, timeout=5000)
    stored = json.loads((tmp_path / "profiles.json").read_text())["profiles"]
    assert [p["name"] for p in stored] == ["MediaMarkt ES"]
    key = desk.sandbox.key("ES", "supervisor")
    assert key not in (tmp_path / "profiles.json").read_text()  # the key is not in the file
    assert memory_keyring.values[("operator-desk", stored[0]["id"])] == key


def test_a_wrong_key_and_a_bad_address_are_explained(qtbot: Any, desk: Desk,
                                                      runner: TaskRunner, tmp_path: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, desk, runner, tmp_path)
    dialog.new_profile()
    dialog.country.setCurrentText("NL")
    dialog.base_url.setText(desk.sandbox.base_url("NL"))
    dialog.key.setText("not-a-key")
    dialog.test()
    qtbot.waitUntil(lambda: dialog.last_test is not None, timeout=10_000)
    assert "refused the key" in dialog.outcome.text()

    dialog.base_url.setText("http://marketplace.example.com")
    dialog.save()
    qtbot.waitUntil(lambda: "HTTPS" in dialog.outcome.text(), timeout=5000)
    assert not (tmp_path / "profiles.json").exists()  # nothing half-saved


def test_diagnostics_show_skipped_records(qtbot: Any, desk: Desk, runner: TaskRunner) -> None:
    with desk.cache.write() as session:
        CacheRepository(session).record_problems("DE", [
            Problem("order", "DE999-A", "created_date is missing", {"order_id": "DE999-A"})])
    page = DiagnosticsPage(DiagnosticsService(desk.cache), runner, "en_GB")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert "DE" in page.summary.text() and "last sync" in page.summary.text()
    page.table.selectRow(0)
    assert "DE999-A" in page.raw.toPlainText()


def test_without_a_keyring_the_key_is_kept_for_the_session_only(
        qtbot: Any, desk: Desk, runner: TaskRunner, tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        dialog = _dialog(qtbot, desk, runner, tmp_path)
        dialog.new_profile()
        dialog.name.setText("MediaMarkt NL")
        dialog.country.setCurrentText("NL")
        dialog.base_url.setText(desk.sandbox.base_url("NL"))
        key = desk.sandbox.key("NL")
        dialog.key.setText(key)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.keyring_dialog is not None, timeout=5000)
        assert dialog.keyring_dialog is not None
        assert "no keyring" in dialog.keyring_dialog.headline.text()
        dialog.keyring_dialog.session_button.click()
        qtbot.waitUntil(lambda: (tmp_path / "profiles.json").exists(), timeout=5000)
        assert key not in (tmp_path / "profiles.json").read_text()
        store = dialog.service.secrets
        assert isinstance(store, SecretStore) and store.session_only
        (profile_id,) = [p.id for p in dialog.service.profiles()]
        assert store.get(profile_id) == key  # in memory, for this session
    finally:
        keyring.set_keyring(previous)
