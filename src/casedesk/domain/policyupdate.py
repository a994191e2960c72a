"""Policy updates: whether an update holds every fact the rules read in the shape they read it, and
what it changes (which version is newer: ``versions``).

The facts the rules read are declared once, by the shipped policy data (the floor): every fact id
it holds, with the shape of its values (``shape_of``). An update must hold each of those ids, and
each of its entries must have a value of the same kind (a date stays a date, an object keeps the
keys every shipped entry has, with values of the kinds seen there); ``null`` only where the
shipped data has it (unknown). New ids are welcome. Problems and differences are codes with the
fact id (and field), worded at the edge.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .policydata import Policy, PolicyFact



# --- the shape of a fact's values ---------------------------------------------------------------

def kind_of(value: Any) -> str:
    """The kind of a policy value: date, bool, number, text, list, object or null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, date):
        return "date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "object"
    return "list"


@dataclass
class Shape:
    """What the shipped entries of one fact id look like."""

    kinds: set[str] = field(default_factory=set)
    keys: set[str] | None = None                 # keys every object value has (None: no object seen)
    key_kinds: dict[str, set[str]] = field(default_factory=dict)
    item_kinds: set[str] = field(default_factory=set)  # kinds of list items

    def add(self, value: Any) -> None:
        kind = kind_of(value)
        self.kinds.add(kind)
        if kind == "object":
            self.keys = set(value) if self.keys is None else self.keys & set(value)
            for key, item in value.items():
                self.key_kinds.setdefault(key, set()).add(kind_of(item))
        elif kind == "list":
            self.item_kinds.update(kind_of(item) for item in value)


def shape_of(policy: Policy) -> dict[str, Shape]:
    """Each fact id of ``policy`` with the shape of its values: the declaration an update is held to."""
    shapes: dict[str, Shape] = {}
    for fact in policy.facts:
        shapes.setdefault(fact.id, Shape()).add(fact.value)
    return shapes


@dataclass(frozen=True)
class Problem:
    """Why an update cannot be used: ``code`` with the fact id, the field (``value``, ``value.<key>``)
    and what was expected and found."""

    code: str            # "fact_missing", "wrong_kind"
    fact_id: str
    field: str = ""
    expected: tuple[str, ...] = ()
    found: str = ""
    effective: date | None = None


def shape_problems(update: Policy, floor: Mapping[str, Shape]) -> list[Problem]:
    """Every way ``update`` fails the shapes ``floor`` declares (``shape_of`` the shipped data), by fact id."""
    problems: list[Problem] = []
    present = set(update.ids())
    for fact_id in sorted(floor):
        if fact_id not in present:
            problems.append(Problem("fact_missing", fact_id))
    for fact in update.facts:
        shape = floor.get(fact.id)
        if shape is not None:
            problems += _value_problems(fact, shape)
    return problems


def _value_problems(fact: PolicyFact, shape: Shape) -> list[Problem]:
    def wrong(where: str, expected: Iterable[str], found: str) -> Problem:
        return Problem("wrong_kind", fact.id, where, tuple(sorted(expected)), found, fact.effective)

    kind = kind_of(fact.value)
    if kind not in shape.kinds:
        return [wrong("value", shape.kinds, kind)]
    out: list[Problem] = []
    if kind == "object":
        for key in sorted(shape.keys or ()):
            if key not in fact.value:
                out.append(wrong(f"value.{key}", shape.key_kinds[key], "missing"))
        for key, item in fact.value.items():
            expected = shape.key_kinds.get(key)
            if expected is not None and kind_of(item) not in expected:
                out.append(wrong(f"value.{key}", expected, kind_of(item)))
    elif kind == "list" and shape.item_kinds:
        for index, item in enumerate(fact.value):
            if kind_of(item) not in shape.item_kinds:
                out.append(wrong(f"value[{index}]", shape.item_kinds, kind_of(item)))
                break
    return out


# --- what an update changes ---------------------------------------------------------------------

ADDED, CHANGED, REMOVED = "added", "changed", "removed"


@dataclass(frozen=True)
class FactDiff:
    """One fact id that differs between two policies: its latest entry before and after."""

    code: str                  # ADDED, CHANGED or REMOVED
    fact_id: str
    old: PolicyFact | None
    new: PolicyFact | None


@dataclass(frozen=True)
class PolicyDiff:
    old_version: str
    new_version: str
    facts: tuple[FactDiff, ...]

    def of(self, code: str) -> list[FactDiff]:
        return [d for d in self.facts if d.code == code]

    def counts(self) -> dict[str, int]:
        return {code: len(self.of(code)) for code in (ADDED, CHANGED, REMOVED)}


def _entry_key(fact: PolicyFact) -> tuple:
    return (fact.effective, fact.until, fact.value, fact.source_title, fact.source_url, fact.confidence,
            fact.verified_on, fact.title, fact.note, fact.title_fr)


def diff_policies(old: Policy, new: Policy) -> PolicyDiff:
    """Fact ids added, changed (any entry of their history differs) and removed, by id; each with its
    latest entry (the newest ``effective``) on both sides."""
    out: list[FactDiff] = []
    for fact_id in sorted(set(old.ids()) | set(new.ids())):
        before, after = old.history(fact_id), new.history(fact_id)
        if not before:
            out.append(FactDiff(ADDED, fact_id, None, after[-1]))
        elif not after:
            out.append(FactDiff(REMOVED, fact_id, before[-1], None))
        elif [_entry_key(f) for f in before] != [_entry_key(f) for f in after]:
            out.append(FactDiff(CHANGED, fact_id, before[-1], after[-1]))
    return PolicyDiff(old.version, new.version, tuple(out))
