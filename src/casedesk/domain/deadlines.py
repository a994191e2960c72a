"""The dated deadlines of a case: when status, work permit or a claim runs out.

``compute_deadlines(facts, policy, as_of)`` turns the client's facts and the policy data in
force on ``as_of`` into a sorted list of ``Deadline``. Every deadline says where it comes from
(``basis``; ``source`` when a policy fact is cited) and what to be careful about (``caveat``:
a court order, an unconfirmed source). Dates come from the facts or the policy data, never
from constants in code. Deadlines already past stay in the list with a negative
``days_left``: an overdue deadline is the one a caseworker most needs to see.

What is computed:

U.S. side (``status_end``, ``ead_end``, ``program_end``)
    Every ``us_status`` entry with a ``valid_until`` is a deadline (``ead_end`` for an EAD).
    A TPS entry also gets the designation's end from ``tps.<cc>.designation_end`` (keyed
    ``tps:CC``) when that differs from the client's own date or the client's date is unknown;
    when both are the same day one deadline is kept, citing the policy. A parole entry whose
    program has ``parole.<program>.parole_end`` (CHNV, FRP) gets that program-wide date
    (keyed ``parole:PROGRAM``) when the client's own date is unknown or later. U4U has no
    program-wide date. Court orders (``...termination_blocked``) become caveats, never later
    dates: a deadline errs early. The earliest of these deadlines is the client's *status
    cliff* (``cliff=True``), overdue or not.

Canada side (``entry_claim_window``, ``entry_claim_bar``)
    For an entry between ports with no claim made yet: the last day of the STCA window
    (``stca.irregular_entry_claim_window_days`` after the crossing; the day of crossing is not
    counted, so an entry on 31 Jan 2025 gives 14 Feb 2025). A claim up to that day falls
    under the STCA; after it, once Bill C-12 is in force (``stca.after_14_days_ineligible``),
    the claim is ineligible. For any entry to Canada with no claim made yet, when
    ``asylum.one_year_bar`` is in force on ``as_of`` and the entry is after its
    ``entries_after`` date: the last day before the one-year bar. IRPA's "more than one year
    after entry" is read as the anniversary, like the Interpretation Act's month rule (s.28):
    the claim is still in time on the anniversary and barred the day after. An entry on
    29 Feb has its anniversary on 28 Feb in a common year (29 Feb 2024 -> 28 Feb 2025).

Applications and documents (``ee_invitation``, ``language_test``, ``police_certificate``,
``medical_exam``, ``passport``)
    Invitation date + ``ee.ita_window_days`` (the window in force on the invitation date);
    language test date + ``docs.language_test_validity_months``; police certificate date +
    ``docs.police_certificate_max_age_months``; medical exam date +
    ``docs.medical_exam_validity_months``; the passport's expiry as typed. Months are
    calendar months clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). The due
    date of a document is the day it stops being usable: the application must be in before.

Caseworker tasks (``task``)
    Each task's own due date.

Keys are stable when the facts are recomputed: ``us_status[i]:<kind>_end`` and ``ead[i]`` by
position in ``us_status``, ``tps:CC`` and ``parole:PROGRAM`` by country or program,
``entry:<n>_days``, ``entry:one_year``, ``ee:ita_<n>_days``, ``documents:<document>``, and
``task:<10 hex of sha1(title|due)>`` (so adding or removing other tasks never changes a task's
key; an exact duplicate task gets ``#2``, ``#3``...). Keys are unique within one case.

Pure Python, standard library only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from . import vocab
from .assessment import Source
from .dates import add_months, add_years
from .facts import CaseFacts, UsStatus
from .policydata import Policy, PolicyFact

KINDS = vocab.DEADLINE_KINDS
# The kinds that make up the client's U.S. status; the earliest of them is the status cliff.
US_STATUS_KINDS = ("status_end", "ead_end", "program_end")
# On a tie for the cliff, the end of a status comes before the end of the work permit it carries.
_CLIFF_ORDER = {"status_end": 0, "program_end": 1, "ead_end": 2}

# English names for the countries the U.S. status facts mention; anything else shows its code.
_COUNTRY_NAMES = {
    "AF": "Afghanistan", "CM": "Cameroon", "CO": "Colombia", "CU": "Cuba", "EC": "Ecuador",
    "ET": "Ethiopia", "GT": "Guatemala", "HN": "Honduras", "HT": "Haiti", "LB": "Lebanon",
    "MM": "Burma (Myanmar)", "NI": "Nicaragua", "NP": "Nepal", "SD": "Sudan", "SO": "Somalia",
    "SS": "South Sudan", "SV": "El Salvador", "SY": "Syria", "UA": "Ukraine", "VE": "Venezuela",
    "YE": "Yemen",
}

_STATUS_WORDS = {
    "parole": "Parole", "tps": "TPS", "ead": "Work permit (EAD)",
    "asylum_pending": "Asylum-pending status", "visa": "U.S. visa status", "other": "U.S. status",
}

_ENTRY_WORDS = {
    "between_ports": "crossed between ports of entry", "port_of_entry": "entered at a port of entry",
    "airport": "entered at an airport",
}


@dataclass(frozen=True)
class Deadline:
    key: str            # stable per client across recomputation; unique within one case
    kind: str           # one of KINDS
    due: date
    title: str          # short English label
    basis: str          # the fact or policy it comes from, in one sentence
    source: Source | None = None   # the policy fact cited; None for facts typed by the caseworker
    caveat: str | None = None      # court order, unconfirmed source...: verify before relying on it
    cliff: bool = False            # the earliest of the client's U.S. status end dates

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind

    def days_left(self, as_of: date) -> int:
        """Days from ``as_of`` to the due date: 0 on the day, negative once overdue."""
        return (self.due - as_of).days

    def overdue(self, as_of: date) -> bool:
        return self.due < as_of

    def as_dict(self, as_of: date) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "days_left": self.days_left(as_of),
            "basis": self.basis,
            "source": None if self.source is None else self.source.as_dict(),
            "title": self.title,
            "key": self.key,
            "caveat": self.caveat,
            "cliff": self.cliff,
        }


# -- date arithmetic ------------------------------------------------------------------------

# -- the computation ------------------------------------------------------------------------

def compute_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    """Every dated deadline of the case, sorted by due date then key; the cliff is flagged."""
    found: list[Deadline] = []
    found += _us_status_deadlines(facts, policy, as_of)
    found += _entry_deadlines(facts, policy, as_of)
    found += _express_entry_deadlines(facts, policy, as_of)
    found += _document_deadlines(facts, policy, as_of)
    found += _task_deadlines(facts)
    found.sort(key=lambda d: (d.due, d.key))
    cliff = status_cliff(found)
    if cliff is not None:
        found = [replace(d, cliff=True) if d is cliff else d for d in found]
    return found


def status_cliff(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The earliest U.S. status deadline (status, program or EAD end), overdue or not.

    On the same day a status end is preferred to a program end, and either to an EAD end.
    """
    status = [d for d in deadlines if d.kind in US_STATUS_KINDS]
    return min(status, key=lambda d: (d.due, _CLIFF_ORDER[d.kind], d.key)) if status else None


# -- helpers --------------------------------------------------------------------------------

def _source(fact: PolicyFact) -> Source:
    return Source(fact.id, fact.source_title or fact.title, fact.source_url, fact.confirmed)


def _cite(fact: PolicyFact) -> str:
    return f"policy {fact.id} ({fact.source_title or fact.title})"


def _unconfirmed(fact: PolicyFact | None) -> str | None:
    if fact is None or fact.confirmed:
        return None
    return f"{fact.id}: {fact.confidence_label}."


def _join(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return " ".join(kept) if kept else None


def _date_value(policy: Policy, fact_id: str, on: date) -> tuple[PolicyFact | None, date | None]:
    fact = policy.find(fact_id, on)
    if fact is None or not isinstance(fact.value, date):
        return None, None
    return fact, fact.value


def _int_value(policy: Policy, fact_id: str, on: date,
               field: str = "months") -> tuple[PolicyFact | None, int | None]:
    """An integer fact, or the ``field`` of an object fact (``{"months": 6, ...}``)."""
    fact = policy.find(fact_id, on)
    if fact is None:
        return None, None
    value = fact.value
    if isinstance(value, Mapping):
        value = value.get(field)
    if isinstance(value, bool) or not isinstance(value, int):
        return None, None
    return fact, value


def _court_caveat(policy: Policy, fact_id: str, as_of: date) -> str | None:
    """What a ``...termination_blocked`` fact in force on ``as_of`` says, as a caveat."""
    fact = policy.find(fact_id, as_of)
    if fact is None or not isinstance(fact.value, Mapping):
        return None
    blocked = fact.value.get("blocked", None)
    order = fact.value.get("order") or "court order"
    if blocked is True:
        text = (f"Termination blocked by a court ({order}): status may continue past this date; "
                "verify before relying on it.")
    elif blocked is None:
        detail = "" if order.lower().startswith("litigation status unknown") else f" ({order})"
        text = f"Litigation status unknown{detail}: verify before relying on it."
    else:
        return None  # the termination took effect
    return _join(text, _unconfirmed(fact))


def _country(code: str) -> str:
    return _COUNTRY_NAMES.get(code.upper(), code.upper())


# -- U.S. status ----------------------------------------------------------------------------

def _us_status_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    statuses = facts.us_status or ()
    out: list[Deadline] = []
    seen_policy_keys: set[str] = set()
    for index, status in enumerate(statuses):
        if status.kind == "tps" and status.country:
            out += _tps(index, status, facts, policy, as_of, seen_policy_keys)
            continue
        if status.valid_until is not None:
            out.append(_own_status(index, status, facts, policy, as_of))
        if status.kind == "parole" and status.program:
            out += _parole_program(status, policy, as_of, seen_policy_keys)
    return out


def _own_status(index: int, status: UsStatus, facts: CaseFacts, policy: Policy,
                as_of: date) -> Deadline:
    """The date the caseworker typed for one ``us_status`` entry."""
    assert status.valid_until is not None
    where = f"us_status[{index}].valid_until"
    if status.kind == "ead":
        return Deadline(
            key=f"ead[{index}]", kind="ead_end", due=status.valid_until,
            title="Work permit (EAD) expires",
            basis=f"{where}: the EAD's expiry date as entered for the client.",
            caveat=_ead_caveat(status.valid_until, facts, policy, as_of),
        )
    detail = status.program if status.kind == "parole" else status.country
    words = _STATUS_WORDS.get(status.kind, "U.S. status")
    label = words + (f" ({detail})" if detail else "")
    return Deadline(
        key=f"us_status[{index}]:{status.kind}_end", kind="status_end", due=status.valid_until,
        title=f"{label} ends",
        basis=f"{where}: the end of the client's {label} as entered for the client.",
    )


def _ead_caveat(valid_until: date, facts: CaseFacts, policy: Policy, as_of: date) -> str | None:
    """EAD facts that may change what the printed date means (never moved later here)."""
    notes: list[str] = []
    for status in facts.us_status or ():
        if status.kind == "tps" and status.country:
            cc = status.country.lower()
            fact, extended = _date_value(policy, f"tps.{cc}.ead_auto_extension_end", as_of)
            if fact is not None and extended is not None and extended > valid_until:
                notes.append(
                    f"If this EAD was issued on TPS for {_country(status.country)}, it is "
                    f"automatically extended to {extended.isoformat()} ({fact.id}); check the EAD's "
                    "category before relying on the later date.")
        if status.kind == "parole" and status.program:
            fact = policy.find(f"parole.{status.program.lower()}.ead_revoked", as_of)
            if fact is not None and fact.value is True:
                notes.append(
                    f"If this EAD was based on {status.program} parole, it was revoked with the "
                    f"parole ({fact.id}) and may already be invalid.")
    return _join(*dict.fromkeys(notes))


def _tps(index: int, status: UsStatus, facts: CaseFacts, policy: Policy, as_of: date,
         seen_policy_keys: set[str]) -> list[Deadline]:
    assert status.country
    cc = status.country.upper()
    name = _country(cc)
    fact, designation_end = _date_value(policy, f"tps.{cc.lower()}.designation_end", as_of)
    caveat = None
    if fact is not None:
        other = policy.find(f"tps.{cc.lower()}.designation_2023_end", as_of)
        other_note = None
        if other is not None and isinstance(other.value, date) and other.value != designation_end:
            other_note = (f"Registrants only under the 2023 designation lost TPS on "
                          f"{other.value.isoformat()} ({other.id}).")
        caveat = _join(_court_caveat(policy, f"tps.{cc.lower()}.termination_blocked", as_of),
                       _unconfirmed(fact), other_note)
    out: list[Deadline] = []
    own = status.valid_until
    where = f"us_status[{index}].valid_until"
    if own is not None:
        same = designation_end is not None and own == designation_end
        out.append(Deadline(
            key=f"us_status[{index}]:tps_end", kind="status_end", due=own,
            title=f"TPS ends ({name})",
            basis=(f"{where}: the end of the client's TPS ({name}) as entered for the client, "
                   f"the same day as {_cite(fact)}." if same and fact is not None else
                   f"{where}: the end of the client's TPS ({name}) as entered for the client."),
            source=_source(fact) if same and fact is not None else None,
            caveat=caveat if same else None,
        ))
        if same:
            return out
    key = f"tps:{cc}"
    if fact is not None and designation_end is not None and key not in seen_policy_keys:
        seen_policy_keys.add(key)
        out.append(Deadline(
            key=key, kind="status_end", due=designation_end, title=f"TPS for {name} ends",
            basis=f"{_cite(fact)}: the date TPS for {name} ends for every holder.",
            source=_source(fact), caveat=caveat,
        ))
    return out


def _parole_program(status: UsStatus, policy: Policy, as_of: date,
                    seen_policy_keys: set[str]) -> list[Deadline]:
    """The program-wide end of parole (CHNV, FRP), when it comes before the client's own date."""
    assert status.program
    program = status.program
    key = f"parole:{program}"
    fact, ends = _date_value(policy, f"parole.{program.lower()}.parole_end", as_of)
    if fact is None or ends is None or key in seen_policy_keys:
        return []
    if status.valid_until is not None and status.valid_until <= ends:
        return []  # the client's own parole ends first: that date is the deadline
    seen_policy_keys.add(key)
    return [Deadline(
        key=key, kind="program_end", due=ends, title=f"Parole ends for all {program} parolees",
        basis=f"{_cite(fact)}: unexpired {program} parole ends on this date.",
        source=_source(fact),
        caveat=_join(_court_caveat(policy, f"parole.{program.lower()}.termination_blocked", as_of),
                     _unconfirmed(fact)),
    )]


# -- Canada: entry and claim clocks ---------------------------------------------------------

def _entry_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    entry = facts.canada_entry
    if entry is None or entry.date is None or entry.claim_made_on is not None:
        return []
    if entry.mode not in _ENTRY_WORDS:
        return []
    out: list[Deadline] = []
    if entry.mode == "between_ports":
        window = _claim_window(entry.date, policy, as_of)
        if window is not None:
            out.append(window)
    bar = _one_year_bar(entry.date, entry.mode, policy, as_of)
    if bar is not None:
        out.append(bar)
    return out


def _claim_window(entered: date, policy: Policy, as_of: date) -> Deadline | None:
    window_fact, days = _int_value(policy, "stca.irregular_entry_claim_window_days", entered)
    c12 = policy.find("stca.after_14_days_ineligible", as_of)
    c12_days = None
    if c12 is not None and isinstance(c12.value, Mapping):
        c12_days = c12.value.get("days")
    if days is None:
        if not isinstance(c12_days, int):
            return None  # neither the STCA protocol nor Bill C-12 applied to this crossing
        days = c12_days
    due = entered + timedelta(days=days)
    after = due + timedelta(days=1)
    c12_applies = False
    if c12 is not None and isinstance(c12.value, Mapping):
        from_day = c12.value.get("claims_made_on_or_after")
        c12_applies = not isinstance(from_day, date) or max(as_of, after) >= from_day
    parts = [f"canada_entry.date {entered.isoformat()} (crossed between ports of entry), no claim made"]
    if window_fact is not None:
        parts.append(f"a claim made up to {days} days after crossing falls under the Safe Third "
                     f"Country Agreement and is returned to the U.S. unless an exception applies "
                     f"({window_fact.id})")
    if c12_applies and c12 is not None:
        remedy = c12.value.get("remedy") if isinstance(c12.value, Mapping) else None
        parts.append(f"under Bill C-12 a claim made after {due.isoformat()} is ineligible for the "
                     f"IRB" + (" (pre-removal risk assessment only)" if remedy == "prra" else "")
                     + f" ({c12.id})")
    cited = window_fact if window_fact is not None else c12
    assert cited is not None
    return Deadline(
        key=f"entry:{days}_days", kind="entry_claim_window", due=due,
        title=f"{days}-day claim window after crossing ends",
        basis="; ".join(parts) + ".",
        source=_source(cited),
        caveat=_join(_unconfirmed(window_fact), _unconfirmed(c12) if c12_applies else None),
    )


def _one_year_bar(entered: date, mode: str, policy: Policy, as_of: date) -> Deadline | None:
    fact = policy.find("asylum.one_year_bar", as_of)
    if fact is None or not isinstance(fact.value, Mapping):
        return None  # not law on this date
    years = fact.value.get("years")
    if isinstance(years, bool) or not isinstance(years, int):
        return None
    entries_after = fact.value.get("entries_after")
    if isinstance(entries_after, date) and entered <= entries_after:
        return None  # the bar counts only entries after that date
    due = add_years(entered, years)
    from_day = fact.value.get("claims_made_on_or_after")
    if isinstance(from_day, date) and max(as_of, due + timedelta(days=1)) < from_day:
        return None
    after = f"entries after {entries_after.isoformat()}" if isinstance(entries_after, date) else "entries"
    span = "one year" if years == 1 else f"{years} years"
    return Deadline(
        key="entry:one_year" if years == 1 else f"entry:{years}_years", kind="entry_claim_bar",
        due=due, title=f"{span.capitalize()} since entering Canada: claim bar",
        basis=(f"canada_entry.date {entered.isoformat()} ({_ENTRY_WORDS[mode]}), no claim made; "
               f"under Bill C-12 a claim made more than {span} after entry ({after}) is "
               f"ineligible for the IRB, so {due.isoformat()} is the last day ({fact.id})."),
        source=_source(fact), caveat=_unconfirmed(fact),
    )


# -- Express Entry and documents ------------------------------------------------------------

def _express_entry_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    invited = facts.express_entry.invitation_date if facts.express_entry else None
    if invited is None:
        return []
    fact, days = _int_value(policy, "ee.ita_window_days", invited)
    if fact is None:
        fact, days = _int_value(policy, "ee.ita_window_days", as_of)
    if fact is None or days is None:
        return []
    return [Deadline(
        key=f"ee:ita_{days}_days", kind="ee_invitation", due=invited + timedelta(days=days),
        title="Express Entry application due",
        basis=(f"express_entry.invitation_date {invited.isoformat()} + {days} days to submit the "
               f"application ({_cite(fact)})."),
        source=_source(fact), caveat=_unconfirmed(fact),
    )]


def _document_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    docs = facts.documents
    if docs is None:
        return []
    out: list[Deadline] = []
    if docs.passport_expiry is not None:
        out.append(Deadline(
            key="documents:passport_expiry", kind="passport", due=docs.passport_expiry,
            title="Passport expires",
            basis="documents.passport_expiry: the passport's expiry date as entered for the client.",
        ))
    for key, kind, taken, fact_id, title, what in (
        ("documents:language_test", "language_test", docs.language_test_date,
         "docs.language_test_validity_months", "Language test results expire",
         "language test taken"),
        ("documents:police_certificate", "police_certificate", docs.police_certificate_date,
         "docs.police_certificate_max_age_months", "Police certificate too old",
         "police certificate issued"),
        ("documents:medical_exam", "medical_exam", docs.medical_exam_date,
         "docs.medical_exam_validity_months", "Medical exam expires", "medical exam done"),
    ):
        if taken is None:
            continue
        fact, months = _int_value(policy, fact_id, as_of)
        if fact is None or months is None:
            continue
        field = {"language_test": "language_test_date", "police_certificate": "police_certificate_date",
                 "medical_exam": "medical_exam_date"}[kind]
        out.append(Deadline(
            key=key, kind=kind, due=add_months(taken, months), title=title,
            basis=(f"documents.{field}: {what} {taken.isoformat()}, usable for {months} months "
                   f"({_cite(fact)}); the application must be received before this date."),
            source=_source(fact), caveat=_unconfirmed(fact),
        ))
    return out


# -- caseworker tasks -----------------------------------------------------------------------

def task_key(title: str, due: date) -> str:
    """``task:`` + the first 10 hex digits of sha1("title|YYYY-MM-DD")."""
    digest = hashlib.sha1(f"{title}|{due.isoformat()}".encode()).hexdigest()[:10]
    return f"task:{digest}"


def _task_deadlines(facts: CaseFacts) -> list[Deadline]:
    out: list[Deadline] = []
    counts: dict[str, int] = {}
    for task in facts.tasks or ():
        key = task_key(task.title, task.due)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > 1:
            key = f"{key}#{counts[key]}"
        out.append(Deadline(
            key=key, kind="task", due=task.due, title=task.title or "Task",
            basis="caseworker task",
        ))
    return out
