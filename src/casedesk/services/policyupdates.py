"""Policy updates, offline: load a newer policy file into the caseload, or go back to the shipped data.

An update file is checked whole before anything changes (``check``): it must read as policy data
(``policy.loader``: JSON, format, every field, dates, a source, no duplicate or overlapping entries),
be newer than the data the caseload uses (and so never older than the shipped data, the floor), and
hold every fact the rules read with values of the shape they read (``domain.policyupdate``, declared
by the shipped data). The first problem is a ``PolicyFileError`` naming the fact and field.

A loaded update is a row of the caseload database, so it survives restarts and every caseworker of a
shared database reads the same law; the ``PolicySource`` every service reads is switched at once.
What changed (``PolicyDiff``) comes back for the caller to show; the clients it affects are the
re-assessment's to find (``AssessmentService.reassess_all``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.policydata import Policy
from ..domain.policyupdate import PolicyDiff, Problem, diff_policies, shape_of, shape_problems
from ..domain.versions import newer
from ..policy.loader import (
    PolicyFileError, default_policy, load_policy, policy_from_document, policy_to_document,
)
from ..policy.source import SHIPPED, UPDATE, PolicySource
from ..storage import policyupdates as store
from ..storage.database import Database, transaction
from ..storage.mapping import stamp
from . import personal
from .audit import ACTOR_SETTING, actor_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_BYTES = 16 * 1024 * 1024  # a policy file is some hundred kilobytes; refuse a stray huge file unread


@dataclass(frozen=True)
class PolicyChange:
    """Policy data put in force: the data before and after, and their difference."""

    before: Policy
    after: Policy
    diff: PolicyDiff
    overridden: bool  # a --policy file stays in force for this run: the change shows from the next


def describe(problem: Problem, name: str) -> str:
    """One line naming the fact and field (the loader's style)."""
    where = f"{name}: fact {problem.fact_id!r}"
    if problem.code == "fact_missing":
        return f"{where}: missing: the rules read this fact; the update must hold it"
    when = f" (entry effective {problem.effective.isoformat()})" if problem.effective else ""
    return (f"{where}{when}: field {problem.field!r}: expected {' or '.join(problem.expected)}, "
            f"got {problem.found}")


class PolicyUpdateService:
    def __init__(self, db: Database, policy: PolicySource):
        self.db = db
        self.source = policy

    def in_caseload(self) -> Policy:
        """The data the caseload uses, whatever a file chosen for this run says: the newest stored update
        when newer than the shipped data, else the shipped data."""
        shipped = default_policy()
        with self.db.session() as session:
            found = store.active(session)
        if found is None or not newer(found.version, shipped.version):
            return shipped
        try:
            return policy_from_document(json.loads(found.document), name=f"policy update {found.version}")
        except (ValueError, PolicyFileError):
            return shipped  # as PolicySource does (and logs)

    def read(self, path: Path) -> Policy:
        """The update file, read and checked whole (``PolicyFileError`` on the first problem)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PolicyFileError(f"{path.name}: cannot read the policy file: {exc.strerror or exc}") from exc
        if size > MAX_BYTES:
            raise PolicyFileError(f"{path.name}: {size:,} bytes is too large for a policy file")
        update = load_policy(path)  # JSON, format, every entry and field (the message names them)
        self.check(update, self.in_caseload(), path.name)
        return update

    @staticmethod
    def check(update: Policy, in_use: Policy, name: str) -> None:
        shipped = default_policy()
        if newer(shipped.version, update.version):
            raise PolicyFileError(f"{name}: field 'version': {update.version} is older than the policy data "
                                  f"shipped with CaseDesk ({shipped.version}), which is the floor")
        if not newer(update.version, in_use.version):
            raise PolicyFileError(f"{name}: field 'version': {update.version} is not newer than the policy data "
                                  f"in use ({in_use.version})")
        problems = shape_problems(update, shape_of(shipped))
        if problems:
            raise PolicyFileError(describe(problems[0], name))

    def load(self, path: Path) -> PolicyChange:
        """Check ``path`` whole, store it, and put it in force; nothing changes if any check fails."""
        before = self.in_caseload()
        update = self.read(path)
        document = json.dumps(policy_to_document(update), ensure_ascii=False, separators=(",", ":"))
        with transaction(self.db) as session:
            store.add_load(session, update.version, update.published, document, stamp(self.db.clock),
                           self._actor(session))
        return self._put_in_force(before, update, UPDATE)

    def revert(self) -> PolicyChange:
        """Go back to the shipped data: every stored update becomes inactive (kept, with a row saying who)."""
        before = self.in_caseload()
        shipped = default_policy()
        with transaction(self.db) as session:
            store.add_revert(session, shipped.version, stamp(self.db.clock), self._actor(session))
        return self._put_in_force(before, shipped, SHIPPED)

    def trail(self) -> list[store.TrailRow]:
        with self.db.session() as session:
            return store.trail(session)

    def _put_in_force(self, before: Policy, after: Policy, origin: str) -> PolicyChange:
        if not self.source.overridden:
            self.source.replace(after, origin)
        return PolicyChange(before, after, diff_policies(before, after), self.source.overridden)

    @staticmethod
    def _actor(session: Session) -> str:
        return actor_name(personal.value(session, ACTOR_SETTING))
