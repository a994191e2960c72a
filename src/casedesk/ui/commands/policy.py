"""Policy ▸ Load Policy Update… and Policy ▸ Return to Shipped Policy Data, on the worker.

Each is one operation: the update is checked whole and stored (or the stored ones set aside), which
changes the policy every service reads; then the caseload is re-assessed with it (verdicts, U.S. status
ends and open deadlines compared with what was shown) and the difference and the clients affected are
listed. A refused file changes nothing and says which fact and field. Cancel stops the re-assessment
only (its transaction rolls back); the new policy data stays in force.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services.assessments import ReassessReport
from ...services.bundle import Services
from ...services.policyupdates import PolicyChange
from ..ops import Changes, Op, Progress
from ..ops.progress import Cancelled
from ..policy_update_view import ImpactRow, PolicyUpdateDialog, impact_rows
from .base import Area

CHANGED = Changes(assessments=True, deadlines=True)
Outcome = tuple[PolicyChange, ReassessReport | None, list[ImpactRow]]


class PolicyFileChooser:
    @staticmethod
    def open_path(parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent,
        QCoreApplication.translate("PolicyCommands", "Load policy update") if parent else "", "",
                                              "Policy data (*.json);;All files (*)")
        return Path(name) if name else None


class ConfirmRevert:
    @staticmethod
    def ask(parent: QWidget | None, version: str) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("PolicyCommands", "Return to shipped policy data") if parent else "",
            (QCoreApplication.translate("PolicyCommands",
                                        "Set aside the policy updates loaded into this caseload and use the policy "
                                        "data shipped with CaseDesk (%1)? Every caseworker of the caseload will "
                                        "use it.")
             if parent else "%1")
            .replace("%1", version))
        return answer == QMessageBox.StandardButton.Yes


class PolicyCommands(Area):
    last: Outcome | None = None
    _dialog: PolicyUpdateDialog | None = None

    def load_update(self) -> bool:
        """Ask for an update file and start loading it; False when nothing started."""
        if not self.idle():
            return False
        path = PolicyFileChooser.open_path(self.window)
        if path is None:
            return False
        return self._run(lambda services: services.policy_updates.load(path),
                         self.tr("Checking and loading the policy update…"),
                         QT_TRANSLATE_NOOP("Errors", "Could not load the policy update"))

    def revert_to_shipped(self) -> bool:
        if not self.idle():
            return False
        from ...policy.loader import default_policy

        if not ConfirmRevert.ask(self.window, default_policy().version):
            return False
        return self._run(lambda services: services.policy_updates.revert(),
                         self.tr("Returning to the shipped policy data…"),
                         QT_TRANSLATE_NOOP("Errors", "Could not return to the shipped policy data"))

    def _run(self, change, label: str, title: str) -> bool:
        today = self.today()
        assessing = self.tr("Re-assessing the caseload with the new policy data…")

        def work(services: Services, progress: Progress) -> Outcome:
            done: PolicyChange = change(services)
            if done.overridden:  # a --policy file stays in force: re-assessing would report its data, not the update's
                return done, None, []
            progress.stage(assessing, cancellable=True)
            try:
                report = services.assessments.reassess_all(today, progress.report)
            except Cancelled:
                return done, None, []
            return done, report, impact_rows(report)

        return (Op(self.window, work, title=title, label=label, changes=CHANGED, cancel=self.tr("Cancel"),
                   cancellable=False)
                .success(self._done)
                .run(self.runner))

    def _done(self, outcome: Outcome) -> None:
        self.last = outcome
        change, report, rows = outcome
        self.window.show_policy_age()
        if self._dialog is not None:
            self._dialog.deleteLater()
        dialog = self._dialog = PolicyUpdateDialog(change.diff, report, rows, self.window, overridden=change.overridden)
        dialog.open_client.connect(lambda cid: (dialog.accept(), self.window.commands.assessments.show_routes(cid),
                                                self.window.reveal(cid)))
        if change.overridden:
            self.say(self.tr("A policy file chosen for this run (--policy) stays in force until CaseDesk restarts."))
        dialog.exec()
