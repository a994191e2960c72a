"""Remembering an encrypted caseload's data key in the OS keyring ("remember on this computer").

Optional: on a system without a keyring service (headless Linux gets ``keyring``'s ``fail``
backend) ``available()`` is False and the option is not offered. Any keyring failure (locked,
refused, D-Bus gone) means "not remembered", never an error the user has to read. The entry
holds the data key (hex) under the key file's random id, never a path or a name; a remembered key
is used only if the key file's check still matches it (see ``encryption.key_matches``).

Threat model: a key in the keyring protects against a stolen disk or a copied file, not against
someone who can use the logged-in session.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "CaseDesk caseload key"


class Keystore(Protocol):
    def available(self) -> bool: ...
    def get(self, key_id: str) -> bytes | None: ...
    def put(self, key_id: str, data_key: bytes) -> bool: ...
    def delete(self, key_id: str) -> None: ...


class OsKeyring:
    """The ``keyring`` package's default backend, looked up on first use."""

    def __init__(self) -> None:
        self._usable: bool | None = None

    def available(self) -> bool:
        if self._usable is None:
            try:
                import keyring
                from keyring.backends import fail

                backend = keyring.get_keyring()
                self._usable = (not isinstance(backend, fail.Keyring)
                                and type(backend).__module__ != "keyring.backends.null")
            except Exception as exc:  # no keyring package, a broken backend: simply not offered
                log.info("no OS keyring (%s)", type(exc).__name__)
                self._usable = False
        return self._usable

    def get(self, key_id: str) -> bytes | None:
        if not self.available():
            return None
        try:
            import keyring

            text = keyring.get_password(SERVICE, key_id)
            return bytes.fromhex(text) if text else None
        except Exception as exc:
            log.info("could not read the OS keyring (%s)", type(exc).__name__)
            return None

    def put(self, key_id: str, data_key: bytes) -> bool:
        if not self.available():
            return False
        try:
            import keyring

            keyring.set_password(SERVICE, key_id, data_key.hex())
            return True
        except Exception as exc:
            log.info("could not write to the OS keyring (%s)", type(exc).__name__)
            return False

    def delete(self, key_id: str) -> None:
        if not self.available():
            return
        try:
            import keyring

            keyring.delete_password(SERVICE, key_id)
        except Exception as exc:  # not there, or the keyring refused: nothing to do
            log.info("could not delete from the OS keyring (%s)", type(exc).__name__)


class MemoryKeystore:
    """A keystore in memory, for tests and for a session that must not touch the OS keyring."""

    def __init__(self, available: bool = True) -> None:
        self._available = available
        self.entries: dict[str, bytes] = {}

    def available(self) -> bool:
        return self._available

    def get(self, key_id: str) -> bytes | None:
        return self.entries.get(key_id)

    def put(self, key_id: str, data_key: bytes) -> bool:
        if not self._available:
            return False
        self.entries[key_id] = data_key
        return True

    def delete(self, key_id: str) -> None:
        self.entries.pop(key_id, None)
