"""One conversation on screen: participants, every message with its audience, the order's
events on the same timeline, the seller's deadlines (with "why?"), policy evidence and search
hits marked in the text, attachments that open safely.

The HTML is built by ``ThreadHtml`` - plain Python, so the page builds it on a worker thread
and the UI thread only calls ``setHtml``. Message text stays untrusted text: every piece is
escaped and neutralised (``safe_view``); the only links are addresses written in the text
(opened after a confirmation) and the desk's own ``desk-why:`` / ``desk-file:`` anchors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QWidget

from operator_desk.domain.attachments import (
    has_dangerous_extension,
    sanitize_filename,
    split_extension,
)
from operator_desk.domain.conversations import (
    CUSTOMER,
    OPERATOR,
    SELLER,
    EventKind,
    OrderEvent,
    ReplyObligation,
    audience,
    party_of,
)
from operator_desk.domain.models import Attachment, Message
from operator_desk.domain.policy import Finding
from operator_desk.domain.safe_text import neutralize
from operator_desk.domain.sla import ResponseRule, SkipReason
from operator_desk.services.conversations import ThreadCase

from . import formatting, theme
from .safe_view import LinkRegistry, SafeTextBrowser, inert_html, message_html
from .theme import ink, tint

WHY_SCHEME = "desk-why"
FILE_SCHEME = "desk-file"

_PARTY_COLOURS = {CUSTOMER: "#1f4fa3", SELLER: "#7a4a00", OPERATOR: "#1b6e3a"}
_CHIP_COLOURS = {CUSTOMER: "#e3ecfa", SELLER: "#f6ead8", OPERATOR: "#e1f1e6"}
POLICY_CLASS = "policy"
HIT_CLASS = "hit"
# Classes instead of inline styles: a 1,000-message thread's HTML stays small, so setHtml
# on the UI thread stays short (docs/PERFORMANCE.md, Conversations). The colours are for a
# light background; ``thread_css`` makes them readable on the palette in use.


def thread_css() -> str:
    """The thread view's style sheet in the current palette (UI thread, before setHtml)."""
    chips = {party: tint(colour) for party, colour in _CHIP_COLOURS.items()}
    policy_background, hit_background = tint("#ffd3cc"), tint("#ffe066")
    return "".join(
        [f".p-{party} {{ color: {ink(colour)}; }} .chip-{party} {{ background-color: "
         f"{chips[party]}; color: {ink(colour, chips[party])}; }}"
         for party, colour in _PARTY_COLOURS.items()]
        + [f".p-OTHER {{ color: {ink('#333333')}; }} .muted {{ color: {ink('#666666')}; }} "
           ".sender { font-weight: bold; }",
           f".event {{ color: {ink('#666666')}; margin-top: 6px; margin-bottom: 6px; }}",
           f".{POLICY_CLASS} {{ background-color: {policy_background}; "
           f"color: {ink('#7a1208', policy_background)}; font-weight: bold; }}",
           f".{HIT_CLASS} {{ background-color: {hit_background}; }} "
           f".evidence {{ color: {ink('#7a1208')}; }}",
           f".ok {{ color: {ink('#1b6e3a')}; }} .late {{ color: {ink('#a3361f')}; }}",
           ".msg { margin-top: 4px; margin-bottom: 12px; }"])


translate = QCoreApplication.translate


def party_name(party: str) -> str:
    names = {CUSTOMER: QCoreApplication.translate("Party", "customer"),
             SELLER: QCoreApplication.translate("Party", "seller"),
             OPERATOR: QCoreApplication.translate("Party", "operator")}
    return names.get(party, party.lower() or "?")


def kind_name(kind: str) -> str:
    names = {"off_platform_contact": QCoreApplication.translate("Policy", "off-platform contact"),
             "marketing": QCoreApplication.translate("Policy", "marketing"),
             "non_answer": QCoreApplication.translate("Policy", "non-answer")}
    return names.get(kind, kind)


def duration(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return translate("ThreadView", "{0} d {1} h").format(days, hours)
    if hours:
        return translate("ThreadView", "{0} h {1} min").format(hours, minutes)
    return translate("ThreadView", "{0} min").format(minutes)


@dataclass
class RenderedThread:
    """The HTML of a thread with what its anchors point at."""

    html: str
    links: LinkRegistry
    attachments: list[Attachment]
    obligations: dict[str, ReplyObligation]


class ThreadHtml:
    """Builds a thread's HTML (any thread; no Qt widget involved)."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def build(self, case: ThreadCase) -> RenderedThread:
        links = LinkRegistry()
        attachments: list[Attachment] = []
        zone = case.market.timezone if case.market else None
        obligations = case.obligation_by_message
        parts = [self._participants(case)]
        if case.sla_problem:
            problem = translate("ThreadView", "No response deadlines: {0}")
            parts.append(f"<p class='late'>{escape(problem).format(inert_html(case.sla_problem))}"
                         "</p>")
        if case.incomplete:
            older = translate("ThreadView", "Older messages of this conversation are not in "
                                            "the local cache yet.")
            parts.append(f"<p><i>{escape(older)}</i></p>")
        for entry in case.entries:
            if entry.event is not None:
                parts.append(self._event(entry.event, zone))
            elif entry.message is not None:
                parts.append(self._message(entry.message, case, zone, links, attachments,
                                           obligations.get(entry.message.message_id)))
        if not case.thread.messages:
            none = translate("ThreadView", "No message of this conversation is cached.")
            parts.append(f"<p><i>{escape(none)}</i></p>")
        return RenderedThread("".join(parts), links, attachments,
                              {o.message_id: o for o in case.obligations})

    def _participants(self, case: ThreadCase) -> str:
        people = []
        for participant in case.thread.participants:
            party = party_of(participant.type)
            css = party if party in _PARTY_COLOURS else "OTHER"
            people.append(f"<span class='p-{css}'>{inert_html(participant.display_name)}"
                          f"</span> ({escape(party_name(party))})")
        label = translate("ThreadView", "Participants:")
        return (f"<p><b>{escape(label)}</b> "
                + (", ".join(people) or escape(translate("ThreadView", "unknown"))) + "</p>")

    def _event(self, event: OrderEvent, zone: str | None) -> str:
        titles = {
            EventKind.ORDER_CREATED: translate("ThreadView", "Order placed"),
            EventKind.SHIPPED: translate("ThreadView", "Shipped"),
            EventKind.INCIDENT_OPENED: translate("ThreadView", "Incident opened"),
            EventKind.INCIDENT_MARKED_SOLVED: translate("ThreadView",
                                                        "Seller marked the incident as solved"),
            EventKind.INCIDENT_CLOSED: translate("ThreadView", "Incident closed"),
            EventKind.REFUND: translate("ThreadView", "Refund"),
        }
        detail = " · ".join(filter(None, (event.subject, event.detail)))
        when = formatting.when(event.when, self.locale, zone)
        return (f"<p class='event'>◆ <i>{escape(when)} — "
                f"{escape(titles.get(event.kind, event.kind.value))}</i>"
                + (f" · {inert_html(detail)}" if detail else "") + "</p>")

    def _chips(self, message: Message) -> str:
        seen_by = audience(message)
        if seen_by == frozenset({OPERATOR}):
            only = translate("ThreadView", "operator only")
            return f"<span class='chip-{OPERATOR}'>&nbsp;{escape(only)}&nbsp;</span>"
        chips = []
        for party in (CUSTOMER, SELLER, OPERATOR):
            if party in seen_by:
                chips.append(f"<span class='chip-{party}'>&nbsp;{escape(party_name(party))}"
                             "&nbsp;</span>")
        return " ".join(chips)

    def _message(self, message: Message, case: ThreadCase, zone: str | None,
                 links: LinkRegistry, attachments: list[Attachment],
                 obligation: ReplyObligation | None) -> str:
        party = party_of(message.sender.type)
        css = party if party in _PARTY_COLOURS else "OTHER"
        when = formatting.when(message.created, self.locale, zone)
        seen_by = translate("ThreadView", "seen by")
        header = (f"<span class='p-{css} sender'>"
                  f"{inert_html(message.sender.display_name)}</span> "
                  f"<span class='muted'>({escape(party_name(party))}) · {escape(when)}"
                  f" · {escape(seen_by)}</span> {self._chips(message)}")
        findings = case.findings.get(message.message_id, ())
        # Findings point into the text the desk shows (line breaks and controls made safe).
        body = self._body(neutralize(message.body), findings, case, links)
        extra = ""
        whole = [f for f in findings if f.kind == "non_answer"]
        if whole:
            says_nothing = translate("ThreadView", "Non-answer: once greetings and courtesy "
                                                   "are taken away, this message says nothing.")
            extra += (f"<br><span class='{POLICY_CLASS}'>&nbsp;⚑ "
                      f"{escape(says_nothing)}&nbsp;</span>")
        listed = [f for f in findings if f.kind != "non_answer"]
        if listed:
            kinds = sorted({kind_name(f.kind) for f in listed})
            evidence = translate("ThreadView", "Policy evidence: {0}").format(", ".join(kinds))
            extra += f"<br><span class='evidence'>⚑ {escape(evidence)}</span>"
        for attachment in message.attachments:
            attachments.append(attachment)
            token = f"{FILE_SCHEME}:{len(attachments) - 1}"
            name = sanitize_filename(attachment.name)
            warn = "⚠ " if has_dangerous_extension(attachment.name) else ""
            kind = split_extension(name)[1].upper() or translate("ThreadView", "file")
            extra += (f"<br>{theme.attachment_mark()} {warn}"
                      f"<a href='{token}'>{inert_html(name)}</a> "
                      f"<span class='muted'>({escape(kind)}, "
                      f"{escape(formatting_size(attachment.size, self.locale))})</span>")
        if obligation is not None:
            extra += "<br>" + self._deadline(obligation, zone)
        return f"<div class='msg'>{header}<br>{body}{extra}</div>"

    def _body(self, text: str, findings: tuple[Finding, ...], case: ThreadCase,
              links: LinkRegistry) -> str:
        marks: list[tuple[int, int, str, str]] = []
        for finding in findings:
            if finding.kind != "non_answer":
                marks.append((finding.start, finding.end, POLICY_CLASS,
                              f"{kind_name(finding.kind)} ({finding.rule})"))
        for start, end in case.search.spans(text):
            marks.append((start, end, HIT_CLASS, ""))
        if not marks:
            return message_html(text, links)
        marks.sort(key=lambda m: (m[0], -m[1]))
        out: list[str] = []
        position = 0
        for start, end, style, title in marks:
            if start < position:  # overlapping marks: the first one wins
                continue
            out.append(message_html(text[position:start], links))
            attribute = f" title='{escape(title, quote=True)}'" if title else ""
            out.append(f"<span class='{style}'{attribute}>{inert_html(text[start:end])}</span>")
            position = end
        out.append(message_html(text[position:], links))
        return "".join(out)

    def _deadline(self, obligation: ReplyObligation, zone: str | None) -> str:
        due = formatting.when(obligation.deadline, self.locale, zone, fmt="short")
        assessment = obligation.assessment
        if assessment.answered and assessment.answered_at is not None:
            answered = formatting.when(assessment.answered_at, self.locale, zone, fmt="short")
            state = translate("ThreadView", "answered {0}").format(answered)
        else:
            state = translate("ThreadView", "not answered yet")
        colour = "ok"
        late = ""
        if obligation.late_by is not None:
            colour = "late"
            late = " · " + (translate("ThreadView", "late by {0}") if assessment.answered
                            else translate("ThreadView", "overdue by {0}")).format(
                                duration(obligation.late_by))
        token = f"{WHY_SCHEME}:{obligation.message_id}"
        due_text = translate("ThreadView", "Seller’s answer due {0}").format(due)
        why = translate("ThreadView", "Why?")
        return (f"<span class='{colour}'>{escape(due_text)} · {escape(state)}"
                f"{escape(late)}</span> <a href='{token}'>{escape(why)}</a>")


def rule_text(rule: ResponseRule) -> str:
    """``hours:48`` as people say it."""
    if rule.kind.value == "business-hours":
        return translate("ThreadView", "{0} working hours").format(rule.hours)
    return translate("ThreadView", "{0} hours").format(rule.hours)


def formatting_size(size: int, locale: str) -> str:
    if size >= 1024 * 1024:
        return translate("ThreadView", "{0} MB").format(
            format_decimal(round(size / 1048576, 1), locale=locale))
    if size >= 1024:
        return translate("ThreadView", "{0} KB").format(
            format_decimal(round(size / 1024), locale=locale))
    return translate("ThreadView", "%n byte(s)", None, size)


def explain_deadline(obligation: ReplyObligation, locale: str, zone: str | None) -> str:
    """Why the deadline falls where it does, in the user's language (plain text)."""
    explanation = obligation.explanation
    received = formatting.when(explanation.received, locale, zone, fmt="full")
    due = formatting.when(explanation.deadline, locale, zone, fmt="full")
    rule = explanation.rule
    lines = [translate("ThreadView", "Received {0}.").format(received)]
    if rule.kind.value == "business-hours":
        lines.append(translate("ThreadView", "Rule: {0} working hours (Monday to Friday, "
                                             "public holidays of the market not counted).")
                     .format(rule.hours))
    else:
        lines.append(translate("ThreadView", "Rule: {0} hours, counted around the clock.")
                     .format(rule.hours))
    for day in explanation.skipped_days:
        shown = format_date(day.day, "full", locale=locale)
        if day.reason is SkipReason.HOLIDAY:
            lines.append(translate("ThreadView", "Not counted: {0} (public holiday: {1}).").format(
                shown, day.holiday_name or ""))
        else:
            lines.append(translate("ThreadView", "Not counted: {0} (weekend).").format(shown))
    if explanation.received.utcoffset() != explanation.deadline.utcoffset():
        lines.append(translate("ThreadView", "The clocks changed in between; the deadline is "
                                             "counted in real hours."))
    lines.append(translate("ThreadView", "Due {0}.").format(due))
    assessment = obligation.assessment
    if assessment.answered and assessment.answered_at is not None:
        lines.append(translate("ThreadView", "Answered {0}.").format(
            formatting.when(assessment.answered_at, locale, zone, fmt="full")))
    if obligation.late_by is not None:
        lines.append(translate("ThreadView", "Late by {0}.").format(duration(obligation.late_by)))
    return "\n".join(lines)


class ThreadBrowser(SafeTextBrowser):
    """The conversation's text view: message links behave as everywhere in the desk; the
    desk's own anchors ask for a deadline's explanation or open an attachment."""

    why_requested = Signal(object)  # ReplyObligation
    attachment_requested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: RenderedThread | None = None
        self.document().setDefaultStyleSheet(thread_css())

    def show_rendered(self, rendered: RenderedThread) -> None:
        self.rendered = rendered
        self.links = rendered.links
        self.setHtml(rendered.html)

    def _clicked(self, href: QUrl) -> None:
        scheme, _, value = href.toString().partition(":")
        rendered = self.rendered
        if scheme == WHY_SCHEME and rendered is not None:
            obligation = rendered.obligations.get(value)
            if obligation is not None:
                self.why_requested.emit(obligation)
            return
        if scheme == FILE_SCHEME and rendered is not None and value.isdigit():
            index = int(value)
            if index < len(rendered.attachments):
                self.attachment_requested.emit(rendered.attachments[index])
            return
        super()._clicked(href)

    def _hovered(self, href: QUrl) -> None:
        scheme = href.toString().partition(":")[0]
        if scheme in (WHY_SCHEME, FILE_SCHEME):
            self.setToolTip("")
            return
        super()._hovered(href)


def due_text(due: datetime | None, locale: str, zone: str | None = None) -> str:
    return formatting.when(due, locale, zone, fmt="short") if due else ""
