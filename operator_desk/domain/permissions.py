"""Who may do what: an explicit table of operator actions by role.

The roles follow the customer-care rules (``shared/reference/customer-care-rules.md``):
*agents* work the queues (review incidents sellers marked as solved, reply, refund within
their limit), *reviewers* also decide disputes and propose sanctions, *supervisors* also
approve and apply sanctions, change a shop's state and approve large refunds. Amount
thresholds for refunds are a per-market setting handled by the refund rules; this table only
says whether a role may refund at all.

The desk hides or disables what a role may not do, and the services check again before an
action runs; the platform refuses too (the sandbox answers 403), so none of the three alone
is the guard.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from .models import Role


class Action(StrEnum):
    """Everything the desk lets a user do that a role may restrict."""

    VIEW = "view"
    OPEN_INCIDENT = "open_incident"
    CLOSE_INCIDENT = "close_incident"  # accept a seller's resolution (or close with a reason)
    KEEP_OPEN = "keep_open"  # do not accept the seller's resolution: dispute it
    REPLY = "reply"
    REFUND = "refund"  # up to the role's amount threshold (refund rules)
    APPROVE_REFUND = "approve_refund"  # a refund above an agent's threshold
    PROPOSE_SANCTION = "propose_sanction"
    APPROVE_SANCTION = "approve_sanction"
    APPLY_SANCTION = "apply_sanction"
    CHANGE_SHOP_STATE = "change_shop_state"  # suspend, restrict, reopen a shop
    EDIT_TEMPLATES = "edit_templates"
    EDIT_RULE_SETTINGS = "edit_rule_settings"  # policy rules, SLA rules, thresholds


_AGENT = frozenset({
    Action.VIEW, Action.OPEN_INCIDENT, Action.CLOSE_INCIDENT, Action.KEEP_OPEN, Action.REPLY,
    Action.REFUND,
})
_REVIEWER = _AGENT | {Action.PROPOSE_SANCTION, Action.EDIT_TEMPLATES}
_SUPERVISOR = frozenset(Action)

PERMISSIONS: Mapping[Role, frozenset[Action]] = MappingProxyType({
    Role.AGENT: _AGENT,
    Role.REVIEWER: _REVIEWER,
    Role.SUPERVISOR: _SUPERVISOR,
})
"""The table itself: each role with the actions it may take. Read-only."""

_ACTION_WORDS: Mapping[Action, str] = MappingProxyType({
    Action.VIEW: "view cases",
    Action.OPEN_INCIDENT: "open incidents",
    Action.CLOSE_INCIDENT: "close incidents",
    Action.KEEP_OPEN: "keep incidents open",
    Action.REPLY: "reply to messages",
    Action.REFUND: "refund",
    Action.APPROVE_REFUND: "approve refunds",
    Action.PROPOSE_SANCTION: "propose sanctions",
    Action.APPROVE_SANCTION: "approve sanctions",
    Action.APPLY_SANCTION: "apply sanctions",
    Action.CHANGE_SHOP_STATE: "change a shop's state",
    Action.EDIT_TEMPLATES: "edit reply templates",
    Action.EDIT_RULE_SETTINGS: "edit rule settings",
})


class PermissionDeniedError(Exception):
    """The user's role may not take the action; ``reason`` is a sentence to show them."""

    def __init__(self, action: Action, role: Role | None, reason: str) -> None:
        super().__init__(reason)
        self.action = action
        self.role = role
        self.reason = reason

    @property
    def roles_that_may(self) -> tuple[Role, ...]:
        return roles_for(self.action)


def allowed(role: Role | None, action: Action) -> bool:
    """Whether ``role`` may take ``action``; no role (not an operator) may take none."""
    if role is None:
        return False
    return action in PERMISSIONS.get(role, frozenset())


def roles_for(action: Action) -> tuple[Role, ...]:
    """The roles that may take ``action``, least powerful first."""
    return tuple(role for role in Role if action in PERMISSIONS[role])


def denial_reason(role: Role | None, action: Action) -> str:
    """A sentence saying why ``role`` may not take ``action`` and who may."""
    words = _ACTION_WORDS[action]
    who = " or ".join(f"a {r.value}" for r in roles_for(action)) or "nobody"
    if role is None:
        return f"This key does not belong to an operator user, so it may not {words}."
    return f"Your role ({role.value}) may not {words}; {who} can."


def require(role: Role | None, action: Action) -> None:
    """Raise ``PermissionDeniedError`` unless ``role`` may take ``action``."""
    if not allowed(role, action):
        raise PermissionDeniedError(action, role, denial_reason(role, action))


def resolve_role(platform_role: str | None, profile_role: Role) -> Role | None:
    """The role to act with: the platform's answer where it gives one, else the profile's.

    A platform role the desk does not know as an operator role (``seller``, or a new value)
    gives ``None``: the desk then allows nothing rather than guessing.
    """
    if platform_role is None or not platform_role.strip():
        return profile_role
    try:
        return Role(platform_role.strip().lower())
    except ValueError:
        return None
