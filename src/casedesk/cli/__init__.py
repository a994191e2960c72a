"""The command line: the same services as the desktop app, JSON in and out.

Errors print one line on stderr and exit non-zero; nothing here imports Qt, so a command starts
fast. The arguments are parsed in ``arguments.py``; without a command, ``casedesk`` opens the
desktop app instead (``__main__`` chooses). Both build their ``AppContext`` with
``context.build_context``.

- ``boundary.py``: the boundary (context, errors, exit status) and which module holds each command;
- ``workspace.py``: what a command works with (the context, the encrypted caseload's secrets, a
  case file given as an argument);
- ``shapes.py``: what the commands print, each shape once, in JSON and in text;
- the commands by area: ``clients.py`` (import, export, list, audit), ``assessment.py`` (crs,
  assess, reassess, policy), ``deadlines.py`` (deadlines, upcoming, ics), ``letters.py`` (letter),
  ``storage.py`` (backup, restore, encrypt, decrypt, passphrase).

An encrypted caseload is unlocked with ``$CASEDESK_PASSPHRASE``, else ``$CASEDESK_RECOVERY_KEY``,
else a prompt when the command runs in a terminal; otherwise the command stops with a one-line
message.
"""

from __future__ import annotations

from .boundary import EXIT_INTERNAL, EXIT_OK, EXIT_USER_ERROR, main, run

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_USER_ERROR", "main", "run"]
