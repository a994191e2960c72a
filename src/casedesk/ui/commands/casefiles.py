"""File ▸ Import Case Files (on the worker, with progress and Cancel) and the two exports.

An import is one transaction (``services.casefiles``), so Cancel while the file is read and the
clients are written rolls all of it back: nothing was added. Once it has committed, the imported
clients are assessed (up to ``ASSESS_ON_IMPORT`` of them) in a second step that can no longer be
cancelled: Cancel would leave clients without a route, which is not "nothing changed".
"""

from __future__ import annotations

from pathlib import Path


from ...services import casefiles
from ...services.bundle import Services
from ...services.casefiles import ImportResult
from ..dialogs import CaseFileChooser, ConfirmExport, Notice
from ..errors import guarded
from ..ops import Changes, Op, Progress
from ..tr import QT_TRANSLATE_NOOP
from .base import Area
from ..counts import count_text

ASSESS_ON_IMPORT = 5_000  # larger imports are assessed by the caseload re-assessment (Policy menu)
IMPORTED = Changes(clients=True, assessments=True, deadlines=True)


class CaseFileCommands(Area):
    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not import"))
    def import_case_file(self, path: Path | None = None) -> bool:
        """Start the import; False when nothing started (no file chosen, or another operation runs)."""
        if not self.idle():
            return False
        path = path or CaseFileChooser.open_path(self.window)
        if path is None:
            return False
        today = self.today()
        reading = self.tr("Importing case files… clients read: %1")
        assessing = self.tr("Assessing the imported clients…")

        def work(services: Services, progress: Progress) -> ImportResult:
            result = casefiles.import_file(services.db, path, progress.report, policy=services.policy, as_of=today)
            if len(result.ids) <= ASSESS_ON_IMPORT:  # their best route shows at once
                progress.stage(assessing, cancellable=False, total=len(result.ids))
                services.assessments.reassess(result.ids, today, progress.report)
            return result

        return (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not import"), label=reading,
                   changes=IMPORTED, cancel=self.tr("Cancel"))
                .success(self._imported)
                .cancelled(lambda: self.say(self.tr("Import cancelled; nothing was imported.")))
                .run(self.runner))

    def _imported(self, result: ImportResult) -> None:
        if len(result.ids) > ASSESS_ON_IMPORT:
            message = self.tr("Clients imported: %1. Run Policy ▸ Re-assess Caseload to see their best routes.")
        else:
            message = self.tr("Clients imported: %1")
        message = message.replace("%1", count_text(len(result.ids)))
        self.window.after_change(Changes(), message, select=result.ids[0] if result.ids else None)
        if result.warnings:
            Notice.info(self.window, self.tr("Imported with warnings"), "\n".join(result.warnings[:20]))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export"))
    def export_selected(self) -> None:
        ids = self.window.selected_ids()
        if ids:
            self._export(ids)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not export"))
    def export_all(self) -> None:
        self._export(None)

    def _export(self, ids: list[int] | None) -> None:
        """Write the case files of ``ids`` (None: the whole caseload) on the worker: at 100,000 clients
        reading and writing them takes seconds."""
        if not self.idle() or not ConfirmExport.ask(self.window):
            return
        suggested = f"client-{ids[0]}.json" if ids and len(ids) == 1 else "caseload.jsonl"
        path = CaseFileChooser.save_path(self.window, suggested)
        if path is None:
            return

        def work(services: Services, _progress: Progress) -> int:
            return casefiles.export_file(services.db, services.clients.all_ids() if ids is None else ids, path)

        (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not export"),
            label=self.tr("Writing case files…"))
         .success(lambda count: self.say(self.tr("Case files written: %1").replace("%1", count_text(count))))
         .run(self.runner))
