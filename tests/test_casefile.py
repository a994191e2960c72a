"""The case file: validation that names the field, and a loss-free round trip."""

from __future__ import annotations

import copy

import pytest

from casedesk.domain.casefile import CaseFileError, case_to_dict, parse_case, read_case
from casedesk.domain.summary import fold, search_key, search_terms

from helpers import minimal_case


def test_spec_example_round_trips_exactly(spec_case):
    assert case_to_dict(parse_case(spec_case)) == spec_case


def test_every_section_survives_a_round_trip(spec_case):
    doc = copy.deepcopy(spec_case)
    doc["human_capital"]["spouse"] = {
        "education": "bachelor", "canadian_work_years": 1,
        "first_language": {"clb": {"speaking": 6, "listening": 7, "reading": 5, "writing": 6}},
    }
    doc["human_capital"]["second_language"] = {
        "language": "french", "clb": {"test": "tef_canada",
                                       "scores": {"speaking": 400, "listening": 300, "reading": 250, "writing": 380}}}
    doc["human_capital"]["first_language"] = {
        "language": "english", "test": "ielts_general",
        "scores": {"speaking": 7.5, "listening": 8, "reading": 6.5, "writing": 7}}
    doc["job_offer"] = {"province": "QC", "teer": 1}
    doc["business"] = {"net_worth_cad": 250000.5, "designated_org_support": True}
    doc["notes"] = "Called on Monday.\nSister in Montréal."
    doc["documents"] = {"passport_expiry": "2027-03-31", "language_test_date": "2025-06-01",
                        "police_certificate_date": None, "medical_exam_date": "2026-02-01"}
    doc["express_entry"] = {"invitation_date": "2026-10-01"}
    doc["tasks"] = [{"title": "Collect the mother's Canadian birth certificate", "due": "2026-12-01",
                     "note": "Ask the aunt in Montréal", "tag": "documents"}]
    assert case_to_dict(parse_case(doc)) == doc


@pytest.mark.parametrize("path, value, message", [
    ("client.date_of_birth", "1990-13-45", "client.date_of_birth: not a date: '1990-13-45'"),
    ("client.date_of_birth", "20190601", "client.date_of_birth: not a date"),
    ("client.marital_status", "engaged", "client.marital_status: not one of single"),
    ("client.citizenships", ["XX"], "client.citizenships[0]: not an ISO 3166-1 alpha-2 country code that ISO assigns"),
    ("client.a_number", "B12", "client.a_number: not an A-number"),
    ("client.given_names", "Ana\x00", "client.given_names: contains a control or invalid character"),
    ("client.given_names", "x" * 201, "client.given_names: too long"),
    ("partner.status_in_canada", "tourist", "partner.status_in_canada: not one of citizen"),
    ("partner.lives_in_canada", "yes", "partner.lives_in_canada: not true or false: 'yes'"),
    ("relatives_in_canada[0].age", -3, "relatives_in_canada[0].age: out of range 0-130: -3"),
    ("relatives_in_canada[0].age", True, "relatives_in_canada[0].age: not a whole number: True"),
    ("us_status[1].valid_until", "soon", "us_status[1].valid_until: not a date: 'soon'"),
    ("human_capital.first_language.clb.speaking", 13,
     "human_capital.first_language.clb.speaking: out of range 0-12: 13"),
    ("job_offer.teer", 6, "job_offer.teer: out of range 0-5: 6"),
    ("canada_entry.mode", "swim", "canada_entry.mode: not one of port_of_entry"),
    ("tasks", [{"title": "", "due": "2026-12-01"}], "tasks[0].title: required"),
    ("tasks", [{"title": "Call", "due": "soon"}], "tasks[0].due: not a date: 'soon'"),
])
def test_errors_name_the_field(spec_case, path, value, message):
    doc = copy.deepcopy(spec_case)
    doc["job_offer"] = {"province": "ON", "teer": 2}
    target = doc
    for part in path.split(".")[:-1]:
        name, _, index = part.partition("[")
        target = target[name] if not index else target[name][int(index[:-1])]
    last = path.split(".")[-1]
    target[last] = value
    with pytest.raises(CaseFileError) as info:
        parse_case(doc, record=57)
    assert str(info.value).startswith(f"record 57: {message}")


def test_ielts_scores_are_checked_against_the_test():
    doc = minimal_case(human_capital={"first_language": {
        "language": "english", "clb": {"test": "ielts_general", "scores": {"speaking": 7.25}}}})
    _, errors, _ = read_case(doc)
    assert [str(e) for e in errors] == [
        "human_capital.first_language.clb.scores.speaking: not a multiple of 0.5: 7.25"]


def test_unknown_is_not_an_error_and_unknown_keys_are_warnings():
    facts, errors, warnings = read_case(minimal_case(parnter={"relationship": "spouse"}))
    assert errors == [] and facts.partner is None
    assert [str(w) for w in warnings] == ["parnter: unknown field, ignored"]


def test_a_client_needs_a_name():
    _, errors, _ = read_case({"client": {"given_names": " ", "family_name": ""}})
    assert [e.path for e in errors] == ["client.family_name"]


@pytest.mark.parametrize("doc", [[], "text", 3, None, {"client": []}, {"format": "other/1", "client": {}}])
def test_not_a_case_file(doc):
    _, errors, _ = read_case(doc)
    assert errors


def test_search_folds_case_and_accents():
    assert fold("Lefèvre") == "lefevre"
    assert fold("ÉLODIE") == "elodie"
    assert fold("Nguyễn Thị Hồng") == "nguyen thi hong"
    assert fold("Đặng") == "dang"
    key = search_key("Élodie", "Lefèvre", "A-123-456-789")
    for term in search_terms("LEFEVRE elodie 123-456"):
        assert term in key
