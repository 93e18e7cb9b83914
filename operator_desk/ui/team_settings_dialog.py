"""Team settings: work alone (a file on this computer) or with a team server.

The password field goes to the OS keyring when saved, never to a file. "Test connection"
runs on the network lane and reports what it found in plain words; saving also runs off the
UI thread (file and keyring).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.team_connection import (
    ConnectionCheck,
    TeamConfig,
    TeamConnector,
    TeamMode,
)

from . import theme
from .tasks import TaskRunner


class TeamSettingsDialog(QDialog):
    """Choose where the team's shared decisions, approvals and audit log live."""

    saved = Signal(object)  # the TeamConfig that was saved
    tested = Signal(object)  # the ConnectionCheck of the last test
    loaded = Signal()  # the saved settings are on screen; the form is usable

    def __init__(self, connector: TeamConnector, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connector = connector
        self._runner = runner
        self.last_check: ConnectionCheck | None = None
        self.setWindowTitle(self.tr("Team settings"))

        self.alone = QRadioButton(self.tr("Work alone (decisions and audit stay on this "
                                          "computer)"))
        self.server = QRadioButton(self.tr("Team server (shared with colleagues)"))
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.alone)
        self._modes.addButton(self.server)
        self.alone.setChecked(True)

        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://you@server:5432/desk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        self._server_fields = QWidget()
        self._server_fields.setLayout(form)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.alone)
        layout.addWidget(self.server)
        layout.addWidget(self._server_fields)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.server.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        # Until the saved choice is read (file I/O, off this thread) the form stays disabled,
        # so a late load can never overwrite what the user typed.
        self._set_form_enabled(False)
        self._runner.submit(self._connector.load, self._loaded,
                            lambda _error: self._set_form_enabled(True))

    # -- state -------------------------------------------------------------------------------
    def config(self) -> TeamConfig:
        mode = TeamMode.SERVER if self.server.isChecked() else TeamMode.ALONE
        return TeamConfig(mode, self.url.text().strip())

    def _mode_changed(self, server: bool) -> None:
        self._server_fields.setEnabled(server)
        self.outcome.clear()

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.alone, self.server, self.test_button, self.buttons):
            widget.setEnabled(enabled)
        self._server_fields.setEnabled(enabled and self.server.isChecked())

    def _loaded(self, config: TeamConfig) -> None:
        self.url.setText(config.server_url)
        (self.server if config.mode == TeamMode.SERVER else self.alone).setChecked(True)
        self._set_form_enabled(True)
        self.loaded.emit()

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    # -- test --------------------------------------------------------------------------------
    def test_connection(self) -> None:
        config, password = self.config(), self.password.text() or None
        if config.mode == TeamMode.SERVER and not config.server_url:
            self.outcome.setText(self.tr("Enter the team server's address first."))
            return
        self._busy(True)
        self.outcome.setText(self.tr("Connecting…"))
        self._runner.submit(lambda: self._connector.test(config, password), self._tested,
                            self._test_failed, lane="net")

    def _tested(self, check: ConnectionCheck) -> None:
        self._busy(False)
        self.last_check = check
        self.outcome.setText(check.message)
        self.outcome.setStyleSheet("" if check.ok else theme.label_style("#a3361f"))
        self.tested.emit(check)

    def _test_failed(self, error: BaseException) -> None:
        self._tested(ConnectionCheck(False, self.tr("The test failed: {0}").format(error)))

    # -- save --------------------------------------------------------------------------------
    def save(self) -> None:
        config, password = self.config(), self.password.text() or None
        self._busy(True)
        self._runner.submit(lambda: self._connector.save(config, password), self._saved,
                            self._save_failed, lane="net")

    def _saved(self, config: TeamConfig) -> None:
        self._busy(False)
        self.password.clear()
        self.saved.emit(config)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._busy(False)
        message = getattr(error, "user_message", None) or str(error)
        self.outcome.setText(self.tr("Not saved: {0}").format(message))
        self.outcome.setStyleSheet(theme.label_style("#a3361f"))
