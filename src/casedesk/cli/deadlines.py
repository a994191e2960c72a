"""Commands about deadlines: deadlines, upcoming, ics.

``upcoming`` and ``deadlines ID`` answer from the SQLite file with the standard library alone when
they can (no SQLAlchemy to load: ``storage.quickread``), and the long way otherwise; both print one
shape."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace, read_case_file

if TYPE_CHECKING:
    from ..services.deadlines import DeadlineService


def _deadline_service(ws: Workspace) -> DeadlineService:
    service = ws.policy_services().deadlines
    service.ensure_current(ws.today)  # policy data changed since they were computed: recompute first
    return service


def cmd_deadlines(args: argparse.Namespace, ws: Workspace) -> int:
    target = args.target
    if Path(target).is_file():
        from ..domain.deadlines import compute_deadlines

        computed = compute_deadlines(read_case_file(Path(target), ws.today), ws.policy, ws.today)
        items = [shapes.computed_deadline(d, ws.today, shapes.language(args)) for d in computed]
    elif target.isdigit():
        from ..storage.quickread import quick_client_deadlines, quick_stale_from

        client_id = int(target)
        quick = ws.quick(lambda conn: (quick_client_deadlines(conn, client_id), quick_stale_from(conn)),
                         current_deadlines=True)
        records, stale_from = quick if quick is not None else (None, None)
        if records is None:  # the long way: migrated, recomputed if need be; a clear error for an unknown id
            ws.services.clients.get(client_id)
            records = _deadline_service(ws).for_client(client_id)
        items = [shapes.reworded(shapes.stored_deadline(r, ws.today), shapes.language(args)) for r in records]
        for item in items:
            item["stale_facts"] = shapes.stored_stale_facts(item, lambda: ws.policy, ws.today, stale_from)
    else:
        raise UsageError(f"deadlines: {target}: neither a case file nor a client id")
    shapes.emit(args, shapes.case_deadlines(items, lambda: ws.policy, shapes.language(args)))
    return EXIT_OK


def cmd_upcoming(args: argparse.Namespace, ws: Workspace) -> int:
    """Open deadlines soonest first: what needs action within ``--within`` days (overdue to-dos
    included, statuses that ended long ago left to ``--bucket ended`` unless ``--all``), or one
    bucket of the morning view (``--bucket``); at most ``--limit``. Streamed: one row at a time from
    SQLite to the output, so memory stays flat at any caseload size."""
    from ..domain.vocab import DEADLINE_KINDS

    unknown = [k for k in args.kind if k not in DEADLINE_KINDS]
    if unknown:
        raise UsageError(f"upcoming --kind: {unknown[0]}: not one of {', '.join(DEADLINE_KINDS)}")
    if args.within < 0:
        raise UsageError(f"upcoming --within: not a number of days: {args.within}")
    if args.limit is not None and args.limit < 0:
        raise UsageError(f"upcoming --limit: not a number of deadlines: {args.limit}")
    today = ws.today
    if ws.quick(lambda conn: _stream(conn, args, today), current_deadlines=True):
        return EXIT_OK
    service = _deadline_service(ws)  # the long way: migrated, recomputed if need be
    records = service.listing(today, args.within, bucket=args.bucket, include_ended=args.include_ended,
                              kinds=args.kind, tag=args.tag, limit=args.limit)
    shapes.emit_upcoming(args, records, today, shapes.language(args))  # written as read: flat memory
    return EXIT_OK


def _stream(conn: sqlite3.Connection, args: argparse.Namespace, today) -> bool:
    """Write ``upcoming``'s answer from the SQLite file as it is read (the quick path)."""
    import sys

    from ..domain import morning
    from ..storage.quickread import ENDED_AFTER_KEY, Range, quick_bucket, quick_bucket_json, setting

    stored = setting(conn, ENDED_AFTER_KEY)
    days = morning.DEFAULT_ENDED_AFTER_DAYS if stored is None else int(stored)
    listing = morning.listing_range(today, args.within, args.bucket, args.include_ended, days)
    r = Range(listing.first, listing.last, listing.status_only, listing.status_before)
    status = morning.US_STATUS_KINDS
    sys.stdout.flush()
    out = sys.stdout.buffer
    if args.json:
        out.write(b"[")
        for i, row in enumerate(quick_bucket_json(conn, today, r, status, args.kind, args.tag, args.limit)):
            out.write(b", " + row if i else row)
        out.write(b"]\n")
    else:
        language = shapes.language(args)
        for record in quick_bucket(conn, today, r, status, args.kind, args.tag, args.limit):
            out.write((shapes.upcoming_line(record, today, language) + "\n").encode())
    out.flush()
    return True


def cmd_ics(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.calendar_export import export_ics

    count = export_ics(_deadline_service(ws), ws.services.settings, args.output, ws.today,
                       names=True if args.names else None)
    shapes.emit(args, shapes.calendar_written(count, args.output, shapes.language(args)))
    return EXIT_OK


COMMANDS = {"deadlines": cmd_deadlines, "upcoming": cmd_upcoming, "ics": cmd_ics}
