"""Express Entry program eligibility, checked before the score: FSW, CEC, FST.

A candidate enters the pool only through a program (IRPR ss.75-87.2), and is invited only in
rounds open to them: a program round of one of their programs, a PNP round with a nomination,
a category round for a category they meet. The numbers are policy data:

- Federal Skilled Worker (``ee.fsw.minimum``, ``ee.fsw.selection_grid``,
  ``ee.fsw.settlement_funds``): CLB 7 in all four abilities of the first official language; a
  year of continuous skilled work (TEER 0-3) in the last ten years; a secondary or higher
  credential; 67 points on the six-factor grid; settlement funds for the family's size.
- Canadian Experience Class (``ee.cec.requirements``): a year of skilled work in Canada in the
  last three years; CLB 7 for TEER 0 or 1, CLB 5 for TEER 2 or 3. No funds.
- Federal Skilled Trades (``ee.fst.requirements``): CLB 5 speaking and listening, 4 reading and
  writing; two years in a skilled trade in the last five; a job offer or a certificate of
  qualification; settlement funds.

Each check answers eligible (True), not (False) or unknown (None, with the missing facts), and
says why in messages. Language levels are the best of the two official languages where a
program accepts either (CEC, FST); FSW reads the first official language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..dates import age_on
from ..facts import HumanCapital
from ..language import min_level
from ..messages import Msg, msg
from ..people import has_partner
from ..policydata import PolicyFact, PolicyValueError
from ..policytables import BadValue, Reader
from ..vocab import ABILITIES
from .context import Context

FSW, CEC, FST = "fsw", "cec", "fst"
PROGRAMS = (FSW, CEC, FST)


@dataclass
class Check:
    program: str
    eligible: bool | None = True
    reasons: list[Msg] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    points: int | None = None

    def fail(self, reason: Msg) -> None:
        self.eligible = False
        self.reasons.append(reason)

    def unknown(self, *paths: str) -> None:
        if self.eligible is not False:
            self.eligible = None
        self.missing += paths


@dataclass(frozen=True)
class Levels:
    """The candidate's language levels: per ability, for the first, the second and the best language."""

    first: Mapping[str, int] | None
    second: Mapping[str, int] | None

    def best(self) -> dict[str, int] | None:
        """The levels of the language better in its weakest ability (a program that takes either language
        takes one language's results, not a mix)."""
        options: list[Mapping[str, int]] = [x for x in (self.first, self.second) if x]
        if not options:
            return None
        best: Mapping[str, int] = max(options, key=_weakest)
        return dict(best)


def _weakest(levels: Mapping[str, int]) -> int:
    found = min_level(levels)
    return -1 if found is None else found


def _read(fact: PolicyFact, ctx: Context, read: Any) -> Any:
    try:
        return read(Reader(fact))
    except BadValue as exc:
        raise PolicyValueError(exc.fact, ctx.as_of, exc.problem) from None


def _years(value: int | None, fallback_zero: bool) -> int | None:
    """A count of years; 0 when the case already says there is no such work at all."""
    if value is not None:
        return value
    return 0 if fallback_zero else None


def settlement_funds(ctx: Context, check: Check, hc: HumanCapital) -> None:
    """FSW and FST: money to settle, by family size (``ee.fsw.settlement_funds``)."""
    fact = ctx.fact("ee.fsw.settlement_funds")
    if fact is None or not isinstance(fact.value, Mapping):
        check.reasons.append(msg("ee_program.reason.funds_table_unknown", on=ctx.as_of))
        return
    table = _read(fact, ctx, lambda r: {int(k): r.integer("by_family_size", k) for k in r.value("by_family_size")})
    extra = _read(fact, ctx, lambda r: r.integer("each_additional"))
    top = max(table)

    def needed_for(size: int) -> int:
        return table[min(size, top)] + max(0, size - top) * extra

    if hc.family_size is None or hc.settlement_funds_cad is None:
        # Funds must be available and free of debts, so they cannot exceed the client's net worth: a net
        # worth below what even the smallest family known needs already decides it.
        business = ctx.facts.business
        worth = business.net_worth_cad if business is not None else None
        # The family counts a spouse or partner whether or not they come, and even if Canadian.
        size = hc.family_size or (2 if has_partner(ctx.facts.client.marital_status, ctx.facts.partner) else 1)
        least = needed_for(size)
        if worth is not None and worth < least:
            check.fail(msg("ee_program.reason.funds_above_net_worth", program=check.program, net_worth=worth,
                           needed=least, family=size))
            return
        check.unknown(*[p for p, v in (("human_capital.family_size", hc.family_size),
                                       ("human_capital.settlement_funds_cad", hc.settlement_funds_cad)) if v is None])
        return
    needed = needed_for(hc.family_size)
    if hc.settlement_funds_cad < needed:
        check.fail(msg("ee_program.reason.funds_short", program=check.program, funds=hc.settlement_funds_cad,
                       needed=needed, family=hc.family_size))
    else:
        check.reasons.append(msg("ee_program.reason.funds_met", program=check.program, funds=hc.settlement_funds_cad,
                                 needed=needed, family=hc.family_size))


def fsw_points(ctx: Context, grid: PolicyFact, hc: HumanCapital, levels: Levels,
               years: int | None) -> tuple[int, dict[str, int]]:
    """The six-factor grid (unknown factors score 0)."""
    f = ctx.facts
    g = grid.value
    language = g["language"]
    per = _read(grid, ctx, lambda r: r.steps("language", "first_per_ability"))
    points: dict[str, int] = {}
    first = levels.first or {}
    lang = sum(per.at(first.get(a, 0), 0) for a in ABILITIES)
    second = min_level(levels.second)
    if second is not None and second >= language["second_min_clb_all_abilities"]:
        lang += language["second_points"]
    points["language"] = min(lang, language["cap"])
    points["education"] = dict(g["education"]).get(hc.education or "", 0)
    experience = _read(grid, ctx, lambda r: r.steps("experience"))
    points["experience"] = experience.at(years or 0, 0)
    born = f.client.date_of_birth
    points["age"] = dict(g["age"]).get(str(age_on(born, ctx.as_of)), 0) if born is not None else 0
    offer = f.job_offer
    arranged = g["arranged_employment"]
    has_offer = offer is not None and (offer.teer is None or offer.teer in arranged["teers"])
    points["arranged_employment"] = arranged["points"] if has_offer else 0
    a = g["adaptability"]
    adapt = 0
    spouse = hc.spouse
    if spouse is not None and spouse.first_language is not None:
        from ..language import chart_day, clb_levels

        spouse_level = min_level(clb_levels(spouse.first_language, ctx.policy, chart_day(f, ctx.as_of)))
        if spouse_level is not None and spouse_level >= a["spouse_language_min_clb"]:
            adapt += a["spouse_language"]
    if hc.canadian_education not in (None, "none"):
        adapt += a["past_study_in_canada"]
    if (hc.canadian_work_years or 0) >= 1:
        adapt += a["past_work_in_canada"]
    if spouse is not None and (spouse.canadian_work_years or 0) >= 1:
        adapt += a["spouse_past_work_in_canada"]
    if has_offer:
        adapt += a["arranged_employment"]
    if any(r.relation in a["relative_relations"] and r.status in a["relative_statuses"]
           and r.age is not None and r.age >= a["relative_min_age"] for r in f.relatives_in_canada or ()):
        adapt += a["relative_in_canada"]
    points["adaptability"] = min(adapt, a["cap"])
    return sum(points.values()), points


def fsw(ctx: Context, levels: Levels) -> Check:
    f = ctx.facts
    hc = f.human_capital or HumanCapital()
    check = Check(FSW)
    minimum = ctx.fact("ee.fsw.minimum")
    grid = ctx.fact("ee.fsw.selection_grid")
    if minimum is None or grid is None:
        check.unknown()
        check.reasons.append(msg("ee_program.reason.rules_unknown", program=FSW, on=ctx.as_of))
        return check
    m = minimum.value
    first = min_level(levels.first)
    if first is None:
        check.unknown("human_capital.first_language")
    elif first < m["min_clb_all_abilities"]:
        check.fail(msg("ee_program.reason.language_short", program=FSW, level=first, needed=m["min_clb_all_abilities"]))
    years = _years(hc.skilled_work_years_last_10,
                   hc.foreign_work_years == 0 and hc.canadian_work_years == 0)
    if years is None and hc.foreign_work_years is not None and hc.canadian_work_years is not None:
        # The CRS work years are skilled work in the last ten years too: read them, and say so.
        years = min(hc.foreign_work_years + hc.canadian_work_years, m["within_years"])
        check.reasons.append(msg("ee_program.reason.fsw_work_from_crs_years", years=years))
    if years is None:
        check.unknown("human_capital.skilled_work_years_last_10")
    elif years < m["min_work_years"]:
        check.fail(msg("ee_program.reason.fsw_work_short", years=years, needed=m["min_work_years"],
                       within=m["within_years"]))
    if hc.education is None:
        check.unknown("human_capital.education")
    elif hc.education == "none":
        check.fail(msg("ee_program.reason.fsw_education"))
    total, points = fsw_points(ctx, grid, hc, levels, years)
    check.points = total
    pass_mark = grid.value["pass_mark"]
    if total < pass_mark and check.eligible is None:
        # Unknown factors scored 0: the grid cannot fail the candidate yet.
        check.reasons.append(msg("ee_program.reason.fsw_points_so_far", points=total, pass_mark=pass_mark))
    elif total < pass_mark:
        check.fail(msg("ee_program.reason.fsw_points_short", points=total, pass_mark=pass_mark,
                       language=points["language"], education=points["education"],
                       experience=points["experience"], age=points["age"],
                       arranged=points["arranged_employment"], adaptability=points["adaptability"]))
    else:
        check.reasons.append(msg("ee_program.reason.fsw_points", points=total, pass_mark=pass_mark))
    if check.eligible is not False:
        settlement_funds(ctx, check, hc)
    if check.eligible:
        check.reasons.insert(0, msg("ee_program.reason.eligible", program=FSW))
    return check


def cec(ctx: Context, levels: Levels) -> Check:
    hc = ctx.facts.human_capital or HumanCapital()
    check = Check(CEC)
    req = ctx.fact("ee.cec.requirements")
    if req is None:
        check.unknown()
        check.reasons.append(msg("ee_program.reason.rules_unknown", program=CEC, on=ctx.as_of))
        return check
    r = req.value
    years = _years(hc.canadian_work_years_last_3, hc.canadian_work_years == 0)
    if years is None:
        check.unknown("human_capital.canadian_work_years_last_3")
    elif years < r["min_canadian_work_years"]:
        check.fail(msg("ee_program.reason.cec_work_short", years=years, needed=r["min_canadian_work_years"],
                       within=r["within_years"]))
    by_teer = {int(k): v for k, v in dict(r["min_clb_by_teer"]).items()}
    level = min_level(levels.best())
    teer = hc.skilled_work_teer
    if teer is not None and teer not in by_teer:
        check.fail(msg("ee_program.reason.not_skilled_teer", program=CEC, teer=teer))
    elif level is None:
        check.unknown("human_capital.first_language")
    elif teer is None:
        if level < min(by_teer.values()):
            check.fail(msg("ee_program.reason.language_short", program=CEC, level=level, needed=min(by_teer.values())))
        elif level < max(by_teer.values()):
            check.unknown("human_capital.skilled_work_teer")  # enough for TEER 2 or 3, not for 0 or 1
    elif level < by_teer[teer]:
        check.fail(msg("ee_program.reason.cec_language_short", level=level, needed=by_teer[teer], teer=teer))
    if check.eligible:
        check.reasons.insert(0, msg("ee_program.reason.eligible", program=CEC))
    return check


def fst(ctx: Context, levels: Levels) -> Check:
    f = ctx.facts
    hc = f.human_capital or HumanCapital()
    check = Check(FST)
    req = ctx.fact("ee.fst.requirements")
    if req is None:
        check.unknown()
        check.reasons.append(msg("ee_program.reason.rules_unknown", program=FST, on=ctx.as_of))
        return check
    r = req.value
    years = _years(hc.trade_work_years_last_5, hc.foreign_work_years == 0 and hc.canadian_work_years == 0)
    if years is None:
        check.unknown("human_capital.trade_work_years_last_5")
    elif years < r["min_trade_work_years"]:
        check.fail(msg("ee_program.reason.fst_work_short", years=years, needed=r["min_trade_work_years"],
                       within=r["within_years"]))
    needed = dict(r["min_clb"])
    best = levels.best()
    if best is None or any(best.get(a) is None for a in ABILITIES):
        check.unknown("human_capital.first_language")
    elif any(best[a] < needed[a] for a in ABILITIES):
        check.fail(msg("ee_program.reason.fst_language_short"))
    if r.get("needs_offer_or_certificate") and f.job_offer is None:
        if hc.certificate_of_qualification is None:
            check.unknown("human_capital.certificate_of_qualification")
        elif not hc.certificate_of_qualification:
            check.fail(msg("ee_program.reason.fst_no_offer_or_certificate"))
    if check.eligible is not False:
        settlement_funds(ctx, check, hc)
    if check.eligible:
        check.reasons.insert(0, msg("ee_program.reason.eligible", program=FST))
    return check


def programs(ctx: Context, levels: Levels) -> list[Check]:
    return [fsw(ctx, levels), cec(ctx, levels), fst(ctx, levels)]
