"""Official-language test results converted to CLB (English) and NCLC (French) levels.

A case file gives a language result either as levels (``"clb": {"speaking": 9, ...}``) or as a
raw test result (``{"test": "ielts_general", "scores": {...}}``). ``clb_levels`` turns either
into one level per ability, 0-12, using IRCC's "Language test equivalency charts".

The charts are policy data, not code: one ``lang.chart.<test>`` fact per test (see
``resources/policy/README.md``), each with its source and confidence (all ``S3`` today:
transcribed from public copies of the IRCC page, "verify before relying on it").

Which chart: IRCC picks a chart by the day the test was taken (TEF Canada results of tests taken
before 2023-12-11 use an older chart), so a chart is looked up on the test date, not on the
as-of date: a result keeps its conversion for its two years of validity even if a new chart
is published meanwhile. The case file records one test date (``documents.language_test_date``);
``chart_day`` gives it, or the as-of date when it is unknown (a result in use on the as-of date
was taken at most two years earlier, so only a chart change in those two years can differ).

Reading a chart: per ability, ``[[lowest score, level], ...]`` with rising scores; a score takes
the level of the highest row whose lowest score it reaches (band edges are inclusive), so a
score above the top row takes the top row's level (the charts' top row is "10 and above"). A
score below the lowest row gives ``BELOW_CHART`` (0): the charts do not say which level under
CLB 4 (CLB 3 for PTE Core) it is, and every CRS rule treats all those levels alike.

When the data know a test's charts but hold none for the day (before the first chart, or a
``null`` value: an older chart not transcribed), the result's levels are unknown: ``None``, and
the rules report them missing. A policy file with no ``lang.chart.<test>`` entry at all is an
error (``PolicyError``), as is a chart that cannot be read (``PolicyValueError``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .facts import CaseFacts, LanguageResult
from .policydata import Policy, PolicyError, PolicyFact, PolicyValueError
from .policytables import BadValue, Reader, Steps
from .vocab import ABILITIES

BELOW_CHART = 0
CHART_FACT = "lang.chart.{test}"

# The language each test is in: English tests give CLB levels, French tests NCLC levels.
TEST_LANGUAGE = {
    "ielts_general": "english", "celpip_general": "english", "pte_core": "english",
    "tef_canada": "french", "tcf_canada": "french",
}


@dataclass(frozen=True)
class Chart:
    """One test's conversion chart, as the policy data give it."""

    fact: PolicyFact
    rows: Mapping[str, Steps[int]]  # ability -> (lowest score, level) steps

    def level(self, ability: str, score: float) -> int:
        try:
            steps = self.rows[ability]
        except KeyError:
            raise ValueError(f"no ability {ability!r} in a conversion chart") from None
        return steps.at(score, BELOW_CHART)


def chart_day(facts: CaseFacts, as_of: date) -> date:
    """The day that picks the chart for the client's own test results: the test date when the case
    records it, else the as-of date (see the module's docstring)."""
    tested = facts.documents.language_test_date if facts.documents else None
    return tested or as_of


def chart(policy: Policy, test: str, on: date) -> Chart | None:
    """``test``'s chart for a test taken on ``on``; ``None`` when the data hold none for that day."""
    if test not in TEST_LANGUAGE:
        raise ValueError(f"no conversion chart for {test!r}")
    fact_id = CHART_FACT.format(test=test)
    fact = policy.find(fact_id, on)
    if fact is None:
        if not policy.history(fact_id):
            raise PolicyError(fact_id, on)
        return None
    if fact.value is None:
        return None
    try:
        return _read_chart(fact)
    except BadValue as exc:
        raise PolicyValueError(exc.fact, on, exc.problem) from None


@functools.lru_cache(maxsize=32)
def _read_chart(fact: PolicyFact) -> Chart:
    read = Reader(fact)
    return Chart(fact, {ability: read.steps(ability) for ability in ABILITIES})


def level_for(policy: Policy, test: str, ability: str, score: float, on: date) -> int | None:
    """The CLB/NCLC level of one ability's score on ``test`` taken on ``on`` (``BELOW_CHART``
    under the chart, ``None`` when the data hold no chart for that day)."""
    found = chart(policy, test, on)
    return None if found is None else found.level(ability, score)


def clb_levels(result: LanguageResult | None, policy: Policy, on: date) -> dict[str, int] | None:
    """The result's level per ability (CLB for English, NCLC for French).

    Levels given directly (``result.clb``) are taken as they are; a raw test result is converted
    with the chart for a test taken on ``on`` (``chart_day``). Abilities with no level or score
    stay absent; ``None`` when nothing is known.
    """
    if result is None:
        return None
    if result.clb is not None:
        levels = {a: int(v) for a, v in result.clb.items() if a in ABILITIES and v is not None}
        return levels or None
    if result.test is None or not result.scores:
        return None
    found = chart(policy, result.test, on)
    if found is None:
        return None
    levels = {
        a: found.level(a, result.scores[a])
        for a in ABILITIES
        if result.scores.get(a) is not None
    }
    return levels or None


def min_level(levels: Mapping[str, int] | None) -> int | None:
    """The lowest level of the four abilities, or ``None`` unless all four are known.

    Rules that ask for "CLB 7 or more in all four abilities" read this: an ability not known
    cannot be counted as meeting them.
    """
    if not levels or any(levels.get(a) is None for a in ABILITIES):
        return None
    return min(levels[a] for a in ABILITIES)
