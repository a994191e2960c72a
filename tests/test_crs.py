"""CRS scores against the published grid (rules-facts.md §2a), and language-test conversions.

Every expected number was worked out by hand from the grid; the sum is in the comment beside it.
Unless a row says otherwise, a profile is the BASE one below, scored on AS_OF:

    single, aged 29, bachelor's, English CLB 9 in all four, no second language, no Canadian or
    foreign work, no certificate, no Canadian education, no nomination, no relatives.
    age 110 + education 120 + first language 4 x 31 = 124            core 354
    transferability: bachelor's + CLB 9 in all four 25                       25
    total 354 + 25 = 379

With the standard accompanying SPOUSE (bachelor's, CLB 7 in all four, 1 year Canadian work) the
same applicant scores on the "with spouse" columns:
    age 100 + education 112 + first language 4 x 29 = 116            core 328
    spouse: education 8 + language 4 x 3 = 12 + Canadian work 5         25
    transferability 25                                                       25
    total 328 + 25 + 25 = 378
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from casedesk.domain.casefile import parse_case
from casedesk.domain.crs import DETAIL_KEYS, CrsResult, age_on, crs_score
from casedesk.domain.facts import LanguageResult
from casedesk.domain.language import TEST_LANGUAGE, chart, clb_levels, level_for, min_level
from casedesk.domain.vocab import ABILITIES, LANGUAGE_TESTS
from casedesk.policy.loader import default_policy

AS_OF = date(2026, 11, 21)
POLICY = default_policy()  # the shipped policy data: the grid and charts these tables check
SPEC_EXAMPLE = Path(__file__).parent / "data" / "spec_example.json"


def clb(speaking: int, listening: int, reading: int, writing: int) -> dict:
    return {"speaking": speaking, "listening": listening, "reading": reading, "writing": writing}


def clb4(level: int) -> dict:
    return clb(level, level, level, level)


def english(levels: dict) -> dict:
    return {"language": "english", "clb": levels}


def french(levels: dict) -> dict:
    return {"language": "french", "clb": levels}


SPOUSE = {"education": "bachelor", "first_language": {"clb": clb4(7)}, "canadian_work_years": 1}


def born_aged(age: int) -> str:
    """A birth date giving ``age`` on AS_OF (15 January, before 21 November)."""
    return f"{AS_OF.year - age}-01-15"


def profile(*, born: str | None = "1997-01-15", education="bachelor", first=None, second=None,
            cdn=0, foreign=0, certificate=False, canadian_education="none", nomination=False,
            spouse=None, relatives=(), job_offer=None, partner=None) -> dict:
    """The BASE profile (see the module docstring), with the given facts changed."""
    return {
        "format": "casedesk.case/1",
        "client": {"given_names": "Test", "family_name": "Client", "date_of_birth": born},
        "partner": partner,
        "relatives_in_canada": None if relatives is None else list(relatives),
        "human_capital": {
            "education": education,
            "first_language": english(clb4(9)) if first is None else first,
            "second_language": second,
            "canadian_work_years": cdn,
            "foreign_work_years": foreign,
            "certificate_of_qualification": certificate,
            "canadian_education": canadian_education,
            "provincial_nomination": nomination,
            "spouse": spouse,
        },
        "job_offer": job_offer,
    }


def check(result: CrsResult) -> CrsResult:
    """Invariants every result keeps, whatever the profile."""
    assert tuple(result.details) == DETAIL_KEYS
    d = result.details
    assert result.core == d["age"] + d["education"] + d["first_language"] + d["second_language"] \
        + d["canadian_work"]
    assert result.spouse == d["spouse_education"] + d["spouse_language"] + d["spouse_canadian_work"]
    assert result.transferability == min(100, d["transferability_education"]
                                         + d["transferability_foreign_work"]
                                         + d["transferability_certificate"])
    assert result.additional == min(600, d["provincial_nomination"] + d["sibling"] + d["french"]
                                    + d["canadian_education"] + d["job_offer"])
    assert result.total == result.core + result.spouse + result.transferability + result.additional
    return result


def score(doc: dict, as_of: date = AS_OF) -> CrsResult:
    return check(crs_score(parse_case(doc), POLICY, as_of))


# --- the base profiles ----------------------------------------------------------------------

def test_base_profile_single():
    r = score(profile())
    assert (r.total, r.core, r.spouse, r.transferability, r.additional) == (379, 354, 0, 25, 0)
    assert r.with_spouse is False
    assert r.missing == ()


def test_base_profile_with_accompanying_spouse():
    r = score(profile(spouse=SPOUSE))
    # core 100 + 112 + 116 = 328; spouse 8 + 12 + 5 = 25; transferability 25
    assert (r.total, r.core, r.spouse, r.transferability, r.additional) == (378, 328, 25, 25, 0)
    assert (r.details["spouse_education"], r.details["spouse_language"],
            r.details["spouse_canadian_work"]) == (8, 12, 5)
    assert r.with_spouse is True


def test_canadian_spouse_is_scored_as_without_spouse():
    # Married to a Canadian citizen living in Canada: the case file has spouse null, so the
    # "without spouse" columns apply: the BASE total, 379.
    partner = {"relationship": "spouse", "status_in_canada": "citizen", "lives_in_canada": True,
               "accompanying": False}
    r = score(profile(partner=partner, spouse=None))
    assert r.with_spouse is False
    assert r.total == 379
    assert r.details["age"] == 110 and r.details["education"] == 120


def test_accompanying_spouse_with_nothing_to_add_costs_points():
    # Spouse with less than secondary, CLB 4, no Canadian work: spouse factors 0, but the
    # applicant moves to the "with spouse" columns: 100 + 112 + 116 + 0 + 25 = 353 (< 379).
    spouse = {"education": "none", "first_language": {"clb": clb4(4)}, "canadian_work_years": 0}
    r = score(profile(spouse=spouse))
    assert (r.total, r.spouse) == (353, 0)


# --- age ------------------------------------------------------------------------------------

# Single: total = 269 + age points (education 120 + language 124 + transferability 25 = 269).
# With SPOUSE: total = 278 + age points (education 112 + language 116 + spouse 25 +
# transferability 25 = 278).
@pytest.mark.parametrize("age, with_spouse, points, total", [
    (17, False, 0, 269),      # 269 + 0
    (18, False, 99, 368),     # 269 + 99
    (19, False, 105, 374),    # 269 + 105
    (20, False, 110, 379),    # 269 + 110
    (29, False, 110, 379),    # 269 + 110
    (30, False, 105, 374),    # 269 + 105
    (35, False, 77, 346),     # 269 + 77
    (44, False, 6, 275),      # 269 + 6
    (45, False, 0, 269),      # 269 + 0
    (17, True, 0, 278),       # 278 + 0
    (18, True, 90, 368),      # 278 + 90
    (19, True, 95, 373),      # 278 + 95
    (20, True, 100, 378),     # 278 + 100
    (29, True, 100, 378),     # 278 + 100
    (30, True, 95, 373),      # 278 + 95
    (35, True, 70, 348),      # 278 + 70
    (44, True, 5, 283),       # 278 + 5
    (45, True, 0, 278),       # 278 + 0
])
def test_age_points(age, with_spouse, points, total):
    r = score(profile(born=born_aged(age), spouse=SPOUSE if with_spouse else None))
    assert r.details["age"] == points
    assert r.total == total


@pytest.mark.parametrize("born, as_of, age, points, total", [
    ("1996-11-21", date(2026, 11, 21), 30, 105, 374),  # turns 30 on the day: 269 + 105
    ("1996-11-21", date(2026, 11, 20), 29, 110, 379),  # the day before: 269 + 110
    ("1996-02-29", date(2026, 2, 28), 29, 110, 379),   # leap-day birth, non-leap year: not yet
    ("1996-02-29", date(2026, 3, 1), 30, 105, 374),    # ... a year older on 1 March
    ("1996-02-29", date(2028, 2, 29), 32, 94, 363),    # leap year: on the day itself, 269 + 94
    ("1996-02-29", date(2028, 2, 28), 31, 99, 368),    # the day before: 269 + 99
    ("1982-06-10", date(2026, 6, 9), 43, 17, 286),     # 269 + 17
    ("1982-06-10", date(2026, 6, 10), 44, 6, 275),     # 269 + 6
    ("1981-06-10", date(2026, 6, 10), 45, 0, 269),     # 269 + 0
    ("2008-06-10", date(2026, 6, 9), 17, 0, 269),      # 269 + 0
    ("2008-06-10", date(2026, 6, 10), 18, 99, 368),    # 269 + 99
])
def test_age_is_exact_to_the_birthday(born, as_of, age, points, total):
    assert age_on(date.fromisoformat(born), as_of) == age
    r = score(profile(born=born), as_of)
    assert (r.details["age"], r.total) == (points, total)


# --- education ------------------------------------------------------------------------------

# Single: total = age 110 + education + language 124 + transferability (education + CLB 9:
# 0 below one-year post-secondary, 25 for one-year/two-year/bachelor's, 50 for two or more,
# master's, doctorate).
# With SPOUSE: total = 100 + education + 116 + transferability + spouse 25.
@pytest.mark.parametrize("education, single_points, single_total, spouse_points, spouse_total", [
    ("none", 0, 234, 0, 241),               # 110+0+124+0 ; 100+0+116+0+25
    ("secondary", 30, 264, 28, 269),        # 110+30+124+0 ; 100+28+116+0+25
    ("one_year", 90, 349, 84, 350),         # 110+90+124+25 ; 100+84+116+25+25
    ("two_year", 98, 357, 91, 357),         # 110+98+124+25 ; 100+91+116+25+25
    ("bachelor", 120, 379, 112, 378),       # 110+120+124+25 ; 100+112+116+25+25
    ("two_or_more", 128, 412, 119, 410),    # 110+128+124+50 ; 100+119+116+50+25
    ("master", 135, 419, 126, 417),         # 110+135+124+50 ; 100+126+116+50+25
    ("doctoral", 150, 434, 140, 431),       # 110+150+124+50 ; 100+140+116+50+25
])
def test_education_points(education, single_points, single_total, spouse_points, spouse_total):
    single = score(profile(education=education))
    assert (single.details["education"], single.total) == (single_points, single_total)
    with_spouse = score(profile(education=education, spouse=SPOUSE))
    assert (with_spouse.details["education"], with_spouse.total) == (spouse_points, spouse_total)


# Total = core 328 + transferability 25 + spouse (education + 12 + 5) = 370 + spouse education.
@pytest.mark.parametrize("education, points, total", [
    ("none", 0, 370), ("secondary", 2, 372), ("one_year", 6, 376), ("two_year", 7, 377),
    ("bachelor", 8, 378), ("two_or_more", 9, 379), ("master", 10, 380), ("doctoral", 10, 380),
])
def test_spouse_education_points(education, points, total):
    r = score(profile(spouse=SPOUSE | {"education": education}))
    assert (r.details["spouse_education"], r.spouse, r.total) == (points, points + 17, total)


# --- official languages ---------------------------------------------------------------------

# Per ability (without / with spouse): <4: 0/0, 4-5: 6/6, 6: 9/8, 7: 17/16, 8: 23/22, 9: 31/29,
# 10+: 34/32. Core single = 110 + 120 + points; with spouse = 100 + 112 + points.
@pytest.mark.parametrize("levels, single, with_spouse", [
    (clb4(3), 0, 0),
    (clb4(4), 24, 24),             # 4 x 6
    (clb4(5), 24, 24),             # 4 x 6
    (clb4(6), 36, 32),             # 4 x 9 ; 4 x 8
    (clb4(7), 68, 64),             # 4 x 17 ; 4 x 16
    (clb4(8), 92, 88),             # 4 x 23 ; 4 x 22
    (clb4(9), 124, 116),           # 4 x 31 ; 4 x 29
    (clb4(10), 136, 128),          # 4 x 34 ; 4 x 32
    (clb4(12), 136, 128),          # CLB 12 scores as 10+
    (clb(10, 9, 8, 7), 105, 99),   # 34+31+23+17 ; 32+29+22+16
])
def test_first_language_points(levels, single, with_spouse):
    r = score(profile(first=english(levels)))
    assert (r.details["first_language"], r.core) == (single, 230 + single)
    r = score(profile(first=english(levels), spouse=SPOUSE))
    assert (r.details["first_language"], r.core) == (with_spouse, 212 + with_spouse)


# Per ability: <=4: 0, 5-6: 1, 7-8: 3, 9+: 6; capped at 24 single, 22 with a spouse.
@pytest.mark.parametrize("levels, single, with_spouse", [
    (clb4(4), 0, 0),
    (clb4(5), 4, 4),               # 4 x 1
    (clb4(6), 4, 4),
    (clb4(7), 12, 12),             # 4 x 3
    (clb4(8), 12, 12),
    (clb(9, 9, 9, 5), 19, 19),     # 6+6+6+1
    (clb(9, 9, 9, 8), 21, 21),     # 6+6+6+3
    (clb4(9), 24, 22),             # 4 x 6 = 24, capped at 22 with a spouse
    (clb4(12), 24, 22),
])
def test_second_language_points_and_cap(levels, single, with_spouse):
    assert score(profile(second=french(levels))).details["second_language"] == single
    assert score(profile(second=french(levels), spouse=SPOUSE)).details["second_language"] == with_spouse


def test_second_language_in_the_same_language_is_not_counted_twice():
    # English as "second" language beside English first: 0, BASE total 379.
    r = score(profile(second=english(clb4(9))))
    assert (r.details["second_language"], r.total) == (0, 379)


# Spouse's first language, per ability: <=4: 0, 5-6: 1, 7-8: 3, 9+: 5 (max 20).
@pytest.mark.parametrize("levels, points", [
    (clb4(4), 0), (clb4(5), 4), (clb4(6), 4), (clb4(7), 12), (clb4(8), 12), (clb4(9), 20),
    (clb4(12), 20), (clb(9, 9, 8, 5), 14),  # 5+5+3+1
])
def test_spouse_language_points(levels, points):
    r = score(profile(spouse=SPOUSE | {"first_language": {"clb": levels}}))
    assert r.details["spouse_language"] == points
    assert r.spouse == 8 + points + 5


# --- Canadian work experience ---------------------------------------------------------------

@pytest.mark.parametrize("years, single, with_spouse, spouse_own", [
    (0, 0, 0, 0), (1, 40, 35, 5), (2, 53, 46, 7), (3, 64, 56, 8), (4, 72, 63, 9),
    (5, 80, 70, 10), (6, 80, 70, 10),
])
def test_canadian_work_points(years, single, with_spouse, spouse_own):
    assert score(profile(cdn=years)).details["canadian_work"] == single
    assert score(profile(cdn=years, spouse=SPOUSE)).details["canadian_work"] == with_spouse
    r = score(profile(spouse=SPOUSE | {"canadian_work_years": years}))
    assert r.details["spouse_canadian_work"] == spouse_own


# --- skill transferability ------------------------------------------------------------------

# Education group: (1+-year credential: 13/25 | two or more, master's, PhD: 25/50) for CLB 7+ /
# CLB 9+ in all four, plus the same for 1 / 2+ years of Canadian work; capped at 50.
# Foreign-work group: (1-2 years: 13/25 | 3+ years: 25/50), same language and Canadian-work
# bands; capped at 50. Certificate: CLB 5+ in all four 25, CLB 7+ 50. Whole section capped at 100.
@pytest.mark.parametrize("education, levels, cdn, foreign, certificate, edu, fw, cert, total", [
    ("master", clb4(9), 2, 0, False, 50, 0, 0, 50),          # 50 + 50 = 100 -> group cap 50
    ("secondary", clb4(9), 2, 3, False, 0, 50, 0, 50),       # foreign 50 + 50 -> 50
    ("master", clb4(9), 2, 3, True, 50, 50, 50, 100),        # 50 + 50 + 50 = 150 -> cap 100
    ("doctoral", clb4(9), 1, 3, False, 50, 50, 0, 100),      # (50+25 -> 50) + (50+25 -> 50)
    ("bachelor", clb4(7), 1, 1, False, 26, 26, 0, 52),       # (13+13) + (13+13)
    ("bachelor", clb4(9), 1, 0, False, 38, 0, 0, 38),        # 25 + 13
    ("bachelor", clb4(9), 2, 0, False, 50, 0, 0, 50),        # 25 + 25, just at the cap
    ("master", clb(8, 9, 9, 9), 0, 0, False, 25, 0, 0, 25),  # one ability below 9: lower band
    ("master", clb(6, 9, 9, 9), 1, 0, False, 25, 0, 0, 25),  # CLB 6 in one: 0 + Canadian work 25
    ("one_year", clb4(9), 0, 2, False, 25, 25, 0, 50),       # 25 ; 1-2 years foreign + CLB 9 25
    ("two_year", clb4(10), 3, 2, False, 50, 50, 0, 100),     # (25+25) + (25+25)
    ("two_or_more", clb4(7), 0, 3, False, 25, 25, 0, 50),    # 25 ; 3 years foreign + CLB 7 25
    ("secondary", clb4(9), 3, 0, False, 0, 0, 0, 0),         # no post-secondary credential
    ("none", clb4(5), 0, 0, True, 0, 0, 25, 25),             # certificate, CLB 5 in all four
    ("secondary", clb(6, 7, 7, 7), 0, 0, True, 0, 0, 25, 25),  # CLB 5+, one below 7
    ("secondary", clb4(7), 0, 0, True, 0, 0, 50, 50),        # CLB 7+ in all four
    ("secondary", clb(4, 7, 7, 7), 0, 0, True, 0, 0, 0, 0),  # CLB 4 in one: nothing
])
def test_transferability(education, levels, cdn, foreign, certificate, edu, fw, cert, total):
    r = score(profile(education=education, first=english(levels), cdn=cdn, foreign=foreign,
                      certificate=certificate))
    assert (r.details["transferability_education"], r.details["transferability_foreign_work"],
            r.details["transferability_certificate"], r.transferability) == (edu, fw, cert, total)


# --- whole profiles -------------------------------------------------------------------------

def test_profile_capped_transferability_and_all_additional_points():
    # Single, 35, PhD, English (10, 9, 9, 9), French NCLC 7 in all four, 3 years Canadian and
    # 3 years foreign work, Canadian 3-year credential, a sister in Canada.
    doc = profile(born=born_aged(35), education="doctoral", first=english(clb(10, 9, 9, 9)),
                  second=french(clb4(7)), cdn=3, foreign=3, canadian_education="three_year_or_more",
                  relatives=[{"relation": "sister", "status": "citizen", "age": 40}])
    r = score(doc)
    # core: age 77 + PhD 150 + (34+31+31+31 = 127) + French 4 x 3 = 12 + Canadian work 64 = 430
    # transferability: education (50 + 50 -> 50) + foreign (50 + 50 -> 50) = 100
    # additional: sibling 15 + French 50 + Canadian education 30 = 95
    # total 430 + 100 + 95 = 625
    assert (r.core, r.spouse, r.transferability, r.additional, r.total) == (430, 0, 100, 95, 625)


def test_profile_with_spouse_certificate_and_nomination():
    spouse = {"education": "master", "first_language": {"clb": clb(9, 9, 8, 5)},
              "canadian_work_years": 6}
    doc = profile(born=born_aged(40), education="two_year", first=english(clb4(7)), cdn=1,
                  foreign=2, certificate=True, nomination=True, spouse=spouse)
    r = score(doc)
    # core (with spouse): age 45 + two-year 91 + 4 x 16 = 64 + Canadian work 35 = 235
    # spouse: master's 10 + (5+5+3+1 = 14) + 5+ years 10 = 34
    # transferability: education 13 + 13 = 26, foreign 13 + 13 = 26, certificate 50 = 102 -> 100
    # additional: nomination 600
    # total 235 + 34 + 100 + 600 = 969
    assert (r.core, r.spouse, r.transferability, r.additional, r.total) == (235, 34, 100, 600, 969)


def test_profile_at_45_with_little_to_score():
    r = score(profile(born=born_aged(45), education="secondary", first=english(clb4(4)), foreign=5))
    # age 0 + secondary 30 + 4 x 6 = 24 + 0; transferability: CLB 4 earns nothing; total 54
    assert (r.core, r.transferability, r.total) == (54, 0, 54)


# --- French-language points -----------------------------------------------------------------

@pytest.mark.parametrize("first, second, points, total", [
    # English CLB 9 first, French NCLC 7 second: 50.
    # 110 + 120 + 124 + 12 (French 4 x 3) = 366; transferability 25; 366 + 25 + 50 = 441
    (english(clb4(9)), french(clb4(7)), 50, 441),
    # French NCLC 7 first, no English: 25.
    # 110 + 120 + 68 (4 x 17) = 298; transferability bachelor's + NCLC 7 13; 298 + 13 + 25 = 336
    (french(clb4(7)), None, 25, 336),
    # ... English CLB 4 in all four: 25; English earns 0 as second language: 336
    (french(clb4(7)), english(clb4(4)), 25, 336),
    # ... English CLB 4 in one ability: 25; second language 1+1+1+0 = 3; 298 + 3 + 13 + 25 = 339
    (french(clb4(7)), english(clb(5, 5, 5, 4)), 25, 339),
    # ... English CLB 5 in all four: 50; second language 4; 298 + 4 + 13 + 50 = 365
    (french(clb4(7)), english(clb4(5)), 50, 365),
    # French NCLC 6 in one ability: no French points.
    # 110 + 120 + (9+17+17+17 = 60) + English second 24 = 314; transferability 0 (NCLC 6); 314
    (french(clb(6, 7, 7, 7)), english(clb4(9)), 0, 314),
    # English first, French second NCLC 6 in one: 0; 110+120+124+(3+3+3+1 = 10) + 25 = 389
    (english(clb4(9)), french(clb(7, 7, 7, 6)), 0, 389),
    # English CLB 4 first, French NCLC 10 second: 25.
    # 110 + 120 + 24 + 24 = 278; transferability 0 (CLB 4); 278 + 25 = 303
    (english(clb4(4)), french(clb4(10)), 25, 303),
])
def test_french_points(first, second, points, total):
    r = score(profile(first=first, second=second))
    assert (r.details["french"], r.total) == (points, total)


# --- other additional points ----------------------------------------------------------------

def test_provincial_nomination_adds_600():
    r = score(profile(nomination=True))
    assert (r.details["provincial_nomination"], r.additional, r.total) == (600, 600, 979)  # 379+600


def test_additional_points_are_capped_at_600():
    doc = profile(second=french(clb4(7)), nomination=True, canadian_education="three_year_or_more",
                  relatives=[{"relation": "brother", "status": "citizen", "age": 30}])
    r = score(doc)
    # 600 + sibling 15 + French 50 + Canadian education 30 = 695 -> 600
    # core 110 + 120 + 124 + 12 = 366; transferability 25; total 366 + 25 + 600 = 991
    assert (r.additional, r.total) == (600, 991)
    assert (r.details["sibling"], r.details["french"], r.details["canadian_education"]) == (15, 50, 30)


@pytest.mark.parametrize("relatives, points, missing", [
    ([], 0, ()),
    ([{"relation": "brother", "status": "citizen", "age": 18}], 15, ()),
    ([{"relation": "sister", "status": "permanent_resident", "age": 40}], 15, ()),
    ([{"relation": "brother", "status": "citizen", "age": 17}], 0, ()),
    ([{"relation": "cousin", "status": "citizen", "age": 30}], 0, ()),
    ([{"relation": "brother", "status": "work_permit", "age": 30}], 0, ()),
    ([{"relation": "sister", "status": "protected_person", "age": 30}], 0, ()),
    ([{"relation": "cousin", "status": "citizen", "age": 30},
      {"relation": "sister", "status": "citizen", "age": 25}], 15, ()),
    ([{"relation": "brother", "status": "citizen", "age": None}], 0,
     ("relatives_in_canada[0].age",)),
    ([{"relation": "brother", "status": None, "age": 20}], 0,
     ("relatives_in_canada[0].status",)),
    ([{"relation": "brother", "status": "citizen", "age": None},
      {"relation": "sister", "status": "citizen", "age": 25}], 15, ()),
    (None, 0, ("relatives_in_canada",)),
])
def test_sibling_points(relatives, points, missing):
    r = score(profile(relatives=relatives))
    assert (r.details["sibling"], r.total) == (points, 379 + points)
    assert r.missing == missing


@pytest.mark.parametrize("canadian_education, points", [
    ("none", 0), ("one_or_two_year", 15), ("three_year_or_more", 30),
])
def test_canadian_education_points(canadian_education, points):
    r = score(profile(canadian_education=canadian_education))
    assert (r.details["canadian_education"], r.total) == (points, 379 + points)


# --- job offer: a dated rule ----------------------------------------------------------------

BEFORE = date(2025, 3, 24)
REMOVED = date(2025, 3, 25)


# Born 1995-06-01: aged 29 on both dates, so the BASE total is 379 on each side.
@pytest.mark.parametrize("teer, before, after, missing_before", [
    (1, 429, 379, ()),              # 379 + 50 ; 379 + 0
    (2, 429, 379, ()),
    (3, 429, 379, ()),
    (4, 379, 379, ()),              # TEER 4-5 never counted
    (5, 379, 379, ()),
    (0, 429, 379, ("job_offer.noc",)),  # TEER 0, major group unknown: the sure 50
])
def test_job_offer_counts_only_before_2025_03_25(teer, before, after, missing_before):
    doc = profile(born="1995-06-01", job_offer={"province": "ON", "teer": teer})
    r = score(doc, BEFORE)
    assert (r.details["job_offer"], r.total) == (before - 379, before)
    assert r.missing == missing_before
    r = score(doc, REMOVED)
    assert (r.details["job_offer"], r.total) == (0, after)
    assert r.missing == ()


@pytest.mark.parametrize("noc, before", [("00012", 579), ("10010", 429)])  # 379+200 ; 379+50
def test_job_offer_in_major_group_00(noc, before):
    # The case file has no NOC code yet; a job offer carrying one (stand-in object) is read.
    facts = parse_case(profile(born="1995-06-01"))
    facts = replace(facts, job_offer=SimpleNamespace(province="ON", teer=0, noc=noc))
    assert check(crs_score(facts, POLICY, BEFORE)).total == before
    assert check(crs_score(facts, POLICY, REMOVED)).total == 379


# --- language tests, converted ---------------------------------------------------------------

@pytest.mark.parametrize("test, ability, score_, level", [
    # IELTS General Training
    ("ielts_general", "listening", 8.5, 10), ("ielts_general", "listening", 8.0, 9),
    ("ielts_general", "listening", 7.5, 8), ("ielts_general", "listening", 7.0, 7),
    ("ielts_general", "listening", 6.0, 7), ("ielts_general", "listening", 5.5, 6),
    ("ielts_general", "listening", 4.5, 4), ("ielts_general", "listening", 4.0, 0),
    ("ielts_general", "reading", 9.0, 10), ("ielts_general", "reading", 8.0, 10),
    ("ielts_general", "reading", 7.5, 9), ("ielts_general", "reading", 7.0, 9),
    ("ielts_general", "reading", 6.5, 8), ("ielts_general", "reading", 5.0, 6),
    ("ielts_general", "reading", 4.0, 5), ("ielts_general", "reading", 3.5, 4),
    ("ielts_general", "reading", 3.0, 0),
    ("ielts_general", "writing", 7.5, 10), ("ielts_general", "writing", 7.0, 9),
    ("ielts_general", "writing", 5.5, 6), ("ielts_general", "writing", 5.0, 5),
    ("ielts_general", "writing", 4.5, 4),
    ("ielts_general", "speaking", 7.5, 10), ("ielts_general", "speaking", 6.5, 8),
    ("ielts_general", "speaking", 6.0, 7), ("ielts_general", "speaking", 5.5, 6),
    ("ielts_general", "speaking", 4.0, 4), ("ielts_general", "speaking", 3.5, 0),
    # CELPIP-General: level = CLB from 4 to 9; 10-12 is CLB 10
    ("celpip_general", "listening", 9, 9), ("celpip_general", "speaking", 10, 10),
    ("celpip_general", "reading", 12, 10), ("celpip_general", "writing", 4, 4),
    ("celpip_general", "writing", 3, 0),
    # PTE Core
    ("pte_core", "reading", 90, 10), ("pte_core", "reading", 88, 10), ("pte_core", "reading", 87, 9),
    ("pte_core", "reading", 78, 9), ("pte_core", "reading", 77, 8), ("pte_core", "reading", 60, 7),
    ("pte_core", "reading", 59, 6), ("pte_core", "reading", 33, 4), ("pte_core", "reading", 32, 3),
    ("pte_core", "reading", 24, 3), ("pte_core", "reading", 23, 0),
    ("pte_core", "writing", 90, 10), ("pte_core", "writing", 89, 9), ("pte_core", "writing", 88, 9),
    ("pte_core", "writing", 87, 8), ("pte_core", "writing", 69, 7), ("pte_core", "writing", 68, 6),
    ("pte_core", "listening", 89, 10), ("pte_core", "listening", 88, 9),
    ("pte_core", "listening", 82, 9), ("pte_core", "listening", 81, 8),
    ("pte_core", "listening", 60, 7), ("pte_core", "listening", 59, 6),
    ("pte_core", "listening", 28, 4), ("pte_core", "listening", 18, 3),
    ("pte_core", "listening", 17, 0),
    ("pte_core", "speaking", 89, 10), ("pte_core", "speaking", 84, 9),
    ("pte_core", "speaking", 83, 8), ("pte_core", "speaking", 68, 7), ("pte_core", "speaking", 67, 6),
    ("pte_core", "speaking", 42, 4), ("pte_core", "speaking", 41, 3), ("pte_core", "speaking", 33, 0),
    # TEF Canada, current chart (tests taken after 2023-12-10)
    ("tef_canada", "reading", 699, 10), ("tef_canada", "reading", 546, 10),
    ("tef_canada", "reading", 545, 9), ("tef_canada", "reading", 503, 9),
    ("tef_canada", "reading", 502, 8), ("tef_canada", "reading", 434, 7),
    ("tef_canada", "reading", 433, 6), ("tef_canada", "reading", 306, 4),
    ("tef_canada", "reading", 305, 0),
    ("tef_canada", "writing", 558, 10), ("tef_canada", "writing", 557, 9),
    ("tef_canada", "writing", 428, 7), ("tef_canada", "writing", 427, 6),
    ("tef_canada", "writing", 268, 4), ("tef_canada", "writing", 267, 0),
    ("tef_canada", "listening", 434, 7), ("tef_canada", "listening", 433, 6),
    ("tef_canada", "listening", 352, 5), ("tef_canada", "listening", 351, 4),
    ("tef_canada", "speaking", 556, 10), ("tef_canada", "speaking", 555, 9),
    ("tef_canada", "speaking", 494, 8), ("tef_canada", "speaking", 493, 7),
    ("tef_canada", "speaking", 456, 7), ("tef_canada", "speaking", 455, 6),
    ("tef_canada", "speaking", 328, 4), ("tef_canada", "speaking", 327, 0),
    # TCF Canada
    ("tcf_canada", "reading", 549, 10), ("tcf_canada", "reading", 548, 9),
    ("tcf_canada", "reading", 524, 9), ("tcf_canada", "reading", 523, 8),
    ("tcf_canada", "reading", 499, 8), ("tcf_canada", "reading", 498, 7),
    ("tcf_canada", "reading", 453, 7), ("tcf_canada", "reading", 452, 6),
    ("tcf_canada", "reading", 342, 4), ("tcf_canada", "reading", 341, 0),
    ("tcf_canada", "listening", 549, 10), ("tcf_canada", "listening", 548, 9),
    ("tcf_canada", "listening", 523, 9), ("tcf_canada", "listening", 522, 8),
    ("tcf_canada", "listening", 503, 8), ("tcf_canada", "listening", 502, 7),
    ("tcf_canada", "listening", 458, 7), ("tcf_canada", "listening", 457, 6),
    ("tcf_canada", "listening", 331, 4), ("tcf_canada", "listening", 330, 0),
    ("tcf_canada", "writing", 20, 10), ("tcf_canada", "writing", 16, 10),
    ("tcf_canada", "writing", 15, 9), ("tcf_canada", "writing", 13, 8),
    ("tcf_canada", "writing", 11, 7), ("tcf_canada", "writing", 10, 7),
    ("tcf_canada", "writing", 9, 6), ("tcf_canada", "writing", 7, 6),
    ("tcf_canada", "writing", 6, 5), ("tcf_canada", "writing", 5, 4),
    ("tcf_canada", "speaking", 14, 9), ("tcf_canada", "speaking", 12, 8),
    ("tcf_canada", "speaking", 4, 4), ("tcf_canada", "speaking", 3, 0),
])
def test_language_test_band_edges(test, ability, score_, level):
    assert level_for(POLICY, test, ability, score_, AS_OF) == level
    result = LanguageResult(TEST_LANGUAGE[test], None, test, {ability: score_})
    assert clb_levels(result, POLICY, AS_OF) == {ability: level}


def test_charts_cover_every_test_and_ability_and_rise_with_the_level():
    assert set(LANGUAGE_TESTS) == set(TEST_LANGUAGE)
    for test in LANGUAGE_TESTS:
        found = chart(POLICY, test, AS_OF)
        assert found is not None and set(found.rows) == set(ABILITIES)
        for steps in found.rows.values():
            lowest = [score_ for score_, _ in steps.pairs]
            levels = [level for _, level in steps.pairs]
            assert lowest == sorted(lowest) and len(set(lowest)) == len(lowest)
            assert levels == list(range(levels[0], levels[0] + len(levels)))
        source = found.fact
        assert source.id == f"lang.chart.{test}"
        assert source.source_url.startswith("https://www.canada.ca/") and source.source_title
        assert source.confidence == "S3" and not source.confirmed  # "verify before relying on it"


def test_clb_levels_and_min_level():
    assert clb_levels(None, POLICY, AS_OF) is None
    assert clb_levels(LanguageResult("english"), POLICY, AS_OF) is None
    given = LanguageResult("english", {"speaking": 9, "writing": 7})
    assert clb_levels(given, POLICY, AS_OF) == {"speaking": 9, "writing": 7}
    assert clb_levels(LanguageResult("english", None, "ielts_general", None), POLICY, AS_OF) is None
    ielts = LanguageResult("english", None, "ielts_general",
                           {"speaking": 7.0, "listening": 8.0, "reading": 6.5, "writing": 6.0})
    assert clb_levels(ielts, POLICY, AS_OF) == {"speaking": 9, "listening": 9, "reading": 8, "writing": 7}
    assert min_level(clb_levels(ielts, POLICY, AS_OF)) == 7
    assert min_level({"speaking": 9, "listening": 9, "reading": 9}) is None  # writing unknown
    assert min_level(None) is None
    with pytest.raises(ValueError):
        level_for(POLICY, "toefl", "reading", 30, AS_OF)


# Raw test results through the whole score (English first, BASE otherwise).
@pytest.mark.parametrize("first, total", [
    # IELTS L 8.0 R 7.0 W 7.0 S 7.0 = CLB 9 in all four: the BASE 379
    ({"language": "english", "clb": {"test": "ielts_general",
      "scores": {"listening": 8.0, "reading": 7.0, "writing": 7.0, "speaking": 7.0}}}, 379),
    # listening 7.5 = CLB 8: 110 + 120 + (23 + 3 x 31 = 116) + transferability 13 = 359
    ({"language": "english", "clb": {"test": "ielts_general",
      "scores": {"listening": 7.5, "reading": 7.0, "writing": 7.0, "speaking": 7.0}}}, 359),
    # CELPIP 9 in all four (test written beside the language): 379
    ({"language": "english", "test": "celpip_general",
      "scores": {"listening": 9, "reading": 9, "writing": 9, "speaking": 9}}, 379),
    # CELPIP 12 = CLB 10: 110 + 120 + 4 x 34 = 136 + 25 = 391
    ({"language": "english", "test": "celpip_general",
      "scores": {"listening": 12, "reading": 12, "writing": 12, "speaking": 12}}, 391),
    # PTE Core R 78 W 88 L 82 S 84 = CLB 9 in all four: 379
    ({"language": "english", "test": "pte_core",
      "scores": {"reading": 78, "writing": 88, "listening": 82, "speaking": 84}}, 379),
    # PTE Core reading 77 = CLB 8: 359 as above
    ({"language": "english", "test": "pte_core",
      "scores": {"reading": 77, "writing": 88, "listening": 82, "speaking": 84}}, 359),
    # TCF Canada R 453 L 458 W 10 S 10 = NCLC 7 in all four, French first, no English:
    # 110 + 120 + 68 + transferability 13 + French 25 = 336
    ({"language": "french", "clb": {"test": "tcf_canada",
      "scores": {"reading": 453, "listening": 458, "writing": 10, "speaking": 10}}}, 336),
    # TCF reading 452 = NCLC 6: 110 + 120 + (9 + 3 x 17 = 60) = 290, no transferability or French
    ({"language": "french", "clb": {"test": "tcf_canada",
      "scores": {"reading": 452, "listening": 458, "writing": 10, "speaking": 10}}}, 290),
])
def test_raw_test_results_in_the_score(first, total):
    assert score(profile(first=first)).total == total


@pytest.mark.parametrize("scores, total", [
    # R 434 W 428 L 434 S 456 = NCLC 7 in all four: 110 + 120 + 68 + 13 + French 25 = 336
    ({"reading": 434, "writing": 428, "listening": 434, "speaking": 456}, 336),
    # speaking 455 = NCLC 6: 110 + 120 + 60 = 290
    ({"reading": 434, "writing": 428, "listening": 434, "speaking": 455}, 290),
])
def test_tef_canada_current_scale_in_the_score(scores, total):
    # Built as facts: the case-file validator (vocab.LANGUAGE_TESTS) still holds TEF to the
    # pre-December-2023 ranges (reading 0-300, ...), which the current chart goes beyond.
    facts = parse_case(profile())
    tef = LanguageResult("french", None, "tef_canada", scores)
    facts = replace(facts, human_capital=replace(facts.human_capital, first_language=tef))
    assert check(crs_score(facts, POLICY, AS_OF)).total == total


# --- unknown facts --------------------------------------------------------------------------

def test_unknown_facts_score_zero_and_are_listed():
    doc = {"format": "casedesk.case/1", "client": {"given_names": "Ana", "family_name": "Gómez"}}
    r = score(doc)
    assert (r.total, r.with_spouse) == (0, False)
    assert set(r.missing) == {
        "client.date_of_birth", "human_capital.education", "human_capital.first_language",
        "human_capital.canadian_work_years", "human_capital.foreign_work_years",
        "human_capital.certificate_of_qualification", "human_capital.provincial_nomination",
        "human_capital.canadian_education", "relatives_in_canada",
    }
    assert len(r.missing) == len(set(r.missing))


@pytest.mark.parametrize("first, total, missing", [
    # CLB 9 in three abilities, writing unknown: 110 + 120 + 3 x 31 = 93, no transferability
    # (all four needed): 323
    (english({"speaking": 9, "listening": 9, "reading": 9}), 323,
     ("human_capital.first_language.clb.writing",)),
    ({"language": "english", "clb": {"test": "ielts_general",
      "scores": {"listening": 8.0, "reading": 7.0, "speaking": 7.0}}}, 323,
     ("human_capital.first_language.clb.scores.writing",)),
    ({"language": "english", "test": "ielts_general",
      "scores": {"listening": 8.0, "reading": 7.0, "speaking": 7.0}}, 323,
     ("human_capital.first_language.scores.writing",)),
    # French NCLC 7 with no language named: the French points cannot be given; 298 + 13 = 311
    ({"clb": clb4(7)}, 311, ("human_capital.first_language.language",)),
])
def test_partly_known_language_results(first, total, missing):
    r = score(profile(first=first))
    assert (r.total, r.missing) == (total, missing)


def test_unknown_spouse_facts_are_listed():
    r = score(profile(spouse={}))
    # with-spouse columns: 100 + 112 + 116 = 328; spouse 0; transferability 25: 353
    assert (r.with_spouse, r.total) == (True, 353)
    assert r.missing == ("human_capital.spouse.education", "human_capital.spouse.first_language",
                         "human_capital.spouse.canadian_work_years")


# --- the spec's example ---------------------------------------------------------------------

def test_spec_example():
    doc = json.loads(SPEC_EXAMPLE.read_text(encoding="utf-8"))
    r = score(doc, AS_OF)
    # María José, born 1994-05-02: 32 on 2026-11-21. Her spouse is a Canadian citizen, not
    # coming: spouse null, "without spouse" columns.
    #   age 32: 94; master's: 135; English (S9 L9 R8 W8): 31+31+23+23 = 108;
    #   French NCLC 7 x 4: 4 x 3 = 12; Canadian work 0                     core 349
    #   transferability: master's + CLB 7+ with two below 9 25, + Canadian work 0;
    #   3 years foreign + same language band 25, + Canadian work 0          50
    #   additional: brother, permanent resident, 34: 15; French NCLC 7 in all four with
    #   English CLB 5+ in all four: 50                                       65
    #   total 349 + 0 + 50 + 65 = 464
    assert r.details == {
        "age": 94, "education": 135, "first_language": 108, "second_language": 12,
        "canadian_work": 0, "spouse_education": 0, "spouse_language": 0,
        "spouse_canadian_work": 0, "transferability_education": 25,
        "transferability_foreign_work": 25, "transferability_certificate": 0,
        "provincial_nomination": 0, "sibling": 15, "french": 50, "canadian_education": 0,
        "job_offer": 0,
    }
    assert (r.total, r.core, r.spouse, r.transferability, r.additional) == (464, 349, 0, 50, 65)
    assert (r.missing, r.with_spouse) == ((), False)


@pytest.mark.parametrize("as_of, total", [
    (date(2024, 5, 1), 480),  # aged 29 the day before her birthday: 464 - 94 + 110
    (date(2024, 5, 2), 475),  # 30 on it: 464 - 94 + 105
])
def test_spec_example_across_a_birthday(as_of, total):
    doc = copy.deepcopy(json.loads(SPEC_EXAMPLE.read_text(encoding="utf-8")))
    assert score(doc, as_of).total == total
