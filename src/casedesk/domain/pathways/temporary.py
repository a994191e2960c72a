"""Visitor visa, study permit, work permit: temporary residence and the intent to return.

An officer must be satisfied the applicant will leave Canada at the end of the stay
(IRPR s.179(b)). For someone whose U.S. parole or TPS is ending and who cannot safely go
home, neither country is a place they can show they will return to, so these routes are
usually refused. A valid Canadian visa or permit already held, a job offer, or strong ties
change that.
"""

from __future__ import annotations

from ..assessment import NEEDS_INFO, POSSIBLE, UNLIKELY, PathwayResult
from .context import Context, status_ending


def _intent_problem(ctx: Context) -> tuple[bool | None, list[str]]:
    ctx.fact("visa.intent_to_return")
    ending = status_ending(ctx.facts)
    if ending is None:
        return None, []
    if ending:
        return True, ["Their U.S. status is temporary or ending and they cannot be expected to return home, so an "
                      "officer is unlikely to be satisfied they will leave Canada (IRPR s.179(b))."]
    return False, ["They hold a U.S. visa status that is not ending, which can show ties to return to."]


def _assess(ctx: Context, pathway: str, label: str, basis_known: bool | None, basis_reason: str,
            change: list[str]) -> PathwayResult:
    docs = ctx.facts.canadian_documents
    if docs is not None and docs.valid_visa_or_permit:
        ctx.fact("visa.intent_to_return")  # the verdict still rests on IRPR s.179(b): cite it
        return ctx.result(pathway, POSSIBLE, f"Already holds a valid Canadian visa or permit: {label} possible",
                          ["They hold a valid Canadian visa or permit, so travel to Canada is possible; admission "
                           "is still decided by the border officer, and the stay is temporary."],
                          next_steps=["Check the document's type and expiry date.",
                                      "Plan a permanent route before it expires."])
    problem, reasons = _intent_problem(ctx)
    if problem is None:
        return ctx.result(pathway, NEEDS_INFO, f"{label}: depends on the client's U.S. status",
                          ["Whether they can show they would leave Canada turns on their U.S. status."],
                          missing=["us_status"])
    if basis_known:
        reasons.append(basis_reason)
        verdict = POSSIBLE
    else:
        verdict = UNLIKELY if problem else POSSIBLE
    summary = (f"{label}: unlikely — intent to return (IRPR 179(b))" if verdict == UNLIKELY
               else f"{label}: possible, with a strong application")
    return ctx.result(pathway, verdict, summary, reasons, next_steps=change)


def visitor_visa(ctx: Context) -> PathwayResult:
    return _assess(ctx, "visitor_visa", "Visitor visa", None, "",
                   ["What would change it: a valid U.S. status that continues, property, family or work that "
                    "requires their return, or an urgent reason to visit with proof of departure.",
                    "Do not rely on a visitor visa to stay: a refusal stays on file."])


def study_permit(ctx: Context) -> PathwayResult:
    return _assess(ctx, "study_permit", "Study permit", None, "",
                   ["What would change it: an admission letter from a designated learning institution, proof of "
                    "funds, and a credible study plan with ties to return.",
                    "A study permit holder's spouse in Canada may qualify for a work permit."])


def work_permit(ctx: Context) -> PathwayResult:
    offer = ctx.facts.job_offer
    return _assess(ctx, "work_permit", "Work permit", offer is not None,
                   "They have a Canadian job offer, which can support an employer-specific work permit (with an "
                   "LMIA or an exemption); dual intent is allowed (IRPA s.22(2)).",
                   ["What would change it: a job offer with an LMIA or LMIA exemption, or an open work permit "
                    "through a spouse who is studying or working in Canada.",
                    "Ask the employer whether they will apply for an LMIA."])
