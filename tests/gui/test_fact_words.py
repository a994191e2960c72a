"""Facts and their values named in the editor's words (History, results): never a path, a code or JSON."""

from __future__ import annotations

import pytest

from casedesk.ui.fact_words import fact_name, value_words


@pytest.mark.parametrize(("path", "words"), [
    ("client.family_name", "Family name"),
    ("client.marital_status", "Marital status"),
    ("canada_entry", "Entry to Canada"),
    ("canada_entry.mode", "Mode of entry"),
    ("relatives_in_canada[1].status", "Relative 2 \N{BLACK RIGHT-POINTING SMALL TRIANGLE} Status in Canada"),
    ("relatives_in_canada[0]", "Relative 1"),
    ("us_status", "U.S. status"),
    ("canadian_documents.valid_visa_or_permit", "Holds a valid Canadian visa or permit"),
    ("human_capital.education", "Education"),
    ("human_capital.first_language.clb.reading", "The client's first official language: reading level"),
])
def test_fact_names_are_the_editors_labels(qtbot, path, words):
    assert fact_name(path) == words


@pytest.mark.parametrize(("path", "value", "words"), [
    ("canada_entry", {"mode": "none", "date": None}, "Mode of entry: Has not entered"),
    ("client.marital_status", "married", "Married"),
    ("client.citizenships", ["VE", "CO"], "Venezuela, Colombia"),
    ("client.languages", ["es", "fr"], "Spanish, French"),
    ("partner.lives_in_canada", True, "Yes"),
    ("us_status", [{"kind": "tps", "country": "HT", "valid_until": "2026-02-03"}],
     "Kind: Temporary Protected Status (TPS); TPS country: Haiti; Valid until: 2026-02-03"),
    ("client.date_of_birth", None, "not known"),
])
def test_values_are_words_not_json(qtbot, path, value, words):
    text = value_words(path, value)
    assert text == words
    assert "{" not in text and '"' not in text and "_" not in text
