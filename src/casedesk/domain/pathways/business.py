"""Business and self-employment routes: mostly paused or closed; Quebec's need capital and French."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, UNAVAILABLE, UNLIKELY, PathwayResult
from ..language import chart_day, clb_levels, min_level
from .context import Context


def self_employed(ctx: Context) -> PathwayResult:
    pid = "self_employed"
    paused = ctx.fact("program.self_employed.paused")
    if paused is not None and paused.value:
        return ctx.result(pid, UNAVAILABLE, "Federal Self-Employed Persons Program: paused",
                          [f"The federal Self-Employed Persons Program has taken no new applications since "
                           f"{paused.effective.isoformat() if paused.effective.year > 2015 else 'its pause'}; the "
                           "pause continues until further notice."],
                          next_steps=["Quebec's self-employed stream (French required) is assessed under Quebec "
                                      "business programs."])
    years = ctx.facts.self_employment.cultural_or_athletic_years if ctx.facts.self_employment else None
    if years is None:
        return ctx.result(pid, NEEDS_INFO, "Needs cultural or athletic self-employment experience",
                          ["The program is for people with at least two years of relevant cultural or athletic "
                           "experience."], missing=["self_employment.cultural_or_athletic_years"])
    if years >= 2:
        return ctx.result(pid, POSSIBLE, f"{years} years of cultural or athletic experience",
                          ["At least two years of self-employment or world-class participation in cultural or "
                           "athletic activities, which the program requires."])
    return ctx.result(pid, INELIGIBLE, "Less than two years of cultural or athletic experience",
                      ["The program requires at least two years of relevant cultural or athletic experience."])


def _french_level(ctx: Context) -> int | None:
    hc = ctx.facts.human_capital
    if hc is None:
        return None
    for lang in (hc.first_language, hc.second_language):
        if lang is not None and lang.language == "french":
            return min_level(clb_levels(lang, ctx.policy, chart_day(ctx.facts, ctx.as_of)) or {})
    return 0


def quebec_business(ctx: Context) -> PathwayResult:
    pid = "quebec_business"
    f = ctx.facts
    req = ctx.value("program.quebec_investor.requirements", {})
    open_now = [ctx.value(f"program.quebec_{k}.open") for k in ("investor", "entrepreneur", "self_employed")]
    ctx.fact("program.quebec_entrepreneur.french_required")
    net_worth = f.business.net_worth_cad if f.business else None
    french = _french_level(ctx)
    caveat = ("Intake for the Quebec business programs is not established for this date: verify with the "
              "Ministère de l'Immigration before advising." if None in open_now else "")
    if all(x is False for x in open_now):
        return ctx.result(pid, UNAVAILABLE, "Quebec business programs: not accepting applications",
                          ["Quebec's investor, entrepreneur and self-employed programs take no applications now."])
    missing = []
    if net_worth is None:
        missing.append("business.net_worth_cad")
    if french is None:
        missing.append("human_capital.second_language")
    if f.intends_quebec is False:
        return ctx.result(pid, UNLIKELY, "Only for people who intend to live in Quebec",
                          ["Quebec's business programs require the intention to settle in Quebec."])
    if missing:
        return ctx.result(pid, NEEDS_INFO, "Depends on capital and French", [
            f"Quebec's investor program asks for ${req.get('net_worth_cad', 2_000_000):,} net worth and French; the "
            "entrepreneur and self-employed streams also require French."] + ([caveat] if caveat else []),
            missing=missing)
    reasons = [f"Net worth ${net_worth:,.0f}; French at NCLC {french}."]
    if caveat:
        reasons.append(caveat)
    if net_worth >= req.get("net_worth_cad", 2_000_000) and french >= 7:
        return ctx.result(pid, POSSIBLE, "Quebec investor: capital and French meet the bar", reasons,
                          next_steps=["Refer to a Quebec business-immigration lawyer to confirm current intake."])
    if french >= 7 and net_worth >= 300_000:
        return ctx.result(pid, POSSIBLE, "Quebec entrepreneur or self-employed: worth exploring", reasons,
                          next_steps=["Check the entrepreneur and self-employed streams' capital and business-plan "
                                      "requirements."])
    return ctx.result(pid, UNLIKELY, "Quebec business programs: capital or French short", reasons + [
        f"The investor stream needs ${req.get('net_worth_cad', 2_000_000):,} net worth; all streams now require "
        "French (NCLC 7)."])


def start_up_visa(ctx: Context) -> PathwayResult:
    pid = "start_up_visa"
    closed = ctx.fact("program.start_up_visa.closed")
    support = ctx.facts.business.designated_org_support if ctx.facts.business else None
    if closed is not None and closed.value:
        deadline = ctx.value("program.start_up_visa.certificate_holder_deadline")
        if support and deadline and ctx.as_of <= deadline:
            # Holders of a valid 2025 commitment certificate may still apply until the deadline; designated
            # organisations issued none after 2025, so any support they hold now is such a certificate.
            return ctx.result(pid, POSSIBLE, f"Start-Up Visa: closed, but a 2025 commitment certificate can still "
                              f"be used until {deadline.isoformat()}",
                              [f"The program takes no new applications since {closed.effective.isoformat()}, except "
                               "from holders of a valid 2025 commitment certificate, who may apply until "
                               f"{deadline.isoformat()}; they have a designated organisation's support."],
                              next_steps=["Confirm the commitment certificate was issued in 2025 and is valid.",
                                          f"Apply for permanent residence by {deadline.isoformat()}."])
        if support is None and deadline and ctx.as_of <= deadline:
            return ctx.result(pid, NEEDS_INFO, "Start-Up Visa: closed except to 2025 commitment certificates",
                              [f"The program takes no new applications since {closed.effective.isoformat()}, except "
                               "from holders of a valid 2025 commitment certificate, who may apply until "
                               f"{deadline.isoformat()}."], missing=["business.designated_org_support"])
        extra = (f" Holders of a 2025 commitment certificate could still apply until {deadline.isoformat()}."
                 if deadline and ctx.as_of <= deadline else "")
        return ctx.result(pid, UNAVAILABLE, "Start-Up Visa: closed to new applications",
                          [f"The Start-Up Visa program takes no new permanent-residence applications since "
                           f"{closed.effective.isoformat()}.{extra}"],
                          next_steps=["A new entrepreneur pilot was announced but not launched; watch for it."])
    if support is None:
        return ctx.result(pid, NEEDS_INFO, "Needs the support of a designated organisation",
                          ["The Start-Up Visa requires a letter of support from a designated venture capital fund, "
                           "angel group or business incubator."], missing=["business.designated_org_support"])
    if support:
        return ctx.result(pid, POSSIBLE, "Backed by a designated organisation",
                          ["They have the support of a designated organisation, which the Start-Up Visa requires; "
                           "selection is highly competitive."])
    return ctx.result(pid, UNLIKELY, "No designated organisation's support",
                      ["Without a commitment from a designated organisation, a Start-Up Visa application cannot be "
                       "made."])


def investor(ctx: Context) -> PathwayResult:
    pid = "investor"
    closed = ctx.fact("program.federal_investor.closed")
    capital = ctx.value("investor.min_capital_cad")
    net_worth = ctx.facts.business.net_worth_cad if ctx.facts.business else None
    if closed is not None and closed.value:
        reasons = [f"The federal Immigrant Investor class has been closed since {closed.effective.isoformat()}."]
        if capital:
            reasons.append(f"Quebec's investor program remains the only investor route (about ${capital:,} net "
                           "worth, with French): see Quebec business programs.")
        if net_worth is not None:
            reasons.append(f"Recorded net worth: ${net_worth:,.0f}.")
        return ctx.result(pid, UNAVAILABLE, "Federal investor class: closed", reasons)
    return ctx.result(pid, POSSIBLE if (net_worth or 0) >= (capital or 0) else UNLIKELY,
                      "Investor class open on this date", ["The federal investor class was open on this date."])
