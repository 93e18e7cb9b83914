"""Secrets live in the keyring only; without a keyring the desk says so and never writes them."""

from __future__ import annotations

import logging
import secrets as random_secrets
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest

from operator_desk.services.secrets import (
    REDACTED,
    SERVICE_NAME,
    KeyringState,
    KeyringUnavailable,
    RedactingFilter,
    Redactor,
    SecretStore,
    SecretStoreError,
    StoredIn,
    install_log_redaction,
)
from tests.memory_keyring import LockedKeyring, MemoryKeyring


def _key() -> str:
    return random_secrets.token_urlsafe(30)


def _files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_keys_round_trip_through_the_keyring_under_the_desk_service_name() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    assert store.available().usable
    de, es = _key(), _key()
    assert store.set("profile-de", de) is StoredIn.KEYRING
    store.set("profile-es", es)
    assert backend.passwords[(SERVICE_NAME, "profile-de")] == de
    assert store.get("profile-de") == de and store.get("profile-es") == es
    assert store.get("unknown") is None
    store.delete("profile-de")
    assert store.get("profile-de") is None
    store.delete("profile-de")  # deleting twice is not an error
    with pytest.raises(SecretStoreError):
        store.set("profile-de", "")


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(),
                                     keyring.backends.null.Keyring()],
                         ids=["fail", "null"])
def test_no_keyring_is_reported_and_nothing_is_stored_without_consent(
        backend: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A headless Linux without Secret Service: keyring falls back to its "fail" backend.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    store = SecretStore(backend)  # type: ignore[arg-type]
    status = store.available()
    assert not status.usable and status.state is KeyringState.UNAVAILABLE
    assert "no keyring service" in status.reason
    assert not status.session_only
    key = _key()
    with pytest.raises(KeyringUnavailable) as refused:
        store.set("profile-de", key)
    assert "session only" in refused.value.user_message
    assert key not in refused.value.user_message
    with pytest.raises(KeyringUnavailable):
        store.get("profile-de")
    # Only after the user agreed: in memory, for this session.
    store.allow_session_only()
    assert store.available().session_only
    assert store.set("profile-de", key) is StoredIn.SESSION
    assert store.get("profile-de") == key
    assert list(store.profiles_in_session()) == ["profile-de"]
    # A new desk (a new store over the same system) knows nothing: it was never written.
    restarted = SecretStore(backend)  # type: ignore[arg-type]
    restarted.allow_session_only()
    assert restarted.get("profile-de") is None
    assert _files_containing(tmp_path, key) == []
    store.delete("profile-de")
    assert store.get("profile-de") is None


def test_a_locked_keyring_is_failing_not_missing() -> None:
    store = SecretStore(LockedKeyring())
    status = store.available()
    assert status.state is KeyringState.FAILING and "locked" in status.reason
    with pytest.raises(KeyringUnavailable) as refused:
        store.set("p", _key())
    assert refused.value.status.state is KeyringState.FAILING


def test_keys_that_pass_through_the_store_are_scrubbed_from_log_files(tmp_path: Path) -> None:
    redactor = Redactor()
    store = SecretStore(MemoryKeyring(), redactor=redactor)
    key = _key()
    store.set("profile-de", key)
    log_file = tmp_path / "desk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    install_log_redaction(handler, redactor)
    install_log_redaction(handler, redactor)  # idempotent
    assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
    logger = logging.getLogger("tests.security.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.info("a library printed the header Authorization: %s", key)
        logger.debug(f"in an f-string too: {key}")
        try:
            raise RuntimeError(f"request failed with key {key}")
        except RuntimeError:
            logger.exception("and in a traceback")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log_file.read_text("utf-8")
    assert key not in text
    assert text.count(REDACTED) >= 3
    assert "RuntimeError" in text  # the traceback itself is kept


def test_short_values_are_not_registered_so_logs_stay_readable() -> None:
    redactor = Redactor()
    redactor.register("abc")
    assert redactor.scrub("abc def") == "abc def"
    redactor.register("long-enough-secret")
    assert redactor.scrub("x long-enough-secret y") == f"x {REDACTED} y"
    redactor.forget("long-enough-secret")
    assert redactor.scrub("long-enough-secret") == "long-enough-secret"
