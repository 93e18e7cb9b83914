"""How the desk words what waits in the outbox for a case, and what changed when an action
conflicts, for the pages that show a case (the outbox page words each change:
``outbox_page.describe_change``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from operator_desk.domain.outbox import Change, OutboxState, Waiting

from .outbox_page import describe_change


def describe_changes(changes: tuple[Change, ...]) -> str:
    """Every change, one sentence each, on one line."""
    return " ".join(describe_change(change) for change in changes)


def waiting_label(waiting: Waiting) -> str:
    """Short, for a list's status cell: where the case's action stands in the outbox."""
    match waiting.state:
        case OutboxState.CONFLICT:
            return QCoreApplication.translate("OutboxWaiting", "conflict in the outbox")
        case OutboxState.FAILED:
            return QCoreApplication.translate("OutboxWaiting", "failed in the outbox")
        case OutboxState.WAITING_APPROVAL:
            return QCoreApplication.translate("OutboxWaiting", "waiting for approval")
    return QCoreApplication.translate("OutboxWaiting", "pending in the outbox")


def waiting_tip(waiting: Waiting, what: str) -> str:
    """A sentence for the tooltip: ``what`` names the action (its kind, worded)."""
    match waiting.state:
        case OutboxState.CONFLICT:
            text = QCoreApplication.translate(
                "OutboxWaiting", "{0}: waits in the outbox because the case changed. Send it "
                                 "anyway or discard it on the outbox page.")
        case OutboxState.FAILED:
            text = QCoreApplication.translate(
                "OutboxWaiting", "{0}: the marketplace refused it; it waits in the outbox. "
                                 "Retry or cancel it on the outbox page.")
        case OutboxState.WAITING_APPROVAL:
            text = QCoreApplication.translate(
                "OutboxWaiting", "{0}: waits for a supervisor's approval in the outbox.")
        case _:
            text = QCoreApplication.translate(
                "OutboxWaiting", "{0}: waits in the outbox until it is sent.")
    return text.format(what)
