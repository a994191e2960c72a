"""Reading the tables that policy facts hold: threshold pairs and points per code.

A rule keeps its structure (which factors exist, how they add up) and reads its numbers from
policy facts. The readers here check a value's shape as they read it and report a problem as
``BadValue`` naming the fact and the place inside its value; the rule turns that into a
``PolicyValueError`` with the date it asked about.

Threshold tables are ``[[minimum, result], ...]`` with the minimums rising (the format of
``resources/policy/README.md``): a quantity gets the result of the highest pair whose minimum it
reaches, and ``below`` (0) under the first pair.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from .policydata import PolicyFact

T = TypeVar("T")


class BadValue(Exception):
    """A policy fact's value does not have the shape its reader expects."""

    def __init__(self, fact: PolicyFact, problem: str):
        super().__init__(f"{fact.id}: {problem}")
        self.fact = fact
        self.problem = problem


class Steps(Generic[T]):
    """A threshold table: ``((minimum, result), ...)``, minimums rising."""

    __slots__ = ("pairs",)

    def __init__(self, pairs: tuple[tuple[float, T], ...]):
        self.pairs = pairs

    def at(self, quantity: float, below: T) -> T:
        """The result of the highest pair whose minimum ``quantity`` reaches, else ``below``."""
        for minimum, result in reversed(self.pairs):
            if quantity >= minimum:
                return result
        return below

    def __repr__(self) -> str:
        return f"Steps({self.pairs!r})"


class Reader:
    """Reads one fact's value by paths of keys; every problem is a ``BadValue`` naming the path."""

    def __init__(self, fact: PolicyFact):
        self.fact = fact

    def bad(self, keys: tuple[str, ...], problem: str) -> BadValue:
        return BadValue(self.fact, f"{'.'.join(keys)}: {problem}" if keys else problem)

    def value(self, *keys: str) -> Any:
        """The value at ``keys`` inside the fact's value (no keys: the value itself)."""
        value = self.fact.value
        for depth, key in enumerate(keys):
            if not isinstance(value, Mapping):
                raise self.bad(keys[:depth], f"expected an object, got {_kind(value)}")
            if key not in value:
                raise self.bad(keys[:depth], f"no {key!r}")
            value = value[key]
        return value

    def integer(self, *keys: str) -> int:
        return self._integer(self.value(*keys), keys)

    def integers(self, *keys: str) -> frozenset[int]:
        value = self.value(*keys)
        if not isinstance(value, (list, tuple)):
            raise self.bad(keys, "expected a list of whole numbers")
        return frozenset(self._integer(v, keys) for v in value)

    def codes(self, allowed: Iterable[str], *keys: str) -> frozenset[str]:
        """A list of codes, each one of ``allowed`` (a case-file vocabulary)."""
        value = self.value(*keys)
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise self.bad(keys, "expected a list of codes")
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise self.bad(keys, f"unknown code {unknown[0]!r}")
        return frozenset(value)

    def steps(self, *keys: str) -> Steps[int]:
        """``[[minimum, whole number], ...]``."""
        return self.steps_of(self._integer, *keys)

    def steps_of(self, result: Callable[[Any, tuple[str, ...]], T], *keys: str) -> Steps[T]:
        """``[[minimum, r], ...]``, each ``r`` read by ``result(r, keys)``."""
        value = self.value(*keys)
        if not isinstance(value, (list, tuple)):
            raise self.bad(keys, "expected a list of [minimum, value] pairs")
        pairs: list[tuple[float, T]] = []
        for pair in value:
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise self.bad(keys, f"expected [minimum, value] pairs, got {_kind(pair)}")
            minimum = pair[0]
            if isinstance(minimum, bool) or not isinstance(minimum, (int, float)):
                raise self.bad(keys, f"a minimum is {_kind(minimum)}, not a number")
            if pairs and minimum <= pairs[-1][0]:
                raise self.bad(keys, f"minimums must rise ({minimum} after {pairs[-1][0]})")
            pairs.append((minimum, result(pair[1], keys)))
        return Steps(tuple(pairs))

    def points_by_code(self, codes: Iterable[str], *keys: str) -> dict[str, int]:
        """``{code: whole number}`` for exactly ``codes`` (a case-file vocabulary)."""
        wanted = tuple(codes)
        value = self.value(*keys)
        if not isinstance(value, Mapping):
            raise self.bad(keys, f"expected an object, got {_kind(value)}")
        for code in wanted:
            if code not in value:
                raise self.bad(keys, f"no points for {code!r}")
        extra = sorted(set(value) - set(wanted))
        if extra:
            raise self.bad(keys, f"unknown code {extra[0]!r}")
        return {code: self._integer(value[code], (*keys, code)) for code in wanted}

    def points_by_number(self, *keys: str) -> dict[int, int]:
        """``{"18": points, ...}``: keys are whole numbers written as texts."""
        value = self.value(*keys)
        if not isinstance(value, Mapping):
            raise self.bad(keys, f"expected an object, got {_kind(value)}")
        out = {}
        for key, points in value.items():
            if not (isinstance(key, str) and key.isdigit()):
                raise self.bad(keys, f"key {key!r} is not a whole number")
            out[int(key)] = self._integer(points, (*keys, key))
        return out

    def _integer(self, value: Any, keys: tuple[str, ...]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.bad(keys, f"expected a whole number, got {_kind(value)}")
        return value


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return {str: "a text", bool: "true/false", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), type(value).__name__)
