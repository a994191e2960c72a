"""Where "today" and "now" come from: a clock handed down from the composition root.

Nothing below the composition root (``context.py``) reads the computer's clock: the rules take
``as_of`` as a parameter, and the few records that carry a time (audit entries, a client's
created/updated time, backup names, a calendar's DTSTAMP, the safety copy before an upgrade) are
stamped with ``Clock.now()`` of the clock the database was opened with. Tests pass a
``FixedClock``, so nothing they check depends on the day they run.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date:
        """The day rules and deadlines are judged on."""
        ...

    def now(self) -> datetime:
        """The instant a record is stamped with: timezone-aware."""
        ...


class FixedClock:
    """A clock that stands still until told to move (tests, benchmarks, screenshots)."""

    def __init__(self, day: date, at: datetime | None = None):
        if at is not None and at.utcoffset() is None:
            raise ValueError("FixedClock: give a timezone-aware time")
        self._day = day
        self._at = at or datetime.combine(day, time(12), tzinfo=UTC)

    def today(self) -> date:
        return self._day

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        """Move the time on by ``delta`` (two backups a test takes get two names); the day stays."""
        self._at += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._day.isoformat()}, {self._at.isoformat()})"
