"""The case pane: order, incident, the seller's resolution and the whole conversation.

Message bodies are untrusted text from customers and sellers: they are rendered by
``safe_view`` (escaped, bidi tricks neutralised, no resource ever loaded, links only where an
address is written out, opened after a confirmation).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.attachments import has_dangerous_extension, sanitize_filename
from operator_desk.domain.models import Message, Thread
from operator_desk.domain.permissions import Action, denial_reason
from operator_desk.domain.queue import IncidentCase
from operator_desk.services.permissions import Permissions

from . import formatting, theme
from .queue_model import status_label
from .safe_view import SafeTextBrowser, inert_html, message_html

__all__ = ["IncidentView", "SafeTextBrowser"]


_PARTY_COLOURS = {"CUSTOMER": "#1f4fa3", "SHOP": "#7a4a00", "OPERATOR": "#1b6e3a"}


class IncidentView(QWidget):
    """Shows one ``IncidentCase``; emits ``close_requested`` for the Close action."""

    close_requested = Signal()

    def __init__(self, locale: str, parent: QWidget | None = None, *,
                 permissions: Permissions | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._case: IncidentCase | None = None
        self.permissions = permissions
        self._close_tooltip = ""

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Close incident…"))
        self.close_button.setToolTip(
            self.tr("Close this incident on the marketplace (Ctrl+Return)"))
        self.close_button.setAccessibleName(self.tr("Close incident"))
        self.close_button.clicked.connect(self.close_requested)
        self.close_button.setEnabled(False)
        self._close_tooltip = self.close_button.toolTip()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.close_button)

        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.resolution = QLabel()
        self.resolution.setTextFormat(Qt.TextFormat.RichText)
        self.resolution.setWordWrap(True)
        self.resolution.setFrameShape(QFrame.Shape.StyledPanel)
        self.resolution.setStyleSheet(
            "QLabel { background: palette(alternate-base); padding: 6px; }")
        self.resolution.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conversation = SafeTextBrowser()
        self.conversation.setAccessibleName(self.tr("Conversation"))

        self.placeholder = QLabel(self.tr("Select an incident in the queue to see the order, "
                                          "the seller's resolution and the whole conversation."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("QLabel { color: palette(mid); }")

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addWidget(self.facts)
        body.addWidget(self.resolution)
        conversation = QLabel(self.tr("Conversation"))
        conversation.setStyleSheet("QLabel { font-weight: bold; }")
        body.addWidget(conversation)
        body.addWidget(self.conversation, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

    @property
    def case(self) -> IncidentCase | None:
        return self._case

    def clear(self) -> None:
        self._case = None
        self.body.hide()
        self.placeholder.show()
        self.close_button.setEnabled(False)

    def show_case(self, case: IncidentCase, timezone: str | None = None,
                  loading_older: bool = False) -> None:
        self._case = case
        incident, order = case.incident, case.order
        self.placeholder.hide()
        self.body.show()
        self.title.setText(self.tr("Order {0} · {1}").format(
            order.commercial_id or order.order_id if order else incident.order_id,
            incident.market))
        self.status.setText(status_label(incident.status))
        self._gate_close(case)

        loc = self._locale
        rows: list[tuple[str, str]] = []
        if order is not None:
            rows += [
                (self.tr("Seller"), inert_html(order.shop_name)),
                (self.tr("Customer"), inert_html(f"{order.customer.display_name}"
                                             + (f" <{order.customer.email}>"
                                                if order.customer.email else ""))),
                (self.tr("Ordered"), escape(formatting.when(order.created, loc, timezone))),
                (self.tr("Order value"), escape(formatting.money(order.total_price, loc))),
                (self.tr("Order state"), escape(order.state)),
            ]
            line = case.line
            if line is not None:
                rows.append((self.tr("Product"), inert_html(
                    f"{line.quantity} × {line.product_title} "
                    f"({formatting.money(line.total_price, loc)}) – {line.state}")))
            if order.shipping_tracking:
                rows.append((self.tr("Tracking"), escape(
                    f"{order.shipping_carrier or ''} {order.shipping_tracking}".strip())))
        reason = case.opening_reason.label if case.opening_reason else (
            incident.opening_reason_code or "")
        rows.append((self.tr("Incident"), escape(self.tr("{0} – opened {1} by {2}").format(
            reason, formatting.when(incident.opened, loc, timezone),
            _party(incident.opened_by)))))
        if case.derived:
            rows.append((self.tr("Note"), escape(self.tr(
                "This marketplace does not publish its incident list: the status and the "
                "seller's \"marked as solved\" are derived from the order and the "
                "conversation."))))
        self.facts.setText(_table(rows))

        if incident.resolved is not None:
            why = case.resolution_reason.label if case.resolution_reason else (
                incident.resolution_reason_code or "")
            text = self.tr("The seller marked this incident as solved {0} ({1}).").format(
                formatting.age(incident.resolved, loc), why)
            message = incident.resolution_message
            html = f"<b>{escape(text)}</b>"
            if message:
                html += f"<br>{inert_html(message)}"
            self.resolution.setText(html)
            self.resolution.show()
        else:
            self.resolution.hide()
        self.conversation.links.clear()
        html = self._thread_html(case.threads, timezone)
        if loading_older:
            html = (f"<p><i>{escape(self.tr('Loading older messages…'))}</i></p>" + html)
        elif case.incomplete_threads:
            html = (f"<p><i>{escape(self.tr('Older messages are not in the local cache and '
                                             'the marketplace is offline.'))}</i></p>" + html)
        self.conversation.show_text(html)

    def refresh_actions(self) -> None:
        """Re-apply what the shown case and the role allow (after an action failed)."""
        if self._case is not None:
            self._gate_close(self._case)

    def _gate_close(self, case: IncidentCase) -> None:
        """Enabled for an open incident the role may close; the tooltip says why not."""
        incident = case.incident
        action = Action.CLOSE_INCIDENT
        permitted = self.permissions is None or self.permissions.allowed(incident.market, action)
        self.close_button.setEnabled(incident.is_open and permitted)
        if permitted or self.permissions is None:
            self.close_button.setToolTip(self._close_tooltip)
        else:
            self.close_button.setToolTip(
                denial_reason(self.permissions.role(incident.market), action))

    def _thread_html(self, threads: tuple[Thread, ...], timezone: str | None) -> str:
        if not threads:
            return f"<p><i>{escape(self.tr('No messages on this order.'))}</i></p>"
        parts: list[str] = []
        for thread in threads:
            parts.append(f"<h4>{inert_html(self._topic(thread))}</h4>")
            for message in thread.messages:
                parts.append(self._message_html(message, timezone))
        return "".join(parts)

    def _topic(self, thread: Thread) -> str:
        if thread.topic.startswith("REASON_CODE:"):
            case = self._case
            code = thread.topic.split(":", 1)[1]
            if case and case.opening_reason and case.opening_reason.code == code:
                return case.opening_reason.label
            return self.tr("Reason {0}").format(code)
        return thread.topic or self.tr("(no subject)")

    def _message_html(self, message: Message, timezone: str | None) -> str:
        party = message.sender_party
        colour = theme.readable(_PARTY_COLOURS.get(party, "#333333"), self)
        secondary = theme.secondary_text(self)  # dark mode: a fixed grey would vanish
        audience = ", ".join(_party(r.type) for r in message.recipients)
        when = formatting.when(message.created, self._locale, timezone)
        header = (f"<span style='color:{colour}; font-weight:bold'>"
                  f"{inert_html(message.sender.display_name)}</span> "
                  f"<span style='color:{secondary}'>({escape(_party(party))}) · "
                  f"{escape(when)} · "
                  f"{escape(self.tr('to'))} {escape(audience)}</span>")
        attachments = ""
        if message.attachments:
            names = ", ".join(
                f"{'⚠ ' if has_dangerous_extension(a.name) else ''}"
                f"{sanitize_filename(a.name)} ({a.size:,} B)" for a in message.attachments)
            attachments = f"<br><span style='color:{secondary}'>📎 {inert_html(names)}</span>"
        return (f"<div style='margin: 4px 0 10px 0'>{header}<br>"
                f"{message_html(message.body, self.conversation.links)}{attachments}</div>")


def _party(kind: str | None) -> str:
    names = {
        "CUSTOMER": QCoreApplication.translate("Party", "customer"),
        "SHOP": QCoreApplication.translate("Party", "seller"),
        "OPERATOR": QCoreApplication.translate("Party", "operator"),
    }
    base = (kind or "").removesuffix("_USER")
    return names.get(base, base.lower() or "?")


def _table(rows: list[tuple[str, str]]) -> str:
    secondary = theme.secondary_text()
    cells = "".join(
        f"<tr><td style='color:{secondary}; padding-right:12px'>{escape(label)}</td>"
        f"<td>{value}</td></tr>" for label, value in rows)
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"
