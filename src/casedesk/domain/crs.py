"""Express Entry Comprehensive Ranking System (CRS) score of one client on one date.

This module holds the grid's structure: which factors exist, what each reads from the case
file, and how they add up and are capped. Every number (points, thresholds, caps) and every
date is a ``crs.*`` fact of the policy data (``resources/policy/README.md``), read as in force
on the as-of date, so a policy update to the grid changes the score and an earlier date sees
the earlier value: arranged-employment points end on 2025-03-25, the French points were 15/30
before 2020-10-27, sibling, French and Canadian-education points start in 2016-2017.
Language results are converted with the ``lang.chart.*`` facts (``language``).

The policy data must hold an entry of every id in ``FACT_IDS`` in force on the as-of date:
otherwise ``PolicyError`` naming the fact and the date (``PolicyValueError`` for a value of the
wrong shape); ``crsgrid`` reads and checks them. The data's grid starts with Express Entry
(2015-01-01); ``grid_in_force`` tells whether a date is before it. Structure not modelled: the
NOC 2016 skill types (before November 2022) are read as TEER categories.

Unknown facts score 0 and are named in ``CrsResult.missing`` by their case-file path. Some
absent facts are not unknown but a "no": ``second_language`` null (no second official
language), ``job_offer`` null (no offer), an empty ``relatives_in_canada`` list.

``details`` gives every factor's points. Transferability factors are given after their group's
cap, ``second_language`` after its cap; the section caps of transferability and additional
points apply to the section totals only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from .crsgrid import FACT_IDS, Grid, grid_in_force, grid_on
from .dates import age_on
from .facts import CaseFacts, HumanCapital, LanguageResult, Relative
from .language import chart_day, clb_levels, min_level
from .policydata import Policy
from .policytables import Steps
from .vocab import ABILITIES

__all__ = ["DETAIL_KEYS", "FACT_IDS", "CrsResult", "age_on", "crs_score", "grid_in_force"]

DETAIL_KEYS = (
    "age", "education", "first_language", "second_language", "canadian_work",
    "spouse_education", "spouse_language", "spouse_canadian_work",
    "transferability_education", "transferability_foreign_work", "transferability_certificate",
    "provincial_nomination", "sibling", "french", "canadian_education", "job_offer",
)

T = TypeVar("T")


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


# --- the score ------------------------------------------------------------------------------

def _column(pair: tuple[T, T], with_spouse: bool) -> T:
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


def _per_ability(levels: dict[str, int] | None, steps: Steps[int]) -> int:
    return sum(steps.at(level, 0) for level in (levels or {}).values())


def _sibling(grid: Grid, relatives: tuple[Relative, ...] | None, missing: list[str]) -> int:
    if relatives is None:
        missing.append("relatives_in_canada")
        return 0
    unknown: list[str] = []
    for i, r in enumerate(relatives):
        if r.relation not in grid.sibling_relations:
            continue
        status_ok = None if r.status is None else r.status in grid.sibling_statuses
        old_enough = None if r.age is None else r.age >= grid.sibling_min_age
        if status_ok and old_enough:
            return grid.sibling
        if status_ok is False or old_enough is False:
            continue
        if status_ok is None:
            unknown.append(f"relatives_in_canada[{i}].status")
        if old_enough is None:
            unknown.append(f"relatives_in_canada[{i}].age")
    missing.extend(unknown)  # a sibling who might qualify, if we knew
    return 0


def _job_offer(grid: Grid, facts: CaseFacts, missing: list[str]) -> int:
    offer = facts.job_offer
    if offer is None or not (grid.job_offer_other or grid.job_offer_major_group_00):
        return 0  # no offer, or offers earn nothing on this date: nothing to ask about
    if offer.teer is None:
        missing.append("job_offer.teer")
        return 0
    if offer.teer not in grid.job_offer_teers:
        return 0
    if offer.teer != 0:
        return grid.job_offer_other
    # The major-group-00 points need NOC 2021 major group 00 (senior management, NOC 0001x); the
    # case file (format casedesk.case/1) records only the TEER, so a TEER 0 offer counts what
    # every qualifying offer earns, and the NOC code is reported missing. A future
    # ``job_offer.noc`` field is read if present.
    noc = getattr(offer, "noc", None)
    if noc is None:
        if grid.job_offer_major_group_00 != grid.job_offer_other:
            missing.append("job_offer.noc")
        return grid.job_offer_other
    return grid.job_offer_major_group_00 if str(noc).startswith("00") else grid.job_offer_other


def crs_score(facts: CaseFacts, policy: Policy, as_of: date) -> CrsResult:
    """The client's CRS score on ``as_of`` under ``policy``, every factor in ``details``."""
    grid = grid_on(policy, as_of)
    missing: list[str] = []
    d = dict.fromkeys(DETAIL_KEYS, 0)
    hc = facts.human_capital or HumanCapital()
    spouse = hc.spouse
    ws = spouse is not None  # "with spouse" columns throughout
    tested_on = chart_day(facts, as_of)

    # A. Core
    born = facts.client.date_of_birth
    if born is None:
        missing.append("client.date_of_birth")
    else:
        d["age"] = _column(grid.age, ws).get(age_on(born, as_of), 0)

    if hc.education is None:
        missing.append("human_capital.education")
    else:
        d["education"] = _column(grid.education, ws)[hc.education]

    first = clb_levels(hc.first_language, policy, tested_on)
    missing += _language_paths(hc.first_language, "human_capital.first_language", first)
    d["first_language"] = _per_ability(first, _column(grid.first_language, ws))

    second_result = hc.second_language
    same_language = (
        second_result is not None and hc.first_language is not None
        and second_result.language is not None
        and second_result.language == hc.first_language.language
    )
    second = None if same_language else clb_levels(second_result, policy, tested_on)  # never counted twice
    if second_result is not None and not same_language:
        missing += _language_paths(second_result, "human_capital.second_language", second)
    d["second_language"] = min(_per_ability(second, grid.second_language),
                               _column(grid.second_language_cap, ws))

    cdn_years = hc.canadian_work_years
    if cdn_years is None:
        missing.append("human_capital.canadian_work_years")
    else:
        d["canadian_work"] = _column(grid.canadian_work, ws).at(cdn_years, 0)

    # B. Spouse factors (the spouse's own test: no test date recorded, so the as-of date's chart)
    if spouse is not None:
        if spouse.education is None:
            missing.append("human_capital.spouse.education")
        else:
            d["spouse_education"] = grid.spouse_education[spouse.education]
        spouse_levels = clb_levels(spouse.first_language, policy, as_of)
        missing += _language_paths(spouse.first_language, "human_capital.spouse.first_language",
                                   spouse_levels)
        d["spouse_language"] = min(_per_ability(spouse_levels, grid.spouse_language),
                                   grid.spouse_language_cap)
        if spouse.canadian_work_years is None:
            missing.append("human_capital.spouse.canadian_work_years")
        else:
            d["spouse_canadian_work"] = min(grid.spouse_canadian_work.at(spouse.canadian_work_years, 0),
                                            grid.spouse_canadian_work_cap)

    # C. Skill transferability (first official language; unknown facts count as nothing)
    lowest = min_level(first)
    known_lowest = -1 if lowest is None else lowest  # under every threshold
    known_cdn = cdn_years or 0
    credential = grid.credential_tier.get(hc.education or "")
    if credential:
        d["transferability_education"] = min(
            grid.group_caps["education"],
            grid.education_language[credential].at(known_lowest, 0)
            + grid.education_canadian_work[credential].at(known_cdn, 0))
    foreign = hc.foreign_work_years
    if foreign is None:
        missing.append("human_capital.foreign_work_years")
    else:
        foreign_tier = grid.foreign_work_tier.at(foreign, "")
        if foreign_tier:
            d["transferability_foreign_work"] = min(
                grid.group_caps["foreign_work"],
                grid.foreign_work_language[foreign_tier].at(known_lowest, 0)
                + grid.foreign_work_canadian_work[foreign_tier].at(known_cdn, 0))
    if hc.certificate_of_qualification is None:
        missing.append("human_capital.certificate_of_qualification")
    elif hc.certificate_of_qualification:
        d["transferability_certificate"] = min(grid.group_caps["certificate"],
                                               grid.certificate_language.at(known_lowest, 0))

    # D. Additional points
    if hc.provincial_nomination is None:
        missing.append("human_capital.provincial_nomination")
    elif hc.provincial_nomination:
        d["provincial_nomination"] = grid.nomination

    d["sibling"] = _sibling(grid, facts.relatives_in_canada, missing)

    results = [(hc.first_language, first, "human_capital.first_language"),
               (second_result, second, "human_capital.second_language")]
    for result, levels, path in results:
        if result is not None and result.language is None and levels:
            missing.append(f"{path}.language")  # French bonus cannot tell which is which
    french = [min_level(lv) for r, lv, _ in results if r is not None and r.language == "french"]
    english = [min_level(lv) for r, lv, _ in results if r is not None and r.language == "english"]
    if any(m is not None and m >= grid.french_min_nclc for m in french):
        best_english = max((m for m in english if m is not None), default=0)  # no English test: 0
        d["french"] = grid.french_by_english.at(best_english, 0)

    if hc.canadian_education is None:
        missing.append("human_capital.canadian_education")
    else:
        d["canadian_education"] = grid.canadian_education.get(hc.canadian_education, 0)  # "none": 0

    d["job_offer"] = _job_offer(grid, facts, missing)

    core = d["age"] + d["education"] + d["first_language"] + d["second_language"] + d["canadian_work"]
    spouse_total = d["spouse_education"] + d["spouse_language"] + d["spouse_canadian_work"]
    transferability = min(grid.transferability_cap, d["transferability_education"]
                          + d["transferability_foreign_work"] + d["transferability_certificate"])
    additional = min(grid.additional_cap, d["provincial_nomination"] + d["sibling"] + d["french"]
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
