"""Open deadlines as an iCalendar file, for the calendar a caseworker already watches.

Each deadline is an all-day event with alarms at the reminder lead times. Its UID is derived
from the client id and the deadline key, so exporting again updates the same events instead of
adding copies. Client names stay out of the events unless the user turns that setting on:
calendars are often synced to the cloud.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..atomic import atomic_write
from ..domain.messages import msg
from ..text import render
from .deadlines import DeadlineRecord, DeadlineService, record_words
from .settings import SettingsService

if TYPE_CHECKING:
    from icalendar import Calendar

HORIZON_DAYS = 3650  # every open deadline, overdue ones included
# Stands for the client in words rendered once for many events (no catalogue text holds it).
_WHO = "\ue000"


def event_uid(client_id: int, key: str) -> str:
    digest = hashlib.sha1(f"{client_id}:{key}".encode()).hexdigest()[:16]
    return f"casedesk-{client_id}-{digest}@casedesk.invalid"


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """One content line, folded at 75 octets without splitting a character (RFC 5545 3.1), CRLF-ended."""
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[bytes] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # never inside a character: back to its first byte
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # continuation lines start with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode() + "\r\n"


def _trigger(days: int) -> str:
    return f"-P{days}D" if days else "PT0S"


def write_calendar(records: Iterable[DeadlineRecord], lead_days: dict[str, list[int]], names: bool,
                   stamp: datetime, write: Callable[[str], object], language: str = "en") -> int:
    """The iCalendar text of these deadlines, written a few events at a time through ``write``
    (no object per property: at 70,000 events the icalendar library took minutes); returns the count."""
    dtstamp = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    write("BEGIN:VCALENDAR\r\n" + _fold(f"PRODID:-//CaseDesk//CaseDesk {__version__}//EN") + "VERSION:2.0\r\n"
          "X-WR-CALNAME:CaseDesk deadlines\r\n")
    count, chunk = 0, []
    client_word = render(msg("deadline.calendar.client", id=_WHO), language)
    reminders: dict[tuple[str, int], str] = {}  # worded once per title and lead time, the client put in after
    # What many events share, made once: a day's dates, a basis's description, a kind's category.
    days_lines: dict[date, str] = {}
    shared: dict[tuple[str, str | None, str | None, str], str] = {}
    for r in records:
        who = (", ".join(p for p in (r.family_name, r.given_names) if p) if names
               else client_word.replace(_WHO, str(r.client_id)))
        words = record_words(r, language)
        dates = days_lines.get(r.due)
        if dates is None:
            dates = days_lines[r.due] = (f"DTSTART;VALUE=DATE:{r.due:%Y%m%d}\r\n"
                                         f"DTEND;VALUE=DATE:{r.due + timedelta(days=1):%Y%m%d}\r\n")
        described = shared.get((words.cited_basis, words.caveat, r.source_url, r.kind))
        if described is None:
            description = words.cited_basis + (f"\n{words.caveat}" if words.caveat else "")
            if r.source_url:
                description += f"\n{r.source_url}"  # the source's link, below its title in the basis
            described = shared[words.cited_basis, words.caveat, r.source_url, r.kind] = (
                _fold(f"DESCRIPTION:{_escape(description)}") + _fold(f"CATEGORIES:{_escape(r.kind)}"))
        lines = ["BEGIN:VEVENT\r\n", _fold(f"UID:{event_uid(r.client_id, r.key)}"), f"DTSTAMP:{dtstamp}\r\n",
                 dates, _fold(f"SUMMARY:{_escape(f'{words.title} ({who})')}"), described]
        for days in lead_days.get(r.kind, []):
            reminder = reminders.get((words.title, days))
            if reminder is None:
                reminder = reminders[words.title, days] = render(
                    msg("deadline.calendar.reminder", title=words.title, who=_WHO, days=days), language)
            reminder = reminder.replace(_WHO, who)
            lines += ["BEGIN:VALARM\r\nACTION:DISPLAY\r\n", _fold(f"DESCRIPTION:{_escape(reminder)}"),
                      f"TRIGGER:{_trigger(days)}\r\nEND:VALARM\r\n"]
        lines.append("END:VEVENT\r\n")
        chunk.append("".join(lines))
        count += 1
        if len(chunk) >= 1_000:
            write("".join(chunk))
            chunk = []
    write("".join(chunk) + "END:VCALENDAR\r\n")
    return count


def build_calendar(records: list[DeadlineRecord], lead_days: dict[str, list[int]], names: bool,
                   stamp: datetime, language: str = "en") -> Calendar:
    """``write_calendar``'s text read back by the icalendar library (what a calendar application sees)."""
    from icalendar import Calendar  # only here: the export itself writes the text without it

    parts: list[str] = []
    write_calendar(records, lead_days, names, stamp, parts.append, language)
    return Calendar.from_ical("".join(parts))


def export_ics(deadlines: DeadlineService, settings: SettingsService, path: Path, as_of: date,
               *, names: bool | None = None, language: str = "en") -> int:
    """Write every open deadline to ``path`` (a private file, replaced atomically); returns the count."""
    from ..domain.deadlines import KINDS


    lead = {kind: settings.lead_days(kind) for kind in KINDS}
    names = settings.get("calendar.names_in_titles") if names is None else names
    stamp = deadlines.db.clock.now().astimezone(UTC).replace(microsecond=0)
    with atomic_write(Path(path)) as out:  # streamed: one deadline at a time from the database to the file
        return write_calendar(deadlines.each_upcoming(as_of, HORIZON_DAYS), lead, names, stamp,
                              lambda text: out.write(text.encode()), language)
