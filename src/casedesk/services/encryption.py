"""Encryption at rest, as use-cases: unlock, encrypt, remove encryption, change the passphrase.

The mechanics are in ``storage/keys.py`` (data key, key file, recovery key) and
``storage/sqlfile.py`` (SQLCipher files). What this module decides:

* **Encrypting** converts the live caseload into a new encrypted file, checks it (integrity,
  every table's row count), writes the key file, and only then puts it in place of the plain one,
  whose bytes are overwritten. The **backups are converted too**, each in place under its own
  name, so the history is kept and no plain copy of the caseload is left in the backups folder;
  a backup that cannot be read (damaged) cannot be converted: it is left as it was and named in
  the result, for the user to delete. Files the user exported (case files, letters, calendars)
  are theirs and are not touched.
* **Removing encryption** is the same in reverse (backups included, since their key goes with
  the key file), then the key file is deleted.
* **Changing the passphrase** rewraps the data key (see ``keys.py``): the database and its
  backups are not rewritten, and the recovery key keeps working.
* Another CaseDesk with the caseload open stops a conversion (``DatabaseInUse``) before anything
  changes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..storage.database import Database
from ..storage.errors import StorageError
from ..storage.keys import (
    DEFAULT_KDF, MIN_PASSPHRASE, EncryptionError, Kdf, KeyFile, KeyFileMissing, WrongPassphrase,
    check_new_passphrase, data_key_from_recovery, key_file_for, new_recovery_key, parse_recovery_key,
)
from ..storage.sqlfile import (
    SQLITE_ERRORS, export_file, is_encrypted_file, probe, remove_with_sidecars, replace_and_wipe, wipe_file,
)
from .backups import PARTIAL, BackupService, parse_backup_name

log = logging.getLogger(__name__)

# ``progress(done, total)`` of a conversion: the caseload is the first step, each file in the
# backups folder one more (it cannot stop midway: a conversion is checked and swapped whole).
StepProgress = Callable[[int, int], None]

ENV_PASSPHRASE = "CASEDESK_PASSPHRASE"
ENV_RECOVERY_KEY = "CASEDESK_RECOVERY_KEY"
ENV_NEW_PASSPHRASE = "CASEDESK_NEW_PASSPHRASE"


@dataclass(frozen=True)
class ConversionReport:
    backups_converted: int
    backups_left: list[Path] = field(default_factory=list)  # could not be read, so not converted
    seconds: float = 0.0
    recovery_key: str | None = field(default=None, repr=False)  # encrypting only: show it once


def database_is_encrypted(db_file: Path) -> bool:
    return is_encrypted_file(db_file)


def unlock(db_file: Path, secret: str) -> bytes:
    """The data key of the encrypted caseload ``db_file`` from its passphrase or its recovery key.

    Raises ``WrongPassphrase`` (nothing is read but the key file, nothing is written) or
    ``KeyFileMissing`` (then only the recovery key can open it, and does).
    """
    db_file = Path(db_file)
    try:
        keys = KeyFile.load(key_file_for(db_file))
    except KeyFileMissing:
        raw = parse_recovery_key(secret)
        if raw is None:
            raise
        data_key = data_key_from_recovery(raw)
        probe(db_file, data_key)  # the only check left: SQLCipher's page HMACs
        return data_key
    return keys.unlock(secret)


def key_matches(db_file: Path, data_key: bytes) -> bool:
    """Whether a remembered data key (OS keyring) still belongs to this caseload's key file."""
    try:
        return KeyFile.load(key_file_for(db_file)).matches(data_key)
    except EncryptionError:
        return False


def key_file_id(db_file: Path) -> str | None:
    try:
        return KeyFile.load(key_file_for(db_file)).id
    except EncryptionError:
        return None


def _require_file(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise StorageError("encryption works on the built-in SQLite database; a server database is protected "
                           "by the server")
    return db.path


def encrypt(db: Database, passphrase: str, *, backups: BackupService | None = None,
            kdf: Kdf = DEFAULT_KDF, progress: StepProgress | None = None) -> ConversionReport:
    """Encrypt the open plain caseload ``db`` and its backups; the report holds the recovery key."""
    path = _require_file(db)
    step = _steps(Path(db.backups_dir), progress)
    if db.encrypted:
        raise EncryptionError("the caseload is already encrypted; change its passphrase instead")
    check_new_passphrase(passphrase)
    started = time.perf_counter()
    recovery = new_recovery_key()
    raw = parse_recovery_key(recovery)
    assert raw is not None  # a key just made always reads back
    data_key = data_key_from_recovery(raw)
    keys = KeyFile.create(data_key, passphrase, kdf)
    try:
        _convert_live(db, data_key, backups, before_swap=lambda: keys.save(key_file_for(path)))
        step(1)
    except Exception:
        if not db.encrypted:
            raise  # nothing was swapped: the caseload is as it was
        # Swapped: the caseload is encrypted, so the recovery key must reach the user whatever failed after.
        log.warning("encrypted, but the conversion did not finish cleanly")
    converted, left = convert_backups(Path(db.backups_dir), None, data_key, lambda n, _total: step(1 + n))
    seconds = time.perf_counter() - started
    log.info("caseload encrypted in %.2f s; %d backups encrypted, %d left", seconds, converted, len(left))
    return ConversionReport(converted, left, seconds, recovery)


def decrypt(db: Database, secret: str, *, backups: BackupService | None = None,
            progress: StepProgress | None = None) -> ConversionReport:
    """Remove encryption from the open caseload ``db`` and its backups, after checking ``secret``
    (its passphrase or recovery key) once more; then delete the key file."""
    path = _require_file(db)
    if not db.encrypted:
        raise EncryptionError("the caseload is not encrypted")
    if unlock(path, secret) != db.key:
        raise WrongPassphrase("wrong passphrase or recovery key; nothing was changed")
    step = _steps(Path(db.backups_dir), progress)
    started = time.perf_counter()
    old_key = db.key
    _convert_live(db, None, backups)
    step(1)
    converted, left = convert_backups(Path(db.backups_dir), old_key, None, lambda n, _total: step(1 + n))
    if not left:  # a backup still encrypted (a full disk, say) needs the key file to be read or converted later
        wipe_file(key_file_for(path))
    seconds = time.perf_counter() - started
    log.info("encryption removed in %.2f s; %d backups converted, %d left", seconds, converted, len(left))
    return ConversionReport(converted, left, seconds)


def change_passphrase(db_file: Path, secret: str, new_passphrase: str, *, kdf: Kdf | None = None) -> None:
    """Unlock with ``secret`` (the current passphrase or the recovery key) and wrap the data key
    under ``new_passphrase``. A missing key file is written anew from the recovery key."""
    db_file = Path(db_file)
    if not is_encrypted_file(db_file):
        raise EncryptionError("the caseload is not encrypted")
    check_new_passphrase(new_passphrase)
    data_key = unlock(db_file, secret)
    path = key_file_for(db_file)
    try:
        keys = KeyFile.load(path)
    except KeyFileMissing:
        keys = KeyFile.create(data_key, new_passphrase, kdf or DEFAULT_KDF)
    else:
        keys.rewrap(data_key, new_passphrase, kdf)
    keys.save(path)
    log.info("passphrase changed")


def _convert_live(db: Database, new_key: bytes | None, backups: BackupService | None,
                  before_swap: Callable[[], None] | None = None) -> None:
    """Convert the open caseload's file to ``new_key`` and reopen ``db`` on it."""
    path = db.file
    old_key = db.key
    temp = path.with_name(f".{path.name}.converting")
    remove_with_sidecars(temp)  # left by a crash during an earlier conversion
    if backups is not None:
        backups.close()  # its watch connection would hold the file open
    db.engine.dispose()

    def swap() -> None:
        if before_swap is not None:
            before_swap()
        replace_and_wipe(temp, path)

    try:
        export_file(path, old_key, temp, new_key, exclusive=True, then=swap)
    finally:
        # Whatever happened, reopen on the file as it now is: converted only if the swap was made.
        now_encrypted = is_encrypted_file(path)
        db.reopen((new_key or old_key) if now_encrypted else None)


def _steps(folder: Path, progress: StepProgress | None) -> Callable[[int], None]:
    """``step(done)`` reporting against the caseload plus every file now in the backups folder."""
    if progress is None:
        return lambda _done: None
    try:
        total = 1 + (sum(1 for _ in folder.iterdir()) if folder.is_dir() else 0)
    except OSError:
        total = 1
    progress(0, total)
    return lambda done: progress(min(done, total), total)


def convert_backups(folder: Path, old_key: bytes | None, new_key: bytes | None,
                    progress: StepProgress | None = None) -> tuple[int, list[Path]]:
    """Convert every backup in ``folder`` not yet under ``new_key``; (how many, those left as they were).
    ``progress(files looked at, files in the folder)`` after each file."""
    converted, left = 0, []
    try:
        paths = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        log.warning("the backups folder could not be read (%s)", type(exc).__name__)
        return converted, [folder]
    for n, path in enumerate(paths, start=1):
        if progress is not None and n > 1:
            progress(n - 1, len(paths))
        temp = path.with_name(f".{path.name}{PARTIAL}")
        try:  # one backup's trouble (unreadable, disk full) leaves it listed, never stops the others
            if path.name.endswith(PARTIAL) and path.name.startswith("."):
                wipe_file(path)  # an unfinished copy: never a backup, may be plain
                continue
            if parse_backup_name(path.name) is None or not path.is_file():
                continue
            encrypted = is_encrypted_file(path)
            if encrypted == (new_key is not None) and (not encrypted or _opens(path, new_key)):
                continue  # already as wanted
            remove_with_sidecars(temp)
            export_file(path, old_key if encrypted else None, temp, new_key)
            replace_and_wipe(temp, path)
            converted += 1
        except SQLITE_ERRORS + (StorageError, OSError) as exc:
            remove_with_sidecars(temp)
            log.warning("a backup could not be converted (%s)", type(exc).__name__)
            left.append(path)
    if progress is not None and paths:
        progress(len(paths), len(paths))
    return converted, left


def _opens(path: Path, key: bytes | None) -> bool:
    try:
        probe(path, key)
        return True
    except StorageError:
        return False


# What the window and the command line use from here; the key mechanics stay in storage/.
__all__ = ["ENV_NEW_PASSPHRASE", "ENV_PASSPHRASE", "ENV_RECOVERY_KEY", "MIN_PASSPHRASE", "ConversionReport",
           "EncryptionError", "StorageError", "WrongPassphrase", "change_passphrase", "check_new_passphrase",
           "convert_backups", "database_is_encrypted", "decrypt", "encrypt", "key_file_id", "key_matches", "unlock"]
