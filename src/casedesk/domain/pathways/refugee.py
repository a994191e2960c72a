"""Refugee claims from the U.S.: the Safe Third Country Agreement, its exceptions, the 14-day rule.

At a land port of entry a claim is barred by the STCA unless an exception holds (a family
member in Canada with a qualifying status, an unaccompanied minor, a Canadian document
holder, the public interest). Since 2023-03-25 the same applies to someone who crosses
between ports and claims within 14 days; Bill C-12 (in force 2026-03-26, for claims made on
or after 2025-06-03) made a claim after day 14 ineligible too, and added a one-year bar that
applies to every claim, at a port of entry or inland, counted from the first entry into Canada
after 2020-06-24 (``claimbar``: the deadlines read the same bar). Officers are to consider the
circumstances of unaccompanied minors caught by either C-12 rule (``asylum.c12_unaccompanied_minors``).
The STCA does not apply to U.S. citizens (``stca.not_applicable_to``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from ..assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNLIKELY, PathwayResult
from ..claimbar import OneYearBar, one_year_bar
from ..dates import months_between
from ..facts import Minor
from ..messages import Msg, msg
from ..people import has_partner
from ..policydata import PolicyFact
from ..usstatus import is_us_citizen
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
_PRRA = msg("irregular_claim.step.prra")


def _unaccompanied_minor(ctx: Context) -> tuple[bool, list[str]]:
    """Whether Bill C-12's guidance on unaccompanied minors may cover the client (under its age and not
    known to be accompanied), and the fact still to ask."""
    guidance = ctx.policy.find("asylum.c12_unaccompanied_minors", ctx.as_of)
    under = guidance.value.get("under_age") if guidance is not None and isinstance(guidance.value, Mapping) else None
    age = ctx.age
    if guidance is None or not isinstance(under, int) or age is None or age >= under:
        return False, []
    accompanied = (ctx.facts.minor or Minor()).accompanied_by_parent_or_guardian
    if accompanied is True:
        return False, []
    ctx.cite(guidance)
    return True, ["minor.accompanied_by_parent_or_guardian"] if accompanied is None else []


def _c12_bars(ctx: Context, pid: str, summary: Msg, reasons: list[Msg]) -> PathwayResult:
    """A claim Bill C-12 makes ineligible: flatly, unless the client may be an unaccompanied minor, whom
    officers are to consider individually (then: unlikely, and seek counsel)."""
    minor, missing = _unaccompanied_minor(ctx)
    if minor:
        return ctx.result(pid, UNLIKELY, msg("claim_rules.summary.unaccompanied_minor"),
                          reasons + [msg("claim_rules.reason.unaccompanied_minor")], missing=missing,
                          next_steps=[msg("claim_rules.step.seek_counsel_minor"), _PRRA])
    return ctx.result(pid, INELIGIBLE, summary, reasons, next_steps=[_PRRA])


def _one_year_barred(ctx: Context, pid: str, bar: OneYearBar, claim_day: date, made: bool) -> PathwayResult:
    ctx.cite(bar.fact)
    params = dict(made=made, claim_day=claim_day, entered=bar.counted_from, first=bar.first_entry_known,
                  last_day=bar.last_day)
    if pid == "refugee_claim_after_irregular_entry":
        return _c12_bars(ctx, pid, msg("irregular_claim.summary.one_year_bar"),
                         [msg("irregular_claim.reason.one_year_bar", **params)])
    return _c12_bars(ctx, pid, msg("poe_claim.summary.one_year_bar"), [msg("poe_claim.reason.one_year_bar", **params)])


def _bar_notes(ctx: Context, bar: OneYearBar | None) -> list[Msg]:
    """What a claim not barred (yet) should know about the one-year bar: when it falls, and that an
    earlier entry would start it sooner when only the latest entry is on record."""
    if bar is None:
        return []
    ctx.cite(bar.fact)
    notes = [msg("claim_rules.reason.bar_falls", last_day=bar.last_day, entered=bar.counted_from,
                 first=bar.first_entry_known)]
    if not bar.first_entry_known:
        notes.append(msg("claim_rules.reason.first_entry_unknown", entered=bar.counted_from))
    return notes


def _ask_earlier_entries(ctx: Context, bar: OneYearBar | None) -> list[Msg]:
    """A next step while no entry into Canada is on record and the one-year bar is law."""
    entry = ctx.facts.canada_entry
    if bar is not None or (entry is not None and entry.first_entry_date is not None):
        return []
    if ctx.policy.find("asylum.one_year_bar", ctx.as_of) is None:
        return []
    return [msg("claim_rules.step.ask_earlier_entries")]


def _us_citizen(ctx: Context, pid: str) -> PathwayResult | None:
    """A U.S. citizen is outside the STCA; a claim must then show a risk in the U.S. too."""
    if not is_us_citizen(ctx.facts) or "us_citizen" not in ctx.value("stca.not_applicable_to", ()):
        return None
    return ctx.result(pid, UNLIKELY, msg("refugee.summary.us_citizen"),
                      [msg("refugee.reason.stca_not_for_us_citizens"), msg("refugee.reason.claim_against_us")],
                      next_steps=[msg("refugee.step.us_citizen_other_routes")], facts=("us_status",))


def port_of_entry(ctx: Context) -> PathwayResult:
    pid = "refugee_claim_port_of_entry"
    ctx.fact("stca.in_force")
    ctx.fact("stca.applies_to")
    entry = ctx.facts.canada_entry
    made = entry is not None and entry.claim_made_on is not None
    claim_day = entry.claim_made_on if entry is not None and entry.claim_made_on is not None else ctx.as_of
    bar = one_year_bar(entry, ctx.policy, ctx.as_of)
    if bar is not None and bar.bars(claim_day):
        return _one_year_barred(ctx, pid, bar, claim_day, made)
    us = _us_citizen(ctx, pid)
    if us is not None:
        return us
    held, missing = stca_exceptions(ctx)
    notes = _bar_notes(ctx, bar)
    ask = _ask_earlier_entries(ctx, bar)
    if held:
        kind = held[0].code.removeprefix(_EXCEPTION_PREFIX)
        return ctx.result(pid, PROMISING, msg("poe_claim.summary.exception", exception=kind),
                          held + [msg("poe_claim.reason.exception_lets_claim")] + notes,
                          next_steps=_EXCEPTION_STEPS + ask)
    if missing:
        return ctx.result(pid, NEEDS_INFO, msg("poe_claim.summary.facts_missing"),
                          [msg("poe_claim.reason.facts_missing")] + notes,
                          missing=missing, next_steps=[msg("poe_claim.step.ask_exception_facts")] + ask)
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
    claimed = entry.claim_made_on if crossed else None
    claim_day = claimed or today
    made = claimed is not None  # the claim was made on claim_day; else "if made today"
    bar = one_year_bar(entry, ctx.policy, today)
    if bar is not None and bar.bars(claim_day):
        return _one_year_barred(ctx, pid, bar, claim_day, made)
    us = _us_citizen(ctx, pid)
    if us is not None:
        return us
    if not crossed:
        return _not_crossed(ctx, pid, window, c12, bar)
    # They crossed between ports on entry.date.
    assert entry.date is not None
    days = (claim_day - entry.date).days
    held, missing = stca_exceptions(ctx)
    notes = _bar_notes(ctx, bar)
    if window is not None and days <= window:
        if held:
            return ctx.result(pid, PROMISING, msg("irregular_claim.summary.exception_within_window", window=window),
                              held + [msg("irregular_claim.reason.exception_within_window", made=made,
                                          window=window)] + notes, next_steps=_EXCEPTION_STEPS)
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
        return _c12_bars(ctx, pid, msg("irregular_claim.summary.after_window_c12", window=c12.value["days"]),
                         [msg("irregular_claim.reason.after_window_c12", made=made, claim_day=claim_day, days=days,
                              c12_in_force=c12.effective, window=c12.value["days"])])
    claim_now = msg("irregular_claim.step.claim_without_delay")
    if window is None:
        return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.crossed_before_protocol"),
                          [msg("irregular_claim.reason.crossed_before_protocol", entered=entry.date, made=made,
                               claim_day=claim_day)] + notes, next_steps=[claim_now])
    return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.after_window_before_c12", window=window),
                      [msg("irregular_claim.reason.after_window_before_c12", made=made, days=days, window=window)]
                      + notes, next_steps=[claim_now])


def _not_crossed(ctx: Context, pid: str, window: int | None, c12: PolicyFact | None,
                 bar: OneYearBar | None) -> PathwayResult:
    """Not in Canada yet: what a crossing between ports would lead to.

    Within the window an STCA exception still lets a claim proceed, and after it Bill C-12 makes
    the claim ineligible: with an exception the crossing is inadvisable (the same exception works at
    a port, lawfully), not barred; without one it is barred both ways.
    """
    if window is None:
        return ctx.result(pid, POSSIBLE, msg("irregular_claim.summary.not_covered"),
                          [msg("irregular_claim.reason.not_covered")],
                          next_steps=[msg("irregular_claim.step.not_lawful_entry")])
    if c12 is None:
        return ctx.result(pid, UNLIKELY, msg("irregular_claim.summary.risky", window=window),
                          [msg("irregular_claim.reason.risky", window=window)],
                          next_steps=[msg("irregular_claim.step.refer_lawyer_exceptions_first")])
    held, missing = stca_exceptions(ctx)
    if held:
        return ctx.result(pid, UNLIKELY, msg("irregular_claim.summary.inadvisable_use_port", window=window),
                          held + [msg("irregular_claim.reason.exception_use_port", window=window,
                                      c12_in_force=c12.effective)] + _bar_notes(ctx, bar),
                          next_steps=[msg("irregular_claim.step.use_the_port"), *_EXCEPTION_STEPS])
    if missing:
        return ctx.result(pid, NEEDS_INFO, msg("irregular_claim.summary.not_crossed_exceptions_to_check",
                                               window=window),
                          [msg("irregular_claim.reason.not_crossed_exceptions_to_check", window=window,
                               c12_in_force=c12.effective)], missing=missing,
                          next_steps=[msg("irregular_claim.step.do_not_advise_crossing")])
    return ctx.result(pid, INELIGIBLE, msg("irregular_claim.summary.closed_after_window", window=window),
                      [msg("irregular_claim.reason.closed_after_window", window=window, c12_in_force=c12.effective)],
                      next_steps=[msg("irregular_claim.step.do_not_advise_crossing")])
