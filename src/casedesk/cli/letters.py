"""The letter command: a referral letter for a stored client, as PDF, recorded with the assessment it quotes."""

from __future__ import annotations

import argparse

from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace


def cmd_letter(args: argparse.Namespace, ws: Workspace) -> int:
    language = getattr(args, "lang", None) or "en"  # the letter's language: English unless asked
    record = ws.policy_services().letters.produce(args.id, args.kind, language, args.output, ws.today,
                                                  recipient=args.recipient, note=args.note)
    # --lang is the letter's language here, not the words printed: the line stays as it was (English)
    shapes.emit(args, shapes.letter(args.id, record, args.output))
    return EXIT_OK


COMMANDS = {"letter": cmd_letter}
