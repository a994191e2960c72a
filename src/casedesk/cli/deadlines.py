"""Commands about deadlines: deadlines, upcoming, ics.

``upcoming`` answers from the SQLite file with the standard library alone when it can (no
SQLAlchemy to load: ``storage.quickread``), and the long way otherwise; both print one shape."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace, read_case_file

if TYPE_CHECKING:
    from ..services.deadlines import DeadlineService

T = TypeVar("T")


def _deadline_service(ws: Workspace) -> DeadlineService:
    service = ws.policy_services().deadlines
    service.ensure_current(ws.today)  # policy data changed since they were computed: recompute first
    return service


def cmd_deadlines(args: argparse.Namespace, ws: Workspace) -> int:
    target = args.target
    if Path(target).is_file():
        from ..domain.deadlines import compute_deadlines

        computed = compute_deadlines(read_case_file(Path(target), ws.today), ws.policy, ws.today)
        items = [shapes.computed_deadline(d, ws.today) for d in computed]
    elif target.isdigit():
        ws.services.clients.get(int(target))  # a clear error for an unknown id
        items = [shapes.stored_deadline(r, ws.today) for r in _deadline_service(ws).for_client(int(target))]
        for item in items:
            item["stale_facts"] = shapes.stored_stale_facts(item, ws.policy, ws.today)
    else:
        raise UsageError(f"deadlines: {target}: neither a case file nor a client id")
    shapes.emit(args, shapes.case_deadlines(items, ws.policy))
    return EXIT_OK


def _quick(ws: Workspace, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """``read(connection)`` on the SQLite file with the standard library alone (no SQLAlchemy to
    load), or None when that cannot be trusted: no file yet, another schema, or deadlines computed
    with other policy data or stored with other words. Then the long way answers, after migrating
    or recomputing."""
    if ws.paths.database_url:
        return None
    from ..storage.quickread import DEADLINES_POLICY_KEY, DEADLINES_WORDS_KEY, open_quick, setting
    from ..text.deadlines import words_stamp

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


def cmd_upcoming(args: argparse.Namespace, ws: Workspace) -> int:
    from ..domain.vocab import DEADLINE_KINDS
    from ..storage.quickread import quick_upcoming, quick_upcoming_json

    unknown = [k for k in args.kind if k not in DEADLINE_KINDS]
    if unknown:
        raise UsageError(f"upcoming --kind: {unknown[0]}: not one of {', '.join(DEADLINE_KINDS)}")
    if args.within < 0:
        raise UsageError(f"upcoming --within: not a number of days: {args.within}")
    today = ws.today
    horizon = today + timedelta(days=args.within)
    if args.json:  # SQLite writes the JSON itself
        answer = _quick(ws, lambda conn: quick_upcoming_json(conn, today, horizon, args.kind, args.tag))
        if answer is not None:
            shapes.emit_json_bytes(answer)
            return EXIT_OK
    records = None if args.json else _quick(ws, lambda conn: quick_upcoming(conn, today, horizon, args.kind,
                                                                            args.tag))
    if records is None:  # the quick way could not answer (for --json, it was just tried)
        records = _deadline_service(ws).upcoming(today, args.within, kinds=args.kind, tag=args.tag)
    shapes.emit(args, shapes.upcoming(records, today))
    return EXIT_OK


def cmd_ics(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.calendar_export import export_ics

    count = export_ics(_deadline_service(ws), ws.services.settings, args.output, ws.today,
                       names=True if args.names else None)
    shapes.emit(args, shapes.calendar_written(count, args.output))
    return EXIT_OK


COMMANDS = {"deadlines": cmd_deadlines, "upcoming": cmd_upcoming, "ics": cmd_ics}
