"""Keys for an encrypted caseload: the data key, the passphrase that unlocks it, the recovery key.

SQLCipher encrypts the database under a random 256-bit **data key** given to it raw
(``PRAGMA key = "x'<hex>'"``), so SQLCipher's own key derivation is skipped and the data key
never changes when the passphrase does.

* The **recovery key** is 200 random bits shown once as 8 groups of 5 base32 characters
  (``ABCDE-FGHIJ-…``). The data key is derived from it with HKDF-SHA256, so the recovery key
  alone opens the database, even if the key file is lost. Its entropy makes a slow KDF
  unnecessary.
* The **key file** beside the database (``casedesk.key.json``, mode 0600) holds the data key
  wrapped under the passphrase: scrypt(passphrase, salt) gives 64 bytes, the first 32 are XORed
  with the data key, the other 32 key an HMAC-SHA256 tag over the salt, the parameters and the
  wrapped bytes. A wrong passphrase fails the tag before the database is touched.
  Why this and not AES-GCM: the wrapped secret is 32 uniformly random bytes and every wrap uses
  a fresh salt, so the scrypt output is a one-time pad and the HMAC (under an independent half of
  the derived bytes, checked in constant time) gives integrity: encrypt-then-MAC from the
  standard library only, with no new dependency. The file also keeps ``key_check``
  (HMAC-SHA256(data key, constant)), which tells whether a data key (from the recovery key or the
  OS keyring) belongs to this caseload; it reveals nothing about a 256-bit random key.
* **Changing the passphrase** rewraps the data key under a fresh salt: the old passphrase stops
  opening this key file at once. A copy of the *old* key file would still open with the old
  passphrase (as would the recovery key, which does not change): that is the price of keeping
  every encrypted backup readable after a change.

Nothing here logs or returns a secret in a message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import atomic_write
from .errors import StorageError

FORMAT = "casedesk.key/1"
KEY_BYTES = 32
RECOVERY_BYTES = 25  # 200 bits: 40 base32 characters, no padding
RECOVERY_GROUP = 5
MIN_PASSPHRASE = 8
_HKDF_SALT = b"casedesk recovery key v1"
_HKDF_INFO = b"casedesk sqlcipher data key"
_CHECK_LABEL = b"casedesk key check v1"


class EncryptionError(StorageError):
    """An encrypted caseload cannot be unlocked or changed as asked; the message says why."""


class WrongPassphrase(EncryptionError):
    pass


class KeyFileMissing(EncryptionError):
    pass


class KeyFileDamaged(EncryptionError):
    pass


class Locked(EncryptionError):
    """The caseload is encrypted and no passphrase was given."""


class WeakPassphrase(EncryptionError):
    pass


@dataclass(frozen=True)
class Kdf:
    """scrypt cost. The default is the strong one; tests pass a cheaper one explicitly."""

    n: int = 2 ** 15
    r: int = 8
    p: int = 1

    def check(self) -> None:
        if not (2 ** 10 <= self.n <= 2 ** 22 and self.n & (self.n - 1) == 0 and 1 <= self.r <= 32
                and 1 <= self.p <= 16 and 128 * self.n * self.r * self.p <= 1 << 30):
            raise KeyFileDamaged("the key file names key-derivation settings CaseDesk does not accept")

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        self.check()
        return hashlib.scrypt(secret, salt=salt, n=self.n, r=self.r, p=self.p,
                              maxmem=256 * self.n * self.r * self.p + (1 << 20), dklen=64)


DEFAULT_KDF = Kdf()


def key_file_for(database: Path) -> Path:
    """``casedesk.sqlite3`` -> ``casedesk.key.json`` in the same folder."""
    database = Path(database)
    return database.with_name(database.stem + ".key.json")


# --- secrets as typed ----------------------------------------------------------------------------

def passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase as bytes, the same whichever keyboard or system composed its accents.
    (``surrogatepass``: an undecodable environment variable is just a wrong passphrase, not a crash.)"""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def check_new_passphrase(passphrase: str) -> None:
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise WeakPassphrase("the passphrase holds characters that are not text; type it again") from None
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE:
        raise WeakPassphrase(f"choose a passphrase of at least {MIN_PASSPHRASE} characters")
    if not passphrase.strip():
        raise WeakPassphrase("a passphrase cannot be only spaces")


_BASE32 = re.compile(r"[A-Z2-7]{%d}" % (RECOVERY_BYTES * 8 // 5))  # noqa: UP031 - the braces are the pattern's
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> str:
    raw = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes | None:
    """The recovery key's bytes, ignoring case, spaces and dashes (0/1/8 read as O/I/B); None if
    ``text`` cannot be one."""
    compact = re.sub(r"[\s\-_.]", "", text).upper().translate(_CONFUSABLE)
    if not _BASE32.fullmatch(compact):
        return None
    return base64.b32decode(compact)


def data_key_from_recovery(raw: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) of the recovery key's 200 random bits: the database's data key."""
    prk = hmac.new(_HKDF_SALT, raw, hashlib.sha256).digest()
    return hmac.new(prk, _HKDF_INFO + b"\x01", hashlib.sha256).digest()


def key_check(data_key: bytes) -> str:
    return hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def sqlcipher_key_pragma(data_key: bytes) -> str:
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


# --- the key file --------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text, validate=True)


def _tag(mac_key: bytes, kdf: Kdf, salt: bytes, wrapped: bytes) -> bytes:
    header = f"{FORMAT}|scrypt|{kdf.n}|{kdf.r}|{kdf.p}|".encode("ascii")
    return hmac.new(mac_key, header + salt + wrapped, hashlib.sha256).digest()


@dataclass
class KeyFile:
    """The data key wrapped under the passphrase, plus what tells a data key belongs here."""

    id: str
    check: str
    kdf: Kdf
    salt: bytes = field(repr=False)
    wrapped: bytes = field(repr=False)
    tag: bytes = field(repr=False)

    @classmethod
    def create(cls, data_key: bytes, passphrase: str, kdf: Kdf = DEFAULT_KDF) -> KeyFile:
        keys = cls(secrets.token_hex(16), key_check(data_key), kdf, b"", b"", b"")
        keys.rewrap(data_key, passphrase, kdf)
        return keys

    def rewrap(self, data_key: bytes, passphrase: str, kdf: Kdf | None = None) -> None:
        """Wrap the data key under ``passphrase`` with a fresh salt (the old passphrase stops working)."""
        kdf = kdf or self.kdf
        salt = secrets.token_bytes(16)
        derived = kdf.derive(passphrase_bytes(passphrase), salt)
        wrapped = bytes(a ^ b for a, b in zip(data_key, derived[:KEY_BYTES], strict=True))
        self.kdf, self.salt, self.wrapped = kdf, salt, wrapped
        self.tag = _tag(derived[KEY_BYTES:], kdf, salt, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        derived = self.kdf.derive(passphrase_bytes(passphrase), self.salt)
        if not hmac.compare_digest(_tag(derived[KEY_BYTES:], self.kdf, self.salt, self.wrapped), self.tag):
            raise WrongPassphrase("wrong passphrase")
        data_key = bytes(a ^ b for a, b in zip(self.wrapped, derived[:KEY_BYTES], strict=True))
        if not self.matches(data_key):
            raise KeyFileDamaged("the key file is damaged (its check does not match)")
        return data_key

    def matches(self, data_key: bytes) -> bool:
        return hmac.compare_digest(key_check(data_key), self.check)

    def unlock(self, secret: str) -> bytes:
        """The data key from the passphrase, or from the recovery key typed in its place."""
        try:
            return self.unwrap(secret)
        except WrongPassphrase:
            raw = parse_recovery_key(secret)
            if raw is not None and self.matches(data_key_from_recovery(raw)):
                return data_key_from_recovery(raw)
            raise WrongPassphrase("wrong passphrase or recovery key; nothing was changed") from None

    # --- on disk ---

    def to_json(self) -> dict:
        return {"format": FORMAT, "id": self.id, "cipher": "sqlcipher4 raw key", "key_check": self.check,
                "passphrase": {"kdf": "scrypt", "n": self.kdf.n, "r": self.kdf.r, "p": self.kdf.p,
                               "salt": _b64(self.salt), "wrapped": _b64(self.wrapped), "tag": _b64(self.tag)}}

    @classmethod
    def from_json(cls, doc: object) -> KeyFile:
        try:
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("format")
            slot = doc["passphrase"]
            if slot.get("kdf") != "scrypt":
                raise ValueError("kdf")
            kdf = Kdf(int(slot["n"]), int(slot["r"]), int(slot["p"]))
            keys = cls(str(doc["id"]), str(doc["key_check"]), kdf, _unb64(slot["salt"]), _unb64(slot["wrapped"]),
                       _unb64(slot["tag"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeyFileDamaged("the key file is damaged or not a CaseDesk key file") from None
        kdf.check()
        if len(keys.wrapped) != KEY_BYTES or len(keys.tag) != 32 or len(keys.salt) < 16:
            raise KeyFileDamaged("the key file is damaged or not a CaseDesk key file")
        return keys

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KeyFileMissing(f"the caseload is encrypted but its key file {path.name} is missing from "
                                 f"{path.parent}; unlock it with the recovery key, or put the key file back") from None
        except UnicodeDecodeError:
            raise KeyFileDamaged(f"{path.name}: damaged or not a CaseDesk key file") from None
        try:
            doc = json.loads(text)
        except ValueError:
            raise KeyFileDamaged(f"{path.name}: damaged or not a CaseDesk key file") from None
        return cls.from_json(doc)

    def save(self, path: Path) -> None:
        """Written whole or not at all, readable by its owner only."""
        path = Path(path)
        with atomic_write(path, "w", encoding="utf-8") as out:
            json.dump(self.to_json(), out, indent=2)
            out.write("\n")
        if os.name == "posix":
            os.chmod(path, 0o600)
