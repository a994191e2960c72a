"""The morning view: open deadlines across the caseload, most urgent first, and what was done with them.

``words.py`` says how urgent a deadline is (buckets, windows, the words and counts); ``model.py``
holds the rows (``UpcomingModel``); ``view.py`` is the tab (``UpcomingView``: a
``QSortFilterProxyModel`` in front of the model, the counts as buttons, filters, the calendar,
done and snooze); ``snooze.py`` and ``summary.py`` are its two dialogs (until when; the short list
shown when the day starts: today and this week, each line opening its client).
"""

from .model import (
    COL_BASIS, COL_CLIENT, COL_DUE, COL_KIND, COL_TITLE, COL_URGENCY, BucketRole, ClientIdRole, SortRole, UpcomingModel,
)
from .snooze import SnoozeDialog
from .summary import SUMMARY_LINES, MorningSummaryDialog
from .view import ROW_LIMIT, UpcomingView
from .words import (
    ENDED, ENDED_ONLY, KIND_NAMES, KINDS, LATER, MAX_DAYS, NEXT_30, NEXT_90, OVERDUE, OVERDUE_ONLY, THIS_WEEK, TODAY,
    WINDOWS, basis_text,
    basis_tooltip, bucket, bucket_label, client_name, in_window, kind_name, summarize, summary_text, urgency_text,
)

__all__ = [
    "ENDED", "ENDED_ONLY", "TODAY", "COL_BASIS", "COL_CLIENT", "COL_DUE", "COL_KIND", "COL_TITLE", "COL_URGENCY",
    "KINDS", "KIND_NAMES", "LATER",
    "MAX_DAYS", "NEXT_30", "NEXT_90", "OVERDUE", "OVERDUE_ONLY", "ROW_LIMIT", "SUMMARY_LINES", "THIS_WEEK",
    "WINDOWS", "BucketRole", "ClientIdRole", "MorningSummaryDialog", "SnoozeDialog", "SortRole", "UpcomingModel",
    "UpcomingView", "basis_text", "basis_tooltip", "bucket", "bucket_label", "client_name", "in_window",
    "kind_name", "summarize", "summary_text", "urgency_text",
]
