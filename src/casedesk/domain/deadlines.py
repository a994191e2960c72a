"""The dated deadlines of a case: when status, work permit or a claim runs out.

``compute_deadlines(facts, policy, as_of)`` turns the client's facts and the policy data in
force on ``as_of`` into a sorted list of ``Deadline``. Every deadline says what it is
(``title``), where it comes from (``basis``; ``source`` when a policy fact is cited) and what to
be careful about (``caveats``: a court order, an unconfirmed source). Those are messages: codes
with parameters (``deadline.title.*``, ``deadline.basis.*``, ``deadline.caveat.*``; see
``messages.py``), whose parameters are facts and policy values (dates, numbers, country and
program codes, the policy fact id), never words; ``casedesk.text`` turns them into English or
French. Dates come from the facts or the policy data, never from constants in code. Deadlines
already past stay in the list with a negative ``days_left``: an overdue deadline is the one a
caseworker most needs to see.

What is computed:

U.S. side (``status_end``, ``ead_end``, ``program_end``)
    Every ``us_status`` entry with a ``valid_until`` is a deadline (``ead_end`` for an EAD), except
    U.S. citizenship and permanent residence, which do not end.
    A TPS entry also gets the designation's end from ``tps.<cc>.designation_end`` (keyed
    ``tps:CC``) when that differs from the client's own date or the client's date is unknown;
    when both are the same day one deadline is kept, citing the policy. A parole entry whose
    program has ``parole.<program>.parole_end`` (CHNV, FRP) gets that program-wide date
    (keyed ``parole:PROGRAM``) when the client's own date is unknown or later; a later own date
    is then superseded (not a deadline; the program's deadline says so), unless a court blocks
    the termination. U4U has no program-wide date. Court orders (``...termination_blocked``)
    become caveats, never later dates: a deadline errs early; a TPS block that *Mullin v. Doe*
    removed the basis of says "likely ended — verify" (``usstatus.court_order``). A designation
    whose end passed with no termination recorded is "status unknown — verify", due where the
    statute's automatic extension would run (``usstatus.tps_state``), never overdue. The earliest
    of these deadlines is the client's *status cliff* (``cliff=True``), overdue or not.

Canada side (``entry_claim_window``, ``entry_claim_bar``)
    For an entry between ports with no claim made yet: the last day of the STCA window
    (``stca.irregular_entry_claim_window_days`` after the crossing; the day of crossing is not
    counted, so an entry on 31 Jan 2025 gives 14 Feb 2025). A claim up to that day falls
    under the STCA; after it, once Bill C-12 is in force (``stca.after_14_days_ineligible``),
    the claim is ineligible. For any entry to Canada with no claim made yet, when
    ``asylum.one_year_bar`` is in force on ``as_of`` and the entry is after its
    ``entries_after`` date: the last day before the one-year bar, counted from the first entry
    after that date (``canada_entry.first_entry_date``, else the latest entry; ``claimbar``, the
    same function the refugee rules read, also for a client back in the U.S.). IRPA's "more than one year
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
from .claimbar import one_year_bar
from .dates import add_months, add_years  # noqa: F401  (add_years: re-exported for callers)
from .deadline_codes import deadline_fact_ids
from .facts import CaseFacts, UsStatus
from .messages import Msg, msg
from .policydata import Policy, PolicyFact, stale_fact_ids
from .usstatus import SUPERSEDED, UNKNOWN, CourtOrder, court_order, parole_end, tps_state

KINDS = vocab.DEADLINE_KINDS
US_STATUS_KINDS = vocab.STATUS_DEADLINE_KINDS  # the deadline kinds that make up the client's U.S. status
# On a tie for the cliff, the end of a status comes before the end of the work permit it carries.
_CLIFF_ORDER = {"status_end": 0, "program_end": 1, "ead_end": 2}

# The ways into Canada whose claim clocks are computed (``canada_entry.mode``).
_ENTRY_MODES = ("between_ports", "port_of_entry", "airport")


@dataclass(frozen=True)
class Deadline:
    key: str            # stable per client across recomputation; unique within one case
    kind: str           # one of KINDS
    due: date
    title: Msg          # what falls due (``deadline.title.*``)
    basis: Msg          # the fact or policy it comes from (``deadline.basis.*``)
    source: Source | None = None   # the policy fact cited; None for facts typed by the caseworker
    caveats: tuple[Msg, ...] = ()  # court order, unconfirmed source...: verify before relying on it
    cliff: bool = False            # the earliest of the client's U.S. status end dates
    stale_facts: tuple[str, ...] = ()  # policy facts it rests on, not verified for too long (``policydata``)

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind

    def days_left(self, as_of: date) -> int:
        """Days from ``as_of`` to the due date: 0 on the day, negative once overdue."""
        return (self.due - as_of).days

    def overdue(self, as_of: date) -> bool:
        return self.due < as_of

    def messages(self) -> dict[str, Any]:
        """Title, basis and caveats as JSON-ready messages: what is stored, and what ``--json`` shows."""
        return {"title": self.title.as_dict(), "basis": self.basis.as_dict(),
                "caveats": [c.as_dict() for c in self.caveats]}

    def as_dict(self, as_of: date) -> dict[str, Any]:
        """The deadline as data (its words are added at the edge, from ``messages``)."""
        return {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "days_left": self.days_left(as_of),
            "source": None if self.source is None else self.source.as_dict(),
            "key": self.key,
            "cliff": self.cliff,
            "messages": self.messages(),
            "stale_facts": list(self.stale_facts),
        }

    def fact_ids(self) -> tuple[str, ...]:
        """The policy facts the deadline rests on: its source and the facts its messages cite."""
        return deadline_fact_ids(self.source.id if self.source else None, (self.title, self.basis, *self.caveats))


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
    return [_finished(d, d is cliff, stale_fact_ids(policy, d.fact_ids(), as_of)) for d in found]


def _finished(d: Deadline, cliff: bool, stale: tuple[str, ...]) -> Deadline:
    # Built without cliff and stale facts (every builder leaves them at their defaults): most keep them.
    if not cliff and not stale:
        return d
    return replace(d, cliff=cliff, stale_facts=stale)


def status_cliff(deadlines: Iterable[Deadline]) -> Deadline | None:
    """The earliest U.S. status deadline (status, program or EAD end), overdue or not.

    On the same day a status end is preferred to a program end, and either to an EAD end.
    """
    status = [d for d in deadlines if d.kind in US_STATUS_KINDS]
    return min(status, key=lambda d: (d.due, _CLIFF_ORDER[d.kind], d.key)) if status else None


# -- helpers --------------------------------------------------------------------------------

def _source(fact: PolicyFact) -> Source:
    return Source(fact.id, fact.source_title or fact.title, fact.source_url, fact.confirmed)


def _unconfirmed(code: str, fact: PolicyFact | None) -> tuple[Msg, ...]:
    """A caveat when ``fact`` is not from an official or primary source (``code`` says which fact it is)."""
    if fact is None or fact.confirmed:
        return ()
    return (msg(code, fact=fact.id, confidence=fact.confidence),)


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


def _court_caveat(policy: Policy, fact_id: str, as_of: date) -> tuple[Msg, ...]:
    """What a ``...termination_blocked`` fact in force on ``as_of`` says, as a caveat (the order's
    name is the policy data's own text; the fact's confidence says how sure that report is). A TPS
    block that *Mullin v. Doe* removed the basis of says so instead (``usstatus.court_order``)."""
    return _court_message(court_order(policy, fact_id, as_of))


def _court_message(order: CourtOrder | None) -> tuple[Msg, ...]:
    if order is None:
        return ()  # none recorded, or the termination took effect
    fact = order.fact
    if order.state == SUPERSEDED:
        assert order.review_bar is not None
        bar = order.review_bar.value
        state = "blocked" if fact.value.get("blocked") is True else "litigation_unknown"
        return (msg("deadline.caveat.court_block_superseded", order=order.order, since=fact.effective,
                    state=state, grounds=order.grounds, case=bar.get("case"),
                    decided=bar.get("decided"), fact=fact.id, bar_fact=order.review_bar.id,
                    confidence=fact.confidence),)
    code = "deadline.caveat.court_blocked" if order.state == "blocked" else "deadline.caveat.litigation_unknown"
    return (msg(code, order=order.order, fact=fact.id, confidence=fact.confidence),)


# -- U.S. status ----------------------------------------------------------------------------

def _us_status_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    statuses = facts.us_status or ()
    out: list[Deadline] = []
    seen_policy_keys: set[str] = set()
    for index, status in enumerate(statuses):
        if status.kind == "tps" and status.country:
            out += _tps(index, status, policy, as_of, seen_policy_keys)
            continue
        if status.kind in ("citizen", "permanent_resident"):
            continue  # lasting statuses: a green card's printed date is the card's, not the status's
        superseded = status.kind == "parole" and parole_end(policy, status, as_of).superseded is not None
        if status.valid_until is not None and not superseded:
            out.append(_own_status(index, status, facts, policy, as_of))
        if status.kind == "parole" and status.program:
            out += _parole_program(index, status, policy, as_of, seen_policy_keys)
    return out


def _status_title(status: UsStatus) -> Msg:
    """The end of one of the client's U.S. statuses, by kind (with its program or country)."""
    return msg("deadline.title.status_end", status=status.kind,
               program=status.program if status.kind == "parole" else None,
               country=status.country.upper() if status.kind != "parole" and status.country else None)


def _own_status(index: int, status: UsStatus, facts: CaseFacts, policy: Policy,
                as_of: date) -> Deadline:
    """The date the caseworker typed for one ``us_status`` entry."""
    assert status.valid_until is not None
    basis = msg("deadline.basis.client_date", field=f"us_status[{index}].valid_until")
    if status.kind == "ead":
        return Deadline(
            key=f"ead[{index}]", kind="ead_end", due=status.valid_until,
            title=msg("deadline.title.ead_end"), basis=basis,
            caveats=_ead_caveats(status.valid_until, facts, policy, as_of),
        )
    return Deadline(
        key=f"us_status[{index}]:{status.kind}_end", kind="status_end", due=status.valid_until,
        title=_status_title(status), basis=basis,
    )


def _ead_caveats(valid_until: date, facts: CaseFacts, policy: Policy, as_of: date) -> tuple[Msg, ...]:
    """EAD facts that may change what the printed date means (never moved later here)."""
    notes: list[Msg] = []
    for status in facts.us_status or ():
        if status.kind == "tps" and status.country:
            cc = status.country.lower()
            fact, extended = _date_value(policy, f"tps.{cc}.ead_auto_extension_end", as_of)
            if fact is not None and extended is not None and extended > valid_until:
                notes.append(msg("deadline.caveat.ead_tps_auto_extension", country=status.country.upper(),
                                 until=extended, fact=fact.id))
        if status.kind == "parole" and status.program:
            fact = policy.find(f"parole.{status.program.lower()}.ead_revoked", as_of)
            if fact is not None and fact.value is True:
                notes.append(msg("deadline.caveat.ead_parole_revoked", program=status.program, fact=fact.id))
    return tuple(dict.fromkeys(notes))


def _tps(index: int, status: UsStatus, policy: Policy, as_of: date,
         seen_policy_keys: set[str]) -> list[Deadline]:
    assert status.country
    state = tps_state(policy, status.country, as_of)
    cc = state.country
    fact, designation_end = state.end_fact, state.end
    caveats: tuple[Msg, ...] = ()
    other_note: tuple[Msg, ...] = ()
    if fact is not None:
        other = policy.find(f"tps.{cc.lower()}.designation_2023_end", as_of)
        if other is not None and isinstance(other.value, date) and other.value != designation_end:
            other_note = (msg("deadline.caveat.tps_2023_designation_end", ended=other.value, fact=other.id),)
        caveats = (_court_message(state.court) + _unconfirmed("deadline.caveat.source_unconfirmed", fact)
                   + other_note)
    out: list[Deadline] = []
    own = status.valid_until
    unknown = state.state == UNKNOWN
    if own is not None:
        same = fact is not None and designation_end is not None and own == designation_end
        # A date of the client's own that the designation's end already passed, with no decision on
        # what follows recorded, is superseded by the "unknown — verify" deadline below.
        if not (unknown and designation_end is not None and own <= designation_end):
            where = f"us_status[{index}].valid_until"
            out.append(Deadline(
                key=f"us_status[{index}]:tps_end", kind="status_end", due=own,
                title=_status_title(status),
                basis=(msg("deadline.basis.client_date_tps_designation_end", field=where, country=cc,
                           fact=fact.id) if same and fact is not None else
                       msg("deadline.basis.client_date", field=where)),
                source=_source(fact) if same and fact is not None else None,
                caveats=caveats if same else (),
            ))
            if same:
                return out
    key = f"tps:{cc}"
    if fact is None or designation_end is None or key in seen_policy_keys:
        return out
    seen_policy_keys.add(key)
    if unknown and state.extension is not None and state.extended_to is not None:
        extension = state.extension
        out.append(Deadline(
            key=key, kind="status_end", due=state.extended_to,
            title=msg("deadline.title.tps_status_unknown", country=cc),
            basis=msg("deadline.basis.tps_automatic_extension", country=cc, ended=designation_end,
                      until=state.extended_to, months=extension.value.get("months"),
                      provision=extension.value.get("provision"), fact=fact.id, extension_fact=extension.id),
            source=_source(extension),
            # The designation's own end is the basis here, not the due date: its source's confidence is not
            # repeated; the extension's is.
            caveats=(msg("deadline.caveat.tps_status_unknown", country=cc, ended=designation_end, fact=fact.id),)
            + _court_message(state.court) + other_note + _unconfirmed("deadline.caveat.source_unconfirmed", extension),
        ))
        return out
    out.append(Deadline(
        key=key, kind="status_end", due=designation_end,
        title=msg("deadline.title.tps_designation_end", country=cc),
        basis=msg("deadline.basis.tps_designation_end", country=cc, fact=fact.id),
        source=_source(fact), caveats=caveats,
    ))
    return out


def _parole_program(index: int, status: UsStatus, policy: Policy, as_of: date,
                    seen_policy_keys: set[str]) -> list[Deadline]:
    """The program-wide end of parole (CHNV, FRP), when it comes before the client's own date.

    A later I-94 date of the client's own is superseded by it (``usstatus.parole_end``): it is not a
    live deadline, and the program's deadline says so.
    """
    assert status.program
    program = status.program
    key = f"parole:{program}"
    fact, ends = _date_value(policy, f"parole.{program.lower()}.parole_end", as_of)
    if fact is None or ends is None or key in seen_policy_keys:
        return []
    if status.valid_until is not None and status.valid_until <= ends:
        return []  # the client's own parole ends first: that date is the deadline
    seen_policy_keys.add(key)
    governs = parole_end(policy, status, as_of)
    superseded = (msg("deadline.caveat.own_parole_date_superseded", program=program, own=governs.superseded,
                      ends=ends, field=f"us_status[{index}].valid_until", fact=fact.id),) \
        if governs.superseded is not None else ()
    return [Deadline(
        key=key, kind="program_end", due=ends,
        title=msg("deadline.title.parole_program_end", program=program),
        basis=msg("deadline.basis.parole_program_end", program=program, fact=fact.id),
        source=_source(fact),
        caveats=(superseded + _court_caveat(policy, f"parole.{program.lower()}.termination_blocked", as_of)
                 + _unconfirmed("deadline.caveat.source_unconfirmed", fact)),
    )]


# -- Canada: entry and claim clocks ---------------------------------------------------------

def _entry_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    entry = facts.canada_entry
    if entry is None or entry.claim_made_on is not None:
        return []
    out: list[Deadline] = []
    if entry.mode == "between_ports" and entry.date is not None:
        window = _claim_window(entry.date, policy, as_of)
        if window is not None:
            out.append(window)
    bar = _one_year_bar(facts, policy, as_of)
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
    remedy = c12.value.get("remedy") if c12_applies and c12 is not None and isinstance(c12.value, Mapping) else None
    cited = window_fact if window_fact is not None else c12
    assert cited is not None
    return Deadline(
        key=f"entry:{days}_days", kind="entry_claim_window", due=due,
        title=msg("deadline.title.claim_window_end", days=days),
        basis=msg("deadline.basis.claim_window", entered=entered, days=days, due=due,
                  stca_fact=window_fact.id if window_fact is not None else None,
                  c12_fact=c12.id if c12_applies and c12 is not None else None,
                  remedy=remedy if isinstance(remedy, str) else None),
        source=_source(cited),
        caveats=(_unconfirmed("deadline.caveat.source_unconfirmed", window_fact)
                 + (_unconfirmed("deadline.caveat.c12_unconfirmed", c12) if c12_applies else ())),
    )


def _one_year_bar(facts: CaseFacts, policy: Policy, as_of: date) -> Deadline | None:
    """The last day before Bill C-12's one-year bar (``claimbar.one_year_bar``: the refugee rules read
    the same bar, so the two never disagree)."""
    entry = facts.canada_entry
    bar = one_year_bar(entry, policy, as_of)
    if entry is None or bar is None or not bar.matters(as_of):
        return None
    mode = entry.mode if not bar.first_entry_known and entry.mode in _ENTRY_MODES else None
    return Deadline(
        key="entry:one_year" if bar.years == 1 else f"entry:{bar.years}_years", kind="entry_claim_bar",
        due=bar.last_day,
        title=msg("deadline.title.claim_bar", years=bar.years),
        basis=msg("deadline.basis.claim_bar", entered=bar.counted_from, mode=mode, years=bar.years,
                  due=bar.last_day, entries_after=bar.entries_after, counted_from=bar.field,
                  fact=bar.fact.id),
        source=_source(bar.fact), caveats=_unconfirmed("deadline.caveat.source_unconfirmed", bar.fact),
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
        title=msg("deadline.title.ee_application_due"),
        basis=msg("deadline.basis.ee_invitation", invited=invited, days=days, fact=fact.id),
        source=_source(fact), caveats=_unconfirmed("deadline.caveat.source_unconfirmed", fact),
    )]


# The documents that expire: (key, kind, date field, policy fact, title code, basis code).
_DOCUMENTS = (
    ("documents:language_test", "language_test", "language_test_date", "docs.language_test_validity_months",
     "deadline.title.language_test_expires", "deadline.basis.language_test"),
    ("documents:police_certificate", "police_certificate", "police_certificate_date",
     "docs.police_certificate_max_age_months", "deadline.title.police_certificate_too_old",
     "deadline.basis.police_certificate"),
    ("documents:medical_exam", "medical_exam", "medical_exam_date", "docs.medical_exam_validity_months",
     "deadline.title.medical_exam_expires", "deadline.basis.medical_exam"),
)


def _document_deadlines(facts: CaseFacts, policy: Policy, as_of: date) -> list[Deadline]:
    docs = facts.documents
    if docs is None:
        return []
    out: list[Deadline] = []
    if docs.passport_expiry is not None:
        out.append(Deadline(
            key="documents:passport_expiry", kind="passport", due=docs.passport_expiry,
            title=msg("deadline.title.passport_expires"),
            basis=msg("deadline.basis.client_date", field="documents.passport_expiry"),
        ))
    for key, kind, field, fact_id, title, basis in _DOCUMENTS:
        taken: date | None = getattr(docs, field)
        if taken is None:
            continue
        fact, months = _int_value(policy, fact_id, as_of)
        if fact is None or months is None:
            continue
        out.append(Deadline(
            key=key, kind=kind, due=add_months(taken, months), title=msg(title),
            basis=msg(basis, taken=taken, months=months, fact=fact.id),
            source=_source(fact), caveats=_unconfirmed("deadline.caveat.source_unconfirmed", fact),
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
            key=key, kind="task", due=task.due, title=msg("deadline.title.task", title=task.title),
            basis=msg("deadline.basis.task"),
        ))
    return out
