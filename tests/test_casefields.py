"""The case file's declaration: in step with the facts classes, and its expressions mean what they say."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from casedesk.domain import casefields as cf
from casedesk.domain.casefile import case_to_dict, read_case
from casedesk.domain.caseschema import doc_rows, language_rows, language_test_rows, schema_text

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
    assert paths == {"us_status[].program", "us_status[].country", "notes", "documents", "express_entry", "tasks",
                     # issue 11: Bill C-12's first entry, Express Entry program eligibility and categories
                     "canada_entry.first_entry_date", "human_capital.skilled_work_teer",
                     "human_capital.skilled_work_years_last_10", "human_capital.canadian_work_years_last_3",
                     "human_capital.trade_work_years_last_5", "human_capital.family_size",
                     "human_capital.settlement_funds_cad", "express_entry.categories"}


def test_a_case_written_before_issue_11_reads_and_writes_the_same():
    """The new fields are written only when known: an older case file round-trips unchanged."""
    old = minimal_case(canada_entry={"mode": "between_ports", "date": "2026-10-01", "claim_made_on": None},
                       human_capital={"education": "master", "first_language": None, "second_language": None,
                                      "canadian_work_years": 0, "foreign_work_years": 3,
                                      "certificate_of_qualification": False, "canadian_education": "none",
                                      "provincial_nomination": False, "spouse": None},
                       express_entry={"invitation_date": "2026-11-01"})
    facts, errors, warnings = read_case(old)
    assert not errors and not warnings
    again = case_to_dict(facts)
    assert again["canada_entry"] == old["canada_entry"]
    assert again["human_capital"] == old["human_capital"]
    assert again["express_entry"] == old["express_entry"]


def test_the_new_facts_round_trip():
    doc = minimal_case(us_status=[{"kind": "citizen", "valid_until": None}],
                       canada_entry={"mode": "none", "date": None, "claim_made_on": None,
                                     "first_entry_date": "2022-05-01"},
                       express_entry={"invitation_date": None, "categories": ["trades", "stem"]})
    facts, errors, _ = read_case(doc)
    assert not errors
    assert facts.us_status[0].kind == "citizen"
    assert facts.canada_entry.first_entry_date.isoformat() == "2022-05-01"
    assert facts.express_entry.categories == ("trades", "stem")
    assert case_to_dict(facts)["express_entry"]["categories"] == ["trades", "stem"]
    _, errors, _ = read_case(minimal_case(express_entry={"categories": ["french"]}))
    assert [str(e) for e in errors] == ["express_entry.categories[0]: not an Express Entry category code: 'french'"]
    _, errors, _ = read_case(minimal_case(human_capital={"family_size": 0}))
    assert [e.path for e in errors] == ["human_capital.family_size"]


# --- the JSON Schema and the documentation, against the declaration -------------------------------

DOCS = Path(__file__).resolve().parents[1] / "docs"
SCHEMA_FILE = DOCS / "casedesk.case-1.schema.json"
GUIDE = DOCS / "case-file.md"


def test_the_schema_file_is_the_one_the_declaration_makes():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run scripts/case_schema.py"
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _real_case_files() -> list[tuple[str, dict]]:
    data = Path(__file__).parent / "data"
    files = [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(data.glob("*.json"))
             if p.name != "verdicts_golden.json"]  # recorded verdicts (verdict_golden.py), not a case file
    example = re.search(r"```json\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S).group(1)
    return files + [("docs/case-file.md", json.loads(example))]


@pytest.mark.parametrize("name, doc", _real_case_files(), ids=lambda v: v if isinstance(v, str) else "")
def test_real_case_files_are_valid_against_the_schema_and_clean_for_the_reader(name, doc):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator().iter_errors(doc)]
    assert errors == []
    facts, problems, warnings = read_case(doc)
    assert facts is not None and problems == warnings == []
    assert _validator().is_valid(json.loads(json.dumps(case_to_dict(facts))))  # what CaseDesk writes, too


def test_synthetic_caseloads_are_valid_against_the_schema():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from synthetic import synthetic_cases
    finally:
        sys.path.pop(0)
    validator = _validator()
    for doc in synthetic_cases(300, seed=7):
        assert validator.is_valid(doc), next(validator.iter_errors(doc)).message


@pytest.mark.parametrize("doc, clean", [
    ({"language": "english", "clb": {"speaking": 9}}, True),
    ({"language": "english", "clb": {"test": "ielts_general", "scores": {"speaking": 7.5}}}, True),
    ({"language": "english", "test": "ielts_general", "scores": {"speaking": 7.5}}, True),
    ({"language": "english", "clb": None, "test": "celpip_general", "scores": None}, True),
    ({"language": "english", "test": None, "scores": "ignored without a test"}, True),
    ({"language": "english", "clb": {"speaking": 9}, "test": "ielts_general"}, False),  # test beside levels
    ({"language": "english", "scores": {"speaking": 7}}, False),                        # scores without test
    ({"language": "english", "clb": {"test": "ielts_general", "scores": {"speaking": 7.25}}}, False),
    ({"language": "english", "clb": {"test": "tcf_canada", "scores": {"listening": 50}}}, False),
    ({"language": "english", "clb": {"scores": {"speaking": 7}}}, False),
    ({"language": "english", "clb": {"speaking": 13}}, False),
])
def test_language_results_valid_for_the_schema_exactly_when_clean_for_the_reader(doc, clean):
    case = minimal_case(human_capital={"first_language": doc})
    facts, errors, warnings = read_case(case)
    assert (facts is not None and not warnings) is clean
    assert _validator().is_valid(case) is clean


def _table(heading: str) -> list[list[str]]:
    """The rows of the first table under ``heading`` in the guide, as cells."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split(f"\n{heading}\n", 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
        elif rows:
            break
    return rows[2:]  # past the header and its rule


@pytest.mark.parametrize("heading, expected", [("## Fields", doc_rows()), ("### Language result", language_rows())])
def test_the_guide_documents_every_declared_field_and_nothing_else(heading, expected):
    documented = [(row[0].strip("`"), row[1]) for row in _table(heading)]
    assert [p for p, _ in documented] == [p for p, _ in expected], "fields missing, extra or out of order"
    assert documented == expected, "the type column (scripts/case_schema.py --doc-rows prints it)"
    assert all(row[0].count("`") == 2 for row in _table(heading))


def test_the_guide_lists_each_language_test_with_its_ranges():
    rows = _table("Each test's scores, by ability:")
    assert [(row[0].strip("`"), *row[1:]) for row in rows] == language_test_rows()


def test_the_tests_copy_of_the_example_is_the_guides():
    example = re.search(r"```json\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S).group(1)
    assert json.loads((Path(__file__).parent / "data" / "spec_example.json").read_text(encoding="utf-8")) == \
        json.loads(example)
