"""The application context: what the window and the command line both work with, built in one place.

``build_context`` resolves where the caseload lives (``--data-dir``, ``CASEDESK_HOME``, the
platform's folder), which policy data is in force (``--policy FILE``, else ``CASEDESK_POLICY``,
else the newest update stored in the caseload if newer than the packaged file, else that file) and the clock
(``--as-of`` stands in for today). Nothing is opened or
imported beyond that until it is asked for: the database (and SQLAlchemy with it) on first use of
``db``, so ``casedesk crs CASE.json`` or the quick ``upcoming`` never load it, and the services
(``Services``) on first use of ``services``.

This module is also the only one that reads the computer's clock (``SystemClock``); everything
else is handed a ``Clock`` (see ``clock.py``). It imports neither Qt nor the UI, so the command
line can use it; ``app.py`` adds the window on top.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import logstart
from .clock import Clock
from .config import Paths, resolve_paths
from .policy.source import PolicySource, Stored

if TYPE_CHECKING:
    from .services.bundle import Services
    from .services.encryption import Resumed
    from .storage.database import Database

ENV_POLICY = "CASEDESK_POLICY"


class SystemClock:
    """The computer's clock. ``as_of`` (``--as-of``) stands in for today's date; records are still
    stamped with the real time (a backup's name, an audit entry's time)."""

    def __init__(self, as_of: date | None = None):
        self._as_of = as_of

    def today(self) -> date:
        return self._as_of or date.today()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class AppContext:
    """Paths, the policy in force, the clock, and (opened on first use) the database and its services."""

    def __init__(self, paths: Paths, policy: PolicySource, clock: Clock, *,
                 secret: Callable[[], str] | None = None, resumed: Callable[[Resumed], None] | None = None):
        """``secret``: asked for the passphrase (or recovery key) only if the caseload is encrypted.
        ``resumed``: told of an interrupted conversion the opening finished or undone (it shows an
        encryption's recovery key not shown yet)."""
        self.paths = paths
        self.policy = policy
        self.clock = clock
        self._secret = secret
        self._resumed = resumed
        self._db: Database | None = None
        self._services: Services | None = None

    def stored_policy(self) -> Stored | None:
        """The newest policy update stored in the caseload (what ``PolicySource`` asks on first use): read
        with the standard library from a plain SQLite file (a case file's ``crs`` loads no SQLAlchemy,
        and creates no caseload), else through the database, opened if need be."""
        if self._db is None and not self.paths.database_url:
            from .storage.quickread import quick_policy_update

            quick = quick_policy_update(self.paths.database_file)
            if quick is not False:
                return quick
        from .storage.policyupdates import active

        with self.db.session() as session:
            found = active(session)
        return None if found is None else (found.version, found.published, found.document)

    @property
    def opened(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            from .services.workspace import open_workspace

            logstart.start()  # the command line's log, before the storage layer logs anything
            self._db = open_workspace(self.paths, self._secret, clock=self.clock, resumed=self._resumed)
        return self._db

    def adopt(self, db: Database) -> None:
        """Use a database opened elsewhere (the window's unlock dialog); it must use this context's clock."""
        if self._db is not None:
            raise RuntimeError("the context already has a database")
        if db.clock is not self.clock:
            raise ValueError("the database was opened with another clock")
        self._db = db

    @property
    def services(self) -> Services:
        if self._services is None:
            from .services.bundle import Services

            self._services = Services(self.db, self.policy)
        return self._services

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def policy_file(chosen: str | os.PathLike | None, env: Mapping[str, str] | None = None) -> Path | None:
    """The policy file chosen with ``--policy``, else ``$CASEDESK_POLICY``; None: the packaged one."""
    env = os.environ if env is None else env
    chosen = chosen or env.get(ENV_POLICY) or None
    return Path(chosen).expanduser() if chosen else None


def build_context(*, data_dir: str | os.PathLike | None = None, database_url: str | None = None,
                  policy: str | os.PathLike | None = None, as_of: date | None = None,
                  env: Mapping[str, str] | None = None, clock: Clock | None = None,
                  secret: Callable[[], str] | None = None,
                  resumed: Callable[[Resumed], None] | None = None) -> AppContext:
    """The context for these options (the command line's, or the window's); ``env`` stands in for the
    environment and ``clock`` for the computer's clock (tests)."""
    source = PolicySource(policy_file(policy, env), stored=lambda: ctx.stored_policy())
    ctx = AppContext(resolve_paths(data_dir, database_url, env), source, clock or SystemClock(as_of), secret=secret,
                     resumed=resumed)
    return ctx
