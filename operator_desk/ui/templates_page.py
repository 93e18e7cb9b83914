"""Reply templates: the team's texts by topic, language and audience, searchable; supervisors
(and reviewers) edit them, every save a new version in the team store, older versions a click
away.

Templates live in the team store so every desk of the team offers the same texts; this page
reads and writes them on the task runner (a team server may be across the network) and
reloads when a colleague saves one (the team relay's ``changed``). Saving says so when a
colleague saved first, and keeps what was typed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.permissions import Action
from operator_desk.domain.policy import fold_text
from operator_desk.domain.team import (
    TEMPLATE_AUDIENCES,
    TEMPLATE_LANGUAGES,
    TEMPLATE_PLACEHOLDERS,
    Change,
    Template,
    TemplateVersion,
)

from . import formatting, theme
from .flow_layout import FlowLayout
from .role_gate import RoleGate
from .tasks import TaskRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2
translate = QCoreApplication.translate

# QT_TRANSLATE_NOOP marks texts for the catalog and returns them; it is typed as object.
TOPICS: dict[str, Any] = {
    "incident": QT_TRANSLATE_NOOP("TemplateTopic", "Incidents"),
    "refund": QT_TRANSLATE_NOOP("TemplateTopic", "Refunds"),
    "loyalty": QT_TRANSLATE_NOOP("TemplateTopic", "Loyalty points"),
    "coupons": QT_TRANSLATE_NOOP("TemplateTopic", "Coupons"),
    "contact": QT_TRANSLATE_NOOP("TemplateTopic", "Reaching us"),
    "sla": QT_TRANSLATE_NOOP("TemplateTopic", "Response times"),
    "policy": QT_TRANSLATE_NOOP("TemplateTopic", "Communication policy"),
    "sanction": QT_TRANSLATE_NOOP("TemplateTopic", "Sanctions"),
}
AUDIENCES: dict[str, Any] = {
    "customer": QT_TRANSLATE_NOOP("TemplateAudience", "Customer"),
    "seller": QT_TRANSLATE_NOOP("TemplateAudience", "Seller"),
}
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English", "es": "Español",
                             "nl": "Nederlands"}
# What the desk fills in where a template is inserted (reply composer, keep-open and refund
# dialogs); anything else in braces stays as written for the agent to complete.
PLACEHOLDERS: dict[str, Any] = {
    "customer_name": QT_TRANSLATE_NOOP("TemplatePlaceholder", "the customer's name"),
    "order_number": QT_TRANSLATE_NOOP("TemplatePlaceholder", "the order number"),
    "seller": QT_TRANSLATE_NOOP("TemplatePlaceholder", "the seller's shop name"),
    "amount": QT_TRANSLATE_NOOP("TemplatePlaceholder",
                                "the order's total (in the refund dialog: the refund)"),
    "refund_amount": QT_TRANSLATE_NOOP("TemplatePlaceholder",
                                       "the refund's amount, in the order's currency"),
    "order_date": QT_TRANSLATE_NOOP("TemplatePlaceholder", "the order's date"),
    "due_date": QT_TRANSLATE_NOOP("TemplatePlaceholder", "when the seller's answer is due"),
    "response_time": QT_TRANSLATE_NOOP("TemplatePlaceholder",
                                       "the market's response time in hours"),
    "today": QT_TRANSLATE_NOOP("TemplatePlaceholder", "today's date"),
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,60}$")
COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("TemplatesModel", "Title"),
    QT_TRANSLATE_NOOP("TemplatesModel", "Topic"),
    QT_TRANSLATE_NOOP("TemplatesModel", "Language"),
    QT_TRANSLATE_NOOP("TemplatesModel", "For"),
    QT_TRANSLATE_NOOP("TemplatesModel", "Version"),
    QT_TRANSLATE_NOOP("TemplatesModel", "Saved"),
)


def topic_name(topic: str) -> str:
    known = TOPICS.get(topic)
    return translate("TemplateTopic", str(known)) if known else topic


def audience_name(audience: str) -> str:
    known = AUDIENCES.get(audience)
    return translate("TemplateAudience", str(known)) if known else audience


assert tuple(PLACEHOLDERS) == TEMPLATE_PLACEHOLDERS  # one list: the domain's, described here


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders the desk does not fill (kept as written when the template is used)."""
    return sorted({name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})


@dataclass(frozen=True, slots=True)
class TemplateFilter:
    text: str = ""
    topic: str = ""
    language: str = ""
    audience: str = ""

    def matches(self, template: Template) -> bool:
        """Every word of the search in the title, body or key (case and accents folded)."""
        if self.topic and template.topic != self.topic:
            return False
        if self.language and template.language != self.language:
            return False
        if self.audience and template.audience != self.audience:
            return False
        words = _fold(self.text).split()
        if not words:
            return True
        haystack = _fold(" ".join((template.current.title, template.current.body,
                                   template.key, topic_name(template.topic))))
        return all(word in haystack for word in words)


def _fold(text: str) -> str:
    return fold_text(text).text.lower()


class TemplatesModel(QAbstractTableModel):
    """The team's templates (frozen records) that match the filter, by topic, then key."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.all: tuple[Template, ...] = ()
        self.rows: tuple[Template, ...] = ()
        self.filter = TemplateFilter()

    def set_templates(self, templates: Sequence[Template]) -> None:
        self.all = tuple(sorted(templates, key=lambda t: (topic_name(t.topic), t.key,
                                                          t.language)))
        self._apply()

    def set_filter(self, template_filter: TemplateFilter) -> None:
        self.filter = template_filter
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self.rows = tuple(t for t in self.all if self.filter.matches(t))
        self.endResetModel()

    def row_of(self, template_id: int) -> int | None:
        return next((i for i, t in enumerate(self.rows) if t.id == template_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("TemplatesModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        template = self.rows[index.row()]
        if role == TEMPLATE_ROLE:
            return template
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return template.current.body
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        current = template.current
        values = (current.title, topic_name(template.topic), template.language.upper(),
                  audience_name(template.audience), str(current.version),
                  translate("TemplatesModel", "{0} by {1}").format(
                      formatting.age(current.created, self.locale), current.author))
        return values[column] if 0 <= column < len(values) else None


class VersionsModel(QAbstractListModel):
    """A template's versions, newest first."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.versions: tuple[TemplateVersion, ...] = ()

    def set_versions(self, versions: Sequence[TemplateVersion]) -> None:
        self.beginResetModel()
        self.versions = tuple(sorted(versions, key=lambda v: -v.version))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.versions):
            return None
        version = self.versions[index.row()]
        if role == VERSION_ROLE:
            return version
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("TemplatesModel", "Version {0} · {1} · {2}").format(
                version.version, version.author,
                formatting.when(version.created, self.locale, fmt="short"))
        return None


class TemplatesPage(QWidget):
    """Browse, search and (with the role for it) edit the team's reply templates."""

    loaded = Signal()  # the list arrived (for tests and the screenshot script)
    saved = Signal(object)  # Template: a new version is in the team store
    failed = Signal(object)  # the exception of a save or create that did not happen
    status_message = Signal(str)

    def __init__(self, team: Any, permissions: Any, runner: TaskRunner, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates")
        self.team = team
        self.permissions = permissions
        self.runner = runner
        self.locale_name = locale
        self.current: Template | None = None
        self._loading_editor = False
        self._build()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("template_search")
        self.search.setPlaceholderText(self.tr("Search titles and texts"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search templates"))
        self.topic = self._combo(self.tr("All topics"), self.tr("Topic"),
                                 [(k, topic_name(k)) for k in TOPICS])
        self.language = self._combo(self.tr("All languages"), self.tr("Language"),
                                    sorted(LANGUAGES.items(), key=lambda kv: kv[1]))
        self.audience = self._combo(self.tr("Customers and sellers"), self.tr("For"),
                                    [(k, audience_name(k)) for k in AUDIENCES])
        self.new_button = QPushButton(self.tr("New template…"))
        self.new_button.clicked.connect(self.new_template)
        self.count = QLabel()
        for signal in (self.search.textChanged, self.topic.currentIndexChanged,
                       self.language.currentIndexChanged, self.audience.currentIndexChanged):
            signal.connect(self._filter_changed)
        filters = FlowLayout()
        for widget in (self.search, self.topic, self.language, self.audience, self.count,
                       self.new_button):
            filters.addWidget(widget)
        self.search.setMinimumWidth(220)

        self.model = TemplatesModel(self.locale_name, self)
        self.table = QTableView()
        self.table.setObjectName("templates_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("QLabel { font-weight: bold; }")
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Title"), self.title)
        self.placeholders = QWidget()
        chips = FlowLayout(self.placeholders)
        chips.setContentsMargins(0, 0, 0, 0)
        for name, meaning in PLACEHOLDERS.items():
            chip = QToolButton()
            chip.setText("{" + name + "}")
            chip.setToolTip(translate("TemplatePlaceholder", str(meaning)))
            chip.setAccessibleName(self.tr("Insert {0}").format(
                translate("TemplatePlaceholder", str(meaning))))
            chip.clicked.connect(lambda _checked=False, n=name: self.insert_placeholder(n))
            chips.addWidget(chip)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(theme.label_style("#9a5b00"))
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        self.versions = VersionsModel(self.locale_name, self)
        self.version_list = QListView()
        self.version_list.setObjectName("template_versions")
        self.version_list.setModel(self.versions)
        self.version_list.setAccessibleName(self.tr("Versions"))
        self.version_list.setMaximumHeight(110)
        self.version_list.selectionModel().currentRowChanged.connect(self._version_selected)
        self.use_version = QPushButton(self.tr("Put this version in the editor"))
        self.use_version.clicked.connect(self.use_selected_version)
        history = QHBoxLayout()
        history.addWidget(self.version_list, 1)
        history.addWidget(self.use_version, 0, Qt.AlignmentFlag.AlignTop)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(QLabel(self.tr("Placeholders the desk fills in (click to "
                                               "insert):")))
        editor_layout.addWidget(self.placeholders)
        editor_layout.addWidget(self.warning)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.outcome)
        editor_layout.addWidget(QLabel(self.tr("Earlier versions")))
        editor_layout.addLayout(history)

        self.splitter = QSplitter()
        self.splitter.setObjectName("templates_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.gate = RoleGate(self._may, parent=self)
        for button in (self.save_button, self.new_button, self.use_version):
            self.gate.bind(button, Action.EDIT_TEMPLATES)
        self._show(None)

    def _combo(self, everything: str, name: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, "")
        for code, label in items:
            combo.addItem(label, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _may(self, action: Action) -> bool:
        return bool(self.permissions.allowed_anywhere(action)) if self.permissions else False

    def may_edit(self) -> bool:
        return self.team is not None and self._may(Action.EDIT_TEMPLATES)

    # -- loading -----------------------------------------------------------------------------
    def set_team(self, team: Any) -> None:
        """The team store opened again (or closed: None)."""
        self.team = team
        self.start()

    def start(self) -> None:
        """Load the templates (``on_show`` of the page, and after a colleague's change)."""
        self.gate.refresh()
        team = self.team
        if team is None:
            self.notice.setText(self.tr("The team store cannot be reached: the templates are "
                                        "kept there. They show again when it is back."))
            self.notice.show()
            self.loaded.emit()
            return
        self.notice.setVisible(not self._may(Action.EDIT_TEMPLATES))
        self.notice.setText(self.tr("You can read and search the templates; editing them "
                                    "takes a reviewer's or supervisor's role."))
        self.runner.submit(team.templates, self._loaded, self._load_failed, lane="net")

    def on_team_changes(self, changes: Sequence[Change]) -> None:
        """Connect to the team relay's ``changed``: reload when a template changed."""
        if any(change.kind == "template" for change in changes):
            self.start()

    def _loaded(self, templates: list[Template]) -> None:
        selected = self.current.id if self.current else None
        self.model.set_templates(templates)
        self._update_count()
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            fresh = self.model.rows[row]
            if self.current is not None and fresh.id == self.current.id and self._dirty():
                if fresh.current.version != self.current.current.version:
                    self.warning.setText(self.tr(
                        "{0} saved version {1} meanwhile; your changes are not saved. "
                        "Discard yours to see theirs.").format(
                            fresh.current.author, fresh.current.version))
            else:
                self._show(fresh)
        else:
            self._show(None)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        log.warning("templates not loaded: %s", error)
        self.notice.setText(self.tr("The templates cannot be read now: {0}").format(error))
        self.notice.show()
        self.loaded.emit()

    def _filter_changed(self) -> None:
        self.model.set_filter(TemplateFilter(
            self.search.text(), str(self.topic.currentData() or ""),
            str(self.language.currentData() or ""), str(self.audience.currentData() or "")))
        self._update_count()
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row is not None:
                self.table.selectRow(row)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n template(s)", "", self.model.rowCount()))

    # -- the editor --------------------------------------------------------------------------
    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        template = current.data(TEMPLATE_ROLE)
        if isinstance(template, Template) and (
                self.current is None or template.id != self.current.id):
            self._show(template)

    def _show(self, template: Template | None) -> None:
        self.current = template
        self._loading_editor = True
        self.title.setText(template.current.title if template else "")
        self.body.setPlainText(template.current.body if template else "")
        self._loading_editor = False
        editable = template is not None and self.may_edit()
        self.title.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        self.outcome.clear()
        self.versions.set_versions(())
        if template is None:
            self.heading.setText(self.tr("No template chosen"))
        else:
            self.heading.setText(self.tr("{0} · {1} · {2} · for: {3} · version {4}").format(
                template.key, topic_name(template.topic), LANGUAGES.get(template.language,
                                                                        template.language),
                audience_name(template.audience), template.current.version))
            team, template_id = self.team, template.id
            if team is not None:
                self.runner.submit(lambda: team.template_versions(template_id),
                                   lambda versions: self._versions_loaded(template_id,
                                                                          versions),
                                   lambda error: log.warning("versions not loaded: %s", error),
                                   lane="net")
        self._update_buttons()

    def _versions_loaded(self, template_id: int, versions: list[TemplateVersion]) -> None:
        if self.current is not None and self.current.id == template_id:
            self.versions.set_versions(versions)
            self._update_buttons()

    def _dirty(self) -> bool:
        template = self.current
        return template is not None and (self.title.text() != template.current.title
                                         or self.body.toPlainText() != template.current.body)

    def _edited(self, *_args: object) -> None:
        if not self._loading_editor:
            self.outcome.clear()
            self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self._dirty()
        self.gate.set_enabled(self.save_button, dirty and bool(self.title.text().strip())
                              and bool(self.body.toPlainText().strip()))
        self.revert_button.setEnabled(dirty)
        self.gate.set_enabled(self.use_version, self.version_list.currentIndex().isValid()
                              and self.current is not None)
        self.gate.set_enabled(self.new_button, self.team is not None)
        unknown = unknown_placeholders(self.title.text() + " " + self.body.toPlainText())
        self.warning.setText(self.tr("Not filled in by the desk, stays as written: {0}").format(
            ", ".join("{" + name + "}" for name in unknown)) if unknown else "")
        self.warning.setVisible(bool(unknown))

    def insert_placeholder(self, name: str) -> None:
        if not self.body.isReadOnly():
            self.body.insertPlainText("{" + name + "}")
            self.body.setFocus()

    def revert(self) -> None:
        """Drop the edits; show the template as the store has it now (a colleague's newer
        version, when one arrived meanwhile)."""
        current = self.current
        fresh = next((t for t in self.model.all if current and t.id == current.id), current)
        self._show(fresh)

    def _version_selected(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def use_selected_version(self) -> None:
        """Put the chosen earlier version's text in the editor (saving makes it current)."""
        version = self.version_list.currentIndex().data(VERSION_ROLE)
        if isinstance(version, TemplateVersion) and not self.body.isReadOnly():
            self.title.setText(version.title)
            self.body.setPlainText(version.body)
            self.outcome.setText(self.tr("Version {0} is in the editor; save to make it the "
                                         "current text.").format(version.version))
            self._update_buttons()

    # -- writing -----------------------------------------------------------------------------
    def save(self) -> None:
        template, team = self.current, self.team
        if template is None or team is None or not self._dirty():
            return
        title, body = self.title.text().strip(), self.body.toPlainText()
        expected = template.current.version
        self.save_button.setEnabled(False)
        self.outcome.setText(self.tr("Saving…"))
        def save() -> Template:
            saved: Template = team.save_template(template.id, title, body, expected)
            return saved

        def failed(error: BaseException) -> None:
            # Read back what the store holds: a newer version means a colleague saved first.
            self.runner.submit(lambda: next((t for t in team.templates()
                                             if t.id == template.id), None),
                               lambda now: self._save_failed(error, now, expected),
                               lambda _again: self._save_failed(error, None, expected),
                               lane="net")

        self.runner.submit(save, self._saved, failed, lane="net")

    def _saved(self, template: Template) -> None:
        rows = [template if t.id == template.id else t for t in self.model.all]
        self.current = template
        self.model.set_templates(rows)
        row = self.model.row_of(template.id)
        if row is not None:
            self.table.selectRow(row)
        self._show(template)
        self.outcome.setText(self.tr("Saved as version {0}; every desk of the team uses it "
                                     "now.").format(template.current.version))
        self.status_message.emit(self.tr("Template “{0}” saved.").format(
            template.current.title))
        self.saved.emit(template)

    def _save_failed(self, error: BaseException, now: Template | None = None,
                     expected: int | None = None) -> None:
        log.warning("template not saved: %s", error)
        if now is not None and expected is not None and now.current.version > expected:
            text = self.tr("Not saved: {0} saved version {1} meanwhile. What you typed is "
                           "still here; copy it, discard yours to see theirs, and apply your "
                           "change to it.").format(now.current.author, now.current.version)
        else:
            text = self.tr("Not saved: {0}. What you typed is still here.").format(error)
        self.outcome.setText(text)
        self._update_buttons()
        self.failed.emit(error)

    def new_template(self) -> None:
        """A new template, or the same one in another language (from the chosen one)."""
        team = self.team
        if team is None:
            return
        dialog = NewTemplateDialog(self.model.all, self.current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        self.outcome.setText(self.tr("Saving…"))
        self.runner.submit(lambda: team.create_template(**fields), self._created,
                           self._save_failed, lane="net")

    def _created(self, template: Template) -> None:
        self.current = template
        self.model.set_templates([*self.model.all, template])
        self._update_count()
        row = self.model.row_of(template.id)
        if row is not None:
            self.table.selectRow(row)
        self._show(template)
        self.outcome.setText(self.tr("Created; every desk of the team offers it now."))
        self.saved.emit(template)


class NewTemplateDialog(QDialog):
    """Key, topic, language and audience of a new template; its first title and text."""

    def __init__(self, existing: Sequence[Template], base: Template | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New template"))
        self.existing = {(t.key, t.language) for t in existing}
        self.key = QLineEdit(base.key if base else "")
        self.key.setPlaceholderText(self.tr("e.g. refund_partial_issued"))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        for code in dict.fromkeys([*TOPICS, *(t.topic for t in existing)]):
            self.topic.addItem(code)
        self.topic.setCurrentText(base.topic if base else "incident")
        self.language = QComboBox()
        missing = [lang for lang in TEMPLATE_LANGUAGES
                   if base is None or (base.key, lang) not in self.existing]
        for lang in missing or TEMPLATE_LANGUAGES:
            self.language.addItem(LANGUAGES.get(lang, lang), lang)
        self.audience = QComboBox()
        for audience in TEMPLATE_AUDIENCES:
            self.audience.addItem(audience_name(audience), audience)
        if base is not None:
            self.audience.setCurrentIndex(self.audience.findData(base.audience))
        self.title = QLineEdit()
        self.body = QPlainTextEdit(base.current.body if base else "")
        self.hint = QLabel(self.tr("The same key in another language is the same template "
                                   "in that language: the desk offers the recipient's "
                                   "language first."))
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(theme.label_style("#a3361f"))
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (self.key.textChanged, self.title.textChanged, self.body.textChanged,
                       self.language.currentIndexChanged, self.topic.currentTextChanged):
            signal.connect(self._check)
        self.resize(620, 520)
        self._check()

    def fields(self) -> dict[str, str]:
        return {"key": self.key.text().strip(), "topic": self.topic.currentText().strip(),
                "audience": str(self.audience.currentData()),
                "language": str(self.language.currentData()),
                "title": self.title.text().strip(), "body": self.body.toPlainText()}

    def problem_text(self) -> str:
        fields = self.fields()
        if not _KEY.match(fields["key"]):
            return self.tr("The key is lower-case letters, digits and _ (it names the "
                           "template in every language).")
        if (fields["key"], fields["language"]) in self.existing:
            return self.tr("This template exists in this language already: edit it there.")
        if not fields["topic"]:
            return self.tr("Choose or type a topic.")
        if not fields["title"] or not fields["body"].strip():
            return self.tr("A template needs a title and a text.")
        return ""

    def _check(self, *_args: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
