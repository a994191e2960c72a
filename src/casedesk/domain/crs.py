"""Express Entry Comprehensive Ranking System (CRS) score of one client on one date.

The grid is the one in force since 2025-03-25 (``shared/reference/rules-facts.md`` §2a, tagged
S3: cross-checked transcriptions of the IRCC page, "verify before relying on it"). One rule is
dated: arranged-employment (job offer) points were removed on 2025-03-25, so before that date a
qualifying job offer still counts 50 points, or 200 in NOC 2021 major group 00 (senior
management). Older changes (French bonus 15/30 before late 2020, NOC 2016 skill types before
November 2022) are not modelled: a date before them is scored on this grid.

Unknown facts score 0 and are named in ``CrsResult.missing`` by their case-file path. Some
absent facts are not unknown but a "no": ``second_language`` null (no second official
language), ``job_offer`` null (no offer), an empty ``relatives_in_canada`` list.

``details`` gives every factor's points. Transferability factors are given after their group's
50-point cap, ``second_language`` after its 22/24 cap; the 100-point cap of transferability and
the 600-point cap of additional points apply to the section totals only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import age_on
from .facts import CaseFacts, HumanCapital, LanguageResult, Relative
from .language import clb_levels, min_level
from .vocab import ABILITIES

GRID_VERSION = "crs-2025-03-25"
GRID_SOURCE = {
    "id": GRID_VERSION,
    "title": "IRCC, Comprehensive Ranking System (CRS) criteria",
    "url": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
           "express-entry/check-score/crs-criteria.html",
    "confidence": "S3",
}
# Ministerial Instructions: no CRS points for arranged employment from this date on.
JOB_OFFER_POINTS_REMOVED = date(2025, 3, 25)

DETAIL_KEYS = (
    "age", "education", "first_language", "second_language", "canadian_work",
    "spouse_education", "spouse_language", "spouse_canadian_work",
    "transferability_education", "transferability_foreign_work", "transferability_certificate",
    "provincial_nomination", "sibling", "french", "canadian_education", "job_offer",
)

# --- A. Core / human capital: (with spouse, without spouse) --------------------------------

AGE_POINTS: dict[int, tuple[int, int]] = {
    18: (90, 99), 19: (95, 105),
    **{age: (100, 110) for age in range(20, 30)},
    30: (95, 105), 31: (90, 99), 32: (85, 94), 33: (80, 88), 34: (75, 83), 35: (70, 77),
    36: (65, 72), 37: (60, 66), 38: (55, 61), 39: (50, 55), 40: (45, 50), 41: (35, 39),
    42: (25, 28), 43: (15, 17), 44: (5, 6),
}  # 17 or less, 45 or more: 0

EDUCATION_POINTS: dict[str, tuple[int, int]] = {
    "none": (0, 0), "secondary": (28, 30), "one_year": (84, 90), "two_year": (91, 98),
    "bachelor": (112, 120), "two_or_more": (119, 128), "master": (126, 135),
    "doctoral": (140, 150),
}

# First official language, per ability, by level (10 stands for 10 and above).
FIRST_LANGUAGE_POINTS: dict[int, tuple[int, int]] = {
    4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34),
}  # below CLB 4: 0

# Second official language, per ability: the same in both columns; the cap differs.
SECOND_LANGUAGE_POINTS: dict[int, int] = {5: 1, 6: 1, 7: 3, 8: 3, 9: 6}  # 9 stands for 9+
SECOND_LANGUAGE_CAP = (22, 24)

CANADIAN_WORK_POINTS: dict[int, tuple[int, int]] = {
    0: (0, 0), 1: (35, 40), 2: (46, 53), 3: (56, 64), 4: (63, 72), 5: (70, 80),
}  # 5 stands for 5 years or more

# --- B. Spouse or common-law partner factors ------------------------------------------------

SPOUSE_EDUCATION_POINTS: dict[str, int] = {
    "none": 0, "secondary": 2, "one_year": 6, "two_year": 7, "bachelor": 8,
    "two_or_more": 9, "master": 10, "doctoral": 10,
}
SPOUSE_LANGUAGE_POINTS: dict[int, int] = {5: 1, 6: 1, 7: 3, 8: 3, 9: 5}  # per ability; 9 = 9+
SPOUSE_CANADIAN_WORK_POINTS: dict[int, int] = {0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10}

# --- C. Skill transferability ---------------------------------------------------------------

# Education tiers: 1 = a post-secondary credential of one year or longer; 2 = two or more
# credentials (one of 3+ years), a master's or entry-to-practice degree, or a doctorate.
EDUCATION_TIER = {
    "one_year": 1, "two_year": 1, "bachelor": 1, "two_or_more": 2, "master": 2, "doctoral": 2,
}
# Foreign work tiers: 1 = one or two years, 2 = three years or more.
# Points by [tier][band]: band 1 = CLB 7+ in all four with one below 9, or 1 year of Canadian
# work; band 2 = CLB 9+ in all four, or 2+ years of Canadian work.
TRANSFER_POINTS = {1: (0, 13, 25), 2: (0, 25, 50)}
TRANSFER_GROUP_CAP = 50
TRANSFER_CAP = 100
# Certificate of qualification (trades) + first language: CLB 5+ in all four (one below 7) 25,
# CLB 7+ in all four 50.

# --- D. Additional points -------------------------------------------------------------------

PROVINCIAL_NOMINATION_POINTS = 600
SIBLING_POINTS = 15
SIBLING_RELATIONS = ("brother", "sister")
SIBLING_STATUSES = ("citizen", "permanent_resident")
FRENCH_POINTS_WEAK_ENGLISH = 25  # NCLC 7+ in all four; English CLB 4 or less in any, or none
FRENCH_POINTS_WITH_ENGLISH = 50  # NCLC 7+ in all four; English CLB 5+ in all four
CANADIAN_EDUCATION_POINTS = {"none": 0, "one_or_two_year": 15, "three_year_or_more": 30}
JOB_OFFER_POINTS = 50  # TEER 0 (outside major group 00), 1, 2 or 3; before 2025-03-25
JOB_OFFER_POINTS_MAJOR_GROUP_00 = 200  # before 2025-03-25
ADDITIONAL_CAP = 600


@dataclass(frozen=True)
class CrsResult:
    total: int
    core: int
    spouse: int
    transferability: int
    additional: int
    details: dict[str, int]
    missing: tuple[str, ...]
    with_spouse: bool


def _column(pair: tuple[int, int], with_spouse: bool) -> int:
    return pair[0] if with_spouse else pair[1]


def _language_paths(result: LanguageResult | None, path: str,
                    levels: dict[str, int] | None) -> list[str]:
    """Case-file paths of the abilities of a language result whose level is unknown."""
    if result is None:
        return [path]
    if result.clb is not None:
        base = f"{path}.clb"
    elif result.test is not None:
        base = f"{path}{'.clb' if result.test_inside_clb else ''}.scores"
    else:
        return [f"{path}.clb"]
    levels = levels or {}
    return [f"{base}.{a}" for a in ABILITIES if a not in levels]


def _band(min_clb: int | None) -> int:
    """Language band of the transferability grid: 2 for CLB 9+, 1 for CLB 7+, else 0."""
    if min_clb is None:
        return 0
    return 2 if min_clb >= 9 else 1 if min_clb >= 7 else 0


def _sibling(relatives: tuple[Relative, ...] | None, missing: list[str]) -> int:
    if relatives is None:
        missing.append("relatives_in_canada")
        return 0
    unknown: list[str] = []
    for i, r in enumerate(relatives):
        if r.relation not in SIBLING_RELATIONS:
            continue
        status_ok = None if r.status is None else r.status in SIBLING_STATUSES
        adult = None if r.age is None else r.age >= 18
        if status_ok and adult:
            return SIBLING_POINTS
        if status_ok is False or adult is False:
            continue
        if status_ok is None:
            unknown.append(f"relatives_in_canada[{i}].status")
        if adult is None:
            unknown.append(f"relatives_in_canada[{i}].age")
    missing.extend(unknown)  # a sibling who might qualify, if we knew
    return 0


def _job_offer(facts: CaseFacts, as_of: date, missing: list[str]) -> int:
    offer = facts.job_offer
    if offer is None or as_of >= JOB_OFFER_POINTS_REMOVED:
        return 0
    if offer.teer is None:
        missing.append("job_offer.teer")
        return 0
    if offer.teer in (1, 2, 3):
        return JOB_OFFER_POINTS
    if offer.teer == 0:
        # 200 points need NOC 2021 major group 00 (senior management, NOC 0001x); the case
        # file (format casedesk.case/1) records only the TEER, so a TEER 0 offer counts the
        # 50 points every TEER 0 offer earns, and the NOC code is reported missing. A future
        # ``job_offer.noc`` field is read if present.
        noc = getattr(offer, "noc", None)
        if noc is None:
            missing.append("job_offer.noc")
            return JOB_OFFER_POINTS
        return JOB_OFFER_POINTS_MAJOR_GROUP_00 if str(noc).startswith("00") else JOB_OFFER_POINTS
    return 0  # TEER 4 or 5


def crs_score(facts: CaseFacts, as_of: date) -> CrsResult:
    """The client's CRS score on ``as_of``, every factor in ``details``."""
    missing: list[str] = []
    d = dict.fromkeys(DETAIL_KEYS, 0)
    hc = facts.human_capital or HumanCapital()
    spouse = hc.spouse
    ws = spouse is not None  # "with spouse" columns throughout

    # A. Core
    born = facts.client.date_of_birth
    if born is None:
        missing.append("client.date_of_birth")
    else:
        d["age"] = _column(AGE_POINTS.get(age_on(born, as_of), (0, 0)), ws)

    if hc.education is None:
        missing.append("human_capital.education")
    else:
        d["education"] = _column(EDUCATION_POINTS[hc.education], ws)

    first = clb_levels(hc.first_language)
    missing += _language_paths(hc.first_language, "human_capital.first_language", first)
    for level in (first or {}).values():
        if level >= 4:
            d["first_language"] += _column(FIRST_LANGUAGE_POINTS[min(level, 10)], ws)

    second_result = hc.second_language
    same_language = (
        second_result is not None and hc.first_language is not None
        and second_result.language is not None
        and second_result.language == hc.first_language.language
    )
    second = None if same_language else clb_levels(second_result)  # never counted twice
    if second_result is not None and not same_language:
        missing += _language_paths(second_result, "human_capital.second_language", second)
    second_points = sum(SECOND_LANGUAGE_POINTS.get(min(level, 9), 0) for level in (second or {}).values())
    d["second_language"] = min(second_points, _column(SECOND_LANGUAGE_CAP, ws))

    cdn_years = hc.canadian_work_years
    if cdn_years is None:
        missing.append("human_capital.canadian_work_years")
    else:
        d["canadian_work"] = _column(CANADIAN_WORK_POINTS[min(cdn_years, 5)], ws)

    # B. Spouse factors
    if spouse is not None:
        if spouse.education is None:
            missing.append("human_capital.spouse.education")
        else:
            d["spouse_education"] = SPOUSE_EDUCATION_POINTS[spouse.education]
        spouse_levels = clb_levels(spouse.first_language)
        missing += _language_paths(spouse.first_language, "human_capital.spouse.first_language",
                                   spouse_levels)
        d["spouse_language"] = sum(
            SPOUSE_LANGUAGE_POINTS.get(min(level, 9), 0) for level in (spouse_levels or {}).values())
        if spouse.canadian_work_years is None:
            missing.append("human_capital.spouse.canadian_work_years")
        else:
            d["spouse_canadian_work"] = SPOUSE_CANADIAN_WORK_POINTS[min(spouse.canadian_work_years, 5)]

    # C. Skill transferability (first official language; unknown facts count as nothing)
    lowest = min_level(first)
    language_band = _band(lowest)
    cdn_band = 0 if not cdn_years else 2 if cdn_years >= 2 else 1
    edu_tier = EDUCATION_TIER.get(hc.education or "")
    if edu_tier:
        points = TRANSFER_POINTS[edu_tier]
        d["transferability_education"] = min(
            TRANSFER_GROUP_CAP, points[language_band] + points[cdn_band])
    foreign = hc.foreign_work_years
    if foreign is None:
        missing.append("human_capital.foreign_work_years")
    elif foreign >= 1:
        points = TRANSFER_POINTS[2 if foreign >= 3 else 1]
        d["transferability_foreign_work"] = min(
            TRANSFER_GROUP_CAP, points[language_band] + points[cdn_band])
    if hc.certificate_of_qualification is None:
        missing.append("human_capital.certificate_of_qualification")
    elif hc.certificate_of_qualification and lowest is not None and lowest >= 5:
        d["transferability_certificate"] = 50 if lowest >= 7 else 25

    # D. Additional points
    if hc.provincial_nomination is None:
        missing.append("human_capital.provincial_nomination")
    elif hc.provincial_nomination:
        d["provincial_nomination"] = PROVINCIAL_NOMINATION_POINTS

    d["sibling"] = _sibling(facts.relatives_in_canada, missing)

    results = [(hc.first_language, first, "human_capital.first_language"),
               (second_result, second, "human_capital.second_language")]
    for result, levels, path in results:
        if result is not None and result.language is None and levels:
            missing.append(f"{path}.language")  # French bonus cannot tell which is which
    french = [min_level(lv) for r, lv, _ in results if r is not None and r.language == "french"]
    english = [min_level(lv) for r, lv, _ in results if r is not None and r.language == "english"]
    if any(m is not None and m >= 7 for m in french):
        strong_english = any(m is not None and m >= 5 for m in english)
        d["french"] = FRENCH_POINTS_WITH_ENGLISH if strong_english else FRENCH_POINTS_WEAK_ENGLISH

    if hc.canadian_education is None:
        missing.append("human_capital.canadian_education")
    else:
        d["canadian_education"] = CANADIAN_EDUCATION_POINTS[hc.canadian_education]

    d["job_offer"] = _job_offer(facts, as_of, missing)

    core = d["age"] + d["education"] + d["first_language"] + d["second_language"] + d["canadian_work"]
    spouse_total = d["spouse_education"] + d["spouse_language"] + d["spouse_canadian_work"]
    transferability = min(TRANSFER_CAP, d["transferability_education"]
                          + d["transferability_foreign_work"] + d["transferability_certificate"])
    additional = min(ADDITIONAL_CAP, d["provincial_nomination"] + d["sibling"] + d["french"]
                     + d["canadian_education"] + d["job_offer"])
    return CrsResult(
        total=core + spouse_total + transferability + additional,
        core=core,
        spouse=spouse_total,
        transferability=transferability,
        additional=additional,
        details=d,
        missing=tuple(dict.fromkeys(missing)),
        with_spouse=ws,
    )
