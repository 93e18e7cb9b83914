"""When the system has no usable keyring: say so, and offer to keep the key for this session.

Keys never fall back to a file. The user chooses between fixing the keyring (and trying
again) and keeping the key in memory until the desk closes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from operator_desk.services.secrets import KeyringState, KeyringStatus, SecretStore

from . import theme


class KeyringChoice(StrEnum):
    SESSION_ONLY = "session_only"
    RETRY = "retry"
    CANCEL = "cancel"


class KeyringDialog(QDialog):
    """Explains why keys cannot be stored and what the user can do about it.

    With ``store``, choosing "Keep for this session only" records the consent there
    (``SecretStore.allow_session_only``, a flag in memory); ``choice`` tells the caller what
    was chosen: store the key again, ask the keyring again, or give up.
    """

    def __init__(self, status: KeyringStatus, profile_name: str = "",
                 store: SecretStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.store = store
        self.choice = KeyringChoice.CANCEL
        self.setWindowTitle(self.tr("No usable keyring"))
        self.setModal(True)

        if status.state is KeyringState.UNAVAILABLE:
            what = self.tr("This system has no keyring service, so Operator Desk cannot store "
                           "the key{0} safely.")
        else:
            what = self.tr("The system keyring could not be used, so Operator Desk cannot store "
                           "the key{0} safely.")
        self.headline = QLabel(what.format(
            self.tr(" for {0}").format(profile_name) if profile_name else ""))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)

        self.details = QLabel(self.tr(
            "Marketplace keys are kept only in the system keyring (GNOME Keyring or KWallet "
            "on Linux, the Keychain on macOS, Credential Manager on Windows), never in a "
            "file.\n\n"
            "You can start or install a keyring service and try again, or keep the key for "
            "this session only: it stays in memory and is forgotten when the desk closes, so "
            "you will be asked for it again next time.\n\n"
            "Reason: {0}").format(status.reason or status.state.value))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.backend = QLabel(self.tr("Keyring backend: {0}").format(status.backend))
        self.backend.setTextFormat(Qt.TextFormat.PlainText)
        self.backend.setStyleSheet(theme.secondary_style())
        self.backend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.session_button = buttons.addButton(self.tr("Keep for this session only"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry_button = buttons.addButton(self.tr("Try again"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.session_button.clicked.connect(lambda: self._choose(KeyringChoice.SESSION_ONLY))
        self.retry_button.clicked.connect(lambda: self._choose(KeyringChoice.RETRY))
        self.cancel_button.clicked.connect(lambda: self._choose(KeyringChoice.CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.backend)
        layout.addWidget(buttons)
        # Trying again is the safe choice, so it is what Return does (set once the buttons
        # belong to the dialog, or the button box picks the first accept button).
        self.session_button.setAutoDefault(False)
        self.retry_button.setDefault(True)
        self.resize(520, self.sizeHint().height())

    def _choose(self, choice: KeyringChoice) -> None:
        self.choice = choice
        if choice is KeyringChoice.SESSION_ONLY and self.store is not None:
            self.store.allow_session_only()
        if choice is KeyringChoice.CANCEL:
            self.reject()
        else:
            self.accept()
