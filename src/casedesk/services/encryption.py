"""Encryption at rest, as use-cases: unlock, encrypt, remove encryption, change the passphrase.

The mechanics are in ``storage/keys.py`` (data key, key file, recovery key) and
``storage/sqlfile.py`` (SQLCipher files). What this module decides:

* **Every conversion is journalled** (``storage/journal.py``): its plan is on disk before the first
  file changes, and the one rename that swaps the live caseload is its point of no return. A start
  that finds a journal (``resume``, from ``open_workspace``: the window and the command line alike)
  makes the backups follow the live caseload: before that rename the conversion is undone, after
  it the conversion is finished. So the caseload and every backup end in one state under the
  secrets in force, whenever the process was killed.
* **Encrypting** converts the live caseload into a new encrypted file, checks it (integrity,
  every table's row count), writes the key file, and only then puts it in place of the plain one,
  whose bytes are overwritten. Then the **backups are converted too**, each in place under its own
  name, so the history is kept and no plain copy of the caseload is left in the backups folder;
  a backup that cannot be read (damaged) cannot be converted: it is left as it was and named in
  the result, for the user to delete. Files the user exported (case files, letters, calendars)
  are theirs and are not touched.
  The recovery key stays in the journal, sealed under the data key, until the caller says it
  has been shown (``ConversionReport.recovery_key_shown``): a kill before then shows it at the next
  start. A key file is never written over while an encrypted backup might need it.
* **Removing encryption** goes the other way round: the backups first (the live caseload, still
  encrypted, is what an interrupted run is undone to), then the live caseload, then the key file
  is deleted.
* **Changing the passphrase** rewraps the data key (see ``keys.py``): the database and its
  backups are not rewritten, and the recovery key keeps working.
* Another CaseDesk with the caseload open stops a conversion (``DatabaseInUse``) before anything
  changes.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..storage.database import Database, read_only_fault, writable
from ..storage.errors import StorageError
from ..storage.journal import ConversionUnderWay, Journal
from ..storage.keys import (
    DEFAULT_KDF, MIN_PASSPHRASE, EncryptionError, Kdf, KeyFile, KeyFileDamaged, KeyFileMissing, WrongPassphrase,
    check_new_passphrase, data_key_from_recovery, key_file_for, new_recovery_key, parse_recovery_key,
    passphrase_weakness, seal_recovery, unseal_recovery,
)
from ..storage.sqlfile import (
    SIDECARS, SQLITE_ERRORS, export_file, is_encrypted_file, probe, remove_with_sidecars, replace_and_wipe, wipe_file,
)
from .backups import PARTIAL, BackupService, parse_backup_name

log = logging.getLogger(__name__)

# ``progress(done, total)`` of a conversion: the caseload is the first step, each file in the
# backups folder one more (it cannot stop midway: a conversion is checked and swapped whole).
StepProgress = Callable[[int, int], None]

ENV_PASSPHRASE = "CASEDESK_PASSPHRASE"
ENV_RECOVERY_KEY = "CASEDESK_RECOVERY_KEY"
ENV_NEW_PASSPHRASE = "CASEDESK_NEW_PASSPHRASE"
# Tests only: a cheaper scrypt for new key files (a power of two, at least 2^10), and a named point
# at which the process kills itself (the conversion kill loop).
ENV_TEST_KDF_N = "CASEDESK_TEST_KDF_N"
ENV_TEST_KILL_AT = "CASEDESK_TEST_KILL_AT"


def current_kdf() -> Kdf:
    """The cost new key files get: current guidance, unless a test asks for less. The cheaper cost is
    honoured only inside a pytest run (pytest sets PYTEST_CURRENT_TEST, and the test's subprocesses
    inherit it), so a stray variable in a user's environment never weakens a real key file."""
    text = os.environ.get(ENV_TEST_KDF_N)
    if text and text.isdigit() and os.environ.get("PYTEST_CURRENT_TEST"):
        kdf = Kdf(n=int(text))
        if kdf.in_bounds():
            return kdf
    return DEFAULT_KDF


def _checkpoint(name: str) -> None:
    # Only inside a pytest run, like the cheap KDF: a stray variable never kills a user's conversion.
    if os.environ.get(ENV_TEST_KILL_AT) == name and os.environ.get("PYTEST_CURRENT_TEST"):  # pragma: no cover
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


@dataclass(frozen=True)
class ConversionReport:
    backups_converted: int
    backups_left: list[Path] = field(default_factory=list)  # could not be read, so not converted
    seconds: float = 0.0
    recovery_key: str | None = field(default=None, repr=False)  # encrypting only: show it once
    journal: Journal | None = field(default=None, repr=False, compare=False)

    def recovery_key_shown(self) -> None:
        """The recovery key has reached the user: the conversion's journal can go."""
        if self.journal is not None:
            self.journal.finish()


@dataclass(frozen=True)
class Resumed:
    """What a start did with a conversion it found interrupted."""

    kind: str  # "encrypt", "decrypt", "passphrase" or "unknown" (an unreadable journal)
    completed: bool  # else undone: everything is as before the conversion
    backups_converted: int = 0
    backups_left: list[Path] = field(default_factory=list)
    recovery_key: str | None = field(default=None, repr=False)  # an encryption's, not shown yet
    journal: Journal | None = field(default=None, repr=False, compare=False)

    def recovery_key_shown(self) -> None:
        if self.journal is not None:
            self.journal.finish()

    def release(self) -> None:
        """Not shown (nobody to show it to): keep the journal for the next start."""
        if self.journal is not None:
            self.journal.release()

    def describe(self) -> str:
        what = {"encrypt": "encrypting the caseload", "decrypt": "removing its encryption",
                "passphrase": "changing its passphrase"}.get(self.kind, "converting the caseload")
        if self.kind == "passphrase":
            return (f"{what} was interrupted; it " + ("took effect: the new passphrase opens the caseload"
                                                      if self.completed else
                                                      "did not take effect: the old passphrase still opens it"))
        state = ("encrypted" if self.kind == "encrypt" else "plain") if self.completed else \
            ("plain" if self.kind == "encrypt" else "encrypted")
        done = "finished" if self.completed else "undone"
        text = f"{what} was interrupted; it has been {done}: the caseload and its backups are {state}"
        if self.backups_left:
            text += f" (except {len(self.backups_left)} backups that could not be read)"
        return text


def database_is_encrypted(db_file: Path) -> bool:
    return is_encrypted_file(db_file)


def unlock(db_file: Path, secret: str) -> bytes:
    """The data key of the encrypted caseload ``db_file`` from its passphrase or its recovery key.

    Raises ``WrongPassphrase`` (nothing is read but the key file, nothing is written),
    ``KeyFileMissing`` or ``KeyFileDamaged`` (then only the recovery key can open it, and does: it
    never goes through the key file). A key file of an older, cheaper cost is rewrapped at the
    current one once its passphrase has opened it.
    """
    db_file = Path(db_file)
    path = key_file_for(db_file)
    try:
        keys = KeyFile.load(path)
    except (KeyFileMissing, KeyFileDamaged):
        raw = parse_recovery_key(secret)
        if raw is None:
            raise
        data_key = data_key_from_recovery(raw)
        probe(db_file, data_key)  # the only check left: SQLCipher's page HMACs
        return data_key
    data_key, by_passphrase = keys.unlock_with(secret)
    if by_passphrase and keys.kdf.weaker_than(current_kdf()):
        try:
            keys.rewrap(data_key, secret, current_kdf())
            keys.save(path)
            log.info("key file rewrapped at the current key-derivation cost")
        except OSError as exc:  # a read-only folder: opening still works, the upgrade waits
            log.info("the key file could not be rewrapped (%s)", type(exc).__name__)
    return data_key


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
    if db.read_only:
        raise read_only_fault(db.path)
    return db.path


def encrypt(db: Database, passphrase: str, *, backups: BackupService | None = None,
            kdf: Kdf | None = None, progress: StepProgress | None = None) -> ConversionReport:
    """Encrypt the open plain caseload ``db`` and its backups; the report holds the recovery key,
    and its journal stays until ``report.recovery_key_shown()``."""
    path = _require_file(db)
    step = _steps(Path(db.backups_dir), progress)
    if db.encrypted:
        raise EncryptionError("the caseload is already encrypted; change its passphrase instead")
    check_new_passphrase(passphrase)
    _refuse_to_orphan(path, Path(db.backups_dir))
    started = time.perf_counter()
    recovery = new_recovery_key()
    raw = parse_recovery_key(recovery)
    assert raw is not None  # a key just made always reads back
    data_key = data_key_from_recovery(raw)
    keys = KeyFile.create(data_key, passphrase, kdf or current_kdf())
    journal = Journal.begin(path, "encrypt", key_id=keys.id, recovery=seal_recovery(data_key, recovery))
    _checkpoint("encrypt:journal")

    def before_swap() -> None:
        keys.save(key_file_for(path))
        _checkpoint("encrypt:key-file")

    try:
        _convert_live(db, data_key, backups, before_swap=before_swap)
        _checkpoint("encrypt:swapped")
        step(1)
    except BaseException:
        if not db.encrypted:  # nothing was swapped: undo the key file; the caseload is as it was
            _undo_encrypt(path, journal)
            journal.finish()
            raise
        # Swapped: the caseload is encrypted, so the recovery key must reach the user whatever failed after.
        log.warning("encrypted, but the conversion did not finish cleanly")
    converted, left = convert_backups(Path(db.backups_dir), None, data_key, lambda n, _total: step(1 + n),
                                      kill_point="encrypt:backup")
    _checkpoint("encrypt:converted")
    seconds = time.perf_counter() - started
    log.info("caseload encrypted in %.2f s; %d backups encrypted, %d left", seconds, converted, len(left))
    return ConversionReport(converted, left, seconds, recovery, journal)


def _refuse_to_orphan(path: Path, folder: Path) -> None:
    """A key file already there may be the only way into encrypted backups (a removal of encryption
    that left some): encrypting would write over it, so it is refused while any backup is encrypted."""
    if not key_file_for(path).exists():
        return
    locked = [p for p in _backup_files(folder) if is_encrypted_file(p)]
    if locked:
        raise EncryptionError(
            f"{len(locked)} backups in {folder} (such as {locked[0].name}) are still encrypted, and only the key "
            f"file {key_file_for(path).name} (with its passphrase) or their recovery key opens them; encrypting "
            "now would write over that key file, so nothing was changed. Restore one of them, or move them and "
            "the key file out of the data folder, then encrypt")


def _undo_encrypt(path: Path, journal: Journal) -> None:
    """Before the swap: the key file this encryption wrote goes (the caseload and backups are plain)."""
    key_file = key_file_for(path)
    try:
        written = KeyFile.load(key_file).id == journal.key_id
    except EncryptionError:
        written = False
    if written:
        wipe_file(key_file)


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
    folder = Path(db.backups_dir)
    journal = Journal.begin(path, "decrypt", key_id=key_file_id(path))
    _checkpoint("decrypt:journal")
    try:
        converted, left = convert_backups(folder, old_key, None, lambda n, _total: step(n), kill_point="decrypt:backup")
        _checkpoint("decrypt:backups")
        _convert_live(db, None, backups)
    except BaseException:
        if not db.encrypted:
            raise  # pragma: no cover - swapped, then failed reopening: the next start finishes it
        try:  # not swapped: the backups go back under the key, as the caseload still is
            convert_backups(folder, None, old_key)
        except BaseException:
            journal.release()  # the next start finishes undoing
            raise
        journal.finish()
        raise
    _checkpoint("decrypt:swapped")
    step(converted + len(left) + 1)
    _finish_decrypt(path, folder)
    _checkpoint("decrypt:key-wiped")
    journal.finish()
    seconds = time.perf_counter() - started
    log.info("encryption removed in %.2f s; %d backups converted, %d left", seconds, converted, len(left))
    return ConversionReport(converted, left, seconds)


def _finish_decrypt(path: Path, folder: Path) -> None:
    """The caseload is plain: the key file goes, unless a backup still encrypted (a full disk, a
    damaged file) needs it to be read or converted later."""
    if not any(is_encrypted_file(p) for p in _backup_files(folder)):
        wipe_file(key_file_for(path))


def change_passphrase(db_file: Path, secret: str, new_passphrase: str, *, kdf: Kdf | None = None) -> None:
    """Unlock with ``secret`` (the current passphrase or the recovery key) and wrap the data key
    under ``new_passphrase``. A missing or damaged key file is written anew from the recovery key."""
    db_file = Path(db_file)
    if not is_encrypted_file(db_file):
        raise EncryptionError("the caseload is not encrypted")
    check_new_passphrase(new_passphrase)
    if not writable(db_file):
        raise read_only_fault(db_file)
    data_key = unlock(db_file, secret)
    path = key_file_for(db_file)
    try:
        keys = KeyFile.load(path)
        old_tag: str | None = keys.to_json()["passphrase"]["tag"]
    except (KeyFileMissing, KeyFileDamaged):
        keys, old_tag = KeyFile.create(data_key, new_passphrase, kdf or current_kdf()), None
    else:
        keys.rewrap(data_key, new_passphrase, kdf or current_kdf())
    journal = Journal.begin(db_file, "passphrase", key_id=keys.id, old_tag=old_tag)
    _checkpoint("passphrase:journal")
    keys.save(path)
    _checkpoint("passphrase:key-file")
    journal.finish()
    log.info("passphrase changed")


# --- a start after a kill -----------------------------------------------------------------------

def resume(db_file: Path, backups_dir: Path, key: bytes | None) -> Resumed | None:
    """Finish or undo the conversion an interrupted run left (its journal says one was under way);
    None if there was none. ``key``: the caseload's data key if it is encrypted (it was just
    unlocked). The live caseload's state is the truth, since swapping it is the conversion's one
    rename: the backups are made to follow it, and the key file with them. Safe to run again if
    this too is interrupted. ``ConversionUnderWay`` if another CaseDesk is converting right now."""
    db_file, backups_dir = Path(db_file), Path(backups_dir)
    journal = Journal.find(db_file)
    if not writable(db_file):  # a read-only folder: reads go on; the conversion is resolved where it can be
        if journal is not None:
            journal.release()
        return None
    _remove_leftovers(db_file)
    if journal is None:
        return None
    encrypted = is_encrypted_file(db_file)
    if encrypted and key is None:
        journal.release()
        return None  # still locked: resumed once it is unlocked
    kind = journal.kind
    try:
        if kind == "passphrase":  # one rename: the new key file is in place, or the old one still is
            now = _current_tag(db_file)
            journal.finish()
            return Resumed(kind, completed=now is not None and now != journal.old_tag)
        # Encrypted: plain backups are encrypted (an encryption finished, a removal undone). Plain: no
        # backup was converted before the swap of an encryption, and every readable one was before the
        # swap of a removal; only half-written copies are left to wipe.
        converted, left = convert_backups(backups_dir, None, key if encrypted else None)
        recovery = None
        if encrypted and kind == "encrypt" and journal.recovery is not None and key is not None:
            recovery = unseal_recovery(key, journal.recovery)
        elif not encrypted and kind == "encrypt":
            _undo_encrypt(db_file, journal)
        elif not encrypted and kind == "decrypt":
            _finish_decrypt(db_file, backups_dir)
        completed = encrypted == (kind == "encrypt") if kind != "unknown" else True
        log.info("an interrupted %s was %s; %d backups converted, %d left", kind,
                 "finished" if completed else "undone", converted, len(left))
    except BaseException:
        journal.release()
        raise
    if recovery is None:
        journal.finish()
        return Resumed(kind, completed, converted, left)
    return Resumed(kind, completed, converted, left, recovery, journal)


def _current_tag(db_file: Path) -> str | None:
    try:
        return KeyFile.load(key_file_for(db_file)).to_json()["passphrase"]["tag"]
    except EncryptionError:
        return None


def _remove_leftovers(db_file: Path) -> None:
    """What a killed conversion leaves beside the caseload: its converted copy (plain, when
    encryption was being removed) and half-written key files. Zeroed, then deleted."""
    converting = db_file.with_name(f".{db_file.name}.converting")
    key_file = key_file_for(db_file)
    for path in (converting, *(Path(f"{converting}{s}") for s in ("-wal", "-shm", "-journal")),
                 *db_file.parent.glob(f".{key_file.name}.*.tmp")):
        try:
            wipe_file(path)
        except OSError as exc:  # a read-only folder: left for a start that can write
            log.warning("a conversion's leftover could not be removed (%s)", type(exc).__name__)


def _backup_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if parse_backup_name(p.name) is not None and p.is_file()) \
            if folder.is_dir() else []
    except OSError:
        return []


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
                    progress: StepProgress | None = None, kill_point: str = "") -> tuple[int, list[Path]]:
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
            if path.name.startswith(".") and any(path.name.endswith(PARTIAL + s) for s in ("", *SIDECARS)):
                wipe_file(path)  # an unfinished copy or its journal: never a backup, may be plain
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
            if kill_point:
                _checkpoint(f"{kill_point}-{converted}")
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
           "ConversionUnderWay", "EncryptionError", "Resumed", "StorageError", "WrongPassphrase", "change_passphrase",
           "check_new_passphrase", "convert_backups", "current_kdf", "database_is_encrypted", "decrypt", "encrypt",
           "key_file_id", "key_matches", "passphrase_weakness", "resume", "unlock"]
