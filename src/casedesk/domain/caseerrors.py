"""What is wrong with a case file, as codes with parameters (``Msg``) beside their English words.

The reader (``casefile``), the plausibility checks and the import name each problem by a code
(``case.not_a_date``) with its parameters; ``FieldError.message`` keeps the English sentence that
tests, logs and older output rely on, and ``FieldError.msg`` lets the edge word it in French
(``text.caseerrors``). The English templates below are plain ``str.format`` texts: the same
template gives ``message`` here and the English catalogue's words, so the two cannot drift.

Parameters are shown as given: values already quoted (``repr``), numbers, ISO dates, and for
``what``/``why`` an English phrase that the French catalogue translates through a vocabulary.
"""

from __future__ import annotations

from typing import Any

from .errors import FieldError
from .messages import Msg

ENGLISH: dict[str, str] = {
    # one field on its own (casefile._Reader)
    "case.unknown_field": "unknown field, ignored",
    "case.not_text": "not text: {value}",
    "case.too_long": "too long: {length} characters (at most {most})",
    "case.control_character": "contains a control or invalid character: {value}",
    "case.invisible_character": "contains an invisible or text-direction character (U+{char}) "
                                "that would make it read as something else",
    "case.not_kind": "not {what}: {value}",
    "case.not_assigned": "not {what} that ISO assigns: {value}",
    "case.date_out_of_range": "out of range {lo}-{hi}: {value}",
    "case.not_a_date": "not a date: {value}",
    "case.not_one_of": "not one of {choices}: {value}",
    "case.not_a_flag": "not true or false: {value}",
    "case.not_whole": "not a whole number: {value}",
    "case.out_of_range": "out of range {lo}-{hi}: {value}",
    "case.not_a_number": "not a number: {value}",
    "case.not_a_multiple": "not a multiple of {step}: {value}",
    "case.not_a_list": "not a list: {value}",
    "case.too_many": "too many entries: {count} (at most {most})",
    "case.not_an_object": "not an object: {value}",
    "case.not_const": "not {expected}: {value}",
    "case.required": "required: {why}",
    "case.required_one_of": "required: one of {choices}",
    "case.needs_a_name": "a client needs a family name or given names",
    "case.not_a_case": "a case file is a JSON object, not {value}",
    # facts that cannot be true together, or today (plausibility)
    "case.born_in_future": "in the future: {born} is after today ({today})",
    "case.born_too_long_ago": "more than {years} years ago: {born}",
    "case.before_birth": "before the client's date of birth ({born}): {value}",
    "case.after_latest_entry": "after the latest entry ({latest}): {value}",
    "case.relative_too_young": "a {relation} of {age} for a client of {client_age}: at least {least} expected",
    "case.relative_too_old": "a {relation} of {age} for a client of {client_age}: at most {most} expected",
    "case.relative_impossible": "a {relation} of {age} for a client of {client_age}: not possible",
    # the file as a whole (services.casefiles) and the same person twice (services.duplicates)
    "case.file_not_utf8": "{file}: not UTF-8 text ({reason})",
    "case.file_too_large": "{file}: larger than {limit} bytes, more than a case file holds; "
                           "split it into smaller files",
    "case.file_is_folder": "{file}: a folder, not a case file",
    "case.not_utf8": "not UTF-8 text ({reason})",
    "case.duplicate_key": "the key {key} twice in one object; each key once, "
                          "else one value would silently replace the other",
    "case.json_too_deep": "JSON the reader cannot hold (nested too deep, or a number too long)",
    "case.json_invalid": "not valid JSON at line {line}, column {column}: {problem}",
    "case.json_bad_start": "not valid JSON at line {line}: a case file starts with {{ or [, not {start}",
    "case.line_too_long": "line {line}: longer than {most} characters, more than a case record holds",
    "case.no_records": "the file holds no case records",
    "case.several_records": "{file}: holds {count} case records; give exactly one",
    "case.same_a_number": "the same A-number as {who}",
    "case.same_person": "the same names and date of birth as {who}",
}


def field_error(path: str, code: str, **params: Any) -> FieldError:
    """The error at ``path``: its English sentence and its code with parameters."""
    return FieldError(path, ENGLISH[code].format(**params), Msg(code, params))


def relabel(error: FieldError, path: str) -> FieldError:
    """The same problem at another path (an item of a list checked on its own)."""
    return FieldError(path, error.message, error.msg)
