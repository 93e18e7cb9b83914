"""Hiding and disabling what the user's role may not do.

Pages bind their buttons and actions to a ``domain.permissions.Action``; the gate disables
(or hides) them when the role may not take the action and says why in the tooltip. Whether
the action makes sense right now (an open incident, a selection) is the page's business:
it passes that as ``enabled`` and the gate combines both. Services check again before an
action runs, and the platform refuses too, so the gate is convenience, not the guard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from operator_desk.domain.models import Role
from operator_desk.domain.permissions import Action, roles_for

Gated = QAbstractButton | QAction
Allowed = Callable[[Action], bool]
Reason = Callable[[Action], str]


# What each action is, as the end of "Your role (…) may not …" (marked for the catalog).
ACTION_TEXTS: dict[Action, Any] = {
    Action.VIEW: QT_TRANSLATE_NOOP("RoleGate", "view cases"),
    Action.OPEN_INCIDENT: QT_TRANSLATE_NOOP("RoleGate", "open incidents"),
    Action.CLOSE_INCIDENT: QT_TRANSLATE_NOOP("RoleGate", "close incidents"),
    Action.KEEP_OPEN: QT_TRANSLATE_NOOP("RoleGate", "keep incidents open"),
    Action.REPLY: QT_TRANSLATE_NOOP("RoleGate", "reply to messages"),
    Action.REFUND: QT_TRANSLATE_NOOP("RoleGate", "refund"),
    Action.APPROVE_REFUND: QT_TRANSLATE_NOOP("RoleGate", "approve refunds"),
    Action.PROPOSE_SANCTION: QT_TRANSLATE_NOOP("RoleGate", "propose sanctions"),
    Action.APPROVE_SANCTION: QT_TRANSLATE_NOOP("RoleGate", "approve sanctions"),
    Action.APPLY_SANCTION: QT_TRANSLATE_NOOP("RoleGate", "apply sanctions"),
    Action.CHANGE_SHOP_STATE: QT_TRANSLATE_NOOP("RoleGate", "change a shop's state"),
    Action.EDIT_TEMPLATES: QT_TRANSLATE_NOOP("RoleGate", "edit reply templates"),
    Action.EDIT_RULE_SETTINGS: QT_TRANSLATE_NOOP("RoleGate", "edit rule settings"),
}
ROLE_TEXTS: dict[Role, Any] = {
    Role.AGENT: QT_TRANSLATE_NOOP("RoleGate", "agent"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("RoleGate", "reviewer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("RoleGate", "supervisor"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("RoleGate", str(ROLE_TEXTS[role]))


def denial_text(role: Role | None, action: Action) -> str:
    """Why ``role`` may not take ``action`` and who may, in the interface language (the
    domain's ``denial_reason`` says the same in English, for logs and services)."""
    what = QCoreApplication.translate("RoleGate", str(ACTION_TEXTS[action]))
    if role is None:
        return QCoreApplication.translate(
            "RoleGate", "This key does not belong to an operator user, so it may not "
                        "{0}.").format(what)
    who = " / ".join(role_name(r) for r in roles_for(action))
    return QCoreApplication.translate(
        "RoleGate", "Your role ({0}) may not {1}; this takes the role: {2}.").format(
            role_name(role), what, who)


@dataclass
class _Binding:
    target: Gated
    action: Action
    hide: bool
    enabled: bool
    tooltip: str


class RoleGate(QObject):
    """Keeps bound buttons and actions in step with what the role allows."""

    def __init__(self, allowed: Allowed, reason: Reason | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed = allowed
        self._reason = reason
        self._bindings: list[_Binding] = []

    def may(self, action: Action) -> bool:
        return self._allowed(action)

    def bind(self, target: Gated, action: Action, *, hide: bool = False) -> None:
        """Gate ``target`` by ``action``: disabled (or hidden, with ``hide``) when not allowed."""
        self._bindings.append(_Binding(target, action, hide, target.isEnabled(),
                                       target.toolTip()))
        self._apply(self._bindings[-1])

    def set_enabled(self, target: Gated, enabled: bool) -> None:
        """The page's own view of whether ``target`` makes sense now; the role still applies."""
        for binding in self._bindings:
            if binding.target is target:
                binding.enabled = enabled
                self._apply(binding)
                return
        target.setEnabled(enabled)

    def set_allowed(self, allowed: Allowed) -> None:
        """The role changed (another market, another profile): re-apply every binding."""
        self._allowed = allowed
        self.refresh()

    def refresh(self) -> None:
        for binding in self._bindings:
            self._apply(binding)

    def _apply(self, binding: _Binding) -> None:
        permitted = self._allowed(binding.action)
        target = binding.target
        if binding.hide:
            target.setVisible(permitted)
        target.setEnabled(permitted and binding.enabled)
        if permitted:
            target.setToolTip(binding.tooltip)
        else:
            why = self._reason(binding.action) if self._reason else ""
            target.setToolTip(why or self.tr("Your role may not do this."))
