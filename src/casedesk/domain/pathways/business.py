"""Business and self-employment routes: mostly paused or closed; Quebec's need capital and French."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, UNAVAILABLE, UNLIKELY, PathwayResult
from ..language import chart_day, clb_levels, min_level
from ..messages import Msg, msg
from .context import Context


def self_employed(ctx: Context) -> PathwayResult:
    pid = "self_employed"
    paused = ctx.fact("program.self_employed.paused")
    if paused is not None and paused.value:
        return ctx.result(pid, UNAVAILABLE, msg("self_employed.summary.paused"),
                          [msg("self_employed.reason.paused",
                               since=paused.effective if paused.effective.year > 2015 else None)],
                          next_steps=[msg("self_employed.step.quebec_stream")])
    years = ctx.facts.self_employment.cultural_or_athletic_years if ctx.facts.self_employment else None
    if years is None:
        return ctx.result(pid, NEEDS_INFO, msg("self_employed.summary.needs_experience"),
                          [msg("self_employed.reason.needs_experience")],
                          missing=["self_employment.cultural_or_athletic_years"])
    if years >= 2:
        return ctx.result(pid, POSSIBLE, msg("self_employed.summary.experience", years=years),
                          [msg("self_employed.reason.experience_meets")])
    return ctx.result(pid, INELIGIBLE, msg("self_employed.summary.experience_short"),
                      [msg("self_employed.reason.experience_short")])


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
    investor_worth = req.get("net_worth_cad", 2_000_000)
    open_now = [ctx.value(f"program.quebec_{k}.open") for k in ("investor", "entrepreneur", "self_employed")]
    ctx.fact("program.quebec_entrepreneur.french_required")
    net_worth = f.business.net_worth_cad if f.business else None
    french = _french_level(ctx)
    caveat: list[Msg] = [msg("quebec_business.reason.intake_unknown")] if None in open_now else []
    if all(x is False for x in open_now):
        return ctx.result(pid, UNAVAILABLE, msg("quebec_business.summary.closed"),
                          [msg("quebec_business.reason.closed")])
    missing = []
    if net_worth is None:
        missing.append("business.net_worth_cad")
    if french is None:
        missing.append("human_capital.second_language")
    if f.intends_quebec is False:
        return ctx.result(pid, UNLIKELY, msg("quebec_business.summary.not_quebec"),
                          [msg("quebec_business.reason.not_quebec")], facts=("intends_quebec",))
    if missing or net_worth is None or french is None:
        return ctx.result(pid, NEEDS_INFO, msg("quebec_business.summary.depends"),
                          [msg("quebec_business.reason.requirements", net_worth=investor_worth)] + caveat,
                          missing=missing)
    reasons = [msg("quebec_business.reason.profile", net_worth=net_worth, french=french)] + caveat
    if net_worth >= investor_worth and french >= 7:
        return ctx.result(pid, POSSIBLE, msg("quebec_business.summary.investor"), reasons,
                          next_steps=[msg("quebec_business.step.refer_lawyer")])
    if french >= 7 and net_worth >= 300_000:
        return ctx.result(pid, POSSIBLE, msg("quebec_business.summary.entrepreneur"), reasons,
                          next_steps=[msg("quebec_business.step.check_streams")])
    return ctx.result(pid, UNLIKELY, msg("quebec_business.summary.short"),
                      reasons + [msg("quebec_business.reason.short", net_worth=investor_worth, french=7)])


def start_up_visa(ctx: Context) -> PathwayResult:
    pid = "start_up_visa"
    closed = ctx.fact("program.start_up_visa.closed")
    support = ctx.facts.business.designated_org_support if ctx.facts.business else None
    if closed is not None and closed.value:
        deadline = ctx.value("program.start_up_visa.certificate_holder_deadline")
        if support and deadline and ctx.as_of <= deadline:
            # Holders of a valid 2025 commitment certificate may still apply until the deadline; designated
            # organisations issued none after 2025, so any support they hold now is such a certificate.
            return ctx.result(pid, POSSIBLE, msg("start_up_visa.summary.certificate", deadline=deadline),
                              [msg("start_up_visa.reason.certificate", closed=closed.effective, deadline=deadline)],
                              next_steps=[msg("start_up_visa.step.confirm_certificate"),
                                          msg("start_up_visa.step.apply_by", deadline=deadline)])
        if support is None and deadline and ctx.as_of <= deadline:
            return ctx.result(pid, NEEDS_INFO, msg("start_up_visa.summary.closed_but_certificates"),
                              [msg("start_up_visa.reason.closed_but_certificates", closed=closed.effective,
                                   deadline=deadline)], missing=["business.designated_org_support"])
        still = deadline if deadline and ctx.as_of <= deadline else None
        return ctx.result(pid, UNAVAILABLE, msg("start_up_visa.summary.closed"),
                          [msg("start_up_visa.reason.closed", closed=closed.effective, certificates_until=still)],
                          next_steps=[msg("start_up_visa.step.watch_pilot")])
    if support is None:
        return ctx.result(pid, NEEDS_INFO, msg("start_up_visa.summary.needs_support"),
                          [msg("start_up_visa.reason.needs_support")], missing=["business.designated_org_support"])
    if support:
        return ctx.result(pid, POSSIBLE, msg("start_up_visa.summary.backed"), [msg("start_up_visa.reason.backed")])
    return ctx.result(pid, UNLIKELY, msg("start_up_visa.summary.no_support"), [msg("start_up_visa.reason.no_support")])


def investor(ctx: Context) -> PathwayResult:
    pid = "investor"
    closed = ctx.fact("program.federal_investor.closed")
    capital = ctx.value("investor.min_capital_cad")
    net_worth = ctx.facts.business.net_worth_cad if ctx.facts.business else None
    if closed is not None and closed.value:
        reasons = [msg("investor.reason.closed", since=closed.effective)]
        if capital:
            reasons.append(msg("investor.reason.quebec_only", capital=capital))
        if net_worth is not None:
            reasons.append(msg("investor.reason.net_worth", net_worth=net_worth))
        return ctx.result(pid, UNAVAILABLE, msg("investor.summary.closed"), reasons)
    return ctx.result(pid, POSSIBLE if (net_worth or 0) >= (capital or 0) else UNLIKELY,
                      msg("investor.summary.open"), [msg("investor.reason.open")])
