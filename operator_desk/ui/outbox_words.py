"""How the desk words what the outbox knows: what changed when an action conflicts, and what
waits for a case. Shared by the outbox page and the pages that show a case as pending."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from operator_desk.domain.outbox import Change, OutboxState, Waiting


def describe_change(change: Change) -> str:
    """One sentence per change: what the agent saw and what is there now."""
    tr = partial(QCoreApplication.translate, "OutboxChange")
    match change.what:
        case "incident_status":
            return tr("Incident status: you saw {0}, now it is {1}.").format(change.saw,
                                                                             change.now)
        case "new_customer_message":
            text = tr("The customer wrote {0} new message(s) since you read the case.").format(
                change.now)
            return text + (" " + tr("Newest: “{0}”").format(change.detail)
                           if change.detail else "")
        case "refundable":
            return tr("Line {0}: you asked to refund {1}; {2} is left to refund.").format(
                change.detail, change.saw, change.now)
        case "shop_state":
            return tr("Shop state: the change needs {0}; the shop is {1} now.").format(
                change.saw, change.now)
        case "order_state":
            return tr("The order is {0} now; it can no longer be refunded.").format(change.now)
        case "missing":
            return tr("{0} no longer exists on the marketplace.").format(change.saw)
        case "unknown_outcome":
            return tr("It was sent but no answer came, and the marketplace does not show "
                      "clearly whether it arrived ({0}). Check on the marketplace, then "
                      "discard it or send it anyway.").format(change.detail)
    return f"{change.what}: {change.saw} → {change.now}"


def describe_changes(changes: tuple[Change, ...]) -> str:
    """Every change, one sentence each, on one line."""
    return " ".join(describe_change(change) for change in changes)


def waiting_label(waiting: Waiting) -> str:
    """Short, for a list's status cell: where the case's action stands in the outbox."""
    tr = partial(QCoreApplication.translate, "OutboxWaiting")
    match waiting.state:
        case OutboxState.CONFLICT:
            return tr("conflict in the outbox")
        case OutboxState.FAILED:
            return tr("failed in the outbox")
        case OutboxState.WAITING_APPROVAL:
            return tr("waiting for approval")
    return tr("pending in the outbox")


def waiting_tip(waiting: Waiting, what: str) -> str:
    """A sentence for the tooltip: ``what`` names the action (its kind, worded)."""
    tr = partial(QCoreApplication.translate, "OutboxWaiting")
    match waiting.state:
        case OutboxState.CONFLICT:
            return tr("{0}: waits in the outbox because the case changed. Send it anyway or "
                      "discard it on the outbox page.").format(what)
        case OutboxState.FAILED:
            return tr("{0}: the marketplace refused it; it waits in the outbox. Retry or "
                      "cancel it on the outbox page.").format(what)
        case OutboxState.WAITING_APPROVAL:
            return tr("{0}: waits for a supervisor's approval in the outbox.").format(what)
    return tr("{0}: waits in the outbox until it is sent.").format(what)
