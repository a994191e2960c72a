"""Express Entry and provincial nomination: points, language, work, and the latest cut-offs."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, PathwayResult
from ..crs import crs_score, grid_in_force
from ..language import chart_day, clb_levels, min_level
from .context import Context

NEAR = 30  # points below a cut-off that still make a profile worth building


def express_entry(ctx: Context) -> PathwayResult:
    pid = "express_entry"
    f = ctx.facts
    hc = f.human_capital
    if hc is None or f.client.date_of_birth is None:
        return ctx.result(pid, NEEDS_INFO, "Needs education, work and language facts to score",
                          ["Express Entry ranks candidates on age, education, language and work experience; these "
                           "are not recorded yet."],
                          missing=[m for m, known in (("client.date_of_birth", f.client.date_of_birth),
                                                      ("human_capital", hc)) if known is None])
    if f.intends_quebec and ctx.value("ee.federal_programs_outside_quebec"):
        return ctx.result(pid, INELIGIBLE, "Intends to live in Quebec: Quebec selects its own skilled workers",
                          ["Express Entry's federal programs require the intention to live outside Quebec; Quebec "
                           "selects skilled workers itself (PSTQ, through Arrima)."],
                          next_steps=["Check the Quebec skilled worker program (PSTQ)."])
    if not grid_in_force(ctx.policy, ctx.as_of):
        return ctx.result(pid, UNAVAILABLE, "No Express Entry ranking grid (CRS) in the policy data for this date",
                          [f"The policy data hold no CRS grid in force on {ctx.as_of.isoformat()}, so no score can "
                           "be given."])
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
    reasons = [f"CRS score {crs.total} on {ctx.as_of.isoformat()} (core {crs.core}, spouse {crs.spouse}, "
               f"transferability {crs.transferability}, additional {crs.additional})."]
    if general:
        reasons.append(f"Latest general cut-off: {general['score']} ({general['draw_date'].isoformat()}).")
    if french_cut and french is not None:
        reasons.append(f"Latest French-language category cut-off: {french_cut['score']} "
                       f"({french_cut['draw_date'].isoformat()}).")
    steps = ["Get an educational credential assessment (ECA) for foreign degrees.",
             "Book an approved language test (IELTS General, CELPIP, PTE Core, TEF or TCF Canada) if not done."]
    months = ctx.value("processing.express_entry_months")
    if months:
        steps.append(f"After an invitation, processing takes about {months['months']} months.")
    if not qualifies:
        if missing:
            return ctx.result(pid, NEEDS_INFO, "Cannot tell yet whether a programme fits",
                              reasons + ["To enter the pool they need at least one year of skilled work and "
                                         "CLB/NCLC 7 (or one year of Canadian work)."], missing=missing,
                              next_steps=steps)
        return ctx.result(pid, INELIGIBLE, "No Express Entry programme fits yet",
                          reasons + ["To enter the pool they need at least one year of skilled work experience with "
                                     "CLB/NCLC 7 in all abilities (Federal Skilled Worker), or a year of Canadian "
                                     "work (Canadian Experience Class)."],
                          next_steps=["A language test at CLB 7 and a year of skilled work would open the Federal "
                                      "Skilled Worker programme."])
    targets = []
    if general:
        targets.append((general["score"], "general"))
    if french_ok and french_cut:
        targets.append((french_cut["score"], "French-language category"))
        reasons.append("NCLC 7 or higher in all four French abilities: eligible for French-language draws.")
    if not targets:
        return ctx.result(pid, POSSIBLE, f"CRS {crs.total}; no recent cut-off on record", reasons,
                          missing=missing, next_steps=steps)
    cut, which = min(targets)
    if crs.total >= cut:
        return ctx.result(pid, PROMISING, f"CRS {crs.total}: at or above the {which} cut-off ({cut})",
                          reasons, missing=missing, next_steps=["Create an Express Entry profile now."] + steps)
    if crs.total >= cut - NEAR:
        return ctx.result(pid, POSSIBLE, f"CRS {crs.total}: {cut - crs.total} points below the {which} cut-off",
                          reasons + ["Close to the cut-off: better language scores or a provincial nomination "
                                     "(+600) would change this."], missing=missing, next_steps=steps)
    return ctx.result(pid, UNLIKELY, f"CRS {crs.total}: far below the {which} cut-off ({cut})",
                      reasons + ["Recent cut-offs are well above this score; a provincial nomination (+600) or French "
                                 "at NCLC 7+ would change the picture."], missing=missing, next_steps=steps)


def provincial_nominee(ctx: Context) -> PathwayResult:
    pid = "provincial_nominee"
    f = ctx.facts
    allocation = ctx.value("pnp.allocation")
    ctx.fact("pnp.favours_local_ties")
    hc = f.human_capital
    alloc_text = (f"The {allocation['year']} allocation for all provinces is {allocation['count']:,} nominations."
                  if allocation else "")
    if hc is not None and hc.provincial_nomination:
        return ctx.result(pid, PROMISING, "Already holds a provincial nomination",
                          ["A provincial nomination adds 600 CRS points in Express Entry, or leads to a base PNP "
                           "application."], next_steps=["Apply for permanent residence within the nomination's "
                                                        "validity."])
    if f.intends_quebec:
        return ctx.result(pid, UNLIKELY, "Quebec has no PNP: it selects its own immigrants",
                          ["Quebec does not take part in the Provincial Nominee Program; it runs its own selection "
                           "(PSTQ through Arrima)."], next_steps=["Check the Quebec skilled worker program (PSTQ)."])
    if f.job_offer is not None:
        province = f.job_offer.province or "the province"
        return ctx.result(pid, POSSIBLE, f"Job offer in {province}: check its employer-driven streams",
                          ["Most provinces now favour people already living or working there, or holding a job "
                           "offer; with a Canadian job offer an employer stream may fit."]
                          + ([alloc_text] if alloc_text else []),
                          next_steps=[f"Check {province}'s nominee streams for the occupation (TEER "
                                      f"{f.job_offer.teer if f.job_offer.teer is not None else '?'})."])
    if hc is None:
        return ctx.result(pid, NEEDS_INFO, "Depends on a job offer or ties to a province",
                          ["Provinces nominate mostly people with a job offer, work or study in the province."],
                          missing=["job_offer", "human_capital"])
    reasons = ["Without a job offer, residence or work in a province, few streams are open: provinces cut intake "
               "(about 50% in 2025) and favour people already there."]
    if alloc_text:
        reasons.append(alloc_text)
    return ctx.result(pid, UNLIKELY, "Unlikely without a job offer or ties to a province", reasons,
                      next_steps=["Review the provinces' streams for in-demand occupations (health care, trades, "
                                  "French speakers) anyway."])
