"""The field-level diff of two case files, as a table of before -> after -> changes."""

from __future__ import annotations

import copy

import pytest

from casedesk.domain.audit import Change, diff_case
from casedesk.domain.casefile import case_to_dict, parse_case

BASE = {
    "format": "casedesk.case/1",
    "client": {"given_names": "María José", "family_name": "Pérez Núñez", "date_of_birth": "1994-05-02",
               "citizenships": ["VE"], "languages": ["es", "en"]},
    "us_status": [{"kind": "parole", "program": "CHNV", "valid_until": "2025-04-24"},
                  {"kind": "ead", "valid_until": "2026-03-01"}],
    "partner": None,
    "relatives_in_canada": [{"relation": "brother", "status": "permanent_resident", "age": 34}],
    "human_capital": {"education": "master",
                      "first_language": {"language": "english",
                                         "clb": {"speaking": 9, "listening": 9, "reading": 8, "writing": 8}}},
    "death_penalty_exposure": False,
}


def changed(**edits):
    """BASE with edits given as path -> value ("client.family_name"); value DELETE removes the key."""
    doc = copy.deepcopy(BASE)
    for path, value in edits.items():
        *parents, last = path.split("__")
        node = doc
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if value is DELETE:
            del node[last]
        else:
            node[last] = value
    return doc


DELETE = object()

CASES = [
    ("nothing", copy.deepcopy(BASE), []),
    ("a field changed", changed(client__family_name="Pérez"),
     [Change("client.family_name", "Pérez Núñez", "Pérez")]),
    ("unicode in and out", changed(client__given_names="Thị Hồng"),
     [Change("client.given_names", "María José", "Thị Hồng")]),
    ("a field added", changed(client__a_number="A123456789"), [Change("client.a_number", None, "A123456789")]),
    ("a field removed", changed(client__date_of_birth=DELETE), [Change("client.date_of_birth", "1994-05-02", None)]),
    ("a field set to null", changed(client__date_of_birth=None),
     [Change("client.date_of_birth", "1994-05-02", None)]),
    ("null and missing are the same", changed(client__marital_status=None, notes=None), []),
    ("a flag is not a number", changed(death_penalty_exposure=0), [Change("death_penalty_exposure", False, 0)]),
    ("a whole number equals its float", changed(relatives_in_canada__0__age=34.0), []),
    ("nested deep", changed(human_capital__first_language__clb__reading=9),
     [Change("human_capital.first_language.clb.reading", 8, 9)]),
    ("a list of values is one value", changed(client__citizenships=["VE", "CO"]),
     [Change("client.citizenships", ["VE"], ["VE", "CO"])]),
    ("a list item changed", changed(us_status__1__valid_until="2027-01-01"),
     [Change("us_status[1].valid_until", "2026-03-01", "2027-01-01")]),
    ("a list item added", changed(relatives_in_canada=BASE["relatives_in_canada"] + [{"relation": "sister"}]),
     [Change("relatives_in_canada[1]", None, {"relation": "sister"})]),
    ("a list item removed", changed(us_status=BASE["us_status"][1:]),
     [Change("us_status[0].kind", "parole", "ead"), Change("us_status[0].program", "CHNV", None),
      Change("us_status[0].valid_until", "2025-04-24", "2026-03-01"),
      Change("us_status[1]", {"kind": "ead", "valid_until": "2026-03-01"}, None)]),
    ("unknown list becomes asked: none", changed(parents=[]), [Change("parents", None, [])]),
    ("a list emptied", changed(relatives_in_canada=[]),
     [Change("relatives_in_canada[0]", {"relation": "brother", "status": "permanent_resident", "age": 34}, None)]),
    ("a section appears", changed(partner={"relationship": "spouse", "since": None}),
     [Change("partner", None, {"relationship": "spouse", "since": None})]),
    ("a section disappears", changed(human_capital=None),
     [Change("human_capital", BASE["human_capital"], None)]),
    ("the format tag is not a fact", changed(format="casedesk.case/2"), []),
    ("several, in document order", changed(client__family_name="X", client__given_names="Y", notes="hi"),
     [Change("client.given_names", "María José", "Y"), Change("client.family_name", "Pérez Núñez", "X"),
      Change("notes", None, "hi")]),
]


@pytest.mark.parametrize(("after", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_diff_case(after, expected):
    assert diff_case(BASE, after) == expected


def test_reverse_diff_swaps_old_and_new():
    after = changed(client__family_name="Pérez", relatives_in_canada=[])
    forward = diff_case(BASE, after)
    assert diff_case(after, BASE) == [Change(c.path, c.new, c.old) for c in forward]


def test_diff_of_real_case_files(spec_case):
    old = case_to_dict(parse_case(spec_case))
    edited = copy.deepcopy(spec_case)
    edited["partner"]["status_in_canada"] = "permanent_resident"
    edited["human_capital"]["first_language"]["clb"]["writing"] = 9
    new = case_to_dict(parse_case(edited))
    assert diff_case(old, new) == [
        Change("partner.status_in_canada", "citizen", "permanent_resident"),
        Change("human_capital.first_language.clb.writing", 8, 9),
    ]


def test_merge_applies_only_my_changes_over_theirs():
    from casedesk.domain.audit import merge_case

    base = {"client": {"family_name": "A", "given_names": "B"}, "notes": None,
            "relatives_in_canada": [{"status": "pr"}, {"status": "citizen"}, {"status": "other"}]}
    mine = {"client": {"family_name": "A2", "given_names": "B"}, "notes": None,
            "relatives_in_canada": [{"status": "pr"}]}  # I removed the last two relatives
    theirs = {"client": {"family_name": "A", "given_names": "B-theirs"}, "notes": "their note",
              "relatives_in_canada": [{"status": "pr"}, {"status": "citizen"}, {"status": "other"}]}
    merged = merge_case(base, mine, theirs)
    assert merged == {"client": {"family_name": "A2", "given_names": "B-theirs"}, "notes": "their note",
                      "relatives_in_canada": [{"status": "pr"}]}
    assert theirs["client"]["family_name"] == "A"  # theirs is not changed in place
    both = merge_case(base, mine | {"notes": "my note"}, theirs)  # a field we both changed: mine
    assert both["notes"] == "my note"
