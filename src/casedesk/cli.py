"""The command line: the same services as the desktop app, JSON in and out.

Errors print one line on stderr and exit non-zero; nothing here imports Qt, so a command
starts fast. Without a sub-command, ``casedesk`` opens the desktop app (see ``app.py``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

from . import __version__

EXIT_OK, EXIT_USER_ERROR, EXIT_INTERNAL = 0, 1, 70

log = logging.getLogger("casedesk.cli")


class UsageError(Exception):
    pass


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _client_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a client id (a whole number): {text!r}")
    return int(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="where the caseload lives (else $CASEDESK_HOME, "
                        "else the platform's user data folder)")
    common.add_argument("--database-url", metavar="URL", help=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", help="print JSON")
    common.add_argument("--as-of", metavar="DATE", type=_iso_date, help="use DATE as today")

    parser = _Parser(prog="casedesk", parents=[common],
                     description="CaseDesk: offline case manager. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh database of demo clients")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("import", parents=[common], help="add the clients in a case file (JSON, array or JSON Lines)")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", parents=[common], help="write clients' case files")
    p.add_argument("ids", nargs="*", type=_client_id, metavar="ID")
    p.add_argument("--all", action="store_true", help="every client")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="file to write (.jsonl for JSON Lines)")
    p = sub.add_parser("list", parents=[common], help="the caseload")
    p.add_argument("--search", default="", metavar="TEXT", help="only clients whose names or A-number match")
    p.add_argument("--limit", type=int, default=None, metavar="N")
    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the database")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p = sub.add_parser("restore", parents=[common], help="put a backup back (the current data is kept as a backup)")
    p.add_argument("file", type=Path)
    return parser


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=_json_default))
    elif text:
        print(text)


def _json_default(value: Any) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


# --- commands ---------------------------------------------------------------------------------

def cmd_import(args, db) -> int:
    from .services.casefiles import import_file

    result = import_file(db, args.file)
    for warning in result.warnings[:20]:
        print(f"casedesk: warning: {warning}", file=sys.stderr)
    data = {"count": len(result.ids), "ids": result.ids, "warnings": result.warnings}
    if len(result.ids) == 1:
        data = {"id": result.ids[0]} | data
    _emit(args, data, "\n".join(map(str, result.ids)))
    log.info("imported %d clients", len(result.ids))
    return EXIT_OK


def cmd_export(args, db) -> int:
    from .services.casefiles import export_file
    from .services.clients import ClientService

    if args.all == bool(args.ids):
        raise UsageError("export: give client ids or --all (not both)")
    ids = ClientService(db).all_ids() if args.all else args.ids
    count = export_file(db, ids, args.output)
    _emit(args, {"count": count, "file": str(args.output)}, f"{count} case file(s) written to {args.output}")
    return EXIT_OK


def cmd_list(args, db) -> int:
    from .services.clients import ClientService

    service = ClientService(db)
    rows, total = [], None
    while args.limit is None or len(rows) < args.limit:
        page, total = service.page(args.search, offset=len(rows), limit=5_000, total=total)
        rows += page
        if len(page) < 5_000:
            break
    rows = rows[: args.limit] if args.limit is not None else rows
    data = [{"id": r.id, "given_names": r.given_names, "family_name": r.family_name, "country": r.country,
             "status": r.status, "status_expiry": r.status_expiry, "updated_at": r.updated_at} for r in rows]
    text = "\n".join(f"{r.id}\t{r.family_name}, {r.given_names}\t{r.country or ''}\t{r.status}" for r in rows)
    _emit(args, data, text)
    return EXIT_OK


def cmd_backup(args, db) -> int:
    target = db.backup_to(args.output)
    _emit(args, {"file": str(target)}, f"backup written to {target}")
    return EXIT_OK


def cmd_restore(args, db) -> int:
    kept = db.restore_from(args.file)
    _emit(args, {"restored": str(args.file), "previous_kept_at": str(kept)},
          f"restored {args.file}; the previous caseload was kept at {kept}")
    return EXIT_OK


COMMANDS = {"import": cmd_import, "export": cmd_export, "list": cmd_list, "backup": cmd_backup,
            "restore": cmd_restore}


def run(args: argparse.Namespace) -> int:
    from .config import resolve_paths
    from .logsetup import scrubbed_traceback, setup_logging
    from .services.errors import USER_ERRORS
    from .services.workspace import open_workspace

    paths = resolve_paths(args.data_dir, args.database_url)
    log_path = None
    try:
        paths.ensure()
        log_path = setup_logging(paths.log_dir)
        db = open_workspace(paths)
        try:
            return COMMANDS[args.command](args, db)
        finally:
            db.close()
    except UsageError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except USER_ERRORS as exc:
        print(f"casedesk: {_describe(exc)}", file=sys.stderr)
        log.info("%s failed: %s", args.command, type(exc).__name__)
        return EXIT_USER_ERROR
    except Exception as exc:  # a bug of ours: details to the log, one line to the user
        log.error("%s: unexpected %s\n%s", args.command, type(exc).__name__, scrubbed_traceback(exc.__traceback__))
        where = f"; details in {log_path}" if log_path else ""
        print(f"casedesk: internal error ({type(exc).__name__}){where}", file=sys.stderr)
        return EXIT_INTERNAL


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return 2
    if args.version:
        print(f"casedesk {__version__}")
        return EXIT_OK
    if args.command is None:
        from .app import main as gui_main  # the only path that loads Qt

        return gui_main(args)
    return run(args)
