"""The CRS grid coded in domain/crs.py and the crs.* facts of the policy data say the same thing.

The calculator keeps its grid in code (a dated rule, version crs-2025-03-25); the policy data
carries the same grid with its sources so a caseworker can read it. This test keeps the two from
drifting apart: change one, and it fails until the other follows.
"""

from __future__ import annotations

from datetime import date

from casedesk.domain import crs
from casedesk.domain.policydata import thaw
from casedesk.policy.loader import default_policy

TODAY = date(2026, 11, 21)


def fact(fact_id: str, on: date = TODAY):
    return thaw(default_policy().get(fact_id, on).value)


def _bands(pairs) -> dict[int, int]:
    """[[min level, points], ...] -> points for each level 0-12."""
    out = {}
    for level in range(13):
        points = [p for m, p in pairs if level >= m]
        out[level] = points[-1] if points else 0
    return out


def _coded(table: dict[int, object], level: int, top: int):
    return table.get(min(level, top), 0)


def test_age_and_education():
    ages = fact("crs.age")
    for age in range(16, 50):
        coded = crs.AGE_POINTS.get(age, (0, 0))
        assert (ages["with_spouse"].get(str(age), 0), ages["without_spouse"].get(str(age), 0)) == coded
    education = fact("crs.education")
    for level, pair in crs.EDUCATION_POINTS.items():
        assert (education["with_spouse"][level], education["without_spouse"][level]) == pair


def test_languages_and_work():
    first = fact("crs.first_language")
    with_s, without = _bands(first["with_spouse"]), _bands(first["without_spouse"])
    for level in range(13):
        assert (with_s[level], without[level]) == _coded(crs.FIRST_LANGUAGE_POINTS, level, 10) or \
            (level < 4 and (with_s[level], without[level]) == (0, 0))
    second = fact("crs.second_language")
    per = _bands(second["per_ability"])
    for level in range(13):
        assert per[level] == _coded(crs.SECOND_LANGUAGE_POINTS, level, 9)
    assert (second["cap"]["with_spouse"], second["cap"]["without_spouse"]) == crs.SECOND_LANGUAGE_CAP
    work = fact("crs.canadian_work")
    w, wo = _bands(work["with_spouse"]), _bands(work["without_spouse"])
    for years in range(8):
        assert (w[years], wo[years]) == _coded(crs.CANADIAN_WORK_POINTS, years, 5)


def test_spouse_factors():
    assert fact("crs.spouse_education") == crs.SPOUSE_EDUCATION_POINTS
    per = _bands(fact("crs.spouse_language")["per_ability"])
    for level in range(13):
        assert per[level] == _coded(crs.SPOUSE_LANGUAGE_POINTS, level, 9)
    work = _bands(fact("crs.spouse_canadian_work")["thresholds"])
    for years in range(8):
        assert work[years] == _coded(crs.SPOUSE_CANADIAN_WORK_POINTS, years, 5)


def test_additional_points_and_their_dates():
    assert fact("crs.additional.provincial_nomination") == crs.PROVINCIAL_NOMINATION_POINTS
    assert fact("crs.additional.sibling") == crs.SIBLING_POINTS
    french = fact("crs.additional.french")
    assert (french["nclc7_english_clb4_or_less"], french["nclc7_english_clb5"]) == (
        crs.FRENCH_POINTS_WEAK_ENGLISH, crs.FRENCH_POINTS_WITH_ENGLISH)
    education = fact("crs.additional.canadian_education")
    assert education == {k: v for k, v in crs.CANADIAN_EDUCATION_POINTS.items() if k != "none"}
    before = fact("crs.additional.arranged_employment", date(2025, 3, 24))
    after = fact("crs.additional.arranged_employment", date(2025, 3, 25))
    assert (before["other"], before["noc_00"]) == (crs.JOB_OFFER_POINTS, crs.JOB_OFFER_POINTS_MAJOR_GROUP_00)
    assert after == {"noc_00": 0, "other": 0}
    assert default_policy().get("crs.additional.arranged_employment", date(2025, 3, 25)).effective \
        == crs.JOB_OFFER_POINTS_REMOVED
    caps = fact("crs.caps")
    assert (caps["transferability"], caps["additional"]) == (crs.TRANSFER_CAP, crs.ADDITIONAL_CAP)
