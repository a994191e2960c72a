"""``casedesk server init``: set up (or bring up to date) a firm's caseload on a PostgreSQL server.

Run by the server's administrator with a URL that may create roles (``--admin-url``, else
``--database-url`` / ``$CASEDESK_DATABASE_URL``). The roles' passwords come from
``$CASEDESK_OWNER_PASSWORD`` and ``$CASEDESK_APP_PASSWORD`` (unset: the roles log in another way, a
client certificate or the server's peer authentication, and an existing role keeps its password).
Nothing prints a password.
"""

from __future__ import annotations

import argparse
import os

from ..arguments import UsageError
from . import shapes
from .boundary import EXIT_OK
from .workspace import Workspace


def cmd_server(args: argparse.Namespace, ws: Workspace) -> int:
    from ..storage.server import init_server

    url = args.admin_url or ws.paths.database_url
    if not url:
        raise UsageError("server init: give the server's URL (--admin-url postgresql+psycopg://admin@host/casedesk)")
    roles = init_server(url, owner=args.owner, app=args.app,
                        owner_password=os.environ.get("CASEDESK_OWNER_PASSWORD") or None,
                        app_password=os.environ.get("CASEDESK_APP_PASSWORD") or None)
    shapes.emit(args, shapes.server_ready(roles))
    return EXIT_OK


COMMANDS = {"server": cmd_server}
