"""Open deadlines as an iCalendar file, for the calendar a caseworker already watches.

Each deadline is an all-day event with alarms at the reminder lead times. Its UID is derived
from the client id and the deadline key, so exporting again updates the same events instead of
adding copies. Client names stay out of the events unless the user turns that setting on:
calendars are often synced to the cloud.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from .. import __version__
from ..atomic import atomic_write
from ..domain.messages import msg
from ..text import render
from .deadlines import DeadlineRecord, DeadlineService, record_words
from .settings import SettingsService

HORIZON_DAYS = 3650  # every open deadline, overdue ones included


def event_uid(client_id: int, key: str) -> str:
    digest = hashlib.sha1(f"{client_id}:{key}".encode()).hexdigest()[:16]
    return f"casedesk-{client_id}-{digest}@casedesk.invalid"


def build_calendar(records: list[DeadlineRecord], lead_days: dict[str, list[int]], names: bool,
                   stamp: datetime, language: str = "en") -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//CaseDesk//CaseDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "CaseDesk deadlines")
    for r in records:
        who = (", ".join(p for p in (r.family_name, r.given_names) if p) if names
               else render(msg("deadline.calendar.client", id=r.client_id), language))
        event = Event()
        event.add("uid", event_uid(r.client_id, r.key))
        event.add("dtstamp", stamp)
        event.add("dtstart", r.due)
        event.add("dtend", r.due + timedelta(days=1))
        words = record_words(r, language)
        event.add("summary", f"{words.title} ({who})")
        description = words.cited_basis + (f"\n{words.caveat}" if words.caveat else "")
        if r.source_url:
            description += f"\n{r.source_url}"  # the source's link, below its title in the basis
        event.add("description", description)
        event.add("categories", [r.kind])
        for days in lead_days.get(r.kind, []):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", render(msg("deadline.calendar.reminder", title=words.title, who=who, days=days),
                                            language))
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal


def export_ics(deadlines: DeadlineService, settings: SettingsService, path: Path, as_of: date,
               *, names: bool | None = None, language: str = "en") -> int:
    """Write every open deadline to ``path`` (a private file, replaced atomically); returns the count."""
    records = deadlines.upcoming(as_of, HORIZON_DAYS)
    from ..domain.deadlines import KINDS

    lead = {kind: settings.lead_days(kind) for kind in KINDS}
    names = settings.get("calendar.names_in_titles") if names is None else names
    stamp = deadlines.db.clock.now().astimezone(UTC).replace(microsecond=0)
    data = build_calendar(records, lead, names, stamp, language).to_ical()
    with atomic_write(Path(path)) as out:
        out.write(data)
    return len(records)
