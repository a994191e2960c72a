"""Calendar arithmetic the rules share: ages, whole months between dates, months and years later."""

from __future__ import annotations

import calendar
from datetime import date


def age_on(born: date, on: date) -> int:
    """Completed years on ``on``. A 29 February birthday falls on 1 March in other years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end`` (a month is complete on the same day number)."""
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months, clamped to the end of a shorter month.

    2024-01-31 + 1 = 2024-02-29; 2023-01-31 + 1 = 2023-02-28; 2024-02-29 + 12 = 2025-02-28.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """The anniversary ``years`` later; 29 Feb becomes 28 Feb in a common year."""
    return add_months(day, 12 * years)
