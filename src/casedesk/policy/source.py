"""The policy data in force: one source that every service of a caseload reads.

A service keeps the source, not the policy, and asks it for ``current`` each time; so policy data
loaded later (``replace``) changes every service at once, and none can be left on the old data.
The file is read on first use: a command that only needs the version (``header``) never parses
the facts.

Which data is in force: a file chosen for this run (``--policy``, ``CASEDESK_POLICY``) first; else the
newest policy update stored in the caseload (``stored``, see ``services.policyupdates``) when it is
newer than the data shipped with CaseDesk; else the shipped data, which is the floor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

from ..logstart import logger
from .header import policy_header

if TYPE_CHECKING:  # the facts and their reader are loaded when first asked for: ``header`` needs neither
    from ..domain.policydata import Policy

# A stored update: its version, publication date and JSON document (None: none stored).
Stored = tuple[str, date, str]

SHIPPED, UPDATE, FILE, GIVEN = "shipped", "update", "file", "given"


class PolicySource:
    def __init__(self, file: Path | None = None, *, policy: Policy | None = None,
                 stored: Callable[[], Stored | None] | None = None):
        """``file``: a policy file to use instead of the packaged one; ``policy``: data already loaded;
        ``stored``: reads the newest policy update stored in the caseload (asked on first use)."""
        self._file = file
        self._policy = policy
        self._stored = stored
        self._origin = FILE if file is not None else GIVEN if policy is not None else None

    @classmethod
    def packaged(cls) -> PolicySource:
        """The policy file shipped with CaseDesk."""
        return cls()

    @classmethod
    def of(cls, policy: Policy) -> PolicySource:
        """Policy data already in memory (an edited copy, a test's)."""
        return cls(policy=policy)

    @property
    def file(self) -> Path | None:
        """The file chosen with ``--policy``/``CASEDESK_POLICY``; None: the packaged one."""
        return self._file

    @property
    def current(self) -> Policy:
        if self._policy is None:
            from .loader import default_policy, load_policy

            if self._file is not None:
                self._policy = load_policy(self._file)
            else:
                stored = self._newer_stored()
                self._policy = self._parse(stored) if stored is not None else None
                if self._policy is None:
                    self._policy, self._origin = default_policy(), SHIPPED
        return self._policy

    @property
    def origin(self) -> str:
        """Where the data in force comes from: SHIPPED, UPDATE (stored in the caseload), FILE or GIVEN."""
        self.current  # noqa: B018
        assert self._origin is not None
        return self._origin

    @property
    def overridden(self) -> bool:
        """A file chosen for this run (or data given) stands in for what the caseload stores."""
        return self._file is not None

    def header(self) -> tuple[str, date]:
        """The version and publication date, without reading the facts if they are not loaded yet."""
        if self._policy is not None:
            return self._policy.version, self._policy.published
        if self._file is not None:
            return policy_header(self._file)
        stored = self._newer_stored()
        return (stored[0], stored[1]) if stored is not None else policy_header(None)

    def check(self) -> None:
        """Read a file chosen for this run now (a start stops plainly if it cannot be used); the caseload's
        stored update is left until the caseload is open."""
        if self._file is not None:
            self.current  # noqa: B018

    def replace(self, policy: Policy, origin: str = GIVEN) -> None:
        """Put other policy data in force, for every service reading this source."""
        self._policy = policy
        self._origin = origin

    def _newer_stored(self) -> Stored | None:
        if self._stored is None:
            return None
        from ..domain.versions import newer

        stored = self._stored()
        if stored is None or not newer(stored[0], policy_header(None)[0]):
            return None  # a CaseDesk release with newer data than the update: the shipped data is the floor
        return stored

    def _parse(self, stored: Stored) -> Policy | None:
        from .loader import PolicyFileError, policy_from_document

        version, _published, document = stored
        try:
            policy = policy_from_document(json.loads(document), name=f"policy update {version}")
        except (ValueError, PolicyFileError) as exc:  # checked when stored; a later release may read it otherwise
            logger("casedesk.policy").error(
                "the stored policy update %s does not read (%s); using the shipped data", version, type(exc).__name__)
            return None
        self._origin = UPDATE
        return policy

    def __repr__(self) -> str:
        return f"PolicySource({str(self._file) if self._file else 'packaged'})"
