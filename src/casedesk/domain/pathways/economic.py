"""Express Entry and provincial nomination: points, language, work, and the latest cut-offs."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, PathwayResult
from ..crs import crs_score, grid_in_force
from ..language import chart_day, clb_levels, min_level
from ..messages import msg
from .context import Context

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
    levels = [min_level(x) for x in (first, second) if x]
    best_language = max((level for level in levels if level is not None), default=None)
    canadian, foreign = hc.canadian_work_years, hc.foreign_work_years
    missing = list(crs.missing)
    if best_language is None:
        missing.append("human_capital.first_language")
    if canadian is None and foreign is None:
        missing += ["human_capital.foreign_work_years", "human_capital.canadian_work_years"]
    # A programme to enter the pool: FSW (1 year of skilled work, CLB 7) or CEC (1 year in Canada, CLB 7/5).
    qualifies = (best_language or 0) >= 7 and ((foreign or 0) >= 1 or (canadian or 0) >= 1) \
        or (best_language or 0) >= 5 and (canadian or 0) >= 1
    general = ctx.value("ee.cutoff.general")
    french_cut = ctx.value("ee.cutoff.french")
    category = ctx.value("ee.category.french", {})
    french_ok = french is not None and (min_level(french) or 0) >= category.get("min_nclc_all_abilities", 7) \
        and not (category.get("excludes_intending_quebec") and f.intends_quebec)
    reasons = [msg("express_entry.reason.score", score=crs.total, as_of=ctx.as_of, core=crs.core,
                   spouse=crs.spouse, transferability=crs.transferability, additional=crs.additional)]
    if general:
        reasons.append(msg("express_entry.reason.general_cutoff", score=general["score"],
                           draw_date=general["draw_date"]))
    if french_cut and french is not None:
        reasons.append(msg("express_entry.reason.french_cutoff", score=french_cut["score"],
                           draw_date=french_cut["draw_date"]))
    steps = [msg("express_entry.step.credential_assessment"), msg("express_entry.step.language_test")]
    months = ctx.value("processing.express_entry_months")
    if months:
        steps.append(msg("express_entry.step.processing", months=months["months"]))
    if not qualifies:
        if missing:
            return ctx.result(pid, NEEDS_INFO, msg("express_entry.summary.cannot_tell"),
                              reasons + [msg("express_entry.reason.pool_needs")], missing=missing, next_steps=steps)
        return ctx.result(pid, INELIGIBLE, msg("express_entry.summary.no_programme"),
                          reasons + [msg("express_entry.reason.no_programme")],
                          next_steps=[msg("express_entry.step.open_fsw")])
    targets = []
    if general:
        targets.append((general["score"], "general"))
    if french_ok and french_cut:
        targets.append((french_cut["score"], "french"))
        reasons.append(msg("express_entry.reason.french_category"))
    if not targets:
        return ctx.result(pid, POSSIBLE, msg("express_entry.summary.no_cutoff", score=crs.total), reasons,
                          missing=missing, next_steps=steps)
    cut, draw = min(targets)
    if crs.total >= cut:
        return ctx.result(pid, PROMISING, msg("express_entry.summary.above_cutoff", score=crs.total, draw=draw,
                                              cutoff=cut),
                          reasons, missing=missing, next_steps=[msg("express_entry.step.create_profile")] + steps)
    if crs.total >= cut - NEAR:
        return ctx.result(pid, POSSIBLE, msg("express_entry.summary.near_cutoff", score=crs.total, draw=draw,
                                             gap=cut - crs.total),
                          reasons + [msg("express_entry.reason.near_cutoff")], missing=missing, next_steps=steps)
    return ctx.result(pid, UNLIKELY, msg("express_entry.summary.far_below", score=crs.total, draw=draw, cutoff=cut),
                      reasons + [msg("express_entry.reason.far_below")], missing=missing, next_steps=steps)


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
