"""Role checks for use cases: the role per market, asked before an action runs.

The role of a market's connection comes from the platform where it can tell (the sandbox's
who-am-I), otherwise from the profile's setting (``domain.permissions.resolve_role``). The
UI asks ``Permissions.allowed`` to hide or disable what a role may not do; services call
``Permissions.require`` before they touch the marketplace, so a hidden button is not the
only guard.
"""

from __future__ import annotations

import logging

from operator_desk.connectors.base import ConnectorError, MarketplaceConnector
from operator_desk.domain.models import Role
from operator_desk.domain.permissions import (
    Action,
    PermissionDeniedError,
    allowed,
    denial_reason,
    resolve_role,
)

from .connections import Connections, Profile

log = logging.getLogger(__name__)


def platform_role(connector: MarketplaceConnector, profile: Profile,
                  connections: Connections | None = None) -> Role | None:
    """The role to act with on this connection: the platform's answer, else the profile's.

    Call it off the UI thread (it asks the platform). A platform that cannot be asked now
    leaves the profile's role; a key the platform says is not an operator's gives None.
    With ``connections``, what the platform says about being a sandbox is noted there too.
    """
    try:
        identity = connector.whoami()
    except ConnectorError as exc:
        log.info("%s: who-am-I unavailable (%s); using the profile's role",
                 profile.market.code, type(exc).__name__)
        return profile.role
    if identity is None:
        return profile.role
    if connections is not None and identity.sandbox:
        connections.set_sandbox(profile.market.code, True)
    role = resolve_role(identity.role, profile.role)
    if role is None:
        log.warning("%s: the platform says this key is a %r, not an operator role",
                    profile.market.code, identity.role)
    return role


class Permissions:
    """What the current user may do on each market of a ``Connections``."""

    def __init__(self, connections: Connections,
                 roles: dict[str, Role | None] | None = None) -> None:
        self.connections = connections
        # Roles the platform reported, by market; absent markets use the profile's setting.
        self.roles: dict[str, Role | None] = dict(roles or {})

    def role(self, market: str) -> Role | None:
        if market in self.roles:
            return self.roles[market]
        profile = self.connections.profiles.get(market)
        return profile.role if profile is not None else None

    def allowed(self, market: str, action: Action) -> bool:
        return allowed(self.role(market), action)

    def allowed_anywhere(self, action: Action) -> bool:
        """Whether some market lets the user do this (for actions not tied to one market)."""
        markets = set(self.connections.profiles) | set(self.roles)
        return any(self.allowed(market, action) for market in markets)

    def require(self, market: str, action: Action) -> None:
        """Raise ``PermissionDeniedError`` unless the role on ``market`` may take ``action``."""
        role = self.role(market)
        if not allowed(role, action):
            log.info("%s: %s refused for role %s", market, action.value,
                     role.value if role else "none")
            raise PermissionDeniedError(action, role, denial_reason(role, action))


def refresh_roles(permissions: Permissions) -> dict[str, Role | None]:
    """Ask every connected marketplace who we are (worker thread); remember the answers."""
    connections = permissions.connections
    for market, connector in list(connections.connectors.items()):
        profile = connections.profiles.get(market)
        if profile is None:
            continue
        role = platform_role(connector, profile, connections)
        permissions.roles[market] = role
        if role is not None:
            connections.set_role(market, role)
    return dict(permissions.roles)
