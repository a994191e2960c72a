"""The policy data in force: one source that every service of a caseload reads.

A service keeps the source, not the policy, and asks it for ``current`` each time; so policy data
loaded later (``replace``) changes every service at once, and none can be left on the old data.
The file is read on first use: a command that only needs the version (``header``) never parses
the facts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.policydata import Policy
from .loader import default_policy, load_policy, policy_header


class PolicySource:
    def __init__(self, file: Path | None = None, *, policy: Policy | None = None):
        """``file``: a policy file to use instead of the packaged one; ``policy``: data already loaded."""
        self._file = file
        self._policy = policy

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
            self._policy = load_policy(self._file) if self._file is not None else default_policy()
        return self._policy

    def header(self) -> tuple[str, date]:
        """The version and publication date, without reading the facts if they are not loaded yet."""
        if self._policy is not None:
            return self._policy.version, self._policy.published
        return policy_header(self._file)

    def replace(self, policy: Policy) -> None:
        """Put other policy data in force, for every service reading this source."""
        self._policy = policy

    def __repr__(self) -> str:
        return f"PolicySource({str(self._file) if self._file else 'packaged'})"
