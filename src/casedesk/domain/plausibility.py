"""Facts that cannot be true together: refused before they reach a verdict (issue 13).

The case file's reader checks each field on its own; these checks compare fields with each other
and with today (a date of birth in 2031 made a client a minor eligible for sponsorship; an entry to
Canada before birth made a deadline 20,775 days overdue). Each error names the field to correct.
Run on entry (import, the editor, the interview, a case file given on the command line), with
"today" passed in; a stored case is not re-judged when read.
"""

from __future__ import annotations

from datetime import date

from .dates import age_on
from .caseerrors import field_error
from .errors import FieldError
from .facts import CaseFacts

OLDEST = 130  # years: older than anyone living
# Fewest years between a parent and a child, with a year's slack because a relative's age is given
# in whole years and may have been recorded some time ago.
PARENT_GAP = 10 - 1
GRANDPARENT_GAP = 2 * PARENT_GAP
OLDER_BY = {"father": PARENT_GAP, "mother": PARENT_GAP, "grandfather": GRANDPARENT_GAP,
            "grandmother": GRANDPARENT_GAP}
YOUNGER_BY = {"child": PARENT_GAP, "grandchild": GRANDPARENT_GAP}


def _show(d: date) -> str:
    return d.isoformat()


def implausible(facts: CaseFacts, as_of: date) -> list[FieldError]:
    """Every pair of facts that cannot both be true, or fact that cannot be true on ``as_of``."""
    errors: list[FieldError] = []
    born = facts.client.date_of_birth
    if born is None:
        return errors
    if born > as_of:
        return [field_error("client.date_of_birth", "case.born_in_future", born=_show(born), today=_show(as_of))]
    age = age_on(born, as_of)
    if age > OLDEST:
        errors.append(field_error("client.date_of_birth", "case.born_too_long_ago", years=OLDEST, born=_show(born)))

    def not_before_birth(path: str, value: date | None) -> None:
        if value is not None and value < born:
            errors.append(field_error(path, "case.before_birth", born=_show(born), value=_show(value)))

    entry = facts.canada_entry
    if entry is not None:
        not_before_birth("canada_entry.date", entry.date)
        not_before_birth("canada_entry.first_entry_date", entry.first_entry_date)
        not_before_birth("canada_entry.claim_made_on", entry.claim_made_on)
        if entry.first_entry_date is not None and entry.date is not None and entry.first_entry_date > entry.date:
            errors.append(field_error("canada_entry.first_entry_date", "case.after_latest_entry",
                                      latest=_show(entry.date), value=_show(entry.first_entry_date)))
    if facts.partner is not None:
        not_before_birth("partner.since", facts.partner.since)
    if facts.documents is not None:
        d = facts.documents
        for key in ("language_test_date", "police_certificate_date", "medical_exam_date"):
            not_before_birth(f"documents.{key}", getattr(d, key))
    if facts.express_entry is not None:
        not_before_birth("express_entry.invitation_date", facts.express_entry.invitation_date)
    for i, relative in enumerate(facts.relatives_in_canada or ()):
        if relative.age is None:
            continue
        path = f"relatives_in_canada[{i}].age"
        gap = OLDER_BY.get(relative.relation)
        if gap is not None and relative.age < age + gap:
            errors.append(field_error(path, "case.relative_too_young", relation=relative.relation, age=relative.age,
                                      client_age=age, least=age + gap))
        gap = YOUNGER_BY.get(relative.relation)
        if gap is not None and relative.age > age - gap:
            if age >= gap:
                errors.append(field_error(path, "case.relative_too_old", relation=relative.relation,
                                          age=relative.age, client_age=age, most=age - gap))
            else:
                errors.append(field_error(path, "case.relative_impossible", relation=relative.relation,
                                          age=relative.age, client_age=age))
    return errors
