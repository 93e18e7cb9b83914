"""Connection profiles: add, change, test and remove marketplaces. Keys go to the keyring.

Everything that touches the profile file, the keyring or the network runs on the task runner;
the dialog only collects input and shows results.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from operator_desk.domain.models import Market, Role
from operator_desk.services.connections import Connections, ConnectionTest, check_connection
from operator_desk.services.profiles import (
    COUNTRY_DEFAULTS,
    MAX_SYNC_WINDOW_DAYS,
    ProfileError,
    ProfileService,
    StoredProfile,
)
from operator_desk.services.secrets import KeyringUnavailable, SecretStore

from .keyring_dialog import KeyringChoice, KeyringDialog
from .tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class _ProfileList(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[StoredProfile | None, str]] = []

    def set_rows(self, rows: list[tuple[StoredProfile | None, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        profile, label = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.UserRole:
            return profile
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        profile, _label = self.rows[index.row()]
        if profile is None:  # the embedded sandbox's markets are shown, not edited
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ConnectionsDialog(QDialog):
    profiles_changed = Signal()

    def __init__(self, service: ProfileService, connections: Connections, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marketplace connections"))
        self.service = service
        self.connections = connections
        self.runner = runner
        self._current: StoredProfile | None = None
        self.last_test: ConnectionTest | None = None
        self.confirm_box: QMessageBox | None = None
        self.keyring_dialog: KeyringDialog | None = None

        self.list_model = _ProfileList(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setAccessibleName(self.tr("Connections"))
        self.list.selectionModel().currentChanged.connect(self._picked)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.new_profile)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_profile)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(add)
        left_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(left_buttons)

        self.name = QLineEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(sorted(COUNTRY_DEFAULTS))
        self.country.currentTextChanged.connect(self._country_changed)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("optional, e.g. BY for Bavaria"))
        self.timezone = QLineEdit()
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.rule = QComboBox()
        self.rule.setEditable(True)
        self.rule.addItems(["hours:48", "business-hours:24", "hours:24"])
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://yourmarketplace.mirakl.net")
        self.auth = QComboBox()
        self.auth.addItem(self.tr("API key in Authorization"), "raw")
        self.auth.addItem(self.tr("Bearer token"), "bearer")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("stored in the system keyring"))
        self.role = QComboBox()
        for label, role in ((self.tr("Agent"), Role.AGENT), (self.tr("Dispute reviewer"),
                            Role.REVIEWER), (self.tr("Supervisor"), Role.SUPERVISOR)):
            self.role.addItem(label, role.value)
        self.proxy = QLineEdit()
        self.proxy.setPlaceholderText(self.tr("system settings"))
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("optional: CA file for TLS inspection"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 6000)
        self.budget.setDecimals(0)
        self.budget.setSuffix(self.tr(" requests/min"))
        self.budget.setSpecialValueText(self.tr("no limit"))
        self.window_days = QSpinBox()
        self.window_days.setRange(1, MAX_SYNC_WINDOW_DAYS)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setToolTip(self.tr(
            "Conversations updated within this many days are synced with their messages "
            "when the market is first synced; older ones load when you open them."))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Market (country)"), self.country)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Response rule"), self.rule)
        form.addRow(self.tr("Base URL"), self.base_url)
        form.addRow(self.tr("Key sent as"), self.auth)
        form.addRow(self.tr("API key"), self.key)
        form.addRow(self.tr("Role if the platform cannot tell"), self.role)
        form.addRow(self.tr("Proxy"), self.proxy)
        form.addRow(self.tr("CA bundle"), self.ca_bundle)
        form.addRow(self.tr("Request budget"), self.budget)
        form.addRow(self.tr("Sync window"), self.window_days)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)

        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.addLayout(form)
        right.addWidget(self.outcome)
        right.addLayout(actions)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.editor, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(860, 560)
        self.editor.setEnabled(False)
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self.runner.submit(self.service.profiles, lambda rows: self._show(rows, select_id),
                           self._error)

    def _show(self, profiles: list[StoredProfile], select_id: str | None) -> None:
        rows: list[tuple[StoredProfile | None, str]] = [
            (p, f"{p.name} · {p.market.code}") for p in profiles]
        rows += [(None, self.tr("{0} · {1} (SANDBOX, built in)").format(p.name, p.market.code))
                 for p in self.connections if p.built_in]
        self.list_model.set_rows(rows)
        for row, (profile, _label) in enumerate(rows):
            if profile is not None and profile.id == select_id:
                self.list.setCurrentIndex(self.list_model.index(row))

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        profile = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if isinstance(profile, StoredProfile):
            self._edit(profile)

    def new_profile(self) -> None:
        self._edit(StoredProfile.new(self.tr("New marketplace"), "DE", "https://"))
        self.name.setFocus()
        self.name.selectAll()

    def _edit(self, profile: StoredProfile) -> None:
        self._current = profile
        self.editor.setEnabled(True)
        self.name.setText(profile.name)
        self.country.setCurrentText(profile.market.code)
        self.region.setText(profile.market.region or "")
        self.timezone.setText(profile.market.timezone)
        self.currency.setText(profile.market.currency)
        self.rule.setCurrentText(profile.market.response_rule)
        self.base_url.setText(profile.base_url)
        self.auth.setCurrentIndex(max(0, self.auth.findData(profile.auth_scheme)))
        self.key.clear()
        self.role.setCurrentIndex(max(0, self.role.findData(profile.role.value)))
        self.proxy.setText(profile.proxy or "")
        self.ca_bundle.setText(profile.ca_bundle or "")
        self.budget.setValue(profile.requests_per_minute or 0)
        self.window_days.setValue(profile.sync_window_days)
        self.outcome.clear()

    def _country_changed(self, text: str) -> None:
        defaults = COUNTRY_DEFAULTS.get(text.strip().upper())
        if defaults and self._current is not None and self._current.market.code != text:
            self.currency.setText(defaults[0])
            self.timezone.setText(defaults[1])

    def form_profile(self) -> StoredProfile | None:
        if self._current is None:
            return None
        market = Market(code=self.country.currentText().strip().upper(),
                        currency=self.currency.text().strip().upper() or "EUR",
                        timezone=self.timezone.text().strip() or "UTC",
                        response_rule=self.rule.currentText().strip() or "hours:48",
                        region=self.region.text().strip().upper() or None)
        return replace(
            self._current, name=self.name.text().strip(), market=market,
            base_url=self.base_url.text().strip(), auth_scheme=self.auth.currentData(),
            role=Role(self.role.currentData()), proxy=self.proxy.text().strip() or None,
            ca_bundle=self.ca_bundle.text().strip() or None,
            requests_per_minute=self.budget.value() or None,
            sync_window_days=self.window_days.value())

    # -- actions -----------------------------------------------------------------------------
    def test(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        typed = self.key.text() or None
        self.outcome.setText(self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)

        def run() -> ConnectionTest:
            key = self.service.key_for_test(profile, typed)
            if not key:
                raise ProfileError("Enter the API key for this marketplace.")
            return check_connection(profile, key)

        self.runner.submit(run, lambda outcome: self._tested(profile, outcome), self._error,
                           lane="net")

    def _tested(self, profile: StoredProfile, outcome: ConnectionTest) -> None:
        self.test_button.setEnabled(True)
        self.last_test = outcome
        if outcome.ok and self._current is not None and self._current.id == profile.id:
            # Saved with the profile: the desk shows the SANDBOX banner for a sandbox.
            self._current = replace(self._current, sandbox=outcome.sandbox)
        if outcome.ok:
            role = {Role.AGENT: self.tr("an agent"), Role.REVIEWER: self.tr("a dispute reviewer"),
                    Role.SUPERVISOR: self.tr("a supervisor")}.get(
                        outcome.role or profile.role, self.tr("signed in"))
            self.outcome.setText(self.tr("Connection OK – you are {0} on {1}.").format(
                role, profile.name))
            return
        reasons = {
            "key_refused": self.tr("The marketplace refused the key. Check it and the way it "
                                   "is sent (API key or Bearer token)."),
            "forbidden": self.tr("The key works but its role may not read this marketplace."),
            "offline": self.tr("The marketplace cannot be reached. Check the address, the "
                               "proxy and the network."),
            "degraded": self.tr("The marketplace answered with an error; try again later."),
        }
        text = reasons.get(outcome.state.value, self.tr("The connection failed."))
        if outcome.detail:
            text += "\n" + self.tr("Details: {0}").format(outcome.detail)
        self.outcome.setText(text)

    def save(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        key = self.key.text() or None
        self.runner.submit(lambda: self.service.save(profile, key),
                           lambda _none: self._saved(profile), self._error)

    def _saved(self, profile: StoredProfile) -> None:
        self.key.clear()
        self._current = profile
        self.outcome.setText(self.tr("Saved. The key is in the system keyring."))
        self.reload(profile.id)
        self.profiles_changed.emit()

    def remove_profile(self) -> None:
        if self._current is None:
            return
        profile = self._current
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove connection"),
            self.tr("Remove the connection {0} and delete its key from the system keyring?\n\n"
                    "Cached data of market {1} stays until the cache is cleared.").format(
                profile.name, profile.market.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.runner.submit(
            lambda: self.service.remove(profile.id), lambda _none: self._removed(),
            self._error))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _removed(self) -> None:
        self._current = None
        self.editor.setEnabled(False)
        self.reload()
        self.profiles_changed.emit()

    def _error(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, KeyringUnavailable) and isinstance(self.service.secrets,
                                                                 SecretStore):
            self._offer_session_only(error)
            return
        self.outcome.setText(getattr(error, "user_message", None) or str(error))

    def _offer_session_only(self, error: KeyringUnavailable) -> None:
        """No usable keyring: explain, and offer to keep the key in memory for this session."""
        store = self.service.secrets
        assert isinstance(store, SecretStore)
        dialog = KeyringDialog(error.status, self.name.text(), store, self)
        dialog.accepted.connect(lambda: self.save() if dialog.choice in (
            KeyringChoice.SESSION_ONLY, KeyringChoice.RETRY) else None)
        dialog.rejected.connect(lambda: self.outcome.setText(self.tr(
            "The key was not stored; nothing was saved.")))
        dialog.finished.connect(dialog.deleteLater)
        self.keyring_dialog = dialog
        dialog.open()
