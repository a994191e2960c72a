"""Results as data: a message is a code with parameters, turned into words at the edge.

A rule says ``msg("stca.exception.family", relation="sister", status="citizen")``; the UI, the
command line and the letters choose the English or French words for it from one catalogue per
language (``casedesk.text``). Parameters are plain values that survive JSON: text (often a
vocabulary code such as a relation or a country), whole and decimal numbers, booleans, dates,
``None``, and tuples or nested messages of those.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Union

from .immutable import Immutable

Param = Union[str, int, float, bool, date, None, "Msg", tuple["Param", ...]]


_EMPTY: Mapping[str, Any] = MappingProxyType({})
_PLAIN = frozenset((str, int, float, bool, date, type(None)))  # exact types that need no freezing
_JSON_PLAIN = frozenset((str, int, float, bool, type(None)))  # and no conversion for JSON


def _freeze(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, (str, int, float, bool, date, Msg)) or value is None:
        return value
    raise TypeError(f"a message parameter must be a plain value, not {type(value).__name__}")


class Msg(Immutable):
    """A code and its parameters; immutable and hashable (the command line's quick reads rebuild stored
    messages: see ``immutable``)."""

    __slots__ = ("code", "params")
    code: str
    params: Mapping[str, Param]

    def __init__(self, code: str, params: Mapping[str, Param] | None = None) -> None:
        # A rule makes dozens of messages per client: the common cases (no parameters, plain values) go fast.
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", MappingProxyType(
            {k: v if type(v) in _PLAIN else _freeze(v) for k, v in params.items()}) if params else _EMPTY)

    def __repr__(self) -> str:
        return f"Msg(code={self.code!r}, params={dict(self.params)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as code and plain parameters (a read-only mapping does not pickle): results computed
        # in another process (services.parallel) come back as messages.
        return (Msg, (self.code, dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and self.code == other.code and dict(self.params) == dict(other.params)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"code": ..., "params": {...}}`` (dates as ISO text, messages nested)."""
        return {"code": self.code, "params": {k: v if type(v) in _JSON_PLAIN else _to_json(v)
                                              for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Msg:
        """The inverse of ``as_dict`` (ISO date texts come back as dates)."""
        return cls(str(data["code"]), {k: _from_json(v) for k, v in dict(data.get("params") or {}).items()})


_BARE: dict[str, Msg] = {}  # messages without parameters, made once per code (they are immutable)


def msg(code: str, **params: Any) -> Msg:
    if params:
        return Msg(code, params)
    found = _BARE.get(code)
    if found is None:
        found = _BARE[code] = Msg(code)
    return found


def _to_json(value: Any) -> Any:
    if isinstance(value, Msg):
        return {"$msg": value.as_dict()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$msg"}:
        return Msg.from_dict(value["$msg"])
    if isinstance(value, dict) and set(value) == {"$date"}:
        return date.fromisoformat(value["$date"])
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    return value
