"""The command line: the same services as the desktop app, JSON in and out.

Errors print one line on stderr and exit non-zero; nothing here imports Qt, so a command
starts fast. Without a sub-command, ``casedesk`` opens the desktop app (see ``app.py``).

An encrypted caseload is unlocked with ``$CASEDESK_PASSPHRASE``, else ``$CASEDESK_RECOVERY_KEY``,
else a prompt when the command runs in a terminal; otherwise the command stops with a one-line
message. The OS keyring is not used here (a script must not wait on a keyring's unlock dialog).
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


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes. Sub-commands leave unset ones out (SUPPRESS), so
    ``casedesk --data-dir X import F`` and ``casedesk import F --data-dir X`` mean the same."""
    kw = {} if defaults else {"default": argparse.SUPPRESS}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="where the caseload lives (else $CASEDESK_HOME, "
                        "else the platform's user data folder)", **kw)
    common.add_argument("--database-url", metavar="URL", help=argparse.SUPPRESS, **kw)
    common.add_argument("--json", action="store_true", help="print JSON", **kw)
    common.add_argument("--as-of", metavar="DATE", type=_iso_date, help="use DATE as today", **kw)
    common.add_argument("--policy", metavar="FILE", type=Path,
                        help="policy data file to use instead of the one shipped (else $CASEDESK_POLICY)", **kw)
    return common


def build_parser() -> argparse.ArgumentParser:
    top = _common_options(defaults=True)
    common = _common_options(defaults=False)

    parser = _Parser(prog="casedesk", parents=[top],
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
    p = sub.add_parser("crs", parents=[common], help="Express Entry CRS score of a case file")
    p.add_argument("case", type=Path, metavar="CASE.json")
    p = sub.add_parser("assess", parents=[common], help="every pathway's verdict for a case file or a stored client")
    p.add_argument("target", metavar="CASE.json|ID")
    p = sub.add_parser("reassess", parents=[common],
                       help="re-run every client against the current policy data; list whose verdicts changed")
    p = sub.add_parser("policy", parents=[common], help="the policy facts in force, with dates and sources")
    p.add_argument("--id", default="", metavar="PREFIX", help="only facts whose id starts with PREFIX")
    p = sub.add_parser("deadlines", parents=[common], help="the dated deadlines of a case file or a stored client")
    p.add_argument("target", metavar="CASE.json|ID")
    p = sub.add_parser("upcoming", parents=[common], help="deadlines due within DAYS across the caseload "
                       "(overdue ones included), soonest first")
    p.add_argument("--within", type=int, default=30, metavar="DAYS")
    p.add_argument("--kind", action="append", default=[], metavar="KIND", help="only this kind (repeatable)")
    p.add_argument("--tag", default=None, metavar="TAG", help="only caseworker tasks with this tag")
    p = sub.add_parser("ics", parents=[common], help="every open deadline as an iCalendar file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--names", action="store_true", help="put client names in the events (off by default: "
                   "calendars often sync to the cloud)")
    p = sub.add_parser("letter", parents=[common], help="a referral letter for a stored client, as PDF")
    p.add_argument("id", type=_client_id, metavar="ID")
    p.add_argument("--kind", required=True, choices=("spousal_sponsorship", "citizenship_certificate"))
    p.add_argument("--lang", default="en", choices=("en", "fr"))
    p.add_argument("--recipient", action="append", default=[], metavar="LINE",
                   help="a line of the recipient's name and address (repeatable)")
    p.add_argument("--note", default=None, metavar="TEXT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p = sub.add_parser("audit", parents=[common], help="the audit trail (who changed what, when), newest first; "
                       "a deleted client's values are withheld")
    p.add_argument("id", nargs="?", type=_client_id, metavar="ID", help="only this client")
    p.add_argument("--limit", type=int, default=None, metavar="N")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="write the trail to FILE instead (.json for JSON, else CSV)")
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

class Workspace:
    """What a command may need, opened only when it asks: a case file check needs no database."""

    def __init__(self, args: argparse.Namespace, paths):
        self.args = args
        self.paths = paths
        self._db = None
        self._policy = None
        self._warned = False
        self._secret: str | None = None

    @property
    def db(self):
        if self._db is None:
            from .services.workspace import open_workspace

            self._db = open_workspace(self.paths, self.secret)
        return self._db

    def secret(self) -> str:
        """The encrypted caseload's passphrase or recovery key: from the environment, else asked."""
        if self._secret is None:
            import os

            from .services.encryption import ENV_PASSPHRASE, ENV_RECOVERY_KEY

            found = os.environ.get(ENV_PASSPHRASE) or os.environ.get(ENV_RECOVERY_KEY)
            if not found:
                if not _interactive():
                    raise UsageError(f"the caseload is encrypted: set {ENV_PASSPHRASE} (or {ENV_RECOVERY_KEY}), "
                                     "or run the command in a terminal to be asked")
                import getpass

                found = getpass.getpass("casedesk: the caseload is encrypted. Passphrase (or recovery key): ")
            self._secret = found
        return self._secret

    @property
    def policy(self):
        if self._policy is None:
            from .policy.loader import default_policy, load_policy

            chosen = self._policy_file()
            self._policy = load_policy(chosen) if chosen else default_policy()
            self._warn_if_stale(self._policy.version, self._policy.published)
        return self._policy

    def policy_version(self) -> str:
        """The policy data's version, without reading its facts (what the quick paths check)."""
        if self._policy is not None:
            return self._policy.version
        from .policy.loader import policy_header

        version, published = policy_header(self._policy_file())
        self._warn_if_stale(version, published)
        return version

    def _policy_file(self) -> Path | None:
        import os

        chosen = self.args.policy or os.environ.get("CASEDESK_POLICY")
        return Path(chosen) if chosen else None

    def _warn_if_stale(self, version: str, published: date) -> None:
        from .domain.policydata import STALE_AFTER_DAYS

        age = (self.today - published).days
        if age > STALE_AFTER_DAYS and not self._warned:
            self._warned = True
            print(f"casedesk: warning: policy data {version} is {age} days old; verify before relying on it",
                  file=sys.stderr)

    @property
    def today(self) -> date:
        return self.args.as_of or date.today()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _new_passphrase() -> str:
    import os

    from .services.encryption import ENV_NEW_PASSPHRASE
    from .storage.keys import check_new_passphrase

    chosen = os.environ.get(ENV_NEW_PASSPHRASE)
    if chosen:
        check_new_passphrase(chosen)
        return chosen
    if not _interactive():
        raise UsageError(f"set {ENV_NEW_PASSPHRASE}, or run the command in a terminal to be asked")
    import getpass

    chosen = getpass.getpass("casedesk: new passphrase: ")
    check_new_passphrase(chosen)
    if getpass.getpass("casedesk: the same passphrase again: ") != chosen:
        raise UsageError("the two passphrases differ; nothing was changed")
    return chosen


def _read_one_case(path: Path):
    from .domain.casefile import CaseFileError, FieldError, parse_case
    from .services.casefiles import read_documents

    try:
        with open(path, encoding="utf-8") as stream:
            docs = list(read_documents(stream))
    except UnicodeDecodeError as exc:
        raise CaseFileError([FieldError("", f"{path.name}: not UTF-8 text ({exc.reason})")]) from None
    if len(docs) != 1:
        raise CaseFileError([FieldError("", f"{path.name}: holds {len(docs)} case records; give exactly one")])
    record, doc = docs[0]
    return parse_case(doc, record if len(docs) > 1 else None)


def cmd_crs(args, ws) -> int:
    from .domain.crs import crs_score

    result = crs_score(_read_one_case(args.case), ws.today)
    data = {"total": result.total, "core": result.core, "spouse": result.spouse,
            "transferability": result.transferability, "additional": result.additional,
            "details": dict(result.details), "missing": list(result.missing), "as_of": ws.today.isoformat()}
    _emit(args, data, f"CRS {result.total} (core {result.core}, spouse {result.spouse}, transferability "
                      f"{result.transferability}, additional {result.additional})")
    return EXIT_OK


def cmd_assess(args, ws) -> int:
    from .domain.eligibility import assess

    target = args.target
    if Path(target).is_file():
        result = assess(_read_one_case(Path(target)), ws.policy, ws.today)
    elif target.isdigit():
        from .services.assessments import AssessmentService

        result = AssessmentService(ws.db, ws.policy).assess_client(int(target), ws.today)
    else:
        raise UsageError(f"assess: {target}: neither a case file nor a client id")
    from .text import render
    from .text.results import assessment_json

    text = "\n".join(f"{p.verdict:<12} {p.id:<37} {render(p.summary)}" for p in result.ranked())
    _emit(args, assessment_json(result), text)
    return EXIT_OK


def cmd_reassess(args, ws) -> int:
    from .services.assessments import AssessmentService

    from .text import render

    report = AssessmentService(ws.db, ws.policy).reassess_all(ws.today)
    lines = [f"{report.clients} clients re-assessed with policy {report.policy_version}; "
             f"{len(report.changed)} changed, {report.first_assessed} assessed for the first time"]
    for c in report.changed:
        moves = "; ".join(f"{v.pathway}: {v.old} -> {v.new}" + (f" ({render(v.summary)})" if v.summary else "")
                          for v in c.changes)
        lines.append(f"{c.id}\t{c.family_name}, {c.given_names}\t{moves}")
    data = report.as_dict()
    for client, c in zip(data["changed"], report.changed):  # the words beside each new verdict's summary code
        for change, v in zip(client["changes"], c.changes):
            change["summary"] = render(v.summary) if v.summary else None
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


def _deadline_service(ws):
    from .services.deadlines import DeadlineService

    service = DeadlineService(ws.db, ws.policy)
    service.ensure_current(ws.today)  # policy data changed since they were computed: recompute first
    return service


def cmd_deadlines(args, ws) -> int:
    target = args.target
    if Path(target).is_file():
        from .domain.deadlines import compute_deadlines

        items = [d.as_dict(ws.today) for d in compute_deadlines(_read_one_case(Path(target)), ws.policy, ws.today)]
    elif target.isdigit():
        from .services.clients import ClientService

        ClientService(ws.db).get(int(target))  # a clear error for an unknown id
        items = [_record_dict(r, ws.today) for r in _deadline_service(ws).for_client(int(target))]
    else:
        raise UsageError(f"deadlines: {target}: neither a case file nor a client id")
    text = "\n".join(f"{d['due']}  {d['days_left']:>5}  {d['kind']:<18} {d['title']}" for d in items)
    _emit(args, items, text)
    return EXIT_OK


def _record_dict(r, today: date) -> dict:
    return {"client_id": r.client_id, "given_names": r.given_names, "family_name": r.family_name,
            "key": r.key, "kind": r.kind, "due": r.due.isoformat(), "days_left": (r.due - today).days,
            "title": r.title, "basis": r.basis, "caveat": r.caveat, "cliff": r.cliff, "tag": r.tag,
            "state": r.state, "source": ({"id": r.source_id, "title": r.source_title, "url": r.source_url or ""}
                                        if r.source_id else None)}


def _quick(ws, read):
    """``read(connection)`` on the SQLite file with the standard library alone (no SQLAlchemy to
    load), or None when that cannot be trusted: no file yet, another schema, or deadlines computed
    with other policy data. Then the long way answers, after migrating or recomputing."""
    if ws.paths.database_url:
        return None
    import sqlite3

    from .storage.quickread import DEADLINES_POLICY_KEY, open_quick, setting

    conn = open_quick(ws.paths.database_file)
    if conn is None:
        return None
    try:
        if setting(conn, DEADLINES_POLICY_KEY) != ws.policy_version():
            return None
        return read(conn)
    except sqlite3.Error:  # busy past the timeout, an odd file: the long way reports it properly
        return None
    finally:
        conn.close()


def cmd_upcoming(args, ws) -> int:
    from datetime import timedelta

    from .domain.vocab import DEADLINE_KINDS
    from .storage.quickread import quick_upcoming, quick_upcoming_json

    unknown = [k for k in args.kind if k not in DEADLINE_KINDS]
    if unknown:
        raise UsageError(f"upcoming --kind: {unknown[0]}: not one of {', '.join(DEADLINE_KINDS)}")
    if args.within < 0:
        raise UsageError(f"upcoming --within: not a number of days: {args.within}")
    horizon = ws.today + timedelta(days=args.within)
    if args.json:
        answer = _quick(ws, lambda conn: quick_upcoming_json(conn, ws.today, horizon, args.kind, args.tag))
        if answer is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(answer + b"\n")
            sys.stdout.buffer.flush()
            return EXIT_OK
    records = None if args.json else _quick(ws, lambda conn: quick_upcoming(conn, ws.today, horizon, args.kind,
                                                                            args.tag))
    if records is None:  # the quick way could not answer (for --json, it was just tried)
        records = _deadline_service(ws).upcoming(ws.today, args.within, kinds=args.kind, tag=args.tag)
    items = [_record_dict(r, ws.today) for r in records]
    text = "" if args.json else "\n".join(f"{d['due']}  {d['days_left']:>5}  {d['client_id']:>7}  "
                                          f"{d['family_name']}, {d['given_names']}  {d['title']}" for d in items)
    _emit(args, items, text)
    return EXIT_OK


def cmd_ics(args, ws) -> int:
    from .services.calendar_export import export_ics
    from .services.settings import SettingsService

    count = export_ics(_deadline_service(ws), SettingsService(ws.db), args.output, ws.today,
                       names=True if args.names else None)
    _emit(args, {"events": count, "file": str(args.output)}, f"{count} deadlines written to {args.output}")
    return EXIT_OK


def cmd_letter(args, ws) -> int:
    from .services.letters import LetterService

    record = LetterService(ws.db, ws.policy).produce(args.id, args.kind, args.lang, args.output, ws.today,
                                                     recipient=args.recipient, note=args.note)
    _emit(args, {"id": args.id, "kind": record.kind, "language": record.language, "reference": record.reference,
                 "file": str(args.output)}, f"letter {record.reference} written to {args.output}")
    return EXIT_OK


def cmd_policy(args, ws) -> int:
    policy = ws.policy
    facts = [f for f in policy.in_force(ws.today) if f.id.startswith(args.id)]
    from .domain.policydata import thaw

    data = {"version": policy.version, "published": policy.published.isoformat(),
            "age_days": policy.age_days(ws.today), "stale": policy.stale(ws.today),
            "facts": [{"id": f.id, "title": f.title, "value": thaw(f.value), "effective": f.effective,
                       "until": f.until, "confidence": f.confidence, "verify": not f.confirmed,
                       "source": {"title": f.source_title, "url": f.source_url}} for f in facts]}
    text = "\n".join(f"{f.id}\t{f.effective.isoformat()}\t{'' if f.confirmed else 'VERIFY '}{f.title}"
                     for f in facts)
    _emit(args, data, text)
    return EXIT_OK

def cmd_import(args, ws) -> int:
    db = ws.db
    from .services.casefiles import import_file

    result = import_file(db, args.file, as_of=ws.today)
    for warning in result.warnings[:20]:
        print(f"casedesk: warning: {warning}", file=sys.stderr)
    data = {"count": len(result.ids), "ids": result.ids, "warnings": result.warnings}
    if len(result.ids) == 1:
        data = {"id": result.ids[0]} | data
    _emit(args, data, "\n".join(map(str, result.ids)))
    log.info("imported %d clients", len(result.ids))
    return EXIT_OK


def cmd_export(args, ws) -> int:
    db = ws.db
    from .services.casefiles import export_file
    from .services.clients import ClientService

    if args.all == bool(args.ids):
        raise UsageError("export: give client ids or --all (not both)")
    ids = ClientService(db).all_ids() if args.all else args.ids
    count = export_file(db, ids, args.output)
    _emit(args, {"count": count, "file": str(args.output)}, f"{count} case file(s) written to {args.output}")
    return EXIT_OK


def cmd_list(args, ws) -> int:
    db = ws.db
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


def cmd_audit(args, ws) -> int:
    from .services.audit import AuditService, value_text
    from .services.clients import ClientService

    service = AuditService(ws.db)
    if args.output is not None:
        count = service.export(args.output, args.id)
        _emit(args, {"count": count, "file": str(args.output)}, f"{count} audit entries written to {args.output}")
        return EXIT_OK
    entries = service.trail(args.id, limit=args.limit)
    if args.id is not None and not entries:
        ClientService(ws.db).get(args.id)  # a clear error for an id that never existed
    text = "\n".join(
        f"{e.at.isoformat()}Z  {e.actor}  {e.client_id}  {e.action}"
        + (f"  {e.field}" if e.field else "")
        + ("  (values withheld: client deleted)" if e.withheld else
           f"  {value_text(e.old)} -> {value_text(e.new)}" if e.action == "update" else "")
        for e in entries)
    _emit(args, [e.as_dict() for e in entries], text)
    return EXIT_OK


def cmd_backup(args, ws) -> int:
    db = ws.db
    target = db.backup_to(args.output)
    _emit(args, {"file": str(target)}, f"backup written to {target}")
    return EXIT_OK


def cmd_restore(args, ws) -> int:
    db = ws.db
    kept = db.restore_from(args.file)
    _emit(args, {"restored": str(args.file), "previous_kept_at": str(kept)},
          f"restored {args.file}; the previous caseload was kept at {kept}")
    return EXIT_OK


def cmd_encrypt(args, ws) -> int:
    from .services.encryption import encrypt
    from .services.workspace import needs_unlock

    if needs_unlock(ws.paths):
        raise UsageError("the caseload is already encrypted; `casedesk passphrase` changes its passphrase")
    passphrase = _new_passphrase()
    report = encrypt(ws.db, passphrase)
    left = [str(p) for p in report.backups_left]
    text = [f"The caseload and {report.backups_converted} backup(s) are now encrypted.",
            "", f"Recovery key: {report.recovery_key}", "",
            "It is shown only this once. Store it away from this computer (printed, or in a password manager):",
            "it opens the caseload if the passphrase is forgotten or the key file "
            f"{Path(ws.paths.database_file).stem}.key.json is lost."]
    if left:
        text.append(f"These backups could not be read, so they were left unencrypted; delete them: {', '.join(left)}")
    _emit(args, {"encrypted": True, "recovery_key": report.recovery_key, "backups_encrypted": report.backups_converted,
                 "backups_left": left, "seconds": round(report.seconds, 3)}, "\n".join(text))
    return EXIT_OK


def cmd_decrypt(args, ws) -> int:
    from .services.encryption import decrypt
    from .services.workspace import needs_unlock

    if not needs_unlock(ws.paths):
        raise UsageError("the caseload is not encrypted")
    report = decrypt(ws.db, ws.secret())
    left = [str(p) for p in report.backups_left]
    text = f"Encryption removed from the caseload and {report.backups_converted} backup(s)."
    if left:
        text += f" These backups could not be read and are still encrypted: {', '.join(left)}"
    _emit(args, {"encrypted": False, "backups_converted": report.backups_converted, "backups_left": left,
                 "seconds": round(report.seconds, 3)}, text)
    return EXIT_OK


def cmd_passphrase(args, ws) -> int:
    from .services.encryption import change_passphrase
    from .services.workspace import needs_unlock

    if not needs_unlock(ws.paths):
        raise UsageError("the caseload is not encrypted; `casedesk encrypt` encrypts it")
    secret = ws.secret()
    change_passphrase(ws.paths.database_file, secret, _new_passphrase())
    _emit(args, {"changed": True}, "Passphrase changed; the old one no longer opens the caseload. "
                                   "The recovery key is unchanged.")
    return EXIT_OK


COMMANDS = {"import": cmd_import, "export": cmd_export, "list": cmd_list, "backup": cmd_backup,
            "restore": cmd_restore, "crs": cmd_crs, "assess": cmd_assess, "reassess": cmd_reassess,
            "policy": cmd_policy, "deadlines": cmd_deadlines, "upcoming": cmd_upcoming, "ics": cmd_ics,
            "letter": cmd_letter, "audit": cmd_audit, "encrypt": cmd_encrypt, "decrypt": cmd_decrypt,
            "passphrase": cmd_passphrase}


def run(args: argparse.Namespace) -> int:
    from .config import resolve_paths
    from .logsetup import scrubbed_traceback, setup_logging
    from .policy.loader import PolicyFileError
    from .services.errors import USER_ERRORS

    paths = resolve_paths(args.data_dir, args.database_url)
    log_path = None
    try:
        paths.ensure()
        log_path = setup_logging(paths.log_dir)
        ws = Workspace(args, paths)
        try:
            return COMMANDS[args.command](args, ws)
        finally:
            ws.close()
    except UsageError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `casedesk list | head`: the reader has gone, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (*USER_ERRORS, PolicyFileError) as exc:
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
