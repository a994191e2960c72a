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
* The **cost** of scrypt follows current guidance (OWASP: N=2^17, r=8, p=1; ~0.5 s and 128 MiB
  per try). A key file written with a lower cost is rewrapped at the next unlock by passphrase
  (``needs_upgrade``). A key file asking for a cost outside sane bounds is refused before any
  work (``KdfOutOfBounds``): it is damaged or not ours, and the recovery key still opens the
  caseload, since it never goes through the key file.
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
MIN_PASSPHRASE = 12
MIN_DISTINCT = 5  # "aaaaaaaaaaaa" or "abababababab" is long, not strong
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


class KdfOutOfBounds(KeyFileDamaged):
    """The key file asks for a key-derivation cost no CaseDesk writes (a damaged or crafted file)."""


# Sane bounds for a key file's scrypt settings: the weakest any CaseDesk wrote (tests) to what an
# ordinary computer can run in a few seconds (1 GiB of memory at most).
N_MIN, N_MAX, R_MAX, P_MAX, MEMORY_MAX = 2 ** 10, 2 ** 20, 32, 16, 1 << 30


@dataclass(frozen=True)
class Kdf:
    """scrypt cost. The default is current guidance; tests pass a cheaper one explicitly."""

    n: int = 2 ** 17
    r: int = 8
    p: int = 1

    def in_bounds(self) -> bool:
        values = (self.n, self.r, self.p)
        return (all(type(v) is int for v in values) and N_MIN <= self.n <= N_MAX and self.n & (self.n - 1) == 0
                and 1 <= self.r <= R_MAX and 1 <= self.p <= P_MAX and 128 * self.n * self.r * self.p <= MEMORY_MAX)

    def check(self) -> None:
        if not self.in_bounds():
            raise KdfOutOfBounds(
                "the key file asks for key-derivation settings outside what CaseDesk accepts, so it is damaged "
                "or was not written by CaseDesk; nothing was changed. Open the caseload with its recovery key "
                "(it does not need the key file), then set a new passphrase (File > Change Passphrase, or "
                "`casedesk passphrase`), which writes a sound key file")

    def weaker_than(self, other: Kdf) -> bool:
        return self.n * self.r * self.p < other.n * other.r * other.p

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        self.check()
        return hashlib.scrypt(secret, salt=salt, n=self.n, r=self.r, p=self.p,
                              maxmem=256 * self.n * self.r * self.p + (1 << 20), dklen=64)


DEFAULT_KDF = Kdf()


DAMAGED_ADVICE = ("open the caseload with its recovery key (it does not need the key file), then set a new "
                  "passphrase, which writes a sound key file")
DAMAGED = f"damaged or not a CaseDesk key file; {DAMAGED_ADVICE}"


def key_file_for(database: Path) -> Path:
    """``casedesk.sqlite3`` -> ``casedesk.key.json`` in the same folder."""
    database = Path(database)
    return database.with_name(database.stem + ".key.json")


# --- secrets as typed ----------------------------------------------------------------------------

def passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase as bytes, the same whichever keyboard or system composed its accents.
    (``surrogatepass``: an undecodable environment variable is just a wrong passphrase, not a crash.)"""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


# Passwords and phrases every guessing list tries first (folded: lower case, letters and digits only).
# Short ones matter too: "password1234" is "password" with digits added.
COMMON = frozenset({
    "password", "passw0rd", "p4ssw0rd", "motdepasse", "contrasena", "contrasenia", "passwort", "wachtwoord",
    "letmein", "welcome", "iloveyou", "admin", "administrator", "root", "qwerty", "azerty", "qwertz", "asdfgh",
    "zxcvbn", "monkey", "dragon", "football", "baseball", "soccer", "hockey", "sunshine", "princess", "shadow",
    "master", "superman", "batman", "trustno1", "abc123", "starwars", "whatever", "freedom", "secret", "hello",
    "hellothere", "goodmorning", "computer", "internet", "changeme", "default", "casedesk", "canada",
    "immigration", "lawyer", "client", "clients", "caseload", "iloveyou2", "loveyou", "jesus", "blessed",
    "summer", "winter", "autumn", "spring", "michael", "jennifer", "jordan", "charlie", "thomas", "daniel",
    "ashley", "jessica", "pokemon", "naruto", "killer", "correcthorsebatterystaple", "thequickbrownfox",
    "thequickbrownfoxjumpsoverthelazydog", "opensesame", "letmeinplease", "passwordpassword", "mypassword",
    "mypassphrase", "passphrase", "thisismypassword"
})
_SEQUENCES = ("0123456789012345678901234567890", "9876543210987654321098765432109",
              "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba",
              "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "qwertzuiopasdfghjklyxcvbnm",
              "1qaz2wsx3edc4rfv5tgb6yhn", "qazwsxedcrfvtgbyhnujm")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text).casefold() if c.isalnum() and c.isascii())


def passphrase_weakness(passphrase: str) -> str | None:
    """Why ``passphrase`` is too weak to protect a caseload, or None. The rule (after NIST SP 800-63B
    and OWASP): long enough, and not a password every guessing list tries first."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return "the passphrase holds characters that are not text; type it again"
    text = unicodedata.normalize("NFC", passphrase)
    if not text.strip():
        return "a passphrase cannot be only spaces"
    if len(text) < MIN_PASSPHRASE:
        return (f"choose a passphrase of at least {MIN_PASSPHRASE} characters (this one has {len(text)}); "
                "a few unrelated words are easy to remember and hard to guess")
    folded = _fold(text)
    if len(set(text.casefold())) < MIN_DISTINCT:
        return "this passphrase repeats a few characters; choose a few unrelated words instead"
    if folded and any(folded in seq for seq in _SEQUENCES):
        return "this passphrase is a run of keys or digits, among the first tried; choose a few unrelated words"
    core = folded.strip("0123456789")
    if folded in COMMON or core in COMMON or (core and any(core == w * (len(core) // len(w)) for w in COMMON)):
        return "this passphrase is one of the most common passwords, among the first tried; choose a few " \
               "unrelated words instead"
    return None


def check_new_passphrase(passphrase: str) -> None:
    why = passphrase_weakness(passphrase)
    if why is not None:
        raise WeakPassphrase(why)


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
        return self.unlock_with(secret)[0]

    def unlock_with(self, secret: str) -> tuple[bytes, bool]:
        """(the data key, whether ``secret`` was the passphrase rather than the recovery key)."""
        raw = parse_recovery_key(secret)
        if raw is not None and self.matches(data_key_from_recovery(raw)):
            return data_key_from_recovery(raw), False  # no scrypt for a recovery key (its entropy suffices)
        try:
            return self.unwrap(secret), True
        except WrongPassphrase:
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
            kdf = Kdf(slot["n"], slot["r"], slot["p"])  # checked below, types included (no 2.5, no true)
            keys = cls(str(doc["id"]), str(doc["key_check"]), kdf, _unb64(slot["salt"]), _unb64(slot["wrapped"]),
                       _unb64(slot["tag"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeyFileDamaged(DAMAGED) from None
        kdf.check()
        if len(keys.wrapped) != KEY_BYTES or len(keys.tag) != 32 or len(keys.salt) < 16:
            raise KeyFileDamaged(DAMAGED)
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
            raise KeyFileDamaged(f"{path.name}: {DAMAGED}") from None
        except OSError as exc:  # a folder in its place, no permission
            raise KeyFileDamaged(f"{path.name}: cannot be read ({exc.strerror}); {DAMAGED_ADVICE}") from None
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            raise KeyFileDamaged(f"{path.name}: {DAMAGED}") from None
        try:
            return cls.from_json(doc)
        except KdfOutOfBounds:
            raise
        except KeyFileDamaged:
            raise KeyFileDamaged(f"{path.name}: {DAMAGED}") from None

    def save(self, path: Path) -> None:
        """Written whole or not at all, readable by its owner only."""
        path = Path(path)
        with atomic_write(path, "w", encoding="utf-8") as out:
            json.dump(self.to_json(), out, indent=2)
            out.write("\n")
        if os.name == "posix":
            os.chmod(path, 0o600)


# --- a recovery key kept, sealed, until it has been shown -------------------------------------------

_SEAL_LABEL = b"casedesk recovery seal v1"


def _seal_pad(data_key: bytes, nonce: bytes) -> bytes:
    return hmac.new(data_key, _SEAL_LABEL + b"|pad|" + nonce, hashlib.sha256).digest()[:RECOVERY_BYTES]


def seal_recovery(data_key: bytes, recovery_key: str) -> dict[str, str]:
    """The recovery key sealed under the data key it derives (only the caseload's secrets open it):
    what an interrupted encryption keeps until the key has been shown."""
    raw = parse_recovery_key(recovery_key)
    if raw is None:
        raise ValueError("not a recovery key")
    nonce = secrets.token_bytes(16)
    sealed = bytes(a ^ b for a, b in zip(raw, _seal_pad(data_key, nonce), strict=True))
    tag = hmac.new(data_key, _SEAL_LABEL + b"|tag|" + nonce + sealed, hashlib.sha256).digest()
    return {"nonce": _b64(nonce), "sealed": _b64(sealed), "tag": _b64(tag)}


def unseal_recovery(data_key: bytes, doc: object) -> str | None:
    """The recovery key ``seal_recovery`` sealed, as shown to the user; None if it does not open."""
    if not isinstance(doc, dict):
        return None
    try:
        nonce, sealed, tag = _unb64(doc.get("nonce")), _unb64(doc.get("sealed")), _unb64(doc.get("tag"))
    except ValueError:
        return None
    expected = hmac.new(data_key, _SEAL_LABEL + b"|tag|" + nonce + sealed, hashlib.sha256).digest()
    if len(sealed) != RECOVERY_BYTES or not hmac.compare_digest(expected, tag):
        return None
    raw = bytes(a ^ b for a, b in zip(sealed, _seal_pad(data_key, nonce), strict=True))
    if data_key_from_recovery(raw) != data_key:
        return None
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))
