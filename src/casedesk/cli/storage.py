"""Commands about the caseload file itself: backup, restore, encrypt, decrypt, passphrase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace, new_passphrase


def cmd_backup(args: argparse.Namespace, ws: Workspace) -> int:
    if ws.paths.database_url:  # a server's caseload: pg_dump, or what to run
        from ..storage.server import dump

        dump(ws.paths.database_url, args.output)
        shapes.emit(args, shapes.backed_up(args.output, shapes.language(args)))
        return EXIT_OK
    shapes.emit(args, shapes.backed_up(ws.db.backup_to(args.output), shapes.language(args)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.workspace import refuse_under_open_window
    from ..storage.errors import DamagedCaseload

    if ws.paths.database_url:
        raise UsageError("a caseload on a PostgreSQL server is restored by its administrator with pg_restore "
                         "(pg_restore --clean --if-exists --dbname=URL FILE, then 'casedesk server init'); see README")
    refuse_under_open_window(ws.paths, "restored")
    try:
        db = ws.db
    except DamagedCaseload:  # too damaged to open: the backup goes in its place, the damaged file is kept
        from ..storage.database import restore_over_damaged

        paths = ws.paths
        kept = restore_over_damaged(paths.database_file, paths.backups_dir, args.file, ws.ctx.clock)
        _ = ws.db  # opens (and upgrades) what was put back: a backup this version cannot use is told now
        shapes.emit(args, shapes.restored(args.file, kept, shapes.language(args)))
        return EXIT_OK
    shapes.emit(args, shapes.restored(args.file, db.restore_from(args.file), shapes.language(args)))
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.encryption import encrypt
    from ..services.workspace import needs_unlock, refuse_under_open_window

    if needs_unlock(ws.paths):
        raise UsageError("the caseload is already encrypted; `casedesk passphrase` changes its passphrase")
    refuse_under_open_window(ws.paths, "encrypted")
    passphrase = new_passphrase()
    report = encrypt(ws.db, passphrase)
    shapes.emit(args, shapes.encrypted(report, f"{Path(ws.paths.database_file).stem}.key.json",
                                      shapes.language(args)))
    sys.stdout.flush()
    report.recovery_key_shown()  # printed: a kill before this line prints it at the next start
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.encryption import decrypt
    from ..services.workspace import needs_unlock, refuse_under_open_window

    if not needs_unlock(ws.paths):
        raise UsageError("the caseload is not encrypted")
    refuse_under_open_window(ws.paths, "decrypted")
    shapes.emit(args, shapes.decrypted(decrypt(ws.db, ws.secret()), shapes.language(args)))
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.encryption import change_passphrase
    from ..services.workspace import needs_unlock
    from ..storage.journal import journal_for

    if not needs_unlock(ws.paths):
        raise UsageError("the caseload is not encrypted; `casedesk encrypt` encrypts it")
    secret = ws.secret()
    if journal_for(ws.paths.database_file).exists():
        _ = ws.db  # opening finishes the conversion a kill interrupted, whose journal would stop this one
    change_passphrase(ws.paths.database_file, secret, new_passphrase())
    shapes.emit(args, shapes.passphrase_changed(shapes.language(args)))
    return EXIT_OK


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore, "encrypt": cmd_encrypt, "decrypt": cmd_decrypt,
            "passphrase": cmd_passphrase}
