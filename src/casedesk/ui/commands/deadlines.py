"""View ▸ Upcoming Deadlines and Today's Summary, File ▸ Export Deadlines to Calendar, and the
recompute of every deadline after the policy data changed (at start, after a restore).

The recompute runs on the worker while the window is already up. Until it is done the caseload's
"Status ends" and "Next deadline" are the old data's, so a banner over the caseload says so (and
keeps saying so if the recompute fails or is cancelled by closing the window: it is one
transaction, rolled back, and done again at the next start).
"""

from __future__ import annotations

from datetime import date


from ...services.bundle import Services
from ...services.deadlines import DeadlineRecord, Summary
from ..dialogs import CaseFileChooser, ConfirmExport
from ..errors import guarded
from ..ops import Changes, Op, Progress, Unseen
from ..tr import QT_TRANSLATE_NOOP
from .base import Area
from ..counts import count_text

RECOMPUTED = Changes(deadlines=True)


class DeadlineCommands(Area):
    _rolled_to: date | None = None  # the day "Next deadline" was last brought up to (``roll_day``)
    _summary_day: date | None = None

    def show_upcoming(self) -> None:
        w = self.window
        if w.tabs.currentWidget() is w.upcoming:
            w.upcoming.refresh()
        else:
            w.tabs.setCurrentWidget(w.upcoming)  # the tab change reads it (once: it took two reads before)
        w.upcoming.table.setFocus()

    def show_morning_summary(self, always: bool = False) -> None:
        """What is overdue and due this week: at start, and when the app comes back on a new day.
        Read on the worker (the counts take 0.1-1 s at 100,000 clients), after what runs there."""
        self.runner.when_idle("morning-summary", lambda: self._read_summary(always))

    def _read_summary(self, always: bool) -> None:
        today = self.today()
        if not always and self._summary_day == today:
            return
        self._summary_day = today

        def work(services: Services, _progress: Progress) -> tuple[Summary, list[DeadlineRecord] | None]:
            summary = services.deadlines.summary(today)
            if not always and summary.overdue == 0 and summary.this_week == 0:
                return summary, None  # nothing to say this morning
            return summary, services.deadlines.morning_list(today)

        (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not read today's deadlines"),
            label=self.tr("Reading today's deadlines…"), view=Unseen())
         .success(lambda read: self._morning_summary(today, *read))
         .run(self.runner))

    def _morning_summary(self, today: date, summary: Summary, top: list[DeadlineRecord] | None) -> None:
        from ..upcoming import MorningSummaryDialog

        if top is not None and MorningSummaryDialog.show_for(self.window, summary, top, today,
                                                             open_client=self.window.commands.clients.open_from_upcoming):
            self.show_upcoming()

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export the deadlines"))
    def export_calendar(self) -> None:
        from ...services.calendar_export import export_ics

        if not self.idle() or not ConfirmExport.ask(self.window):  # dates and ids (names if chosen) leave the database
            return
        path = CaseFileChooser.save_calendar_path(self.window)
        if path is None:
            return
        today = self.today()

        def work(services: Services, _progress: Progress) -> int:  # 70,000 events take seconds: off the GUI thread
            return export_ics(services.deadlines, services.settings, path, today)

        (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not export the deadlines"),
            label=self.tr("Writing the calendar…"))
         .success(lambda count: self.say(self.tr("Calendar written: %1 deadlines").replace("%1", count_text(count))))
         .run(self.runner))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not update the deadlines"))
    def recompute_if_needed(self) -> bool:
        """If the stored deadlines were computed with other policy data (a new version, ``--policy``, a
        restored backup) or older words, recompute them all on the worker (once what runs there has
        ended: the start-up backup); True if they need it."""
        if self.services.deadlines.is_current():
            return False
        self.window.show_banner(self.tr("Updating deadlines for the new policy data… Until this is done, “Status "
                                        "ends” and “Next deadline” are from the data they were computed with."))
        self.runner.when_idle("recompute-deadlines", self._recompute)
        return True

    def _recompute(self) -> None:
        w = self.window
        today = self.today()

        def work(services: Services, progress: Progress) -> int:
            return services.deadlines.refresh_all(today, progress.report)

        (Op(w, work, title=QT_TRANSLATE_NOOP("Errors", "Could not update the deadlines"),
            label=self.tr("Updating deadlines: %1 of %2 clients"), changes=RECOMPUTED, cancellable=True)
         .success(lambda count: self._recomputed(count))
         .failure(self._not_recomputed)
         .cancelled(lambda: self._not_recomputed(None))
         .run(self.runner))

    def roll_day(self) -> None:
        """On the worker, once what runs there has ended: bring "Next deadline" up to today (a status that
        ended long ago is the client's state, not a to-do; a snooze that ended is one again). The first
        start of a day rewrites only the clients concerned; the other starts find nothing to do. Asked
        again when the window comes back (a window left open overnight): once a day."""
        if self._rolled_to == self.today():
            return
        self.runner.when_idle("roll-day", self._roll)

    def _roll(self) -> None:
        today = self.today()
        self._rolled_to = today

        def work(services: Services, progress: Progress) -> int:
            return services.deadlines.roll_to(today)

        # A failure is reported (the runner's default) once: the day stays marked as asked, so it is tried
        # again at the next start, not at every return to the window.
        (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not update the deadlines"),
            label=self.tr("Bringing “Next deadline” up to today"))
         .success(lambda rewritten: self.runner.announce(RECOMPUTED) if rewritten else None)  # else nothing moved
         .run(self.runner))

    def _recomputed(self, count: int) -> None:
        self.window.show_banner(None)
        self.say(self.tr("Deadlines updated for the policy data in force: %1 clients").replace("%1", count_text(count)))

    def _not_recomputed(self, exc: Exception | None) -> None:
        self.window.show_banner(self.tr("“Status ends” and “Next deadline” are from older policy data: they could "
                                        "not be updated. Policy ▸ Re-assess Caseload updates them."))
        if exc is not None:
            from ..errors import report

            report(exc, QT_TRANSLATE_NOOP("Errors", "Could not update the deadlines"), self.window, "recompute")
