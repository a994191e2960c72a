"""The interview's route, as a table: which pages a client's answers lead through."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from casedesk.domain.casefile import case_to_dict
from casedesk.domain.facts import CaseFacts, HumanCapital, Identity
from casedesk.domain.interview import Page, is_minor, next_page, pages_for

AS_OF = date(2026, 12, 1)
P = Page

SCREENING = [P.IDENTITY, P.PARTNER_SCREEN, P.PARENTS_SCREEN, P.RELATIVES_SCREEN]
ADULT = SCREENING + [P.DOCUMENTS, P.ENTRY, P.HUMAN_CAPITAL, P.LANGUAGE, P.RESULTS]
MINOR = SCREENING + [P.MINOR, P.DOCUMENTS, P.ENTRY, P.RESULTS]


def doc(born: str | None = "1990-03-15", **changes) -> dict:
    """A case file with only a name (and a date of birth), plus top-level ``changes``."""
    base = case_to_dict(CaseFacts(client=Identity(given_names="Ana", family_name="Gómez")))
    base["client"]["date_of_birth"] = born
    return base | changes


def hc(education=None, canadian=None, foreign=None) -> dict:
    section = case_to_dict(CaseFacts(human_capital=HumanCapital()))["human_capital"]
    return section | {"education": education, "canadian_work_years": canadian, "foreign_work_years": foreign}


PARTNER = {"relationship": None, "since": None, "status_in_canada": "citizen", "lives_in_canada": True,
           "accompanying": None}


def parent(canadian, by=None) -> dict:
    return {"relation": "mother", "canadian_at_client_birth": canadian, "canadian_by": by,
            "days_in_canada_before_client_birth": None}


def married(status: str | None, **changes) -> dict:
    document = doc(**changes)
    document["client"]["marital_status"] = status
    return document


ROUTES = [
    # (id, document, expected route)
    ("adult, nothing known", doc(), ADULT),
    ("minor", doc("2012-06-01"), MINOR),
    ("age unknown: both the minor's and the adult's pages",
     doc(None), SCREENING + [P.MINOR, P.DOCUMENTS, P.ENTRY, P.HUMAN_CAPITAL, P.LANGUAGE, P.RESULTS]),
    ("a date of birth that is not a date counts as unknown",
     doc("1990-13-45"), SCREENING + [P.MINOR, P.DOCUMENTS, P.ENTRY, P.HUMAN_CAPITAL, P.LANGUAGE, P.RESULTS]),
    ("18 on the as-of date: an adult", doc("2008-12-01"), ADULT),
    ("18 the day after the as-of date: a minor", doc("2008-12-02"), MINOR),
    ("partner: the relationship's details",
     doc(partner=PARTNER), ADULT[:6] + [P.PARTNER_DETAILS] + ADULT[6:]),
    ("a minor with a partner still gets the partner's details",
     doc("2010-01-01", partner=PARTNER), MINOR[:-1] + [P.PARTNER_DETAILS, P.RESULTS]),
    ("a parent Canadian at birth: the parent's details",
     doc(parents=[parent(False), parent(True)]), ADULT[:6] + [P.PARENT_DETAILS] + ADULT[6:]),
    ("no Canadian parent: no parent's details", doc(parents=[parent(False)]), ADULT),
    ("parents asked, none recorded", doc(parents=[]), ADULT),
    ("a parent whose status is unknown is not yet a detail to ask", doc(parents=[parent(None)]), ADULT),
    # The rules count a parent born in Canada as Canadian at the client's birth unless the file says
    # otherwise (descent.parent_was_canadian): so does the route.
    ("a parent born in Canada, 'Canadian at birth' left empty: the parent's details",
     doc(parents=[parent(False), parent(None, "birth_in_canada")]), ADULT[:6] + [P.PARENT_DETAILS] + ADULT[6:]),
    ("a parent born in Canada but recorded as not Canadian at the birth: no details",
     doc(parents=[parent(False, "birth_in_canada")]), ADULT),
    ("a naturalized parent with the flag empty is still a question, not a detail",
     doc(parents=[parent(None, "naturalization")]), ADULT),
    # A partner is one recorded, or a marriage or common-law union (people.has_partner).
    ("married, the partner not described yet: the relationship's details",
     married("married"), ADULT[:6] + [P.PARTNER_DETAILS] + ADULT[6:]),
    ("common-law: the relationship's details", married("common_law"), ADULT[:6] + [P.PARTNER_DETAILS] + ADULT[6:]),
    ("single, no partner recorded: no details", married("single"), ADULT),
    ("separated, no partner recorded: no details", married("separated"), ADULT),
    ("single with a conjugal partner recorded: the details",
     married("single", partner=PARTNER | {"relationship": "conjugal"}), ADULT[:6] + [P.PARTNER_DETAILS] + ADULT[6:]),
    ("no schooling and no work: no language page",
     doc(human_capital=hc("none", 0, 0)), ADULT[:-2] + [P.RESULTS]),
    ("no schooling, foreign work unknown: the language page",
     doc(human_capital=hc("none", 0, None)), ADULT),
    ("no schooling, two years of work abroad: the language page",
     doc(human_capital=hc("none", 0, 2)), ADULT),
    ("secondary school, no work: the language page", doc(human_capital=hc("secondary", 0, 0)), ADULT),
    ("work years typed as text count as unknown", doc(human_capital=hc("none", "two", 0)), ADULT),
    ("business capital: the business page",
     doc(business={"net_worth_cad": None, "designated_org_support": None}), ADULT[:-1] + [P.BUSINESS, P.RESULTS]),
    ("cultural self-employment: the business page",
     doc(self_employment={"cultural_or_athletic_years": None}), ADULT[:-1] + [P.BUSINESS, P.RESULTS]),
    ("business without language points: business straight after human capital",
     doc(human_capital=hc("none", 0, 0), self_employment={"cultural_or_athletic_years": 3}),
     ADULT[:-2] + [P.BUSINESS, P.RESULTS]),
    ("a minor with a business section: no economic pages",
     doc("2012-06-01", business={"net_worth_cad": 1, "designated_org_support": None}), MINOR),
    ("everything: partner, Canadian parent, business",
     doc(partner=PARTNER, parents=[parent(True)], business={"net_worth_cad": 5, "designated_org_support": True}),
     ADULT[:6] + [P.PARTNER_DETAILS, P.PARENT_DETAILS, P.HUMAN_CAPITAL, P.LANGUAGE, P.BUSINESS, P.RESULTS]),
]


@pytest.mark.parametrize(("document", "expected"), [r[1:] for r in ROUTES], ids=[r[0] for r in ROUTES])
def test_route(document, expected):
    assert pages_for(document, AS_OF) == expected
    # next_page walks the same route, one page at a time, and stops after the results.
    for here, there in zip(expected, expected[1:] + [None], strict=True):
        assert next_page(here, document, AS_OF) == there


def test_the_spec_example_goes_through_every_detail_it_has(spec_case):
    # Born 1994, married to a citizen, a mother born in Canada, a master's degree, business
    # and self-employment sections present.
    assert pages_for(spec_case, AS_OF) == [p for p in Page if p is not P.MINOR]


def test_the_as_of_date_decides_who_is_a_minor():
    document = doc("2010-06-01")
    assert P.MINOR in pages_for(document, date(2028, 5, 31))
    assert P.MINOR not in pages_for(document, date(2028, 6, 1))
    assert is_minor(document, date(2028, 5, 31)) is True
    assert is_minor(document, date(2028, 6, 1)) is False
    assert is_minor(doc(None), AS_OF) is None


def test_a_page_off_the_route_still_has_a_next_page():
    # The wizard may ask from any page (after going back and changing an answer).
    assert next_page(P.MINOR, doc(), AS_OF) == P.DOCUMENTS
    assert next_page(P.PARTNER_DETAILS, doc(), AS_OF) == P.HUMAN_CAPITAL
    assert next_page(P.BUSINESS, doc(), AS_OF) == P.RESULTS
    assert next_page(P.RESULTS, doc(), AS_OF) is None


def test_pages_are_numbered_in_interview_order_screening_first():
    assert list(Page) == sorted(Page)
    assert [int(p) for p in Page] == list(range(len(Page)))
    screening = [P.IDENTITY, P.PARTNER_SCREEN, P.PARENTS_SCREEN, P.RELATIVES_SCREEN, P.MINOR, P.DOCUMENTS,
                 P.ENTRY]
    assert max(screening) < min(P.PARTNER_DETAILS, P.PARENT_DETAILS, P.HUMAN_CAPITAL, P.LANGUAGE, P.BUSINESS)
    assert max(Page) == Page.RESULTS


def test_the_route_reads_the_document_without_changing_it(spec_case):
    before = copy.deepcopy(spec_case)
    pages_for(spec_case, AS_OF)
    assert spec_case == before


@pytest.mark.parametrize("broken", [
    {"client": None}, {"client": "Ana"}, {"partner": "yes"}, {"parents": "mother"}, {"parents": [None, 3]},
    {"human_capital": []}, {"business": 0},
])
def test_malformed_answers_never_break_the_route(broken):
    document = doc() | broken
    route = pages_for(document, AS_OF)
    assert route[0] == P.IDENTITY and route[-1] == P.RESULTS
