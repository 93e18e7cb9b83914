"""A case as a dossier: one PDF a person can read and one JSON file with the same content.

A dossier holds the case's facts (order, seller, customer, incidents), the timeline (every
message with its sender, audience and time, interleaved with the order's events), each
attachment with its SHA-256 (images embedded in the PDF), the policy findings (highlighted in
the message text), the SLA breaches with their explanation, and the decisions the team took.

``DossierBuilder.collect`` gathers the content (reads the cache, downloads attachments it does
not have yet) and ``write`` renders both files. Both run on a worker thread, report progress
and stop at the next step when cancelled; the files are written to temporary names and renamed
into place only when both are complete, so a cancelled or failed export leaves nothing behind.

The PDF is made with fpdf2 and a Unicode TrueType font (DejaVu Sans, from the system: the CI
installs ``fonts-dejavu-core``; other fonts in ``FONT_CANDIDATES`` are tried). Without any,
the core Helvetica font is used and characters outside Latin-1 show as "?"; the JSON is exact
either way.
"""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from operator_desk.domain.conversations import EventKind, audience, party_of
from operator_desk.domain.models import Attachment
from operator_desk.domain.safe_text import neutralize
from operator_desk.domain.team import Decision
from operator_desk.store.cache import CacheRepository

from .attachment_files import AttachmentFiles
from .conversations import ConversationService, ThreadCase
from .incidents import ActionError

log = logging.getLogger(__name__)

FORMAT = "operator-desk-dossier/1"
FONT_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)
_PARTY_WORDS = {"CUSTOMER": "customer", "SHOP": "seller", "OPERATOR": "operator"}
_EVENT_WORDS = {
    EventKind.ORDER_CREATED: "Order placed", EventKind.SHIPPED: "Shipped",
    EventKind.INCIDENT_OPENED: "Incident opened",
    EventKind.INCIDENT_MARKED_SOLVED: "Seller marked the incident as solved",
    EventKind.INCIDENT_CLOSED: "Incident closed", EventKind.REFUND: "Refund",
}
MAX_EMBEDDED_IMAGES = 40

Progress = Callable[[int, int, str], None]


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


class DecisionSource(Protocol):
    def decisions_for_case(self, market: str, incident_id: str) -> list[Decision]: ...


@dataclass
class Dossier:
    """The content of both files: ``data`` is the JSON document; images by SHA-256."""

    data: dict[str, Any]
    images: dict[str, bytes] = field(default_factory=dict)
    timezone: str = "UTC"


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _duration(value: timedelta | None) -> str | None:
    if value is None:
        return None
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days} d"] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{minutes} min"] if minutes or not parts else []
    return " ".join(parts)


class DossierBuilder:
    """Collects a case and writes it as PDF and JSON."""

    def __init__(self, conversations: ConversationService, files: AttachmentFiles | None,
                 decisions: DecisionSource | None = None,
                 font_candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES) -> None:
        self.conversations = conversations
        self.files = files
        self.decisions = decisions
        self.font_candidates = font_candidates

    # -- content -----------------------------------------------------------------------------
    def thread_cases_for_incident(self, market: str, incident_id: str) -> list[ThreadCase]:
        with self.conversations.cache.read() as session:
            repo = CacheRepository(session)
            incident = repo.incident(market, incident_id)
            if incident is None:
                raise ActionError("not_found", market, incident_id)
            thread_ids = [th.thread_id for th in repo.threads_for_order(market,
                                                                        incident.order_id)]
        cases = [self.conversations.thread_case(market, thread_id) for thread_id in thread_ids]
        return [c for c in cases if c is not None]

    def collect(self, cases: Sequence[ThreadCase], subject: dict[str, str],
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> Dossier:
        """The dossier's content for ``cases`` (one thread, or all threads of an incident's
        order). Attachments are fetched to compute their SHA-256 (network lane)."""
        report = progress or (lambda _d, _t, _l: None)
        if not cases:
            raise ActionError("not_found", subject.get("market", ""), "no conversation")
        first = cases[0]
        zone = first.market.timezone if first.market else "UTC"
        attachments = [(case.thread.market, a) for case in cases
                       for m in case.thread.messages for a in m.attachments]
        total = len(attachments) + 1
        hashes: dict[str, dict[str, Any]] = {}
        images: dict[str, bytes] = {}
        for done, (market, attachment) in enumerate(attachments):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled
            report(done, total, attachment.name)
            hashes[attachment.attachment_id] = self._attachment(market, attachment, images)
        report(total - 1, total, "")
        order = first.order
        incidents = {i.incident_id: i for case in cases for i in case.incidents}
        decisions: list[Decision] = []
        if self.decisions is not None:
            for incident in incidents.values():
                try:
                    decisions += self.decisions.decisions_for_case(incident.market,
                                                                   incident.incident_id)
                except Exception:  # the team store is optional for a dossier
                    log.warning("decisions for %s not available", incident.incident_id)
        data: dict[str, Any] = {
            "format": FORMAT,
            "generated": _iso(datetime.now(UTC)),
            "subject": subject,
            "market": first.thread.market,
            "timezone": zone,
            "order": None if order is None else {
                "order_id": order.order_id, "order_number": order.commercial_id,
                "created": _iso(order.created), "state": order.state,
                "total": str(order.total_price), "seller": order.shop_name,
                "shop_id": order.shop_id, "customer": order.customer.display_name,
                "lines": [{"id": line.order_line_id, "product": line.product_title,
                           "quantity": line.quantity, "total": str(line.total_price),
                           "state": line.state} for line in order.lines]},
            "seller": first.shop.name if first.shop else (order.shop_name if order else None),
            "incidents": [{"incident_id": i.incident_id, "status": i.status,
                           "opened": _iso(i.opened), "reason": i.opening_reason_code,
                           "marked_solved": _iso(i.resolved),
                           "resolution_message": i.resolution_message,
                           "closed": _iso(i.closed)} for i in incidents.values()],
            "response_rule": str(first.rule) if first.rule else None,
            "threads": [{"thread_id": c.thread.thread_id, "topic": c.thread.topic,
                         "messages_on_platform": c.thread.message_count,
                         "messages_in_dossier": len(c.thread.messages)} for c in cases],
            "timeline": self._timeline(cases, hashes),
            "sla": [{
                "thread_id": c.thread.thread_id, "message_id": o.message_id,
                "asked_by": _PARTY_WORDS.get(o.asked_by, o.asked_by),
                "received": _iso(o.received), "deadline": _iso(o.deadline),
                "answered": _iso(o.assessment.answered_at),
                "late_by": _duration(o.late_by), "late": o.late,
                "why": o.explanation.summary} for c in cases for o in c.obligations],
            "decisions": [{"incident_id": d.incident_id, "action": d.action,
                           "outcome": d.outcome, "by": d.actor, "role": d.role,
                           "reasons": d.reasons, "when": _iso(d.created),
                           "amount": str(d.amount) if d.amount else None} for d in decisions],
        }
        data["sla_breaches"] = [s for s in data["sla"] if s["late"]]
        data["policy_findings"] = sum(len(e.get("policy_findings", []))
                                      for e in data["timeline"])
        return Dossier(data, images, zone)

    def _attachment(self, market: str, attachment: Attachment,
                    images: dict[str, bytes]) -> dict[str, Any]:
        if self.files is None:
            return {"sha256": None, "note": "not downloaded"}
        try:
            fetched = self.files.fetch(market, attachment)
        except ActionError as exc:
            return {"sha256": None, "note": f"not available ({exc.kind})"}
        if (fetched.verdict.kind.value == "image" and len(images) < MAX_EMBEDDED_IMAGES
                and not fetched.verdict.suspicious):
            images[fetched.digest] = self.files.read(fetched.digest)
        return {"sha256": fetched.digest, "type": fetched.verdict.detected_type,
                "flags": sorted(f.value for f in fetched.verdict.flags)}

    def _timeline(self, cases: Sequence[ThreadCase],
                  hashes: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        items: list[tuple[datetime, int, dict[str, Any]]] = []
        seen_events: set[tuple[Any, ...]] = set()
        for case in cases:
            obligations = case.obligation_by_message
            for entry in case.entries:
                if entry.event is not None:
                    event = entry.event
                    key = (event.when, event.kind, event.subject)
                    if key in seen_events:
                        continue
                    seen_events.add(key)
                    items.append((event.when, 0, {
                        "type": "event", "when": _iso(event.when), "kind": event.kind.value,
                        "title": _EVENT_WORDS.get(event.kind, event.kind.value),
                        "subject": event.subject, "detail": event.detail}))
                    continue
                message = entry.message
                assert message is not None
                obligation = obligations.get(message.message_id)
                items.append((message.created, 1, {
                    "type": "message", "thread_id": case.thread.thread_id,
                    "topic": case.thread.topic, "message_id": message.message_id,
                    "when": _iso(message.created),
                    "sender": {"party": _PARTY_WORDS.get(party_of(message.sender.type),
                                                         message.sender.type),
                               "name": message.sender.display_name},
                    "audience": sorted(_PARTY_WORDS.get(p, p) for p in audience(message)),
                    "body": message.body,
                    "attachments": [{"name": a.name, "size": a.size,
                                     **hashes.get(a.attachment_id, {"sha256": None})}
                                    for a in message.attachments],
                    "policy_findings": [f.as_dict() for f in
                                        case.findings.get(message.message_id, ())],
                    "sla": None if obligation is None else {
                        "deadline": _iso(obligation.deadline),
                        "answered": _iso(obligation.assessment.answered_at),
                        "late_by": _duration(obligation.late_by)},
                }))
        items.sort(key=lambda item: (item[0], item[1]))
        return [item[2] for item in items]

    # -- files -------------------------------------------------------------------------------
    def write(self, dossier: Dossier, pdf_path: Path, json_path: Path | None = None,
              cancel: threading.Event | None = None) -> tuple[Path, Path]:
        """Write the PDF and the JSON (default: next to the PDF); both or neither."""
        json_path = json_path or pdf_path.with_suffix(".json")
        pdf_bytes = render_pdf(dossier, self.font_candidates)
        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        json_bytes = json.dumps(dossier.data, ensure_ascii=False, indent=2).encode("utf-8")
        staged: list[tuple[str, Path]] = []
        try:
            for content, target in ((pdf_bytes, pdf_path), (json_bytes, json_path)):
                descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=".dossier-")
                staged.append((name, target))
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(content)
                    handle.flush()
                    os.fsync(handle.fileno())
            for name, target in staged:
                os.replace(name, target)
        except BaseException:
            for name, _target in staged:
                Path(name).unlink(missing_ok=True)
            raise
        log.info("dossier written: %s (%d bytes) and %s", pdf_path.name, len(pdf_bytes),
                 json_path.name)
        return pdf_path, json_path


# -- PDF ----------------------------------------------------------------------------------------
def _font(candidates: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    for regular, bold in candidates:
        if Path(regular).is_file() and Path(bold).is_file():
            return regular, bold
    return None


def render_pdf(dossier: Dossier, font_candidates: Sequence[tuple[str, str]] = FONT_CANDIDATES
               ) -> bytes:
    """The dossier as PDF bytes."""
    from fpdf import FPDF  # imported here: only an export needs it

    data = dossier.data
    zone = ZoneInfo(dossier.timezone)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(f"Dossier {data['subject'].get('title', '')}")
    pdf.set_creator("Operator Desk")
    font = _font(font_candidates)
    if font is not None:
        pdf.add_font("Desk", "", font[0])
        pdf.add_font("Desk", "B", font[1])
        family = "Desk"

        def clean(text: str) -> str:
            return text
    else:
        log.warning("no Unicode font found for the dossier; using Helvetica (Latin-1 only)")
        family = "Helvetica"

        def clean(text: str) -> str:
            return text.encode("latin-1", "replace").decode("latin-1")

    def when(value: str | None) -> str:
        if not value:
            return "-"
        moment = datetime.fromisoformat(value).astimezone(zone)
        return moment.strftime("%a %d %b %Y %H:%M ") + (moment.tzname() or "")

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(0, 7, clean(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9)

    def line(text: str, height: float = 5) -> None:
        pdf.multi_cell(0, height, clean(text), new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    line(f"Dossier: {data['subject'].get('title', '')}", 9)
    pdf.set_font(family, "", 9)
    line(f"Market {data['market']} · times in {dossier.timezone} · generated "
         f"{when(data['generated'])}")
    order = data.get("order")
    heading("Case")
    if order:
        line(f"Order {order['order_number'] or order['order_id']} ({order['order_id']}), "
             f"placed {when(order['created'])}, {order['total']}, state {order['state']}")
        line(f"Customer: {order['customer']}")
        for item in order["lines"]:
            line(f"  • {item['quantity']} × {item['product']} – {item['total']} "
                 f"({item['state']})")
    line(f"Seller: {data.get('seller') or '-'}")
    line(f"Response rule: {data.get('response_rule') or 'unknown'}")
    for incident in data["incidents"]:
        line(f"Incident {incident['incident_id']}: {incident['status']}, opened "
             f"{when(incident['opened'])} (reason {incident['reason'] or '-'})"
             + (f", marked solved {when(incident['marked_solved'])}"
                if incident['marked_solved'] else "")
             + (f", closed {when(incident['closed'])}" if incident['closed'] else ""))
    for thread in data["threads"]:
        missing = thread["messages_on_platform"] - thread["messages_in_dossier"]
        line(f"Conversation “{thread['topic']}”: {thread['messages_in_dossier']} messages"
             + (f" ({missing} older ones were not available)" if missing > 0 else ""))

    heading(f"SLA breaches ({len(data['sla_breaches'])})")
    if not data["sla_breaches"]:
        line("None: every question to the seller was answered in time or is not yet due.")
    for breach in data["sla_breaches"]:
        answered = (f"answered {when(breach['answered'])}" if breach["answered"]
                    else "not answered")
        line(f"• Question from the {breach['asked_by']} received {when(breach['received'])}, "
             f"due {when(breach['deadline'])}, {answered}, late by {breach['late_by']}.")
        line(f"   Why: {breach['why']}")

    heading(f"Decisions ({len(data['decisions'])})")
    if not data["decisions"]:
        line("No decision recorded.")
    for decision in data["decisions"]:
        line(f"• {when(decision['when'])}: {decision['action']} ({decision['outcome']}) by "
             f"{decision['by']} ({decision['role']}) – {decision['reasons']}")

    heading(f"Timeline ({data['policy_findings']} policy findings highlighted)")
    for item in data["timeline"]:
        if item["type"] == "event":
            pdf.set_font(family, "B", 9)
            pdf.set_text_color(90, 90, 90)
            line(f"{when(item['when'])} — {item['title']}: {item['subject']}"
                 + (f" ({item['detail']})" if item["detail"] else ""))
            pdf.set_text_color(0, 0, 0)
            pdf.set_font(family, "", 9)
            continue
        pdf.ln(1)
        pdf.set_font(family, "B", 9)
        sender = item["sender"]
        line(f"{when(item['when'])} — {sender['name']} ({sender['party']}) → seen by: "
             f"{', '.join(item['audience'])}")
        pdf.set_font(family, "", 9)
        _body_with_findings(pdf, family, item["body"], item["policy_findings"], clean)
        if item["sla"]:
            sla = item["sla"]
            state = (f"answered {when(sla['answered'])}" if sla["answered"]
                     else "not answered yet")
            late = f", LATE by {sla['late_by']}" if sla["late_by"] else ""
            pdf.set_text_color(120, 70, 0)
            line(f"Seller's answer due {when(sla['deadline'])}; {state}{late}")
            pdf.set_text_color(0, 0, 0)
        for attachment in item["attachments"]:
            digest = attachment.get("sha256")
            line(f"Attachment: {attachment['name']} ({attachment['size']:,} bytes, "
                 f"{attachment.get('type') or 'type unknown'}) SHA-256: "
                 f"{digest or attachment.get('note', 'unknown')}")
            image = dossier.images.get(digest or "")
            if image is not None:
                try:
                    pdf.image(io.BytesIO(image), w=50)
                except Exception as exc:  # a broken image must not stop the dossier
                    line(f"(the image could not be embedded: {type(exc).__name__})")
    return bytes(pdf.output())


def _body_with_findings(pdf: Any, family: str, body: str, findings: list[dict[str, Any]],
                        clean: Callable[[str], str]) -> None:
    """The message text with each policy finding in red and labelled with its kind (the
    findings' offsets index into the text the desk shows: ``safe_text.neutralize(body)``)."""
    body = neutralize(body)
    position = 0
    for finding in sorted(findings, key=lambda f: (f["start"], f["end"])):
        start, end = finding["start"], finding["end"]
        if start < position:
            continue
        if finding["kind"] == "non_answer":
            pdf.set_text_color(170, 40, 30)
            pdf.write(5, clean("[non_answer: the whole message says nothing] "))
            pdf.set_text_color(0, 0, 0)
            continue
        pdf.write(5, clean(body[position:start]))
        pdf.set_text_color(170, 40, 30)
        pdf.set_font(family, "B", 9)
        pdf.write(5, clean(body[start:end]))
        pdf.write(5, clean(f" [{finding['kind']}]"))
        pdf.set_font(family, "", 9)
        pdf.set_text_color(0, 0, 0)
        position = end
    pdf.write(5, clean(body[position:]))
    pdf.ln(6)
