"""Marketplace connections: which markets the desk works with, and how to reach each.

For now the connections come from the embedded (or a standalone) sandbox's ``keys.json``;
stored profiles with keys in the OS keyring come with the connections issue. The sandbox's
demo keys are not secrets, which is why they may be read from that file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from operator_desk.connectors.base import (
    AuthenticationRefused,
    ConnectorError,
    MarketplaceConnector,
    MarketplaceUnreachable,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from operator_desk.connectors.mirakl import ConnectionSettings, MiraklConnector
from operator_desk.domain.models import Market, Role

from .profiles import DEFAULT_SYNC_WINDOW_DAYS, SecretLookup, StoredProfile
from .secrets import SecretStoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Profile:
    """One marketplace instance as the desk knows it."""

    name: str
    market: Market
    base_url: str
    language: str = "en"
    auth_scheme: str = "raw"
    role: Role = Role.AGENT
    sandbox: bool = False  # a test marketplace: the desk shows its SANDBOX banner
    sync_window_days: int = DEFAULT_SYNC_WINDOW_DAYS
    built_in: bool = False  # from a sandbox's keys.json, not a stored profile


class LinkState(StrEnum):
    UNKNOWN = "unknown"
    NO_KEY = "no_key"  # no key in the keyring for this profile
    ONLINE = "online"
    OFFLINE = "offline"  # not reachable, or the desk was started offline
    DEGRADED = "degraded"  # reachable but refusing for now (429, 5xx)
    KEY_REFUSED = "key_refused"  # 401: the key must be fixed
    FORBIDDEN = "forbidden"  # 403: the role may not do this


@dataclass(frozen=True, slots=True)
class MarketLink:
    """How a market's connection is doing, for the status bar."""

    market: str
    state: LinkState
    detail: str = ""


def link_state_for(error: ConnectorError | None) -> LinkState:
    if error is None:
        return LinkState.ONLINE
    if isinstance(error, AuthenticationRefused):
        return LinkState.KEY_REFUSED
    if isinstance(error, PermissionDenied):
        return LinkState.FORBIDDEN
    if isinstance(error, RateLimited | ServerError):
        return LinkState.DEGRADED
    if isinstance(error, MarketplaceUnreachable):
        return LinkState.OFFLINE
    return LinkState.DEGRADED


class KeysFileError(Exception):
    pass


def read_sandbox_keys(path: Path, role: Role) -> list[tuple[Profile, str]]:
    """Profiles and demo keys for every market a sandbox's keys.json lists."""
    try:
        data = json.loads(path.read_text("utf-8"))
        markets: dict[str, Any] = data["markets"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeysFileError(f"cannot read the sandbox keys in {path}: {exc}") from exc
    result = []
    for code, entry in sorted(markets.items()):
        try:
            market = Market(code=code, currency=entry["currency"], timezone=entry["timezone"],
                            response_rule=entry.get("response_rule", "hours:48"))
            profile = Profile(name=entry.get("name", f"Sandbox {code}"), market=market,
                              base_url=entry["base_url"], language=entry.get("language", "en"),
                              role=role, sandbox=True, built_in=True)
            result.append((profile, entry["keys"][role.value]))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("sandbox keys for %s unusable: %s", code, exc)
    return result


@dataclass
class Connections:
    """The markets of this desk and, when online, a connector for each."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    connectors: dict[str, MarketplaceConnector] = field(default_factory=dict)
    links: dict[str, MarketLink] = field(default_factory=dict)
    listeners: list[Callable[[MarketLink], None]] = field(default_factory=list)

    def add(self, profile: Profile, connector: MarketplaceConnector | None) -> None:
        code = profile.market.code
        self.profiles[code] = profile
        if connector is not None:
            self.connectors[code] = connector
            self.links[code] = MarketLink(code, LinkState.UNKNOWN)
        else:
            self.links[code] = MarketLink(code, LinkState.OFFLINE, "started offline")

    def set_sandbox(self, market: str, sandbox: bool) -> None:
        """The platform said whether it is a sandbox (who-am-I): the banner follows it."""
        profile = self.profiles.get(market)
        if profile is not None and profile.sandbox != sandbox:
            self.profiles[market] = replace(profile, sandbox=sandbox)

    def set_role(self, market: str, role: Role) -> None:
        """The platform told us the user's role (who-am-I); it overrides the profile's."""
        profile = self.profiles.get(market)
        if profile is not None and profile.role != role:
            self.profiles[market] = replace(profile, role=role)

    def connector(self, market: str) -> MarketplaceConnector | None:
        return self.connectors.get(market)

    def report(self, market: str, error: ConnectorError | None) -> MarketLink:
        link = MarketLink(market, link_state_for(error), error.detail if error else "")
        self.links[market] = link
        for listener in list(self.listeners):
            listener(link)
        return link

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.profiles.values())

    @property
    def any_sandbox(self) -> bool:
        """Some market is a sandbox (built in, or a stored profile whose platform said so)."""
        return any(p.sandbox for p in self.profiles.values())

    @property
    def built_in_sandbox(self) -> bool:
        """The markets come from a sandbox's keys.json (the embedded or a local sandbox)."""
        return any(p.built_in for p in self.profiles.values())

    def close(self) -> None:
        for connector in self.connectors.values():
            connector.close()
        self.connectors.clear()


def settings_for(profile: StoredProfile) -> ConnectionSettings:
    return ConnectionSettings(
        market=profile.market.code, base_url=profile.base_url, auth_scheme=profile.auth_scheme,
        connect_timeout=profile.connect_timeout, read_timeout=profile.read_timeout,
        ca_bundle=profile.ca_bundle, proxy=profile.proxy, page_size=profile.page_size,
        requests_per_minute=None if profile.sandbox else profile.requests_per_minute)


def connect_profiles(profiles: list[StoredProfile], secrets: SecretLookup, *,
                     online: bool = True, into: Connections | None = None) -> Connections:
    """Connections for stored profiles; a profile without a key in the keyring stays offline
    with a NO_KEY link, so the user sees what to fix."""
    connections = into or Connections()
    for stored in profiles:
        profile = Profile(name=stored.name, market=stored.market, base_url=stored.base_url,
                          auth_scheme=stored.auth_scheme, role=stored.role,
                          sandbox=stored.sandbox, sync_window_days=stored.sync_window_days)
        key: str | None = None
        key_problem = "no key in the keyring"
        if online:
            try:
                key = secrets.get(stored.id)
            except SecretStoreError as exc:  # no usable keyring: say so, never guess
                key_problem = exc.user_message
        connector: MarketplaceConnector | None = None
        if key:
            try:
                connector = MiraklConnector(settings_for(stored), key)
            except ValueError as exc:  # e.g. plain HTTP to a remote host
                log.warning("profile %s refused: %s", stored.name, exc)
        connections.add(profile, connector)
        if online and not key:
            connections.links[stored.market.code] = MarketLink(
                stored.market.code, LinkState.NO_KEY, key_problem)
    return connections


def connect_sandbox(keys_path: Path, role: Role, *, online: bool = True,
                    timeout: float = 10.0) -> Connections:
    """Connections to every market of a sandbox; without connectors when offline."""
    connections = Connections()
    for profile, key in read_sandbox_keys(keys_path, role):
        connector: MarketplaceConnector | None = None
        if online:
            settings = ConnectionSettings(market=profile.market.code, base_url=profile.base_url,
                                          auth_scheme=profile.auth_scheme,
                                          connect_timeout=timeout, read_timeout=timeout * 3)
            connector = MiraklConnector(settings, key)
        connections.add(profile, connector)
    return connections


@dataclass(frozen=True, slots=True)
class ConnectionTest:
    """What a test of a profile found: reachable, key accepted, who we are there."""

    ok: bool
    state: LinkState
    role: Role | None = None
    user: str = ""
    detail: str = ""
    sandbox: bool = False  # the marketplace says it is a sandbox


def role_from_platform(value: str | None) -> Role | None:
    try:
        return Role(value) if value else None
    except ValueError:
        return None


def check_connection(profile: StoredProfile, key: str) -> ConnectionTest:
    """Reach the marketplace with the key: who-am-I where offered, else a cheap read.
    Who-am-I also tells whether the marketplace is a sandbox (``ConnectionTest.sandbox``;
    the dialog stores it in the profile, so the desk shows the SANDBOX banner for it).

    Runs on a worker thread (HTTP)."""
    try:
        connector = MiraklConnector(settings_for(profile), key)
    except ValueError as exc:
        return ConnectionTest(False, LinkState.OFFLINE, detail=str(exc))
    try:
        identity = connector.whoami()
        if identity is None:
            connector.reasons("en")  # the platform cannot tell who we are: prove the key works
            return ConnectionTest(True, LinkState.ONLINE, profile.role)
        return ConnectionTest(True, LinkState.ONLINE, role_from_platform(identity.role),
                              identity.display_name or identity.user, sandbox=identity.sandbox)
    except ConnectorError as exc:
        return ConnectionTest(False, link_state_for(exc), detail=exc.detail)
    finally:
        connector.close()

