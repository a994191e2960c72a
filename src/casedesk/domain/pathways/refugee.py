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
from ..dates import add_years, months_between
from ..facts import Minor
from ..messages import Msg, msg
from ..people import has_partner
from .context import Context


def stca_exceptions(ctx: Context) -> tuple[list[Msg], list[str]]:
    """The STCA exceptions that hold for the client (as reasons), and the facts still unknown."""
    f = ctx.facts
    held: list[Msg] = []
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
        held.append(msg("stca.exception.family", relation=relation, status=status))
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
            elif not (year and p.since is not None and months_between(p.since, ctx.as_of) < year):
                # A spouse or common-law partner is 18 or older in immigration law (IRPR s.5), and the case
                # file records no partner age: the 18+ rule for some statuses is met.
                counts(relation, p.status_in_canada, None, "partner", adult=True)

    age = ctx.age
    limit = ctx.value("stca.exception_minor_age_limit")
    if age is None:
        missing.append("client.date_of_birth")
    elif limit is not None and age < limit:
        m = f.minor or Minor()
        # Each condition bars the exception on its own: a known "yes" decides, an unknown is asked.
        conditions = {"minor.accompanied_by_parent_or_guardian": m.accompanied_by_parent_or_guardian,
                      "minor.parent_or_guardian_in_canada_or_us": m.parent_or_guardian_in_canada_or_us,
                      "client.marital_status": has_partner(f.client.marital_status, f.partner)}
        if True in conditions.values():
            pass
        elif None in conditions.values():
            missing += [k for k, v in conditions.items() if v is None]
        else:
            held.append(msg("stca.exception.minor", age_limit=limit))

    docs = f.canadian_documents
    if docs is None or docs.valid_visa_or_permit is None:
        missing.append("canadian_documents.valid_visa_or_permit")
    elif docs.valid_visa_or_permit:
        ctx.fact("stca.exception_documents")
        held.append(msg("stca.exception.documents"))

    if f.death_penalty_exposure is None:
        missing.append("death_penalty_exposure")
    elif f.death_penalty_exposure:
        ctx.fact("stca.exception_public_interest")
        held.append(msg("stca.exception.public_interest"))
    return held, missing


_EXCEPTION_STEPS = [msg("stca.step.gather_proof"), msg("stca.step.refer_lawyer")]
_EXCEPTION_PREFIX = "stca.exception."


def port_of_entry(ctx: Context) -> PathwayResult:
    pid = "refugee_claim_port_of_entry"
    ctx.fact("stca.in_force")
    ctx.fact("stca.applies_to")
    held, missing = stca_exceptions(ctx)
    if held:
        kind = held[0].code.removeprefix(_EXCEPTION_PREFIX)
        return ctx.result(pid, PROMISING, msg("poe_claim.summary.exception", exception=kind),
                          held + [msg("poe_claim.reason.exception_lets_claim")], next_steps=_EXCEPTION_STEPS)
    if missing:
        return ctx.result(pid, NEEDS_INFO, msg("poe_claim.summary.facts_missing"),
                          [msg("poe_claim.reason.facts_missing")],
                          missing=missing, next_steps=[msg("poe_claim.step.ask_exception_facts")])
    return ctx.result(pid, INELIGIBLE, msg("poe_claim.summary.barred"), [msg("poe_claim.reason.barred")],
                      next_steps=[msg("poe_claim.step.other_routes")])


def irregular_entry(ctx: Context) -> PathwayResult:
    pid = "refugee_claim_after_irregular_entry"
    f, today = ctx.facts, ctx.as_of
    entry = f.canada_entry
    # The Additional Protocol covers crossings from 2023-03-25 on: the window in force on the day of the
    # crossing decides, not the one in force today (a 2022 crossing was never covered).
    crossed = entry is not None and entry.mode == "between_ports" and entry.date is not None \
        and entry.date <= today
    ctx.fact("stca.applies_to", entry.date if crossed and entry is not None else None)
    window = ctx.value("stca.irregular_entry_claim_window_days",
                       on=entry.date if crossed and entry is not None else None)
    c12 = ctx.fact("stca.after_14_days_ineligible")
    bar = ctx.fact("asylum.one_year_bar")
    prra = msg("irregular_claim.step.prra")
    if entry is None or entry.mode is None:
        return ctx.result(pid, NEEDS_INFO, msg("irregular_claim.summary.entry_unknown"),
                          [msg("irregular_claim.reason.entry_unknown")], missing=["canada_entry.mode"])
    if entry.mode == "between_ports" and entry.date is None:
        # They crossed, but the day of the crossing decides the 14-day clock and the one-year bar.
        return ctx.result(pid, NEEDS_INFO, msg("irregular_claim.summary.crossing_date_unknown"),
                          [msg("irregular_claim.reason.crossing_date_unknown")], missing=["canada_entry.date"])
    if entry.mode in ("port_of_entry", "airport"):
        return ctx.result(pid, UNLIKELY, msg("irregular_claim.summary.not_irregular"),
                          [msg("irregular_claim.reason.not_irregular")])
    if entry.mode == "none" or entry.date is None or entry.date > today:
        # Not in Canada yet: what a crossing between ports would lead to.
        if window is None:
            return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.not_covered"),
                              [msg("irregular_claim.reason.not_covered")],
                              next_steps=[msg("irregular_claim.step.not_lawful_entry")])
        if c12 is not None:
            return ctx.result(pid, INELIGIBLE, msg("irregular_claim.summary.closed_after_window", window=window),
                              [msg("irregular_claim.reason.closed_after_window", window=window,
                                   c12_in_force=c12.effective)],
                              next_steps=[msg("irregular_claim.step.do_not_advise_crossing")])
        return ctx.result(pid, UNLIKELY, msg("irregular_claim.summary.risky", window=window),
                          [msg("irregular_claim.reason.risky", window=window)],
                          next_steps=[msg("irregular_claim.step.refer_lawyer_exceptions_first")])
    # They crossed between ports on entry.date.
    claimed = entry.claim_made_on
    claim_day = claimed or today
    days = (claim_day - entry.date).days
    held, missing = stca_exceptions(ctx)
    made = claimed is not None  # the claim was made on claim_day; else "if made today"
    if bar is not None and claim_day >= bar.value["claims_made_on_or_after"] \
            and entry.date > bar.value["entries_after"] and claim_day > add_years(entry.date, 1):
        return ctx.result(pid, INELIGIBLE, msg("irregular_claim.summary.one_year_bar"),
                          [msg("irregular_claim.reason.one_year_bar", made=made, claim_day=claim_day,
                               entered=entry.date)], next_steps=[prra])
    if window is not None and days <= window:
        if held:
            return ctx.result(pid, PROMISING, msg("irregular_claim.summary.exception_within_window", window=window),
                              held + [msg("irregular_claim.reason.exception_within_window", made=made,
                                          window=window)], next_steps=_EXCEPTION_STEPS)
        if missing:
            return ctx.result(pid, NEEDS_INFO, msg("irregular_claim.summary.exceptions_to_check", window=window),
                              [msg("irregular_claim.reason.exceptions_to_check", day=days)], missing=missing)
        reasons = [msg("irregular_claim.reason.within_window", day=days, window=window)]
        if c12 is None and not claimed:
            first_day = entry.date + timedelta(days=window + 1)
            reasons.append(msg("irregular_claim.reason.later_claim_not_barred", today=today, first_day=first_day,
                               day=window + 1))
        return ctx.result(pid, INELIGIBLE, msg("irregular_claim.summary.within_window", window=window), reasons)
    if c12 is not None and claim_day >= c12.value["claims_made_on_or_after"] and days > c12.value["days"]:
        return ctx.result(pid, INELIGIBLE, msg("irregular_claim.summary.after_window_c12", window=c12.value["days"]),
                          [msg("irregular_claim.reason.after_window_c12", made=made, claim_day=claim_day, days=days,
                               c12_in_force=c12.effective, window=c12.value["days"])], next_steps=[prra])
    claim_now = msg("irregular_claim.step.claim_without_delay")
    if window is None:
        return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.crossed_before_protocol"),
                          [msg("irregular_claim.reason.crossed_before_protocol", entered=entry.date, made=made,
                               claim_day=claim_day)], next_steps=[claim_now])
    return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.after_window_before_c12", window=window),
                      [msg("irregular_claim.reason.after_window_before_c12", made=made, days=days, window=window)],
                      next_steps=[claim_now])
