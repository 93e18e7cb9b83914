import json
from dataclasses import replace
from pathlib import Path

import pytest

from operator_desk.services.profiles import (
    DEFAULT_SYNC_WINDOW_DAYS,
    MAX_SYNC_WINDOW_DAYS,
    ProfileError,
    ProfileService,
    ProfileStore,
    StoredProfile,
)


def test_a_sandbox_on_this_machine_has_no_request_budget() -> None:
    sandbox = StoredProfile.new("Sandbox", "DE", "http://127.0.0.1:8650/de")
    assert sandbox.requests_per_minute is None
    remote = StoredProfile.new("MediaMarkt DE", "DE", "https://mm-de.mirakl.net")
    assert remote.requests_per_minute == 60.0
    assert remote.market.currency == "EUR" and remote.market.timezone == "Europe/Berlin"
    assert StoredProfile.new("CH", "ch", "https://x.example").market.currency == "CHF"


def test_the_sync_window_is_kept_per_profile_and_checked(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    service = ProfileService(store, _NoSecrets())
    profile = StoredProfile.new("MediaMarkt DE", "DE", "https://mm-de.mirakl.net")
    assert profile.sync_window_days == DEFAULT_SYNC_WINDOW_DAYS == 365
    store.save([replace(profile, sync_window_days=90)])
    (loaded,) = store.load()
    assert loaded.sync_window_days == 90 and loaded.sandbox is False
    # A file written before the setting existed: the default window.
    raw = json.loads(store.path.read_text())
    del raw["profiles"][0]["sync_window_days"]
    store.path.write_text(json.dumps(raw))
    assert store.load()[0].sync_window_days == DEFAULT_SYNC_WINDOW_DAYS
    for days in (0, -5, MAX_SYNC_WINDOW_DAYS + 1):
        with pytest.raises(ProfileError, match="sync window"):
            service.validate(replace(profile, sync_window_days=days))
    service.validate(replace(profile, sync_window_days=1))


class _NoSecrets:
    def get(self, profile_id: str) -> str | None:
        return None

    def set(self, profile_id: str, secret: str) -> object:
        return None

    def delete(self, profile_id: str) -> None:
        return None
