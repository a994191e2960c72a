"""Citizenship by descent: the client may already be Canadian.

A child born abroad to a Canadian parent is a citizen if the parent was born or naturalized
in Canada (first generation). The first-generation limit (2009-04-17) stopped citizenship
passing to a second generation born abroad; Bill C-3 (in force 2025-12-15) made everyone born
before that date who was shut out by the limit a citizen automatically, and for births from
that date requires the parent born abroad to have spent 1,095 days in Canada before the birth.
Either way, the next step is an application for a citizenship certificate (proof).
"""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNLIKELY, PathwayResult
from ..facts import Parent
from .context import Context

PID = "citizenship_by_descent"


def _steps(ctx: Context, extra: list[str] | None = None) -> list[str]:
    fee = ctx.value("fees.citizenship_certificate")
    months = ctx.value("processing.citizenship_certificate_months")
    steps = ["Apply for a citizenship certificate (proof of citizenship, form CIT 0001, checklist CIT 0014)."]
    steps += extra or []
    steps.append("Gather the client's long-form birth certificate naming the parent, and the parent's Canadian "
                 "birth certificate or citizenship certificate.")
    if fee:
        steps.append(f"Fee: ${fee['amount']} {fee.get('currency', 'CAD')} per person.")
    if months:
        steps.append(f"Processing: about {months['months']} months (IRCC estimate); urgent processing can be "
                     "requested.")
    ctx.fact("forms.citizenship_certificate")
    return steps


def _who(p: Parent) -> str:
    return {"mother": "mother", "father": "father"}.get(p.relation or "", "parent")


def assess(ctx: Context) -> PathwayResult:
    f, today = ctx.facts, ctx.as_of
    born = f.client.date_of_birth
    if f.client.country_of_birth == "CA":
        ctx.fact("citizenship.accepted_proofs")  # the Canadian birth certificate is itself the proof
        return ctx.result(PID, PROMISING, "Born in Canada: a citizen by birth",
                          ["The client was born in Canada, which makes them a Canadian citizen by birth (unless a "
                           "parent was a foreign diplomat)."], next_steps=["Order a Canadian birth certificate from "
                                                                          "the province of birth, then a passport."])
    cutoff = ctx.value("citizenship.descent_restoration_cutoff")  # None before Bill C-3 was in force
    limit = ctx.fact("citizenship.first_generation_limit")
    limit_in_force = bool(limit and limit.value)
    days_needed = ctx.value("citizenship.substantial_connection_days")
    parents = f.parents
    missing: list[str] = []
    best: tuple[str, str, list[str], list[str]] | None = None  # verdict, summary, reasons, steps

    def keep(verdict: str, summary: str, reasons: list[str], steps: list[str] | None = None) -> None:
        nonlocal best
        order = [PROMISING, POSSIBLE, UNLIKELY, INELIGIBLE]
        if best is None or order.index(verdict) < order.index(best[0]):
            best = (verdict, summary, reasons, steps or [])

    for i, p in enumerate(parents or ()):
        at = f"parents[{i}]"
        canadian = p.canadian_at_client_birth
        if canadian is None and p.canadian_by in ("birth_in_canada", "naturalization", "descent"):
            canadian = True if p.canadian_by == "birth_in_canada" else None
        if canadian is None:
            missing.append(f"{at}.canadian_at_client_birth")
            continue
        if not canadian:
            continue
        who = _who(p)
        if p.canadian_by in ("birth_in_canada", "naturalization"):
            how = "born in Canada" if p.canadian_by == "birth_in_canada" else "naturalized in Canada"
            keep(PROMISING, f"Likely already Canadian: {who} {how}",
                 [f"The client's {who} was a Canadian citizen at the client's birth, {how}: a child born abroad to "
                  "such a parent is a citizen by descent (first generation)."])
            continue
        # The parent was born abroad (Canadian by descent) or we do not know how.
        if born is None:
            missing.append("client.date_of_birth")
            continue
        if cutoff is not None and born < cutoff:
            keep(PROMISING, f"Likely already Canadian: {who} Canadian at birth, restored by Bill C-3",
                 [f"The client's {who} was Canadian at the client's birth ({born.isoformat()}, before "
                  f"{cutoff.isoformat()}); Bill C-3 made people born before that date, who were shut out by the "
                  "first-generation limit, citizens automatically."])
            continue
        if p.canadian_by is None:
            missing.append(f"{at}.canadian_by")
            continue
        if cutoff is not None:
            days = p.days_in_canada_before_client_birth
            if days is None:
                missing.append(f"{at}.days_in_canada_before_client_birth")
            elif days >= days_needed:
                keep(PROMISING, f"Citizen by descent: {who} meets the {days_needed}-day test",
                     [f"Born on or after {cutoff.isoformat()} to a {who} born abroad who spent {days} days in Canada "
                      f"before the birth: at least {days_needed} days, the substantial-connection test of Bill C-3."],
                     ["Include evidence of the parent's days in Canada (school, work, tax records)."])
            else:
                keep(INELIGIBLE, f"Not a citizen: {who} has {days} of {days_needed} days in Canada",
                     [f"Born on or after {cutoff.isoformat()} to a {who} born abroad with only {days} days in "
                      f"Canada before the birth; Bill C-3 requires {days_needed}."])
        elif limit_in_force and born >= limit.effective:
            keep(UNLIKELY, "Blocked by the first-generation limit (before Bill C-3)",
                 [f"The client's {who} was a citizen by descent (born abroad); on {today.isoformat()} the "
                  "first-generation limit of 2009-04-17 stops citizenship passing to a second generation born "
                  "abroad. The limit was struck down (Ontario Superior Court, 2023-12-19) and a discretionary "
                  "grant under s.5(4) was the interim route."],
                 ["Ask a lawyer about a s.5(4) grant; the replacement law (Bill C-3) was pending."])
        else:
            keep(POSSIBLE, f"Possibly Canadian: {who} Canadian by descent",
                 [f"The client's {who} was a citizen by descent at the client's birth; before the 2009 "
                  "first-generation limit, citizenship could pass to a second generation born abroad."])

    if best is not None and best[0] == PROMISING:
        verdict, summary, reasons, steps = best
        return ctx.result(PID, verdict, summary, reasons, next_steps=_steps(ctx, steps))
    if f.grandparent_born_in_canada and (best is None or best[0] != PROMISING):
        reasons = ["A grandparent was born in Canada: the client's parent may be a citizen by descent (Bill C-3 "
                   "restored citizenship to people born abroad before 2025-12-15 who were shut out by the "
                   "first-generation limit), and if so, so may the client."]
        return ctx.result(PID, POSSIBLE, "Possibly Canadian through a Canadian-born grandparent", reasons,
                          next_steps=["First confirm the parent's status: the parent applies for a citizenship "
                                      "certificate with the grandparent's Canadian birth certificate."] + _steps(ctx))
    if best is not None and best[0] == POSSIBLE:
        verdict, summary, reasons, steps = best
        return ctx.result(PID, verdict, summary, reasons, next_steps=_steps(ctx, steps), missing=missing)
    if missing or parents is None:
        return ctx.result(PID, NEEDS_INFO, "Ask about the parents: were they Canadian at the client's birth?",
                          ["Whether the client is already Canadian turns on whether a parent was a Canadian citizen "
                           "when the client was born, and how that parent became Canadian."],
                          missing=missing or ["parents"],
                          next_steps=["Ask: was either parent (or a grandparent) born in Canada, or a Canadian "
                                      "citizen when the client was born?"])
    if best is not None:
        verdict, summary, reasons, steps = best
        return ctx.result(PID, verdict, summary, reasons, next_steps=steps)
    if f.grandparent_born_in_canada is None:
        return ctx.result(PID, NEEDS_INFO, "No Canadian parent recorded; ask about grandparents",
                          ["No parent was Canadian at the client's birth; a grandparent born in Canada could still "
                           "make the parent, and so the client, Canadian."], missing=["grandparent_born_in_canada"])
    return ctx.result(PID, INELIGIBLE, "No Canadian parent or grandparent",
                      ["Citizenship by descent needs a parent who was Canadian at the client's birth; none was, and "
                       "no grandparent was born in Canada."])
