"""What an action changed, so each view refreshes only what shows it (Anki's ``OpChanges``)."""

from __future__ import annotations

from dataclasses import astuple, dataclass


@dataclass(frozen=True)
class Changes:
    clients: bool = False      # clients added, edited, deleted or brought back
    assessments: bool = False  # verdicts and best routes
    deadlines: bool = False    # deadlines and their handling: "Status ends", "Next deadline", Upcoming
    letters: bool = False      # letters recorded in clients' files
    database: bool = False     # the caseload file itself: put back from a backup, encrypted or decrypted

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(a or b for a, b in zip(astuple(self), astuple(other))))

    def __bool__(self) -> bool:
        return any(astuple(self))

    @property
    def caseload(self) -> bool:
        """Whether the caseload table's rows may show something else now."""
        return self.clients or self.assessments or self.deadlines or self.database


NOTHING = Changes()
