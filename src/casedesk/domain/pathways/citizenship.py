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
from ..descent import (
    BEFORE_LIMIT, BORN_IN_CANADA, CONNECTION, GRANDPARENT, LIMITED, NATURALIZED, RESTORED, DescentLaw, Link,
    descent,
)
from ..messages import Msg, msg
from .context import Context

PID = "citizenship_by_descent"


def _steps(ctx: Context, extra: list[Msg] | None = None) -> list[Msg]:
    fee = ctx.value("fees.citizenship_certificate")
    months = ctx.value("processing.citizenship_certificate_months")
    forms = ctx.value("forms.citizenship_certificate") or {}
    steps = [msg("citizenship.step.apply_certificate", form=forms.get("application", "CIT 0001"),
                 checklist=forms.get("checklist", "CIT 0014"))]
    steps += extra or []
    steps.append(msg("citizenship.step.gather_birth_documents"))
    if fee:
        steps.append(msg("citizenship.step.fee", amount=fee["amount"], currency=fee.get("currency", "CAD")))
    if months:
        steps.append(msg("citizenship.step.processing", months=months["months"]))
    return steps


def _verdict(ctx: Context, link: Link) -> tuple[str, Msg, list[Msg], list[Msg], tuple[str, ...]]:
    """Verdict, summary, reasons, extra steps and deciding facts for one Canadian parent."""
    law_cutoff = ctx.value("citizenship.descent_restoration_cutoff")
    days_needed = ctx.value("citizenship.substantial_connection_days")
    parent, born = link.relation, ctx.facts.client.date_of_birth
    at = f"parents[{link.index}]"
    if link.basis == BORN_IN_CANADA:
        return PROMISING, msg("citizenship.summary.parent_born_in_canada", parent=parent), \
            [msg("citizenship.reason.parent_born_in_canada", parent=parent)], [], ()
    if link.basis == NATURALIZED:
        return PROMISING, msg("citizenship.summary.parent_naturalized", parent=parent), \
            [msg("citizenship.reason.parent_naturalized", parent=parent)], [], ()
    if link.basis == RESTORED:
        return PROMISING, msg("citizenship.summary.descent_restored", parent=parent), \
            [msg("citizenship.reason.descent_restored", parent=parent, born=born, cutoff=law_cutoff)], [], ()
    days = link.parent.days_in_canada_before_client_birth if link.parent is not None else None
    if link.basis == CONNECTION:
        return PROMISING, msg("citizenship.summary.connection_met", parent=parent, days_needed=days_needed), \
            [msg("citizenship.reason.connection_met", parent=parent, days=days, days_needed=days_needed,
                 cutoff=law_cutoff)], [msg("citizenship.step.prove_days")], ()
    if link.basis == BEFORE_LIMIT:
        return POSSIBLE, msg("citizenship.summary.descent_before_limit", parent=parent), \
            [msg("citizenship.reason.descent_before_limit", parent=parent)], [], ()
    if link.basis == LIMITED:
        limit = ctx.fact("citizenship.first_generation_limit")
        return UNLIKELY, msg("citizenship.summary.first_generation_limit"), \
            [msg("citizenship.reason.first_generation_limit", parent=parent, today=ctx.as_of,
                 limit=limit.effective if limit is not None else None)], \
            [msg("citizenship.step.ask_lawyer_grant")], (f"{at}.canadian_by",)
    return INELIGIBLE, msg("citizenship.summary.connection_short", parent=parent, days=days,
                           days_needed=days_needed), \
        [msg("citizenship.reason.connection_short", parent=parent, days=days, days_needed=days_needed,
             cutoff=law_cutoff)], [], (f"{at}.days_in_canada_before_client_birth",)


def assess(ctx: Context) -> PathwayResult:
    f = ctx.facts
    if f.client.country_of_birth == "CA":
        ctx.fact("citizenship.accepted_proofs")  # the Canadian birth certificate is itself the proof
        return ctx.result(PID, PROMISING, msg("citizenship.summary.born_in_canada"),
                          [msg("citizenship.reason.born_in_canada")],
                          next_steps=[msg("citizenship.step.canadian_birth_certificate")])
    found = descent(f, DescentLaw.read(ctx.fact))
    best = found.best
    if best is not None and best.makes_citizen:
        verdict, summary, reasons, extra, _ = _verdict(ctx, best)
        return ctx.result(PID, verdict, summary, reasons, next_steps=_steps(ctx, extra))
    if best is not None and best.basis == GRANDPARENT:
        return ctx.result(PID, POSSIBLE, msg("citizenship.summary.grandparent"),
                          [msg("citizenship.reason.grandparent")],
                          next_steps=[msg("citizenship.step.parent_applies_first")] + _steps(ctx))
    if best is not None and best.basis == BEFORE_LIMIT:
        verdict, summary, reasons, extra, _ = _verdict(ctx, best)
        return ctx.result(PID, verdict, summary, reasons, next_steps=_steps(ctx, extra), missing=found.missing)
    if found.missing or f.parents is None:
        return ctx.result(PID, NEEDS_INFO, msg("citizenship.summary.ask_parents"),
                          [msg("citizenship.reason.ask_parents")],
                          missing=found.missing or ["parents"], next_steps=[msg("citizenship.step.ask_parents")])
    if best is not None:
        verdict, summary, reasons, extra, facts = _verdict(ctx, best)
        return ctx.result(PID, verdict, summary, reasons, next_steps=extra, facts=facts)
    if f.grandparent_born_in_canada is None:
        return ctx.result(PID, NEEDS_INFO, msg("citizenship.summary.ask_grandparents"),
                          [msg("citizenship.reason.ask_grandparents")], missing=["grandparent_born_in_canada"])
    return ctx.result(PID, INELIGIBLE, msg("citizenship.summary.no_canadian_parent"),
                      [msg("citizenship.reason.no_canadian_parent")],
                      facts=("parents", "grandparent_born_in_canada"))
