"""The morning view's buckets: which open deadline needs what, on a given day.

A deadline is in one bucket by its due date, except the end of a U.S. status (``US_STATUS_KINDS``)
that passed more than ``ended_after_days`` ago: that is no longer a to-do but the client's state
("status ended 2025-04-24, 587 days ago"), in the ``ENDED`` bucket, to be reviewed once. Every
other overdue deadline (a task, a claim window) stays ``OVERDUE`` however old it is.

``TODAY`` is the first day of ``THIS_WEEK``: the week is "today and the next seven days", so
"what is due this week" never misses today's items. Later buckets do not overlap.

Each bucket is a range of due dates plus a rule on the kind (``BucketRange``), so storage can
query each one alone, completely and sorted, whatever the size of the others. Pure: "today"
and the setting are parameters.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from .vocab import STATUS_DEADLINE_KINDS as US_STATUS_KINDS

ENDED, OVERDUE, TODAY, THIS_WEEK, NEXT_30, NEXT_90, LATER = (
    "ended", "overdue", "today", "this_week", "next_30", "next_90", "later")
# The buckets the morning view shows, in its order (most urgent first, the ended statuses last).
BUCKETS = (OVERDUE, TODAY, THIS_WEEK, NEXT_30, NEXT_90, ENDED)

DEFAULT_ENDED_AFTER_DAYS = 30
WEEK_DAYS, MONTH_DAYS, QUARTER_DAYS = 7, 30, 90


class BucketRange(NamedTuple):  # not a dataclass: ``casedesk upcoming``'s quick read imports this module
    """Open deadlines due from ``first`` to ``last`` (both included; None: unbounded), and of the
    status kinds only (``status_only``) or, below ``status_before``, of the other kinds only."""

    first: date | None
    last: date | None
    status_only: bool = False
    status_before: date | None = None  # deadlines due before this day are kept only if not a status end


def ended_cutoff(today: date, ended_after_days: int) -> date:
    """A status end due before this day has ended (more than ``ended_after_days`` ago)."""
    return today - timedelta(days=ended_after_days)


def bucket_range(bucket: str, today: date, ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> BucketRange:
    cutoff = ended_cutoff(today, ended_after_days)
    day = timedelta(days=1)
    if bucket == ENDED:
        return BucketRange(None, cutoff - day, status_only=True)
    if bucket == OVERDUE:
        return BucketRange(None, today - day, status_before=cutoff)
    if bucket == TODAY:
        return BucketRange(today, today)
    if bucket == THIS_WEEK:
        return BucketRange(today, today + timedelta(days=WEEK_DAYS))
    if bucket == NEXT_30:
        return BucketRange(today + timedelta(days=WEEK_DAYS + 1), today + timedelta(days=MONTH_DAYS))
    if bucket == NEXT_90:
        return BucketRange(today + timedelta(days=MONTH_DAYS + 1), today + timedelta(days=QUARTER_DAYS))
    if bucket == LATER:
        return BucketRange(today + timedelta(days=QUARTER_DAYS + 1), None)
    raise ValueError(f"bucket: {bucket!r}")


def recent_overdue_range(today: date, ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> BucketRange:
    """The overdue to-dos that fell due within the last ``ended_after_days`` days (the morning summary
    lists these; older ones are counted there and listed whole in the ``OVERDUE`` bucket)."""
    return BucketRange(ended_cutoff(today, ended_after_days), today - timedelta(days=1))


def listing_range(today: date, within_days: int | None, bucket: str | None, include_ended: bool,
                  ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> BucketRange:
    """``casedesk upcoming``'s list: one bucket, or what needs action by ``within_days`` from today
    (overdue to-dos included; statuses ended long ago only with ``include_ended``: they are the
    clients' state, listed by the ``ENDED`` bucket)."""
    if bucket is not None:
        return bucket_range(bucket, today, ended_after_days)
    horizon = today + timedelta(days=within_days or 0)
    return BucketRange(None, horizon, status_before=None if include_ended else ended_cutoff(today, ended_after_days))


def bucket_of(due: date, kind: str, today: date, ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> str:
    """The one bucket of an open deadline (``THIS_WEEK`` for today's: ``TODAY`` is inside the week)."""
    days = (due - today).days
    if days < 0:
        if kind in US_STATUS_KINDS and due < ended_cutoff(today, ended_after_days):
            return ENDED
        return OVERDUE
    if days <= WEEK_DAYS:
        return THIS_WEEK
    if days <= MONTH_DAYS:
        return NEXT_30
    if days <= QUARTER_DAYS:
        return NEXT_90
    return LATER


def in_bucket(due: date, kind: str, bucket: str, today: date,
              ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> bool:
    """Whether an open deadline belongs to ``bucket`` (the same rule storage applies in SQL)."""
    r = bucket_range(bucket, today, ended_after_days)
    if (r.first is not None and due < r.first) or (r.last is not None and due > r.last):
        return False
    status = kind in US_STATUS_KINDS
    if r.status_only and not status:
        return False
    return not (r.status_before is not None and due < r.status_before and status)


def status_ended_days(status_expiry: date | None, today: date,
                      ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> int | None:
    """How many days ago the client's U.S. status ended, when that is more than ``ended_after_days``
    (then it is the client's state, not a to-do); else None."""
    if status_expiry is None or status_expiry >= ended_cutoff(today, ended_after_days):
        return None
    return (today - status_expiry).days
