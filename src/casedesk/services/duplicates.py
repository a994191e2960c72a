"""The same person twice: by A-number, or by the same names and date of birth when an A-number
does not tell them apart (issue 13).

Imported twice, one person became two clients with every deadline listed twice. An import and
the editor refuse a client who is already in the caseload (or earlier in the same file), naming
who they match, unless told to add them anyway (``import --allow-duplicates``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain import summary
from ..domain.caseerrors import field_error
from ..domain.errors import CaseFileError, FieldError
from ..domain.facts import Identity
from ..storage.clients import Person


Who = dict[str, Any]  # {"who": English words, "client": id, "name": name} or {"who": ..., "record": n}


class DuplicatePerson(CaseFileError):
    """A client who is already in the caseload; nothing was saved."""


class People:
    """People already seen, by their two keys, each with how to name them."""

    def __init__(self) -> None:
        # who: in English ("who"), and as a client id and name or a record number (the error's parameters)
        self._by_a_number: dict[str, Who] = {}
        self._by_person: dict[str, tuple[Who, str | None]] = {}  # who, and their A-number (key)

    @classmethod
    def of(cls, stored: Iterable[Person], *, besides: int | None = None) -> People:
        people = cls()
        for p in stored:
            if p.id != besides:
                people.remember(p.a_number, p.person, {"who": f"client {p.id} ({p.name}), already in the caseload",
                                                       "client": p.id, "name": p.name})
        return people

    def remember(self, a_number: str | None, person: str | None, who: Who) -> None:
        if a_number is not None:
            self._by_a_number.setdefault(a_number, who)
        if person is not None:
            self._by_person.setdefault(person, (who, a_number))

    def remember_identity(self, c: Identity, who: Who) -> None:
        self.remember(summary.a_number_key(c.a_number), _person(c), who)

    def match(self, c: Identity) -> FieldError | None:
        """What makes this client someone already seen, or None."""
        a_number = summary.a_number_key(c.a_number)
        who = self._by_a_number.get(a_number or "")
        if who is not None:
            return field_error("client.a_number", "case.same_a_number", **who)
        same = self._by_person.get(_person(c) or "")
        # Two different A-numbers are two people, whatever their names and birth: only when one of the
        # two has none do names and date of birth decide.
        if same is not None and (a_number is None or same[1] is None):
            return field_error("client.date_of_birth", "case.same_person", **same[0])
        return None


def _person(c: Identity) -> str | None:
    return summary.person_key(c.given_names, c.family_name, c.date_of_birth)
