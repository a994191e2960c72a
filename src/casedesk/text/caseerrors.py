"""What is wrong with a case file, in words: a ``FieldError`` or a whole ``CaseFileError`` in a language.

English is the error's own ``message`` (unchanged, what tests and older output match on); another
language words its code (``FieldError.msg``), falling back on the English for an error made without one.
"""

from __future__ import annotations

from ..domain.errors import CaseFileError, FieldError
from .render import render

NBSP = "\u00a0"


def colon(language: str) -> str:
    return NBSP + ": " if language == "fr" else ": "


def error_words(error: FieldError, language: str = "en") -> str:
    """What is wrong, without the field: "not a date: '1990-13-45'" / « pas une date : '1990-13-45' »."""
    if language == "en" or error.msg is None:
        return error.message
    return render(error.msg, language)


def error_line(error: FieldError, language: str = "en") -> str:
    """The field and what is wrong with it: ``client.date_of_birth: not a date: ...``."""
    words = error_words(error, language)
    return f"{error.path}{colon(language)}{words}" if error.path else words


def describe(exc: CaseFileError, language: str = "en") -> str:
    """``CaseFileError.describe`` in a language: the record, the first problem, how many more."""
    if language == "en":
        return exc.describe()
    where = f"fiche {exc.record}{colon(language)}" if exc.record is not None else ""
    first = error_line(exc.errors[0], language) if exc.errors else "fiche de cas non valide"
    more = len(exc.errors) - 1
    tail = f" (et {more} autre{'s' if more > 1 else ''} problème{'s' if more > 1 else ''})" if more > 0 else ""
    text = f"{where}{first}{tail}"
    total = getattr(exc, "total", None)  # services.casefiles.ImportFailed: how many records failed
    if total is not None:
        others = total - 1
        if others > 0:
            text += f"{NBSP}; {others} autre{'s' if others > 1 else ''} fiche{'s' if others > 1 else ''} " \
                    f"non valide{'s' if others > 1 else ''}"
        text += f"{NBSP}; rien n’a été importé"
    return text
