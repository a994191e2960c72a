"""Routes to Canada for one client, Policy ▸ Re-assess Caseload (on the worker), Policy ▸ Policy Data.

The re-assessment writes in one transaction (``AssessmentService.reassess``): Cancel, checked
after each thousand clients, rolls it back and leaves every stored assessment as it was. The
deadlines that follow it (only when the policy data moved since they were computed) are a second
step that cannot be cancelled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ...services.assessments import ReassessReport
from ...services.bundle import Services
from ..errors import guarded
from ..ops import Changes, Op, Progress
from ..reassess_view import Row, change_rows
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

REASSESSED = Changes(assessments=True, deadlines=True)


class AssessmentCommands(Area):
    last_reassess: ReassessReport | None = None
    _dialog: QDialog | None = None

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not assess the client"))
    def show_routes(self, client_id: int | None = None) -> None:
        from ..busy import show_busy
        from ..results import ResultsDialog

        w = self.window
        ids = [client_id] if client_id is not None else w.selected_ids()
        if len(ids) != 1 or not self.idle():
            return
        show_busy()  # assessing, storing and laying the routes out take a moment
        today = self.today()
        services = self.services
        record = services.clients.get(ids[0])
        # Saved (the client's history has it), unless today's, from the same facts and policy, is already.
        quoted = services.assessments.current(record.id, today)
        history = [p for p in services.assessments.past(record.id) if p.id != quoted.id]
        w.after_change(Changes(assessments=True), "", select=record.id)
        kind = ResultsDialog.show_for(w, record.facts, quoted.assessment,
                                      services.assessments.crs(record.facts, today), history,
                                      status_end=services.assessments.status_end(record.facts, today), letters=True)
        w.reveal(record.id)  # the selection the routes were opened from is the one Letter acts on
        if kind is not None:
            self.window.commands.letters.write_letter(kind)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not re-assess the caseload"))
    def reassess_caseload(self) -> bool:
        """Start the re-assessment; False when another operation runs."""
        if not self.idle():
            return False
        today = self.today()
        assessing = self.tr("Re-assessing the caseload…")
        updating = self.tr("Updating deadlines for the policy data…")

        def work(services: Services, progress: Progress) -> tuple[ReassessReport, list[Row]]:
            report = services.assessments.reassess_all(today, progress.report)
            progress.stage(updating, cancellable=False)
            services.deadlines.ensure_current(today, progress.report)  # deadlines read the policy data too
            return report, change_rows(report)

        return (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not re-assess the caseload"),
                   label=assessing, changes=REASSESSED, cancel=self.tr("Cancel"))
                .success(self._reassessed)
                .cancelled(lambda: self.say(self.tr("Re-assessment cancelled; no assessment was changed.")))
                .run(self.runner))

    def _reassessed(self, result: tuple[ReassessReport, list[Row]]) -> None:
        from ..reassess_view import ReassessDialog

        report, rows = result
        self.last_reassess = report
        self.window.show_policy_age()
        if self._dialog is not None:  # the previous re-assessment's: one is kept, for a second look
            self._dialog.deleteLater()
        dialog = self._dialog = ReassessDialog(report, self.window, rows)
        dialog.open_client.connect(lambda cid: (dialog.accept(), self._open_client(cid)))
        dialog.exec()

    def _open_client(self, client_id: int) -> None:
        self.window.reveal(client_id)
        self.show_routes(client_id)

    def show_policy(self) -> None:
        from ..policy_view import PolicyDialog

        PolicyDialog.show_for(self.services.policy.current, self.today(), self.window)
