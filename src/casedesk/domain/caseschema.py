"""The JSON Schema of ``casedesk.case/1`` and the field list of its documentation, both made from
the format's declaration (``casefields.py``).

``docs/casedesk.case-1.schema.json`` is ``schema_text()`` (``scripts/case_schema.py`` writes it;
a test checks it is current), and the tables of ``docs/case-file.md`` must list ``doc_rows()``
and ``language_rows()``, path and type, in order (a test checks that too).

The schema (JSON Schema 2020-12; dates need format checking) accepts a document exactly when the
reader takes it without an error or a warning: it refuses an unknown field, which the reader
only warns about, so that a tool checking its own output finds its typos. A property test
compares the two on hostile documents.
"""

from __future__ import annotations

import json
from typing import Any

from . import vocab
from .casefields import (
    ABILITY, CASE, CLB_LEVEL, FIRST_YEAR, LANGUAGE_PATHS, LAST_YEAR, MAX_LIST, REFUSED, REFUSED_IN_NOTES, SPACES,
    YEARS, Choice, Code, Codes, Const, Date, Field, Flag, Kind, Language, Number, Object, Objects, Section, Text,
    Whole, field_paths, sections,
)

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
NOT_BLANK = f"[^{SPACES}]"  # holds something other than white space


def _n(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _kind(kind: Kind) -> dict[str, Any]:
    if isinstance(kind, Text):
        refused = REFUSED_IN_NOTES if kind.notes else REFUSED
        schema: dict[str, Any] = {"type": "string", "maxLength": kind.max_len,
                                  "not": {"type": "string", "pattern": f"[{refused}]"}}
        if kind.pattern is not None:
            schema["pattern"] = f"^(?:{kind.pattern})$"
        return schema
    if isinstance(kind, Date):
        return {"type": "string", "format": "date", "pattern": f"^{YEARS}-[0-9]{{2}}-[0-9]{{2}}$"}
    if isinstance(kind, Choice):
        return {"enum": list(kind.values)}
    if isinstance(kind, Flag):
        return {"type": "boolean"}
    if isinstance(kind, Whole):
        return {"type": "integer", "minimum": kind.lo, "maximum": kind.hi}
    if isinstance(kind, Number):
        schema = {"type": "number", "minimum": _n(kind.lo), "maximum": _n(kind.hi)}
        if kind.step is not None:
            schema["multipleOf"] = _n(kind.step)
        return schema
    if isinstance(kind, Code):
        return {"type": "string", "pattern": f"^(?:{kind.pattern})$"}
    if isinstance(kind, Codes):
        return {"type": "array", "maxItems": MAX_LIST, "items": _kind(kind.code)}
    if isinstance(kind, Const):
        return {"enum": [kind.value]}
    if isinstance(kind, Object):
        return _ref(kind.section.name)
    if isinstance(kind, Objects):
        return {"type": "array", "maxItems": MAX_LIST, "items": _ref(kind.section.name)}
    if isinstance(kind, Language):
        return _ref("language_result")
    raise TypeError(f"no schema for {kind!r}")


def _field(f: Field) -> dict[str, Any]:
    schema = _kind(f.kind)
    if not f.required:
        return _nullable(schema)
    if isinstance(f.kind, Text):
        assert "pattern" not in schema, "a required text with its own pattern needs allOf"
        schema["pattern"] = NOT_BLANK
    return schema


def _section(section: Section) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {f.key: _field(f) for f in section.fields},
                              "additionalProperties": False}
    required = [f.key for f in section.fields if f.required]
    if required:
        schema["required"] = required
    if section.rule is not None:
        schema["anyOf"] = [{"required": [key], "properties": {key: {"type": "string", "pattern": NOT_BLANK}}}
                           for key in section.rule.keys]
    return schema


def _language_defs() -> dict[str, Any]:
    """A language result: CLB levels, or a test result inside ``clb`` or beside ``language``; the
    scores' ranges depend on the test, and scores without a known test are ignored (as the reader does)."""
    tests = list(vocab.LANGUAGE_TESTS)
    test = {"enum": [*tests, None]}
    defs: dict[str, Any] = {
        "language_result": {
            "type": "object",
            "properties": {"language": {"enum": [*vocab.OFFICIAL_LANGUAGES, None]},
                           "clb": {"anyOf": [{"type": "null"}, _ref("clb_levels"), _ref("test_result")]},
                           "test": test, "scores": True},
            "additionalProperties": False,
            "dependentRequired": {"scores": ["test"]},
            "allOf": [{"if": {"required": ["clb"], "properties": {"clb": {"type": "object"}}},
                       "then": {"properties": {"test": False, "scores": False}}},
                      _ref("test_scores")],
        },
        "clb_levels": {"type": "object", "properties": {a: _nullable(_kind(CLB_LEVEL)) for a in vocab.ABILITIES},
                       "additionalProperties": False},
        "test_result": {"type": "object", "properties": {"test": test, "scores": True}, "required": ["test"],
                        "additionalProperties": False, "allOf": [_ref("test_scores")]},
        "test_scores": {"allOf": [
            {"if": {"required": ["test"], "properties": {"test": {"const": t}}},
             "then": {"properties": {"scores": _nullable(_ref(f"scores_{t}"))}}} for t in tests]},
    }
    for t, ranges in vocab.LANGUAGE_TESTS.items():
        defs[f"scores_{t}"] = {"type": "object", "additionalProperties": False, "properties": {
            a: _nullable(_kind(Number(*ranges[a]))) for a in vocab.ABILITIES}}
    return defs


def case_schema() -> dict[str, Any]:
    defs = {s.name: _section(s) for s in sections() if s is not CASE}
    return {
        "$schema": SCHEMA_DIALECT,
        "title": vocab.FORMAT,
        "description": "A CaseDesk case file: one client's facts. Null or absent means unknown. Made from "
                       "src/casedesk/domain/casefields.py by scripts/case_schema.py; see docs/case-file.md.",
        **_section(CASE),
        "$defs": defs | _language_defs(),
    }


def schema_text() -> str:
    return json.dumps(case_schema(), indent=2, ensure_ascii=False) + "\n"


# --- the documentation's tables -------------------------------------------------------------------

def _number(value: float) -> str:
    n = _n(value)
    return f"{n:,}" if isinstance(n, int) else f"{n:g}"


def describe(kind: Kind) -> str:
    """The type column of the documentation."""
    if isinstance(kind, Text):
        size = f"text, at most {kind.max_len:,} characters"
        if kind.pattern is not None:
            return f"{size}: {kind.what}"
        return size + ("; tabs and line breaks allowed" if kind.notes else "")
    if isinstance(kind, Date):
        return f"date `YYYY-MM-DD`, {FIRST_YEAR}-{LAST_YEAR}"
    if isinstance(kind, Choice):
        return "one of " + ", ".join(f"`{v}`" for v in kind.values)
    if isinstance(kind, Flag):
        return "`true` or `false`"
    if isinstance(kind, Whole):
        return f"whole number {_number(kind.lo)}-{_number(kind.hi)}"
    if isinstance(kind, Number):
        step = f", a multiple of {_number(kind.step)}" if kind.step is not None else ""
        return f"number {_number(kind.lo)}-{_number(kind.hi)}{step}"
    if isinstance(kind, Code):
        return kind.what
    if isinstance(kind, Codes):
        return f"list (at most {MAX_LIST}) of {kind.code.what.removeprefix('an ').removeprefix('a ')}s"
    if isinstance(kind, Const):
        return f"`{kind.value}`"
    if isinstance(kind, Object):
        return "object"
    if isinstance(kind, Objects):
        return f"list (at most {MAX_LIST}) of objects"
    if isinstance(kind, Language):
        return "language result"
    raise TypeError(f"no description for {kind!r}")


def _describe_field(f: Field) -> str:
    text = describe(f.kind)
    if f.required:
        text += "; required" + (", not blank" if isinstance(f.kind, Text) else "")
    return text


def doc_rows() -> list[tuple[str, str]]:
    """(path, type) of every field of the format, in order: the documentation's field table."""
    return [(path, _describe_field(f)) for path, f in field_paths()]


def _tests() -> str:
    return "one of " + ", ".join(f"`{t}`" for t in vocab.LANGUAGE_TESTS)


def language_rows() -> list[tuple[str, str]]:
    """(path, type) of the language result's fields, relative to it."""
    levels = describe(CLB_LEVEL)
    types = {
        "language": describe(Choice(vocab.OFFICIAL_LANGUAGES)),
        "clb": "object: the levels, or a test result",
        f"clb.{ABILITY}": levels,
        "clb.test": _tests(),
        "clb.scores": "object",
        f"clb.scores.{ABILITY}": "number, range by test (below)",
        "test": _tests() + "; only when `clb` is absent or null",
        "scores": "object; only with `test`",
        f"scores.{ABILITY}": "number, range by test (below)",
    }
    assert tuple(types) == LANGUAGE_PATHS
    return list(types.items())


def language_test_rows() -> list[tuple[str, ...]]:
    """(test, then each ability's range) for the documentation's table of language tests."""
    def cell(lo: float, hi: float, step: float) -> str:
        return f"{_number(lo)}-{_number(hi)}" + (f" by {_number(step)}" if step != 1 else "")

    return [(t, *(cell(*ranges[a]) for a in vocab.ABILITIES)) for t, ranges in vocab.LANGUAGE_TESTS.items()]
