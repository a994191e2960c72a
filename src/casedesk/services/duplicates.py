"""The same person twice: by A-number, or by the same names and date of birth when an A-number
does not tell them apart (issue 13).

Imported twice, one person became two clients with every deadline listed twice. An import and
the editor refuse a client who is already in the caseload (or earlier in the same file), naming
who they match, unless told to add them anyway (``import --allow-duplicates``).
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b
from typing import Any

from ..domain import summary
from ..domain.caseerrors import field_error
from ..domain.errors import CaseFileError, FieldError
from ..domain.facts import Identity
from ..storage.clients import Person


Key = int | None  # a digest of summary.a_number_key or summary.person_key (``People.keys``)
Who = dict[str, Any]  # {"who": English words, "client": id, "name": name} or {"who": ..., "record": n}


class DuplicatePerson(CaseFileError):
    """A client who is already in the caseload; nothing was saved."""


class People:
    """People already seen, by their two keys, each with how to name them: a stored client's words, or
    the number of a record earlier in the file being imported (worded only if it matches: an import of
    300,000 clients kept 300,000 sentences and tuples, a third of its memory)."""

    def __init__(self) -> None:
        # who: a stored client as {"who": English words, "client": id, "name": name}, or the number of a
        # record earlier in the file (worded only if it matches)
        self._by_a_number: dict[int, Who | int] = {}
        self._by_person: dict[int, Who | int] = {}
        self._without_a_number: set[int] = set()  # the person keys first seen without an A-number

    @classmethod
    def of(cls, stored: Iterable[Person], *, besides: int | None = None) -> People:
        people = cls()
        for p in stored:
            if p.id != besides:
                people.remember(_digest(p.a_number), _digest(p.person),
                                {"who": f"client {p.id} ({p.name}), already in the caseload", "client": p.id,
                                 "name": p.name})
        return people

    def remember(self, a_number: Key, person: Key, who: Who | int) -> None:
        """The client's ``keys``; ``who``: a stored client's words, or the number of their record in the file
        being imported."""
        if a_number is not None:
            self._by_a_number.setdefault(a_number, who)
        if person is not None and person not in self._by_person:
            self._by_person[person] = who
            if a_number is None:
                self._without_a_number.add(person)

    @staticmethod
    def keys(c: Identity) -> tuple[Key, Key]:
        """The client's two keys: A-number and person (names and date of birth), folded, as digests."""
        return _digest(summary.a_number_key(c.a_number)), _digest(_person(c))

    def match(self, c: Identity) -> FieldError | None:
        """What makes this client someone already seen, or None."""
        return self.match_keys(*self.keys(c))

    def match_keys(self, a_number: Key, person: Key) -> FieldError | None:
        """``match`` by the client's ``keys`` (made where the record was checked: an import's worker)."""
        who = None if a_number is None else self._by_a_number.get(a_number)
        if who is not None:
            return field_error("client.a_number", "case.same_a_number", **_who(who))
        same = None if person is None else self._by_person.get(person)
        # Two different A-numbers are two people, whatever their names and birth: only when one of the
        # two has none do names and date of birth decide.
        if same is not None and (a_number is None or person in self._without_a_number):
            return field_error("client.date_of_birth", "case.same_person", **_who(same))
        return None


def _who(who: Who | int) -> Who:
    return who if isinstance(who, dict) else {"who": f"record {who} of this file", "record": who}


def _person(c: Identity) -> str | None:
    return summary.person_key(c.given_names, c.family_name, c.date_of_birth)


def _digest(key: str | None) -> Key:
    # A 128-bit digest stands in for the key text: an import of 300,000 clients kept both texts of each, and
    # peaked at 194 MiB (185 with digests). Two keys agreeing by chance: about 1 in 10^27 at that size.
    return None if key is None else int.from_bytes(blake2b(key.encode(), digest_size=16).digest())
