"""What the policy data say about a client's U.S. status on a date: TPS, parole, court orders, ties.

Shared by the deadlines and the eligibility rules, so the two never read the law differently:

- ``court_order``: the ``...termination_blocked`` fact in force, read with *Mullin v. Doe*
  (``tps.judicial_review_bar``): a TPS block recorded before the decision on non-constitutional
  grounds, or on grounds not recorded, is not shown as continuing after it without a newer fact;
  it becomes ``SUPERSEDED`` ("likely ended — verify"). The date is data, not code.
- ``tps_state``: a country's designation on a date. When its end has passed and no termination
  is recorded (``tps.<cc>.decision``), the status is ``UNKNOWN`` ("unknown — verify"), never
  lapsed, with the date the statute's automatic extension (``tps.automatic_extension``) would
  run to: each period with no decision published in time adds ``months``, so the date is the
  first end of such a period on or after the as-of date.
- ``parole_end``: a parolee's end of parole. A program-wide end (``parole.<program>.parole_end``)
  that is not blocked by a court supersedes a later I-94 date of the client's own.
- ``us_ties``: what the client's statuses say about ties to the U.S. (the "will leave Canada"
  test of IRPR s.179(b)): each status read with its dates and its court state.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .dates import add_months
from .facts import CaseFacts, UsStatus
from .messages import Msg, msg
from .policydata import Policy, PolicyFact

# Court order states.
BLOCKED, LITIGATION_UNKNOWN, SUPERSEDED = "blocked", "litigation_unknown", "superseded"
# TPS designation states.
IN_FORCE, ENDED, UNKNOWN, NO_DATA = "in_force", "ended", "unknown", "no_data"
# Ties to the U.S., strongest first.
LASTING, CONTINUING, TEMPORARY, NONE = "lasting", "continuing", "temporary", "none"
_TIE_RANK = {LASTING: 0, CONTINUING: 1, TEMPORARY: 2, NONE: 3}


@dataclass(frozen=True)
class CourtOrder:
    """A court order on a termination that keeps it from being plainly in effect."""

    state: str                      # BLOCKED, LITIGATION_UNKNOWN or SUPERSEDED
    fact: PolicyFact                # the ``...termination_blocked`` entry in force
    order: str | None
    grounds: str | None             # "constitutional", "non_constitutional" or None (not recorded)
    review_bar: PolicyFact | None = None  # for SUPERSEDED: the decision that removed its basis

    @property
    def may_continue(self) -> bool:
        """The status may run past its end date because of the order (verify either way)."""
        return self.state in (BLOCKED, LITIGATION_UNKNOWN)


def court_order(policy: Policy, fact_id: str, as_of: date) -> CourtOrder | None:
    """The court order in ``fact_id`` on ``as_of``; None when none is recorded or the termination took effect."""
    fact = policy.find(fact_id, as_of)
    if fact is None or not isinstance(fact.value, Mapping):
        return None
    blocked = fact.value.get("blocked", None)
    if blocked is False:
        return None
    order = fact.value.get("order")
    grounds = fact.value.get("grounds")
    order = order if isinstance(order, str) and order else None
    grounds = grounds if isinstance(grounds, str) else None
    if fact_id.startswith("tps."):
        bar = policy.find("tps.judicial_review_bar", as_of)
        decided = bar.value.get("decided") if bar is not None and isinstance(bar.value, Mapping) else None
        if bar is not None and isinstance(decided, date) and fact.effective < decided <= as_of \
                and grounds != "constitutional":
            return CourtOrder(SUPERSEDED, fact, order, grounds, bar)
    return CourtOrder(BLOCKED if blocked is True else LITIGATION_UNKNOWN, fact, order, grounds)


@dataclass(frozen=True)
class TpsState:
    """A country's TPS designation on a date."""

    country: str                            # upper case
    state: str                              # IN_FORCE, ENDED, UNKNOWN or NO_DATA
    end: date | None = None                 # the designation's end per the latest notice
    end_fact: PolicyFact | None = None
    decision: PolicyFact | None = None
    court: CourtOrder | None = None
    extension: PolicyFact | None = None     # for UNKNOWN: ``tps.automatic_extension``
    extended_to: date | None = None         # for UNKNOWN: where the automatic extension would run
    court_fact: PolicyFact | None = None    # the court fact in force, also when it says the block was lifted

    def facts(self) -> tuple[PolicyFact, ...]:
        found = (self.end_fact, self.decision, self.court_fact, self.court.fact if self.court else None,
                 self.court.review_bar if self.court else None, self.extension)
        return tuple(f for f in found if f is not None)


def _date_fact(policy: Policy, fact_id: str, on: date) -> tuple[PolicyFact | None, date | None]:
    fact = policy.find(fact_id, on)
    if fact is None or not isinstance(fact.value, date):
        return None, None
    return fact, fact.value


def tps_state(policy: Policy, country: str, as_of: date) -> TpsState:
    cc = country.upper()
    end_fact, end = _date_fact(policy, f"tps.{cc.lower()}.designation_end", as_of)
    if end_fact is None or end is None:
        return TpsState(cc, NO_DATA)
    decision = policy.find(f"tps.{cc.lower()}.decision", as_of)
    court = court_order(policy, f"tps.{cc.lower()}.termination_blocked", as_of)
    court_fact = policy.find(f"tps.{cc.lower()}.termination_blocked", as_of)
    if end >= as_of:
        return TpsState(cc, IN_FORCE, end, end_fact, decision, court, court_fact=court_fact)
    terminated = decision is not None and isinstance(decision.value, Mapping) \
        and decision.value.get("action") == "termination"
    if terminated:
        return TpsState(cc, ENDED, end, end_fact, decision, court, court_fact=court_fact)
    extension = policy.find("tps.automatic_extension", as_of)
    months = extension.value.get("months") if extension is not None and isinstance(extension.value, Mapping) else None
    extended_to = None
    if isinstance(months, int) and not isinstance(months, bool) and months > 0:
        extended_to = add_months(end, months)
        periods = 1
        while extended_to < as_of:  # no decision recorded for the next period either
            periods += 1
            extended_to = add_months(end, months * periods)
    else:
        extension = None
    return TpsState(cc, UNKNOWN, end, end_fact, decision, court, extension, extended_to, court_fact)


@dataclass(frozen=True)
class ParoleEnd:
    """When a parolee's parole ends: the program's end or the client's own date, whichever governs."""

    ends: date | None
    program_fact: PolicyFact | None = None   # ``parole.<program>.parole_end`` when it governs
    superseded: date | None = None           # the client's own later date, superseded by the program's
    court: CourtOrder | None = None


def parole_end(policy: Policy, status: UsStatus, as_of: date) -> ParoleEnd:
    own = status.valid_until
    if not status.program:
        return ParoleEnd(own)
    program = status.program.lower()
    fact, ends = _date_fact(policy, f"parole.{program}.parole_end", as_of)
    court = court_order(policy, f"parole.{program}.termination_blocked", as_of)
    if fact is None or ends is None or (court is not None and court.may_continue):
        return ParoleEnd(own, court=court)
    if own is not None and own <= ends:
        return ParoleEnd(own, court=court)
    return ParoleEnd(ends, fact, own, court)


# --- ties to the U.S. ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Ties:
    """How strongly the client's U.S. statuses tie them to the U.S. on a date, and why."""

    level: str                              # LASTING, CONTINUING, TEMPORARY or NONE
    reasons: tuple[Msg, ...]
    facts: tuple[PolicyFact, ...] = ()      # policy facts read (to cite)
    kinds: frozenset[str] = frozenset()     # the status kinds recorded


def _own(status: UsStatus, as_of: date) -> tuple[str, Msg]:
    """A status read from the client's own date only (EAD, asylum pending, other, or no policy data)."""
    code = status.kind
    detail = {"status": code, "program": status.program if code == "parole" else None,
              "country": status.country.upper() if code == "tps" and status.country else None}
    until = status.valid_until
    if until is None:
        return TEMPORARY, msg("us_ties.temporary_end_unknown", **detail)
    if until < as_of:
        return NONE, msg("us_ties.ended", on=until, **detail)
    return TEMPORARY, msg("us_ties.temporary_until", until=until, **detail)


def _tps(status: UsStatus, policy: Policy, as_of: date) -> tuple[str, Msg, tuple[PolicyFact, ...]]:
    assert status.country
    state = tps_state(policy, status.country, as_of)
    cc = state.country
    if state.state == NO_DATA:
        level, reason = _own(status, as_of)
        return level, reason, ()
    court = state.court
    if state.state == IN_FORCE:
        return TEMPORARY, msg("us_ties.tps_until", country=cc, until=state.end), state.facts()
    if state.state == UNKNOWN:
        return TEMPORARY, msg("us_ties.tps_unknown", country=cc, ended=state.end,
                              extended_to=state.extended_to), state.facts()
    if court is not None and court.state == SUPERSEDED:
        assert court.review_bar is not None
        bar = court.review_bar.value
        return TEMPORARY, msg("us_ties.tps_block_superseded", country=cc, ended=state.end,
                              since=court.fact.effective, case=bar.get("case"), decided=bar.get("decided"),
                              grounds=court.grounds), state.facts()
    if court is not None:
        params = dict(country=cc, ended=state.end, order=court.order)
        return TEMPORARY, (msg("us_ties.tps_blocked", **params) if court.state == BLOCKED
                           else msg("us_ties.tps_litigation_unknown", **params)), state.facts()
    return NONE, msg("us_ties.ended", status="tps", country=cc, program=None, on=state.end), state.facts()


def _parole(status: UsStatus, policy: Policy, as_of: date) -> tuple[str, Msg, tuple[PolicyFact, ...]]:
    end = parole_end(policy, status, as_of)
    cited = tuple(f for f in (end.program_fact, end.court.fact if end.court else None) if f is not None)
    if end.superseded is not None and end.ends is not None:
        level = NONE if end.ends < as_of else TEMPORARY
        return level, msg("us_ties.parole_superseded", program=status.program, own=end.superseded,
                          ends=end.ends, ended=end.ends < as_of), cited
    if end.court is not None and end.court.may_continue and end.ends is not None and end.ends < as_of:
        return TEMPORARY, msg("us_ties.parole_blocked", program=status.program, ended=end.ends,
                              order=end.court.order), cited
    level, reason = _own(status, as_of)
    return level, reason, cited


def us_ties(facts: CaseFacts, policy: Policy, as_of: date) -> Ties | None:
    """The client's ties to the U.S. on ``as_of``; None when U.S. status has not been asked about."""
    if facts.us_status is None:
        return None
    if not facts.us_status:
        return Ties(NONE, (msg("us_ties.none_recorded"),))
    levels: list[str] = []
    reasons: list[Msg] = []
    cited: list[PolicyFact] = []
    for status in facts.us_status:
        if status.kind in ("citizen", "permanent_resident"):
            levels.append(LASTING)
            reasons.append(msg("us_ties.citizen") if status.kind == "citizen" else msg("us_ties.permanent_resident"))
            continue
        if status.kind == "visa":
            until = status.valid_until
            if until is not None and until < as_of:
                levels.append(NONE)
                reasons.append(msg("us_ties.ended", status="visa", program=None, country=None, on=until))
            else:
                levels.append(CONTINUING)
                reasons.append(msg("us_ties.visa", until=until))
            continue
        if status.kind == "tps" and status.country:
            level, reason, used = _tps(status, policy, as_of)
        elif status.kind == "parole":
            level, reason, used = _parole(status, policy, as_of)
        else:
            level, reason = _own(status, as_of)
            used = ()
        levels.append(level)
        reasons.append(reason)
        cited += used
    best = min(levels, key=_TIE_RANK.__getitem__)
    return Ties(best, tuple(dict.fromkeys(reasons)), tuple(dict.fromkeys(cited)),
                frozenset(s.kind for s in facts.us_status))


def is_us_citizen(facts: CaseFacts) -> bool:
    """U.S. citizenship is recorded among the client's U.S. statuses."""
    return any(s.kind == "citizen" for s in facts.us_status or ())
