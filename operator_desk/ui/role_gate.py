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

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from operator_desk.domain.permissions import Action

Gated = QAbstractButton | QAction
Allowed = Callable[[Action], bool]
Reason = Callable[[Action], str]


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
