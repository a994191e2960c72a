"""Issue 13, points 7-9: input that cannot be true never reaches a verdict, unknown stays unknown,
and the audit CSV cannot be broken open.

Each test feeds one kind of bad input through the way a user would (the reader, an import, the
client service, the command line as a subprocess) and checks the error names the record and field
and that nothing was written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from casedesk.domain import casefields as cf
from casedesk.domain.casefile import CaseFileError, case_to_dict, read_case
from casedesk.domain.countries import assigned
from casedesk.domain.plausibility import implausible
from casedesk.services import casefiles
from casedesk.services.audit import AuditService, formula_safe
from casedesk.services.casefiles import ImportFailed, import_file, import_stream, open_case_file
from casedesk.services.clients import ClientService
from casedesk.services.duplicates import DuplicatePerson
from casedesk.services.errors import ServiceError
from casedesk.services.settings import SettingsService

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)
HYPOTHESIS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def errors_of(doc: dict, as_of: date | None = TODAY) -> list[str]:
    return [str(e) for e in read_case(doc, as_of=as_of)[1]]


def client(**fields) -> dict:
    return minimal_case(client={"given_names": "Ana", "family_name": "Gómez", **fields})


def clients_in(db) -> int:
    with db.session() as session:
        return session.execute(sql("SELECT count(*) FROM client")).scalar_one()


def import_text(db, text: str, **kw):
    return import_stream(db, io.StringIO(text), policy=shipped(), as_of=TODAY, **kw)


# --- facts that cannot be true ------------------------------------------------------------------

@pytest.mark.parametrize("doc, expected", [
    (client(date_of_birth="2031-01-01"),
     "client.date_of_birth: in the future: 2031-01-01 is after today (2026-11-21)"),
    (client(date_of_birth="1850-01-01"), "client.date_of_birth: more than 130 years ago: 1850-01-01"),
    (client(date_of_birth="1995-06-01") | {"canada_entry": {"mode": "between_ports", "date": "1970-02-03"}},
     "canada_entry.date: before the client's date of birth (1995-06-01): 1970-02-03"),
    (client(date_of_birth="1995-06-01") | {"canada_entry": {"date": "2025-01-01", "first_entry_date": "1990-01-01"}},
     "canada_entry.first_entry_date: before the client's date of birth (1995-06-01): 1990-01-01"),
    (client(date_of_birth="1995-06-01") | {"canada_entry": {"date": "2025-01-01", "first_entry_date": "2026-01-01"}},
     "canada_entry.first_entry_date: after the latest entry (2025-01-01): 2026-01-01"),
    (client(date_of_birth="1995-06-01") | {"canada_entry": {"claim_made_on": "1994-01-01"}},
     "canada_entry.claim_made_on: before the client's date of birth (1995-06-01): 1994-01-01"),
    (client(date_of_birth="1995-06-01") | {"partner": {"relationship": "spouse", "since": "1990-01-01"}},
     "partner.since: before the client's date of birth (1995-06-01): 1990-01-01"),
    (client(date_of_birth="1995-06-01") | {"documents": {"medical_exam_date": "1980-01-01"}},
     "documents.medical_exam_date: before the client's date of birth (1995-06-01): 1980-01-01"),
    (client(date_of_birth="1995-06-01") | {"express_entry": {"invitation_date": "1980-01-01"}},
     "express_entry.invitation_date: before the client's date of birth (1995-06-01): 1980-01-01"),
    (client(date_of_birth="1980-01-01") | {"relatives_in_canada": [{"relation": "mother", "age": 40}]},
     "relatives_in_canada[0].age: a mother of 40 for a client of 46: at least 55 expected"),
    (client(date_of_birth="1980-01-01") | {"relatives_in_canada": [{"relation": "sister", "age": 30},
                                                                   {"relation": "grandfather", "age": 60}]},
     "relatives_in_canada[1].age: a grandfather of 60 for a client of 46: at least 64 expected"),
    (client(date_of_birth="1990-01-01") | {"relatives_in_canada": [{"relation": "child", "age": 30}]},
     "relatives_in_canada[0].age: a child of 30 for a client of 36: at most 27 expected"),
    (client(date_of_birth="2020-01-01") | {"relatives_in_canada": [{"relation": "child", "age": 0}]},
     "relatives_in_canada[0].age: a child of 0 for a client of 6: not possible"),
])
def test_facts_that_cannot_be_true_are_refused_naming_the_field(doc, expected):
    assert errors_of(doc) == [expected]
    assert errors_of(doc, as_of=None) == []  # each field on its own is well formed


@pytest.mark.parametrize("doc", [
    client(date_of_birth="2026-11-21"),  # born today
    client(date_of_birth="1995-06-01") | {"canada_entry": {"date": "1995-06-01", "first_entry_date": "1995-06-01"}},
    client(date_of_birth="1980-01-01") | {"relatives_in_canada": [
        {"relation": "mother", "age": 55}, {"relation": "child", "age": 37}, {"relation": "brother", "age": 80},
        {"relation": "grandchild", "age": 0}, {"relation": "uncle", "age": 20}]},
    client() | {"relatives_in_canada": [{"relation": "mother", "age": 1}]},  # no date of birth: nothing to compare
])
def test_facts_at_the_edge_of_possible_are_taken(doc):
    assert errors_of(doc) == []


def test_a_future_birth_never_reaches_an_import_or_a_saved_client(db):
    doc = client(date_of_birth="2031-05-01")
    with pytest.raises(CaseFileError) as caught:
        import_text(db, json.dumps(doc))
    assert str(caught.value).startswith("record 1: client.date_of_birth: in the future")
    assert clients_in(db) == 0
    facts = read_case(doc)[0]  # read without "today": well formed
    service = ClientService(db, shipped())
    with pytest.raises(CaseFileError, match="client.date_of_birth: in the future"):
        service.add(facts, as_of=TODAY)
    assert clients_in(db) == 0
    cid = service.add(read_case(client(date_of_birth="2001-05-01"))[0], as_of=TODAY)
    record = service.get(cid)
    with pytest.raises(CaseFileError, match="in the future"):
        service.update(cid, facts, record.version, as_of=TODAY)
    assert service.get(cid).facts.client.date_of_birth == date(2001, 5, 1)


def test_an_entry_before_birth_no_longer_tops_upcoming(db):
    """The issue's case: an entry in 1970 for a client born in 1995 made a deadline 20,775 days overdue."""
    doc = client(date_of_birth="1995-06-01") | {"canada_entry": {"mode": "between_ports", "date": "1970-02-03"}}
    with pytest.raises(CaseFileError, match=r"record 1: canada_entry\.date: before the client's date of birth"):
        import_text(db, json.dumps(doc))
    with db.session() as session:
        assert session.execute(sql("SELECT count(*) FROM deadline")).scalar_one() == 0


@settings(max_examples=200, **HYPOTHESIS)
@given(born=st.dates(date(1900, 1, 1), date(2200, 12, 31)), as_of=st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_a_birth_after_today_is_always_refused_and_one_before_never_for_that(born, as_of):
    errors = errors_of(client(date_of_birth=born.isoformat()), as_of=as_of)
    if born > as_of:
        assert errors == [f"client.date_of_birth: in the future: {born} is after today ({as_of})"]
    else:
        assert not any("in the future" in e for e in errors)


@settings(max_examples=200, **HYPOTHESIS)
@given(born=st.dates(date(1950, 1, 1), date(2020, 12, 31)), entry=st.dates(date(1900, 1, 1), date(2026, 11, 21)))
def test_an_entry_is_refused_exactly_when_it_is_before_birth(born, entry):
    doc = client(date_of_birth=born.isoformat()) | {"canada_entry": {"date": entry.isoformat()}}
    refused = any(e.startswith("canada_entry.date: before") for e in errors_of(doc))
    assert refused == (entry < born)


@settings(max_examples=200, **HYPOTHESIS)
@given(born=st.dates(date(1930, 1, 1), date(2026, 11, 21)), relation=st.sampled_from(["mother", "father", "child"]),
       age=st.integers(0, 130))
def test_a_parent_is_older_and_a_child_younger_than_the_client(born, relation, age):
    doc = client(date_of_birth=born.isoformat()) | {"relatives_in_canada": [{"relation": relation, "age": age}]}
    client_age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    refused = bool(errors_of(doc))
    if relation == "child":
        assert refused == (age > client_age - 9)
    else:
        assert refused == (age < client_age + 9)


def test_plausibility_is_pure_and_takes_today():
    facts = read_case(client(date_of_birth="2026-12-01"))[0]
    assert implausible(facts, date(2026, 11, 30))[0].path == "client.date_of_birth"
    assert implausible(facts, date(2026, 12, 1)) == []


# --- country codes --------------------------------------------------------------------------------

@pytest.mark.parametrize("code, stored", [("HT", "HT"), ("ht", "HT"), ("Ve", "VE"), ("XK", "XK"), ("ss", "SS")])
def test_assigned_country_codes_in_any_case_are_taken_and_stored_upper_case(code, stored):
    doc = client(country_of_birth=code, citizenships=[code, "co"]) | {
        "us_status": [{"kind": "tps", "country": code}]}
    facts, errors, _ = read_case(doc)
    assert errors == []
    assert facts.client.country_of_birth == stored and facts.client.citizenships == (stored, "CO")
    assert facts.us_status[0].country == stored
    assert case_to_dict(facts)["client"]["citizenships"] == [stored, "CO"]


@pytest.mark.parametrize("code", ["XX", "ZZ", "xx", "AA", "UK", "EU", "QQ", "YU", "H", "HTI", "H1", "ＨＴ"])
def test_codes_iso_does_not_assign_are_refused(code):
    errors = errors_of(client(citizenships=["VE", code]))
    assert len(errors) == 1 and errors[0].startswith("client.citizenships[1]: not an ISO 3166-1 alpha-2 country code")
    assert errors_of(client(country_of_birth=code))[0].startswith("client.country_of_birth: not an ISO 3166-1")


def test_the_code_list_is_data_with_the_assigned_codes():
    codes = assigned()
    assert len(codes) == 250 and {"HT", "VE", "CU", "NI", "UA", "AF", "CA", "US", "SS", "XK"} <= codes
    assert not {"XX", "ZZ", "UK", "EU", "AN", "YU"} & codes


@settings(max_examples=300, **HYPOTHESIS)
@given(code=st.text(st.characters(min_codepoint=0x41, max_codepoint=0x7a), min_size=2, max_size=2))
def test_any_two_letters_are_taken_exactly_when_iso_assigns_them(code):
    facts, errors, _ = read_case(client(country_of_birth=code))
    if re.fullmatch("[A-Za-z]{2}", code) and code.upper() in assigned():
        assert errors == [] and facts.client.country_of_birth == code.upper()
    else:
        assert errors and errors[0].path == "client.country_of_birth"


# --- invisible and text-direction characters -----------------------------------------------------

INVISIBLE = [c for c in map(chr, range(0x10000)) if re.match(f"[{cf.INVISIBLE}]", c)]


@pytest.mark.parametrize("name", ["Ana\u202eztóG", "A\u200bna", "\ufeffAna", "An\u00ada", "Ana\u2066x\u2069",
                                  "Ana\u200d", "\u3164", "Ana\u061c"])
def test_invisible_and_direction_characters_in_names_are_refused(name):
    (error,) = errors_of(client(given_names=name))
    assert error.startswith("client.given_names: contains an invisible or text-direction character (U+")


def test_notes_may_hold_line_breaks_but_not_direction_overrides():
    assert errors_of(client() | {"notes": "line one\r\nline two\n\ttab"}) == []
    assert errors_of(client() | {"notes": "paid \u202e0001$"})[0].startswith("notes: contains an invisible")


def test_a_case_stored_before_the_rules_still_reads():
    old = client(given_names="A\u200bna", citizenships=["XX"])
    assert read_case(old)[1]  # refused on entry
    facts, errors, _ = read_case(old, stored=True)
    assert errors == [] and facts.client.citizenships == ("XX",)


@settings(max_examples=200, **HYPOTHESIS)
@given(before=st.text(st.characters(whitelist_categories=("L",)), max_size=10), hidden=st.sampled_from(INVISIBLE),
       after=st.text(st.characters(whitelist_categories=("L",)), max_size=10))
def test_a_hidden_character_anywhere_in_a_name_is_refused(before, hidden, after):
    errors = errors_of(client(family_name="X" + before + hidden + after))
    assert len(errors) == 1 and errors[0].startswith("client.family_name: contains an invisible")


# --- duplicate keys, bounded reads -----------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ('{"client": {"family_name": "A"}, "client": {"family_name": "B"}}', "client"),
    ('{"client": {"family_name": "A", "family_name": "B"}}', "family_name"),
    ('[{"client": {"family_name": "A"}}, {"client": {"family_name": "B", "a_number": "1", "a_number": "2"}}]',
     "a_number"),
    ('{"client": {"family_name": "A"}}\n{"client": {"family_name": "B"}, "notes": "x", "notes": "y"}\n', "notes"),
    ('{\n  "client": {"family_name": "A"},\n  "client": {"family_name": "B"}\n}\n', "client"),
])
def test_a_key_twice_in_one_object_is_refused(db, text, key):
    with pytest.raises(CaseFileError) as caught:
        import_text(db, text)
    assert f"the key '{key}' twice in one object" in str(caught.value)
    assert clients_in(db) == 0


def test_a_file_larger_than_the_bound_is_refused_without_reading_it_all(db, tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text((json.dumps(minimal_case()) + "\n") * 2000, encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"big\.jsonl: larger than 10,000 bytes"):
        with open_case_file(path, limit=10_000) as stream:
            list(casefiles.read_documents(stream))
    assert clients_in(db) == 0


def test_a_line_longer_than_any_record_is_refused(db, monkeypatch):
    monkeypatch.setattr(casefiles, "MAX_RECORD_CHARS", 1000)
    text = json.dumps(minimal_case()) + "\n" + json.dumps(minimal_case(notes="x" * 5000)) + "\n"
    with pytest.raises(CaseFileError, match="record 2: line 2: longer than 1,000 characters"):
        import_text(db, text)
    assert clients_in(db) == 0


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom"])
def test_a_device_that_never_ends_is_refused_at_once(db, path):
    with pytest.raises(CaseFileError) as caught:
        import_file(db, Path(path), policy=shipped(), as_of=TODAY)
    assert "not valid JSON at line 1" in str(caught.value) or "not UTF-8" in str(caught.value)
    assert clients_in(db) == 0


def test_a_folder_is_not_a_case_file(db, tmp_path):
    with pytest.raises(CaseFileError, match="a folder, not a case file"):
        import_file(db, tmp_path, policy=shipped(), as_of=TODAY)


# --- the same person twice -------------------------------------------------------------------------

PERSON = client(date_of_birth="1990-03-04", a_number="A123456789")


def test_the_same_a_number_twice_is_refused_naming_the_client(db):
    first = import_text(db, json.dumps(PERSON))
    other = client(given_names="Otra", family_name="Persona", a_number="a-123-456-789")
    with pytest.raises(ImportFailed) as caught:
        import_text(db, json.dumps(minimal_case(given="New", family="One")) + "\n" + json.dumps(other) + "\n")
    assert caught.value.duplicates == 1
    assert str(caught.value) == (f"record 2: client.a_number: the same A-number as client {first.ids[0]} "
                                 "(Ana Gómez), already in the caseload; nothing was imported")
    assert clients_in(db) == 1


def test_an_eight_digit_a_number_is_the_nine_digit_one_with_a_zero(db):
    import_text(db, json.dumps(client(a_number="A012345678")))
    with pytest.raises(ImportFailed, match="the same A-number as client 1"):
        import_text(db, json.dumps(client(given_names="B", a_number="A12345678")))


def test_the_same_names_and_birth_are_the_same_person_whatever_the_accents(db):
    import_text(db, json.dumps(PERSON))
    same = client(given_names="ANA", family_name="Gomez", date_of_birth="1990-03-04")
    with pytest.raises(ImportFailed, match=r"client\.date_of_birth: the same names and date of birth as client 1"):
        import_text(db, json.dumps(same))
    born_other_day = client(date_of_birth="1990-03-05")
    assert len(import_text(db, json.dumps(born_other_day)).ids) == 1
    namesake = client(date_of_birth="1990-03-04", a_number="A987654321")  # another A-number: another person
    assert len(import_text(db, json.dumps(namesake)).ids) == 1
    no_birth = client()  # names alone do not make the same person
    assert len(import_text(db, json.dumps(no_birth) + "\n" + json.dumps(no_birth) + "\n").ids) == 2


def test_the_same_person_twice_in_one_file_is_refused(db):
    with pytest.raises(ImportFailed) as caught:
        import_text(db, json.dumps([PERSON, minimal_case(given="X", family="Y"), PERSON]))
    assert str(caught.value).startswith("record 3: client.a_number: the same A-number as record 1 of this file")
    assert clients_in(db) == 0


def test_told_to_add_them_anyway_the_import_does(db):
    import_text(db, json.dumps(PERSON))
    assert len(import_text(db, json.dumps([PERSON, PERSON]), allow_duplicates=True).ids) == 2
    assert clients_in(db) == 3


def test_the_client_service_refuses_a_second_person_with_the_same_a_number(db):
    service = ClientService(db, shipped())
    first = service.add(read_case(PERSON)[0], as_of=TODAY)
    other = read_case(client(given_names="Luis", a_number="A 123 456 789"))[0]
    with pytest.raises(DuplicatePerson, match=f"client.a_number: the same A-number as client {first} "):
        service.add(other, as_of=TODAY)
    second = service.add(read_case(client(given_names="Luis"))[0], as_of=TODAY)
    with pytest.raises(DuplicatePerson):  # editing someone into another's A-number
        service.update(second, other, as_of=TODAY)
    service.update(first, read_case(PERSON | {"notes": "seen"})[0], as_of=TODAY)  # itself is no duplicate
    assert service.add(other, as_of=TODAY, allow_duplicate=True) > second


# --- unknown stays unknown --------------------------------------------------------------------------

def _known_value(f: cf.Field):
    kind = f.kind
    if isinstance(kind, cf.Text):
        return "A123456789" if kind.pattern else "x"
    if isinstance(kind, cf.Date):
        return "2000-01-01"
    if isinstance(kind, cf.Choice):
        return kind.values[0]
    if isinstance(kind, cf.Flag):
        return False
    if isinstance(kind, (cf.Whole, cf.Number)):
        return kind.lo if not isinstance(kind, cf.Whole) or kind.lo > 0 else 1
    if isinstance(kind, cf.Code):
        return "HT" if kind.assigned else re.sub(r"\(\?:([^|)]+).*", r"\1", kind.pattern).replace("[a-z]{2,3}", "es")
    if isinstance(kind, cf.Codes):
        return []  # none: must stay none, as null must stay null
    if isinstance(kind, cf.Objects):
        return []
    return None


def _with_every_field(value_of) -> dict:
    """A case file with every section given and each field set by ``value_of(field)``."""
    def section(s: cf.Section) -> dict:
        doc = {}
        for f in s.fields:
            if isinstance(f.kind, cf.Const):
                continue
            if isinstance(f.kind, cf.Object):
                doc[f.key] = section(f.kind.section)
            elif f.required:
                doc[f.key] = _known_value(f)
            else:
                doc[f.key] = value_of(f)
        return doc

    doc = section(cf.CASE)
    doc["client"]["family_name"] = "Kept"
    doc["tasks"] = [section(cf.TASK) | {"title": "t", "due": "2027-01-01"}]
    doc["us_status"] = [section(cf.US_STATUS) | {"kind": "tps"}]
    doc["relatives_in_canada"] = [section(cf.RELATIVE) | {"relation": "sister"}]
    doc["parents"] = [section(cf.PARENT)]
    return doc


def _fields(doc, path=""):
    """Every (path, value) pair of a document, lists by index."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _fields(v, f"{path}.{k}" if path else k)
    elif isinstance(doc, list) and doc and isinstance(doc[0], dict):
        for i, v in enumerate(doc):
            yield from _fields(v, f"{path}[{i}]")
    else:
        yield path, doc


@pytest.mark.parametrize("value_of", [lambda f: None, _known_value], ids=["unknown", "known"])
def test_every_field_comes_back_as_it_went_through_import_and_export(db, tmp_path, value_of):
    doc = _with_every_field(value_of)
    facts, errors, _ = read_case(doc, as_of=TODAY)
    assert errors == [], errors
    ids = import_text(db, json.dumps(doc)).ids
    out = tmp_path / "back.json"
    casefiles.export_file(db, ids, out)
    back = json.loads(out.read_text(encoding="utf-8"))
    sent = dict(_fields(doc))
    returned = dict(_fields(back))
    declared = {p for p, f in cf.field_paths() if not isinstance(f.kind, (cf.Const, cf.Object))}
    covered = set()
    for p in sent:  # each path sent, and the paths of the objects it is in
        path = re.sub(r"\[[0-9]+\]", "[]", p)
        covered |= {path[:m.start()] for m in re.finditer(r"\.|\[\]|$", path)}
    assert declared <= covered, declared - covered  # the test covers every field of the declaration
    for path, value in sent.items():
        if path in ("client.given_names", "client.family_name") and value is None:
            assert returned[path] == "", path  # a name not given is blank: no rule tells the two apart
            continue
        if path not in returned:
            # Written only when known: absent reads as null; an empty list there is what the facts
            # class holds for both (tasks, Express Entry categories), the two exceptions the declaration names.
            assert value is None or (value == [] and path in ("tasks", "express_entry.categories")), path
            assert cf.field_at(path.split(".first_language")[0].split(".second_language")[0]).only_when_known \
                or ".first_language" in path or ".second_language" in path, path
            continue
        assert returned[path] == value, path


def test_unknown_citizenships_and_languages_are_exported_as_null_not_none(db, tmp_path):
    ids = import_text(db, json.dumps(client(citizenships=None, languages=None)) + "\n"
                      + json.dumps(client(given_names="B", citizenships=[], languages=[])) + "\n").ids
    out = tmp_path / "out.jsonl"
    casefiles.export_file(db, ids, out)
    first, second = (json.loads(line)["client"] for line in out.read_text(encoding="utf-8").splitlines())
    assert first["citizenships"] is None and first["languages"] is None
    assert second["citizenships"] == [] and second["languages"] == []


def test_the_audit_trail_records_unknown_becoming_none(db):
    service = ClientService(db, shipped())
    cid = service.add(read_case(client(citizenships=None))[0], as_of=TODAY)
    service.update(cid, read_case(client(citizenships=[]))[0], as_of=TODAY)
    (change,) = [e for e in AuditService(db).trail(cid) if e.action == "update"]
    assert (change.field, change.old, change.new) == ("client.citizenships", None, [])


# --- CSV that cannot be broken open ------------------------------------------------------------------

NASTY = ["a\rb", "a\nb", "a\r\nb", 'say "hi"', "x,y", "=1+1", " =1+1", "\u00a0=1+1", "\u200b=1+1", "\uff1d1+1",
         "\uff0b1", "\t=1", "@SUM(A1)", "-2+3", "+1", "\r=1+1", "\ufeff=1"]


def test_the_audit_csv_keeps_every_row_whole_and_every_formula_text(db, tmp_path):
    service = ClientService(db, shipped())
    cid = service.add(read_case(client())[0], as_of=TODAY)
    for note in NASTY:
        record = service.get(cid)
        service.update(cid, read_case(client() | {"notes": note})[0], record.version, as_of=TODAY)
    out = tmp_path / "trail.csv"
    count = AuditService(db).export(out)
    raw = out.read_bytes()
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert len(rows) == count + 1 and all(len(r) == 10 for r in rows)
    news = [r[7] for r in rows[1:] if r[5] == "notes"][::-1]
    assert len(news) == len(NASTY)
    for sent, written in zip(NASTY, news):
        stripped = written.lstrip(" \u00a0\u200b\ufeff")
        assert written in (sent, "'" + sent)
        if stripped[:1] in "=+-@\t\r\uff1d\uff0b":
            assert written.startswith("'"), sent
    # Rows end in CRLF; a CR or LF inside a value is inside quotes (a reader that splits lines
    # naively still sees the bare "\r" of "a\rb" only within a quoted field).
    assert raw.startswith(b"id,at_utc,actor,client_id,action,field,old,new,withheld,db_user\r\n")
    assert b'"a\rb"' in raw and b'"a\nb"' in raw and b'"a\r\nb"' in raw and b'"say ""hi"""' in raw


@settings(max_examples=300, **HYPOTHESIS)
@given(text=st.text(max_size=20))
def test_a_cell_never_starts_a_formula_and_keeps_the_text(text):
    safe = formula_safe(text)
    assert safe in (text, "'" + text)
    rest = re.sub(r"^[ \u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*", "", safe)
    assert rest[:1] not in ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\t", "\r", "\n")


@pytest.mark.parametrize("key, value", [
    ("audit.caseworker_name", "Ana\rB"), ("audit.caseworker_name", "Ana\u202eB"),
    ("letterhead.organisation", "Org\x00"), ("letterhead.address", "Line 1\n\u202eLine 2"),
    ("letterhead.phone", "555\u200b1234"),
])
def test_settings_refuse_control_and_invisible_characters(db, key, value):
    service = SettingsService(db)
    with pytest.raises(ServiceError, match=f"setting {re.escape(key)}: holds a control, invisible"):
        service.set(key, value)
    assert service.get(key) == ""
    assert service.set("letterhead.address", "Line 1\nLine 2\tx") == "Line 1\nLine 2\tx"


# --- the command line: bounded options ---------------------------------------------------------------

def _cli(data: Path, *args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    return subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(data)],
                          capture_output=True, text=True, env=env, timeout=timeout)


@pytest.mark.parametrize("args, message", [
    (["upcoming", "--within", "99999999"], "argument --within: out of range 0-36,600: 99999999"),
    (["upcoming", "--within", "-5"], "argument --within: out of range"),
    (["list", "--search", "x" * 50_000], "argument --search: too long: 50,000 characters (at most 200)"),
    (["list", "--limit", "1" * 30], "argument --limit: out of range"),
    (["audit", "--limit", "abc"], "argument --limit: not a whole number: 'abc'"),
    (["export", "9" * 30, "-o", "x.json"], "not a client id"),
    (["upcoming", "--tag", "t" * 500], "argument --tag: too long"),
])
def test_numeric_and_text_options_are_bounded(tmp_path, args, message):
    proc = _cli(tmp_path / "home", *args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert message in proc.stderr, proc.stderr


def test_import_of_dev_zero_and_twice_the_same_person_from_the_command_line(tmp_path):
    data = tmp_path / "home"
    proc = _cli(data, "import", "/dev/zero", timeout=30)
    assert proc.returncode == 1 and "not valid JSON at line 1" in proc.stderr and "Traceback" not in proc.stderr
    case = tmp_path / "p.json"
    case.write_text(json.dumps(PERSON), encoding="utf-8")
    assert _cli(data, "import", str(case)).returncode == 0
    proc = _cli(data, "import", str(case))
    assert proc.returncode == 1
    assert proc.stderr.strip() == ("casedesk: record 1: client.a_number: the same A-number as client 1 (Ana Gómez), "
                                   "already in the caseload; nothing was imported; to add the same person again "
                                   "anyway: import --allow-duplicates")
    assert _cli(data, "import", str(case), "--allow-duplicates").returncode == 0


def test_a_search_of_any_length_answers_in_the_service(db):
    service = ClientService(db, shipped())
    service.add(read_case(client())[0], as_of=TODAY)
    rows, total = service.page("gómez " + "x" * 50_000)
    assert total == 0 and rows == []
    assert service.count("Gomez") == 1
