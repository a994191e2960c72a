"""Commands about the clients: import, export, list, audit."""

from __future__ import annotations

import argparse
import sys

from ..arguments import UsageError
from ..logstart import logger
from . import shapes
from .boundary import EXIT_OK, EXIT_USER_ERROR
from .workspace import Workspace

PAGE = 5_000


def cmd_import(args: argparse.Namespace, ws: Workspace) -> int:
    db = ws.db
    from ..services.casefiles import ImportFailed, import_file
    from ..services.parallel import cores

    try:
        result = import_file(db, args.file, policy=ws.ctx.policy, as_of=ws.today,
                             allow_duplicates=args.allow_duplicates, workers=cores())
    except ImportFailed as exc:
        if not exc.duplicates:
            raise
        from ..text.caseerrors import describe

        if shapes.language(args) == "fr":
            raise UsageError(describe(exc, "fr") + "\u00a0; pour ajouter quand même la même personne une seconde "
                             "fois\u00a0: import --allow-duplicates") from None
        raise UsageError(exc.describe() + "; to add the same person again anyway: import --allow-duplicates") from None
    for record, warning in result.warned[:20]:
        print(f"casedesk: {shapes.import_warning(record, warning, shapes.language(args))}", file=sys.stderr)
    shapes.emit(args, shapes.imported(result))
    logger("casedesk.cli").info("imported %d clients", len(result.ids))
    return EXIT_OK


def _quick_export(args: argparse.Namespace, ws: Workspace, versions: dict[int, int]) -> int | None:
    """``export`` of JSON Lines from the SQLite file with the standard library alone (``Workspace.quick``);
    None when the quick path cannot be used or an id is unknown (the long way names it)."""
    from ..storage import caselines

    if not caselines.is_lines(args.output):
        return None

    def write(conn) -> int | None:
        texts = caselines.quick_case_files(conn, None if args.all else args.ids, versions)
        if texts is None:
            return None
        caselines.write_lines(args.output, texts)
        return len(versions) if args.all else len(args.ids)

    return ws.quick(write)


def cmd_export(args: argparse.Namespace, ws: Workspace) -> int:
    if args.all == bool(args.ids):
        raise UsageError("export: give client ids or --all (not both)")
    versions: dict[int, int] = {}
    count = _quick_export(args, ws, versions)
    if count is None:
        from ..services.casefiles import export_file

        ids = ws.services.clients.all_ids() if args.all else args.ids
        versions.clear()
        count = export_file(ws.db, ids, args.output, versions=versions)
    shapes.emit(args, shapes.exported(count, args.output, versions, shapes.language(args)))
    return EXIT_OK


def cmd_update(args: argparse.Namespace, ws: Workspace) -> int:
    """Replace a stored client's facts with a case file's (the round trip with ``export``); with
    ``--if-version N``, only if nobody saved the client since version N (else the conflict, named)."""
    from .workspace import read_case_file

    facts = read_case_file(args.file, ws.today)
    record = ws.services.clients.update(args.id, facts, args.if_version, as_of=ws.today)
    ws.services.assessments.current(record.id, ws.today)
    shapes.emit(args, shapes.updated(record, shapes.language(args)))
    return EXIT_OK


def _quick_list(args: argparse.Namespace, ws: Workspace) -> list | None:
    """``list``'s rows from the SQLite file with the standard library alone (``Workspace.quick``)."""
    from ..domain.summary import search_terms
    from ..storage.quickread import quick_caseload

    return ws.quick(lambda conn: quick_caseload(conn, search_terms(args.search), args.limit))


def cmd_list(args: argparse.Namespace, ws: Workspace) -> int:
    quick = _quick_list(args, ws)
    if quick is not None:
        shapes.emit(args, shapes.caseload(quick))
        return EXIT_OK
    service = ws.services.clients
    rows: list = []
    total = None
    while args.limit is None or len(rows) < args.limit:
        page, total = service.page(args.search, offset=len(rows), limit=PAGE, total=total)
        rows += page
        if len(page) < PAGE:
            break
    shapes.emit(args, shapes.caseload(rows[: args.limit] if args.limit is not None else rows))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, ws: Workspace) -> int:
    service = ws.services.audit
    if args.verify:
        if args.output is not None or args.id is not None:
            raise UsageError("audit --verify checks the whole trail: give no ID and no -o")
        check = service.verify()
        shapes.emit(args, shapes.trail_check(check, shapes.language(args)))
        return EXIT_OK if check.intact else EXIT_USER_ERROR
    if args.output is not None:
        shapes.emit(args, shapes.audit_written(service.export(args.output, args.id), args.output,
                                                 shapes.language(args)))
        return EXIT_OK
    entries = service.trail(args.id, limit=args.limit)
    if args.id is not None and not entries:
        ws.services.clients.get(args.id)  # a clear error for an id that never existed
    shapes.emit(args, shapes.audit_trail(entries, shapes.language(args)))
    return EXIT_OK


COMMANDS = {"import": cmd_import, "export": cmd_export, "update": cmd_update, "list": cmd_list, "audit": cmd_audit}
