"""The command line's arguments: one parser for the window and the commands.

``casedesk`` with no command opens the window (``app.py``), with one runs it (``cli``);
``__main__`` parses and dispatches, so neither of those two imports the other. Parsing imports
nothing heavy: ``casedesk --version`` answers before anything else is loaded.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__

EXIT_OK, EXIT_USAGE = 0, 2


class UsageError(Exception):
    pass


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _client_id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:  # beyond, not an integer the database can hold
        raise argparse.ArgumentTypeError(f"not a client id (a whole number): {text[:40]!r}")
    return int(text)


def _bounded(lo: int, hi: int) -> Callable[[str], int]:
    """A whole number from ``lo`` to ``hi``: an option's value too large for a date or a database
    integer is a usage error, not a crash."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"out of range {lo}-{hi:,}: {text[:40]}")
        return value
    parse.__name__ = "whole number"
    return parse


def _short_text(most: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if len(text) > most:
            raise argparse.ArgumentTypeError(f"too long: {len(text):,} characters (at most {most})")
        return text
    parse.__name__ = "text"
    return parse


MAX_DAYS = 36_600   # upcoming --within: a hundred years, still a date
MAX_ROWS = 10**9    # --limit
MAX_QUERY = 200     # --search, --tag, --id: a few names or an A-number


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` tells it, without importing ``shutil``
    (and the compression modules it brings): argparse makes a formatter for every option it adds."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stdout = sys.__stdout__
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("formatter_class", _Formatter)  # sub-commands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)


def _common_options(defaults: bool) -> _Parser:
    """The options every command takes. Sub-commands leave unset ones out (SUPPRESS), so
    ``casedesk --data-dir X import F`` and ``casedesk import F --data-dir X`` mean the same."""
    kw: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="where the caseload lives (else $CASEDESK_HOME, "
                        "else the platform's user data folder)", **kw)
    common.add_argument("--database-url", metavar="URL", help=argparse.SUPPRESS, **kw)
    common.add_argument("--json", action="store_true", help="print JSON", **kw)
    common.add_argument("--lang", choices=("en", "fr"), default=None if defaults else argparse.SUPPRESS,
                        help="the language of the words printed (or of the window): en or fr (else the locale's)")
    common.add_argument("--as-of", metavar="DATE", type=_iso_date, help="use DATE as today", **kw)
    common.add_argument("--policy", metavar="FILE", type=Path,
                        help="policy data file to use instead of the one shipped (else $CASEDESK_POLICY)", **kw)
    return common


class _Skipped:
    """A command's parser not built (``build_parser(only=...)``): what it would be given is dropped."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class _OnlyOne:
    """The commands' ``add_parser``, building only the named command's parser (None: all of them)."""

    def __init__(self, sub: Any, only: str | None):
        self.sub = sub
        self.only = only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self.sub.add_parser(name, **kwargs) if self.only in (None, name) else _Skipped()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` the one command's parser among the commands (a short
    command's start spends a tenth of its time building the other twenty-two)."""
    top = _common_options(defaults=True)
    common = _common_options(defaults=False)

    parser = _Parser(prog="casedesk", parents=[top],
                     description="CaseDesk: offline case manager. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh database of demo clients")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, then close it by itself once it is shown (exit 0): checks an "
                        "installation")
    sub = _OnlyOne(parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND"), only)

    p = sub.add_parser("import", parents=[common], help="add the clients in a case file (JSON, array or JSON Lines)")
    p.add_argument("file", type=Path)
    p.add_argument("--allow-duplicates", action="store_true",
                   help="add clients even if the same person (same A-number, or same names and date of birth) "
                        "is already in the caseload or the file")
    p = sub.add_parser("export", parents=[common], help="write clients' case files")
    p.add_argument("ids", nargs="*", type=_client_id, metavar="ID")
    p.add_argument("--all", action="store_true", help="every client")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="file to write (.jsonl for JSON Lines)")
    p = sub.add_parser("update", parents=[common], help="replace a stored client's facts with a case file's "
                       "(as 'export' writes it); --if-version N refuses if someone saved the client since")
    p.add_argument("id", type=_client_id, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--if-version", type=_bounded(1, 2**31 - 1), default=None, metavar="N",
                   help="the version the file was exported at (export and list --json show it)")
    p = sub.add_parser("list", parents=[common], help="the caseload")
    p.add_argument("--search", default="", type=_short_text(MAX_QUERY), metavar="TEXT",
                   help="only clients whose names or A-number match")
    p.add_argument("--limit", type=_bounded(0, MAX_ROWS), default=None, metavar="N")
    p = sub.add_parser("crs", parents=[common], help="Express Entry CRS score of a case file")
    p.add_argument("case", type=Path, metavar="CASE.json")
    p = sub.add_parser("assess", parents=[common], help="every pathway's verdict for a case file or a stored client")
    p.add_argument("target", metavar="CASE.json|ID")
    p = sub.add_parser("reassess", parents=[common],
                       help="re-run every client against the current policy data; list whose verdicts, "
                       "status end or open deadlines changed")
    p = sub.add_parser("policy", parents=[common], help="the policy facts in force, with dates and sources; "
                       "'policy load FILE' brings in a newer policy update (checked whole, stored in the caseload, "
                       "its differences printed); 'policy revert' goes back to the shipped data; "
                       "'policy history' lists "
                       "who loaded or reverted what, when")
    p.add_argument("action", nargs="?", choices=("load", "revert", "history"), metavar="load FILE | revert | history")
    p.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--id", default="", type=_short_text(MAX_QUERY), metavar="PREFIX",
                   help="only facts whose id starts with PREFIX")
    p = sub.add_parser("deadlines", parents=[common], help="the dated deadlines of a case file or a stored client")
    p.add_argument("target", metavar="CASE.json|ID")
    p = sub.add_parser("upcoming", parents=[common], help="deadlines due within DAYS across the caseload "
                       "(overdue ones included, statuses ended long ago apart), soonest first")
    p.add_argument("--within", type=_bounded(0, MAX_DAYS), default=30, metavar="DAYS")
    p.add_argument("--kind", action="append", default=[], metavar="KIND", help="only this kind (repeatable)")
    p.add_argument("--tag", default=None, type=_short_text(MAX_QUERY), metavar="TAG",
                   help="only caseworker tasks with this tag")
    p.add_argument("--bucket", default=None, metavar="BUCKET",
                   choices=("overdue", "today", "this_week", "next_30", "next_90", "ended"),
                   help="one bucket of the morning view instead (overdue, today, this_week, next_30, next_90, "
                        "ended: statuses that ended long ago)")
    p.add_argument("--all", action="store_true", dest="include_ended",
                   help="include statuses that ended long ago (by default they are the clients' state, listed "
                        "by --bucket ended)")
    p.add_argument("--limit", type=_bounded(0, MAX_ROWS), default=None, metavar="N", help="at most N deadlines")
    p = sub.add_parser("ics", parents=[common], help="every open deadline as an iCalendar file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--names", action="store_true", help="put client names in the events (off by default: "
                   "calendars often sync to the cloud)")
    p = sub.add_parser("letter", parents=[common], help="a referral letter for a stored client, as PDF")
    p.add_argument("id", type=_client_id, metavar="ID")
    p.add_argument("--kind", required=True, choices=("spousal_sponsorship", "citizenship_certificate"))
    # --lang (the common option) is the letter's language here; English unless asked (not the locale's)
    p.add_argument("--recipient", action="append", default=[], metavar="LINE",
                   help="a line of the recipient's name and address (repeatable)")
    p.add_argument("--note", default=None, metavar="TEXT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p = sub.add_parser("audit", parents=[common], help="the audit trail (who changed what, when), newest first; "
                       "a deleted client's values are withheld")
    p.add_argument("id", nargs="?", type=_client_id, metavar="ID", help="only this client")
    p.add_argument("--limit", type=_bounded(0, MAX_ROWS), default=None, metavar="N")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="write the trail to FILE instead (.json for JSON, else CSV)")
    p.add_argument("--verify", action="store_true",
                   help="check that the whole trail is intact (every entry's seal, the database's protection of "
                        "it); exit 1 and name the first entry that fails if not")
    p = sub.add_parser("close", parents=[common], help="close a client's file (the retention period runs from then)")
    p.add_argument("id", type=_client_id, metavar="ID")
    p.add_argument("--on", type=_iso_date, default=None, metavar="DATE", help="the day it was closed (else today)")
    p = sub.add_parser("reopen", parents=[common], help="reopen a client's closed file")
    p.add_argument("id", type=_client_id, metavar="ID")
    p = sub.add_parser("retention", parents=[common],
                       help="the closed files kept past their retention period (the setting retention.years)")
    p = sub.add_parser("purge", parents=[common],
                       help="erase a client for good: facts, assessments, letters, deadlines and their values in the "
                            "audit trail; a tombstone says who purged it and when. Cannot be undone")
    p.add_argument("id", type=_client_id, metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask (needed when not run in a terminal)")
    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the database")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p = sub.add_parser("restore", parents=[common], help="put a backup back (the current data is kept as a backup)")
    p.add_argument("file", type=Path)
    sub.add_parser("encrypt", parents=[common], help="encrypt the caseload and its backups under a new passphrase "
                   "($CASEDESK_NEW_PASSPHRASE, else asked twice); prints the recovery key once")
    sub.add_parser("decrypt", parents=[common], help="remove the encryption (the caseload and its backups become "
                   "plain files again)")
    sub.add_parser("passphrase", parents=[common], help="change the passphrase of an encrypted caseload (the "
                   "recovery key is accepted in place of the current one)")
    p = sub.add_parser("server", parents=[common], help="'server init': set up a caseload on a PostgreSQL server "
                       "(an owner role that migrates, an application role that cannot alter the audit trail); run "
                       "again after an upgrade. Passwords from $CASEDESK_OWNER_PASSWORD and $CASEDESK_APP_PASSWORD")
    p.add_argument("action", choices=("init",))
    p.add_argument("--admin-url", metavar="URL", default=None,
                   help="a URL of a user that may create roles (else --database-url / $CASEDESK_DATABASE_URL)")
    p.add_argument("--owner", default="casedesk_owner", metavar="ROLE")
    p.add_argument("--app", default="casedesk_app", metavar="ROLE")
    return parser


def _parse_quickly(argv: list[str]) -> argparse.Namespace:
    """Parsed with the parser of the command named first (a guess: the first word that is not an option);
    any doubt (the word was an option's value, a mistake) is parsed again with the whole command line,
    which gives the answer and the error message."""
    guess = next((a for a in argv if not a.startswith("-")), None)
    if guess is not None:
        try:
            args = build_parser(only=guess).parse_args(argv)
            if args.command == guess:
                return args
        except UsageError:
            pass
    return build_parser().parse_args(argv)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when there is nothing left to do: a usage error
    (one line on stderr) or ``--version`` (printed)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse_quickly(argv)
    except UsageError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.version:
        print(f"casedesk {__version__}")
        return EXIT_OK
    return args
