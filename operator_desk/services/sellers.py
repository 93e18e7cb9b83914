"""Use cases of the sellers page and the scorecard: figures from the cache (``domain.kpis``),
the platform's own figures (S21), the evidence a sanction can rest on.

Every method touches SQLite, the team store or HTTP: call it off the UI thread. ``refresh``
is long (it computes every shop's figures): run it on the network lane, not the database lane
the pages read from.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

from operator_desk.connectors.base import ConnectorError
from operator_desk.domain import kpis
from operator_desk.domain.kpis import (
    PLATFORM_KPIS,
    PLATFORM_PERIODS,
    Kpi,
    KpiFigures,
    Level,
    MarketRules,
    Period,
    SellerFacts,
    SellerFilter,
    SellerRow,
    SellerSort,
)
from operator_desk.domain.models import Shop
from operator_desk.domain.policy import RuleSet
from operator_desk.domain.policy.stored import decode, scanned_text
from operator_desk.domain.queue import IncidentCase
from operator_desk.domain.sanctions import Evidence, EvidenceKind, excerpt
from operator_desk.domain.sla import (
    DEFAULT_MARKETS,
    MarketCalendar,
    MarketCalendarError,
    ResponseRule,
    market_calendar,
)
from operator_desk.domain.team import Appeal, RuleSettings, SanctionEntry, default_rule_settings
from operator_desk.store.database import Database
from operator_desk.store.sellers import MarketInfo, SellerRepository, prepare_seller_tables

from .connections import Connections
from .findings import FindingsService

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class TeamReads(Protocol):
    """What the seller pages read from the team store (``services.team.TeamService``)."""

    def rule_settings(self, market: str) -> RuleSettings: ...

    def disputed_incidents(self, markets: Iterable[str] = ()) -> set[tuple[str, str]]: ...

    def sanctions_for_shop(self, market: str, shop_id: str) -> list[SanctionEntry]: ...

    def appeals_for(self, sanction_id: int) -> list[Appeal]: ...


class SellerError(Exception):
    """A seller figure cannot be had; ``kind`` says why (offline, unsupported, refused,
    not_found) in terms the UI words."""

    def __init__(self, kind: str, market: str, detail: str = "") -> None:
        super().__init__(f"{kind} ({market}): {detail}")
        self.kind = kind
        self.market = market
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SellerPage:
    offset: int
    rows: tuple[SellerRow, ...]


@dataclass(frozen=True, slots=True)
class RefreshReport:
    shops: int
    seconds: float
    computed: datetime


@dataclass(frozen=True, slots=True)
class SanctionRecord:
    """A ledger entry with its appeals, as the scorecard lists them."""

    entry: SanctionEntry
    appeals: tuple[Appeal, ...] = ()


@dataclass(frozen=True, slots=True)
class Thresholds:
    alert: Mapping[Kpi, Decimal]
    limit: Mapping[Kpi, Decimal]

    def level(self, kpi: Kpi, value: float | None) -> Level:
        return kpis.level(value, self.alert.get(kpi), self.limit.get(kpi))

    @classmethod
    def of(cls, settings: RuleSettings) -> Thresholds:
        known = {k.value: k for k in Kpi}
        return cls({known[k]: v for k, v in settings.alert_thresholds.items() if k in known},
                   {known[k]: v for k, v in settings.limit_thresholds.items() if k in known})


@dataclass(frozen=True, slots=True)
class SellerScorecard:
    """What the scorecard shows for one shop (and its namesakes in other markets)."""

    shop: Shop
    shops: tuple[Shop, ...]  # this shop first, then its namesakes (across markets)
    period_days: int
    card: kpis.Scorecard
    thresholds: Thresholds
    settings: RuleSettings
    sanctions: tuple[SanctionRecord, ...] = ()
    team_available: bool = True

    @property
    def figures(self) -> KpiFigures:
        """This market's figures."""
        return self.card.per_shop[(self.shop.market, self.shop.shop_id)]

    def levels(self, figures: KpiFigures) -> dict[Kpi, Level]:
        return {kpi: self.thresholds.level(kpi, figures.value(kpi)) for kpi in Kpi}


@dataclass(frozen=True, slots=True)
class PlatformFigures:
    """The platform's own KPIs for one shop and period (S21), as sent."""

    period: str
    values: Mapping[str, float] = field(default_factory=dict)

    def kpi(self, kpi: Kpi) -> float | None:
        for name, ours in PLATFORM_KPIS.items():
            if ours == kpi and name in self.values:
                return self.values[name]
        return None


@dataclass(frozen=True, slots=True)
class EvidenceOptions:
    """What a reviewer can pick as evidence for a sanction, newest first."""

    messages: tuple[Evidence, ...] = ()
    late_replies: tuple[Evidence, ...] = ()
    incidents: tuple[Evidence, ...] = ()

    def all(self) -> tuple[Evidence, ...]:
        return (*self.messages, *self.late_replies, *self.incidents)

    def for_case(self, case: IncidentCase) -> tuple[EvidenceOptions, tuple[Evidence, ...]]:
        """A sanction proposed from a case: the options with the case's incident among them
        (added when the period or its state left it out), and what to pick at first - the
        incident and the seller's flagged messages and late replies on its order."""
        incident = case.incident
        incidents = self.incidents
        if not any(e.id == incident.incident_id for e in incidents):
            reason = case.opening_reason
            incidents = (Evidence(
                EvidenceKind.INCIDENT, incident.incident_id, incident.market, incident.opened,
                order_id=incident.order_id, status=incident.status,
                reason=(reason.label if reason else incident.opening_reason_code),
                reopened=incident.status == "DISPUTED"), *incidents)
        options = replace(self, incidents=incidents)
        picked = tuple(e for e in options.all()
                       if (e.kind == EvidenceKind.INCIDENT and e.id == incident.incident_id)
                       or (e.kind != EvidenceKind.INCIDENT
                           and e.order_id == incident.order_id))
        return options, picked


def _utc_now() -> datetime:
    return datetime.now(UTC)


def market_rules(info: MarketInfo, settings: RuleSettings) -> MarketRules:
    """The SLA clock of a market: its calendar and the team's response rule."""
    try:
        calendar = (market_calendar(info.code) if info.code.upper() in DEFAULT_MARKETS
                    else MarketCalendar(info.code, info.timezone))
    except MarketCalendarError:
        calendar = MarketCalendar("DE", info.timezone)  # a time zone we know; weekends only
    return MarketRules(calendar, ResponseRule.parse(settings.response_rule))


class SellerService:
    """Seller figures for the sellers page and the scorecard."""

    def __init__(self, cache: Database, connections: Connections, *,
                 clock: Clock = _utc_now, ruleset: RuleSet | None = None,
                 findings: FindingsService | None = None) -> None:
        self.cache = cache
        self.connections = connections
        self.clock = clock
        # Set once the team store is open; None while it is unreachable.
        self.team: TeamReads | None = None
        self.findings = findings or FindingsService(cache, ruleset)
        self._ready = False
        self._lock = threading.Lock()

    # -- plumbing ----------------------------------------------------------------------------
    def _prepare(self) -> None:
        with self._lock:
            if self._ready:
                return
            prepare_seller_tables(self.cache)
            self._ready = True

    def settings(self, market: str, currency: str = "EUR") -> RuleSettings:
        """The market's rule settings from the team store, or the built-in ones."""
        team = self.team
        if team is not None:
            try:
                return team.rule_settings(market)
            except Exception:  # the team store is unreachable: thresholds fall back
                log.warning("rule settings of %s unavailable; using defaults", market,
                            exc_info=True)
        return default_rule_settings(market, currency)

    def _disputed(self, markets: Iterable[str]) -> set[str]:
        team = self.team
        if team is None:
            return set()
        try:
            return {incident for _m, incident in team.disputed_incidents(markets)}
        except Exception:
            log.warning("team decisions unavailable for the scorecard", exc_info=True)
            return set()

    def markets(self) -> dict[str, MarketInfo]:
        with self.cache.read() as session:
            return {m.code: m for m in SellerRepository(session).markets()}

    def shops(self, markets: Sequence[str] = (), shop_ids: Sequence[str] = ()) -> list[Shop]:
        """Shops as the cache knows them."""
        with self.cache.read() as session:
            return SellerRepository(session).shops(markets, shop_ids)

    def scan_messages(self, market: str, shop_ids: Sequence[str] | None,
                      since: datetime) -> int:
        """Make sure the seller messages in the shops' order threads since ``since`` are in
        the findings store (the sync usually put them there); returns how many had to be
        scanned now."""
        self._prepare()  # the orders-by-shop index the scope is read with
        return self.findings.ensure(market, shop_ids=shop_ids, since=since)

    def facts(self, market: str, shops: Sequence[Shop], since: datetime
              ) -> tuple[dict[str, SellerFacts], dict[str, str]]:
        """The KPI facts of ``shops`` of one market since ``since`` (findings scanned first);
        and each thread's order id."""
        self._prepare()
        ids = [s.shop_id for s in shops]
        self.scan_messages(market, ids, since)
        disputed = self._disputed([market])
        with self.cache.read() as session:
            repo = SellerRepository(session)
            orders = repo.order_facts(market, ids, since)
            incidents = repo.incident_facts(market, ids, disputed)
            messages, thread_orders = repo.message_facts(market, ids, since,
                                                         self.findings.key)
        return {shop_id: SellerFacts(market, shop_id, tuple(orders.get(shop_id, ())),
                                     tuple(incidents.get(shop_id, ())),
                                     tuple(messages.get(shop_id, ())))
                for shop_id in ids}, thread_orders

    # -- the sellers page --------------------------------------------------------------------
    def refresh(self, period_days: int, markets: Sequence[str] = (),
                cancel: threading.Event | None = None) -> RefreshReport:
        """Compute every shop's figures for the last ``period_days`` and store them for the
        sellers page; one market at a time, each in one write."""
        self._prepare()
        started = time.perf_counter()
        now = self.clock()
        period = Period.last(period_days, now)
        infos = self.markets()
        count = 0
        for code in (markets or sorted(infos)):
            info = infos.get(code)
            if info is None:
                continue
            if cancel is not None and cancel.is_set():
                break
            with self.cache.read() as session:
                shops = SellerRepository(session).shops([code])
            if not shops:
                continue
            settings = self.settings(code, info.currency)
            rules = market_rules(info, settings)
            thresholds = Thresholds.of(settings)
            self.scan_messages(code, None, period.start)
            disputed = self._disputed([code])
            with self.cache.read() as session:
                repo = SellerRepository(session)
                orders = repo.order_facts(code, None, period.start)
                incidents = repo.incident_facts(code, None, disputed)
                messages, _ = repo.message_facts(code, None, period.start,
                                                 self.findings.key)
            rows = []
            for shop in shops:
                facts = SellerFacts(code, shop.shop_id, tuple(orders.get(shop.shop_id, ())),
                                    tuple(incidents.get(shop.shop_id, ())),
                                    tuple(messages.get(shop.shop_id, ())))
                figures = kpis.compute(facts, rules, period, now)
                rows.append(_snapshot_row(code, shop.shop_id, period_days, now, figures,
                                          thresholds))
            with self.cache.write() as session:
                SellerRepository(session).save_snapshot(code, period_days, rows)
            count += len(rows)
        seconds = time.perf_counter() - started
        log.info("seller figures for %d days: %d shops in %.2f s", period_days, count, seconds)
        return RefreshReport(count, seconds, now)

    def count(self, filter_: SellerFilter) -> int:
        self._prepare()
        with self.cache.read() as session:
            return SellerRepository(session).count(filter_)

    def page(self, filter_: SellerFilter, sort: SellerSort, offset: int,
             limit: int) -> SellerPage:
        self._prepare()
        with self.cache.read() as session:
            rows = SellerRepository(session).page(filter_, sort, offset, limit)
        return SellerPage(offset, tuple(rows))

    def snapshot_time(self, period_days: int) -> datetime | None:
        self._prepare()
        with self.cache.read() as session:
            return SellerRepository(session).snapshot_time(period_days)

    # -- the scorecard -----------------------------------------------------------------------
    def scorecard(self, market: str, shop_id: str, period_days: int,
                  across_markets: bool = False) -> SellerScorecard:
        """One shop's figures, trends, thresholds and sanctions; with ``across_markets``
        also its namesakes in the other markets and all of them together."""
        self._prepare()
        now = self.clock()
        period = Period.last(period_days, now)
        infos = self.markets()
        with self.cache.read() as session:
            repo = SellerRepository(session)
            found = repo.shops([market], [shop_id])
            if not found:
                raise SellerError("not_found", market, shop_id)
            shop = found[0]
            others = [s for s in repo.shops_named(shop.name)
                      if (s.market, s.shop_id) != (market, shop_id)] if across_markets else []
        shops = (shop, *others)
        inputs = []
        for one in shops:
            info = infos[one.market]
            facts, _orders = self.facts(one.market, [one], period.start)
            inputs.append((facts[one.shop_id], market_rules(info, self.settings(
                one.market, info.currency))))
        card = kpis.scorecard(inputs, period, now)
        settings = self.settings(market, infos[market].currency)
        sanctions, available = self._sanctions(market, shop_id)
        return SellerScorecard(shop, shops, period_days, card, Thresholds.of(settings),
                               settings, sanctions, available)

    def _sanctions(self, market: str, shop_id: str) -> tuple[tuple[SanctionRecord, ...], bool]:
        team = self.team
        if team is None:
            return (), False
        try:
            entries = team.sanctions_for_shop(market, shop_id)
            return tuple(SanctionRecord(e, tuple(team.appeals_for(e.id)))
                         for e in reversed(entries)), True
        except Exception:
            log.warning("sanction history of %s/%s unavailable", market, shop_id,
                        exc_info=True)
            return (), False

    def platform_figures(self, market: str, shop_id: str, period_days: int) -> PlatformFigures:
        """The platform's KPIs for the shop (S21), for the period of the same span (network)."""
        connector = self.connections.connector(market)
        if connector is None:
            raise SellerError("offline", market)
        period = PLATFORM_PERIODS.get(period_days, "LAST_YEAR")
        try:
            records = connector.shop_statistics([shop_id], [period])
        except ConnectorError as exc:
            self.connections.report(market, exc)
            kind = "unsupported" if exc.status in (404, 405) else "refused"
            raise SellerError(kind, market, exc.detail) from exc
        values: dict[str, float] = {}
        for record in records:
            if str(record.get("shop_id")) != str(shop_id):
                continue
            for name, series in record.items():
                if not isinstance(series, list):
                    continue
                for point in series:
                    if isinstance(point, dict) and point.get("period") == period and \
                            isinstance(point.get("value"), int | float):
                        values[name] = float(point["value"])
        return PlatformFigures(period, values)

    # -- evidence ----------------------------------------------------------------------------
    def evidence(self, market: str, shop_id: str, period_days: int,
                 locale: str = "en") -> EvidenceOptions:
        """What a sanction on this shop can rest on: its messages with policy findings, its
        late replies and its unsolved or reopened incidents in the period."""
        self._prepare()
        now = self.clock()
        period = Period.last(period_days, now)
        info = self.markets()[market]
        with self.cache.read() as session:
            found = SellerRepository(session).shops([market], [shop_id])
        if not found:
            raise SellerError("not_found", market, shop_id)
        shop = found[0]
        facts_by_shop, thread_orders = self.facts(market, [shop], period.start)
        facts = facts_by_shop[shop_id]
        with self.cache.read() as session:
            repo = SellerRepository(session)
            flagged = repo.flagged_messages(market, shop_id, period.start, self.findings.key)
            incident_ids = [i.incident_id for i in facts.incidents
                            if (i.opened in period and i.reopened)
                            or (i.status != "CLOSED" and i.opened in period)]
            details = {d.incident_id: d for d in repo.incident_details(
                market, shop_id, locale, incident_ids)}
        messages = []
        for message in flagged:
            body = scanned_text(message.body)
            findings = decode(message.findings, body)
            if not findings:  # a body wiped by retention: nothing left to show
                continue
            first = findings[0]
            messages.append(Evidence(
                EvidenceKind.MESSAGE, message.message_id, market, message.created,
                order_id=message.order_id, thread_id=message.thread_id,
                excerpt=excerpt(body, first.start, first.end),
                findings=tuple(dict.fromkeys(f.kind for f in findings))))
        rules = market_rules(info, self.settings(market, info.currency))
        late = [Evidence(EvidenceKind.LATE_REPLY, reply.question.message_id, market,
                         reply.question.received,
                         order_id=thread_orders.get(reply.question.thread_id),
                         thread_id=reply.question.thread_id, deadline=reply.deadline,
                         answered=reply.question.answered)
                for reply in kpis.assess_questions(kpis.questions(facts.messages), now, rules)
                if reply.late and reply.question.received in period]
        late.sort(key=lambda e: e.at, reverse=True)
        incidents = []
        for fact in facts.incidents:
            detail = details.get(fact.incident_id)
            if detail is None:
                continue
            incidents.append(Evidence(
                EvidenceKind.INCIDENT, fact.incident_id, market, fact.opened,
                order_id=fact.order_id, status=fact.status,
                reason=detail.reason_label or detail.reason_code, reopened=fact.reopened))
        incidents.sort(key=lambda e: e.at, reverse=True)
        return EvidenceOptions(tuple(messages), tuple(late), tuple(incidents))


def _snapshot_row(market: str, shop_id: str, period_days: int, now: datetime,
                  figures: KpiFigures, thresholds: Thresholds) -> dict[str, Any]:
    values = {kpi: figures.value(kpi) for kpi in Kpi}
    levels = {kpi: thresholds.level(kpi, value) for kpi, value in values.items()}
    worst = max(levels.values(), key=lambda lv: lv.rank, default=Level.NONE)
    score = sum(10 if lv == Level.LIMIT else 1 if lv == Level.ALERT else 0
                for lv in levels.values())
    return {"market": market, "shop_id": shop_id, "period_days": period_days,
            "computed": now, "level": worst.rank, "score": score,
            "levels": {kpi.value: lv.value for kpi, lv in levels.items() if lv != Level.NONE},
            **{kpi.value: value for kpi, value in values.items()}}
