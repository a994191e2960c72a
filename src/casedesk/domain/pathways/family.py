"""Family sponsorship: a Canadian spouse or partner (the strongest route), and other relatives."""

from __future__ import annotations

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY, PathwayResult
from ..dates import months_between
from .context import Context


def spousal(ctx: Context) -> PathwayResult:
    pid = "spousal_sponsorship"
    f = ctx.facts
    p = f.partner
    sponsors = set(ctx.value("sponsorship.sponsor_statuses", ("citizen", "permanent_resident")))
    if p is None:
        if f.client.marital_status in ("single", "divorced", "widowed", "separated"):
            return ctx.result(pid, INELIGIBLE, "No spouse or partner",
                              ["Spousal sponsorship needs a spouse, common-law or conjugal partner who is a Canadian "
                               "citizen or permanent resident; the client has none recorded."])
        return ctx.result(pid, NEEDS_INFO, "Ask about a spouse or partner in Canada",
                          ["Sponsorship by a Canadian spouse or partner is the strongest route; the partner's facts "
                           "are not recorded."], missing=["partner"])
    missing = [f"partner.{k}" for k in ("relationship", "status_in_canada") if getattr(p, k) is None]
    if p.status_in_canada is not None and p.status_in_canada not in sponsors:
        return ctx.result(pid, INELIGIBLE, "The partner cannot sponsor: not a citizen or permanent resident",
                          [f"The partner's status in Canada ({p.status_in_canada.replace('_', ' ')}) does not allow "
                           "sponsoring; a sponsor must be a Canadian citizen or permanent resident (or registered "
                           "Indian)."],
                          next_steps=["If the partner becomes a permanent resident, this route opens."])
    if missing:
        return ctx.result(pid, NEEDS_INFO, "Partner found: confirm the relationship and their status",
                          ["A partner is recorded, but the relationship or their Canadian status is unknown."],
                          missing=missing)
    age = ctx.age
    if age is not None and age < 18:
        return ctx.result(pid, INELIGIBLE, "The client is under 18", ["A sponsored spouse or partner must be 18 or "
                                                                      "older."])
    who = {"spouse": "spouse", "common_law": "common-law partner", "conjugal": "conjugal partner"}[p.relationship]
    reasons = [f"Sponsor: their {who} is a Canadian "
               f"{'citizen' if p.status_in_canada == 'citizen' else 'permanent resident'}."]
    if p.status_in_canada == "permanent_resident" and p.lives_in_canada is None:
        # A permanent resident can sponsor only while living in Canada: where they live decides it.
        return ctx.result(pid, NEEDS_INFO, "Permanent-resident sponsor: do they live in Canada?",
                          reasons + ["A permanent resident can sponsor only while living in Canada."],
                          missing=["partner.lives_in_canada"])
    if p.status_in_canada == "permanent_resident" and p.lives_in_canada is False:
        return ctx.result(pid, INELIGIBLE, "A permanent-resident sponsor must live in Canada",
                          reasons + ["A permanent resident can sponsor only while living in Canada; the partner lives "
                                     "abroad."], next_steps=["The partner would have to return to live in Canada "
                                                             "first."])
    min_months = dict(ctx.value("sponsorship.relationship_min_months", {})).get(p.relationship)
    verdict = PROMISING
    if min_months:
        if p.since is None:
            return ctx.result(pid, NEEDS_INFO, f"{p.relationship.replace('_', '-').capitalize()} relationship: since "
                              "when?", reasons + [f"A {p.relationship.replace('_', '-')} partner must have been in the "
                                                  f"relationship for at least {min_months} months."],
                              missing=["partner.since"])
        months = months_between(p.since, ctx.as_of)
        if months < min_months:
            verdict = POSSIBLE
            reasons.append(f"The relationship began {p.since.isoformat()}: {months} months so far, {min_months} "
                           "needed for a common-law or conjugal partner (marriage has no minimum).")
        else:
            reasons.append(f"Together since {p.since.isoformat()}: more than {min_months} months.")
    if p.status_in_canada == "citizen" and p.lives_in_canada is False:
        reasons.append("A citizen sponsor living abroad must show they will return to live in Canada when the "
                       "client becomes a permanent resident.")
    outland = ctx.value("processing.spousal_outland_months")
    inland = ctx.value("processing.spousal_inland_months")
    steps = ["Apply from outside Canada (outland): the client is not living in Canada with the sponsor."]
    if outland:
        steps.append(f"Outland processing: about {outland['months']} months"
                     + (f" (inland: about {inland['months']})" if inland else "") + ", IRCC estimate.")
    steps += ["Gather relationship evidence, identity documents, police certificates and the medical exam; forms "
              "IMM 1344, IMM 0008, IMM 5532, IMM 5669.",
              "While waiting: keep U.S. status as long as possible; if it ends, the wait may have to happen in "
              "another country. A visitor visa to wait in Canada is usually refused."]
    ctx.fact("forms.spousal_sponsorship")
    ctx.fact("fees.spousal_sponsorship")
    summary = ("Sponsorship by their Canadian partner: the strongest route" if verdict == PROMISING
               else "Sponsorship possible once the relationship is long enough")
    return ctx.result(pid, verdict, summary, reasons, next_steps=steps)


_PARENT_SPONSORS = ("child",)          # the client's child in Canada could sponsor them as a parent
_DEPENDENT_SPONSORS = ("father", "mother")  # a parent in Canada could sponsor the client as a dependent child
_ORPHAN_SPONSORS = ("brother", "sister", "uncle", "aunt", "grandfather", "grandmother")


def other_family(ctx: Context) -> PathwayResult:
    pid = "other_family_sponsorship"
    f = ctx.facts
    rels = f.relatives_in_canada
    if rels is None:
        return ctx.result(pid, NEEDS_INFO, "Ask about relatives in Canada",
                          ["Other family sponsorship needs a citizen or permanent-resident relative in Canada."],
                          missing=["relatives_in_canada"])
    sponsors = set(ctx.value("sponsorship.sponsor_statuses", ("citizen", "permanent_resident")))
    canadian = [r for r in rels if r.status in sponsors]
    age = ctx.age
    parents = [r for r in canadian if r.relation in _DEPENDENT_SPONSORS]
    if parents and age is not None and age < 22 and f.client.marital_status not in ("married", "common_law"):
        return ctx.result(pid, POSSIBLE, "A parent in Canada may sponsor them as a dependent child",
                          [f"A parent who is a Canadian {parents[0].status.replace('_', ' ')} can sponsor a child "
                           "under 22 without a spouse or partner."],
                          next_steps=["Check the dependent-child sponsorship requirements with the parent."])
    if parents and age is None:
        return ctx.result(pid, NEEDS_INFO, "A parent in Canada: the client's age decides",
                          ["A Canadian parent can sponsor a dependent child under 22."], missing=["client.date_of_birth"])
    children = [r for r in canadian if r.relation in _PARENT_SPONSORS and (r.age is None or r.age >= 18)]
    if children:
        pgp_open = ctx.value("program.pgp.open")
        if pgp_open is False:
            return ctx.result(pid, UNAVAILABLE, "Parents and Grandparents Program: no new applications",
                              ["Their child in Canada could sponsor them as a parent, but the Parents and "
                               "Grandparents Program is taking no new applications."],
                              next_steps=["The super visa (long visits) is still open, though it needs an intent "
                                          "to return."])
        return ctx.result(pid, UNLIKELY, "Parents and Grandparents Program: small lottery intakes",
                          ["Their child in Canada could sponsor them as a parent, but intakes are small and drawn by "
                           "lottery from past interest forms."])
    orphan_relatives = [r for r in canadian if r.relation in _ORPHAN_SPONSORS]
    if orphan_relatives and age is not None and age < 18:
        return ctx.result(pid, POSSIBLE, "An orphaned minor may be sponsored by a relative",
                          ["A citizen or permanent-resident relative can sponsor an orphaned brother, sister, "
                           "nephew, niece or grandchild under 18 who is not married."],
                          next_steps=["Confirm both parents have died; gather death certificates."])
    return ctx.result(pid, INELIGIBLE, "No relative in Canada who can sponsor them",
                      ["Outside spouses and partners, only a parent (for a dependent child), a child (for parents, "
                       "program closed in 2026) or, for an orphaned minor, a close relative can sponsor; no such "
                       "relative with Canadian citizenship or permanent residence is recorded."])
