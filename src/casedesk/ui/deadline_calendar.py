"""A month of due dates, beside the Upcoming list.

Days with open deadlines are bold, with how many in the tooltip; days already past that still
hold open deadlines are red and underlined (overdue is never shown by colour alone). Clicking
a day lists what is due that day.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

OVERDUE_COLOUR = QColor("#b00020")
BUSY_BACKGROUND = QColor("#fff1c2")  # a day with several deadlines
BUSY = 3


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DeadlineCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upcoming:calendar")
        self.setAccessibleName(self.tr("Due dates by month"))
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(self.palette().text())
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # Qt paints weekends red: red means overdue here
            self.setWeekdayTextFormat(weekend, plain)
        self.counts: dict[date, int] = {}
        self._marked: list[QDate] = []

    def show_month_of(self, today: date) -> None:
        """Open on ``today``'s month with ``today`` selected (QCalendarWidget starts on the system date)."""
        self.setSelectedDate(qdate(today))
        self.setCurrentPage(today.year, today.month)

    def month_shown(self) -> tuple[date, date]:
        """The first and last day of the month on the page."""
        year, month = self.yearShown(), self.monthShown()
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])

    def show_counts(self, counts: dict[date, int], today: date) -> None:
        for marked in self._marked:
            self.setDateTextFormat(marked, QTextCharFormat())
        self.counts = dict(counts)
        self._marked = []
        for day, n in counts.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if day < today:
                fmt.setForeground(OVERDUE_COLOUR)
                fmt.setFontUnderline(True)
                fmt.setToolTip(self.tr("%n open deadline(s), overdue", "", n))
            else:
                if n >= BUSY:
                    fmt.setBackground(BUSY_BACKGROUND)
                fmt.setToolTip(self.tr("%n open deadline(s)", "", n))
            self.setDateTextFormat(qdate(day), fmt)
            self._marked.append(qdate(day))
