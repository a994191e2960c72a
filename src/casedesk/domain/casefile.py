"""The ``casedesk.case/1`` case file: validate a JSON document into ``CaseFacts`` and back.

Both directions follow the format's declaration (``casefields.py``) field by field; only the
language result, whose shape depends on its content, is read and written by hand below.

Validation never guesses: a wrong value is an error naming its field (``client.date_of_birth:
not a date: '1990-13-45'``); a missing or null value is simply unknown. Unknown keys are kept
out of the facts and reported as warnings, so a typo is seen without failing a whole batch.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from . import vocab
from .casefields import (
    CASE, CLB_LEVEL, CONTROL, CONTROL_IN_NOTES, FIRST_YEAR, LAST_YEAR, MAX_LIST, REFUSED, REFUSED_IN_NOTES, Choice,
    Code, Codes, Const, Date, Field, Flag, Language, Number, Object, Objects, Section, Text, Whole, is_blank,
    sections,
)
from .caseerrors import field_error, relabel
from .errors import CaseFileError, FieldError
from .facts import CaseFacts, LanguageResult
from .plausibility import implausible

__all__ = ["CaseFileError", "FieldError", "case_to_dict", "parse_case", "read_case"]

_DATE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(f"[{CONTROL}]")
_CONTROL_IN_NOTES = re.compile(f"[{CONTROL_IN_NOTES}]")
_REFUSED = re.compile(f"[{REFUSED}]")
_REFUSED_IN_NOTES = re.compile(f"[{REFUSED_IN_NOTES}]")
_TWO_LETTERS = re.compile("[A-Za-z]{2}")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Reads one JSON object's fields, collecting errors and unknown keys by path."""

    def __init__(self, obj: dict, path: str, errors: list[FieldError], warnings: list[FieldError],
                 strict: bool = True):
        self.obj = obj
        self.path = path
        self.errors = errors
        self.warnings = warnings
        self.strict = strict  # the rules of entry too (assigned codes, no invisible characters)
        self._seen: set[str] = set()

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, code: str, **params: Any) -> None:
        self.errors.append(field_error(self._at(key), code, **params))

    def raw(self, key: str) -> Any:
        self._seen.add(key)
        return self.obj.get(key)

    def done(self) -> None:
        for key in self.obj:
            if key not in self._seen:
                self.warnings.append(field_error(self._at(str(key)), "case.unknown_field"))

    def text(self, key: str, kind: Text) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, "case.not_text", value=_show(value))
        elif len(value) > kind.max_len:
            self.fail(key, "case.too_long", length=len(value), most=kind.max_len)
        elif (_CONTROL_IN_NOTES if kind.notes else _CONTROL).search(value):
            self.fail(key, "case.control_character", value=_show(value))
        elif self.strict and (hidden := (_REFUSED_IN_NOTES if kind.notes else _REFUSED).search(value)):
            self.fail(key, "case.invisible_character", char=f"{ord(hidden.group()):04X}")
        elif kind.pattern is not None and not _compiled(kind.pattern).fullmatch(value):
            self.fail(key, "case.not_kind", what=kind.what, value=_show(value))
        else:
            return value
        return None

    def date(self, key: str, _: Any = None) -> date | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                pass
            else:
                if FIRST_YEAR <= parsed.year <= LAST_YEAR:
                    return parsed
                self.fail(key, "case.date_out_of_range", lo=FIRST_YEAR, hi=LAST_YEAR, value=_show(value))
                return None
        self.fail(key, "case.not_a_date", value=_show(value))
        return None

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, str) and value in choices:
            return value
        self.fail(key, "case.not_one_of", choices=", ".join(choices), value=_show(value))
        return None

    def flag(self, key: str, _: Any = None) -> bool | None:
        value = self.raw(key)
        if value is None or isinstance(value, bool):
            return value
        self.fail(key, "case.not_a_flag", value=_show(value))
        return None

    def whole(self, key: str, kind: Whole) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():  # JSON has one kind of number: 3.0 is 3
            number: int | None = int(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            number = None
        if number is None:
            self.fail(key, "case.not_whole", value=_show(value))
        elif not kind.lo <= number <= kind.hi:
            self.fail(key, "case.out_of_range", lo=kind.lo, hi=kind.hi, value=value)
        else:
            return number
        return None

    def number(self, key: str, kind: Number) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(key, "case.not_a_number", value=_show(value))
        elif not kind.lo <= value <= kind.hi:
            self.fail(key, "case.out_of_range", lo=f"{kind.lo:g}", hi=f"{kind.hi:g}", value=value)
        elif kind.step is not None and not (value / kind.step).is_integer():
            self.fail(key, "case.not_a_multiple", step=f"{kind.step:g}", value=value)
        else:
            return value
        return None

    def codes(self, key: str, code: Code) -> tuple[str, ...] | None:
        """The codes; None when unknown (null), ``()`` when known to be none (``[]``)."""
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.fail(key, "case.not_a_list", value=_show(value))
            return None
        if len(value) > MAX_LIST:
            self.fail(key, "case.too_many", count=len(value), most=MAX_LIST)
            return None
        out = []
        for i, item in enumerate(value):
            read = self._code(code, item)
            if isinstance(read, str):
                out.append(read)
            else:
                self.errors.append(relabel(read, f"{self._at(key)}[{i}]"))
        return tuple(out)

    def code(self, key: str, code: Code) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        read = self._code(code, value)
        if isinstance(read, str):
            return read
        self.errors.append(relabel(read, self._at(key)))
        return None

    def _code(self, code: Code, value: Any) -> str | FieldError:
        """The code as stored (an assigned code in upper case), or what is wrong with it."""
        if not isinstance(value, str) or not (_compiled(code.pattern).fullmatch(value) if code.assigned is None
                                              else _TWO_LETTERS.fullmatch(value)):
            return field_error("", "case.not_kind", what=code.what, value=_show(value))
        if code.assigned is None:
            return value
        upper = value.upper()
        if self.strict and upper not in code.assigned():
            return field_error("", "case.not_assigned", what=code.what, value=_show(value))
        return upper

    def section(self, key: str) -> _Reader | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, "case.not_an_object", value=_show(value))
            return None
        return _Reader(value, self._at(key), self.errors, self.warnings, self.strict)

    def items(self, key: str) -> list[_Reader] | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, list):
            self.fail(key, "case.not_a_list", value=_show(value))
            return []
        if len(value) > MAX_LIST:
            self.fail(key, "case.too_many", count=len(value), most=MAX_LIST)
            return []
        out = []
        for i, item in enumerate(value):
            at = f"{self._at(key)}[{i}]"
            if isinstance(item, dict):
                out.append(_Reader(item, at, self.errors, self.warnings, self.strict))
            else:
                self.errors.append(field_error(at, "case.not_an_object", value=_show(item)))
        return out


# --- document -> facts, by the declaration ------------------------------------------------------

def _read_const(r: _Reader, key: str, kind: Const) -> None:
    value = r.raw(key)
    if value is not None and value != kind.value:
        r.fail(key, "case.not_const", expected=kind.value, value=_show(value))


def _read_object(r: _Reader, key: str, section: Section) -> Any:
    sub = r.section(key)
    return None if sub is None else _read_section(sub, section)


def _read_objects(r: _Reader, key: str, section: Section) -> tuple | None:
    subs = r.items(key)
    return None if subs is None else tuple(_read_section(sub, section) for sub in subs)


def _read_language(r: _Reader, key: str, _: Any) -> LanguageResult | None:
    sub = r.section(key)
    return None if sub is None else _language(sub)


# How to read each kind: the reader, and what it is given besides the key.
_READ: dict[type, tuple[Callable[[_Reader, str, Any], Any], Callable[[Any], Any]]] = {
    Text: (_Reader.text, lambda kind: kind),
    Date: (_Reader.date, lambda kind: None),
    Choice: (_Reader.choice, lambda kind: kind.values),
    Flag: (_Reader.flag, lambda kind: None),
    Whole: (_Reader.whole, lambda kind: kind),
    Number: (_Reader.number, lambda kind: kind),
    Code: (_Reader.code, lambda kind: kind),
    Codes: (_Reader.codes, lambda kind: kind.code),
    Const: (_read_const, lambda kind: kind),
    Object: (_read_object, lambda kind: kind.section),
    Objects: (_read_objects, lambda kind: kind.section),
    Language: (_read_language, lambda kind: kind),
}


def _read_plan(section: Section) -> list[tuple[str, Callable[[_Reader, str, Any], Any], Any, Field | None]]:
    """Each field's key, reader and argument (and the field when it is required), worked out once."""
    plan = []
    for f in section.fields:
        read, argument = _READ[type(f.kind)]
        plan.append((f.key, read, argument(f.kind), f if f.required else None))
    return plan


def _required(r: _Reader, f: Field) -> None:
    raw = r.obj.get(f.key)
    if raw is None or (isinstance(f.kind, Text) and is_blank(raw)):
        if isinstance(f.required, str):
            r.fail(f.key, "case.required", why=f.required)
        else:
            r.fail(f.key, "case.required_one_of", choices=", ".join(getattr(f.kind, "values", ())))


def _read_section(r: _Reader, section: Section) -> Any:
    """The section's facts object, or None when any of its fields is wrong (the errors say which)."""
    start = len(r.errors)
    values: dict[str, Any] = {}
    obj = r.obj
    for key, read, argument, required in _READ_PLANS[section.name]:
        if obj.get(key) is None:  # every reader gives None for an absent or null field: not asked
            r._seen.add(key)  # a known field, even null (most fields of a case are unknown)
            value = None
        else:
            value = read(r, key, argument)
            if value is not None:
                values[key] = value  # absent: the facts class's default, which means unknown
        if required is not None and (value is None or isinstance(required.kind, Text)):
            _required(r, required)
    rule = section.rule
    if rule is not None and all(is_blank(values.get(k)) for k in rule.keys):
        failed = {e.path for e in r.errors[start:]}
        if not any(r._at(k) in failed for k in rule.keys):
            r.fail(rule.keys[-1], rule.code)
    r.done()
    if len(r.errors) > start:
        return None
    return section.build(**values)


def _scores(r: _Reader, test: str) -> dict[str, float] | None:
    ranges = vocab.LANGUAGE_TESTS[test]
    scores = {a: r.number(a, Number(*ranges[a])) for a in vocab.ABILITIES}
    r.done()
    return {a: v for a, v in scores.items() if v is not None} or None


def _clb(r: _Reader) -> dict[str, int] | None:
    levels = {a: r.whole(a, CLB_LEVEL) for a in vocab.ABILITIES}
    r.done()
    return {a: v for a, v in levels.items() if v is not None} or None


def _test_result(r: _Reader) -> tuple[str | None, dict[str, float] | None]:
    test = r.choice("test", tuple(vocab.LANGUAGE_TESTS))
    if test is None:
        r.raw("scores")  # without a test the scores mean nothing: ignored, not an unknown field
        return None, None
    scores_r = r.section("scores")
    return test, (_scores(scores_r, test) if scores_r else None)


def _language(r: _Reader) -> LanguageResult:
    language = r.choice("language", vocab.OFFICIAL_LANGUAGES)
    clb_r = r.section("clb")
    if clb_r is not None and "test" in clb_r.obj:
        test, scores = _test_result(clb_r)
        clb_r.done()
        result = LanguageResult(language, None, test, scores, test_inside_clb=True)
    elif clb_r is not None:
        result = LanguageResult(language, _clb(clb_r))
    elif "test" in r.obj:
        test, scores = _test_result(r)
        result = LanguageResult(language, None, test, scores, test_inside_clb=test is None)
    else:
        result = LanguageResult(language)
    r.done()
    return result


def read_case(data: Any, *, as_of: date | None = None,
              stored: bool = False) -> tuple[CaseFacts | None, list[FieldError], list[FieldError]]:
    """Validate one case-file document: ``(facts or None, errors, warnings)``.

    With ``as_of`` (today), facts that cannot be true together or on that day are errors too
    (``plausibility``). ``stored``: a case this code saved before, read back; the rules of entry
    added since (assigned country codes, invisible characters) are not applied to it, so an older
    caseload still opens and the editor shows what to correct."""
    errors: list[FieldError] = []
    warnings: list[FieldError] = []
    if not isinstance(data, dict):
        return None, [field_error("", "case.not_a_case", value=_show(data))], warnings
    facts = _read_section(_Reader(data, "", errors, warnings, strict=not stored), CASE)
    if facts is not None and not errors and as_of is not None:
        errors += implausible(facts, as_of)
    return (None if errors else facts), errors, warnings


def parse_case(data: Any, record: int | None = None, *, as_of: date | None = None) -> CaseFacts:
    """Validate one case-file document or raise ``CaseFileError`` naming every bad field."""
    facts, errors, _ = read_case(data, as_of=as_of)
    if errors:
        raise CaseFileError(errors, record)
    assert facts is not None
    return facts


# --- facts -> document, by the declaration ------------------------------------------------------

def _num(v: float | None) -> float | int | None:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _language_doc(lang: LanguageResult, *, with_language: bool = True) -> dict[str, Any]:
    doc: dict[str, Any] = {"language": lang.language} if with_language or lang.language else {}
    if lang.test is not None:
        result = {"test": lang.test,
                  "scores": {a: _num(v) for a, v in lang.scores.items()} if lang.scores else None}
        if lang.test_inside_clb:
            doc["clb"] = result
        else:
            doc.update(result)
    else:
        doc["clb"] = dict(lang.clb) if lang.clb else None
    return doc


_CONST = object()  # in a write plan: the field's value is the declared constant


def _write_object(value: Any, section: Section) -> dict[str, Any]:
    return _write_section(section, value)


def _write_objects(value: tuple, section: Section) -> list[dict[str, Any]]:
    return [_write_section(section, v) for v in value]


# How to write each kind's known value: the writer (None: as it is), and what it is given besides.
_WRITE: dict[type, tuple[Callable[[Any, Any], Any] | None, Callable[[Any], Any]]] = {
    Text: (None, lambda kind: None),
    Date: (lambda value, _: value.isoformat(), lambda kind: None),
    Choice: (None, lambda kind: None),
    Flag: (None, lambda kind: None),
    Whole: (None, lambda kind: None),
    Number: (lambda value, _: _num(value), lambda kind: None),
    Code: (None, lambda kind: None),
    Codes: (lambda value, _: list(value), lambda kind: None),
    Object: (_write_object, lambda kind: kind.section),
    Objects: (_write_objects, lambda kind: kind.section),
    Language: (lambda value, with_language: _language_doc(value, with_language=with_language),
               lambda kind: not kind.language_only_when_known),
}


def _write_plan(section: Section) -> list[tuple[str, Any, Any, bool]]:
    plan = []
    for f in section.fields:
        if isinstance(f.kind, Const):
            plan.append((f.key, _CONST, f.kind.value, False))
        else:
            write, argument = _WRITE[type(f.kind)]
            plan.append((f.key, write, argument(f.kind), f.only_when_known))
    return plan


def _write_section(section: Section, obj: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key, write, argument, only_when_known in _WRITE_PLANS[section.name]:
        if write is _CONST:
            doc[key] = argument
            continue
        value = getattr(obj, key)
        if value is None:
            if not only_when_known:
                doc[key] = None
        elif not (only_when_known and value == ()):
            doc[key] = value if write is None else write(value, argument)
    return doc


def case_to_dict(f: CaseFacts) -> dict[str, Any]:
    """The case file for these facts; ``read_case(case_to_dict(f))`` gives ``f`` back."""
    return _write_section(CASE, f)


def facts_digest(f: CaseFacts) -> str:
    """A fingerprint of the facts: SHA-256 (hex) of their case file with its keys sorted. Equal facts
    give equal digests whatever the order they were entered in; any change, notes included, gives
    another. An assessment keeps it, so a letter can tell whether the facts moved since."""
    text = json.dumps(case_to_dict(f), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_READ_PLANS = {s.name: _read_plan(s) for s in sections()}
_WRITE_PLANS = {s.name: _write_plan(s) for s in sections()}
