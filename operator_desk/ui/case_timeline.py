"""The case as texts: facts, the claim next to reality, the timeline and the notes, formatted
once, on a worker thread (Babel is slow); the pane on the UI thread only sets them.

Every piece of text that came from a customer, a seller or a colleague goes through
``safe_view``: escaped, neutralised, and in message bodies the only links are addresses
written out in the text, behind tokens of the document's own ``LinkRegistry``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, format_timedelta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from operator_desk.domain.attachments import has_dangerous_extension, sanitize_filename
from operator_desk.domain.policy import Finding
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.team import Note
from operator_desk.domain.timeline import (
    ClaimAndReality,
    ClockState,
    EventKind,
    Relation,
    ReplyClock,
    TimelineEvent,
    build_timeline,
    compare_claim,
    newest_message_ids,
)
from operator_desk.services.cases import CaseDetail, CaseService, TeamFacts, TeamState

from . import formatting, theme
from .i18n import order_state_text
from .queue_model import status_label
from .refund_model import state_text
from .safe_view import LinkRegistry, Mark, inert_html, message_html
from .scorecard_view import state_label as shop_state_text
from .theme import ink, tint

# Written out as ``_T.translate("Case", "...")`` so pyside6-lupdate finds every string.
_T = QCoreApplication

# Colours for a light background; ``theme.ink`` (text) and ``theme.tint`` (backgrounds) turn
# them into colours that read on the palette in use when the HTML is built (dark palettes).
PARTY_COLOURS = {"CUSTOMER": "#1f4fa3", "SHOP": "#7a4a00", "OPERATOR": "#1b6e3a"}
PARTY_BACKGROUNDS = {"CUSTOMER": "#eef3fb", "SHOP": "#fbf5ea", "OPERATOR": "#edf7f0"}
_EVENT_COLOUR = "#4a4a4a"
_WARN = "#a3361f"
_MUTED = "#666666"
_GOOD = "#1b6e3a"
_TEAM = "#5b2a86"
# Highlight per policy finding kind; a non-answer is the whole message: labelled, not painted.
FINDING_COLOURS = {"off_platform_contact": "#ffd0c8", "marketing": "#ffe7a8"}


def party_name(kind: str | None) -> str:
    names = {
        "CUSTOMER": QCoreApplication.translate("Party", "customer"),
        "SHOP": QCoreApplication.translate("Party", "seller"),
        "OPERATOR": QCoreApplication.translate("Party", "operator"),
    }
    base = (kind or "").removesuffix("_USER")
    return names.get(base, base.lower() or QCoreApplication.translate("Party", "unknown"))


def finding_label(kind: str) -> str:
    labels = {
        "off_platform_contact": QCoreApplication.translate("Policy", "off-platform contact"),
        "marketing": QCoreApplication.translate("Policy", "marketing"),
        "non_answer": QCoreApplication.translate("Policy", "non-answer"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True, slots=True)
class NotesView:
    """The notes panel's texts. ``state`` None: no team service is bound to the pane."""

    state: TeamState | None
    html: str
    count: int
    status: str


@dataclass(frozen=True, eq=False)
class CasePresentation:
    """Everything the pane sets, formatted. ``links`` belongs to ``timeline_html``."""

    case: IncidentCase
    detail: CaseDetail | None
    title: str
    status: str
    facts_html: str
    seller_heading: str
    seller_html: str
    customer_heading: str
    customer_html: str
    claim_flag: str  # empty: nothing to flag
    timeline_html: str
    links: LinkRegistry
    notes: NotesView
    incomplete: bool
    event_count: int = 0
    related_count: int = 0
    seen: tuple[str, ...] = field(default=())

    @property
    def market(self) -> str:
        return self.case.incident.market

    @property
    def incident_id(self) -> str:
        return self.case.incident.incident_id


class _Clock:
    """Formatting of instants in the market's zone and the user's locale."""

    def __init__(self, locale: str, timezone: str | None, now: datetime) -> None:
        self.locale = locale
        self.zone: tzinfo = ZoneInfo(timezone) if timezone else UTC
        self.now = now

    def local(self, value: datetime) -> datetime:
        return value.astimezone(self.zone)

    def when(self, value: datetime | None) -> str:
        return formatting.when(value, self.locale, str(self.zone) if value else None)

    def time(self, value: datetime) -> str:
        return format_time(self.local(value), format="short", locale=self.locale)

    def day(self, value: datetime) -> str:
        return format_date(self.local(value).date(), format="full", locale=self.locale)

    def duration(self, value: timedelta) -> str:
        return format_timedelta(value, locale=self.locale, threshold=1.1)

    def age(self, value: datetime | None) -> str:
        return formatting.age(value, self.locale, self.now)


# -- the facts -------------------------------------------------------------------------------
def _table(rows: list[tuple[str, str]]) -> str:
    """Label and value per row; a row without a label spans both columns (a long word such
    as an e-mail address would otherwise widen the value column past the pane)."""
    cells = "".join(
        (f"<tr><td style='color:{ink(_MUTED)}; padding-right:10px'>{escape(label)}</td>"
         f"<td>{value}</td></tr>") if label else f"<tr><td colspan='2'>{value}</td></tr>"
        for label, value in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{cells}</table>"


def facts_html(case: IncidentCase, detail: CaseDetail | None, clock: _Clock) -> str:
    incident, order, loc = case.incident, case.order, clock.locale
    rows: list[tuple[str, str]] = []
    if order is not None:
        seller = inert_html(order.shop_name)
        if case.shop is not None and case.shop.state != "OPEN":
            seller += escape(f" ({shop_state_text(case.shop.state)})")
        rows.append((_T.translate("Case", "Seller"), seller))
        rows.append((_T.translate("Case", "Customer"), inert_html(order.customer.display_name)))
        if order.customer.email:
            # Across both columns: an address cannot wrap, and a narrow pane would cut it.
            rows.append(("", inert_html(f"<{order.customer.email}>")))
        summary = _T.translate("Case", "{0} · {1} · {2}").format(
            clock.when(order.created), formatting.money(order.total_price, loc),
            order_state_text(order.state))
        rows.append((_T.translate("Case", "Order"), escape(summary)))
        line = case.line
        if line is not None:
            rows.append((_T.translate("Case", "Product"), inert_html(
                f"{line.quantity} × {line.product_title} "
                f"({formatting.money(line.total_price, loc)}) – "
                f"{order_state_text(line.state)}")))
        if order.shipping_tracking:
            rows.append((_T.translate("Case", "Tracking"), escape(
                f"{order.shipping_carrier or ''} {order.shipping_tracking}".strip())))
    reason = case.opening_reason.label if case.opening_reason else (
        incident.opening_reason_code or "")
    if incident.opened_by:
        opened = _T.translate("Case", "{0} – opened {1} by {2}").format(
            reason, clock.when(incident.opened), party_name(incident.opened_by))
    else:  # derived incidents: the platform does not say who, nor exactly when
        opened = _T.translate("Case", "{0} – open since {1} at the latest").format(
            reason, clock.when(incident.opened))
    rows.append((_T.translate("Case", "Incident"), escape(opened)))
    if detail is not None and detail.related:
        same_order = sum(1 for r in detail.related if r.relation == Relation.SAME_ORDER)
        same_people = len(detail.related) - same_order
        parts = []
        if same_order:
            parts.append(_T.translate("Case", "{0} on this order").format(same_order))
        if same_people:
            parts.append(_T.translate("Case", "{0} with this customer and seller")
                         .format(same_people))
        open_count = sum(1 for r in detail.related if r.is_open)
        text = ", ".join(parts)
        if open_count:
            text += " " + _T.translate("Case", "({0} open)").format(open_count)
        rows.append((_T.translate("Case", "Other incidents"), escape(text)))
    return _table(rows)


# -- claim and reality -----------------------------------------------------------------------
def _claim_texts(case: IncidentCase, claim: ClaimAndReality,
                 clock: _Clock) -> tuple[str, str, str, str, str]:
    """(seller heading, seller html, customer heading, customer html, flag)."""
    if claim.solved_at is not None:
        seller_heading = _T.translate("Case", "Seller · solved {0}").format(
            clock.age(claim.solved_at))
        body = claim.seller_text
        reason = claim.solved_reason or _T.translate("Case", "no reason given")
        no_message = _T.translate("Case", "No message came with the resolution.")
        seller_html = f"<b>{escape(reason)}</b><br>" + (
            inert_html(body) if body else f"<i>{escape(no_message)}</i>")
    elif claim.seller_text is not None:
        seller_heading = _T.translate("Case", "Seller wrote {0}").format(
            clock.age(claim.seller_at))
        seller_html = inert_html(claim.seller_text)
    else:
        seller_heading = _T.translate("Case", "Seller")
        nothing = _T.translate("Case", "The seller has not written on this order.")
        seller_html = f"<i>{escape(nothing)}</i>"
    message = claim.customer_message
    if message is not None:
        customer_heading = _T.translate("Case", "Customer wrote {0}").format(
            clock.age(message.created))
        customer_html = inert_html(message.body)
    else:
        customer_heading = _T.translate("Case", "Customer")
        nothing = _T.translate("Case", "The customer has not written on this order.")
        customer_html = f"<i>{escape(nothing)}</i>"
    flag = ""
    if claim.customer_after_claim and message is not None:
        flag = _T.translate("Case", "The customer wrote after the seller's \"solved\" ({0}): "
                                    "read it before closing.")
        flag = flag.format(clock.when(message.created))
    return seller_heading, seller_html, customer_heading, customer_html, flag


# -- the timeline ----------------------------------------------------------------------------
def _label(text: str, colour: str = _EVENT_COLOUR) -> str:
    return f"<b style='color:{ink(colour)}'>{escape(text)}</b>"


def _muted(text: str, on: str = "base") -> str:
    return f"<span style='color:{ink(_MUTED, on)}'>{escape(text)}</span>"


def _clock_line(reply: ReplyClock, clock: _Clock, on: str = "base") -> str:
    state = reply.state
    if state == ClockState.DUE:
        text, colour = _T.translate("Case", "Seller's answer due {0} (in {1})").format(
            clock.when(reply.deadline),
            clock.duration(reply.deadline - clock.now)), _MUTED
    elif state == ClockState.OVERDUE:
        text, colour = _T.translate(
            "Case", "No answer from the seller: due {0}, late by {1}").format(
            clock.when(reply.deadline), clock.duration(reply.late_by or timedelta())), _WARN
    elif state == ClockState.ANSWERED_LATE:
        text, colour = _T.translate("Case", "The seller answered {0}, late by {1}").format(
            clock.when(reply.answered_at), clock.duration(reply.late_by or timedelta())), _WARN
    else:
        text, colour = _T.translate("Case", "The seller answered {0}, in time (due {1})").format(
            clock.when(reply.answered_at), clock.when(reply.deadline)), _GOOD
    return f"<br><span style='color:{ink(colour, on)}'>{escape(text)}</span>"


def display_topic(topic: str | None, case: IncidentCase) -> str:
    """A thread's subject for people: "REASON_CODE:12" becomes the reason's label."""
    if not topic:
        return _T.translate("Case", "(no subject)")
    prefix, _, code = topic.partition(":")
    if prefix == "REASON_CODE" and code:
        reason = case.opening_reason
        if reason is not None and reason.code == code:
            return reason.label
        return _T.translate("Case", "Reason {0}").format(code)
    return topic


def _message_block(event: TimelineEvent, case: IncidentCase, clock: _Clock,
                   links: LinkRegistry, findings: tuple[Finding, ...], show_topic: bool) -> str:
    message = event.message
    assert message is not None
    party = message.sender_party
    background = tint(PARTY_BACKGROUNDS.get(party, "#f4f4f4"))
    colour = ink(PARTY_COLOURS.get(party, "#333333"), background)
    muted, warn = ink(_MUTED, background), ink(_WARN, background)
    audience = ", ".join(party_name(r.type) for r in message.recipients) or "–"
    header = (f"<span style='color:{colour}; font-weight:bold'>"
              f"{inert_html(message.sender.display_name)}</span> "
              + _muted(_T.translate("Case", "({0}) · {1} · to {2}").format(
                  party_name(party), clock.time(message.created), audience), background))
    topic = ""
    if show_topic:
        label = _T.translate("Case", "Thread:")
        topic = (f"<span style='color:{muted}'>{escape(label)} "
                 f"{inert_html(display_topic(event.thread_topic, case))}</span><br>")
    marks = [Mark(f.start, f.end, tint(FINDING_COLOURS[f.kind])) for f in findings
             if f.kind in FINDING_COLOURS]
    body = message_html(message.body, links, marks)
    extra = ""
    if message.attachments:
        names = ", ".join(
            f"{'⚠ ' if has_dangerous_extension(a.name) else ''}"
            f"{sanitize_filename(a.name)} ({a.size:,} B)" for a in message.attachments)
        extra += (f"<br><span style='color:{muted}'>{theme.attachment_mark()} "
                  f"{inert_html(names)}</span>")
    if findings:
        kinds = list(dict.fromkeys(f.kind for f in findings))
        labelled = ", ".join(
            (f"<span style='background-color:{tint(FINDING_COLOURS[k])}'>"
             f"{escape(finding_label(k))}</span>" if k in FINDING_COLOURS
             else escape(finding_label(k))) for k in kinds)
        policy = _T.translate("Case", "Policy:")
        extra += f"<br><span style='color:{warn}'>⚑ {escape(policy)}</span> {labelled}"
    if event.reply_clock is not None:
        extra += _clock_line(event.reply_clock, clock, background)
    if event.after_solved:
        after = _T.translate("Case", "Written after the seller marked it solved.")
        extra += f"<br><span style='color:{warn}; font-weight:bold'>{escape(after)}</span>"
    return (f"<table width='100%' cellspacing='0' cellpadding='6' "
            f"style='margin-top:4px; margin-bottom:4px; background-color:{background}'>"
            f"<tr><td>{topic}{header}<br>{body}{extra}</td></tr></table>")


# Decisions are recorded with codes (action, outcome, role); people read these words.
_DECISION_WORDS: dict[str, Any] = {
    "close": QT_TRANSLATE_NOOP("Decision", "closed"),
    "keep_open": QT_TRANSLATE_NOOP("Decision", "kept open"),
    "open": QT_TRANSLATE_NOOP("Decision", "incident opened"),
    "reopen": QT_TRANSLATE_NOOP("Decision", "reopened (a new incident on the same line)"),
    "refund": QT_TRANSLATE_NOOP("Decision", "refund"),
    "escalate": QT_TRANSLATE_NOOP("Decision", "escalated"),
    "sent": QT_TRANSLATE_NOOP("Decision", "sent to the marketplace"),
    "queued": QT_TRANSLATE_NOOP("Decision", "waiting in the outbox"),
    "waiting_approval": QT_TRANSLATE_NOOP("Decision", "waiting for approval"),
    "disputed": QT_TRANSLATE_NOOP("Decision", "disputed on the marketplace"),
    "kept open": QT_TRANSLATE_NOOP("Decision", "kept open in the desk"),
    "noted": QT_TRANSLATE_NOOP("Decision", "noted"),
    "agent": QT_TRANSLATE_NOOP("Decision", "agent"),
    "reviewer": QT_TRANSLATE_NOOP("Decision", "reviewer"),
    "supervisor": QT_TRANSLATE_NOOP("Decision", "supervisor"),
}


def _decision_word(code: str) -> str:
    known = _DECISION_WORDS.get(code)
    return _T.translate("Decision", str(known)) if known else code


def _event_line(event: TimelineEvent, case: IncidentCase, clock: _Clock) -> str:
    loc = clock.locale
    time = clock.time(event.at) if event.at else _T.translate("Case", "time unknown")
    kind = event.kind
    if kind == EventKind.ORDER_PLACED:
        order = case.order
        assert order is not None
        items = sum(li.quantity for li in order.lines)
        text = _label(_T.translate("Case", "Order placed")) + " " + escape(_T.translate(
            "Case", "{0} · %n item(s)", None, items).format(
                formatting.money(order.total_price, loc)))
    elif kind == EventKind.SHIPPED:
        titles = "; ".join(li.product_title for li in event.lines)
        text = _label(_T.translate("Case", "Shipped")) + " " + inert_html(titles)
        order = case.order
        if event.this_line and order is not None and order.shipping_tracking:
            text += " " + _muted(f"({order.shipping_carrier or ''} "
                                 f"{order.shipping_tracking})".replace("( ", "("))
    elif kind == EventKind.INCIDENT_OPENED:
        opened = (_T.translate("Case", "Incident opened by {0}").format(party_name(event.party))
                  if event.party else _T.translate("Case", "Incident seen open (derived)"))
        text = _label(opened, _WARN) + " " + escape(event.reason_label or "")
    elif kind == EventKind.MARKED_SOLVED:
        text = (_label(_T.translate("Case", "Seller marked it solved"), _GOOD) + " "
                + escape(event.reason_label or ""))
        if event.text:
            text += (f"<br><span style='color:{ink(_MUTED)}'>“</span>{inert_html(event.text)}"
                     f"<span style='color:{ink(_MUTED)}'>”</span>")
    elif kind == EventKind.DISPUTED:
        text = _label(_T.translate("Case", "Disputed"), _WARN) + " " + _muted(
            _T.translate("Case", "last action by {0}").format(party_name(event.party)))
    elif kind == EventKind.CLOSED:
        text = _label(_T.translate("Case", "Incident closed by {0}").format(
            party_name(event.party)))
        if event.reason_label:
            text += " " + escape(event.reason_label)
    elif kind == EventKind.REFUND:
        refund = event.refund
        assert refund is not None
        line = event.lines[0].product_title if event.lines else ""
        amount = _T.translate("Case", "{0} · {1}").format(
            formatting.money(refund.total, loc), state_text(refund.state))
        text = _label(_T.translate("Case", "Refund")) + " " + escape(amount) + " " + _muted(
            _T.translate("Case", "on {0}").format(line) if event.this_line
            else _T.translate("Case", "on another line: {0}").format(line))
    elif kind == EventKind.DECISION:
        decision = event.decision
        assert decision is not None
        who = _T.translate("Case", "Decision by {0} ({1})").format(
            decision.actor, _decision_word(decision.role))
        what = _T.translate("Case", "{0} – {1}").format(_decision_word(decision.action),
                                                        _decision_word(decision.outcome))
        text = _label(who, _TEAM) + " " + escape(what)
        if decision.amount is not None:
            text += " " + escape(formatting.money(decision.amount, loc))
        if decision.reasons:
            why = _T.translate("Case", "Why:")
            text += "<br>" + _muted(why) + " " + inert_html(decision.reasons)
        if event.unseen_messages:
            text += f"<br><span style='color:{ink(_WARN)}'>" + escape(_T.translate(
                "Case", "%n message(s) had arrived that the decision did not see.", None,
                event.unseen_messages)) + "</span>"
        elif decision.seen:
            text += "<br>" + _muted(_T.translate("Case", "Had seen the conversation up to then."))
    else:  # OTHER_INCIDENT
        other = event.related
        assert other is not None
        where = (_T.translate("Case", "same order: {0}").format(
                     other.product_title or other.order_line_id)
                 if other.relation == Relation.SAME_ORDER else
                 _T.translate("Case", "same customer and seller, order {0}").format(
                     other.commercial_id or other.order_id))
        text = (_label(_T.translate("Case", "Other incident"), _TEAM) + " "
                + inert_html(where) + " · " + escape(event.reason_label or "") + " · "
                + escape(status_label(other.status)))
    return (f"<p style='margin-top:3px; margin-bottom:3px'>"
            f"<span style='color:{ink(_MUTED)}'>{escape(time)}</span>&nbsp;&nbsp;{text}</p>")


def timeline_html(events: tuple[TimelineEvent, ...], case: IncidentCase, clock: _Clock,
                  links: LinkRegistry, findings: dict[str, tuple[Finding, ...]],
                  team: TeamFacts | None = None) -> str:
    parts: list[str] = []
    if team is not None and team.state not in (TeamState.AVAILABLE, TeamState.OPENING):
        text = (_T.translate("Case", "Team store unavailable: the team's decisions are not shown.")
                if team.state == TeamState.UNAVAILABLE else
                _T.translate("Case", "The team store could not be read ({0}): the team's "
                             "decisions are not shown.").format(team.detail or ""))
        parts.append(f"<p style='color:{ink(_WARN)}'><i>{escape(text)}</i></p>")
    if not events:
        nothing = _T.translate("Case", "Nothing has happened on this case yet.")
        parts.append(f"<p><i>{escape(nothing)}</i></p>")
        return "".join(parts)
    day = None
    thread = None
    if not case.threads:
        no_messages = _T.translate("Case", "No messages on this order.")
        parts.append(f"<p><i>{escape(no_messages)}</i></p>")
    for event in events:
        this_day = clock.local(event.at).date() if event.at else None
        if this_day != day or (event.at is None and day is not None):
            day = this_day
            heading = clock.day(event.at) if event.at else _T.translate("Case", "Time not reported")
            parts.append(f"<h4 style='margin-top:10px; margin-bottom:2px; color:{ink(_MUTED)}'>"
                         f"{escape(heading)}</h4>")
        if event.kind == EventKind.MESSAGE and event.message is not None:
            show_topic = event.message.thread_id != thread
            thread = event.message.thread_id
            parts.append(_message_block(event, case, clock, links,
                                        findings.get(event.message.message_id, ()), show_topic))
        else:
            parts.append(_event_line(event, case, clock))
    return "".join(parts)


# -- notes -----------------------------------------------------------------------------------
def notes_view(facts: TeamFacts | None, locale: str, timezone: str | None,
               now: datetime | None = None) -> NotesView:
    """The notes panel's texts (worker thread: Babel)."""
    if facts is None:
        return NotesView(None, _notice(_T.translate(
            "Case", "Internal notes need the team store.")), 0, "")
    if facts.state == TeamState.OPENING:  # read again once it is open
        return NotesView(facts.state, "", 0, "")
    if facts.state == TeamState.UNAVAILABLE:
        return NotesView(facts.state, _notice(_T.translate("Case",
            "Team store unavailable: internal notes cannot be read or written now. The desk "
            "keeps working; notes come back when the team store does.")), 0, "")
    if facts.state == TeamState.FAILED:
        return NotesView(facts.state, _notice(_T.translate("Case",
            "The team store could not be read: {0}").format(facts.detail or "")), 0, "")
    clock = _Clock(locale, timezone, now or datetime.now(UTC))
    if not facts.notes:
        none_yet = _T.translate("Case", "No internal notes on this case yet.")
        html = f"<p><i>{escape(none_yet)}</i></p>"
    else:
        html = "".join(_note_html(note, clock) for note in reversed(facts.notes))
    return NotesView(facts.state, html, len(facts.notes), "")


def _notice(text: str) -> str:
    return f"<p style='color:{ink(_WARN)}'><i>{escape(text)}</i></p>"


def _note_html(note: Note, clock: _Clock) -> str:
    return (f"<p style='margin-bottom:8px'><b>{inert_html(note.author)}</b> "
            f"{_muted(clock.when(note.created))}<br>{inert_html(note.body)}</p>")


# -- the whole case --------------------------------------------------------------------------
def present_case(case: IncidentCase, detail: CaseDetail | None, locale: str,
                 timezone: str | None = None, now: datetime | None = None,
                 notes: bool = True) -> CasePresentation:
    """Format a case for the pane. With ``detail`` (``CaseService.load``) the timeline has
    the other incidents, decisions, deadlines and policy findings; without, the case alone.
    ``notes``: a team service is bound, so the notes panel shows ``detail.team``."""
    moment = now or (detail.loaded_at if detail else None) or datetime.now(UTC)
    zone = timezone or (detail.timezone if detail else None)
    clock = _Clock(locale, zone, moment)
    incident, order = case.incident, case.order
    links = LinkRegistry()
    events = detail.timeline if detail is not None else build_timeline(case)
    claim = detail.claim if detail is not None else compare_claim(case)
    findings = dict(detail.findings) if detail is not None else {}
    seller_heading, seller_html, customer_heading, customer_html, flag = _claim_texts(
        case, claim, clock)
    title = _T.translate("Case", "Order {0} · {1}").format(
        (order.commercial_id or order.order_id) if order else incident.order_id, incident.market)
    return CasePresentation(
        case=case, detail=detail, title=title, status=status_label(incident.status),
        facts_html=facts_html(case, detail, clock),
        seller_heading=seller_heading, seller_html=seller_html,
        customer_heading=customer_heading, customer_html=customer_html, claim_flag=flag,
        timeline_html=timeline_html(events, case, clock, links, findings,
                                    detail.team if detail is not None else None),
        links=links,
        notes=notes_view(detail.team if detail is not None and notes else None, locale, zone,
                         moment),
        incomplete=bool(case.incomplete_threads), event_count=len(events),
        related_count=len(detail.related) if detail is not None else 0,
        seen=detail.seen if detail is not None else newest_message_ids(case.threads))


def prepare_case(cases: CaseService, market: str, incident_id: str, language: str,
                 locale: str, timezone: str | None = None) -> CasePresentation | None:
    """Load and format a case: the whole job of a worker (``TaskRunner`` db lane)."""
    detail = cases.load(market, incident_id, language)
    if detail is None:
        return None
    return present_case(detail.case, detail, locale, timezone)
