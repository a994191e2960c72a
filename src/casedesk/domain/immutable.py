"""A base for the domain's small immutable value types that are plain classes with slots, not frozen
dataclasses: the command line's quick reads load them, and ``dataclasses`` would add a tenth to their
start-up. A subclass sets its fields with ``object.__setattr__`` in ``__init__``.

Pure Python, standard library only.
"""

from __future__ import annotations

from typing import Any


class Immutable:
    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot assign to {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")
