"""Deadlines computed from a case's facts and the packaged policy data, at fixed as-of dates.

Every expected date below is worked out by hand from the facts and from the policy data
(resources/policy/policy.json, version 2026-12-02.1):

    parole.chnv.parole_end       2025-04-24 (from 2025-03-25)   Doe v. Noem block 2025-04-14..05-30
    parole.frp.parole_end        2026-01-14 (from 2025-12-15)
    tps.ht.designation_end       2026-02-03 [R] (2024-07-01) / 2025-08-03 [R] (2025-02-24)
                                 / 2026-02-03 [R] (2025-07-01) / 2026-02-03 [S] (2025-11-28)
    tps.ht.termination_blocked   blocked true, Miot v. Trump [?] (2026-02-02..2026-06-25); lifted by
                                 Mullin v. Doe (from 2026-06-25)
    tps.ve.designation_end       2025-11-07 (from 2025-09-08); 2023 designation ended 2025-04-07
    tps.ni.designation_end       2025-09-08; litigation status unknown (blocked null) to 2025-12-31,
                                 vacatur 2025-12-31..2026-02-09, stayed by the 9th Circuit from 2026-02-09
    tps.so.termination_blocked   litigation unknown (2026-01-14..03-13), stayed by Burroughs J. from 2026-03-13
                                 on grounds not recorded: superseded by Mullin v. Doe from 2026-06-25
    tps.ua.designation_end       2026-10-19, an extension; no decision after it: unknown, automatic extension
                                 (tps.automatic_extension, 6 months) to 2027-04-19
    stca.irregular_entry_claim_window_days   14 (from 2023-03-25)
    stca.after_14_days_ineligible, asylum.one_year_bar   Bill C-12, in force 2026-03-26 [S3]
    ee.ita_window_days 60; docs.* 24 / 6 / 12 months
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date

import pytest

from casedesk.domain.assessment import Source
from casedesk.domain.casefile import parse_case
from casedesk.domain.deadline_codes import messages_from_dict
from casedesk.domain.deadlines import (
    KINDS, Deadline, add_months, add_years, compute_deadlines, status_cliff, task_key,
)
from casedesk.domain.demo import demo_cases
from casedesk.domain.facts import (
    CanadaEntry, CaseFacts, Documents, ExpressEntryProfile, Task, UsStatus,
)
from casedesk.domain.messages import msg
from casedesk.policy.loader import default_policy
from casedesk.text.deadlines import DeadlineWords, deadline_words

D = date.fromisoformat
TODAY = date(2026, 11, 21)
POLICY = default_policy()


def run(facts: CaseFacts, as_of: date = TODAY) -> list[Deadline]:
    return compute_deadlines(facts, POLICY, as_of)


def us(*statuses: UsStatus, **more) -> CaseFacts:
    return CaseFacts(us_status=statuses, **more)


def words(deadline: Deadline, language: str = "en") -> DeadlineWords:
    """The deadline's words, as the edges show them."""
    return deadline_words(deadline.title, deadline.basis, deadline.caveats,
                          deadline.source.title if deadline.source else None, language)


def by_key(deadlines: list[Deadline]) -> dict[str, Deadline]:
    keys = [d.key for d in deadlines]
    assert len(keys) == len(set(keys)), keys
    return {d.key: d for d in deadlines}


def dues(deadlines: list[Deadline]) -> list[tuple[str, str]]:
    return [(d.key, d.due.isoformat()) for d in deadlines]


def parole(program: str | None, until: str | None) -> UsStatus:
    return UsStatus("parole", program=program, valid_until=None if until is None else D(until))


def tps(country: str, until: str | None = None) -> UsStatus:
    return UsStatus("tps", country=country, valid_until=None if until is None else D(until))


def ead(until: str) -> UsStatus:
    return UsStatus("ead", valid_until=D(until))


# -- date arithmetic ------------------------------------------------------------------------

@pytest.mark.parametrize("start, months, expected", [
    ("2024-01-31", 1, "2024-02-29"),    # leap February: clamped to the 29th
    ("2023-01-31", 1, "2023-02-28"),    # common February: the 28th
    ("2024-02-29", 12, "2025-02-28"),
    ("2024-02-29", 48, "2028-02-29"),
    ("2024-01-31", 24, "2026-01-31"),
    ("2025-08-31", 6, "2026-02-28"),
    ("2025-03-31", 1, "2025-04-30"),
    ("2025-12-15", 1, "2026-01-15"),    # across the year end
    ("2025-11-30", 3, "2026-02-28"),
    ("2024-03-31", -1, "2024-02-29"),
    ("2025-06-10", 0, "2025-06-10"),
])
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(D(start), months) == D(expected)


@pytest.mark.parametrize("start, expected", [
    ("2024-02-29", "2025-02-28"), ("2023-02-28", "2024-02-28"), ("2025-01-31", "2026-01-31"),
    ("2025-12-31", "2026-12-31"),
])
def test_add_years_is_the_anniversary(start, expected):
    assert add_years(D(start), 1) == D(expected)


# -- U.S. status: each kind -----------------------------------------------------------------

@pytest.mark.parametrize("status, key, kind, title", [
    (parole("OAW", "2026-12-14"), "us_status[0]:parole_end", "status_end", "Parole (OAW) ends"),
    (parole(None, "2026-12-14"), "us_status[0]:parole_end", "status_end", "Parole ends"),
    (parole("U4U", "2026-12-14"), "us_status[0]:parole_end", "status_end", "Parole (U4U) ends"),
    (tps("KE", "2026-12-14"), "us_status[0]:tps_end", "status_end", "TPS (Kenya) ends"),  # no policy
    (ead("2026-12-14"), "ead[0]", "ead_end", "Work permit (EAD) expires"),
    (UsStatus("asylum_pending", valid_until=D("2026-12-14")), "us_status[0]:asylum_pending_end",
     "status_end", "Asylum-pending status ends"),
    (UsStatus("visa", valid_until=D("2026-12-14")), "us_status[0]:visa_end", "status_end",
     "U.S. visa status ends"),
    (UsStatus("other", valid_until=D("2026-12-14")), "us_status[0]:other_end", "status_end",
     "U.S. status ends"),
])
def test_each_status_kind_with_a_date_is_a_deadline(status, key, kind, title):
    [deadline] = run(us(status))
    assert (deadline.key, deadline.kind, deadline.due, words(deadline).title) == (key, kind, D("2026-12-14"), title)
    assert deadline.source is None and deadline.caveats == ()  # typed by the caseworker
    assert deadline.basis == msg("deadline.basis.client_date", field="us_status[0].valid_until")
    assert words(deadline).cited_basis == "Date entered in the client's file."
    assert deadline.cliff and deadline.days_left(TODAY) == 23


@pytest.mark.parametrize("status", [
    UsStatus("asylum_pending"), parole("U4U", None), parole("OAW", None), parole("other", None),
    UsStatus("visa"), tps("KE"),
])
def test_no_date_and_no_policy_date_gives_no_deadline(status):
    assert run(us(status)) == []


def test_no_us_status_and_no_facts_give_nothing():
    assert run(CaseFacts()) == []
    assert run(us()) == []
    assert status_cliff([]) is None


# -- parole programs: CHNV, FRP, U4U ------------------------------------------------------------

@pytest.mark.parametrize("program, until, as_of, expected", [
    # CHNV: terminated 25 Mar 2025, unexpired parole ended 24 Apr 2025.
    ("CHNV", "2025-04-24", "2026-11-21", [("us_status[0]:parole_end", "2025-04-24")]),
    ("CHNV", None, "2026-11-21", [("parole:CHNV", "2025-04-24")]),
    ("CHNV", "2025-01-10", "2026-11-21", [("us_status[0]:parole_end", "2025-01-10")]),
    # The client's own later I-94 date is superseded by the termination: not a live deadline (issue 11).
    ("CHNV", "2026-03-01", "2026-11-21", [("parole:CHNV", "2025-04-24")]),
    ("CHNV", "2026-03-01", "2025-04-20", [("parole:CHNV", "2025-04-24"),            # termination blocked:
                                          ("us_status[0]:parole_end", "2026-03-01")]),  # the own date stays live
    ("CHNV", "2026-03-01", "2025-03-24", [("us_status[0]:parole_end", "2026-03-01")]),  # before the notice
    ("CHNV", None, "2025-03-24", []),
    ("CHNV", None, "2025-03-25", [("parole:CHNV", "2025-04-24")]),  # the day of the notice
    # FRP: terminated 15 Dec 2025, parole ends 14 Jan 2026.
    ("FRP", None, "2026-11-21", [("parole:FRP", "2026-01-14")]),
    ("FRP", "2027-01-01", "2026-11-21", [("parole:FRP", "2026-01-14")]),
    ("FRP", "2026-01-14", "2026-11-21", [("us_status[0]:parole_end", "2026-01-14")]),
    ("FRP", "2027-01-01", "2025-12-14", [("us_status[0]:parole_end", "2027-01-01")]),
    # U4U: no program-wide date; only the client's own I-94 date.
    ("U4U", "2027-06-19", "2026-11-21", [("us_status[0]:parole_end", "2027-06-19")]),
])
def test_parole_program_end(program, until, as_of, expected):
    assert dues(run(us(parole(program, until)), D(as_of))) == expected


def test_chnv_parolee_whose_parole_ended_2025_04_24_is_overdue_and_cited():
    [deadline] = run(us(parole("CHNV", None)))
    assert deadline.kind == "program_end" and deadline.cliff
    assert deadline.title == msg("deadline.title.parole_program_end", program="CHNV")
    assert words(deadline).title == "Parole ends for all CHNV parolees"
    assert deadline.days_left(TODAY) == -576
    assert deadline.source == Source(
        "parole.chnv.parole_end", deadline.source.title, deadline.source.url, True)
    assert "90 FR 13611" in deadline.source.title and "90 FR 13611" in words(deadline).cited_basis
    assert "parole.chnv" not in words(deadline).cited_basis  # a readable citation, not the fact's id
    assert deadline.source.url.startswith("https://www.govinfo.gov/")
    assert deadline.caveats == ()  # the Supreme Court stay of 30 May 2025 let it take effect


def test_chnv_caveat_while_doe_v_noem_blocked_the_termination():
    [deadline] = run(us(parole("CHNV", None)), D("2025-04-20"))
    assert deadline.due == D("2025-04-24")
    assert [c.code for c in deadline.caveats] == ["deadline.caveat.court_blocked"]
    assert "Doe v. Noem" in words(deadline).caveat and "verify" in words(deadline).caveat


def test_a_later_own_parole_date_is_shown_as_superseded():
    [deadline] = run(us(parole("CHNV", "2026-03-01")))
    assert deadline.key == "parole:CHNV" and deadline.due == D("2025-04-24")
    assert deadline.caveats[0] == msg("deadline.caveat.own_parole_date_superseded", program="CHNV",
                                      own=D("2026-03-01"), ends=D("2025-04-24"),
                                      field="us_status[0].valid_until", fact="parole.chnv.parole_end")
    assert words(deadline).caveat.startswith(
        "The client's own I-94 date (1 March 2026) is later, but the termination of CHNV parole ended it on "
        "24 April 2025: that date is superseded, not a live deadline.")


def test_frp_cites_its_notice():
    [deadline] = run(us(parole("FRP", None)))
    assert deadline.source.id == "parole.frp.parole_end"
    assert "90 FR 58032" in words(deadline).cited_basis


# -- TPS ------------------------------------------------------------------------------------

@pytest.mark.parametrize("as_of, due, confirmed, cited, caveat_has, caveat_lacks", [
    ("2025-01-15", "2026-02-03", False, ["tps.ht.designation_end"], ["recollection"], ["Miot"]),
    ("2025-03-01", "2025-08-03", False, ["tps.ht.designation_end"], ["not confirmed"], ["Miot"]),  # partial vacatur
    ("2025-08-01", "2026-02-03", False, ["tps.ht.designation_end"], ["not confirmed"], ["Miot"]),  # E.D.N.Y. order
    ("2026-01-15", "2026-02-03", True, [], [], []),                                # 90 FR 54733, no order yet
    ("2026-03-01", "2026-02-03", True, ["tps.ht.termination_blocked"], ["Miot v. Trump", "blocked", "verify"], []),
    ("2026-06-24", "2026-02-03", True, ["tps.ht.termination_blocked"], ["Miot v. Trump", "status may continue"], []),
    # Mullin v. Doe (2026-06-25): the stay was lifted; the termination took effect.
    ("2026-06-25", "2026-02-03", True, [], [], []),
    ("2026-11-21", "2026-02-03", True, [], [], []),
])
def test_tps_haiti_over_time(as_of, due, confirmed, cited, caveat_has, caveat_lacks):
    [deadline] = run(us(tps("HT")), D(as_of))
    assert (deadline.key, deadline.kind, words(deadline).title) == ("tps:HT", "status_end", "TPS for Haiti ends")
    assert deadline.due == D(due)
    assert deadline.source.id == "tps.ht.designation_end"
    assert deadline.source.confirmed is confirmed
    assert [c.params["fact"] for c in deadline.caveats] == cited  # the policy fact each caveat is about
    caveat = words(deadline).caveat
    for text in caveat_has:
        assert text in caveat
    for text in caveat_lacks:
        assert caveat is None or text not in caveat
    if not caveat_has:
        assert caveat is None


def test_tps_haiti_court_caveat_and_citation_in_march_2026():
    [deadline] = run(us(tps("HT")), D("2026-03-01"))
    assert words(deadline).caveat.startswith("Termination blocked by a court (Miot v. Trump")
    assert "status may continue" in words(deadline).caveat
    assert deadline.basis == msg("deadline.basis.tps_designation_end", country="HT", fact="tps.ht.designation_end")
    assert words(deadline).basis == "The date TPS for Haiti ends for every holder."
    assert words(deadline).source.startswith("Source: Federal Register 90 FR 54733")
    assert deadline.cliff and deadline.days_left(D("2026-03-01")) == -26


def test_tps_haiti_today_ended_with_no_caveat():
    [deadline] = run(us(tps("HT")))
    assert deadline.caveats == () and words(deadline).caveat is None
    assert deadline.cliff and deadline.days_left(TODAY) == -291


@pytest.mark.parametrize("as_of, expected", [
    ("2026-11-21", [("tps:VE", "2025-11-07")]),
    ("2025-09-08", [("tps:VE", "2025-11-07")]),
    ("2025-09-07", []),  # the 2021-designation termination is not yet published
])
def test_tps_venezuela(as_of, expected):
    deadlines = run(us(tps("VE")), D(as_of))
    assert dues(deadlines) == expected
    if deadlines:
        [deadline] = deadlines
        assert words(deadline).title == "TPS for Venezuela ends"
        assert "90 FR 43225" in words(deadline).cited_basis
        # The Supreme Court let the termination take effect: no court caveat, but the 2023
        # designation's earlier end is named.
        assert deadline.caveats == (msg("deadline.caveat.tps_2023_designation_end", ended=D("2025-04-07"),
                                        fact="tps.ve.designation_2023_end"),)
        assert words(deadline).caveat == "Registrants only under the 2023 designation lost TPS on 7 April 2025."


@pytest.mark.parametrize("as_of, starts", [
    ("2025-11-01", "Litigation status unknown (National TPS Alliance v. Noem"),
    ("2026-01-15", "Termination blocked by a court (National TPS Alliance v. Noem (NTPSA II), N.D. Cal.: vacatur"),
    ("2026-11-21", None),  # the Ninth Circuit stayed the vacatur on 2026-02-09: the termination is in effect
])
def test_tps_nicaragua_litigation_over_time(as_of, starts):
    [deadline] = run(us(tps("NI")), D(as_of))
    assert deadline.due == D("2025-09-08")
    caveat = words(deadline).caveat
    assert caveat is None if starts is None else caveat.startswith(starts)


def test_tps_somalia_unknown_litigation_said_once():
    [deadline] = run(us(tps("SO")), D("2026-02-01"))
    assert deadline.due == D("2026-03-17")
    assert words(deadline).caveat.count("Litigation status unknown") == 1
    assert msg("deadline.caveat.source_unconfirmed", fact="tps.so.designation_end", confidence="S3") \
        in deadline.caveats
    assert "Policy source not confirmed (secondary source only)" in words(deadline).caveat
    assert deadline.source.confirmed is False


@pytest.mark.parametrize("until, expected", [
    (None, [("tps:HT", "2026-02-03")]),                                    # falls back to the policy
    ("2027-02-03", [("tps:HT", "2026-02-03"), ("us_status[0]:tps_end", "2027-02-03")]),
    ("2025-12-01", [("us_status[0]:tps_end", "2025-12-01"), ("tps:HT", "2026-02-03")]),
    ("2026-02-03", [("us_status[0]:tps_end", "2026-02-03")]),              # same day: one deadline
])
def test_tps_own_date_and_designation_end(until, expected):
    assert dues(run(us(tps("HT", until)))) == expected


def test_tps_own_date_equal_to_designation_cites_the_policy():
    [deadline] = run(us(tps("HT", "2026-02-03")), D("2026-03-01"))
    assert deadline.source.id == "tps.ht.designation_end"
    assert "Miot v. Trump" in words(deadline).caveat
    assert words(deadline).title == "TPS (Haiti) ends"
    assert "TPS for Haiti ends for every holder on the same day" in words(deadline).basis


def test_tps_own_date_that_differs_has_no_source():
    own = by_key(run(us(tps("HT", "2027-02-03"))))["us_status[0]:tps_end"]
    assert own.source is None and own.caveats == ()


def test_two_tps_entries_for_one_country_give_one_policy_deadline():
    assert dues(run(us(tps("HT"), tps("HT")))) == [("tps:HT", "2026-02-03")]


# -- EAD ------------------------------------------------------------------------------------

@pytest.mark.parametrize("statuses, caveats, caveat_has", [
    ((ead("2026-03-01"),), (), None),
    ((parole("CHNV", "2025-04-24"), ead("2026-03-01")),
     (msg("deadline.caveat.ead_parole_revoked", program="CHNV", fact="parole.chnv.ead_revoked"),),
     "revoked with the parole"),
    ((tps("UA"), ead("2026-03-01")),
     (msg("deadline.caveat.ead_tps_auto_extension", country="UA", until=D("2026-04-19"),
          fact="tps.ua.ead_auto_extension_end"),),
     "issued on TPS for Ukraine, it is automatically extended to 19 April 2026"),
    ((tps("UA"), ead("2026-05-01")), (), None),  # already later than the automatic extension
])
def test_ead_deadline_and_its_caveats(statuses, caveats, caveat_has):
    deadline = by_key(run(us(*statuses)))[f"ead[{len(statuses) - 1}]"]
    assert deadline.kind == "ead_end"
    assert deadline.due == statuses[-1].valid_until  # never moved later
    assert deadline.caveats == caveats
    if caveat_has is None:
        assert words(deadline).caveat is None
    else:
        assert caveat_has in words(deadline).caveat


# -- the status cliff -----------------------------------------------------------------------

@pytest.mark.parametrize("statuses, cliff_key, cliff_due", [
    ((parole("CHNV", "2026-03-01"), tps("VE"), ead("2026-03-01")), "parole:CHNV", "2025-04-24"),
    ((tps("HT", "2027-02-03"), ead("2026-12-12")), "tps:HT", "2026-02-03"),
    ((parole("OAW", "2026-12-14"), ead("2026-12-14")), "us_status[0]:parole_end", "2026-12-14"),  # tie
    ((ead("2026-12-14"), parole("OAW", "2026-12-14")), "us_status[1]:parole_end", "2026-12-14"),  # tie
    # Ukraine's designation ended 2026-10-19 with no decision recorded: its deadline is where the automatic
    # extension runs (2027-04-19), so the U4U parole is the cliff (issue 11).
    ((parole("U4U", "2027-01-06"), tps("UA"), ead("2027-01-06")), "us_status[0]:parole_end", "2027-01-06"),
    ((parole("U4U", "2027-06-06"), tps("UA"), ead("2027-06-06")), "tps:UA", "2027-04-19"),
    ((UsStatus("asylum_pending"), ead("2026-12-03")), "ead[1]", "2026-12-03"),
])
def test_cliff_is_the_earliest_us_status_deadline(statuses, cliff_key, cliff_due):
    deadlines = run(us(*statuses))
    cliffs = [d for d in deadlines if d.cliff]
    assert [(d.key, d.due.isoformat()) for d in cliffs] == [(cliff_key, cliff_due)]
    assert status_cliff(deadlines) is cliffs[0]


def test_cliff_ignores_canada_side_documents_and_tasks():
    facts = us(ead("2027-01-01"), canada_entry=CanadaEntry("between_ports", D("2026-11-10")),
               documents=Documents(passport_expiry=D("2026-01-01")),
               tasks=(Task("Call the client", D("2026-11-01")),))
    deadlines = run(facts)
    assert [d.kind for d in deadlines] == ["passport", "task", "entry_claim_window", "ead_end",
                                           "entry_claim_bar"]
    assert [d.key for d in deadlines if d.cliff] == ["ead[0]"]


def test_no_cliff_without_us_status_deadlines():
    facts = CaseFacts(documents=Documents(passport_expiry=D("2027-01-01")))
    assert [d.cliff for d in run(facts)] == [False]


# -- Canada: the 14-day window and the one-year bar -------------------------------------------

@pytest.mark.parametrize("entered, as_of, window, bar", [
    ("2026-11-12", "2026-11-21", "2026-11-26", "2027-11-12"),
    ("2025-01-31", "2026-11-21", "2025-02-14", "2026-01-31"),   # month end + 14 days; both overdue
    ("2025-01-31", "2025-02-10", "2025-02-14", None),           # Bill C-12 not yet law
    ("2024-02-29", "2026-11-21", "2024-03-14", "2025-02-28"),   # leap day: anniversary 28 Feb
    ("2024-02-15", "2026-11-21", "2024-02-29", "2025-02-15"),   # 14 days across a leap February
    ("2025-02-15", "2026-11-21", "2025-03-01", "2026-02-15"),   # ... and a common one
    ("2025-12-31", "2026-11-21", "2026-01-14", "2026-12-31"),   # across the year end
    ("2026-12-20", "2026-12-25", "2027-01-03", "2027-12-20"),
    ("2023-03-25", "2026-11-21", "2023-04-08", "2024-03-25"),   # the Additional Protocol's first day
    ("2020-06-25", "2026-11-21", "2020-07-09", "2021-06-25"),   # first day counted by the bar
    ("2020-06-24", "2026-11-21", "2020-07-08", None),           # not after 24 Jun 2020: no bar
    ("2022-01-10", "2023-01-01", None, None),                   # no protocol, no C-12 yet
])
def test_between_ports_entry_clocks(entered, as_of, window, bar):
    facts = CaseFacts(canada_entry=CanadaEntry("between_ports", D(entered)))
    found = by_key(run(facts, D(as_of)))
    expected = {}
    if window:
        expected["entry:14_days"] = window
    if bar:
        expected["entry:one_year"] = bar
    assert {key: d.due.isoformat() for key, d in found.items()} == expected
    if window:
        assert found["entry:14_days"].kind == "entry_claim_window"
    if bar:
        assert found["entry:one_year"].kind == "entry_claim_bar"
        assert found["entry:one_year"].source.id == "asylum.one_year_bar"


@pytest.mark.parametrize("as_of, says_ineligible", [("2026-03-25", False), ("2026-03-26", True)])
def test_window_basis_names_the_c12_rule_once_in_force(as_of, says_ineligible):
    facts = CaseFacts(canada_entry=CanadaEntry("between_ports", D("2026-03-20")))
    window = by_key(run(facts, D(as_of)))["entry:14_days"]
    assert window.due == D("2026-04-03")
    assert window.source.id == "stca.irregular_entry_claim_window_days"
    basis = words(window).basis
    assert "Safe Third Country Agreement" in basis and "returned to the U.S." in basis
    assert ("ineligible" in basis) is says_ineligible
    assert (window.basis.params["c12_fact"] == "stca.after_14_days_ineligible") is says_ineligible
    assert (msg("deadline.caveat.c12_unconfirmed", fact="stca.after_14_days_ineligible", confidence="S3")
            in window.caveats) is says_ineligible


def test_window_before_the_protocol_rests_on_c12():
    facts = CaseFacts(canada_entry=CanadaEntry("between_ports", D("2020-06-24")))
    [window] = run(facts)
    assert window.source.id == "stca.after_14_days_ineligible"
    assert "ineligible" in words(window).basis and window.days_left(TODAY) < 0


def test_one_year_bar_basis_says_the_rule():
    facts = CaseFacts(canada_entry=CanadaEntry("between_ports", D("2026-10-01")))
    bar = by_key(run(facts))["entry:one_year"]
    assert bar.basis == msg("deadline.basis.claim_bar", entered=D("2026-10-01"), mode="between_ports", years=1,
                            due=D("2027-10-01"), entries_after=D("2020-06-24"), counted_from="canada_entry.date",
                            fact="asylum.one_year_bar")
    assert "more than one year after the first entry" in words(bar).basis and "24 June 2020" in words(bar).basis
    assert "secondary source" in words(bar).caveat


@pytest.mark.parametrize("entry, keys", [
    (CanadaEntry("between_ports", D("2026-11-12"), claim_made_on=D("2026-11-13")), []),
    (CanadaEntry("between_ports", None), []),
    (CanadaEntry("none", None), []),
    (CanadaEntry(None, D("2026-11-12")), []),
    (CanadaEntry("port_of_entry", D("2026-11-12")), ["entry:one_year"]),
    (CanadaEntry("airport", D("2026-11-12")), ["entry:one_year"]),
    (CanadaEntry("port_of_entry", D("2026-11-12"), claim_made_on=D("2026-11-12")), []),
])
def test_entry_clocks_need_an_entry_and_no_claim(entry, keys):
    assert [d.key for d in run(CaseFacts(canada_entry=entry))] == keys


# -- Express Entry and documents ------------------------------------------------------------

@pytest.mark.parametrize("invited, due", [
    ("2026-11-01", "2026-12-31"), ("2024-12-31", "2025-03-01"), ("2023-12-31", "2024-02-29"),
    ("2026-09-01", "2026-10-31"),
])
def test_express_entry_invitation_60_days(invited, due):
    [deadline] = run(CaseFacts(express_entry=ExpressEntryProfile(D(invited))))
    assert (deadline.key, deadline.kind, deadline.due) == ("ee:ita_60_days", "ee_invitation", D(due))
    assert deadline.source.id == "ee.ita_window_days" and deadline.source.confirmed is False
    assert "secondary source" in words(deadline).caveat


def test_express_entry_without_invitation():
    assert run(CaseFacts(express_entry=ExpressEntryProfile(None))) == []


@pytest.mark.parametrize("documents, key, kind, due, source_id", [
    (Documents(language_test_date=D("2024-01-31")), "documents:language_test", "language_test",
     "2026-01-31", "docs.language_test_validity_months"),
    (Documents(language_test_date=D("2024-02-29")), "documents:language_test", "language_test",
     "2026-02-28", "docs.language_test_validity_months"),
    (Documents(language_test_date=D("2025-12-31")), "documents:language_test", "language_test",
     "2027-12-31", "docs.language_test_validity_months"),
    (Documents(police_certificate_date=D("2026-08-31")), "documents:police_certificate",
     "police_certificate", "2027-02-28", "docs.police_certificate_max_age_months"),
    (Documents(police_certificate_date=D("2026-06-15")), "documents:police_certificate",
     "police_certificate", "2026-12-15", "docs.police_certificate_max_age_months"),
    (Documents(medical_exam_date=D("2024-02-29")), "documents:medical_exam", "medical_exam",
     "2025-02-28", "docs.medical_exam_validity_months"),
    (Documents(medical_exam_date=D("2026-05-10")), "documents:medical_exam", "medical_exam",
     "2027-05-10", "docs.medical_exam_validity_months"),
    (Documents(passport_expiry=D("2027-03-31")), "documents:passport_expiry", "passport",
     "2027-03-31", None),
])
def test_document_deadlines(documents, key, kind, due, source_id):
    [deadline] = run(CaseFacts(documents=documents))
    assert (deadline.key, deadline.kind, deadline.due) == (key, kind, D(due))
    assert (deadline.source.id if deadline.source else None) == source_id
    assert not deadline.cliff


def test_all_documents_together_and_none():
    facts = CaseFacts(documents=Documents(D("2027-03-31"), D("2025-06-01"), D("2026-10-01"),
                                          D("2026-01-15")))
    assert dues(run(facts)) == [
        ("documents:medical_exam", "2027-01-15"), ("documents:passport_expiry", "2027-03-31"),
        ("documents:police_certificate", "2027-04-01"), ("documents:language_test", "2027-06-01"),
    ]
    assert run(CaseFacts(documents=Documents())) == []


def test_language_test_basis_explains_the_rule():
    [deadline] = run(CaseFacts(documents=Documents(language_test_date=D("2024-01-31"))))
    assert deadline.basis == msg("deadline.basis.language_test", taken=D("2024-01-31"), months=24,
                                 fact="docs.language_test_validity_months")
    assert words(deadline).basis == ("Language test taken on 31 January 2024, usable for 24 months; the "
                                     "application must be received before this date.")
    assert words(deadline).title == "Language test results expire"


# -- caseworker tasks -----------------------------------------------------------------------

TASKS = (
    Task("Collect the mother's birth certificate", D("2026-12-01"), note="from Montréal"),
    Task("Book the medical exam", D("2026-11-25"), tag="medical"),
)


def test_tasks_are_deadlines():
    deadlines = run(CaseFacts(tasks=TASKS))
    assert [(d.kind, words(d).title, d.due.isoformat(), words(d).basis) for d in deadlines] == [
        ("task", "Book the medical exam", "2026-11-25", "Caseworker task."),
        ("task", "Collect the mother's birth certificate", "2026-12-01", "Caseworker task."),
    ]
    assert deadlines[0].title == msg("deadline.title.task", title="Book the medical exam")
    sha = hashlib.sha1(b"Book the medical exam|2026-11-25").hexdigest()[:10]
    assert deadlines[0].key == f"task:{sha}" == task_key("Book the medical exam", D("2026-11-25"))
    assert all(d.source is None and d.caveats == () and not d.cliff for d in deadlines)


def test_task_keys_do_not_change_when_tasks_are_added_or_reordered():
    before = {words(d).title: d.key for d in run(CaseFacts(tasks=TASKS))}
    more = (Task("Translate the diploma", D("2026-11-22")),) + TASKS[::-1]
    after = {words(d).title: d.key for d in run(CaseFacts(tasks=more))}
    assert {title: after[title] for title in before} == before
    # A task moved to another day is a new deadline (its old key's state does not follow it).
    moved = run(CaseFacts(tasks=(replace(TASKS[0], due=D("2026-12-02")),)))
    assert moved[0].key != before[TASKS[0].title]


def test_duplicate_tasks_get_distinct_keys():
    twice = (TASKS[0], TASKS[0], TASKS[0])
    keys = [d.key for d in run(CaseFacts(tasks=twice))]
    base = task_key(TASKS[0].title, TASKS[0].due)
    assert sorted(keys) == sorted([base, f"{base}#2", f"{base}#3"])


# -- overdue, sorting, output ---------------------------------------------------------------

FULL = CaseFacts(
    us_status=(parole("CHNV", "2026-03-01"), tps("HT"), ead("2026-12-12")),
    canada_entry=CanadaEntry("between_ports", D("2026-11-12")),
    express_entry=ExpressEntryProfile(D("2026-11-01")),
    documents=Documents(D("2027-03-31"), D("2025-06-01"), D("2026-10-01"), D("2026-01-15")),
    tasks=TASKS,
)


def test_overdue_deadlines_are_kept_with_negative_days_left():
    today = run(FULL)
    overdue = [d for d in today if d.days_left(TODAY) < 0]
    assert {d.key for d in overdue} == {"parole:CHNV", "tps:HT"}
    assert all(d.overdue(TODAY) for d in overdue)
    # Years later nothing is dropped: every deadline is still there, all overdue.
    late = run(FULL, D("2030-01-01"))
    assert [d.key for d in late] == [d.key for d in today]
    assert all(d.days_left(D("2030-01-01")) < 0 for d in late)


def test_deadlines_from_the_facts_alone_do_not_depend_on_the_as_of_date():
    """Only policy-based deadlines come and go with the policy in force; the rest stay."""
    early = {d.key: d.due for d in run(FULL, D("2024-01-01"))}
    today = {d.key: d.due for d in run(FULL)}
    assert set(today) - set(early) == {"parole:CHNV", "tps:HT", "entry:one_year"}
    # The parolee's own I-94 date was live before the termination; it is superseded since.
    assert set(early) - set(today) == {"us_status[0]:parole_end"}
    assert all(today[key] == due for key, due in early.items() if key in today)


def test_full_case_today():
    assert dues(run(FULL)) == [
        ("parole:CHNV", "2025-04-24"),
        ("tps:HT", "2026-02-03"),
        ("task:" + hashlib.sha1(b"Book the medical exam|2026-11-25").hexdigest()[:10], "2026-11-25"),
        ("entry:14_days", "2026-11-26"),
        ("task:" + hashlib.sha1(b"Collect the mother's birth certificate|2026-12-01")
         .hexdigest()[:10], "2026-12-01"),
        ("ead[2]", "2026-12-12"),
        ("ee:ita_60_days", "2026-12-31"),
        ("documents:medical_exam", "2027-01-15"),
        ("documents:passport_expiry", "2027-03-31"),
        ("documents:police_certificate", "2027-04-01"),
        ("documents:language_test", "2027-06-01"),
        ("entry:one_year", "2027-11-12"),
    ]
    assert [d.key for d in run(FULL) if d.cliff] == ["parole:CHNV"]


def test_sorted_by_due_then_key():
    facts = us(ead("2026-12-14"), parole("OAW", "2026-12-14"),
               tasks=(Task("A", D("2026-12-14")),), documents=Documents(passport_expiry=D("2026-12-14")))
    deadlines = run(facts)
    assert [d.key for d in deadlines] == sorted(d.key for d in deadlines)
    assert [d.due for d in run(FULL)] == sorted(d.due for d in run(FULL))


def test_as_dict_keys_and_values():
    deadlines = run(FULL)
    for deadline in deadlines:
        out = deadline.as_dict(TODAY)
        assert set(out) == {"kind", "due", "days_left", "source", "key", "cliff", "messages", "stale_facts"}
        assert out["stale_facts"] == []  # every fact verified on 2026-12-02 or within 90 days before
        assert out["kind"] in KINDS and out["due"] == deadline.due.isoformat()
        assert out["days_left"] == (deadline.due - TODAY).days
        assert out["source"] is None or set(out["source"]) == {"id", "title", "url"}
        assert set(out["messages"]) == {"title", "basis", "caveats"}
        back = json.loads(json.dumps(out))  # plain JSON values, and the messages come back whole
        assert messages_from_dict(back["messages"]) == (deadline.title, deadline.basis, deadline.caveats)
    haiti = by_key(deadlines)["tps:HT"].as_dict(TODAY)
    assert haiti["source"]["id"] == "tps.ht.designation_end"
    assert haiti["days_left"] == -291 and haiti["cliff"] is False
    assert by_key(deadlines)["parole:CHNV"].as_dict(TODAY)["cliff"] is True
    assert by_key(deadlines)["documents:passport_expiry"].as_dict(TODAY)["source"] is None


def test_days_left():
    deadline = Deadline("k", "task", D("2026-11-21"), msg("deadline.title.task", title="t"), msg("deadline.basis.task"))
    assert [deadline.days_left(D(x)) for x in ("2026-11-20", "2026-11-21", "2026-11-22")] == [1, 0, -1]
    with pytest.raises(AssertionError):
        Deadline("k", "not_a_kind", TODAY, msg("deadline.title.task", title="t"), msg("deadline.basis.task"))


def test_keys_stable_when_us_status_is_reordered():
    """Policy, entry, document and task keys follow the fact, not its position; status and EAD
    keys are by position in us_status (they move with the entry)."""
    a = by_key(run(FULL))
    reordered = replace(FULL, us_status=FULL.us_status[::-1], tasks=FULL.tasks[::-1])
    b = by_key(run(reordered))
    assert {k: d.due for k, d in a.items() if k != "ead[2]"} == {k: d.due for k, d in b.items() if k != "ead[0]"}
    assert b["ead[0]"].due == a["ead[2]"].due


def test_kinds_cover_what_is_computed():
    assert {d.kind for d in run(FULL)} == set(KINDS)


# -- the spec example and the demo caseload -------------------------------------------------

def test_spec_example(spec_case):
    deadlines = run(parse_case(spec_case))
    assert [(d.key, d.kind, d.due.isoformat(), d.days_left(TODAY), d.cliff) for d in deadlines] == [
        ("us_status[0]:parole_end", "status_end", "2025-04-24", -576, True),
        ("tps:VE", "status_end", "2025-11-07", -379, False),
        ("ead[2]", "ead_end", "2026-03-01", -265, False),
        ("entry:14_days", "entry_claim_window", "2026-10-15", -37, False),
        ("entry:one_year", "entry_claim_bar", "2027-10-01", 314, False),
    ]


def test_demo_caseload_has_overdue_and_imminent_deadlines():
    today = date(2026, 11, 21)
    every: list[Deadline] = []
    for case in demo_cases(today):
        facts = parse_case(case)
        deadlines = compute_deadlines(facts, POLICY, today)
        by_key(deadlines)  # keys unique within each case
        assert all(len(d.key) <= 80 and len(words(d).title) <= 200 and d.kind in KINDS for d in deadlines)
        assert [d.due for d in deadlines] == sorted(d.due for d in deadlines)
        if any(d.kind in ("status_end", "ead_end", "program_end") for d in deadlines):
            assert sum(d.cliff for d in deadlines) == 1
        every += deadlines
    left = [d.days_left(today) for d in every]
    assert any(n < 0 for n in left)
    assert any(0 <= n <= 7 for n in left)
    kinds = {d.kind for d in every}
    assert {"status_end", "ead_end", "program_end", "entry_claim_window", "entry_claim_bar"} <= kinds


def test_demo_between_ports_clients():
    today = date(2026, 11, 21)
    windows = {}
    for case in demo_cases(today):
        for d in compute_deadlines(parse_case(case), POLICY, today):
            if d.kind == "entry_claim_window":
                windows[case["client"]["family_name"]] = d.days_left(today)
    assert windows == {"Pierre": 5, "Colmenárez Díaz": -5}  # crossed 9 and 19 days ago
