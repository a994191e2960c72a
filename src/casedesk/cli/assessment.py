"""Commands about eligibility: crs, assess, reassess, policy."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace, read_case_file


def cmd_crs(args: argparse.Namespace, ws: Workspace) -> int:
    from ..domain.crs import crs_score

    result = crs_score(read_case_file(args.case, ws.today), ws.policy, ws.today)
    shapes.emit(args, shapes.crs(result, ws.today, ws.policy.version))
    return EXIT_OK


def cmd_assess(args: argparse.Namespace, ws: Workspace) -> int:
    from ..domain.eligibility import assess

    target = args.target
    if Path(target).is_file():
        result = assess(read_case_file(Path(target), ws.today), ws.policy, ws.today)
    elif target.isdigit():
        result = ws.policy_services().assessments.assess_client(int(target), ws.today)
    else:
        raise UsageError(f"assess: {target}: neither a case file nor a client id")
    shapes.emit(args, shapes.assessment(result, ws.policy, shapes.language(args)))
    return EXIT_OK


def cmd_reassess(args: argparse.Namespace, ws: Workspace) -> int:
    from ..services.parallel import cores

    shapes.emit(args, shapes.reassessed(ws.policy_services().assessments.reassess_all(ws.today, workers=cores())))
    return EXIT_OK


def cmd_policy(args: argparse.Namespace, ws: Workspace) -> int:
    if args.action is None:
        if args.file is not None:
            raise UsageError(f"policy: {args.file}: give 'load' before a file")
        shapes.emit(args, shapes.policy_facts(ws.policy, ws.today, args.id, ws.ctx.policy.origin,
                                                shapes.language(args)))
    elif args.action == "load":
        if args.file is None:
            raise UsageError("policy load: give the policy update file")
        shapes.emit(args, shapes.policy_change(ws.services.policy_updates.load(args.file)))
    elif args.file is not None:
        raise UsageError(f"policy {args.action}: takes no file")
    elif args.action == "revert":
        shapes.emit(args, shapes.policy_change(ws.services.policy_updates.revert()))
    else:
        shapes.emit(args, shapes.policy_trail(ws.services.policy_updates.trail()))
    return EXIT_OK


COMMANDS = {"crs": cmd_crs, "assess": cmd_assess, "reassess": cmd_reassess, "policy": cmd_policy}
