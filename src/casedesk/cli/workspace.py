"""What a command works with: the application context as the command line sees it, the encrypted
caseload's secrets asked for (from the environment, else a prompt in a terminal), and a case file
given on the command line."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..arguments import UsageError

if TYPE_CHECKING:
    from ..context import AppContext
    from ..domain.facts import CaseFacts
    from ..domain.policydata import Policy
    from ..services.bundle import Services
    from ..storage.database import Database

T = TypeVar("T")


class Workspace:
    """The application context (``context.py``) as a command sees it: the database is opened only
    when a command asks for it (a case file check needs none), and old policy data is warned about
    once, on stderr, by the commands that use it."""

    def __init__(self, ctx: AppContext, secret: Callable[[], str], *, may_create: bool = True):
        self.ctx = ctx
        self.paths = ctx.paths
        self.secret = secret  # the encrypted caseload's passphrase or recovery key, asked once
        self.may_create = may_create  # else a caseload must be there already
        self._warned = False

    def _require_caseload(self) -> None:
        if not self.may_create and not self.ctx.opened and self.paths.database_url is None \
                and not self.paths.database_file.exists():
            raise UsageError(f"no caseload in {self.paths.data_dir}; nothing was created. Check --data-dir "
                             "(or $CASEDESK_HOME), or add clients with `casedesk import`")

    @property
    def db(self) -> Database:
        self._require_caseload()
        return self.ctx.db

    @property
    def services(self) -> Services:
        self._require_caseload()
        return self.ctx.services

    def policy_services(self) -> Services:
        """The services, for a command whose answer rests on the policy data (warned about if old)."""
        self._warn_if_stale(*self.ctx.policy.header())
        return self.services

    @property
    def policy(self) -> Policy:
        policy = self.ctx.policy.current
        self._warn_if_stale(policy.version, policy.published)
        return policy

    def policy_version(self) -> str:
        """The policy data's version, without reading its facts (what the quick paths check)."""
        version, published = self.ctx.policy.header()
        self._warn_if_stale(version, published)
        return version

    def quick(self, read: Callable[[sqlite3.Connection], T], *, current_deadlines: bool = False) -> T | None:
        """``read(connection)`` on the SQLite file with the standard library alone (no SQLAlchemy to load),
        or None when that cannot be trusted: a server, no file yet, another schema, an interrupted
        conversion (``storage.quickread.open_quick``), a file busy past the timeout; with
        ``current_deadlines``, deadlines computed with other policy data or stored with other words.
        Then the long way answers, after migrating or recomputing, and reports what is wrong."""
        if self.paths.database_url:
            return None
        from ..storage.quickread import DEADLINES_POLICY_KEY, DEADLINES_WORDS_KEY, open_quick, setting

        conn = open_quick(self.paths.database_file)
        if conn is None:
            return None
        try:
            if current_deadlines:
                from ..text.deadlines import words_stamp

                if setting(conn, DEADLINES_POLICY_KEY) != self.policy_version() \
                        or setting(conn, DEADLINES_WORDS_KEY) != words_stamp():
                    return None
            return read(conn)
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    def _warn_if_stale(self, version: str, published: date) -> None:
        from ..domain.freshness import STALE_AFTER_DAYS

        age = (self.today - published).days
        if age > STALE_AFTER_DAYS and not self._warned:
            self._warned = True
            print(f"casedesk: warning: policy data {version} is {age} days old; verify before relying on it",
                  file=sys.stderr)

    @property
    def today(self) -> date:
        return self.ctx.clock.today()

    def close(self) -> None:
        self.ctx.close()


class Secret:
    """The encrypted caseload's passphrase or recovery key: from the environment, else asked (once).
    The OS keyring is not used here (a script must not wait on a keyring's unlock dialog)."""

    def __init__(self) -> None:
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            import os

            from ..services.encryption import ENV_PASSPHRASE, ENV_RECOVERY_KEY

            found = os.environ.get(ENV_PASSPHRASE) or os.environ.get(ENV_RECOVERY_KEY)
            if not found:
                if not _interactive():
                    raise UsageError(f"the caseload is encrypted: set {ENV_PASSPHRASE} (or {ENV_RECOVERY_KEY}), "
                                     "or run the command in a terminal to be asked")
                import getpass

                found = getpass.getpass("casedesk: the caseload is encrypted. Passphrase (or recovery key): ")
            self._value = found
        return self._value


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def new_passphrase() -> str:
    """A new passphrase: ``$CASEDESK_NEW_PASSPHRASE``, else asked twice in a terminal; checked."""
    import os

    from ..services.encryption import ENV_NEW_PASSPHRASE, check_new_passphrase

    chosen = os.environ.get(ENV_NEW_PASSPHRASE)
    if chosen:
        check_new_passphrase(chosen)
        return chosen
    if not _interactive():
        raise UsageError(f"set {ENV_NEW_PASSPHRASE}, or run the command in a terminal to be asked")
    import getpass

    chosen = getpass.getpass("casedesk: new passphrase: ")
    check_new_passphrase(chosen)
    if getpass.getpass("casedesk: the same passphrase again: ") != chosen:
        raise UsageError("the two passphrases differ; nothing was changed")
    return chosen


def read_case_file(path: Path, as_of: date | None = None) -> CaseFacts:
    """The one case in the file given (``crs``, ``assess``, ``deadlines``); a clear error otherwise."""
    from ..domain.caseerrors import field_error
    from ..domain.casefile import CaseFileError, parse_case
    from ..services.casefiles import open_case_file, read_documents

    with open_case_file(path) as stream:
        docs = list(read_documents(stream))
    if len(docs) != 1:
        raise CaseFileError([field_error("", "case.several_records", file=path.name, count=len(docs))])
    record, doc = docs[0]
    return parse_case(doc, record if len(docs) > 1 else None, as_of=as_of)
