"""The command line's one boundary: build the context, run the command, and turn what went wrong
into one line on stderr and an exit status. Nothing is imported before it is needed: a command
loads its own area's module (``AREAS``), and that module what its command uses."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..arguments import UsageError, parse
from ..logstart import logger, set_up_with

if TYPE_CHECKING:
    from ..config import Paths
    from ..context import AppContext
    from ..services.encryption import Resumed
    from .workspace import Secret, Workspace

EXIT_OK, EXIT_USER_ERROR, EXIT_INTERNAL = 0, 1, 70

Command = Callable[[argparse.Namespace, "Workspace"], int]

# Each command's area: the module of this package that holds it, in its ``COMMANDS``.
AREAS = {
    "import": "clients", "export": "clients", "update": "clients", "list": "clients", "audit": "clients",
    "crs": "assessment", "assess": "assessment", "reassess": "assessment", "policy": "assessment",
    "deadlines": "deadlines", "upcoming": "deadlines", "ics": "deadlines",
    "letter": "letters",
    "close": "retention", "reopen": "retention", "retention": "retention", "purge": "retention",
    "backup": "storage", "restore": "storage", "encrypt": "storage", "decrypt": "storage", "passphrase": "storage",
    "server": "server",
}

# The commands that may create a caseload where there is none (issue 13: `list --data-dir <typo>`
# made an empty one). The others need one already there, and create no folder either. When one of
# these fails, what it created (the data folder, the database file) is removed again.
CREATES = frozenset({"import", "restore"})  # and `policy load`, which stores the update
# The commands that answer from the SQLite file alone when they can (``storage.quickread``): their log
# file is set up only if they open the database, log something (``logstart``) or fail, so that such a
# read loads no ``logging``. Every other command sets it up before it starts.
QUICK_READS = frozenset({"deadlines", "upcoming", "list", "export"})


def command(name: str) -> Command:
    commands: dict[str, Command] = importlib.import_module(f"{__package__}.{AREAS[name]}").COMMANDS
    return commands[name]


def run(args: argparse.Namespace) -> int:
    from ..context import build_context
    from ..private import private_by_default
    from .workspace import Secret

    private_by_default()
    secret = Secret()
    creates = args.command in CREATES or (args.command == "policy" and args.action == "load")  # stores it
    ctx = build_context(data_dir=args.data_dir, database_url=args.database_url, policy=args.policy,
                        as_of=args.as_of, secret=secret, resumed=_resumed)
    journal = _Log(ctx.paths, creates)
    new = _absent(ctx.paths) if creates else []
    status = EXIT_INTERNAL
    set_up_with(journal.start)
    try:
        status = _run(args, ctx, secret, creates, journal)
        return status
    finally:
        set_up_with(None)
        if status != EXIT_OK:
            _remove(new)


class _Log:
    """The command's log file, set up once: before the command starts, or for the quick reads
    (``QUICK_READS``) when first needed."""

    def __init__(self, paths: Paths, creates: bool):
        self.paths = paths
        self.creates = creates
        self.path: Path | None = None
        self._started = False

    def start(self) -> Path | None:
        """The log file (None: none, a read-only data folder); set up on the first call."""
        if self._started:
            return self.path
        self._started = True
        from ..logsetup import setup_logging

        if self.creates or self.paths.data_dir.is_dir():  # a read creates no folder
            try:
                self.paths.ensure()
                self.path = setup_logging(self.paths.log_dir)
            except OSError as exc:  # a read-only data folder: reads go on, unlogged; a write says why it failed
                if not self.paths.data_dir.is_dir():
                    raise
                logger("casedesk.cli").debug("no log file (%s)", type(exc).__name__)
        return self.path


def _run(args: argparse.Namespace, ctx: AppContext, secret: Secret, creates: bool, journal: _Log) -> int:
    from .workspace import Workspace

    try:
        if args.command not in QUICK_READS:
            journal.start()
        ws = Workspace(ctx, secret, may_create=creates)
        try:
            return command(args.command)(args, ws)
        finally:
            ws.close()
    except UsageError as exc:
        print(f"casedesk: {_describe(exc, args)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:  # Ctrl+C (at the passphrase prompt, say): what was under way rolled back
        print("\ncasedesk: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `casedesk list | head`: the reader has gone, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        return _failed(exc, args, journal)


def _failed(exc: Exception, args: argparse.Namespace, journal: _Log) -> int:
    """What went wrong, as one line on stderr and an exit status; logged (the log set up now if it was not)."""
    from ..logsetup import scrubbed_traceback
    from ..policy.loader import PolicyFileError
    from ..services.errors import USER_ERRORS

    try:
        log_path = journal.start()
    except OSError:
        log_path = None
    if isinstance(exc, (*USER_ERRORS, PolicyFileError)):
        print(f"casedesk: {_describe(exc, args)}", file=sys.stderr)
        logger("casedesk.cli").info("%s failed: %s", args.command, type(exc).__name__)
        return EXIT_USER_ERROR
    # a bug of ours: details to the log, one line to the user
    logger("casedesk.cli").error("%s: unexpected %s\n%s", args.command, type(exc).__name__,
                                 scrubbed_traceback(exc.__traceback__))
    where = f"; details in {log_path}" if log_path else ""
    print(f"casedesk: internal error ({type(exc).__name__}){where}", file=sys.stderr)
    return EXIT_INTERNAL


def _resumed(done: Resumed) -> None:
    """An interrupted conversion this command's start finished or undid: said on stderr (stdout is
    the command's answer), with an encryption's recovery key if it was never shown."""
    print(f"casedesk: {done.describe()}.", file=sys.stderr)
    if done.recovery_key:
        print(f"casedesk: Recovery key: {done.recovery_key}\ncasedesk: it was not shown before and is shown only "
              "this once. Store it away from this computer (printed, or in a password manager): it opens the "
              "caseload if the passphrase is forgotten or the key file is lost.", file=sys.stderr)
    sys.stderr.flush()


def _absent(paths: Paths) -> list[Path]:
    """What a creating command would create: the data folder, or the database file and the log folder
    (a server's caseload: only the folder)."""
    if not paths.data_dir.exists():  # on a server too: the folder holds this machine's logs and own settings
        return [paths.data_dir]
    if paths.database_url is not None:
        return []
    return [p for p in (paths.database_file, paths.log_dir) if not p.exists()]


def _remove(created: list[Path]) -> None:
    """Take back what a failed command created: it leaves nothing behind."""
    import shutil

    from ..storage.sqlfile import remove_with_sidecars

    for path in created:
        if path.is_dir():
            import logging

            logging.shutdown()  # the log file inside it is closed first
            shutil.rmtree(path, ignore_errors=True)
        else:
            remove_with_sidecars(path)


def _describe(exc: BaseException, args: argparse.Namespace | None = None) -> str:
    import errno

    from ..domain.errors import CaseFileError

    if isinstance(exc, CaseFileError) and args is not None:  # the record and field, in the language asked
        from ..text.caseerrors import describe
        from .shapes import language

        return describe(exc, language(args))
    from ..services.errors import EnvironmentFault, NoSuchClient

    if args is not None:
        from . import french
        from .shapes import language

        if language(args) == "fr":
            if isinstance(exc, NoSuchClient):
                return french.no_such_client(exc.client_id, exc.meanwhile)
            if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
                return french.disk_full(exc.filename)
            if isinstance(exc, EnvironmentFault):
                from ..text.faults import fault_text

                return fault_text(exc.kind, str(exc), "fr")
            words = french.fixed(str(exc))
            if words is not None:
                return words

    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        what = f"{exc.filename} was not written" if exc.filename else "the file was not written"
        return f"the disk is full: {what}; nothing was changed. Free some space and try again"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    """A command (``casedesk import F``...); without one there is nothing to do here (the window is
    ``__main__``'s to open)."""
    args = parse(argv)
    if isinstance(args, int):
        return args
    if args.command is None:
        print("casedesk: give a command (see casedesk --help); without one, casedesk opens the window",
              file=sys.stderr)
        return 2
    return run(args)
