"""English words for the eligibility results (``domain/pathways``): summaries, reasons and next steps.

Codes are ``<area>.<summary|reason|step>.<name>``, the area being the pathway's (``spousal``,
``citizenship``, ``irregular_claim``...) or a rule several pathways share (``stca``,
``temporary``, ``quebec``); ``legacy.text`` is a sentence saved by an older CaseDesk.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..formatting import Formatter
from ..render import Template


def _a(words: str) -> str:
    """The indefinite article before ``words``: "a sister", "an uncle"."""
    return f"{'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"


def _claim(p: Mapping[str, Any], f: Formatter, on: bool = True) -> str:
    """"made on 3 March 2026" for a claim made, "if made today" for one not made yet."""
    if not p["made"]:
        return "if made today" if not on else f"if made today, {f.date(p['claim_day'])}"
    return f"made on {f.date(p['claim_day'])}" if on else "made"


def _family_exception(p: Mapping[str, Any], f: Formatter) -> str:
    relation, status = f.word("relation", p["relation"]), f.word("status", p["status"])
    return (f"Family member exception: {_a(relation)} in Canada who is {_a(status)} (STCA exception, "
            "IRPR s.159.5(a)-(h)).")


def _fee(p: Mapping[str, Any], f: Formatter) -> str:
    amount = f.money(p["amount"]) if p.get("currency", "CAD") == "CAD" else f"{f.num(p['amount'])} {p['currency']}"
    return f"Fee: {amount} per person."


def _spousal_processing(p: Mapping[str, Any], f: Formatter) -> str:
    inland = f" (inland: about {p['inland']})" if p.get("inland") else ""
    return f"Outland processing: about {p['outland']} months{inland}, IRCC estimate."


def _self_employed_paused(p: Mapping[str, Any], f: Formatter) -> str:
    since = f.date(p["since"]) if p.get("since") else "its pause"
    return (f"The federal Self-Employed Persons Program has taken no new applications since {since}; the pause "
            "continues until further notice.")


def _start_up_closed(p: Mapping[str, Any], f: Formatter) -> str:
    text = f"The Start-Up Visa program takes no new permanent-residence applications since {f.date(p['closed'])}."
    if p.get("certificates_until"):
        text += (" Holders of a 2025 commitment certificate could still apply until "
                 f"{f.date(p['certificates_until'])}.")
    return text


def _job_offer_province(p: Mapping[str, Any], f: Formatter) -> str:
    return p["province"] or "the province"


def _capitalized(words: str) -> str:
    return words[:1].upper() + words[1:]


def _status(p: Mapping[str, Any], f: Formatter) -> str:
    """"CHNV parole", "TPS for Haiti", "the work permit (EAD)": one U.S. status in words."""
    kind = p.get("status") or "other"
    if kind == "parole" and p.get("program"):
        return f"{p['program']} parole"
    if kind == "tps" and p.get("country"):
        return f"TPS for {f.word('country', p['country'])}"
    return f"the {f.word('us_status', kind)}"


def _ended(p: Mapping[str, Any], f: Formatter) -> str:
    return f"{_capitalized(_status(p, f))} ended on {f.date(p['on'])}: it no longer ties the client to the U.S."


def _temporary_until(p: Mapping[str, Any], f: Formatter) -> str:
    return f"{_capitalized(_status(p, f))} runs to {f.date(p['until'])}, but it is temporary."


def _temporary_end_unknown(p: Mapping[str, Any], f: Formatter) -> str:
    return f"{_capitalized(_status(p, f))} is temporary; the date it ends is not recorded."


def _block_superseded(p: Mapping[str, Any], f: Formatter) -> str:
    grounds = ("on non-constitutional grounds" if p.get("grounds") == "non_constitutional"
               else "on grounds not recorded")
    case = p.get("case") or "a later decision"
    return (f"TPS for {f.word('country', p['country'])} ended on {f.date(p['ended'])} unless a court order still "
            f"holds: the termination was blocked as of {f.date(p['since'])} {grounds}, and {case} "
            f"({f.date(p['decided'])}) bars courts from reviewing a TPS termination on non-constitutional grounds, "
            "so the block has likely ended: status unknown — verify.")


def _parole_superseded(p: Mapping[str, Any], f: Formatter) -> str:
    verb = "ended" if p.get("ended") else "ends"
    return (f"{p['program']} parole {verb} on {f.date(p['ends'])} for every parolee: the client's own I-94 date, "
            f"{f.date(p['own'])}, is superseded by the program's termination.")


def _one_year_bar(p: Mapping[str, Any], f: Formatter) -> str:
    entry = "first entry into Canada after 24 June 2020" if p.get("first") else "entry into Canada"
    return (f"The claim ({_claim(p, f)}) comes more than one year after the client's {entry}, on "
            f"{f.date(p['entered'])} (in time until {f.date(p['last_day'])}); under Bill C-12 it is ineligible for "
            "referral to the IRB, whether made at a port of entry or inland, and even if the client left Canada and "
            "came back.")


def _cutoff(p: Mapping[str, Any], f: Formatter) -> str:
    when = f.date(p["draw_date"]) if p.get("draw_date") else "date not known"
    text = f"Latest {f.word('draw', p['draw'])} round: cut-off {p['score']} ({when})"
    if p.get("stale"):
        age = f"{f.num(p['age_days'])} days old" if p.get("age_days") is not None else "its date unknown"
        text += f": stale ({age}); verify the latest rounds"
    return text + "."


def _programs(p: Mapping[str, Any], f: Formatter) -> str:
    names = [f.word("program", code) for code in p["programs"]]
    return f"Eligible to enter the pool under: {f.join(names)}."


def _rounds(p: Mapping[str, Any], f: Formatter) -> str:
    names = [f.word("draw", code) for code in p["rounds"]]
    return (f"The rounds on record ({f.join(names)}) do not invite this profile: only an all-program round, a "
            "round of one of their programs, a provincial nomination, French at NCLC 7 or an occupational category "
            "they meet would.")


# Codes no rule emits any more, kept so results saved before still read: the Express Entry cut-offs were
# "general" and "French" before issue 11 (now ``express_entry.reason.cutoff`` by round type).
KEPT_FOR_SAVED_RESULTS = frozenset({"express_entry.reason.general_cutoff", "express_entry.reason.french_cutoff"})

TEXTS: dict[str, Template] = {
    "legacy.text": "{text}",

    # --- temporary residence: visitor visa, study permit, work permit ---------------------------
    "temporary.summary.holds_document": "Already holds a valid Canadian visa or permit: {pathway:pathway} possible",
    "temporary.reason.holds_document": (
        "They hold a valid Canadian visa or permit, so travel to Canada is possible; admission is still decided by "
        "the border officer, and the stay is temporary."),
    "temporary.step.check_document": "Check the document's type and expiry date.",
    "temporary.step.plan_permanent": "Plan a permanent route before it expires.",
    "temporary.summary.depends_on_us_status": "{pathway:pathway}: depends on the client's U.S. status",
    "temporary.reason.depends_on_us_status": (
        "Whether they can show they would leave Canada turns on their U.S. status."),
    "temporary.reason.intent_doubtful": (
        "Their U.S. status is temporary or ending and they cannot be expected to return home, so an officer is "
        "unlikely to be satisfied they will leave Canada (IRPR s.179(b))."),
    "temporary.reason.us_visa_ties": (
        "They hold a U.S. visa status that is not ending, which can show ties to return to."),
    "temporary.reason.us_lasting_ties": (
        "U.S. citizenship or permanent residence is a lasting tie to return to, which helps show the stay in Canada "
        "is temporary."),
    "temporary.summary.visa_exempt": "No visitor visa needed: {status:us_status} holders are visa-exempt",
    "temporary.reason.visa_exempt": (
        "Holders of {status:us_status} are visa-exempt for Canada (IRPR s.190); a border officer still checks that "
        "the visit is temporary (IRPR s.179(b))."),
    "temporary.step.visa_exempt_border": (
        "Travel with the U.S. passport and proof of ties (work, home) for the border officer; a visit does not lead "
        "to staying."),
    "study_permit.step.attestation_letter": (
        "Most study permit applications need a provincial or territorial attestation letter (PAL) under the national "
        "cap."),
    # What each U.S. status says about ties to the U.S. on the date (``usstatus.us_ties``).
    "us_ties.citizen": "The client is a U.S. citizen.",
    "us_ties.permanent_resident": "The client is a U.S. permanent resident.",
    "us_ties.visa": lambda p, f: (
        f"U.S. visa status valid until {f.date(p['until'])}." if p.get("until") else
        "U.S. visa status; the date it ends is not recorded."),
    "us_ties.ended": _ended,
    "us_ties.temporary_until": _temporary_until,
    "us_ties.temporary_end_unknown": _temporary_end_unknown,
    "us_ties.tps_until": "TPS for {country:country} runs to {until:date}, but it is temporary.",
    "us_ties.tps_unknown": (
        "TPS for {country:country} was to end on {ended:date}; no decision on it is recorded: status unknown — "
        "verify (if none was published in time, the statute extends it automatically, to {extended_to:date})."),
    "us_ties.tps_block_superseded": _block_superseded,
    "us_ties.tps_blocked": lambda p, f: (
        f"TPS for {f.word('country', p['country'])} was terminated from {f.date(p['ended'])}, but the termination is "
        f"blocked by a court{' (' + p['order'] + ')' if p.get('order') else ''}: status may continue while the order "
        "holds — verify."),
    "us_ties.tps_litigation_unknown": lambda p, f: (
        f"TPS for {f.word('country', p['country'])} was terminated from {f.date(p['ended'])}; the outcome of the "
        "litigation is not known — verify."),
    "us_ties.parole_superseded": _parole_superseded,
    "us_ties.parole_blocked": lambda p, f: (
        f"{p['program']} parole was terminated from {f.date(p['ended'])}, but the termination is blocked by a court"
        f"{' (' + p['order'] + ')' if p.get('order') else ''}: parole may continue while the order holds — verify."),
    "us_ties.none_recorded": (
        "No U.S. status is recorded: nothing in the U.S. shows a place to return to, so only ties elsewhere could."),
    "temporary.summary.intent_to_return": "{pathway:pathway}: unlikely — intent to return (IRPR 179(b))",
    "temporary.summary.strong_application": "{pathway:pathway}: possible, with a strong application",
    "visitor_visa.step.what_would_change": (
        "What would change it: a valid U.S. status that continues, property, family or work that requires their "
        "return, or an urgent reason to visit with proof of departure."),
    "visitor_visa.step.refusal_stays": "Do not rely on a visitor visa to stay: a refusal stays on file.",
    "study_permit.step.what_would_change": (
        "What would change it: an admission letter from a designated learning institution, proof of funds, and a "
        "credible study plan with ties to return."),
    "study_permit.step.spouse_work_permit": "A study permit holder's spouse in Canada may qualify for a work permit.",
    "work_permit.reason.job_offer": (
        "They have a Canadian job offer, which can support an employer-specific work permit (with an LMIA or an "
        "exemption); dual intent is allowed (IRPA s.22(2))."),
    "work_permit.step.what_would_change": (
        "What would change it: a job offer with an LMIA or LMIA exemption, or an open work permit through a spouse "
        "who is studying or working in Canada."),
    "work_permit.step.ask_employer": "Ask the employer whether they will apply for an LMIA.",

    # --- the Safe Third Country Agreement's exceptions (both refugee routes) ---------------------
    "stca.exception.family": _family_exception,
    "stca.exception.minor": (
        "Unaccompanied minor exception: under {age_limit}, not accompanied by a parent or legal guardian, with none "
        "in Canada or the U.S., and no spouse or partner."),
    "stca.exception.documents": (
        "Document holder exception: holds a valid Canadian visa (not a transit visa), work or study permit, or "
        "other admission document."),
    "stca.exception.public_interest": (
        "Public interest exception: charged with or convicted of an offence punishable by the death penalty."),
    "stca.step.gather_proof": (
        "Gather proof of the exception (the relative's proof of status and of the relationship, or the document) "
        "before going to the land port of entry."),
    "stca.step.refer_lawyer": "The claim must still be eligible and well-founded: refer to a Canadian refugee lawyer.",

    # --- refugee claim at a land port of entry ---------------------------------------------------
    "poe_claim.summary.exception": "STCA exception applies: {exception:stca_exception}",
    "poe_claim.reason.exception_lets_claim": (
        "With an exception, a claim at a land port of entry is not barred by the Safe Third Country Agreement."),
    "poe_claim.summary.facts_missing": "Barred by the STCA unless an exception applies: facts missing",
    "poe_claim.reason.facts_missing": (
        "A claim at a land port of entry is barred by the Safe Third Country Agreement unless an exception applies; "
        "some facts that decide the exceptions are unknown."),
    "poe_claim.step.ask_exception_facts": (
        "Ask about relatives in Canada and their status, Canadian visas or permits, and (for a minor) parents or "
        "guardians."),
    "poe_claim.summary.barred": "Barred by the Safe Third Country Agreement (no exception)",
    "poe_claim.reason.barred": (
        "A refugee claim at a Canada-U.S. land port of entry is barred by the STCA, and none of the exceptions "
        "applies: no qualifying family member in Canada (cousins do not count), not an unaccompanied minor, no "
        "Canadian visa or permit, no death-penalty exposure."),
    "poe_claim.summary.one_year_bar": "Ineligible: more than one year since entering Canada (C-12)",
    "poe_claim.reason.one_year_bar": _one_year_bar,
    "poe_claim.step.other_routes": (
        "Check the other routes; a relative's change of status (e.g. becoming a permanent resident) would change "
        "this answer."),

    # --- refugee claim after crossing between ports ----------------------------------------------
    "irregular_claim.summary.entry_unknown": "Depends on whether and how they entered Canada",
    "irregular_claim.reason.entry_unknown": (
        "The answer turns on how and when the client entered (or would enter) Canada."),
    "irregular_claim.summary.crossing_date_unknown": "Crossed between ports: on what date?",
    "irregular_claim.reason.crossing_date_unknown": (
        "They crossed between ports of entry; whether a claim is barred (STCA within 14 days, Bill C-12 after day "
        "14, the one-year bar) turns on the date of the crossing."),
    "irregular_claim.summary.not_irregular": "Not an irregular entry: see the port-of-entry claim",
    "irregular_claim.reason.not_irregular": (
        "They entered (or would enter) at a port of entry or an airport, so this route does not apply; a claim "
        "there is assessed as a port-of-entry claim."),
    "irregular_claim.summary.not_covered": "A claim after crossing between ports is not barred by the STCA",
    "irregular_claim.reason.not_covered": (
        "Before 25 March 2023 the STCA applied only at ports of entry: a claim made after crossing between ports "
        "was not barred."),
    "irregular_claim.step.not_lawful_entry": (
        "Crossing between ports is not lawful entry; refer to a refugee lawyer before any decision."),
    "irregular_claim.summary.closed_after_window": "Ineligible: C-12 closed the claim after day {window}",
    "irregular_claim.reason.closed_after_window": (
        "Since the 2023 Additional Protocol, a claim within {window} days of crossing between ports is returned under "
        "the STCA, and no exception applies to the client; since Bill C-12 (in force {c12_in_force:date}), a claim "
        "after day {window} is ineligible for referral to the IRB (only a PRRA remains)."),
    "irregular_claim.summary.inadvisable_use_port": (
        "Inadvisable: an STCA exception applies, so claim at a port of entry instead"),
    "irregular_claim.reason.exception_use_port": (
        "With this exception a claim made within {window} days of crossing between ports could proceed, so the route "
        "is not barred; but crossing between ports is not a lawful entry, a claim after day {window} is ineligible "
        "under Bill C-12 (in force {c12_in_force:date}), and the same exception lets the client claim at a land port "
        "of entry."),
    "irregular_claim.step.use_the_port": (
        "Claim at a land port of entry with proof of the exception; do not advise crossing between ports."),
    "irregular_claim.summary.not_crossed_exceptions_to_check": (
        "Not in Canada: whether a crossing would be barred turns on the STCA exceptions"),
    "irregular_claim.reason.not_crossed_exceptions_to_check": (
        "A claim within {window} days of crossing between ports is returned under the STCA unless an exception "
        "applies, and a claim after day {window} is ineligible under Bill C-12 (in force {c12_in_force:date}); some "
        "facts that decide the exceptions are unknown. Either way, a port of entry is the lawful route."),
    "irregular_claim.step.do_not_advise_crossing": (
        "Do not advise an irregular crossing; check the STCA exceptions at a port of entry instead."),
    "irregular_claim.summary.risky": "Risky: only a claim after {window} days undetected in Canada",
    "irregular_claim.reason.risky": (
        "Since 25 March 2023 a person who crosses between ports and claims within {window} days is returned to the "
        "U.S. under the STCA; a claim made after day {window} can proceed, but staying undetected is risky and "
        "legally precarious."),
    "irregular_claim.step.refer_lawyer_exceptions_first": (
        "Refer to a refugee lawyer; check the STCA exceptions at a port of entry first."),
    "irregular_claim.summary.one_year_bar": "Ineligible: claim more than one year after entry (C-12)",
    "irregular_claim.reason.one_year_bar": _one_year_bar,
    "irregular_claim.step.prra": "A pre-removal risk assessment (PRRA) is the remaining protection route.",
    "irregular_claim.summary.exception_within_window": "Within {window} days, but an STCA exception applies",
    "irregular_claim.reason.exception_within_window": lambda p, f: (
        f"The claim ({_claim(p, f, on=False)}) is within {p['window']} days of crossing, where the STCA applies; the "
        "exception lets it proceed."),
    "irregular_claim.summary.exceptions_to_check": "Within the {window}-day STCA window: exceptions to check",
    "irregular_claim.reason.exceptions_to_check": (
        "Day {day} after crossing: a claim now is returned under the STCA unless an exception applies, and some "
        "facts that decide the exceptions are unknown."),
    "irregular_claim.summary.within_window": "Barred: within {window} days of an irregular crossing (STCA)",
    "irregular_claim.reason.within_window": (
        "Day {day} after crossing between ports: a claim within {window} days is returned to the U.S. under the "
        "STCA, and no exception applies."),
    "irregular_claim.reason.later_claim_not_barred": (
        "Under the rules in force on {today:date}, a claim made from {first_day:date} (day {day}) would not be "
        "barred."),
    "irregular_claim.summary.after_window_c12": "Ineligible: claim after day {window} (Bill C-12)",
    "irregular_claim.reason.after_window_c12": lambda p, f: (
        f"The claim ({_claim(p, f)}) comes {p['days']} days after crossing between ports; under Bill C-12 (in force "
        f"{f.date(p['c12_in_force'])}) a claim made after day {p['window']} is ineligible for referral to the IRB."),
    "irregular_claim.summary.crossed_before_protocol": "Crossed before the STCA covered crossings between ports",
    "irregular_claim.reason.crossed_before_protocol": lambda p, f: (
        f"They crossed between ports on {f.date(p['entered'])}, before the Additional Protocol (in force 25 March "
        f"2023): the STCA did not cover a claim made after crossing between ports, and the claim ({_claim(p, f)}) "
        "is not caught by Bill C-12."),
    "irregular_claim.step.claim_without_delay": "Make the claim without delay and refer to a refugee lawyer.",
    "irregular_claim.summary.after_window_before_c12": "Claim after day {window} can be referred (rules before C-12)",
    "irregular_claim.reason.after_window_before_c12": lambda p, f: (
        f"The claim ({_claim(p, f, on=False)}) comes {p['days']} days after crossing between ports: past the "
        f"{p['window']}-day STCA window and before Bill C-12 closed that route."),

    # --- Bill C-12 and U.S. citizens, both refugee routes -----------------------------------------------
    "claim_rules.summary.unaccompanied_minor": (
        "Caught by Bill C-12, but officers are to consider a minor's circumstances"),
    "claim_rules.reason.unaccompanied_minor": (
        "The client is under 18 and not known to be accompanied by a parent or guardian: officers are to receive "
        "guidance to consider the individual circumstances of unaccompanied minors caught by Bill C-12's rules, so "
        "the claim is not simply ineligible; the outcome is uncertain."),
    "claim_rules.step.seek_counsel_minor": (
        "Seek counsel for the minor now (a refugee lawyer, and a designated representative for the claim)."),
    "claim_rules.reason.bar_falls": lambda p, f: (
        f"Bill C-12's one-year bar: a claim made after {f.date(p['last_day'])} is ineligible (one year after the "
        f"{'first entry after 24 June 2020' if p.get('first') else 'entry'}, on {f.date(p['entered'])})."),
    "claim_rules.reason.first_entry_unknown": (
        "Counted from the entry on {entered:date}: if the client entered Canada earlier (after 24 June 2020), even if "
        "they left since, the year runs from that first entry. Record it."),
    "claim_rules.step.ask_earlier_entries": (
        "Ask whether the client has been in Canada since 24 June 2020: under Bill C-12 a claim more than one year "
        "after that first entry is ineligible, even after leaving and coming back."),
    "refugee.summary.us_citizen": "The STCA does not apply to a U.S. citizen, but a claim must show a risk in the U.S.",
    "refugee.reason.stca_not_for_us_citizens": (
        "The Safe Third Country Agreement does not apply to U.S. citizens (IRPR s.159.2): a claim is not returned "
        "under it."),
    "refugee.reason.claim_against_us": (
        "A refugee claim must show a well-founded fear in every country of citizenship, the U.S. included; claims "
        "against the U.S. rarely succeed."),
    "refugee.step.us_citizen_other_routes": (
        "Look at the routes open to U.S. citizens (work, study, family, Express Entry) before a refugee claim."),

    # --- citizenship by descent -------------------------------------------------------------------
    "citizenship.summary.born_in_canada": "Born in Canada: a citizen by birth",
    "citizenship.reason.born_in_canada": (
        "The client was born in Canada, which makes them a Canadian citizen by birth (unless a parent was a foreign "
        "diplomat)."),
    "citizenship.step.canadian_birth_certificate": (
        "Order a Canadian birth certificate from the province of birth, then a passport."),
    "citizenship.summary.parent_born_in_canada": "Likely already Canadian: {parent:relation} born in Canada",
    "citizenship.reason.parent_born_in_canada": (
        "The client's {parent:relation} was a Canadian citizen at the client's birth, born in Canada: a child born "
        "abroad to such a parent is a citizen by descent (first generation)."),
    "citizenship.summary.parent_naturalized": "Likely already Canadian: {parent:relation} naturalized in Canada",
    "citizenship.reason.parent_naturalized": (
        "The client's {parent:relation} was a Canadian citizen at the client's birth, naturalized in Canada: a child "
        "born abroad to such a parent is a citizen by descent (first generation)."),
    "citizenship.summary.descent_restored": (
        "Likely already Canadian: {parent:relation} Canadian at birth, restored by Bill C-3"),
    "citizenship.reason.descent_restored": (
        "The client's {parent:relation} was Canadian at the client's birth ({born:date}, before {cutoff:date}); Bill "
        "C-3 made people born before that date, who were shut out by the first-generation limit, citizens "
        "automatically."),
    "citizenship.summary.connection_met": "Citizen by descent: {parent:relation} meets the {days_needed:num}-day test",
    "citizenship.reason.connection_met": (
        "Born on or after {cutoff:date} to a {parent:relation} born abroad who spent {days:num} days in Canada before "
        "the birth: at least {days_needed:num} days, the substantial-connection test of Bill C-3."),
    "citizenship.step.prove_days": "Include evidence of the parent's days in Canada (school, work, tax records).",
    "citizenship.summary.connection_short": (
        "Not a citizen: {parent:relation} has {days:num} of {days_needed:num} days in Canada"),
    "citizenship.reason.connection_short": (
        "Born on or after {cutoff:date} to a {parent:relation} born abroad with only {days:num} days in Canada before "
        "the birth; Bill C-3 requires {days_needed:num}."),
    "citizenship.summary.first_generation_limit": "Blocked by the first-generation limit (before Bill C-3)",
    "citizenship.reason.first_generation_limit": (
        "The client's {parent:relation} was a citizen by descent (born abroad); on {today:date} the first-generation "
        "limit of {limit:date} stops citizenship passing to a second generation born abroad. The limit was struck "
        "down (Ontario Superior Court, 19 December 2023) and a discretionary grant under s.5(4) was the interim "
        "route."),
    "citizenship.step.ask_lawyer_grant": (
        "Ask a lawyer about a s.5(4) grant; the replacement law (Bill C-3) was pending."),
    "citizenship.summary.descent_before_limit": "Possibly Canadian: {parent:relation} Canadian by descent",
    "citizenship.reason.descent_before_limit": (
        "The client's {parent:relation} was a citizen by descent at the client's birth; before the 2009 "
        "first-generation limit, citizenship could pass to a second generation born abroad."),
    "citizenship.summary.grandparent": "Possibly Canadian through a Canadian-born grandparent",
    "citizenship.reason.grandparent": (
        "A grandparent was born in Canada: the client's parent may be a citizen by descent (Bill C-3 restored "
        "citizenship to people born abroad before 15 December 2025 who were shut out by the first-generation "
        "limit), and if so, so may the client."),
    "citizenship.step.parent_applies_first": (
        "First confirm the parent's status: the parent applies for a citizenship certificate with the "
        "grandparent's Canadian birth certificate."),
    "citizenship.summary.ask_parents": "Ask about the parents: were they Canadian at the client's birth?",
    "citizenship.reason.ask_parents": (
        "Whether the client is already Canadian turns on whether a parent was a Canadian citizen when the client "
        "was born, and how that parent became Canadian."),
    "citizenship.step.ask_parents": (
        "Ask: was either parent (or a grandparent) born in Canada, or a Canadian citizen when the client was born?"),
    "citizenship.summary.ask_grandparents": "No Canadian parent recorded; ask about grandparents",
    "citizenship.reason.ask_grandparents": (
        "No parent was Canadian at the client's birth; a grandparent born in Canada could still make the parent, "
        "and so the client, Canadian."),
    "citizenship.summary.no_canadian_parent": "No Canadian parent or grandparent",
    "citizenship.reason.no_canadian_parent": (
        "Citizenship by descent needs a parent who was Canadian at the client's birth; none was, and no grandparent "
        "was born in Canada."),
    "citizenship.step.apply_certificate": (
        "Apply for a citizenship certificate (proof of citizenship, form {form}, checklist {checklist})."),
    "citizenship.step.gather_birth_documents": (
        "Gather the client's long-form birth certificate naming the parent, and the parent's Canadian birth "
        "certificate or citizenship certificate."),
    "citizenship.step.fee": _fee,
    "citizenship.step.processing": (
        "Processing: about {months} months (IRCC estimate); urgent processing can be requested."),

    # --- Express Entry ----------------------------------------------------------------------------
    "express_entry.summary.needs_facts": "Needs education, work and language facts to score",
    "express_entry.reason.needs_facts": (
        "Express Entry ranks candidates on age, education, language and work experience; these are not recorded "
        "yet."),
    "express_entry.summary.no_grid": "No Express Entry ranking grid (CRS) in the policy data for this date",
    "express_entry.reason.no_grid": (
        "The policy data hold no CRS grid in force on {on:date}, so no score can be given."),
    "express_entry.summary.intends_quebec": "Intends to live in Quebec: Quebec selects its own skilled workers",
    "express_entry.reason.intends_quebec": (
        "Express Entry's federal programs require the intention to live outside Quebec; Quebec selects skilled "
        "workers itself (PSTQ, through Arrima)."),
    "quebec.step.check_pstq": "Check the Quebec skilled worker program (PSTQ).",
    "express_entry.reason.score": (
        "CRS score {score} on {as_of:date} (core {core}, spouse {spouse}, transferability {transferability}, "
        "additional {additional})."),
    "express_entry.reason.general_cutoff": "Latest general cut-off: {score} ({draw_date:date}).",
    "express_entry.reason.programs": _programs,
    "express_entry.reason.cutoff": _cutoff,
    "express_entry.summary.no_round": "CRS {score}: no recent round open to this profile",
    "express_entry.reason.no_round": _rounds,
    "express_entry.step.open_rounds": (
        "A provincial nomination (+600 and PNP rounds), French at NCLC 7 or more, a year of Canadian work, "
        "or 12 months in an occupational category would open rounds to this profile."),
    "express_entry.summary.above_stale_cutoff": (
        "CRS {score}: at or above the {draw:draw} cut-off ({cutoff}), but that cut-off is stale"),
    "express_entry.reason.stale_cutoff": lambda p, f: (
        f"The {f.word('draw', p['draw'])} cut-off is "
        + (f"{f.num(p['days'])} days old" if p.get("days") is not None else "of a round whose date is not known")
        + (f" (stale after {f.num(p['limit'])} days)" if p.get("limit") is not None else "")
        + ": later rounds may have cut off higher or lower, so this is not a promising answer until checked."),
    "express_entry.step.check_latest_rounds": "Check IRCC's latest rounds of invitations before relying on this.",
    "express_entry.reason.above_recent_range": (
        "That cut-off is stale, but the score clears every {draw:draw} cut-off of the last {days} days (the highest "
        "was {highest}): still verify the latest rounds."),
    # Program eligibility (``pathways/eeprograms.py``).
    "ee_program.reason.eligible": "{program:program}: the minimum requirements are met.",
    "ee_program.reason.rules_unknown": "{program:program}: no requirements in the policy data for {on:date}.",
    "ee_program.reason.language_short": (
        "{program:program}: language at CLB/NCLC {level} in the weakest ability; {needed} is needed in all four."),
    "ee_program.reason.fsw_work_short": (
        "Federal Skilled Worker: {years} years of skilled work in the last {within} years; at least {needed} year of "
        "continuous skilled work is needed."),
    "ee_program.reason.fsw_education": (
        "Federal Skilled Worker: a secondary or post-secondary credential is needed (foreign ones with an ECA)."),
    "ee_program.reason.fsw_points": (
        "Federal Skilled Worker: {points} points on the selection grid (pass mark {pass_mark})."),
    "ee_program.reason.fsw_points_so_far": (
        "Federal Skilled Worker: {points} points so far on the selection grid (pass mark {pass_mark}); facts still "
        "unknown may add more."),
    "ee_program.reason.fsw_points_short": (
        "Federal Skilled Worker: {points} points on the selection grid, below the pass mark of {pass_mark} (language "
        "{language}, education {education}, experience {experience}, age {age}, arranged employment {arranged}, "
        "adaptability {adaptability})."),
    "ee_program.reason.funds_short": (
        "{program:program}: settlement funds of {funds:money} for a family of {family}; {needed:money} are needed "
        "(unless authorized to work in Canada with a valid job offer)."),
    "ee_program.reason.funds_met": (
        "{program:program}: settlement funds of {funds:money} meet the {needed:money} needed "
        "for a family of {family}."),
    "ee_program.reason.funds_above_net_worth": (
        "{program:program}: a net worth of {net_worth:money} cannot cover the settlement funds, at least "
        "{needed:money} for a family of {family} (unless authorized to work in Canada with a valid job offer)."),
    "ee_program.reason.fsw_work_from_crs_years": (
        "Federal Skilled Worker: {years} years of skilled work in the last ten years, read from the work years of "
        "the score; confirm that at least one year was continuous in one occupation."),
    "ee_program.reason.funds_table_unknown": (
        "No settlement-funds table in the policy data for {on:date}: check the amount needed with IRCC."),
    "ee_program.reason.cec_work_short": (
        "Canadian Experience Class: {years} years of skilled work in Canada in the last {within} years; {needed} is "
        "needed."),
    "ee_program.reason.not_skilled_teer": "{program:program}: TEER {teer} work is not skilled work (TEER 0-3).",
    "ee_program.reason.cec_language_short": (
        "Canadian Experience Class: CLB/NCLC {level} in the weakest ability; TEER {teer} work needs {needed}."),
    "ee_program.reason.fst_work_short": (
        "Federal Skilled Trades: {years} years in a skilled trade in the last {within} years; {needed} are needed."),
    "ee_program.reason.fst_language_short": (
        "Federal Skilled Trades: CLB/NCLC 5 in speaking and listening and 4 in reading and writing are needed."),
    "ee_program.reason.fst_no_offer_or_certificate": (
        "Federal Skilled Trades: a job offer of at least a year or a Canadian certificate of qualification is "
        "needed."),
    "express_entry.reason.french_cutoff": "Latest French-language category cut-off: {score} ({draw_date:date}).",
    "express_entry.step.credential_assessment": "Get an educational credential assessment (ECA) for foreign degrees.",
    "express_entry.step.language_test": (
        "Book an approved language test (IELTS General, CELPIP, PTE Core, TEF or TCF Canada) if not done."),
    "express_entry.step.processing": "After an invitation, processing takes about {months} months.",
    "express_entry.summary.cannot_tell": "Cannot tell yet whether a programme fits",
    "express_entry.reason.pool_needs": (
        "To enter the pool they must meet one program's requirements (Federal Skilled Worker, Canadian Experience "
        "Class or Federal Skilled Trades); the facts that decide it are not all recorded."),
    "express_entry.summary.no_programme": "No Express Entry programme fits yet",
    "express_entry.reason.no_programme": (
        "To enter the pool they must meet one program's requirements: Federal Skilled Worker (CLB/NCLC 7, a year of "
        "skilled work in the last ten years, 67 points, settlement funds), Canadian Experience Class (a year of "
        "Canadian skilled work in the last three years, CLB 7 or 5 by TEER) or Federal Skilled Trades."),
    "express_entry.step.open_fsw": (
        "A language test at CLB 7 and a year of skilled work would open the Federal Skilled Worker programme."),
    "express_entry.reason.french_category": (
        "NCLC 7 or higher in all four French abilities: eligible for French-language draws."),
    "express_entry.summary.no_cutoff": "CRS {score}; no cut-off on record for this date",
    "express_entry.summary.above_cutoff": "CRS {score}: at or above the {draw:draw} cut-off ({cutoff})",
    "express_entry.step.create_profile": "Create an Express Entry profile now.",
    "express_entry.summary.near_cutoff": "CRS {score}: {gap} points below the {draw:draw} cut-off",
    "express_entry.reason.near_cutoff": (
        "Close to the cut-off: better language scores or a provincial nomination (+600) would change this."),
    "express_entry.summary.far_below": "CRS {score}: far below the {draw:draw} cut-off ({cutoff})",
    "express_entry.reason.far_below": (
        "Recent cut-offs are well above this score; a provincial nomination (+600) or French at NCLC 7+ would change "
        "the picture."),

    # --- Provincial Nominee Program ---------------------------------------------------------------
    "pnp.reason.allocation": "The {year} allocation for all provinces is {count:num} nominations.",
    "pnp.summary.nominated": "Already holds a provincial nomination",
    "pnp.reason.nominated": (
        "A provincial nomination adds 600 CRS points in Express Entry, or leads to a base PNP application."),
    "pnp.step.apply_within_validity": "Apply for permanent residence within the nomination's validity.",
    "pnp.summary.quebec": "Quebec has no PNP: it selects its own immigrants",
    "pnp.reason.quebec": (
        "Quebec does not take part in the Provincial Nominee Program; it runs its own selection (PSTQ through "
        "Arrima)."),
    "pnp.summary.job_offer": lambda p, f: (
        f"Job offer in {_job_offer_province(p, f)}: check its employer-driven streams"),
    "pnp.reason.job_offer": (
        "Most provinces now favour people already living or working there, or holding a job offer; with a Canadian "
        "job offer an employer stream may fit."),
    "pnp.step.check_streams": lambda p, f: (
        f"Check {_job_offer_province(p, f)}'s nominee streams for the occupation (TEER "
        f"{p['teer'] if p.get('teer') is not None else '?'})."),
    "pnp.summary.depends_on_ties": "Depends on a job offer or ties to a province",
    "pnp.reason.depends_on_ties": "Provinces nominate mostly people with a job offer, work or study in the province.",
    "pnp.summary.no_ties": "Unlikely without a job offer or ties to a province",
    "pnp.reason.no_ties": (
        "Without a job offer, residence or work in a province, few streams are open: provinces cut intake (about 50% "
        "in 2025) and favour people already there."),
    "pnp.step.review_streams": (
        "Review the provinces' streams for in-demand occupations (health care, trades, French speakers) anyway."),

    # --- spousal or partner sponsorship -----------------------------------------------------------
    "spousal.summary.no_partner": "No spouse or partner",
    "spousal.reason.no_partner": (
        "Spousal sponsorship needs a spouse, common-law or conjugal partner who is a Canadian citizen or permanent "
        "resident; the client has none recorded."),
    "spousal.summary.ask_partner": "Ask about a spouse or partner in Canada",
    "spousal.reason.ask_partner": (
        "Sponsorship by a Canadian spouse or partner is the strongest route; the partner's facts are not recorded."),
    "spousal.summary.partner_cannot_sponsor": "The partner cannot sponsor: not a citizen or permanent resident",
    "spousal.reason.partner_cannot_sponsor": (
        "The partner's status in Canada ({status:status}) does not allow sponsoring; a sponsor must be a Canadian "
        "citizen or permanent resident (or registered Indian)."),
    "spousal.step.if_partner_becomes_resident": "If the partner becomes a permanent resident, this route opens.",
    "spousal.summary.confirm_partner": "Partner found: confirm the relationship and their status",
    "spousal.reason.confirm_partner": (
        "A partner is recorded, but the relationship or their Canadian status is unknown."),
    "spousal.summary.client_under_age": "The client is under {min_age}",
    "spousal.reason.client_under_age": "A sponsored spouse or partner must be {min_age} or older; the client is {age}.",
    "spousal.reason.sponsor": "Sponsor: their {relationship:relationship} is a Canadian {status:status}.",
    "spousal.summary.resident_lives_where": "Permanent-resident sponsor: do they live in Canada?",
    "spousal.reason.resident_must_live_in_canada": "A permanent resident can sponsor only while living in Canada.",
    "spousal.summary.resident_abroad": "A permanent-resident sponsor must live in Canada",
    "spousal.reason.resident_abroad": (
        "A permanent resident can sponsor only while living in Canada; the partner lives abroad."),
    "spousal.step.partner_returns": "The partner would have to return to live in Canada first.",
    "spousal.summary.since_when": lambda p, f: (
        f"{_capitalized(f.word('relationship_kind', p['relationship']))} relationship: since when?"),
    "spousal.reason.minimum_length": lambda p, f: (
        f"{_capitalized(_a(f.word('relationship_kind', p['relationship'])))} partner must have been in the "
        f"relationship for at least {p['months']} months."),
    "spousal.reason.relationship_too_short": (
        "The relationship began {since:date}: {months} months so far, {min_months} needed for a common-law or "
        "conjugal partner (marriage has no minimum); that is reached on {ready:date}."),
    "spousal.reason.relationship_long_enough": "Together since {since:date}: more than {min_months} months.",
    "spousal.reason.no_minimum_length": "A marriage has no minimum length.",
    "spousal.reason.citizen_abroad": (
        "A citizen sponsor living abroad must show they will return to live in Canada when the client becomes a "
        "permanent resident."),
    "spousal.step.apply_outland": (
        "Apply from outside Canada (outland): the client is not living in Canada with the sponsor."),
    "spousal.step.processing": _spousal_processing,
    "spousal.step.gather_documents": (
        "Gather relationship evidence, identity documents, police certificates and the medical exam; forms IMM 1344, "
        "IMM 0008, IMM 5532, IMM 5669."),
    "spousal.step.keep_us_status": (
        "While waiting: keep U.S. status as long as possible; if it ends, the wait may have to happen in another "
        "country. A visitor visa to wait in Canada is usually refused."),
    "spousal.summary.strongest_route": "Sponsorship by their Canadian partner: the strongest route",
    "spousal.summary.once_long_enough": "Sponsorship possible once the relationship is long enough",

    # --- other family sponsorship -----------------------------------------------------------------
    "other_family.summary.ask_relatives": "Ask about relatives in Canada",
    "other_family.reason.ask_relatives": (
        "Other family sponsorship needs a citizen or permanent-resident relative in Canada."),
    "other_family.summary.dependent_child": "A parent in Canada may sponsor them as a dependent child",
    "other_family.reason.dependent_child": (
        "A parent who is a Canadian {status:status} can sponsor a child under {under} without a spouse or partner."),
    "other_family.step.check_dependent_child": "Check the dependent-child sponsorship requirements with the parent.",
    "other_family.summary.age_decides": "A parent in Canada: the client's age decides",
    "other_family.reason.age_decides": "A Canadian parent can sponsor a dependent child under {under}.",
    "other_family.summary.pgp_closed": "Parents and Grandparents Program: no new applications",
    "other_family.reason.pgp_closed": (
        "Their child in Canada could sponsor them as a parent, but the Parents and Grandparents Program is taking no "
        "new applications."),
    "other_family.step.super_visa": (
        "The super visa (long visits) is still open, though it needs an intent to return."),
    "other_family.summary.pgp_lottery": "Parents and Grandparents Program: small lottery intakes",
    "other_family.reason.pgp_lottery": (
        "Their child in Canada could sponsor them as a parent, but intakes are small and drawn by lottery from past "
        "interest forms."),
    "other_family.summary.orphan": "An orphaned minor may be sponsored by a relative",
    "other_family.reason.orphan": (
        "A citizen or permanent-resident relative can sponsor an orphaned brother, sister, nephew, niece or "
        "grandchild under {under} who is not married."),
    "other_family.step.orphan_evidence": "Confirm both parents have died; gather death certificates.",
    "other_family.summary.no_sponsor": "No relative in Canada who can sponsor them",
    "other_family.reason.no_sponsor": (
        "Outside spouses and partners, only a parent (for a dependent child), a child (for parents, program closed "
        "in 2026) or, for an orphaned minor, a close relative can sponsor; no such relative with Canadian "
        "citizenship or permanent residence is recorded."),

    # --- business programs ------------------------------------------------------------------------
    "self_employed.summary.paused": "Federal Self-Employed Persons Program: paused",
    "self_employed.reason.paused": _self_employed_paused,
    "self_employed.step.quebec_stream": (
        "Quebec's self-employed stream (French required) is assessed under Quebec business programs."),
    "self_employed.summary.needs_experience": "Needs cultural or athletic self-employment experience",
    "self_employed.reason.needs_experience": (
        "The program is for people with at least two years of relevant cultural or athletic experience."),
    "self_employed.summary.experience": "{years} years of cultural or athletic experience",
    "self_employed.reason.experience_meets": (
        "At least two years of self-employment or world-class participation in cultural or athletic activities, "
        "which the program requires."),
    "self_employed.summary.experience_short": "Less than two years of cultural or athletic experience",
    "self_employed.reason.experience_short": (
        "The program requires at least two years of relevant cultural or athletic experience."),
    "quebec_business.reason.intake_unknown": (
        "Intake for the Quebec business programs is not established for this date: verify with the Ministère de "
        "l'Immigration before advising."),
    "quebec_business.summary.closed": "Quebec business programs: not accepting applications",
    "quebec_business.reason.closed": (
        "Quebec's investor, entrepreneur and self-employed programs take no applications now."),
    "quebec_business.summary.not_quebec": "Only for people who intend to live in Quebec",
    "quebec_business.reason.not_quebec": "Quebec's business programs require the intention to settle in Quebec.",
    "quebec_business.summary.depends": "Depends on capital and French",
    "quebec_business.reason.requirements": (
        "Quebec's investor program asks for {net_worth:money} net worth and French; the entrepreneur and "
        "self-employed streams also require French."),
    "quebec_business.reason.profile": "Net worth {net_worth:money}; French at NCLC {french}.",
    "quebec_business.summary.investor": "Quebec investor: capital and French meet the bar",
    "quebec_business.step.refer_lawyer": "Refer to a Quebec business-immigration lawyer to confirm current intake.",
    "quebec_business.summary.entrepreneur": "Quebec entrepreneur or self-employed: worth exploring",
    "quebec_business.step.check_streams": (
        "Check the entrepreneur and self-employed streams' capital and business-plan requirements."),
    "quebec_business.summary.short": "Quebec business programs: capital or French short",
    "quebec_business.reason.short": (
        "The investor stream needs {net_worth:money} net worth; all streams now require French (NCLC {french})."),
    "start_up_visa.summary.certificate": (
        "Start-Up Visa: closed, but a 2025 commitment certificate can still be used until {deadline:date}"),
    "start_up_visa.reason.certificate": (
        "The program takes no new applications since {closed:date}, except from holders of a valid 2025 commitment "
        "certificate, who may apply until {deadline:date}; they have a designated organisation's support."),
    "start_up_visa.step.confirm_certificate": "Confirm the commitment certificate was issued in 2025 and is valid.",
    "start_up_visa.step.apply_by": "Apply for permanent residence by {deadline:date}.",
    "start_up_visa.summary.closed_but_certificates": "Start-Up Visa: closed except to 2025 commitment certificates",
    "start_up_visa.reason.closed_but_certificates": (
        "The program takes no new applications since {closed:date}, except from holders of a valid 2025 commitment "
        "certificate, who may apply until {deadline:date}."),
    "start_up_visa.summary.closed": "Start-Up Visa: closed to new applications",
    "start_up_visa.reason.closed": _start_up_closed,
    "start_up_visa.step.watch_pilot": "A new entrepreneur pilot was announced but not launched; watch for it.",
    "start_up_visa.summary.needs_support": "Needs the support of a designated organisation",
    "start_up_visa.reason.needs_support": (
        "The Start-Up Visa requires a letter of support from a designated venture capital fund, angel group or "
        "business incubator."),
    "start_up_visa.summary.backed": "Backed by a designated organisation",
    "start_up_visa.reason.backed": (
        "They have the support of a designated organisation, which the Start-Up Visa requires; selection is highly "
        "competitive."),
    "start_up_visa.summary.no_support": "No designated organisation's support",
    "start_up_visa.reason.no_support": (
        "Without a commitment from a designated organisation, a Start-Up Visa application cannot be made."),
    "investor.summary.closed": "Federal investor class: closed",
    "investor.reason.closed": "The federal Immigrant Investor class has been closed since {since:date}.",
    "investor.reason.quebec_only": (
        "Quebec's investor program remains the only investor route (about {capital:money} net worth, with French): "
        "see Quebec business programs."),
    "investor.reason.net_worth": "Recorded net worth: {net_worth:money}.",
    "investor.summary.open": "Investor class open on this date",
    "investor.reason.open": "The federal investor class was open on this date.",
}
