"""The rules several places need are one function each, and every place agrees with it.

- which parent makes the client Canadian (``descent``): the assessor, the citizenship letter,
  the interview's route and the wizard's parent questions;
- whether the client has a partner (``people.has_partner``): spousal sponsorship, the STCA's
  unaccompanied-minor exception, the interview;
- ages: the age of majority is one constant (``people.AGE_OF_MAJORITY``); the ages programs set
  are dated policy facts, so editing one changes the verdict and nothing in code.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest

import test_eligibility as te
from casedesk.domain import vocab
from casedesk.domain.casefile import parse_case
from casedesk.domain.descent import DescentLaw, descent, parent_was_canadian
from casedesk.domain.eligibility import assess
from casedesk.domain.interview import Page, has_canadian_parent, has_partner, pages_for
from casedesk.domain.letters import LetterError, letter_content
from casedesk.domain.people import AGE_OF_MAJORITY, has_partner as law_has_partner
from casedesk.text import render

TODAY = te.TODAY
CIT, SP, POE = "citizenship_by_descent", "spousal_sponsorship", "refugee_claim_port_of_entry"


def result(doc: dict, pathway: str, policy=te.POLICY, on: date = TODAY):
    return next(p for p in assess(parse_case(doc), policy, on).pathways if p.id == pathway)


# --- which parent makes the client Canadian -----------------------------------------------------------

FLAGS = (True, False, None)
BY = (*vocab.CANADIAN_BY, None)


@pytest.mark.parametrize("flag, by", list(itertools.product(FLAGS, BY)))
def test_the_interview_and_the_assessor_count_the_same_parents(flag, by):
    doc = te.born_to("1990-05-02", te.parent(flag, by, days=1200))
    canadian = parent_was_canadian(flag, by)
    assert has_canadian_parent(doc) is (canadian is True)
    assert (Page.PARENT_DETAILS in pages_for(doc, TODAY)) is (canadian is True)
    got = result(doc, CIT)
    # Unknown: the assessor asks exactly that; known: it never does.
    assert ("parents[0].canadian_at_client_birth" in got.missing) is (canadian is None)
    if canadian is True and by in ("birth_in_canada", "naturalization"):
        assert got.verdict == "promising"
    if canadian is False:
        assert got.verdict == "ineligible"


def test_a_parent_born_in_canada_with_the_flag_empty_counts_everywhere():
    doc = te.born_to("1990-05-02", te.parent(None, "birth_in_canada"))
    assert result(doc, CIT).verdict == "promising"
    assert has_canadian_parent(doc)
    letter = letter_content("citizenship_certificate", "en", parse_case(doc), 1, assess(parse_case(doc), te.POLICY,
                            TODAY), te.POLICY, TODAY, _head(), words=render)
    assert "born in Canada" in letter.text()


def test_the_letter_quotes_the_parent_the_assessor_chose():
    """Two Canadian parents: the one whose tie is simplest to prove (born in Canada) is the one named."""
    doc = te.case({"date_of_birth": "1990-05-02"},
                  parents=[te.parent(True, "descent", who="father"), te.parent(True, "birth_in_canada")])
    facts = parse_case(doc)
    found = descent(facts, DescentLaw.read(lambda i: te.POLICY.find(i, TODAY)))
    assert [(link.index, link.basis) for link in found.links] == [(1, "birth_in_canada"), (0, "restored")]
    assessed = assess(facts, te.POLICY, TODAY)
    summary = render(next(p for p in assessed.pathways if p.id == CIT).summary)
    assert summary == "Likely already Canadian: mother born in Canada"
    text = letter_content("citizenship_certificate", "en", facts, 1, assessed, te.POLICY, TODAY, _head(),
                          words=render).text()
    assert "The client's mother was born in Canada" in text and summary in text


# --- whether the client has a partner -----------------------------------------------------------------

@pytest.mark.parametrize("marital, recorded", list(itertools.product((*vocab.MARITAL_STATUSES, None),
                                                                     (False, True))))
def test_one_meaning_of_having_a_partner(marital, recorded):
    partner = te.partner("conjugal", "none", in_canada=False) if recorded else None
    doc = te.case({"marital_status": marital, "date_of_birth": "2010-03-01"}, partner=partner,
                  minor=te.minor(False, False))
    has = law_has_partner(marital, partner)
    assert has is (True if recorded or marital in ("married", "common_law") else
                   None if marital is None else False)
    # The interview asks about the relationship exactly when there is one.
    assert has_partner(doc) is (has is True)
    assert (Page.PARTNER_DETAILS in pages_for(doc, TODAY)) is (has is True)
    # Spousal sponsorship: none -> ineligible; one, or unknown -> ask (a recorded one cannot sponsor here).
    spousal = result(doc, SP)
    if not recorded:
        assert spousal.verdict == ("ineligible" if has is False else "needs_info")
    # The STCA's unaccompanied minor must have no spouse or partner: a partner bars it, unknown is asked.
    poe = result(doc, POE)
    assert poe.verdict == {True: "ineligible", False: "promising", None: "needs_info"}[has]
    assert ("client.marital_status" in poe.missing) is (has is None)


# --- ages -------------------------------------------------------------------------------------------

def test_majority_is_one_constant_and_the_programs_ages_are_policy():
    assert AGE_OF_MAJORITY == 18
    seventeen = te.married_to_citizen() | {"client": te.BASE["client"] | {"date_of_birth": te.aged(17)}}
    assert result(seventeen, SP).verdict == "ineligible"
    assert "sponsorship.applicant_min_age" in [s.id for s in result(seventeen, SP).sources]
    younger = te.edited("sponsorship.applicant_min_age", 16, date(2015, 1, 1))
    assert result(seventeen, SP, younger).verdict == "promising"
    # The child sponsoring a parent, by the sponsor's minimum age.
    child17 = te.case({"date_of_birth": "1962-02-10", "marital_status": "widowed"},
                      relatives_in_canada=[te.rel("child", "citizen", 17)])
    reopened = te.edited("program.pgp.open", True, date(2026, 1, 1))
    assert result(child17, "other_family_sponsorship", reopened).verdict == "ineligible"
    adult_sponsor = te.edited("sponsorship.sponsor_min_age", 17, date(2015, 1, 1), policy=reopened)
    assert result(child17, "other_family_sponsorship", adult_sponsor).verdict == "unlikely"


def test_the_letter_takes_the_assessment_rather_than_deciding_again():
    """A policy under which a 17-year-old may be sponsored: the letter follows the assessment it is given."""
    seventeen = parse_case(te.married_to_citizen() | {"client": te.BASE["client"] | {"date_of_birth": te.aged(17)}})
    younger = te.edited("sponsorship.applicant_min_age", 16, date(2015, 1, 1))
    letter = letter_content("spousal_sponsorship", "en", seventeen, 1, assess(seventeen, younger, TODAY), younger,
                            TODAY, _head(), words=render)
    assert "rates this route promising" in letter.text()
    with pytest.raises(LetterError, match=r"rates spousal_sponsorship ineligible: The client is under 18 "
                                          r"\(client\.date_of_birth\)"):
        letter_content("spousal_sponsorship", "en", seventeen, 1, assess(seventeen, te.POLICY, TODAY), te.POLICY,
                       TODAY, _head(), words=render)


def test_a_letter_refuses_facts_that_no_longer_match_its_assessment():
    facts = parse_case(te.married_to_citizen())
    assessed = assess(facts, te.POLICY, TODAY)
    with pytest.raises(LetterError, match=r"facts changed since the assessment of 2026-11-21: .*\(partner\)"):
        letter_content("spousal_sponsorship", "en", replace(facts, partner=None), 1, assessed, te.POLICY, TODAY,
                       _head(), words=render)


def _head():
    from casedesk.domain.letters import Letterhead

    return Letterhead("Clinic", "1 Main St", "", "", "A. Worker", "Caseworker")
