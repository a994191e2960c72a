"""``casedesk`` and ``python -m casedesk``: a command runs on the command line (the ``cli`` package, no Qt);
without one, the desktop app opens (``app.py``). Neither of the two imports the other."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .arguments import parse

    args = parse(argv)
    if isinstance(args, int):  # a usage error, or --version: already answered
        return args
    if args.command is None:
        from .app import main as gui_main  # the only path that loads Qt

        return gui_main(args)
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
