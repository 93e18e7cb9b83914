"""Connection profiles: the marketplaces this desk works with, stored without their keys.

A profile names the market (country, region, time zone, currency, response rule), where the
marketplace is, how the key is sent and the user's role there. The key itself is kept in the
OS keyring under the profile's id and never written to this file.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from operator_desk.domain.models import Market, Role

log = logging.getLogger(__name__)

PROFILES_FILE = "profiles.json"
# Threads updated within this many days come with their messages on a market's first sync;
# older ones as headers, their messages read when opened (the sync engine's own default).
DEFAULT_SYNC_WINDOW_DAYS = 365
MAX_SYNC_WINDOW_DAYS = 3650

# Sensible defaults per country; a profile can override every one of them.
COUNTRY_DEFAULTS: dict[str, tuple[str, str]] = {
    "DE": ("EUR", "Europe/Berlin"), "ES": ("EUR", "Europe/Madrid"),
    "NL": ("EUR", "Europe/Amsterdam"), "BE": ("EUR", "Europe/Brussels"),
    "AT": ("EUR", "Europe/Vienna"), "IT": ("EUR", "Europe/Rome"),
    "FR": ("EUR", "Europe/Paris"), "PT": ("EUR", "Europe/Lisbon"),
    "CH": ("CHF", "Europe/Zurich"), "PL": ("PLN", "Europe/Warsaw"),
    "GB": ("GBP", "Europe/London"),
}


class SecretLookup(Protocol):
    def get(self, profile_id: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class StoredProfile:
    """A profile as the user configured it (no key in here, ever)."""

    id: str
    name: str
    market: Market
    base_url: str
    auth_scheme: str = "raw"  # raw | bearer
    role: Role = Role.AGENT  # used when the platform cannot tell
    proxy: str | None = None
    ca_bundle: str | None = None
    requests_per_minute: float | None = 60.0
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    page_size: int = 100
    sandbox: bool = False  # the marketplace said it is a sandbox (who-am-I): the banner shows
    sync_window_days: int = DEFAULT_SYNC_WINDOW_DAYS
    extra: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def new(name: str, country: str, base_url: str, **options: Any) -> StoredProfile:
        currency, timezone = COUNTRY_DEFAULTS.get(country.upper(), ("EUR", "UTC"))
        market = Market(code=country.upper(), currency=options.pop("currency", currency),
                        timezone=options.pop("timezone", timezone),
                        response_rule=options.pop("response_rule", "hours:48"),
                        region=options.pop("region", None))
        if _loopback(base_url):
            # This machine's own sandbox: no call-frequency budget to respect.
            options.setdefault("requests_per_minute", None)
        return StoredProfile(id=str(uuid.uuid4()), name=name, market=market,
                             base_url=base_url, **options)


def _loopback(url: str) -> bool:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "") in ("127.0.0.1", "localhost", "::1")


def _to_json(profile: StoredProfile) -> dict[str, Any]:
    data = asdict(profile)
    data["role"] = profile.role.value
    return data


def _from_json(data: dict[str, Any]) -> StoredProfile:
    market = Market(**data.pop("market"))
    role = Role(data.pop("role", "agent"))
    known = {f for f in StoredProfile.__dataclass_fields__}
    extra = {k: v for k, v in data.items() if k not in known}
    values = {k: v for k, v in data.items() if k in known}
    profile = StoredProfile(market=market, role=role, **values)
    return replace(profile, extra={**profile.extra, **extra}) if extra else profile


class ProfileStore:
    """Profiles in a JSON file in the desk's configuration folder."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / PROFILES_FILE

    def load(self) -> list[StoredProfile]:
        if not self.path.exists():
            return []
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return [_from_json(dict(item)) for item in raw.get("profiles", [])]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ProfileFileError(
                f"The connection profiles in {self.path} cannot be read ({exc}). The file was "
                "left as it is; fix or remove it and add the profiles again.") from exc

    def save(self, profiles: Iterable[StoredProfile]) -> None:
        """Write all profiles at once, atomically: a crash leaves the old file or the new."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"profiles": [_to_json(p) for p in profiles]}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, indent=2, ensure_ascii=False), "utf-8")
        os.replace(temporary, self.path)

    def find(self, name_or_id: str) -> StoredProfile | None:
        for profile in self.load():
            if name_or_id in (profile.id, profile.name):
                return profile
        return None

    def upsert(self, profile: StoredProfile) -> None:
        profiles = [p for p in self.load() if p.id != profile.id]
        self.save([*profiles, profile])

    def remove(self, profile_id: str) -> None:
        self.save([p for p in self.load() if p.id != profile_id])


class ProfileFileError(Exception):
    pass


class SecretStoreLike(SecretLookup, Protocol):
    def set(self, profile_id: str, secret: str) -> object: ...

    def delete(self, profile_id: str) -> None: ...


class ProfileError(Exception):
    """A profile cannot be saved as entered; the message says which field and why."""


class ProfileService:
    """Adding, changing and removing connection profiles; keys go to the keyring."""

    def __init__(self, store: ProfileStore, secrets: SecretStoreLike) -> None:
        self.store = store
        self.secrets = secrets

    def profiles(self) -> list[StoredProfile]:
        return self.store.load()

    def has_key(self, profile_id: str) -> bool:
        from .secrets import SecretStoreError

        try:
            return bool(self.secrets.get(profile_id))
        except SecretStoreError:
            return False

    def validate(self, profile: StoredProfile) -> None:
        from operator_desk.connectors.mirakl import check_base_url

        if not profile.name.strip():
            raise ProfileError("A profile needs a name.")
        code = profile.market.code
        if len(code) != 2 or not code.isalpha():
            raise ProfileError("The market is a two-letter country code, e.g. DE.")
        try:
            check_base_url(profile.base_url)
        except ValueError as exc:
            raise ProfileError(str(exc)) from exc
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(profile.market.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ProfileError(f"Unknown time zone {profile.market.timezone!r}.") from None
        if not 1 <= profile.sync_window_days <= MAX_SYNC_WINDOW_DAYS:
            raise ProfileError(f"The sync window is between 1 and {MAX_SYNC_WINDOW_DAYS} "
                               "days.")
        others = [p for p in self.store.load() if p.id != profile.id]
        if any(p.market.code == code for p in others):
            raise ProfileError(f"Another profile already connects market {code}; the desk "
                               "keeps one connection per market.")

    def save(self, profile: StoredProfile, key: str | None) -> None:
        """Validate, store the key in the keyring first, then the profile (without key).

        Raises ``ProfileError`` for input to fix, and the secret store's own error when no
        keyring can take the key (the dialog then offers to keep it for this session)."""
        self.validate(profile)
        if key:
            self.secrets.set(profile.id, key)
        elif not self.has_key(profile.id):
            raise ProfileError("Enter the API key for this marketplace.")
        self.store.upsert(profile)

    def remove(self, profile_id: str) -> None:
        self.store.remove(profile_id)
        self.secrets.delete(profile_id)

    def key_for_test(self, profile: StoredProfile, typed: str | None) -> str | None:
        if typed:
            return typed
        from .secrets import SecretStoreError

        try:
            return self.secrets.get(profile.id)
        except SecretStoreError:
            return None
