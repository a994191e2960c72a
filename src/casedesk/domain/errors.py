"""The errors the domain reports to whoever called it: plain classes, importable at no cost
(the command line imports them before it knows which command runs; no ``dataclasses`` either, a
tenth of a quick command's start-up)."""

from __future__ import annotations

from typing import Any

from .immutable import Immutable
from .messages import Msg


class FieldError(Immutable):
    """A problem with one field of a case file; immutable. Two are equal when they name the same path with
    the same English sentence (``msg`` is the same problem as a code)."""

    __slots__ = ("path", "message", "msg")
    path: str
    message: str  # in English, as it has always read
    msg: Msg | None  # the same as a code, for other languages (caseerrors)

    def __init__(self, path: str, message: str, msg: Msg | None = None) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "msg", msg)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldError) and (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))

    def __reduce__(self) -> tuple[Any, ...]:  # slots and no setattr: pickled by its arguments
        return (FieldError, (self.path, self.message, self.msg))

    def __repr__(self) -> str:
        return f"FieldError(path={self.path!r}, message={self.message!r}, msg={self.msg!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class CaseFileError(ValueError):
    """A case file that cannot be taken as it is. ``errors`` name each field at fault."""

    def __init__(self, errors: list[FieldError], record: int | None = None):
        self.errors = errors
        self.record = record
        super().__init__(self.describe())

    def describe(self) -> str:
        where = f"record {self.record}: " if self.record is not None else ""
        first = str(self.errors[0]) if self.errors else "invalid case file"
        more = len(self.errors) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        return f"{where}{first}{tail}"


class LetterError(ValueError):
    """The letter cannot be written; the message names the missing or contrary fact."""
