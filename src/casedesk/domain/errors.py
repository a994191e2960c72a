"""The errors the domain reports to whoever called it: plain classes, importable at no cost
(the command line imports them before it knows which command runs)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .messages import Msg


@dataclass(frozen=True, slots=True)
class FieldError:
    path: str
    message: str  # in English, as it has always read
    msg: Msg | None = field(default=None, compare=False)  # the same as a code, for other languages (caseerrors)

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
