"""The role table follows the customer-care rules; services refuse what a role may not do."""

from __future__ import annotations

import pytest

from operator_desk.domain.models import Market, Role
from operator_desk.domain.permissions import (
    PERMISSIONS,
    Action,
    PermissionDeniedError,
    allowed,
    require,
    resolve_role,
    roles_for,
)
from operator_desk.services.connections import Connections, Profile
from operator_desk.services.permissions import Permissions

AGENT_WORK = {Action.VIEW, Action.OPEN_INCIDENT, Action.CLOSE_INCIDENT, Action.KEEP_OPEN,
              Action.REPLY, Action.REFUND}
SUPERVISOR_ONLY = {Action.APPROVE_SANCTION, Action.APPLY_SANCTION, Action.CHANGE_SHOP_STATE,
                   Action.APPROVE_REFUND, Action.EDIT_RULE_SETTINGS}


def test_agents_work_the_queues_and_nothing_more() -> None:
    assert PERMISSIONS[Role.AGENT] == AGENT_WORK


def test_reviewers_also_propose_sanctions_but_never_approve_or_apply_them() -> None:
    assert allowed(Role.REVIEWER, Action.PROPOSE_SANCTION)
    assert PERMISSIONS[Role.REVIEWER] >= AGENT_WORK
    assert not SUPERVISOR_ONLY & PERMISSIONS[Role.REVIEWER]


def test_supervisors_may_do_everything_and_are_the_only_ones_for_the_weighty_actions() -> None:
    assert PERMISSIONS[Role.SUPERVISOR] == frozenset(Action)
    for action in SUPERVISOR_ONLY:
        assert roles_for(action) == (Role.SUPERVISOR,)


def test_every_action_is_in_the_table_and_roles_only_add() -> None:
    assert set().union(*PERMISSIONS.values()) == set(Action)
    assert PERMISSIONS[Role.AGENT] < PERMISSIONS[Role.REVIEWER] < PERMISSIONS[Role.SUPERVISOR]


def test_a_refusal_says_who_may() -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        require(Role.AGENT, Action.APPROVE_REFUND)
    assert refused.value.reason == "Your role (agent) may not approve refunds; a supervisor can."
    assert refused.value.roles_that_may == (Role.SUPERVISOR,)
    with pytest.raises(PermissionDeniedError) as nobody:
        require(None, Action.VIEW)
    assert "not belong to an operator" in nobody.value.reason
    require(Role.SUPERVISOR, Action.CHANGE_SHOP_STATE)  # no error


@pytest.mark.parametrize("platform,profile,expected", [
    ("reviewer", Role.SUPERVISOR, Role.REVIEWER),  # the platform knows better than a setting
    ("SUPERVISOR", Role.AGENT, Role.SUPERVISOR),
    (None, Role.REVIEWER, Role.REVIEWER),  # a platform that cannot tell
    ("", Role.AGENT, Role.AGENT),
    ("seller", Role.SUPERVISOR, None),  # not an operator at all: nothing is allowed
    ("auditor", Role.SUPERVISOR, None),  # a role the desk does not know: no guessing
])
def test_the_platform_role_wins_over_the_profile_setting(platform: str | None, profile: Role,
                                                         expected: Role | None) -> None:
    assert resolve_role(platform, profile) == expected


def _connections(role: Role) -> Connections:
    connections = Connections()
    market = Market(code="DE", currency="EUR", timezone="Europe/Berlin")
    connections.add(Profile(name="DE", market=market, base_url="https://de.example",
                            role=role), None)
    return connections


def test_the_service_helper_uses_the_profile_role_unless_the_platform_said_otherwise() -> None:
    permissions = Permissions(_connections(Role.AGENT))
    assert permissions.role("DE") is Role.AGENT
    assert permissions.allowed("DE", Action.CLOSE_INCIDENT)
    assert not permissions.allowed("DE", Action.CHANGE_SHOP_STATE)
    assert not permissions.allowed("XX", Action.VIEW)  # an unknown market: nothing
    with pytest.raises(PermissionDeniedError, match="change a shop's state"):
        permissions.require("DE", Action.CHANGE_SHOP_STATE)
    permissions.roles["DE"] = Role.SUPERVISOR  # the platform's who-am-I said so
    permissions.require("DE", Action.CHANGE_SHOP_STATE)
    assert permissions.allowed_anywhere(Action.APPROVE_SANCTION)
    permissions.roles["DE"] = None
    assert not permissions.allowed("DE", Action.VIEW)
    assert not permissions.allowed_anywhere(Action.VIEW)
