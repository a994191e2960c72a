"""Official-language test results converted to CLB (English) and NCLC (French) levels.

A case file gives a language result either as levels (``"clb": {"speaking": 9, ...}``) or as a
raw test result (``{"test": "ielts_general", "scores": {...}}``). ``clb_levels`` turns either
into one level per ability, 0-12, using IRCC's "Language test equivalency charts".

Where the charts come from, and how far to trust them, is in ``CONVERSION_SOURCES``. None of
them is in ``shared/reference/rules-facts.md`` (its section 2a gives the CRS points per level,
not the test charts): they were transcribed from public copies of the IRCC page that agree
with one another, so every one is tagged ``S3`` and must be shown as "verify before relying
on it".

Reading a chart: each row gives, per ability, the lowest score of a level's band; a score takes
the highest level whose lowest score it reaches (band edges are inclusive). A score above the
top row takes the top row's level (the charts' top row is "10 and above"). A score below the
lowest row gives ``BELOW_CHART`` (0): the charts do not say which level under CLB 4 (CLB 3 for
PTE Core) it is, and every CRS rule treats all those levels alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from .facts import LanguageResult
from .vocab import ABILITIES

BELOW_CHART = 0

_URL = (
    "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/"
    "operational-bulletins-manuals/standard-requirements/language-requirements/"
    "test-equivalency-charts.html"
)

# Per test: title, url and confidence (the tags of rules-facts.md: S official source read,
# S3 secondary transcription, R recollection, ? conflicting). Anything other than "S" is to be
# shown as "verify before relying on it".
CONVERSION_SOURCES: dict[str, dict] = {
    "ielts_general": {
        "title": "IRCC, Language test equivalency charts: IELTS General Training",
        "url": _URL,
        "confidence": "S3",
        "note": "Transcribed from several public copies of the IRCC chart, all agreeing; the "
                "official page itself was not read.",
    },
    "celpip_general": {
        "title": "IRCC, Language test equivalency charts: CELPIP-General",
        "url": _URL,
        "confidence": "S3",
        "note": "CELPIP levels 4-9 equal CLB 4-9; CELPIP 10-12 is CLB 10.",
    },
    "pte_core": {
        "title": "IRCC, Language test equivalency charts: PTE Core",
        "url": _URL,
        "confidence": "S3",
        "note": "PTE Core accepted by IRCC since 2024-01-30; chart rows CLB 3-10.",
    },
    "tef_canada": {
        "title": "IRCC, Language test equivalency charts: TEF Canada (tests taken after 2023-12-10)",
        "url": _URL,
        "confidence": "S3",
        "effective_from": "2023-12-11",
        "note": "IRCC's TEF Canada chart depends on the test date. Only the current chart (tests "
                "taken on or after 2023-12-11, every ability on the 0-699 scale) is applied; "
                "results of earlier tests (older charts, some on 0-300/0-360/0-450 scales) "
                "need converting by hand.",
    },
    "tcf_canada": {
        "title": "IRCC, Language test equivalency charts: TCF Canada",
        "url": _URL,
        "confidence": "S3",
        "note": "Reading and listening on the 0-699 scale, writing and speaking on 0-20. No "
                "change of chart by test date was found.",
    },
}

_CHART_COLUMNS = ("reading", "writing", "listening", "speaking")  # the order IRCC prints


def _chart(rows: list[tuple]) -> dict[str, tuple[tuple[float, int], ...]]:
    """``(level, reading, writing, listening, speaking)`` rows, highest level first, each score
    the lowest of that level's band -> per ability, ``((lowest score, level), ...)``."""
    return {
        ability: tuple((row[1 + i], row[0]) for row in rows)
        for i, ability in enumerate(_CHART_COLUMNS)
    }


# IELTS General Training -> CLB. The chart gives the lowest band of each level.
IELTS_GENERAL = _chart([
    # CLB  reading writing listening speaking
    (10, 8.0, 7.5, 8.5, 7.5),
    (9, 7.0, 7.0, 8.0, 7.0),
    (8, 6.5, 6.5, 7.5, 6.5),
    (7, 6.0, 6.0, 6.0, 6.0),
    (6, 5.0, 5.5, 5.5, 5.5),
    (5, 4.0, 5.0, 5.0, 5.0),
    (4, 3.5, 4.0, 4.5, 4.0),
])

# CELPIP-General -> CLB: the same number, levels 4-9; 10, 11 and 12 are CLB 10.
CELPIP_GENERAL = _chart([(level, level, level, level, level) for level in range(10, 3, -1)])

# PTE Core -> CLB. The chart's bands, for the record (lowest-highest):
#   CLB  reading  writing  listening  speaking
#   10   88-90    90       89-90      89-90
#    9   78-87    88-89    82-88      84-88
#    8   69-77    79-87    71-81      76-83
#    7   60-68    69-78    60-70      68-75
#    6   51-59    60-68    50-59      59-67
#    5   42-50    51-59    39-49      51-58
#    4   33-41    41-50    28-38      42-50
#    3   24-32    32-40    18-27      34-41
PTE_CORE = _chart([
    (10, 88, 90, 89, 89),
    (9, 78, 88, 82, 84),
    (8, 69, 79, 71, 76),
    (7, 60, 69, 60, 68),
    (6, 51, 60, 50, 59),
    (5, 42, 51, 39, 51),
    (4, 33, 41, 28, 42),
    (3, 24, 32, 18, 34),
])

# TEF Canada -> NCLC, for tests taken after 2023-12-10 (the current chart; IRCC keeps older
# charts for earlier test dates, which this module does not apply: see CONVERSION_SOURCES).
#   NCLC reading   writing   listening speaking
#   10   546-699   558-699   546-699   556-699
#    9   503-545   512-557   503-545   518-555
#    8   462-502   472-511   462-502   494-517
#    7   434-461   428-471   434-461   456-493
#    6   393-433   379-427   393-433   422-455
#    5   352-392   330-378   352-392   387-421
#    4   306-351   268-329   306-351   328-386
TEF_CANADA = _chart([
    (10, 546, 558, 546, 556),
    (9, 503, 512, 503, 518),
    (8, 462, 472, 462, 494),
    (7, 434, 428, 434, 456),
    (6, 393, 379, 393, 422),
    (5, 352, 330, 352, 387),
    (4, 306, 268, 306, 328),
])

# TCF Canada -> NCLC.
#   NCLC reading   writing  listening speaking
#   10   549-699   16-20    549-699   16-20
#    9   524-548   14-15    523-548   14-15
#    8   499-523   12-13    503-522   12-13
#    7   453-498   10-11    458-502   10-11
#    6   406-452   7-9      398-457   7-9
#    5   375-405   6        369-397   6
#    4   342-374   4-5      331-368   4-5
TCF_CANADA = _chart([
    (10, 549, 16, 549, 16),
    (9, 524, 14, 523, 14),
    (8, 499, 12, 503, 12),
    (7, 453, 10, 458, 10),
    (6, 406, 7, 398, 7),
    (5, 375, 6, 369, 6),
    (4, 342, 4, 331, 4),
])

CHARTS: dict[str, dict[str, tuple[tuple[float, int], ...]]] = {
    "ielts_general": IELTS_GENERAL,
    "celpip_general": CELPIP_GENERAL,
    "pte_core": PTE_CORE,
    "tef_canada": TEF_CANADA,
    "tcf_canada": TCF_CANADA,
}

# English tests give CLB levels, French tests NCLC levels.
TEST_LANGUAGE = {
    "ielts_general": "english", "celpip_general": "english", "pte_core": "english",
    "tef_canada": "french", "tcf_canada": "french",
}


def level_for(test: str, ability: str, score: float) -> int:
    """The CLB/NCLC level of one ability's score on ``test`` (``BELOW_CHART`` under the chart)."""
    try:
        rows = CHARTS[test][ability]
    except KeyError:
        raise ValueError(f"no conversion chart for {test!r} {ability!r}") from None
    for lowest, level in rows:
        if score >= lowest:
            return level
    return BELOW_CHART


def clb_levels(result: LanguageResult | None) -> dict[str, int] | None:
    """The result's level per ability (CLB for English, NCLC for French).

    Levels given directly (``result.clb``) are taken as they are; a raw test result is converted
    with its chart. Abilities with no level or score stay absent; ``None`` when nothing is known.
    """
    if result is None:
        return None
    if result.clb is not None:
        levels = {a: int(v) for a, v in result.clb.items() if a in ABILITIES and v is not None}
        return levels or None
    if result.test is None or not result.scores:
        return None
    levels = {
        a: level_for(result.test, a, result.scores[a])
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
