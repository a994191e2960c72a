"""Client ▸ Close File…, Client ▸ Purge… (on the worker: it rewrites the database file) and
Client ▸ Files Past Retention…."""

from __future__ import annotations

import logging
from collections.abc import Callable

from ...services.bundle import Services
from ...services.errors import NotFound
from ...services.retention import Purged, add_years
from ..caseload_model import COL_NAME
from ..errors import guarded
from ..ops import Changes, Op, Progress
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

log = logging.getLogger("casedesk.ui")
GONE = Changes(clients=True, deadlines=True, assessments=True, letters=True)


class RetentionCommands(Area):
    def _one_selected(self) -> tuple[int, str] | None:
        w = self.window
        ids = w.selected_ids()
        row = w.model.row_of(ids[0]) if len(ids) == 1 else None
        if row is None:
            return None
        return ids[0], w.model.data(w.model.index(row, COL_NAME))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not close the file"))
    def close_file(self) -> None:
        from ..retention_view import CloseFileDialog

        chosen = self._one_selected()
        if chosen is None or not self.idle():
            return
        client_id, name = chosen
        retention = self.services.retention
        answer = CloseFileDialog.ask(self.window, name, retention.closed_on(client_id), self.today())
        if answer is None:
            return
        what, day = answer
        if what == CloseFileDialog.CLOSE and day is not None:
            retention.close_file(client_id, day, as_of=self.today())
            message = self.tr("File closed.")
        else:
            retention.reopen_file(client_id)
            message = self.tr("File reopened.")
        self.window.after_change(Changes(clients=True), message, select=client_id)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not purge the client"))
    def purge_selected(self) -> None:
        chosen = self._one_selected()
        if chosen is not None:
            self.purge(*chosen)

    def purge(self, client_id: int, name: str, after: Callable[[], object] | None = None) -> None:
        """Confirm (naming the client), then erase it on the worker: the file is rewritten."""
        from ..retention_view import ConfirmPurge

        if not self.idle():
            return
        retention = self.services.retention
        try:
            closed, deleted = retention.closed_on(client_id), False
        except NotFound:  # deleted: only its values in the change history are left
            closed, deleted = None, True
        keep_until = add_years(closed, retention.years()) if closed is not None else None
        if not ConfirmPurge.ask(self.window, name, closed, keep_until, self.today(), deleted=deleted):
            return

        def work(services: Services, _progress: Progress) -> Purged:
            return services.retention.purge(client_id)

        def done(result: Purged) -> None:
            self.window.undo_stack.clear()  # an undone deletion of this client has nothing left to bring back
            log.info("purged a client: %d audit entries erased", result.entries_erased)
            self.say(self.tr("Client purged: %1 history entries erased.").replace("%1", str(result.entries_erased)))
            if after is not None:
                after()

        op = Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not purge the client"),
                label=self.tr("Purging the client and rewriting the caseload file…"), changes=GONE)
        op.success(done).run(self.runner)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not list the files past retention"))
    def show_past_retention(self) -> None:
        from ..retention_view import RetentionDialog

        retention = self.services.retention
        dialog: RetentionDialog | None = None

        def refresh() -> None:
            if dialog is not None:
                dialog.set_rows(retention.due(as_of=self.today()), retention.years(), retention.deleted())

        dialog = RetentionDialog(retention.due(as_of=self.today()), retention.years(), retention.deleted(),
                                 lambda client_id, name: self.purge(client_id, name, after=refresh), self.window)
        dialog.exec()
