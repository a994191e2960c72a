"""The composition root's clock: the one place that reads the computer's clock."""

from __future__ import annotations

from datetime import date, datetime


class SystemClock:
    """The computer's clock. ``as_of`` (``--as-of``) stands in for today's date; records are still
    stamped with the real time (a backup's name, an audit entry's time)."""

    def __init__(self, as_of: date | None = None):
        self._as_of = as_of

    def today(self) -> date:
        return self._as_of or date.today()

    def now(self) -> datetime:
        return datetime.now().astimezone()
