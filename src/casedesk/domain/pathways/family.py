"""Family sponsorship: a Canadian spouse or partner (the strongest route), and other relatives."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, PathwayResult
from ..dates import add_months, months_between
from ..messages import msg
from ..people import AGE_OF_MAJORITY, PARTNERED_STATUSES, has_partner
from .context import Context


def spousal(ctx: Context) -> PathwayResult:
    pid = "spousal_sponsorship"
    f = ctx.facts
    p = f.partner
    sponsors = set(ctx.value("sponsorship.sponsor_statuses", ("citizen", "permanent_resident")))
    if p is None:
        if has_partner(f.client.marital_status, p) is False:
            return ctx.result(pid, INELIGIBLE, msg("spousal.summary.no_partner"), [msg("spousal.reason.no_partner")],
                              facts=("client.marital_status", "partner"))
        return ctx.result(pid, NEEDS_INFO, msg("spousal.summary.ask_partner"), [msg("spousal.reason.ask_partner")],
                          missing=["partner"])
    missing = [f"partner.{k}" for k in ("relationship", "status_in_canada") if getattr(p, k) is None]
    if p.status_in_canada is not None and p.status_in_canada not in sponsors:
        return ctx.result(pid, INELIGIBLE, msg("spousal.summary.partner_cannot_sponsor"),
                          [msg("spousal.reason.partner_cannot_sponsor", status=p.status_in_canada)],
                          next_steps=[msg("spousal.step.if_partner_becomes_resident")],
                          facts=("partner.status_in_canada",))
    if missing or p.relationship is None:
        return ctx.result(pid, NEEDS_INFO, msg("spousal.summary.confirm_partner"),
                          [msg("spousal.reason.confirm_partner")], missing=missing)
    age = ctx.age
    min_age = ctx.value("sponsorship.applicant_min_age") if age is not None else None
    if age is not None and min_age is not None and age < min_age:
        return ctx.result(pid, INELIGIBLE, msg("spousal.summary.client_under_age", min_age=min_age),
                          [msg("spousal.reason.client_under_age", min_age=min_age, age=age)],
                          facts=("client.date_of_birth",))
    reasons = [msg("spousal.reason.sponsor", relationship=p.relationship, status=p.status_in_canada)]
    if p.status_in_canada == "permanent_resident" and p.lives_in_canada is None:
        # A permanent resident can sponsor only while living in Canada: where they live decides it.
        return ctx.result(pid, NEEDS_INFO, msg("spousal.summary.resident_lives_where"),
                          reasons + [msg("spousal.reason.resident_must_live_in_canada")],
                          missing=["partner.lives_in_canada"])
    if p.status_in_canada == "permanent_resident" and p.lives_in_canada is False:
        return ctx.result(pid, INELIGIBLE, msg("spousal.summary.resident_abroad"),
                          reasons + [msg("spousal.reason.resident_abroad")],
                          next_steps=[msg("spousal.step.partner_returns")], facts=("partner.lives_in_canada",))
    min_months = dict(ctx.value("sponsorship.relationship_min_months", {})).get(p.relationship)
    verdict = PROMISING
    if min_months:
        if p.since is None:
            return ctx.result(pid, NEEDS_INFO, msg("spousal.summary.since_when", relationship=p.relationship),
                              reasons + [msg("spousal.reason.minimum_length", relationship=p.relationship,
                                             months=min_months)],
                              missing=["partner.since"])
        months = months_between(p.since, ctx.as_of)
        if months < min_months:
            verdict = POSSIBLE
            reasons.append(msg("spousal.reason.relationship_too_short", since=p.since, months=months,
                               min_months=min_months, ready=add_months(p.since, min_months)))
        else:
            reasons.append(msg("spousal.reason.relationship_long_enough", since=p.since, min_months=min_months))
    else:
        reasons.append(msg("spousal.reason.no_minimum_length", relationship=p.relationship))
    if p.status_in_canada == "citizen" and p.lives_in_canada is False:
        reasons.append(msg("spousal.reason.citizen_abroad"))
    outland = ctx.value("processing.spousal_outland_months")
    inland = ctx.value("processing.spousal_inland_months")
    steps = [msg("spousal.step.apply_outland")]
    if outland:
        steps.append(msg("spousal.step.processing", outland=outland["months"],
                         inland=inland["months"] if inland else None))
    steps += [msg("spousal.step.gather_documents"), msg("spousal.step.keep_us_status")]
    ctx.fact("forms.spousal_sponsorship")
    ctx.fact("fees.spousal_sponsorship")
    summary = (msg("spousal.summary.strongest_route") if verdict == PROMISING
               else msg("spousal.summary.once_long_enough"))
    return ctx.result(pid, verdict, summary, reasons, next_steps=steps)


_PARENT_SPONSORS = ("child",)          # the client's child in Canada could sponsor them as a parent
_DEPENDENT_SPONSORS = ("father", "mother")  # a parent in Canada could sponsor the client as a dependent child
_ORPHAN_SPONSORS = ("brother", "sister", "uncle", "aunt", "grandfather", "grandmother")
DEPENDENT_CHILD_UNDER = 22


def other_family(ctx: Context) -> PathwayResult:
    pid = "other_family_sponsorship"
    f = ctx.facts
    rels = f.relatives_in_canada
    if rels is None:
        return ctx.result(pid, NEEDS_INFO, msg("other_family.summary.ask_relatives"),
                          [msg("other_family.reason.ask_relatives")], missing=["relatives_in_canada"])
    sponsors = set(ctx.value("sponsorship.sponsor_statuses", ("citizen", "permanent_resident")))
    canadian = [r for r in rels if r.status in sponsors]
    age = ctx.age
    parents = [r for r in canadian if r.relation in _DEPENDENT_SPONSORS]
    # A dependent child is not a spouse or common-law partner (a conjugal partner does not count).
    if parents and age is not None and age < DEPENDENT_CHILD_UNDER \
            and f.client.marital_status not in PARTNERED_STATUSES:
        return ctx.result(pid, POSSIBLE, msg("other_family.summary.dependent_child"),
                          [msg("other_family.reason.dependent_child", status=parents[0].status,
                               under=DEPENDENT_CHILD_UNDER)],
                          next_steps=[msg("other_family.step.check_dependent_child")])
    if parents and age is None:
        return ctx.result(pid, NEEDS_INFO, msg("other_family.summary.age_decides"),
                          [msg("other_family.reason.age_decides", under=DEPENDENT_CHILD_UNDER)],
                          missing=["client.date_of_birth"])
    sponsor_age = ctx.value("sponsorship.sponsor_min_age")
    children = [r for r in canadian if r.relation in _PARENT_SPONSORS
                and (r.age is None or sponsor_age is None or r.age >= sponsor_age)]
    if children:
        pgp_open = ctx.value("program.pgp.open")
        if pgp_open is False:
            return ctx.result(pid, UNAVAILABLE, msg("other_family.summary.pgp_closed"),
                              [msg("other_family.reason.pgp_closed")],
                              next_steps=[msg("other_family.step.super_visa")])
        return ctx.result(pid, UNLIKELY, msg("other_family.summary.pgp_lottery"),
                          [msg("other_family.reason.pgp_lottery")])
    orphan_relatives = [r for r in canadian if r.relation in _ORPHAN_SPONSORS]
    if orphan_relatives and age is not None and age < AGE_OF_MAJORITY:
        return ctx.result(pid, POSSIBLE, msg("other_family.summary.orphan"),
                          [msg("other_family.reason.orphan", under=AGE_OF_MAJORITY)],
                          next_steps=[msg("other_family.step.orphan_evidence")])
    return ctx.result(pid, INELIGIBLE, msg("other_family.summary.no_sponsor"), [msg("other_family.reason.no_sponsor")])
