"""An in-memory keyring backend for tests: a real ``KeyringBackend``, no OS service, no file.

Its priority is far below keyring's own placeholders, so keyring's automatic detection never
picks it up by accident; tests inject it into ``SecretStore`` explicitly.
"""

from __future__ import annotations

from typing import Any

import keyring.backend
import keyring.errors
from keyring.compat import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Passwords in a dict, keyed by (service, username)."""

    @properties.classproperty
    def priority(cls) -> float:
        return -100

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring that exists but stays locked (the user dismissed the unlock prompt)."""

    def get_password(self, service: str, username: str) -> Any:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")
