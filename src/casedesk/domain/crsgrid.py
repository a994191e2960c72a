"""The CRS grid as the policy data give it: the ``crs.*`` facts in force on a date, read and checked.

``grid_on(policy, as_of)`` returns the tables the scorer (``crs``) uses, read once per set of
entries in force. A missing entry is a ``PolicyError`` naming the fact and the date, a value of
the wrong shape a ``PolicyValueError`` naming the place in it. The tables and their shapes are
described in ``resources/policy/README.md``.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from .policydata import Policy, PolicyFact, PolicyValueError
from .policytables import BadValue, Reader, Steps
from .vocab import CANADIAN_EDUCATION, CANADIAN_STATUSES, EDUCATION_LEVELS, RELATIONS

T = TypeVar("T")
Columns = tuple[int, int]  # (with spouse, without spouse)

# Every fact the scorer reads, all of them on every score (a policy file missing one fails at
# once, whatever the client).
FACT_IDS = (
    "crs.age", "crs.education", "crs.first_language", "crs.second_language", "crs.canadian_work",
    "crs.spouse_education", "crs.spouse_language", "crs.spouse_canadian_work",
    "crs.transferability", "crs.caps",
    "crs.additional.provincial_nomination", "crs.additional.sibling", "crs.additional.french",
    "crs.additional.canadian_education", "crs.additional.arranged_employment",
)


@dataclass(frozen=True)
class Grid:
    """The ``crs.*`` facts in force on one date, read into the shapes the scorer uses."""

    # A. Core: (with spouse, without spouse) columns.
    age: tuple[Mapping[int, int], Mapping[int, int]]
    education: tuple[Mapping[str, int], Mapping[str, int]]
    first_language: tuple[Steps[int], Steps[int]]  # per ability, by CLB/NCLC
    second_language: Steps[int]
    second_language_cap: Columns
    canadian_work: tuple[Steps[int], Steps[int]]  # by years
    # B. Spouse factors.
    spouse_education: Mapping[str, int]
    spouse_language: Steps[int]
    spouse_language_cap: int
    spouse_canadian_work: Steps[int]
    spouse_canadian_work_cap: int
    # C. Skill transferability: tiers of education and foreign work, each with a language table
    # (by the lowest CLB of the first language) and a Canadian-work table (by years).
    credential_tier: Mapping[str, str]
    education_language: Mapping[str, Steps[int]]
    education_canadian_work: Mapping[str, Steps[int]]
    foreign_work_tier: Steps[str]
    foreign_work_language: Mapping[str, Steps[int]]
    foreign_work_canadian_work: Mapping[str, Steps[int]]
    certificate_language: Steps[int]
    group_caps: Mapping[str, int]
    transferability_cap: int
    # D. Additional points.
    additional_cap: int
    nomination: int
    sibling: int
    sibling_relations: frozenset[str]
    sibling_statuses: frozenset[str]
    sibling_min_age: int
    french_min_nclc: int
    french_by_english: Steps[int]  # by the best English CLB in all four (0: none)
    canadian_education: Mapping[str, int]
    job_offer_teers: frozenset[int]
    job_offer_major_group_00: int
    job_offer_other: int


def grid_in_force(policy: Policy, as_of: date) -> bool:
    """Whether ``as_of`` is on or after the start of the policy data's CRS grid, the day by which
    every ``crs.*`` fact has begun (Express Entry opened on 2015-01-01). Before it there is no grid
    to score with; a later day without an entry of some fact, or a fact missing altogether, is a
    policy file to fix, which ``crs_score`` reports."""
    key = (id(policy), None)
    hit = _recent.get(key)
    if hit is None or hit[0] is not policy:
        starts = [entries[0].effective for entries in map(policy.history, FACT_IDS) if entries]
        hit = _remember(key, policy, max(starts) if starts else None)
    start = hit[1]
    assert start is None or isinstance(start, date)
    return start is None or as_of >= start


def grid_on(policy: Policy, as_of: date) -> Grid:
    """The grid in force on ``as_of``; ``PolicyError`` / ``PolicyValueError`` if it cannot be read."""
    key = (id(policy), as_of)
    hit = _recent.get(key)
    if hit is not None and hit[0] is policy:
        assert isinstance(hit[1], Grid)
        return hit[1]
    entries = tuple(policy.get(fact_id, as_of) for fact_id in FACT_IDS)
    try:
        found = _read_grid(entries)
    except BadValue as exc:
        raise PolicyValueError(exc.fact, as_of, exc.problem) from None
    _remember(key, policy, found)
    return found


# A re-assessment scores every client with one policy on one date: remember the last few answers
# by the policy's identity (the entry holds the policy, so its id cannot be reused meanwhile).
_recent: dict[tuple[int, date | None], tuple[Policy, object]] = {}
_recent_lock = threading.Lock()  # the background worker and the window may both score
_RECENT_MAX = 16


def _remember(key: tuple[int, date | None], policy: Policy, answer: object) -> tuple[Policy, object]:
    with _recent_lock:
        if len(_recent) >= _RECENT_MAX:
            _recent.pop(next(iter(_recent)))
        _recent[key] = (policy, answer)
    return policy, answer


@functools.lru_cache(maxsize=32)
def _read_grid(entries: tuple[PolicyFact, ...]) -> Grid:
    """Read once per set of entries: they serve every client, on every date they cover."""
    (age, education, first, second, work, spouse_education, spouse_language, spouse_work,  # FACT_IDS' order
     transfer, caps, nomination, sibling, french, canadian_education, job) = (Reader(f) for f in entries)
    tiers = ("lower", "higher")

    def pair(read: Callable[[str], T]) -> tuple[T, T]:
        return read("with_spouse"), read("without_spouse")

    def tier(value: object, keys: tuple[str, ...]) -> str:
        if value not in tiers:
            raise transfer.bad(keys, f"a tier is {value!r}, not one of {', '.join(tiers)}")
        return str(value)

    def by_tier(key: str) -> dict[str, Steps[int]]:
        return {name: transfer.steps(key, name) for name in tiers}

    lower = transfer.codes(EDUCATION_LEVELS, "lower_credentials")
    higher = transfer.codes(EDUCATION_LEVELS, "higher_credentials")
    if lower & higher:
        raise transfer.bad(("higher_credentials",), f"{min(lower & higher)!r} is in both tiers")
    return Grid(
        age=pair(age.points_by_number),
        education=pair(lambda column: education.points_by_code(EDUCATION_LEVELS, column)),
        first_language=pair(first.steps),
        second_language=second.steps("per_ability"),
        second_language_cap=pair(lambda column: second.integer("cap", column)),
        canadian_work=pair(work.steps),
        spouse_education=spouse_education.points_by_code(EDUCATION_LEVELS),
        spouse_language=spouse_language.steps("per_ability"),
        spouse_language_cap=spouse_language.integer("cap"),
        spouse_canadian_work=spouse_work.steps("thresholds"),
        spouse_canadian_work_cap=spouse_work.integer("cap"),
        credential_tier={**dict.fromkeys(lower, "lower"), **dict.fromkeys(higher, "higher")},
        education_language=by_tier("education_language"),
        education_canadian_work=by_tier("education_canadian_work"),
        foreign_work_tier=transfer.steps_of(tier, "foreign_work_tiers"),
        foreign_work_language=by_tier("foreign_work_language"),
        foreign_work_canadian_work=by_tier("foreign_work_canadian_work"),
        certificate_language=transfer.steps("certificate_language"),
        group_caps={group: transfer.integer("group_caps", group)
                    for group in ("education", "foreign_work", "certificate")},
        transferability_cap=caps.integer("transferability"),
        additional_cap=caps.integer("additional"),
        nomination=nomination.integer(),
        sibling=sibling.integer("points"),
        sibling_relations=sibling.codes(RELATIONS, "relations"),
        sibling_statuses=sibling.codes(CANADIAN_STATUSES, "statuses"),
        sibling_min_age=sibling.integer("min_age"),
        french_min_nclc=french.integer("min_nclc"),
        french_by_english=french.steps("points_by_english_clb"),
        # "none" is no Canadian credential: nothing to score, so the data list only the others.
        canadian_education=canadian_education.points_by_code(c for c in CANADIAN_EDUCATION if c != "none"),
        job_offer_teers=job.integers("teers"),
        job_offer_major_group_00=job.integer("noc_00"),
        job_offer_other=job.integer("other"),
    )
