"""The command line: the same services as the desktop app, JSON in and out.

Errors print one line on stderr and exit non-zero; nothing here imports Qt, so a command
starts fast. The arguments are parsed in ``arguments.py``; without a command, ``casedesk`` opens
the desktop app instead (``__main__`` chooses). Both build their ``AppContext`` with
``context.build_context``.

An encrypted caseload is unlocked with ``$CASEDESK_PASSPHRASE``, else ``$CASEDESK_RECOVERY_KEY``,
else a prompt when the command runs in a terminal; otherwise the command stops with a one-line
message. The OS keyring is not used here (a script must not wait on a keyring's unlock dialog).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .arguments import UsageError, parse

if TYPE_CHECKING:
    from .context import AppContext
    from .domain.policydata import Policy
    from .services.bundle import Services
    from .storage.database import Database

EXIT_OK, EXIT_USER_ERROR, EXIT_INTERNAL = 0, 1, 70

log = logging.getLogger("casedesk.cli")


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
    """The application context (``context.py``) as a command sees it: the database is opened only
    when a command asks for it (a case file check needs none), and old policy data is warned about
    once, on stderr, by the commands that use it."""

    def __init__(self, ctx: AppContext, secret: Callable[[], str]):
        self.ctx = ctx
        self.paths = ctx.paths
        self.secret = secret  # the encrypted caseload's passphrase or recovery key, asked once
        self._warned = False

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def services(self) -> Services:
        return self.ctx.services

    def policy_services(self) -> Services:
        """The services, for a command whose answer rests on the policy data (warned about if old)."""
        self._warn_if_stale(*self.ctx.policy.header())
        return self.ctx.services

    @property
    def policy(self) -> Policy:
        policy = self.ctx.policy.current
        self._warn_if_stale(policy.version, policy.published)
        return policy

    def policy_version(self) -> str:
        """The policy data's version, without reading its facts (what the quick paths check)."""
        version, published = self.ctx.policy.header()
        self._warn_if_stale(version, published)
        return version

    def _warn_if_stale(self, version: str, published: date) -> None:
        from .domain.policydata import STALE_AFTER_DAYS

        age = (self.today - published).days
        if age > STALE_AFTER_DAYS and not self._warned:
            self._warned = True
            print(f"casedesk: warning: policy data {version} is {age} days old; verify before relying on it",
                  file=sys.stderr)

    @property
    def today(self) -> date:
        return self.ctx.clock.today()

    def close(self) -> None:
        self.ctx.close()


class _Secret:
    """The encrypted caseload's passphrase or recovery key: from the environment, else asked (once)."""

    def __init__(self) -> None:
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            import os

            from .services.encryption import ENV_PASSPHRASE, ENV_RECOVERY_KEY

            found = os.environ.get(ENV_PASSPHRASE) or os.environ.get(ENV_RECOVERY_KEY)
            if not found:
                if not _interactive():
                    raise UsageError(f"the caseload is encrypted: set {ENV_PASSPHRASE} (or {ENV_RECOVERY_KEY}), "
                                     "or run the command in a terminal to be asked")
                import getpass

                found = getpass.getpass("casedesk: the caseload is encrypted. Passphrase (or recovery key): ")
            self._value = found
        return self._value


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _new_passphrase() -> str:
    import os

    from .services.encryption import ENV_NEW_PASSPHRASE, check_new_passphrase

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

    result = crs_score(_read_one_case(args.case), ws.policy, ws.today)
    data = {"total": result.total, "core": result.core, "spouse": result.spouse,
            "transferability": result.transferability, "additional": result.additional,
            "details": dict(result.details), "missing": list(result.missing), "as_of": ws.today.isoformat(),
            "policy_version": ws.policy.version}
    _emit(args, data, f"CRS {result.total} (core {result.core}, spouse {result.spouse}, transferability "
                      f"{result.transferability}, additional {result.additional})")
    return EXIT_OK


def cmd_assess(args, ws) -> int:
    from .domain.eligibility import assess

    target = args.target
    if Path(target).is_file():
        result = assess(_read_one_case(Path(target)), ws.policy, ws.today)
    elif target.isdigit():
        result = ws.policy_services().assessments.assess_client(int(target), ws.today)
    else:
        raise UsageError(f"assess: {target}: neither a case file nor a client id")
    from .text import render
    from .text.results import assessment_json, law_age_words

    titles = _fact_titles(ws.policy, {i for p in result.pathways for i in p.stale_sources})
    lines = []
    for p in result.ranked():
        lines.append(f"{p.verdict:<12} {p.id:<37} {render(p.summary)}")
        age = law_age_words(p.stale_sources, titles)
        if age:  # the age of the law, beside the answer it affects
            lines.append(f"{'':<12} {'':<37} \N{WARNING SIGN} {age}")
    _emit(args, assessment_json(result, titles=titles), "\n".join(lines))
    return EXIT_OK


def _fact_titles(policy, fact_ids) -> dict[str, str]:
    """Each policy fact's title (its latest entry's), to name a stale fact in words."""
    found = {}
    for fact_id in fact_ids:
        entries = policy.history(fact_id)
        if entries:
            found[fact_id] = entries[-1].title
    return found


def cmd_reassess(args, ws) -> int:
    from .text import render

    report = ws.policy_services().assessments.reassess_all(ws.today)
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
    service = ws.policy_services().deadlines
    service.ensure_current(ws.today)  # policy data changed since they were computed: recompute first
    return service


def cmd_deadlines(args, ws) -> int:
    target = args.target
    from .text.results import law_age_words

    if Path(target).is_file():
        from .domain.deadlines import compute_deadlines

        items = [_deadline_dict(d, ws.today) for d in compute_deadlines(_read_one_case(Path(target)), ws.policy,
                                                                         ws.today)]
    elif target.isdigit():
        ws.services.clients.get(int(target))  # a clear error for an unknown id
        items = [_record_dict(r, ws.today) for r in _deadline_service(ws).for_client(int(target))]
        for item in items:  # a stored deadline's age of the law, read against the policy in use today
            item["stale_facts"] = list(_stored_stale_facts(item, ws.policy, ws.today))
    else:
        raise UsageError(f"deadlines: {target}: neither a case file nor a client id")
    titles = _fact_titles(ws.policy, {i for d in items for i in d["stale_facts"]})
    lines = []
    for d in items:
        lines.append(f"{d['due']}  {d['days_left']:>5}  {d['kind']:<18} {d['title']}")
        if d["caveat"]:
            lines.append(f"{'':>30} {d['caveat']}")
        d["law_age"] = law_age_words(d["stale_facts"], titles)
        if d["law_age"]:
            lines.append(f"{'':>30} \N{WARNING SIGN} {d['law_age']}")
    _emit(args, items, "\n".join(lines))
    return EXIT_OK


def _stored_stale_facts(item: dict, policy, today: date) -> tuple[str, ...]:
    from .domain.deadlines import deadline_fact_ids, messages_from_dict
    from .domain.policydata import stale_fact_ids

    messages = item.get("messages")
    title, basis, caveats = messages_from_dict(messages) if messages else (None, None, ())
    found = [m for m in (title, basis, *caveats) if m is not None]
    source = item.get("source") or {}
    return stale_fact_ids(policy, deadline_fact_ids(source.get("id"), found), today)


def _deadline_dict(d, today: date) -> dict:
    """A computed deadline: its data, its English words, and the codes they come from (``messages``)."""
    from .text.deadlines import deadline_words

    words = deadline_words(d.title, d.basis, d.caveats, d.source.title if d.source else None)
    return {**d.as_dict(today), "title": words.title, "basis": words.cited_basis, "caveat": words.caveat}


def _record_dict(r, today: date) -> dict:
    """A stored deadline, as `upcoming --json` prints it (quickread's JSON query writes the same shape):
    the English words stored with it, and the codes they come from (``messages``)."""
    return {"client_id": r.client_id, "given_names": r.given_names, "family_name": r.family_name,
            "key": r.key, "kind": r.kind, "due": r.due.isoformat(), "days_left": (r.due - today).days,
            "title": r.title, "basis": r.basis, "caveat": r.caveat, "cliff": r.cliff, "tag": r.tag,
            "state": r.state, "source": ({"id": r.source_id, "title": r.source_title, "url": r.source_url or ""}
                                        if r.source_id else None),
            "messages": None if r.messages is None else json.loads(r.messages)}


def _quick(ws, read):
    """``read(connection)`` on the SQLite file with the standard library alone (no SQLAlchemy to
    load), or None when that cannot be trusted: no file yet, another schema, or deadlines computed
    with other policy data or stored with other words. Then the long way answers, after migrating
    or recomputing."""
    if ws.paths.database_url:
        return None
    import sqlite3

    from .storage.quickread import DEADLINES_POLICY_KEY, DEADLINES_WORDS_KEY, open_quick, setting
    from .text.deadlines import words_stamp

    conn = open_quick(ws.paths.database_file)
    if conn is None:
        return None
    try:
        if setting(conn, DEADLINES_POLICY_KEY) != ws.policy_version() \
                or setting(conn, DEADLINES_WORDS_KEY) != words_stamp():
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

    count = export_ics(_deadline_service(ws), ws.services.settings, args.output, ws.today,
                       names=True if args.names else None)
    _emit(args, {"events": count, "file": str(args.output)}, f"{count} deadlines written to {args.output}")
    return EXIT_OK


def cmd_letter(args, ws) -> int:
    record = ws.policy_services().letters.produce(args.id, args.kind, args.lang, args.output, ws.today,
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

    result = import_file(db, args.file, policy=ws.ctx.policy, as_of=ws.today)
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

    if args.all == bool(args.ids):
        raise UsageError("export: give client ids or --all (not both)")
    ids = ws.services.clients.all_ids() if args.all else args.ids
    count = export_file(db, ids, args.output)
    _emit(args, {"count": count, "file": str(args.output)}, f"{count} case file(s) written to {args.output}")
    return EXIT_OK


def cmd_list(args, ws) -> int:
    service = ws.services.clients
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
    from .services.audit import value_text

    service = ws.services.audit
    if args.output is not None:
        count = service.export(args.output, args.id)
        _emit(args, {"count": count, "file": str(args.output)}, f"{count} audit entries written to {args.output}")
        return EXIT_OK
    entries = service.trail(args.id, limit=args.limit)
    if args.id is not None and not entries:
        ws.services.clients.get(args.id)  # a clear error for an id that never existed
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
    from .context import build_context
    from .logsetup import scrubbed_traceback, setup_logging
    from .policy.loader import PolicyFileError
    from .services.errors import USER_ERRORS

    secret = _Secret()
    ctx = build_context(data_dir=args.data_dir, database_url=args.database_url, policy=args.policy,
                        as_of=args.as_of, secret=secret)
    log_path = None
    try:
        ctx.paths.ensure()
        log_path = setup_logging(ctx.paths.log_dir)
        ws = Workspace(ctx, secret)
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
