"""Refugee claims from the U.S.: the Safe Third Country Agreement, its exceptions, the 14-day rule.

At a land port of entry a claim is barred by the STCA unless an exception holds (a family
member in Canada with a qualifying status, an unaccompanied minor, a Canadian document
holder, the public interest). Since 2023-03-25 the same applies to someone who crosses
between ports and claims within 14 days; Bill C-12 (in force 2026-03-26, for claims made on
or after 2025-06-03) made a claim after day 14 ineligible too, and added a one-year bar.
"""

from __future__ import annotations

from datetime import timedelta

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNLIKELY, PathwayResult
from ..facts import Minor
from ..dates import add_years, months_between
from .context import Context

_RELATION_WORDS = {
    "common_law_partner": "common-law partner", "legal_guardian": "legal guardian",
}
_STATUS_WORDS = {
    "permanent_resident": "permanent resident", "protected_person": "protected person",
    "stayed_removal_hc": "removal stayed on H&C grounds", "work_permit": "work permit holder",
    "study_permit": "study permit holder", "refugee_claimant": "refugee claimant",
}


def _words(code: str, table: dict[str, str]) -> str:
    return table.get(code, code.replace("_", " "))


def stca_exceptions(ctx: Context) -> tuple[list[str], list[str]]:
    """The STCA exceptions that hold for the client (as reasons), and the facts still unknown."""
    f = ctx.facts
    held: list[str] = []
    missing: list[str] = []
    relations = set(ctx.value("stca.exception_relatives", ()))
    statuses = set(ctx.value("stca.exception_relative_statuses", ()))
    min_ages = dict(ctx.value("stca.exception_relative_min_age", {}))

    def counts(relation: str, status: str | None, age: int | None, where: str, adult: bool = False) -> bool:
        if relation not in relations or status not in statuses:
            return False
        need = None if adult else min_ages.get(status)
        if need is not None:
            if age is None:
                missing.append(f"{where}.age")
                return False
            if age < need:
                return False
        held.append(f"Family member exception: a {_words(relation, _RELATION_WORDS)} in Canada who is a "
                    f"{_words(status, _STATUS_WORDS)} (STCA exception, IRPR s.159.5(a)-(h)).")
        return True

    if f.relatives_in_canada is None:
        missing.append("relatives_in_canada")
    else:
        for i, r in enumerate(f.relatives_in_canada):
            if r.status is None and r.relation in relations:
                missing.append(f"relatives_in_canada[{i}].status")
            counts(r.relation, r.status, r.age, f"relatives_in_canada[{i}]")
    p = f.partner
    # A conjugal partner is not a listed family member, and the anchor must be physically in Canada.
    if p is not None and p.relationship != "conjugal" and p.lives_in_canada is not False:
        relation = "spouse" if p.relationship == "spouse" else "common_law_partner"
        if p.status_in_canada is None:
            missing.append("partner.status_in_canada")
        elif p.status_in_canada in statuses:
            # Where the partner lives and what the relationship is decide it: ask rather than guess.
            unknown = [k for k, v in (("partner.lives_in_canada", p.lives_in_canada),
                                      ("partner.relationship", p.relationship)) if v is None]
            # A common-law partner is one only after a year of cohabitation (IRPR s.1(1)).
            year = dict(ctx.value("sponsorship.relationship_min_months", {})).get("common_law") \
                if p.relationship == "common_law" else None
            if year and p.since is None:
                unknown.append("partner.since")
            if unknown:
                missing += unknown
            elif not (year and months_between(p.since, ctx.as_of) < year):
                # A spouse or common-law partner is 18 or older in immigration law (IRPR s.5), and the case
                # file records no partner age: the 18+ rule for some statuses is met.
                counts(relation, p.status_in_canada, None, "partner", adult=True)

    age = ctx.age
    limit = ctx.value("stca.exception_minor_age_limit", 18)
    if age is None:
        missing.append("client.date_of_birth")
    elif age < limit:
        m = f.minor or Minor()
        married: bool | None = True
        if f.client.marital_status not in ("married", "common_law") and f.partner is None:
            married = None if f.client.marital_status is None else False
        # Each condition bars the exception on its own: a known "yes" decides, an unknown is asked.
        conditions = {"minor.accompanied_by_parent_or_guardian": m.accompanied_by_parent_or_guardian,
                      "minor.parent_or_guardian_in_canada_or_us": m.parent_or_guardian_in_canada_or_us,
                      "client.marital_status": married}
        if True in conditions.values():
            pass
        elif None in conditions.values():
            missing += [k for k, v in conditions.items() if v is None]
        else:
            held.append(f"Unaccompanied minor exception: under {limit}, not accompanied by a parent or legal "
                        "guardian, with none in Canada or the U.S., and no spouse or partner.")

    docs = f.canadian_documents
    if docs is None or docs.valid_visa_or_permit is None:
        missing.append("canadian_documents.valid_visa_or_permit")
    elif docs.valid_visa_or_permit:
        ctx.fact("stca.exception_documents")
        held.append("Document holder exception: holds a valid Canadian visa (not a transit visa), work or study "
                    "permit, or other admission document.")

    if f.death_penalty_exposure is None:
        missing.append("death_penalty_exposure")
    elif f.death_penalty_exposure:
        ctx.fact("stca.exception_public_interest")
        held.append("Public interest exception: charged with or convicted of an offence punishable by the death "
                    "penalty.")
    return held, missing


_EXCEPTION_STEPS = [
    "Gather proof of the exception (the relative's proof of status and of the relationship, or the document) "
    "before going to the land port of entry.",
    "The claim must still be eligible and well-founded: refer to a Canadian refugee lawyer.",
]


def port_of_entry(ctx: Context) -> PathwayResult:
    pid = "refugee_claim_port_of_entry"
    ctx.fact("stca.in_force")
    ctx.fact("stca.applies_to")
    held, missing = stca_exceptions(ctx)
    if held:
        return ctx.result(pid, PROMISING, "STCA exception applies: " + held[0].split(":")[0].lower(),
                          held + ["With an exception, a claim at a land port of entry is not barred by the Safe "
                                  "Third Country Agreement."], next_steps=_EXCEPTION_STEPS)
    if missing:
        return ctx.result(pid, NEEDS_INFO, "Barred by the STCA unless an exception applies: facts missing",
                          ["A claim at a land port of entry is barred by the Safe Third Country Agreement unless an "
                           "exception applies; some facts that decide the exceptions are unknown."],
                          missing=missing, next_steps=["Ask about relatives in Canada and their status, Canadian "
                                                       "visas or permits, and (for a minor) parents or guardians."])
    return ctx.result(pid, INELIGIBLE, "Barred by the Safe Third Country Agreement (no exception)",
                      ["A refugee claim at a Canada-U.S. land port of entry is barred by the STCA, and none of the "
                       "exceptions applies: no qualifying family member in Canada (cousins do not count), not an "
                       "unaccompanied minor, no Canadian visa or permit, no death-penalty exposure."],
                      next_steps=["Check the other routes; a relative's change of status (e.g. becoming a permanent "
                                  "resident) would change this answer."])


def irregular_entry(ctx: Context) -> PathwayResult:
    pid = "refugee_claim_after_irregular_entry"
    f, today = ctx.facts, ctx.as_of
    entry = f.canada_entry
    # The Additional Protocol covers crossings from 2023-03-25 on: the window in force on the day of the
    # crossing decides, not the one in force today (a 2022 crossing was never covered).
    crossed = entry is not None and entry.mode == "between_ports" and entry.date is not None \
        and entry.date <= today
    ctx.fact("stca.applies_to", entry.date if crossed else None)
    window = ctx.value("stca.irregular_entry_claim_window_days", on=entry.date if crossed else None)
    c12 = ctx.fact("stca.after_14_days_ineligible")
    bar = ctx.fact("asylum.one_year_bar")
    if entry is None or entry.mode is None:
        return ctx.result(pid, NEEDS_INFO, "Depends on whether and how they entered Canada",
                          ["The answer turns on how and when the client entered (or would enter) Canada."],
                          missing=["canada_entry.mode"])
    if entry.mode == "between_ports" and entry.date is None:
        # They crossed, but the day of the crossing decides the 14-day clock and the one-year bar.
        return ctx.result(pid, NEEDS_INFO, "Crossed between ports: on what date?",
                          ["They crossed between ports of entry; whether a claim is barred (STCA within 14 days, "
                           "Bill C-12 after day 14, the one-year bar) turns on the date of the crossing."],
                          missing=["canada_entry.date"])
    if entry.mode in ("port_of_entry", "airport"):
        return ctx.result(pid, UNLIKELY, "Not an irregular entry: see the port-of-entry claim",
                          ["They entered (or would enter) at a port of entry or an airport, so this route does not "
                           "apply; a claim there is assessed as a port-of-entry claim."])
    if entry.mode == "none" or entry.date is None or entry.date > today:
        # Not in Canada yet: what a crossing between ports would lead to.
        if window is None:
            return ctx.result(pid, POSSIBLE, "A claim after crossing between ports is not barred by the STCA",
                              ["Before 2023-03-25 the STCA applied only at ports of entry: a claim made after "
                               "crossing between ports was not barred."],
                              next_steps=["Crossing between ports is not lawful entry; refer to a refugee lawyer "
                                          "before any decision."])
        if c12 is not None:
            return ctx.result(pid, INELIGIBLE, "Ineligible: C-12 closed the claim after day 14",
                              [f"Since the 2023 Additional Protocol, a claim within {window} days of crossing between "
                               "ports is returned under the STCA; since Bill C-12 (in force "
                               f"{c12.effective.isoformat()}), a claim after day {window} is ineligible for "
                               "referral to the IRB (only a PRRA remains)."],
                              next_steps=["Do not advise an irregular crossing; check the STCA exceptions at a port "
                                          "of entry instead."])
        return ctx.result(pid, UNLIKELY, f"Risky: only a claim after {window} days undetected in Canada",
                          [f"Since 2023-03-25 a person who crosses between ports and claims within {window} days is "
                           f"returned to the U.S. under the STCA; a claim made after day {window} can proceed, but "
                           "staying undetected is risky and legally precarious."],
                          next_steps=["Refer to a refugee lawyer; check the STCA exceptions at a port of entry first."])
    # They crossed between ports on entry.date.
    claimed = entry.claim_made_on
    claim_day = claimed or today
    days = (claim_day - entry.date).days
    held, missing = stca_exceptions(ctx)
    when = "made" if claimed else "if made today"
    if bar is not None and claim_day >= bar.value["claims_made_on_or_after"] \
            and entry.date > bar.value["entries_after"] and claim_day > add_years(entry.date, 1):
        return ctx.result(pid, INELIGIBLE, "Ineligible: claim more than one year after entry (C-12)",
                          [f"The claim ({when} on {claim_day.isoformat()}) comes more than one year after entry on "
                           f"{entry.date.isoformat()}; under Bill C-12 it is ineligible for referral to the IRB."],
                          next_steps=["A pre-removal risk assessment (PRRA) is the remaining protection route."])
    if window is not None and days <= window:
        if held:
            return ctx.result(pid, PROMISING, "Within 14 days, but an STCA exception applies",
                              held + [f"The claim ({when}) is within {window} days of crossing, where the STCA "
                                      "applies; the exception lets it proceed."], next_steps=_EXCEPTION_STEPS)
        if missing:
            return ctx.result(pid, NEEDS_INFO, "Within the 14-day STCA window: exceptions to check",
                              [f"Day {days} after crossing: a claim now is returned under the STCA unless an exception "
                               "applies, and some facts that decide the exceptions are unknown."], missing=missing)
        reasons = [f"Day {days} after crossing between ports: a claim within {window} days is returned to the U.S. "
                   "under the STCA, and no exception applies."]
        if c12 is None and not claimed:
            first_day = entry.date + timedelta(days=window + 1)
            reasons.append(f"Under the rules in force on {today.isoformat()}, a claim made from "
                           f"{first_day.isoformat()} (day {window + 1}) would not be barred.")
        return ctx.result(pid, INELIGIBLE, "Barred: within 14 days of an irregular crossing (STCA)", reasons)
    if c12 is not None and claim_day >= c12.value["claims_made_on_or_after"] and days > c12.value["days"]:
        return ctx.result(pid, INELIGIBLE, "Ineligible: claim after day 14 (Bill C-12)",
                          [f"The claim ({when} on {claim_day.isoformat()}) comes {days} days after crossing between "
                           f"ports; under Bill C-12 (in force {c12.effective.isoformat()}) a claim made after day "
                           f"{c12.value['days']} is ineligible for referral to the IRB."],
                          next_steps=["A pre-removal risk assessment (PRRA) is the remaining protection route."])
    if window is None:
        return ctx.result(pid, POSSIBLE, "Crossed before the STCA covered crossings between ports",
                          [f"They crossed between ports on {entry.date.isoformat()}, before the Additional Protocol "
                           "(in force 2023-03-25): the STCA did not cover a claim made after crossing between ports, "
                           f"and the claim ({when} on {claim_day.isoformat()}) is not caught by Bill C-12."],
                          next_steps=["Make the claim without delay and refer to a refugee lawyer."])
    return ctx.result(pid, POSSIBLE, "Claim after day 14 can be referred (rules before C-12)",
                      [f"The claim ({when}) comes {days} days after crossing between ports: past the "
                       f"{window}-day STCA window and before Bill C-12 closed that route."],
                      next_steps=["Make the claim without delay and refer to a refugee lawyer."])
