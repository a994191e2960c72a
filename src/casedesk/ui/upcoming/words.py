"""The Upcoming view's words and buckets: how urgent a deadline is, said in words, and the counts.

Urgency is never colour alone: every row says it in words ("Overdue 12 days", "Today",
"In 3 days"); the colour (``model.py``) only repeats it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from ...domain.deadlines import KINDS
from ...domain.morning import (
    BUCKETS, DEFAULT_ENDED_AFTER_DAYS, ENDED, NEXT_30, NEXT_90, OVERDUE, THIS_WEEK, TODAY, in_bucket,
)
from ...domain.morning import LATER as LATER  # the view's names for the buckets, re-exported
from ...services.deadlines import DeadlineRecord, DeadlineWords, Summary
from ..tr import QT_TRANSLATE_NOOP
from ..counts import count_text

# The buckets (``domain.morning``): overdue (statuses ended long ago apart); today; today .. 7 days;
# 8 .. 30; 31 .. 90; statuses already ended. The table shows one bucket at a time, whole.
# ``WINDOWS`` names each by a number of days, for ``UpcomingView.set_window`` (OVERDUE_ONLY: overdue).
OVERDUE_ONLY = -1
ENDED_ONLY = -2
WINDOWS = {OVERDUE: OVERDUE_ONLY, TODAY: 0, THIS_WEEK: 7, NEXT_30: 30, NEXT_90: 90, ENDED: ENDED_ONLY}
assert tuple(WINDOWS) == BUCKETS
MAX_DAYS = 90

KIND_NAMES = {
    "status_end": QT_TRANSLATE_NOOP("Upcoming", "U.S. status ends"),
    "ead_end": QT_TRANSLATE_NOOP("Upcoming", "Work permit (EAD) ends"),
    "program_end": QT_TRANSLATE_NOOP("Upcoming", "Parole program ends"),
    "entry_claim_window": QT_TRANSLATE_NOOP("Upcoming", "Claim window after crossing"),
    "entry_claim_bar": QT_TRANSLATE_NOOP("Upcoming", "One-year claim bar"),
    "ee_invitation": QT_TRANSLATE_NOOP("Upcoming", "Express Entry invitation"),
    "language_test": QT_TRANSLATE_NOOP("Upcoming", "Language test expires"),
    "police_certificate": QT_TRANSLATE_NOOP("Upcoming", "Police certificate too old"),
    "medical_exam": QT_TRANSLATE_NOOP("Upcoming", "Medical exam expires"),
    "passport": QT_TRANSLATE_NOOP("Upcoming", "Passport expires"),
    "task": QT_TRANSLATE_NOOP("Upcoming", "Task"),
}
assert set(KIND_NAMES) == set(KINDS), set(KINDS) ^ set(KIND_NAMES)


def tr(text: str) -> str:
    return QCoreApplication.translate("Upcoming", text)


def kind_name(kind: str) -> str:
    label = KIND_NAMES.get(kind)
    return tr(label) if label else kind


def client_name(record: DeadlineRecord) -> str:
    """ "Family, Given" (either alone when the other is blank)."""
    if record.family_name and record.given_names:
        return f"{record.family_name}, {record.given_names}"
    return record.family_name or record.given_names or ""


def bucket(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return OVERDUE
    if days <= 7:
        return THIS_WEEK
    if days <= 30:
        return NEXT_30
    return NEXT_90


def urgency_text(due: date, today: date) -> str:
    """ "Overdue 12 days", "Overdue 1 day", "Today", "Tomorrow", "In 3 days"."""
    days = (due - today).days
    if days < -1:
        return QCoreApplication.translate("Upcoming", "Overdue %1 days").replace("%1", count_text(-days))
    if days == -1:
        return QCoreApplication.translate("Upcoming", "Overdue 1 day")
    if days == 0:
        return QCoreApplication.translate("Upcoming", "Today")
    if days == 1:
        return QCoreApplication.translate("Upcoming", "Tomorrow")
    return QCoreApplication.translate("Upcoming", "In %1 days").replace("%1", count_text(days))


def summarize(records: Iterable[DeadlineRecord], today: date,
              ended_after_days: int = DEFAULT_ENDED_AFTER_DAYS) -> Summary:
    """Count open deadlines by bucket, as ``DeadlineService.summary`` does, from rows already read."""
    counts = dict.fromkeys(BUCKETS, 0)
    for r in records:
        for b in BUCKETS:
            counts[b] += in_bucket(r.due, r.kind, b, today, ended_after_days)
    return Summary(counts[OVERDUE], counts[THIS_WEEK], counts[NEXT_30], counts[NEXT_90], counts[ENDED],
                   counts[TODAY])


def in_window(record: DeadlineRecord, today: date, window: int) -> bool:
    if window == OVERDUE_ONLY:
        return record.due < today
    return record.due <= today + timedelta(days=window)


def basis_text(words: DeadlineWords) -> str:
    """The basis and the source it cites, with the caveat after it (marked, so it is not missed)."""
    if words.caveat:
        return f"{words.cited_basis} \N{WARNING SIGN} {words.caveat}"
    return words.cited_basis


def basis_tooltip(record: DeadlineRecord, words: DeadlineWords) -> str:
    lines = [words.basis]
    if words.caveat:
        lines.append(QCoreApplication.translate("Upcoming", "Caveat: %1").replace("%1", words.caveat))
    if record.source_title or record.source_url:
        lines.append(QCoreApplication.translate(
            "Upcoming", "Source: %1").replace("%1", record.source_title or record.source_id or ""))
        if record.source_url:
            lines.append(record.source_url)
    if not record.source_confirmed:
        lines.append(QCoreApplication.translate(
            "Upcoming", "This source is not confirmed: verify before relying on it."))
    return "\n".join(lines)


def summary_text(summary: Summary) -> str:
    """ "Overdue: 3 · Today: 2 · This week: 12 · Next 30 days: 20 · Next 90 days: 41 · Status already ended: 7"."""
    return " \N{MIDDLE DOT} ".join(bucket_label(b, summary.of(b)) for b in BUCKETS)


def bucket_label(b: str, count: int) -> str:
    words = {OVERDUE: QCoreApplication.translate("Upcoming", "Overdue: %1"),
             TODAY: QCoreApplication.translate("Upcoming", "Today: %1"),
             THIS_WEEK: QCoreApplication.translate("Upcoming", "This week: %1"),
             NEXT_30: QCoreApplication.translate("Upcoming", "Next 30 days: %1"),
             NEXT_90: QCoreApplication.translate("Upcoming", "Next 90 days: %1"),
             ENDED: QCoreApplication.translate("Upcoming", "Status already ended: %1")}[b]
    return words.replace("%1", count_text(count))


def bucket_counts(summary: Summary) -> tuple[int, ...]:
    return tuple(summary.of(b) for b in BUCKETS)
