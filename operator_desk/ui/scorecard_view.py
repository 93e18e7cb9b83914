"""A seller's scorecard: every KPI for the period against the market's thresholds, the
platform's own figure where it has one, a trend per KPI (sparklines, and a larger chart of
the selected KPI), and the sanction history with its actions.

Texts are formatted off the UI thread (``present_scorecard``); painting only reads strings and
numbers. The charts are drawn with QPainter (QtCharts is not part of PySide6-Essentials).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.kpis import Kpi, Level
from operator_desk.domain.permissions import Action
from operator_desk.domain.sanctions import LadderStep, SanctionRuleError
from operator_desk.domain.team import Appeal, SanctionEntry, SanctionStatus
from operator_desk.services.sellers import PlatformFigures, SanctionRecord, SellerScorecard

from . import formatting, theme
from .flow_layout import FlowLayout
from .role_gate import RoleGate

Index = QModelIndex | QPersistentModelIndex

RATE_KPIS = frozenset({Kpi.INCIDENT_RATE, Kpi.REOPENED_RATE, Kpi.LATE_REPLY_RATE,
                       Kpi.REFUND_RATE})
HOUR_KPIS = frozenset({Kpi.REPLY_MEDIAN, Kpi.REPLY_P95})
LEVEL_COLOURS = {Level.OK: "#1b6e3a", Level.ALERT: "#9a5b00", Level.LIMIT: "#a3361f",
                 Level.NONE: "#444444"}
LEVEL_TINTS = {Level.ALERT: "#fff0d0", Level.LIMIT: "#f9d9d2"}
ALERT_PEN, LIMIT_PEN, LINE_PEN = "#d08a00", "#c0392b", "#1f4fa3"


def level_ink(level: Level) -> str:
    """A level's text colour, readable on its tint (or the view's base) in any palette."""
    tinted = LEVEL_TINTS.get(level)
    return theme.ink(LEVEL_COLOURS[level], theme.tint(tinted) if tinted else "base")


# -- words --------------------------------------------------------------------------------------
translate = QCoreApplication.translate


def kpi_name(kpi: Kpi) -> str:
    return {
        Kpi.ORDERS: translate("Kpi", "Orders"),
        Kpi.INCIDENT_RATE: translate("Kpi", "Incident rate"),
        Kpi.OPEN_INCIDENTS: translate("Kpi", "Open incidents"),
        Kpi.REOPENED: translate("Kpi", "Solved by seller, reopened"),
        Kpi.REOPENED_RATE: translate("Kpi", "Reopened share"),
        Kpi.REPLY_MEDIAN: translate("Kpi", "Reply time (median)"),
        Kpi.REPLY_P95: translate("Kpi", "Reply time (95th percentile)"),
        Kpi.LATE_REPLY_RATE: translate("Kpi", "Late replies"),
        Kpi.REFUND_RATE: translate("Kpi", "Refund rate"),
        Kpi.POLICY_FINDINGS: translate("Kpi", "Messages with policy findings"),
    }[kpi]


def kpi_short_name(kpi: Kpi) -> str:
    return {
        Kpi.ORDERS: translate("Kpi", "Orders"), Kpi.INCIDENT_RATE: translate("Kpi", "Incidents"),
        Kpi.OPEN_INCIDENTS: translate("Kpi", "Open"),
        Kpi.REOPENED: translate("Kpi", "Reopened"),
        Kpi.REOPENED_RATE: translate("Kpi", "Reopened %"),
        Kpi.REPLY_MEDIAN: translate("Kpi", "Reply (median)"),
        Kpi.REPLY_P95: translate("Kpi", "Reply (p95)"),
        Kpi.LATE_REPLY_RATE: translate("Kpi", "Late"),
        Kpi.REFUND_RATE: translate("Kpi", "Refunds"),
        Kpi.POLICY_FINDINGS: translate("Kpi", "Findings"),
    }[kpi]


def finding_name(kind: str) -> str:
    return {"off_platform_contact": translate("Kpi", "contact outside the platform"),
            "marketing": translate("Kpi", "marketing"),
            "non_answer": translate("Kpi", "no answer")}.get(kind, kind)


def state_label(state: str) -> str:
    return {"OPEN": translate("ShopState", "Open"),
            "CLOSE": translate("ShopState", "Closed (window)"),
            "SUSPENDED": translate("ShopState", "Suspended"),
            "TERMINATED": translate("ShopState", "Terminated")}.get(state, state)


def level_label(level: Level) -> str:
    return {Level.OK: translate("Level", "OK"), Level.ALERT: translate("Level", "Alert"),
            Level.LIMIT: translate("Level", "Limit"), Level.NONE: ""}[level]


def step_label(level: str) -> str:
    """``temporary_suspension:14`` as "Temporary suspension (14 days)"."""
    try:
        step = LadderStep.parse(level)
    except SanctionRuleError:
        return level
    name = {"warning": translate("Sanction", "Warning"),
            "restriction": translate("Sanction", "Restriction of selling rights"),
            "temporary_suspension": translate("Sanction", "Temporary suspension"),
            "termination": translate("Sanction", "Termination (30 days' notice)")}[step.kind.value]
    if step.days:
        return translate("Sanction", "{0} ({1} days)").format(name, step.days)
    return name


def sanction_status_label(status: str) -> str:
    labels: dict[str, str] = {
            SanctionStatus.PROPOSED: translate("Sanction", "Waiting for approval"),
            SanctionStatus.APPROVED: translate("Sanction", "Approved, not applied"),
            SanctionStatus.DECLINED: translate("Sanction", "Declined"),
            SanctionStatus.NOTIFIED: translate("Sanction", "Notice given"),
            SanctionStatus.APPLIED: translate("Sanction", "In force"),
            SanctionStatus.LIFTED: translate("Sanction", "Lifted"),
            SanctionStatus.REVOKED: translate("Sanction", "Revoked")}
    return labels.get(status, status)


def delivery_label(delivery: str) -> str:
    return {"waiting": translate("Sanction", "waiting to be sent"),
            "failed": translate("Sanction", "refused by the marketplace"),
            "sent": translate("Sanction", "sent")}.get(delivery, "")


def kpi_text(kpi: Kpi, value: float | Decimal | None, locale: str) -> str:
    """A KPI value for people: shares as percentages, times in hours, counts whole."""
    if value is None:
        return "–"
    if kpi in RATE_KPIS:
        return str(format_percent(value, "#,##0.0%", locale=locale))
    if kpi in HOUR_KPIS:
        return translate("Kpi", "{0} h").format(format_decimal(value, "#,##0.0", locale=locale))
    return str(format_decimal(value, "#,##0", locale=locale))


# -- read models --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KpiLine:
    """One row of the KPI table, formatted."""

    name: str
    kpi: Kpi | None  # None: a finding kind or a platform-only figure
    desk: str
    across: str
    platform: str
    alert: str
    limit: str
    level: Level
    trend: tuple[float | None, ...] = ()
    alert_value: float | None = None
    limit_value: float | None = None
    tooltip: str = ""


@dataclass(frozen=True, slots=True)
class SanctionLine:
    record: SanctionRecord
    texts: tuple[str, ...]
    tooltip: str


@dataclass(frozen=True, slots=True)
class PresentedScorecard:
    card: SellerScorecard
    title: str
    facts: str
    lines: tuple[KpiLine, ...]
    sanctions: tuple[SanctionLine, ...]
    bucket_labels: tuple[str, ...]
    across: bool


def present_scorecard(card: SellerScorecard, locale: str) -> PresentedScorecard:
    """Every text of the scorecard, formatted for ``locale`` (worker thread)."""
    shop = card.shop
    figures = card.figures
    levels = card.levels(figures)
    across = len(card.shops) > 1
    lines: list[KpiLine] = []
    for kpi in Kpi:
        alert, limit = card.thresholds.alert.get(kpi), card.thresholds.limit.get(kpi)
        trend = tuple(point.value for point in card.card.trends[kpi])
        lines.append(KpiLine(
            kpi_name(kpi), kpi, kpi_text(kpi, figures.value(kpi), locale),
            kpi_text(kpi, card.card.total.value(kpi), locale) if across else "", "",
            kpi_text(kpi, alert, locale) if alert is not None else "",
            kpi_text(kpi, limit, locale) if limit is not None else "", levels[kpi], trend,
            float(alert) if alert is not None else None,
            float(limit) if limit is not None else None, _tooltip(kpi, figures)))
        if kpi == Kpi.POLICY_FINDINGS:
            for kind in ("off_platform_contact", "marketing", "non_answer"):
                lines.append(KpiLine(
                    "    " + finding_name(kind), None, kpi_text(kpi, figures.findings.get(kind, 0),
                                                              locale),
                    kpi_text(kpi, card.card.total.findings.get(kind, 0), locale)
                    if across else "", "", "", "", Level.NONE))
    grade = (str(format_decimal(shop.grade, "0.0", locale=locale)) if shop.grade is not None
             else "–")
    lines.append(KpiLine(translate("Kpi", "Grade (evaluations)"), None, "", "",
                         f"{grade} ({shop.evaluations_count or 0})", "", "", Level.NONE))
    if shop.approval_rate is not None:
        lines.append(KpiLine(translate("Kpi", "Order approval rate"), None, "", "",
                             str(format_percent(shop.approval_rate, "#,##0.0%", locale=locale)),
                             "", "", Level.NONE))
    sanctions = tuple(_sanction_line(record, locale) for record in card.sanctions)
    buckets = card.card.trends[Kpi.ORDERS]
    labels = tuple(formatting.when(point.end, locale, fmt="short").split(",")[0]
                   for point in buckets)
    names = ", ".join(f"{s.market} {s.shop_id}" for s in card.shops[1:])
    facts = translate("Scorecard", "{0} · shop {1} · {2} · last {3} days").format(
        shop.market, shop.shop_id, state_label(shop.state), card.period_days)
    if across:
        facts += " · " + translate("Scorecard", "also in: {0}").format(names)
    return PresentedScorecard(card, shop.name, facts, tuple(lines), sanctions, labels, across)


def with_platform(presented: PresentedScorecard, platform: PlatformFigures,
                  locale: str) -> PresentedScorecard:
    """The scorecard with the platform's figures (S21) in their column (worker thread)."""
    lines = []
    for line in presented.lines:
        value = platform.kpi(line.kpi) if line.kpi is not None else None
        if value is not None and line.kpi is not None:
            line = replace(line, platform=kpi_text(line.kpi, value, locale))
        elif line.kpi == Kpi.REPLY_MEDIAN and "order_messages_response_delay" in platform.values:
            hours = platform.values["order_messages_response_delay"] / 3600
            line = replace(line, platform=translate("Scorecard", "{0} (average)").format(
                kpi_text(Kpi.REPLY_MEDIAN, hours, locale)),
                tooltip=line.tooltip + "\n" + translate(
                    "Scorecard", "The platform reports an average in calendar hours."))
        lines.append(line)
    return replace(presented, lines=tuple(lines))


def _tooltip(kpi: Kpi, figures: Any) -> str:
    match kpi:
        case Kpi.INCIDENT_RATE:
            return translate("Scorecard", "{0} of {1} accepted order lines had an incident").format(
                figures.incident_lines, figures.accepted_lines)
        case Kpi.REFUND_RATE:
            return translate("Scorecard", "{0} of {1} accepted order lines were refunded").format(
                figures.refunded_lines, figures.accepted_lines)
        case Kpi.LATE_REPLY_RATE:
            return translate("Scorecard", "{0} late of {1} questions answered or overdue").format(
                figures.late_replies, figures.judged)
        case Kpi.REOPENED_RATE | Kpi.REOPENED:
            return translate("Scorecard", "{0} of {1} incidents marked solved by the seller "
                                          "did not stay solved").format(
                figures.reopened, figures.seller_resolved)
        case Kpi.REPLY_MEDIAN | Kpi.REPLY_P95:
            return translate("Scorecard", "In business hours of the market, over {0} answered "
                      "questions").format(figures.answered)
    return ""


def _sanction_line(record: SanctionRecord, locale: str) -> SanctionLine:
    entry = record.entry
    status = sanction_status_label(entry.status)
    if entry.delivery in ("waiting", "failed"):
        status += f" ({delivery_label(entry.delivery)})"
    appeals = ", ".join(_appeal_text(a) for a in record.appeals)
    texts = (formatting.when(entry.created, locale, fmt="short"), step_label(entry.level),
             status, entry.proposed_by, entry.decided_by or "",
             formatting.when(entry.effective_from, locale, fmt="short"),
             formatting.when(entry.effective_until, locale, fmt="short"), appeals)
    tooltip = translate("Sanction", "Breach: {0}").format(entry.breach)
    return SanctionLine(record, texts, tooltip)


def _appeal_text(appeal: Appeal) -> str:
    return {"open": translate("Sanction", "appeal open"),
            "upheld": translate("Sanction", "appeal upheld"),
            "rejected": translate("Sanction", "appeal rejected")}.get(appeal.status, appeal.status)


# -- models -------------------------------------------------------------------------------------
TREND_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2


class KpiTableModel(QAbstractTableModel):
    """The KPI table: name, this market, all markets, platform, alert, limit, trend."""

    TREND = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[KpiLine, ...] = ()
        self._headers = (self.tr("KPI"), self.tr("This market"), self.tr("All markets"),
                         self.tr("Platform"), self.tr("Alert"), self.tr("Limit"),
                         self.tr("Trend"))

    def set_lines(self, lines: Sequence[KpiLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def line(self, row: int) -> KpiLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = (line.name, line.desk, line.across, line.platform, line.alert, line.limit,
                     "")
            return texts[column] if 0 <= column < len(texts) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and line.level in LEVEL_TINTS:
            return QColor(theme.tint(LEVEL_TINTS[line.level]))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(level_ink(line.level))
        if role == TREND_ROLE and column == self.TREND:
            return line
        if role == LINE_ROLE:
            return line
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SanctionTableModel(QAbstractTableModel):
    """The sanction history, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[SanctionLine, ...] = ()
        self._headers = (self.tr("Proposed"), self.tr("Measure"), self.tr("Status"),
                         self.tr("Proposed by"), self.tr("Approved by"), self.tr("From"),
                         self.tr("Until"), self.tr("Appeals"))

    def set_lines(self, lines: Sequence[SanctionLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def record(self, row: int) -> SanctionRecord | None:
        return self._lines[row].record if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < len(line.texts):
            return line.texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- charts -------------------------------------------------------------------------------------
def _scale(line: KpiLine) -> float:
    values = [v for v in line.trend if v is not None]
    top = max([*values, *(x for x in (line.alert_value, line.limit_value) if x is not None),
               0.0])
    return top * 1.1 if top > 0 else 1.0


def draw_trend(painter: QPainter, area: QRectF, line: KpiLine, *, dots: bool = False) -> None:
    """The trend of ``line`` in ``area``: threshold lines dashed, gaps where a bucket has
    no figure."""
    if not line.trend:
        return
    top = _scale(line)
    count = len(line.trend)
    step = area.width() / max(count - 1, 1)

    def y(value: float) -> float:
        return area.bottom() - (value / top) * area.height()

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for value, colour in ((line.alert_value, ALERT_PEN), (line.limit_value, LIMIT_PEN)):
        if value is not None:
            pen = QPen(QColor(theme.ink(colour)), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y(value)), QPointF(area.right(), y(value)))
    path = QPainterPath()
    drawing = False
    points: list[QPointF] = []
    for n, value in enumerate(line.trend):
        if value is None:
            drawing = False
            continue
        point = QPointF(area.left() + n * step if count > 1 else area.center().x(), y(value))
        points.append(point)
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.setPen(QPen(QColor(theme.ink(LINE_PEN)), 1.6))
    painter.drawPath(path)
    if dots or len(points) == 1:
        painter.setBrush(QColor(theme.ink(LINE_PEN)))
        for point in points:
            painter.drawEllipse(point, 2.2, 2.2)
    painter.restore()


class SparklineDelegate(QStyledItemDelegate):
    """Paints a KPI's trend in its table cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        line = index.data(TREND_ROLE)
        if isinstance(line, KpiLine) and line.trend:
            rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
            draw_trend(painter, rect, line)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(120, 22)


class TrendChart(QWidget):
    """The trend of one KPI, larger: axis labels, thresholds named, a dot per bucket."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._line: KpiLine | None = None
        self._labels: tuple[str, ...] = ()
        self.setMinimumHeight(140)
        self.setMaximumHeight(260)
        self.setAccessibleName(self.tr("Trend chart"))

    def show_line(self, line: KpiLine | None, labels: tuple[str, ...]) -> None:
        self._line = line
        self._labels = labels
        self.setToolTip(line.name if line else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        line = self._line
        metrics = painter.fontMetrics()
        if line is None or not line.trend:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Select a KPI to see its trend."))
            painter.end()
            return
        kpi = line.kpi or Kpi.ORDERS
        top = _scale(line)
        left = metrics.horizontalAdvance(kpi_text(kpi, top, self._locale)) + 14
        area = QRectF(left, metrics.height() + 6, self.width() - left - 12,
                      self.height() - 2 * metrics.height() - 16)
        painter.setPen(palette.text().color())
        painter.drawText(QRectF(left, 2, area.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, line.name)
        painter.setPen(palette.mid().color())
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.setPen(QColor(theme.secondary_text(self)))  # the axis' figures
        for value in (0.0, top / 1.1):
            y = area.bottom() - (value / top) * area.height()
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             kpi_text(kpi, value, self._locale))
        if self._labels:
            below = QRectF(area.left(), area.bottom() + 4, area.width(), metrics.height())
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self._labels[0])
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self._labels[-1])
        for threshold, colour, name in ((line.alert_value, ALERT_PEN, self.tr("alert")),
                                        (line.limit_value, LIMIT_PEN, self.tr("limit"))):
            if threshold is not None:
                y = area.bottom() - (threshold / top) * area.height()
                painter.setPen(QColor(theme.ink(colour)))
                painter.drawText(QRectF(area.right() - 60, y - metrics.height(), 58,
                                        metrics.height()), Qt.AlignmentFlag.AlignRight, name)
        draw_trend(painter, area, line, dots=True)
        painter.end()


# -- the view -----------------------------------------------------------------------------------
class ScorecardView(QWidget):
    """Shows a ``PresentedScorecard``; the buttons ask the page to act on the sanctions."""

    across_changed = Signal(bool)
    propose_requested = Signal()
    decide_requested = Signal(object)  # SanctionEntry
    apply_requested = Signal(object)
    lift_requested = Signal(object)
    carry_out_requested = Signal(object)
    resend_requested = Signal(object)
    appeal_requested = Signal(object)
    decide_appeal_requested = Signal(object)  # Appeal

    def __init__(self, gate: RoleGate, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.presented: PresentedScorecard | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.across = QCheckBox(self.tr("Across markets (shops of the same name)"))
        self.across.toggled.connect(self.across_changed)
        self.platform_note = QLabel()
        self.platform_note.setTextFormat(Qt.TextFormat.PlainText)
        self.platform_note.setStyleSheet(theme.secondary_style())

        self.kpis = KpiTableModel(self)
        self.kpi_table = QTableView()
        self.kpi_table.setObjectName("scorecardKpiTable")
        self.kpi_table.setModel(self.kpis)
        self.kpi_table.setAccessibleName(self.tr("Seller KPIs"))
        self.kpi_table.setItemDelegateForColumn(KpiTableModel.TREND, SparklineDelegate(self))
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpi_table.verticalHeader().setVisible(False)
        self.kpi_table.verticalHeader().setDefaultSectionSize(
            self.kpi_table.fontMetrics().height() + 8)
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KpiTableModel.TREND, QHeaderView.ResizeMode.Fixed)
        self.kpi_table.setColumnWidth(KpiTableModel.TREND, 130)
        self.kpi_table.selectionModel().currentRowChanged.connect(self._kpi_selected)
        self.chart = TrendChart(locale)

        self.sanctions = SanctionTableModel(self)
        self.sanction_table = QTableView()
        self.sanction_table.setObjectName("scorecardSanctionTable")
        self.sanction_table.setModel(self.sanctions)
        self.sanction_table.setAccessibleName(self.tr("Sanction history"))
        self.sanction_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sanction_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sanction_table.verticalHeader().setVisible(False)
        self.sanction_table.setWordWrap(False)
        self.sanction_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.sanction_table.horizontalHeader().setStretchLastSection(True)
        self.sanction_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.refresh_actions())
        self.team_note = QLabel()
        self.team_note.setWordWrap(True)
        self.team_note.setStyleSheet(theme.label_style("#9a5b00"))
        self.team_note.hide()

        self.propose_button = QPushButton(self.tr("Propose sanction…"))
        self.decide_button = QPushButton(self.tr("Approve or decline…"))
        self.apply_button = QPushButton(self.tr("Apply on the marketplace"))
        self.lift_button = QPushButton(self.tr("Lift"))
        self.carry_out_button = QPushButton(self.tr("Terminate now"))
        self.resend_button = QPushButton(self.tr("Resend statement"))
        self.appeal_button = QPushButton(self.tr("Record appeal…"))
        self.decide_appeal_button = QPushButton(self.tr("Decide appeal…"))
        self.propose_button.clicked.connect(self.propose_requested)
        self.decide_button.clicked.connect(lambda: self._emit(self.decide_requested))
        self.apply_button.clicked.connect(lambda: self._emit(self.apply_requested))
        self.lift_button.clicked.connect(lambda: self._emit(self.lift_requested))
        self.carry_out_button.clicked.connect(lambda: self._emit(self.carry_out_requested))
        self.resend_button.clicked.connect(lambda: self._emit(self.resend_requested))
        self.appeal_button.clicked.connect(lambda: self._emit(self.appeal_requested))
        self.decide_appeal_button.clicked.connect(self._decide_appeal)
        for button, action in ((self.propose_button, Action.PROPOSE_SANCTION),
                               (self.decide_button, Action.APPROVE_SANCTION),
                               (self.apply_button, Action.APPLY_SANCTION),
                               (self.lift_button, Action.APPLY_SANCTION),
                               (self.carry_out_button, Action.APPLY_SANCTION),
                               (self.resend_button, Action.APPLY_SANCTION),
                               (self.appeal_button, Action.PROPOSE_SANCTION),
                               (self.decide_appeal_button, Action.APPROVE_SANCTION)):
            button.setEnabled(False)
            gate.bind(button, action)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        # A long shop name wraps; the check box keeps its whole label (it is never cut).
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.across.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.across, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.facts)
        top_layout.addWidget(self.kpi_table)
        top_layout.addWidget(self.platform_note)
        top_layout.addWidget(self.chart, 1)
        top_layout.addStretch(0)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Sanctions"))
        caption.setStyleSheet("QLabel { font-weight: bold; }")
        bottom_layout.addWidget(caption)
        bottom_layout.addWidget(self.team_note)
        bottom_layout.addWidget(self.sanction_table, 1)
        buttons = FlowLayout()  # wraps when the translated labels do not fit in one row
        for button in (self.propose_button, self.decide_button, self.apply_button,
                       self.lift_button, self.carry_out_button, self.resend_button,
                       self.appeal_button, self.decide_appeal_button):
            buttons.addWidget(button)
        bottom_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("scorecardSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.placeholder = QLabel(self.tr("Select a seller to see the scorecard."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(theme.secondary_style())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.splitter, 1)
        self.splitter.hide()

    # -- showing -----------------------------------------------------------------------------
    def show_scorecard(self, presented: PresentedScorecard) -> None:
        previous = self.kpi_table.currentIndex().row()
        self.presented = presented
        self.title.setText(presented.title)
        self.facts.setText(presented.facts)
        self.across.blockSignals(True)
        self.across.setChecked(presented.across or self.across.isChecked())
        self.across.blockSignals(False)
        self.kpis.set_lines(presented.lines)
        self.kpi_table.setColumnHidden(2, not presented.across)
        rows = self.kpi_table.verticalHeader().defaultSectionSize() * len(presented.lines)
        self.kpi_table.setFixedHeight(rows + self.kpi_table.horizontalHeader().height() + 4)
        self.sanctions.set_lines(presented.sanctions)
        self.team_note.setVisible(not presented.card.team_available)
        self.team_note.setText(self.tr(
            "The team store cannot be reached: the sanction history and sanction actions "
            "wait until it is back."))
        self.placeholder.hide()
        self.splitter.show()
        row = previous if 0 <= previous < self.kpis.rowCount() else 1
        self.kpi_table.selectRow(row)
        self._kpi_selected(self.kpis.index(row, 0), QModelIndex())
        if presented.sanctions:
            self.sanction_table.selectRow(0)
        self.refresh_actions()

    def set_platform_note(self, text: str) -> None:
        self.platform_note.setText(text)

    def clear(self) -> None:
        self.presented = None
        self.splitter.hide()
        self.placeholder.show()
        self.refresh_actions()

    def _kpi_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.kpis.line(current.row()) if current.isValid() else None
        labels = self.presented.bucket_labels if self.presented else ()
        self.chart.show_line(line if line and line.trend else None, labels)

    # -- actions -----------------------------------------------------------------------------
    def selected(self) -> SanctionRecord | None:
        index = self.sanction_table.currentIndex()
        return self.sanctions.record(index.row()) if index.isValid() else None

    def _emit(self, signal: Any) -> None:
        record = self.selected()
        if record is not None:
            signal.emit(record.entry)

    def _decide_appeal(self) -> None:
        record = self.selected()
        open_appeal = next((a for a in record.appeals if a.status == "open"),
                           None) if record else None
        if open_appeal is not None:
            self.decide_appeal_requested.emit(open_appeal)

    def refresh_actions(self) -> None:
        """Enable what makes sense for the selected sanction (the role gate still applies)."""
        shown = self.presented is not None and self.presented.card.team_available
        record = self.selected() if shown else None
        entry: SanctionEntry | None = record.entry if record else None
        status = entry.status if entry else ""
        waiting = entry is not None and entry.delivery == "waiting"
        timed = False
        if entry is not None:
            try:
                timed = LadderStep.parse(entry.level).timed
            except SanctionRuleError:
                timed = False
        gate = self.gate
        gate.set_enabled(self.propose_button, shown)
        gate.set_enabled(self.decide_button, status == SanctionStatus.PROPOSED)
        gate.set_enabled(self.apply_button, status == SanctionStatus.APPROVED and not waiting)
        gate.set_enabled(self.lift_button, status == SanctionStatus.APPLIED and timed
                         and not waiting)
        gate.set_enabled(self.carry_out_button, status == SanctionStatus.NOTIFIED
                         and not waiting)
        gate.set_enabled(self.resend_button, entry is not None and entry.delivery == "failed"
                         and status in (SanctionStatus.APPLIED, SanctionStatus.NOTIFIED))
        gate.set_enabled(self.appeal_button, status in (
            SanctionStatus.APPLIED, SanctionStatus.NOTIFIED, SanctionStatus.LIFTED,
            SanctionStatus.APPROVED))
        gate.set_enabled(self.decide_appeal_button, record is not None and any(
            a.status == "open" for a in record.appeals))
