"""Express Entry and provincial nomination: program eligibility, points, and the cut-offs of open rounds.

Express Entry is decided in two steps. First a program to enter the pool (``eeprograms``: FSW,
CEC, FST); then the CRS score against the latest cut-off of each kind of round the candidate can
be invited in (``ee.round_types``: program rounds of their programs, PNP rounds with a
nomination, category rounds of categories they meet). A cut-off older than
``ee.cutoff_stale_after_days`` is stale: shown so, and never the basis of "promising".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, PathwayResult
from ..crs import crs_score, grid_in_force
from ..language import chart_day, clb_levels, min_level
from ..messages import msg
from .context import Context
from .eeprograms import Levels, programs

NEAR = 30  # points below a cut-off that still make a profile worth building


def express_entry(ctx: Context) -> PathwayResult:
    pid = "express_entry"
    f = ctx.facts
    hc = f.human_capital
    if hc is None or f.client.date_of_birth is None:
        return ctx.result(pid, NEEDS_INFO, msg("express_entry.summary.needs_facts"),
                          [msg("express_entry.reason.needs_facts")],
                          missing=[m for m, known in (("client.date_of_birth", f.client.date_of_birth),
                                                      ("human_capital", hc)) if known is None])
    if f.intends_quebec and ctx.value("ee.federal_programs_outside_quebec"):
        return ctx.result(pid, INELIGIBLE, msg("express_entry.summary.intends_quebec"),
                          [msg("express_entry.reason.intends_quebec")],
                          next_steps=[msg("quebec.step.check_pstq")], facts=("intends_quebec",))
    if not grid_in_force(ctx.policy, ctx.as_of):
        return ctx.result(pid, UNAVAILABLE, msg("express_entry.summary.no_grid"),
                          [msg("express_entry.reason.no_grid", on=ctx.as_of)])
    crs = crs_score(f, ctx.policy, ctx.as_of)
    tested_on = chart_day(f, ctx.as_of)
    first = clb_levels(hc.first_language, ctx.policy, tested_on) if hc.first_language else None
    second = clb_levels(hc.second_language, ctx.policy, tested_on) if hc.second_language else None
    french = first if hc.first_language and hc.first_language.language == "french" else \
        second if hc.second_language and hc.second_language.language == "french" else None
    score = msg("express_entry.reason.score", score=crs.total, as_of=ctx.as_of, core=crs.core,
                spouse=crs.spouse, transferability=crs.transferability, additional=crs.additional)
    steps = [msg("express_entry.step.credential_assessment"), msg("express_entry.step.language_test")]
    months = ctx.value("processing.express_entry_months")
    if months:
        steps.append(msg("express_entry.step.processing", months=months["months"]))

    # 1. A program to enter the pool: FSW, CEC or FST (IRPR ss.75-87.2).
    checks = programs(ctx, Levels(first, second))
    eligible = [c.program for c in checks if c.eligible]
    program_reasons = [r for c in checks for r in c.reasons]
    if not eligible:
        missing = [m for c in checks if c.eligible is None for m in c.missing]
        if missing:
            return ctx.result(pid, NEEDS_INFO, msg("express_entry.summary.cannot_tell"),
                              [score, *program_reasons, msg("express_entry.reason.pool_needs")],
                              missing=missing + list(crs.missing), next_steps=steps)
        return ctx.result(pid, INELIGIBLE, msg("express_entry.summary.no_programme"),
                          [score, *program_reasons, msg("express_entry.reason.no_programme")],
                          next_steps=[msg("express_entry.step.open_fsw")])
    reasons = [score, msg("express_entry.reason.programs", programs=tuple(eligible)), *program_reasons]
    missing = list(crs.missing)

    # 2. The rounds the candidate can be invited in, each with its latest cut-off.
    rounds = _open_rounds(ctx, eligible, hc.provincial_nomination is True, french)
    if "french" in {r.round for r in rounds}:
        reasons.append(msg("express_entry.reason.french_category"))
    reasons += [msg("express_entry.reason.cutoff", draw=r.round, score=r.score, draw_date=r.draw_date,
                    stale=r.stale, age_days=r.age_days) for r in rounds]
    if not rounds:
        recorded = _recorded_rounds(ctx)
        if not recorded:
            return ctx.result(pid, POSSIBLE, msg("express_entry.summary.no_cutoff", score=crs.total), reasons,
                              missing=missing, next_steps=steps)
        return ctx.result(pid, UNLIKELY, msg("express_entry.summary.no_round", score=crs.total),
                          reasons + [msg("express_entry.reason.no_round", rounds=tuple(recorded))],
                          missing=missing, next_steps=[msg("express_entry.step.open_rounds")] + steps)
    best = min(rounds, key=lambda r: (_rank(crs.total, r), r.stale, r.score))
    verdict = _rank(crs.total, best)
    if verdict == PROMISING:
        if best.stale:
            reasons.append(msg("express_entry.reason.above_recent_range", draw=best.round, highest=best.highest,
                               days=best.highest_span))
        return ctx.result(pid, PROMISING, msg("express_entry.summary.above_cutoff", score=crs.total, draw=best.round,
                                              cutoff=best.score),
                          reasons, missing=missing, next_steps=[msg("express_entry.step.create_profile")] + steps)
    if verdict == POSSIBLE and crs.total >= best.score:  # at or above a stale cut-off
        return ctx.result(pid, POSSIBLE, msg("express_entry.summary.above_stale_cutoff", score=crs.total,
                                             draw=best.round, cutoff=best.score, draw_date=best.draw_date),
                          reasons + [msg("express_entry.reason.stale_cutoff", draw=best.round, draw_date=best.draw_date,
                                         days=best.age_days, limit=best.limit)],
                          missing=missing, next_steps=[msg("express_entry.step.check_latest_rounds"),
                                                       msg("express_entry.step.create_profile")] + steps)
    if verdict == POSSIBLE:
        return ctx.result(pid, POSSIBLE, msg("express_entry.summary.near_cutoff", score=crs.total, draw=best.round,
                                             gap=best.score - crs.total),
                          reasons + [msg("express_entry.reason.near_cutoff")], missing=missing, next_steps=steps)
    return ctx.result(pid, UNLIKELY, msg("express_entry.summary.far_below", score=crs.total, draw=best.round,
                                         cutoff=best.score),
                      reasons + [msg("express_entry.reason.far_below")], missing=missing, next_steps=steps)


@dataclass(frozen=True)
class Round:
    round: str                  # a key of ``ee.round_types``
    score: int
    draw_date: date | None      # None: not in the sources
    stale: bool
    age_days: int | None
    limit: int | None
    highest: int | None = None  # the highest cut-off of this kind in the last ``ee.cutoff_range_days``
    highest_span: int | None = None


def _rank(score: int, r: Round) -> str:
    """The verdict a cut-off gives a score: a stale one makes it promising only when the score also clears
    every cut-off of that kind of round in the past range (the next round is unlikely to cut off higher)."""
    if score >= r.score:
        clear = r.highest is not None and score >= r.highest
        return POSSIBLE if r.stale and not clear else PROMISING
    return POSSIBLE if score >= r.score - NEAR else UNLIKELY


def _categories(ctx: Context) -> set[str] | None:
    """The occupational categories in use on the date (None: not in the data, the caseworker's word stands)."""
    found = ctx.value("ee.categories")
    if not found:
        return None
    return {c for group in found.values() for c in group}


def _open_rounds(ctx: Context, eligible: list[str], nominated: bool, french: dict[str, int] | None) -> list[Round]:
    """The latest cut-off of every kind of round the candidate can be invited in."""
    f = ctx.facts
    types = ctx.value("ee.round_types", {})
    limit = ctx.value("ee.cutoff_stale_after_days")
    span = ctx.value("ee.cutoff_range_days")
    category = ctx.value("ee.category.french", {})
    french_ok = french is not None and (min_level(french) or 0) >= category.get("min_nclc_all_abilities", 7) \
        and not (category.get("excludes_intending_quebec") and f.intends_quebec)
    in_use = _categories(ctx)
    recorded = set(f.express_entry.categories) if f.express_entry is not None else set()
    out = []
    for key, who in types.items():
        if "programs" in who:
            can = any(p in eligible for p in who["programs"])
        elif who.get("nomination"):
            can = nominated
        elif who.get("category") == "french":
            can = french_ok
        elif "category" in who:
            can = who["category"] in recorded and (in_use is None or who["category"] in in_use)
        else:
            can = False
        if not can:
            continue
        cut = ctx.value(f"ee.cutoff.{key}")
        if not cut or not isinstance(cut.get("score"), int):
            continue
        drawn = cut.get("draw_date")
        drawn = drawn if isinstance(drawn, date) else None
        age = (ctx.as_of - drawn).days if drawn is not None else None
        stale = age is None or (isinstance(limit, int) and age > limit)
        highest = None
        if stale and isinstance(span, int):
            ctx.fact("ee.cutoff_range_days")
            recent = [e.value["score"] for e in ctx.policy.history(f"ee.cutoff.{key}")
                      if isinstance(e.value, Mapping) and isinstance(e.value.get("score"), int)
                      and isinstance(e.value.get("draw_date"), date)
                      and 0 <= (ctx.as_of - e.value["draw_date"]).days <= span]
            highest = max(recent) if recent else None
        out.append(Round(key, cut["score"], drawn, stale, age, limit if isinstance(limit, int) else None, highest,
                         span if isinstance(span, int) else None))
    return out


def _recorded_rounds(ctx: Context) -> list[str]:
    """The kinds of round with a cut-off on record on the date (whoever they invite)."""
    types = ctx.policy.value("ee.round_types", ctx.as_of, {}) or {}
    return [key for key in types if ctx.policy.find(f"ee.cutoff.{key}", ctx.as_of) is not None]


def provincial_nominee(ctx: Context) -> PathwayResult:
    pid = "provincial_nominee"
    f = ctx.facts
    allocation = ctx.value("pnp.allocation")
    ctx.fact("pnp.favours_local_ties")
    hc = f.human_capital
    allocated = [msg("pnp.reason.allocation", year=allocation["year"], count=allocation["count"])] \
        if allocation else []
    if hc is not None and hc.provincial_nomination:
        return ctx.result(pid, PROMISING, msg("pnp.summary.nominated"), [msg("pnp.reason.nominated")],
                          next_steps=[msg("pnp.step.apply_within_validity")])
    if f.intends_quebec:
        return ctx.result(pid, UNLIKELY, msg("pnp.summary.quebec"), [msg("pnp.reason.quebec")],
                          next_steps=[msg("quebec.step.check_pstq")])
    if f.job_offer is not None:
        province = f.job_offer.province
        return ctx.result(pid, POSSIBLE, msg("pnp.summary.job_offer", province=province),
                          [msg("pnp.reason.job_offer")] + allocated,
                          next_steps=[msg("pnp.step.check_streams", province=province, teer=f.job_offer.teer)])
    if hc is None:
        return ctx.result(pid, NEEDS_INFO, msg("pnp.summary.depends_on_ties"), [msg("pnp.reason.depends_on_ties")],
                          missing=["job_offer", "human_capital"])
    return ctx.result(pid, UNLIKELY, msg("pnp.summary.no_ties"), [msg("pnp.reason.no_ties")] + allocated,
                      next_steps=[msg("pnp.step.review_streams")])
