"""Visitor visa, study permit, work permit: temporary residence and the intent to return.

An officer must be satisfied the applicant will leave Canada at the end of the stay
(IRPR s.179(b)). For someone whose U.S. parole or TPS is ending and who cannot safely go
home, neither country is a place they can show they will return to, so these routes are
usually refused. A valid Canadian visa or permit already held, a job offer, or strong ties
change that.
"""

from __future__ import annotations

from ..assessment import NEEDS_INFO, POSSIBLE, UNLIKELY, PathwayResult
from ..messages import Msg, msg
from .context import Context, status_ending


def _intent_problem(ctx: Context) -> tuple[bool | None, list[Msg]]:
    ctx.fact("visa.intent_to_return")
    ending = status_ending(ctx.facts)
    if ending is None:
        return None, []
    if ending:
        return True, [msg("temporary.reason.intent_doubtful")]
    return False, [msg("temporary.reason.us_visa_ties")]


def _assess(ctx: Context, pathway: str, basis: Msg | None, change: list[Msg]) -> PathwayResult:
    docs = ctx.facts.canadian_documents
    if docs is not None and docs.valid_visa_or_permit:
        ctx.fact("visa.intent_to_return")  # the verdict still rests on IRPR s.179(b): cite it
        return ctx.result(pathway, POSSIBLE, msg("temporary.summary.holds_document", pathway=pathway),
                          [msg("temporary.reason.holds_document")],
                          next_steps=[msg("temporary.step.check_document"), msg("temporary.step.plan_permanent")])
    problem, reasons = _intent_problem(ctx)
    if problem is None:
        return ctx.result(pathway, NEEDS_INFO, msg("temporary.summary.depends_on_us_status", pathway=pathway),
                          [msg("temporary.reason.depends_on_us_status")], missing=["us_status"])
    if basis is not None:
        reasons.append(basis)
        verdict = POSSIBLE
    else:
        verdict = UNLIKELY if problem else POSSIBLE
    summary = (msg("temporary.summary.intent_to_return", pathway=pathway) if verdict == UNLIKELY
               else msg("temporary.summary.strong_application", pathway=pathway))
    return ctx.result(pathway, verdict, summary, reasons, next_steps=change)


def visitor_visa(ctx: Context) -> PathwayResult:
    return _assess(ctx, "visitor_visa", None,
                   [msg("visitor_visa.step.what_would_change"), msg("visitor_visa.step.refusal_stays")])


def study_permit(ctx: Context) -> PathwayResult:
    return _assess(ctx, "study_permit", None,
                   [msg("study_permit.step.what_would_change"), msg("study_permit.step.spouse_work_permit")])


def work_permit(ctx: Context) -> PathwayResult:
    offer = ctx.facts.job_offer
    return _assess(ctx, "work_permit", msg("work_permit.reason.job_offer") if offer is not None else None,
                   [msg("work_permit.step.what_would_change"), msg("work_permit.step.ask_employer")])
