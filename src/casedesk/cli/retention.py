"""Commands about keeping and erasing files: close, reopen, retention, purge."""

from __future__ import annotations

import argparse
import logging
import sys

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace, _interactive

log = logging.getLogger("casedesk.cli")


def cmd_close(args: argparse.Namespace, ws: Workspace) -> int:
    day = args.on or ws.today
    ws.services.retention.close_file(args.id, day, as_of=ws.today)
    from . import french

    words = french.closed(args.id, day) if shapes.language(args) == "fr" else f"client {args.id}: file closed on {day}"
    shapes.emit(args, shapes.Answer({"id": args.id, "closed_on": day}, words))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, ws: Workspace) -> int:
    ws.services.retention.reopen_file(args.id)
    from . import french

    words = french.reopened(args.id) if shapes.language(args) == "fr" else f"client {args.id}: file reopened"
    shapes.emit(args, shapes.Answer({"id": args.id, "closed_on": None}, words))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace, ws: Workspace) -> int:
    service = ws.services.retention
    shapes.emit(args, shapes.files_due(service.due(as_of=ws.today), service.years(), ws.today, service.deleted(),
                                       shapes.language(args)))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, ws: Workspace) -> int:
    from . import french

    fr = shapes.language(args) == "fr"
    if not args.yes:
        if not _interactive():
            if fr:
                raise UsageError(french.purge_needs_yes(args.id))
            raise UsageError(f"purge {args.id}: erases the client for good and cannot be undone; "
                             "add --yes to confirm (no terminal to ask in)")
        print(french.purge_warning(args.id) if fr else
              f"Purging client {args.id} erases their facts, assessments, letters, deadlines and their values in "
              "the audit trail for good. It cannot be undone.", file=sys.stderr)
        answer = input(french.purge_prompt(args.id) if fr else f"Type the client's id ({args.id}) to purge: ")
        if answer.strip() != str(args.id):
            raise UsageError(french.NOT_CONFIRMED if fr else "not confirmed; nothing was changed")
    service = ws.services.retention
    result = service.purge(args.id)
    log.info("purged a client: %d audit entries erased", result.entries_erased)
    shapes.emit(args, shapes.purged(result, service.tombstone(args.id), shapes.language(args)))
    return EXIT_OK


COMMANDS = {"close": cmd_close, "reopen": cmd_reopen, "retention": cmd_retention, "purge": cmd_purge}
