"""Who is in the client's household, as the rules, the letters and the interview all read it.

Two questions several places ask, answered once:

- **Does the client have a partner?** In immigration law (IRPR s.1(1) and s.2) a partner is a
  spouse (married), a common-law partner (a year of living together) or a conjugal partner (a
  committed relationship of a year or more, prevented from living together or marrying). The
  case file records one in the ``partner`` section; a marital status of ``married`` or
  ``common_law`` says there is one even when that section is missing. ``single``, ``divorced``,
  ``widowed`` and ``separated`` with no partner recorded mean none (a conjugal partner is
  recorded in the ``partner`` section, whatever the marital status). Anything else is unknown.
- **Is the client a minor?** ``AGE_OF_MAJORITY`` is the one age below which the interview asks a
  minor's questions and an orphan counts as a minor. The ages that programs set in law (the
  age a sponsored partner must be, a sponsor's minimum age, the STCA's unaccompanied-minor
  limit) are dated policy facts, read where the rule is decided; they may change without
  touching code, and an assessment cites them.

Pure Python, standard library only. The functions take plain values, so the interview can ask
them about answers that are not validated yet (a value that is not the expected kind counts
as unknown).
"""

from __future__ import annotations

from datetime import date

from .dates import age_on

AGE_OF_MAJORITY = 18

PARTNERED_STATUSES = ("married", "common_law")
UNPARTNERED_STATUSES = ("single", "divorced", "widowed", "separated")


def has_partner(marital_status: object, partner: object) -> bool | None:
    """Whether the client has a spouse, common-law or conjugal partner.

    ``partner`` is the case file's ``partner`` section (any value but ``None`` means one is
    recorded); ``marital_status`` the client's. None when neither says.
    """
    if partner is not None or marital_status in PARTNERED_STATUSES:
        return True
    if marital_status in UNPARTNERED_STATUSES:
        return False
    return None


def is_minor(born: date | None, on: date) -> bool | None:
    """Under the age of majority on ``on``; None when the date of birth is unknown."""
    if born is None:
        return None
    return age_on(born, on) < AGE_OF_MAJORITY
