"""Marketplace keys and the team server's password: in the OS keyring, and nowhere else.

``SecretStore`` keeps one secret per profile under the service name ``operator-desk``. When the
system has no usable keyring (a headless Linux without Secret Service, a locked keychain), it
says so through ``available()`` and refuses to store anything, until the user agrees to keep
keys for this session only (``allow_session_only()``); then secrets live in this process's
memory and are gone when the desk closes. There is no plaintext fallback, ever.

Every secret that passes through the store is registered with the process-wide
``Redactor``, so log lines and crash reports can scrub it even when some library put it in
an error message.

All methods may block (a keyring may ask the user to unlock it): call them off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_NAME = "operator-desk"
REDACTED = "[secret]"
MIN_REDACTED_CHARS = 6  # shorter values would scrub ordinary words out of log lines


class Redactor:
    """Known secret values, and the means to scrub them from any text."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()

    def register(self, secret: str) -> None:
        if len(secret) >= MIN_REDACTED_CHARS:
            with self._lock:
                self._values.add(secret)

    def forget(self, secret: str) -> None:
        with self._lock:
            self._values.discard(secret)

    def scrub(self, text: str) -> str:
        """``text`` with every known secret replaced by ``[secret]``."""
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for value in values:
            if value in text:
                text = text.replace(value, REDACTED)
        return text


REDACTOR = Redactor()
"""The process-wide redactor the secret store feeds and the log filter reads."""


class RedactingFilter(logging.Filter):
    """A logging filter that renders each record and scrubs known secrets from it.

    Attached to the desk's log handlers, so a key that some library put into an exception
    message or a debug line never reaches the log file.
    """

    def __init__(self, redactor: Redactor = REDACTOR) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        scrubbed = self.redactor.scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and record.exc_info[1] is not None:
            import traceback

            text = "".join(traceback.format_exception(*record.exc_info))
            if self.redactor.scrub(text) != text:
                record.exc_text = self.redactor.scrub(text).rstrip("\n")
                record.exc_info = None
        return True


def install_log_redaction(handler: logging.Handler, redactor: Redactor = REDACTOR) -> None:
    """Scrub known secrets from everything ``handler`` writes (the app calls this at start)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter(redactor))


class KeyringState(StrEnum):
    USABLE = "usable"
    UNAVAILABLE = "unavailable"  # no backend at all (headless Linux without Secret Service)
    FAILING = "failing"  # a backend exists but refuses (locked, D-Bus error, denied)


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether secrets can be kept in the OS keyring, and if not, why."""

    state: KeyringState
    backend: str  # the keyring backend's name, for the help text and the logs
    reason: str  # empty when usable
    session_only: bool  # the user agreed to keep secrets in memory for this session

    @property
    def usable(self) -> bool:
        return self.state is KeyringState.USABLE


class StoredIn(StrEnum):
    KEYRING = "keyring"
    SESSION = "session"  # memory only, gone when the desk closes


class SecretStoreError(Exception):
    """A secret could not be stored or read; ``user_message`` says what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class KeyringUnavailable(SecretStoreError):
    """No usable keyring and no consent to keep secrets for this session only."""

    def __init__(self, status: KeyringStatus) -> None:
        super().__init__(
            f"No usable keyring ({status.reason}). Keys are kept only in the system keyring; "
            "start a keyring service, or agree to keep the key for this session only.")
        self.status = status


def _backend_name(backend: Any) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _leaf_backends(backend: Any) -> list[Any]:
    # The chainer tries several backends; it is usable when one of them is.
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return list(inner)
    return [backend]


class SecretStore:
    """One secret per profile, in the OS keyring (or, with consent, this session's memory).

    ``backend`` is injected (tests pass an in-memory one); by default it is whatever
    ``keyring`` chose for this system.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None,
                 service: str = SERVICE_NAME, redactor: Redactor = REDACTOR) -> None:
        self._backend = backend
        self.service = service
        self.redactor = redactor
        self._session: dict[str, str] = {}
        self._session_only = False
        self._lock = threading.Lock()

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    # -- status ------------------------------------------------------------------------------
    def available(self) -> KeyringStatus:
        """Whether the keyring can be used now; asks it once (it may prompt to unlock)."""
        backend = self.backend
        name = _backend_name(backend)
        leaves = _leaf_backends(backend)
        if not leaves or all(_is_placeholder(b) for b in leaves):
            return KeyringStatus(KeyringState.UNAVAILABLE, name,
                                 "this system has no keyring service (such as GNOME Keyring, "
                                 "KWallet, the macOS Keychain or Windows Credential Manager)",
                                 self._session_only)
        try:
            backend.get_password(self.service, "__operator-desk-probe__")
        except keyring.errors.KeyringLocked:
            return KeyringStatus(KeyringState.FAILING, name, "the keyring is locked",
                                 self._session_only)
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            log.warning("keyring %s is not usable: %s", name, type(exc).__name__)
            return KeyringStatus(KeyringState.FAILING, name,
                                 f"the keyring refused access ({type(exc).__name__})",
                                 self._session_only)
        return KeyringStatus(KeyringState.USABLE, name, "", self._session_only)

    def allow_session_only(self) -> None:
        """The user agreed: without a keyring, keep secrets in memory until the desk closes."""
        self._session_only = True
        log.info("secrets will be kept for this session only (no usable keyring)")

    @property
    def session_only(self) -> bool:
        return self._session_only

    # -- secrets -----------------------------------------------------------------------------
    def get(self, profile_id: str) -> str | None:
        """The profile's secret, or None when none is stored.

        Raises ``KeyringUnavailable`` when the keyring cannot be asked and the user has not
        agreed to session-only keys (the caller shows the keyring dialog)."""
        with self._lock:
            if profile_id in self._session:
                return self._session[profile_id]
        try:
            if _is_placeholder(self.backend):
                raise keyring.errors.NoKeyringError("no keyring backend")
            secret = self.backend.get_password(self.service, profile_id)
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            if self._session_only:
                return None
            raise KeyringUnavailable(self._failed_status(exc)) from exc
        if secret is not None:
            self.redactor.register(secret)
        return secret

    def set(self, profile_id: str, secret: str) -> StoredIn:
        """Store the profile's secret in the keyring, or in memory after consent.

        Raises ``KeyringUnavailable`` when neither is possible; the secret is then nowhere."""
        if not secret:
            raise SecretStoreError("An empty key cannot be stored.")
        self.redactor.register(secret)
        try:
            if _is_placeholder(self.backend):  # the null backend "stores" by dropping it
                raise keyring.errors.NoKeyringError("no keyring backend")
            self.backend.set_password(self.service, profile_id, secret)
            if self.backend.get_password(self.service, profile_id) != secret:
                raise keyring.errors.PasswordSetError("the keyring did not keep the key")
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            if not self._session_only:
                raise KeyringUnavailable(self._failed_status(exc)) from exc
            with self._lock:
                self._session[profile_id] = secret
            log.info("secret for profile %s kept for this session only", profile_id)
            return StoredIn.SESSION
        with self._lock:
            self._session.pop(profile_id, None)
        log.info("secret for profile %s stored in the keyring", profile_id)
        return StoredIn.KEYRING

    def delete(self, profile_id: str) -> None:
        """Forget the profile's secret wherever it is; no error when there was none."""
        with self._lock:
            secret = self._session.pop(profile_id, None)
        if secret is not None:
            self.redactor.forget(secret)
        try:
            self.backend.delete_password(self.service, profile_id)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored for this profile
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            if not self._session_only:
                raise KeyringUnavailable(self._failed_status(exc)) from exc
        log.info("secret for profile %s deleted", profile_id)

    def profiles_in_session(self) -> Iterable[str]:
        with self._lock:
            return tuple(self._session)

    def _failed_status(self, exc: BaseException) -> KeyringStatus:
        name = _backend_name(self.backend)
        if _is_placeholder(self.backend):
            return KeyringStatus(KeyringState.UNAVAILABLE, name,
                                 "this system has no keyring service", self._session_only)
        if isinstance(exc, keyring.errors.KeyringLocked):
            return KeyringStatus(KeyringState.FAILING, name, "the keyring is locked",
                                 self._session_only)
        return KeyringStatus(KeyringState.FAILING, name,
                             f"the keyring refused access ({type(exc).__name__})",
                             self._session_only)


def _is_placeholder(backend: Any) -> bool:
    """keyring's stand-ins for "no keyring": the fail backend and the null backend."""
    module = type(backend).__module__
    return module in ("keyring.backends.fail", "keyring.backends.null")
