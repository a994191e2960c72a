"""One way to write a date across the window: ISO, YYYY-MM-DD (2026-12-02), the order the entry
fields accept and that no reader takes for 12 February; a moment adds the local hour and minute."""

from __future__ import annotations

from datetime import UTC, date, datetime


def show_date(day: date | None) -> str:
    """2026-12-02; empty for none."""
    return day.isoformat() if day is not None else ""


def show_moment(moment: datetime | None) -> str:
    """2026-12-02 15:04 in this computer's time zone (a naive moment is UTC, as the database keeps them)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
