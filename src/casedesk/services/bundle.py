"""The use-cases over one open caseload, built once and sharing one policy source.

Each service is made on first use (a command that only lists clients does not load the letter
code), and every one that reads policy data reads the same ``PolicySource``: replacing its data
changes the assessments, deadlines, letters and the deadlines regenerated on save at once.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..clock import Clock
from ..policy.source import PolicySource

if TYPE_CHECKING:
    from ..storage.database import Database
    from .assessments import AssessmentService
    from .audit import AuditService
    from .clients import ClientService
    from .deadlines import DeadlineService
    from .letters import LetterService
    from .policyupdates import PolicyUpdateService
    from .retention import RetentionService
    from .settings import SettingsService


class Services:
    def __init__(self, db: Database, policy: PolicySource):
        self.db = db
        self.policy = policy

    @property
    def clock(self) -> Clock:
        """The clock the caseload stamps its records with."""
        return self.db.clock

    def change_stamp(self) -> tuple:
        """A value that moves with every committed change to the caseload (anyone's): safe to call from
        a worker thread (it reads in a connection of its own)."""
        from ..storage.stamp import change_stamp

        return change_stamp(self.db.engine)

    @cached_property
    def deadlines(self) -> DeadlineService:
        from .deadlines import DeadlineService

        return DeadlineService(self.db, self.policy)

    @cached_property
    def clients(self) -> ClientService:
        from .clients import ClientService

        return ClientService(self.db, self.policy, deadlines=self.deadlines)

    @cached_property
    def assessments(self) -> AssessmentService:
        from .assessments import AssessmentService

        return AssessmentService(self.db, self.policy, deadlines=self.deadlines)

    @cached_property
    def letters(self) -> LetterService:
        from .letters import LetterService

        return LetterService(self.db, self.policy)

    @cached_property
    def policy_updates(self) -> PolicyUpdateService:
        from .policyupdates import PolicyUpdateService

        return PolicyUpdateService(self.db, self.policy)

    @cached_property
    def audit(self) -> AuditService:
        from .audit import AuditService

        return AuditService(self.db)

    @cached_property
    def retention(self) -> RetentionService:
        from .retention import RetentionService

        return RetentionService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from .settings import SettingsService

        return SettingsService(self.db)
