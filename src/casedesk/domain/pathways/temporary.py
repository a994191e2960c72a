"""Visitor visa, study permit, work permit: temporary residence and the intent to return.

An officer must be satisfied the applicant will leave Canada at the end of the stay
(IRPR s.179(b)). For someone whose U.S. parole or TPS is ending and who cannot safely go
home, neither country is a place they can show they will return to, so these routes are
usually refused. U.S. citizenship or permanent residence, a U.S. visa status still valid, a
valid Canadian visa or permit already held, or a job offer change that. The ties to the U.S.
are read from each status, its dates and its court state (``usstatus.us_ties``); a U.S.
citizen needs no visa to visit (``visa.exempt_us_statuses``).
"""

from __future__ import annotations

from ..assessment import NEEDS_INFO, POSSIBLE, UNLIKELY, PathwayResult
from ..messages import Msg, msg
from ..usstatus import CONTINUING, LASTING, Ties, us_ties
from .context import Context


def _ties(ctx: Context) -> Ties | None:
    ctx.fact("visa.intent_to_return")
    ties = ctx.once("us_ties", lambda: us_ties(ctx.facts, ctx.policy, ctx.as_of))
    if ties is not None:
        ctx.cite(*ties.facts)
    return ties


def _visa_exempt(ctx: Context, ties: Ties) -> str | None:
    """The U.S. status that makes the client visa-exempt for Canada, if any."""
    exempt = ctx.value("visa.exempt_us_statuses", ())
    return next((kind for kind in ("citizen", "permanent_resident") if kind in ties.kinds and kind in exempt), None)


def _assess(ctx: Context, pathway: str, basis: Msg | None, change: list[Msg]) -> PathwayResult:
    docs = ctx.facts.canadian_documents
    if docs is not None and docs.valid_visa_or_permit:
        ctx.fact("visa.intent_to_return")  # the verdict still rests on IRPR s.179(b): cite it
        return ctx.result(pathway, POSSIBLE, msg("temporary.summary.holds_document", pathway=pathway),
                          [msg("temporary.reason.holds_document")],
                          next_steps=[msg("temporary.step.check_document"), msg("temporary.step.plan_permanent")])
    ties = _ties(ctx)
    if ties is None:
        return ctx.result(pathway, NEEDS_INFO, msg("temporary.summary.depends_on_us_status", pathway=pathway),
                          [msg("temporary.reason.depends_on_us_status")], missing=["us_status"])
    reasons: list[Msg] = []
    if ties.level == LASTING:
        exempt = _visa_exempt(ctx, ties)
        reasons.append(msg("temporary.reason.us_lasting_ties"))
        if exempt is not None and pathway == "visitor_visa":
            return ctx.result(pathway, POSSIBLE, msg("temporary.summary.visa_exempt", status=exempt),
                              reasons + [msg("temporary.reason.visa_exempt", status=exempt), *ties.reasons],
                              next_steps=[msg("temporary.step.visa_exempt_border")])
        if exempt is not None:
            reasons.append(msg("temporary.reason.visa_exempt", status=exempt))
    elif ties.level == CONTINUING:
        reasons.append(msg("temporary.reason.us_visa_ties"))
    else:
        reasons.append(msg("temporary.reason.intent_doubtful"))
    reasons += ties.reasons
    weak = ties.level not in (LASTING, CONTINUING)
    if basis is not None:
        reasons.append(basis)
        verdict = POSSIBLE
    else:
        verdict = UNLIKELY if weak else POSSIBLE
    summary = (msg("temporary.summary.intent_to_return", pathway=pathway) if verdict == UNLIKELY
               else msg("temporary.summary.strong_application", pathway=pathway))
    return ctx.result(pathway, verdict, summary, reasons, next_steps=change)


def visitor_visa(ctx: Context) -> PathwayResult:
    return _assess(ctx, "visitor_visa", None,
                   [msg("visitor_visa.step.what_would_change"), msg("visitor_visa.step.refusal_stays")])


def study_permit(ctx: Context) -> PathwayResult:
    steps = [msg("study_permit.step.what_would_change"), msg("study_permit.step.spouse_work_permit")]
    cap = ctx.value("program.study_permit.cap")
    if cap and cap.get("pal_required"):
        steps.insert(1, msg("study_permit.step.attestation_letter"))
    return _assess(ctx, "study_permit", None, steps)


def work_permit(ctx: Context) -> PathwayResult:
    offer = ctx.facts.job_offer
    return _assess(ctx, "work_permit", msg("work_permit.reason.job_offer") if offer is not None else None,
                   [msg("work_permit.step.what_would_change"), msg("work_permit.step.ask_employer")])
