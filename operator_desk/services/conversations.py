"""Use cases of the conversations page: list and search threads, read one whole thread with
its SLA clock, policy evidence and the order's events, reply through the action sink.

Every method runs on a worker thread (never the UI thread): it touches SQLite, files or HTTP.
Attachments (open safely, save on request) are in ``services.attachment_files``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from babel.dates import format_date
from babel.numbers import format_currency

from operator_desk.connectors.base import ConnectorError
from operator_desk.domain.actions import NewOrderThread, NewSellerThread, Reply, Seen
from operator_desk.domain.conversations import (
    CUSTOMER,
    SELLER,
    ReplyObligation,
    ThreadFilter,
    ThreadRow,
    ThreadSort,
    TimelineEntry,
    audience,
    order_events,
    party_of,
    reply_obligations,
    summarize,
    timeline,
)
from operator_desk.domain.highlight import SearchTerms, snippet
from operator_desk.domain.models import FilePart, Incident, Message, Order, Recipient, Shop, Thread
from operator_desk.domain.permissions import Action, PermissionDeniedError
from operator_desk.domain.policy import Finding, normalize_lang
from operator_desk.domain.search import to_fts_query
from operator_desk.domain.sla import (
    MarketCalendar,
    MarketCalendarError,
    ResponseRule,
    SlaRuleError,
)
from operator_desk.domain.team import Template
from operator_desk.store.cache import CacheRepository
from operator_desk.store.conversations import (
    SEARCH_CAP,
    ConversationRepository,
    MarketRule,
    ThreadFacts,
    ensure_schema,
)
from operator_desk.store.database import Database
from operator_desk.sync.engine import fetch_thread

from .actions import ActionRefused, ActionSink, SubmissionState
from .connections import Connections
from .findings import FindingsService
from .incidents import ActionError
from .permissions import Permissions

log = logging.getLogger(__name__)

SUMMARY_BATCH = 150
MIN_SEARCH_CHARS = 2
# The starter reply templates, loaded into a team store that has none.
TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"
_PLACEHOLDER = re.compile(r"\{([a-z_]{1,40})\}")


class TemplateSource(Protocol):
    def templates(self, *, language: str | None = None, audience: str | None = None,
                  topic: str | None = None) -> list[Template]: ...


@dataclass(frozen=True, slots=True)
class Snippet:
    """A one-line excerpt of the best matching message; ``spans`` index into ``text``."""

    message_id: str
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ThreadPage:
    offset: int
    rows: tuple[ThreadRow, ...]
    snippets: tuple[Snippet | None, ...] = ()


@dataclass(frozen=True, slots=True)
class ThreadCase:
    """One thread as a reviewer reads it, loaded at once."""

    thread: Thread
    market: MarketRule | None
    order: Order | None
    shop: Shop | None
    incidents: tuple[Incident, ...]
    entries: tuple[TimelineEntry, ...]
    obligations: tuple[ReplyObligation, ...]
    findings: Mapping[str, tuple[Finding, ...]]  # by message id, seller messages only
    rule: ResponseRule | None
    sla_problem: str | None = None  # why no SLA clock could be run
    customer_language: str | None = None
    seller_language: str | None = None
    search: SearchTerms = field(default_factory=lambda: SearchTerms(()))
    subject: str = ""  # the topic as people read it (a reason code's label)

    @property
    def incomplete(self) -> bool:
        """Older messages of the thread are not in the cache (outside the sync window)."""
        return len(self.thread.messages) < self.thread.message_count

    @property
    def shop_id(self) -> str | None:
        if self.order is not None:
            return self.order.shop_id
        return self.thread.entity_id if self.thread.entity_type != "MMP_ORDER" else None

    @property
    def obligation_by_message(self) -> dict[str, ReplyObligation]:
        return {o.message_id: o for o in self.obligations}

    def recipients(self, parties: Iterable[str]) -> list[tuple[str, str]]:
        """(party, name) of everyone a message to ``parties`` reaches, the operator last."""
        result: list[tuple[str, str]] = []
        wanted = set(parties)
        if CUSTOMER in wanted and self.order is not None:
            result.append((CUSTOMER, self.order.customer.display_name))
        elif CUSTOMER in wanted:
            name = next((p.display_name for p in self.thread.participants
                         if party_of(p.type) == CUSTOMER), "")
            result.append((CUSTOMER, name))
        if SELLER in wanted:
            name = (self.shop.name if self.shop else self.order.shop_name if self.order
                    else next((p.display_name for p in self.thread.participants
                               if party_of(p.type) == SELLER), self.shop_id or ""))
            result.append((SELLER, name))
        return result

    def can_write_to(self) -> tuple[str, ...]:
        """The parties a message in this thread may go to (no customer on a seller thread)."""
        if self.thread.entity_type == "MMP_ORDER":
            return (CUSTOMER, SELLER)
        return (SELLER,)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message the agent wrote: a reply in a thread, or a new thread on an order or with a
    seller."""

    market: str
    to: tuple[str, ...]  # CUSTOMER / SHOP
    body: str
    thread_id: str | None = None
    order_id: str | None = None
    shop_id: str | None = None
    customer_id: str | None = None
    topic: str = ""
    files: tuple[FilePart, ...] = ()
    seen_message_id: str | None = None


@dataclass(frozen=True, slots=True)
class SendOutcome:
    state: SubmissionState
    thread_id: str | None  # the thread the message went to (new or existing), when known


def calendar_for(rule: MarketRule, language: str = "en") -> MarketCalendar:
    """The market's working-day calendar; holiday names in ``language`` where known."""
    return MarketCalendar(rule.market, rule.timezone, language=_holiday_language(language))


def _holiday_language(language: str) -> str:
    return {"de": "de", "es": "es", "nl": "nl"}.get(language[:2], "en_US")


def search_query(text: str) -> str | None:
    """The FTS5 query for the search box, or None while there is nothing worth searching:
    a single letter would match most of the cache and tell the user nothing."""
    if len(text.strip().strip('"')) < MIN_SEARCH_CHARS:
        return None
    return to_fts_query(text)


def fill_placeholders(body: str, values: Mapping[str, str]) -> str:
    """``{name}`` replaced by its value; unknown or empty placeholders stay as written, so
    the agent sees what still needs filling."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1)) or m.group(0), body)


class ConversationService:
    """Reads conversations from the cache; sends replies through the action sink."""

    def __init__(self, cache: Database, connections: Connections, sink: ActionSink,
                 permissions: Permissions | None = None,
                 findings: FindingsService | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.cache = cache
        self.connections = connections
        self.sink = sink
        self.permissions = permissions or Permissions(connections)
        self.findings = findings or FindingsService(cache)
        self.clock = clock
        self.templates_source: TemplateSource | None = None  # the team store, once open
        self._prepared = False
        # Told (on the sender thread) of each thread a message sent later was read back into.
        self.thread_listeners: list[Callable[[str, str], None]] = []
        self._sending = threading.local()  # set while send() waits for its own outcome

    def prepare(self) -> None:
        """Create the derived tables (once per run); facts judged under other policy rules
        are thrown away, to be judged again."""
        if not self._prepared:
            ensure_schema(self.cache, self.findings.key)
            self._prepared = True

    # -- the list ----------------------------------------------------------------------------
    def thread_count(self, filter_: ThreadFilter, language: str = "en") -> int:
        self.prepare()
        with self.cache.read() as session:
            return ConversationRepository(session).thread_count(
                filter_, self.clock(), search_query(filter_.text), language)

    def search_capped(self, text: str) -> bool:
        """More messages match ``text`` than the list looks at (the newest ones)."""
        fts = search_query(text)
        if not fts:
            return False
        with self.cache.read() as session:
            return ConversationRepository(session).search_capped(fts)

    def thread_page(self, filter_: ThreadFilter, sort: ThreadSort, offset: int,
                    limit: int, language: str = "en") -> ThreadPage:
        """One page of threads; with a text search, each row's best matching excerpt.
        Subjects that are reason codes come as the reason's label in ``language``."""
        self.prepare()
        fts = search_query(filter_.text)
        with self.cache.read() as session:
            repo = ConversationRepository(session)
            if fts:
                repo.prepare_search(fts)
            return self._page(repo, filter_, sort, offset, limit, language, fts)

    def first_page(self, filter_: ThreadFilter, sort: ThreadSort, limit: int,
                   language: str = "en") -> tuple[int, ThreadPage, bool]:
        """What a keystroke needs at once: the count, the first page and whether the search
        was capped, with the full-text match run once for all three."""
        self.prepare()
        fts = search_query(filter_.text)
        now = self.clock()
        with self.cache.read() as session:
            repo = ConversationRepository(session)
            capped = bool(fts) and repo.prepare_search(fts or "") > SEARCH_CAP
            count = repo.thread_count(filter_, now, fts, language)
            page = self._page(repo, filter_, sort, 0, limit, language, fts)
        return count, page, capped

    def _page(self, repo: ConversationRepository, filter_: ThreadFilter, sort: ThreadSort,
              offset: int, limit: int, language: str, fts: str | None) -> ThreadPage:
        rows = repo.thread_page(filter_, sort, offset, limit, self.clock(), fts, language)
        if not fts:
            return ThreadPage(offset, tuple(rows))
        bodies = repo.message_bodies([(r.market, r.thread_id) for r in rows], fts)
        terms = SearchTerms.parse(filter_.text)
        snippets: list[Snippet | None] = []
        for row in rows:
            found: Snippet | None = None
            for message_id, body in bodies.get((row.market, row.thread_id), []):
                spans = terms.spans(body)
                if spans:
                    excerpt, shifted = snippet(body, spans)
                    found = Snippet(message_id, excerpt, tuple(shifted))
                    break
            snippets.append(found)
        return ThreadPage(offset, tuple(rows), tuple(snippets))

    def markets(self) -> list[str]:
        with self.cache.read() as session:
            return sorted(ConversationRepository(session).market_rules())

    # -- derived facts (SLA and policy per thread) ------------------------------------------
    def summarize_pending(self, batch: int = SUMMARY_BATCH) -> int:
        """Judge up to ``batch`` threads that are new or changed; returns how many (0: none
        left). Called repeatedly on the database lane after a sync."""
        self.prepare()
        now = self.clock()
        with self.cache.read() as session:
            repo = ConversationRepository(session)
            pending = repo.threads_to_summarize(batch)
            if not pending:
                return 0
            rules = repo.market_rules()
            threads = [thread for market, thread_id, _updated in pending
                       if (thread := repo.thread(market, thread_id)) is not None]
        kinds: dict[tuple[str, str], tuple[str, ...]] = {}
        by_market: dict[str, list[str]] = {}
        for thread in threads:
            by_market.setdefault(thread.market, []).append(thread.thread_id)
        for market, thread_ids in by_market.items():
            found = self.findings.thread_kinds(market, thread_ids)
            kinds.update(((market, thread_id), k) for thread_id, k in found.items())
        facts: list[ThreadFacts] = []
        calendars: dict[str, tuple[ResponseRule, MarketCalendar] | None] = {}
        for thread in threads:
            rule_row = rules.get(thread.market)
            if thread.market not in calendars:
                calendars[thread.market] = self._clock_for(rule_row)[0]
            clock = calendars[thread.market]
            obligations = (reply_obligations(thread.messages, clock[0], clock[1], now)
                           if clock else ())
            summary = summarize(obligations)
            facts.append(ThreadFacts(thread.market, thread.thread_id, thread.updated,
                                     summary.awaiting_since, summary.due,
                                     summary.late_answers,
                                     kinds.get((thread.market, thread.thread_id), ())))
        with self.cache.write() as session:
            ConversationRepository(session).save_facts(facts)
        return len(pending)

    def _clock_for(self, market: MarketRule | None, language: str = "en"
                   ) -> tuple[tuple[ResponseRule, MarketCalendar] | None, str | None]:
        if market is None:
            return None, "the market is not in the cache"
        try:
            return (ResponseRule.parse(market.response_rule),
                    calendar_for(market, language)), None
        except (SlaRuleError, MarketCalendarError) as exc:
            log.warning("no SLA clock for market %s: %s", market.market, exc)
            return None, str(exc)

    # -- one thread --------------------------------------------------------------------------
    def thread_case(self, market: str, thread_id: str, language: str = "en",
                    search_text: str = "") -> ThreadCase | None:
        """The whole thread from the cache, judged: SLA per question, policy per seller
        message, the order's events on the same timeline."""
        self.prepare()
        with self.cache.read() as session:
            repo = ConversationRepository(session)
            thread = repo.thread(market, thread_id)
            if thread is None:
                return None
            cache = CacheRepository(session)
            order = (cache.order(market, thread.entity_id)
                     if thread.entity_type == "MMP_ORDER" and thread.entity_id else None)
            incidents = tuple(repo.incidents_for_order(market, order.order_id)) if order else ()
            shop_id = order.shop_id if order else (thread.entity_id or "")
            shop = cache.shop(market, shop_id) if shop_id else None
            rule_row = repo.market_rules().get(market)
            subject = thread.topic
            if subject.startswith("REASON_CODE:"):
                reason = cache.reason(market, "INCIDENT_OPEN", subject.split(":", 1)[1],
                                      language)
                subject = reason.label if reason else subject
        clock, problem = self._clock_for(rule_row, language)
        obligations = (reply_obligations(thread.messages, clock[0], clock[1], self.clock())
                       if clock else ())
        seller_language = normalize_lang(
            (shop.locale if shop else None) or (rule_row.language if rule_row else None))
        findings = self.findings.for_messages(market, thread.messages)
        customer_language = normalize_lang(order.customer.locale if order else None) or (
            normalize_lang(rule_row.language) if rule_row else None)
        return ThreadCase(
            thread=thread, market=rule_row, order=order, shop=shop, incidents=incidents,
            entries=timeline(thread.messages, order_events(order, incidents)),
            obligations=obligations, findings=findings,
            rule=clock[0] if clock else None, sla_problem=problem,
            customer_language=customer_language, seller_language=seller_language,
            search=SearchTerms.parse(search_text), subject=subject)

    def complete_thread(self, market: str, thread_id: str) -> None:
        """Fetch a thread the cache holds only in part (network lane)."""
        self.prepare()
        connector = self.connections.connector(market)
        if connector is None:
            raise ActionError("offline", market)
        try:
            fetch_thread(self.cache, connector, thread_id)
        except ConnectorError as exc:
            link = self.connections.report(market, exc)
            raise ActionError(link.state.value, market, exc.detail) from exc
        # Scanned here, on the network lane, rather than when the thread is next read.
        self.findings.ensure(market, thread_ids=[thread_id])
        with self.cache.write() as session:
            ConversationRepository(session).forget_facts(market, [thread_id])

    # -- templates ---------------------------------------------------------------------------
    def templates(self, audience_: str, language: str | None) -> list[Template]:
        """Templates for ``audience_`` ("customer" or "seller"), those in ``language`` first.
        Empty while the team store is not open."""
        source = self.templates_source
        if source is None:
            return []
        found = source.templates(audience=audience_)
        return sorted(found, key=lambda t: (t.language != language, t.topic, t.key))

    def placeholder_values(self, case: ThreadCase, language: str) -> dict[str, str]:
        """What ``{placeholders}`` in a template become for this case, in ``language``."""
        values: dict[str, str] = {"today": format_date(self.clock(), "medium", locale=language)}
        order = case.order
        if order is not None:
            values.update(
                customer_name=order.customer.display_name,
                order_number=order.commercial_id or order.order_id,
                seller=order.shop_name,
                amount=format_currency(order.total_price.amount, order.total_price.currency,
                                       locale=language),
                order_date=format_date(order.created, "medium", locale=language))
        elif case.shop is not None:
            values["seller"] = case.shop.name
        if case.rule is not None:
            values["response_time"] = str(case.rule.hours)
        open_ = [o for o in case.obligations if not o.assessment.answered]
        if open_:
            values["due_date"] = format_date(open_[0].deadline, "medium", locale=language)
        return values

    # -- sending -----------------------------------------------------------------------------
    def send(self, outgoing: Outgoing) -> SendOutcome:
        """Submit the message to the action sink (the outbox in the desk). When it was sent
        at once, the thread is read back into the cache so the page shows the new message.

        Raises ``ActionError`` when it was not accepted (nothing was sent then)."""
        market = outgoing.market
        if not outgoing.body.strip():
            raise ActionError("empty", market)
        if not outgoing.to and outgoing.thread_id is not None:
            raise ActionError("no_recipient", market)
        try:
            self.permissions.require(market, Action.REPLY)
        except PermissionDeniedError as exc:
            raise ActionError("forbidden", market, exc.reason) from exc
        to = tuple(self._recipient(party, outgoing) for party in outgoing.to)
        action: Reply | NewOrderThread | NewSellerThread
        if outgoing.thread_id is not None:
            seen = Seen((outgoing.seen_message_id,) if outgoing.seen_message_id else ())
            action = Reply(market, outgoing.thread_id, outgoing.order_id, outgoing.body, to,
                           outgoing.files, seen)
        elif outgoing.order_id is not None:
            action = NewOrderThread(market, outgoing.order_id, outgoing.topic or "-",
                                    outgoing.body, to, outgoing.files)
        elif outgoing.shop_id is not None:
            action = NewSellerThread(market, outgoing.shop_id, outgoing.topic or "-",
                                     outgoing.body, outgoing.files)
        else:
            raise ActionError("no_recipient", market)
        self._sending.active = True
        try:
            submission = self.sink.submit(action)
        except ActionRefused as exc:
            log.warning("message on %s not sent: %s", market, exc.kind)
            raise ActionError(exc.kind, market, exc.detail) from exc
        finally:
            self._sending.active = False
        thread_id = outgoing.thread_id or str(submission.response.get("thread_id") or "") or None
        log.info("message %s on %s (thread %s, %d files)", submission.state.value, market,
                 thread_id or "new", len(outgoing.files))
        if submission.state == SubmissionState.SENT and thread_id:
            try:
                self.complete_thread(market, thread_id)
            except ActionError as exc:  # sent all the same; the next sync brings it
                log.info("read-back of thread %s failed: %s", thread_id, exc.kind)
        return SendOutcome(submission.state, thread_id)

    def action_sent(self, action: object, response: Mapping[str, Any]) -> None:
        """The outbox sent a message long after the agent wrote it (it was queued): read its
        thread back into the cache, as ``send`` does for a message sent at once, so the case
        shows it without waiting for the next sync. Runs on the sender thread."""
        if getattr(self._sending, "active", False):
            return  # send() on this thread reads it back itself
        if isinstance(action, Reply):
            thread_id: str | None = action.thread_id
        elif isinstance(action, NewOrderThread | NewSellerThread):
            thread_id = str(response.get("thread_id") or "") or None
        else:
            return
        if thread_id is None:
            return
        try:
            self.complete_thread(action.market, thread_id)
        except ActionError as exc:  # sent all the same; the next sync brings it
            log.info("read-back of thread %s failed: %s", thread_id, exc.kind)
            return
        for listener in list(self.thread_listeners):
            try:
                listener(action.market, thread_id)
            except Exception:
                log.exception("thread listener failed")

    @staticmethod
    def _recipient(party: str, outgoing: Outgoing) -> Recipient:
        if party == CUSTOMER:
            return Recipient(CUSTOMER, outgoing.customer_id)
        if party == SELLER:
            return Recipient(SELLER, outgoing.shop_id)
        raise ActionError("no_recipient", outgoing.market, party)

    @staticmethod
    def outgoing_for(case: ThreadCase, to: Iterable[str], body: str,
                     files: tuple[FilePart, ...] = (), new_topic: str | None = None
                     ) -> Outgoing:
        """A reply in ``case``'s thread to ``to``; with ``new_topic`` a new thread instead:
        on the case's order (to the customer and/or the seller), or with the seller when the
        case has no order."""
        thread = case.thread
        last: Message | None = thread.messages[-1] if thread.messages else None
        return Outgoing(
            market=thread.market, to=tuple(to), body=body,
            thread_id=None if new_topic is not None else thread.thread_id,
            order_id=case.order.order_id if case.order else None, shop_id=case.shop_id,
            customer_id=case.order.customer.customer_id if case.order else None,
            topic=new_topic or "", files=files,
            seen_message_id=last.message_id if last else None)


def message_audience(message: Message) -> frozenset[str]:
    """Re-exported for the UI: the parties that could see a message."""
    return audience(message)
