"""Case-file errors as codes: each keeps its English sentence word for word, and its code renders to
that same sentence in English and to French words (no English left) in French."""

from __future__ import annotations

from datetime import date

from casedesk.domain.caseerrors import ENGLISH
from casedesk.domain.casefile import read_case
from casedesk.text import render
from casedesk.text.caseerrors import error_line

AS_OF = date(2026, 12, 2)
BAD = [
    {"format": "casedesk.case/2", "client": {"family_name": 3, "date_of_birth": "1990-13-45", "a_number": "B12",
                                              "country_of_birth": "ZZ", "citizenships": ["QQ", 3],
                                              "marital_status": "x", "languages": "fr"}, "extra": 1},
    {"format": "casedesk.case/1", "client": {"given_names": " ", "date_of_birth": "1890-01-01"}},
    {"format": "casedesk.case/1", "client": {"family_name": "A", "date_of_birth": "2031-01-01"}},
    {"format": "casedesk.case/1", "client": {"family_name": "A", "date_of_birth": "1990-01-01"},
     "canada_entry": {"date": "1980-01-01"},
     "relatives_in_canada": [{"relation": "father", "age": 30}, {"relation": "child", "age": 40}]},
    {"format": "casedesk.case/1", "client": {"family_name": "A\u202e"}, "partner": [], "us_status": {}},
    [],
]


def _errors():
    found = []
    for doc in BAD:
        _, errors, warnings = read_case(doc, as_of=AS_OF)
        found += errors + warnings
    return found


def test_every_error_renders_its_own_english_and_has_french_words():
    errors = _errors()
    codes = {e.msg.code for e in errors if e.msg is not None}
    assert len(codes) >= 14, sorted(codes)
    assert all(e.msg is not None for e in errors)
    for e in errors:
        assert render(e.msg, "en") == e.message
        assert e.msg.code in ENGLISH
        french = render(e.msg, "fr")
        assert french != e.message and (not e.path or "\u00a0:" in error_line(e, "fr")), (e.message, french)


def test_a_sentence_known_to_tests_is_unchanged():
    _, errors, _ = read_case({"format": "casedesk.case/1", "client": {"family_name": "A",
                                                                       "date_of_birth": "2031-01-01"}}, as_of=AS_OF)
    assert [str(e) for e in errors] == ["client.date_of_birth: in the future: 2031-01-01 is after today (2026-12-02)"]
