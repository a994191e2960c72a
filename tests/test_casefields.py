"""The case file's declaration: in step with the facts classes, and its expressions mean what they say."""

from __future__ import annotations

import dataclasses
import re

import pytest

from casedesk.domain import casefields as cf
from casedesk.domain.casefile import case_to_dict, read_case

from helpers import minimal_case


@pytest.mark.parametrize("section", list(cf.sections()), ids=lambda s: s.name)
def test_each_section_declares_exactly_its_facts_class(section):
    attributes = [f.name for f in dataclasses.fields(section.build)]
    declared = [f.key for f in section.fields if not isinstance(f.kind, cf.Const)]
    assert declared == attributes  # same fields, same order: a new fact is declared where it is defined


def test_the_year_expression_is_the_year_range():
    years = re.compile(cf.YEARS)
    assert [y for y in range(10_000) if years.fullmatch(f"{y:04d}")] == list(range(cf.FIRST_YEAR, cf.LAST_YEAR + 1))


def test_spaces_are_the_white_space_python_knows_outside_control_characters():
    control = re.compile(f"[{cf.CONTROL}]")
    python = {chr(c) for c in range(0x110000) if chr(c).isspace() and not control.match(chr(c))}
    assert set(cf.SPACE_CHARACTERS) == python
    assert re.fullmatch(f"[{cf.SPACES}]+", cf.SPACE_CHARACTERS)


@pytest.mark.parametrize("a_number, ok", [
    ("A123456789", True), ("a-123-456-789", True), ("A 12 345 678", True), ("123456789", True),
    ("A\u00a0123\u202f456\u00a0789", True), ("A12345678910", False), ("A1234567", False), ("B12345678", False),
    ("A١٢٣٤٥٦٧٨٩", False), ("AA12345678", False),
])
def test_a_numbers(a_number, ok):
    _, errors, _ = read_case(minimal_case(client={"family_name": "X", "a_number": a_number}))
    assert (errors == []) is ok


def test_a_whole_number_may_be_written_as_a_float_and_is_stored_whole():
    facts, errors, _ = read_case(minimal_case(relatives_in_canada=[{"relation": "sister", "age": 34.0}]))
    assert errors == []
    assert facts.relatives_in_canada[0].age == 34 and isinstance(facts.relatives_in_canada[0].age, int)
    _, errors, _ = read_case(minimal_case(relatives_in_canada=[{"relation": "sister", "age": 34.5}]))
    assert [str(e) for e in errors] == ["relatives_in_canada[0].age: not a whole number: 34.5"]


def test_fields_added_after_the_first_version_are_written_only_when_known():
    doc = case_to_dict(read_case(minimal_case())[0])
    assert [k for k in ("notes", "documents", "express_entry", "tasks") if k in doc] == []
    assert doc["us_status"] is None and doc["partner"] is None
    paths = {path for path, f in cf.field_paths() if f.only_when_known}
    assert paths == {"us_status[].program", "us_status[].country", "notes", "documents", "express_entry", "tasks"}
