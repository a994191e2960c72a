"""English words for deadlines (``deadline.*``: titles, bases, caveats; see ``domain/deadlines.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..formatting import Formatter


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _status_end(p: Mapping[str, Any], fmt: Formatter) -> str:
    label = fmt.word("us_status", p.get("status") or "other")
    detail = p.get("program") or (fmt.word("country", p["country"]) if p.get("country") else None)
    return _cap(f"{label} ({detail}) ends" if detail else f"{label} ends")


def _claim_bar_title(p: Mapping[str, Any], fmt: Formatter) -> str:
    span = "One year" if p["years"] == 1 else f"{fmt.num(p['years'])} years"
    return f"{span} since entering Canada: claim bar"


def _claim_window(p: Mapping[str, Any], fmt: Formatter) -> str:
    parts = [fmt.fill("Crossed into Canada between ports of entry on {entered:date}, no claim made", p)]
    if p.get("stca_fact"):
        parts.append(fmt.fill("a claim made up to {days} days after crossing falls under the Safe Third Country "
                              "Agreement and is returned to the U.S. unless an exception applies", p))
    if p.get("c12_fact"):
        parts.append(fmt.fill("under Bill C-12 a claim made after {due:date} is ineligible for the IRB", p)
                     + (" (pre-removal risk assessment only)" if p.get("remedy") == "prra" else ""))
    return "; ".join(parts) + "."


def _claim_bar(p: Mapping[str, Any], fmt: Formatter) -> str:
    span = "one year" if p["years"] == 1 else f"{fmt.num(p['years'])} years"
    entries = f"entries after {fmt.date(p['entries_after'])}" if p.get("entries_after") else "any entry"
    if p.get("counted_from") == "canada_entry.first_entry_date":
        head = "First entered Canada (after 24 June 2020) on {entered:date}, no claim made"
    elif p.get("mode"):
        head = "Entered Canada {mode:entry_mode} on {entered:date}, no claim made"
    else:
        head = "Entered Canada on {entered:date}, no claim made"
    return fmt.fill(head + "; under Bill C-12 a claim made more than {span} after the first entry ({entries}), at a "
                    "port of entry or inland and even after leaving and coming back, is ineligible for the IRB, so "
                    "{due:date} is the last day.", {**p, "span": span, "entries": entries})


def _block_superseded(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = f" ({p['order']})" if p.get("order") else ""
    grounds = ("on non-constitutional grounds" if p.get("grounds") == "non_constitutional"
               else "on grounds not recorded")
    state = "blocked by a court" if p.get("state") == "blocked" else "under litigation"
    case = p.get("case") or "a later decision"
    return (f"The termination was {state}{order} as of {fmt.date(p['since'])}, {grounds}; {case} "
            f"({fmt.date(p['decided'])}) bars courts from reviewing a TPS termination on non-constitutional grounds, "
            f"so the block has likely ended: do not rely on status continuing — verify.{_unsure(p, fmt)}")


def _unsure(p: Mapping[str, Any], fmt: Formatter) -> str:
    """A court caveat's second sentence when the report of the order is not from an official source."""
    confidence = p.get("confidence")
    if confidence in (None, "S"):
        return ""
    return f" Court information not confirmed ({fmt.word('confidence', confidence)})."


def _court_blocked(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = f" ({p['order']})" if p.get("order") else ""
    return (f"Termination blocked by a court{order}: status may continue past this date; verify before relying "
            f"on it.{_unsure(p, fmt)}")


def _litigation_unknown(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = p.get("order") or ""
    detail = "" if not order or order.lower().startswith("litigation status unknown") else f" ({order})"
    return f"Litigation status unknown{detail}: verify before relying on it.{_unsure(p, fmt)}"


TEXTS: dict[str, Any] = {
    # -- titles: what falls due
    "deadline.title.status_end": _status_end,
    "deadline.title.ead_end": "Work permit (EAD) expires",
    "deadline.title.tps_designation_end": "TPS for {country:country} ends",
    "deadline.title.tps_status_unknown": "TPS for {country:country}: status unknown — verify",
    "deadline.title.parole_program_end": "Parole ends for all {program} parolees",
    "deadline.title.claim_window_end": "{days}-day claim window after crossing ends",
    "deadline.title.claim_bar": _claim_bar_title,
    "deadline.title.ee_application_due": "Express Entry application due",
    "deadline.title.language_test_expires": "Language test results expire",
    "deadline.title.police_certificate_too_old": "Police certificate too old",
    "deadline.title.medical_exam_expires": "Medical exam expires",
    "deadline.title.passport_expires": "Passport expires",
    "deadline.title.task": lambda p, fmt: p.get("title") or "Task",
    # -- bases: where the date comes from
    "deadline.basis.client_date": "Date entered in the client's file.",
    "deadline.basis.client_date_tps_designation_end": ("Date entered in the client's file; TPS for "
                                                       "{country:country} ends for every holder on the same day."),
    "deadline.basis.task": "Caseworker task.",
    "deadline.basis.tps_designation_end": "The date TPS for {country:country} ends for every holder.",
    "deadline.basis.tps_automatic_extension": (
        "The designation of {country:country} ran to {ended:date} and no decision on what follows is recorded: it is "
        "not shown as lapsed. If no decision was published at least 60 days before the end, {provision} extends it "
        "automatically by {months} months at a time, to {until:date}."),
    "deadline.basis.parole_program_end": "Unexpired {program} parole ends on this date.",
    "deadline.basis.claim_window": _claim_window,
    "deadline.basis.claim_bar": _claim_bar,
    "deadline.basis.ee_invitation": ("Invited to apply on {invited:date}; the application must be submitted "
                                     "within {days} days."),
    "deadline.basis.language_test": ("Language test taken on {taken:date}, usable for {months} months; the "
                                     "application must be received before this date."),
    "deadline.basis.police_certificate": ("Police certificate issued on {taken:date}, usable for {months} months; "
                                          "the application must be received before this date."),
    "deadline.basis.medical_exam": ("Medical exam done on {taken:date}, usable for {months} months; the "
                                    "application must be received before this date."),
    "deadline.cited": "Source: {source}.",
    # -- caveats: verify before relying on the date
    "deadline.caveat.court_blocked": _court_blocked,
    "deadline.caveat.litigation_unknown": _litigation_unknown,
    "deadline.caveat.court_block_superseded": _block_superseded,
    "deadline.caveat.tps_status_unknown": (
        "Status unknown — verify: no decision on TPS for {country:country} after {ended:date} is recorded, so this "
        "date is where the automatic extension would run, not a known end."),
    "deadline.caveat.own_parole_date_superseded": (
        "The client's own I-94 date ({own:date}) is later, but the termination of {program} parole ended it on "
        "{ends:date}: that date is superseded, not a live deadline."),
    "deadline.caveat.source_unconfirmed": ("Policy source not confirmed ({confidence:confidence}): verify before "
                                           "relying on it."),
    "deadline.caveat.c12_unconfirmed": ("Bill C-12 rule not confirmed ({confidence:confidence}): verify before "
                                        "relying on it."),
    "deadline.caveat.tps_2023_designation_end": ("Registrants only under the 2023 designation lost TPS on "
                                                 "{ended:date}."),
    "deadline.caveat.ead_tps_auto_extension": ("If this EAD was issued on TPS for {country:country}, it is "
                                               "automatically extended to {until:date}; check the EAD's category "
                                               "before relying on the later date."),
    "deadline.caveat.ead_parole_revoked": ("If this EAD was based on {program} parole, it was revoked with the "
                                           "parole and may already be invalid."),
    # -- the calendar export (.ics)
    "deadline.calendar.client": "client {id}",
    "deadline.calendar.reminder": lambda p, fmt: f"{p['title']} ({p['who']}) in {fmt.num(p['days'])} "
                                                 f"{'day' if p['days'] == 1 else 'days'}",
}
