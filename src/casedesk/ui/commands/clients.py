"""Client ▸ New, Edit, Delete (with Edit ▸ Undo), History, and the guided interview."""

from __future__ import annotations

import logging

from PySide6.QtGui import QKeySequence

from ...services.errors import USER_ERRORS, EditConflict
from ..caseload_model import COL_NAME
from ..dialogs import ConfirmDelete, Notice
from ..errors import describe, guarded
from ..ops import Changes, Op
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

log = logging.getLogger("casedesk.ui")
SAVED = Changes(clients=True, assessments=True, deadlines=True)  # facts saved: re-assessed, deadlines regenerated
GONE = Changes(clients=True, deadlines=True)


class ClientCommands(Area):
    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not add the client"))
    def new_client(self) -> None:
        from ..editor import ClientEditor  # loaded on first use: keeps start-up short

        if not self.idle():
            return
        facts = ClientEditor.ask(self.window, as_of=self.today())
        if facts is None:
            return
        today = self.today()
        client_id = self.services.clients.add(facts, as_of=today)
        self.services.assessments.assess_client(client_id, today)
        self.window.after_change(SAVED, self.tr("Client added."), select=client_id)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not save the client"))
    def edit_client(self) -> None:
        ids = self.window.selected_ids()
        if len(ids) != 1 or not self.idle():
            return
        from ..editor import ClientEditor

        record = self.services.clients.get(ids[0])
        model = self.window.model
        row = model.row_of(record.id)
        facts = ClientEditor.ask(self.window, record.facts, as_of=self.today(),
                                 status_end=model.row_data(row).status_expiry if row is not None else None,
                                 ended_after_days=model.ended_after_days())
        if facts is None:
            return
        today = self.today()
        try:
            self.services.clients.update(record.id, facts, record.version, as_of=today)
        except EditConflict as conflict:  # someone else saved first: show whose and mine, let me choose
            self._resolve(conflict, record.id, facts, record.facts)
            return
        self.services.assessments.current(record.id, today)  # saved unchanged: no second assessment
        self.window.after_change(SAVED, self.tr("Client saved."), select=record.id)

    def _resolve(self, conflict: EditConflict, client_id: int, mine, base) -> None:
        """``base``: the client as the editor opened it; re-applying saves only what I changed in it."""
        from ...domain.casefile import parse_case
        from ..conflict_dialog import REAPPLY, RELOAD, ConflictDialog

        theirs = self.services.clients.get(client_id)
        answer = ConflictDialog.ask(self.window, conflict, theirs.facts, mine, base)
        choice, merged = answer if answer is not None else (None, None)
        today = self.today()
        if choice == REAPPLY:  # over the version just shown; if it moved again, that conflict is told
            self.services.clients.update(client_id, parse_case(merged, as_of=today), theirs.version, as_of=today)
            self.services.assessments.current(client_id, today)
            self.window.after_change(SAVED, self.tr("Client saved: your values replaced theirs."), select=client_id)
        elif choice == RELOAD:
            self.window.after_change(SAVED, self.tr("Reloaded: the client as they saved it."), select=client_id)

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not delete"))
    def delete_clients(self) -> None:
        w = self.window
        ids = w.selected_ids()
        if not ids or not self.idle():
            return
        names = [w.model.data(w.model.index(w.model.row_of(i), COL_NAME)) for i in ids]
        if not ConfirmDelete.ask(w, names):
            return
        count = self.services.clients.delete(ids)
        from ..undo import DeleteClientsCommand

        w.undo_stack.push(DeleteClientsCommand(ids, self._delete_again, self._undelete))
        undo_key = w.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("Client deleted") if count == 1 else self.tr("Clients deleted: %1").replace("%1", str(count))
        w.after_change(GONE, self.tr("%1 — Undo (%2)").replace("%1", text).replace("%2", undo_key))

    def _undelete(self, ids: list[int]) -> bool:
        """Undo a deletion: the clients come back with their facts and records, re-assessed."""
        try:
            self.services.clients.restore(ids, as_of=self.today())  # with their assessments: nothing to re-run
        except USER_ERRORS as exc:
            log.info("undo delete refused: %s", type(exc).__name__)
            Notice.warn(self.window, self.tr("Could not undo the deletion"), describe(exc))
            return False
        self.window.clear_search()
        self.window.after_change(GONE, self.tr("Client restored") if len(ids) == 1 else
                                 self.tr("Clients restored: %1").replace("%1", str(len(ids))), select=ids[0])
        return True

    def _delete_again(self, ids: list[int]) -> bool:
        try:
            count = self.services.clients.delete(ids)
        except USER_ERRORS as exc:
            log.info("redo delete refused: %s", type(exc).__name__)
            Notice.warn(self.window, self.tr("Could not delete"), describe(exc))
            return False
        self.window.after_change(GONE, self.tr("Clients deleted: %1").replace("%1", str(count)))
        return True

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not show the history"))
    def show_history(self) -> None:
        from ..audit_view import AuditDialog

        w = self.window
        ids = w.selected_ids()
        if len(ids) != 1:
            return
        name = w.model.data(w.model.index(w.model.row_of(ids[0]), COL_NAME))
        dialog = AuditDialog(self.services.audit, ids[0], name, w)
        # The whole trail's seals are checked on the worker (it reads every entry) while the dialog shows.
        op = Op(w, lambda services, _progress: services.audit.verify(),
                title=QT_TRANSLATE_NOOP("Errors", "Could not check the change history"),
                label=self.tr("Checking the change history…"))
        if not op.success(dialog.show_check).run(self.runner):
            dialog.show_check(None, self.runner.label)
        dialog.exec()

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not run the interview"))
    def interview(self) -> None:
        """The guided interview, for the selected client or (with none selected) a new one."""
        from ..interview import InterviewWizard

        if not self.idle():
            return
        ids = self.window.selected_ids()
        if len(ids) > 1:  # not a blank new client without a word
            self.say(self.tr("The interview is for one client: select one, or none for a new client "
                             "(%1 are selected).").replace("%1", str(len(ids))))
            return
        services = self.services
        record = services.clients.get(ids[0]) if len(ids) == 1 else None
        today = self.today()
        letter: list[str] = []
        facts = InterviewWizard.ask(self.window, record.facts if record else None,
                                    lambda f: services.assessments.assess_facts(f, today),
                                    lambda f: services.assessments.crs(f, today), today,
                                    status_end=lambda f: services.assessments.status_end(f, today), letter=letter)
        if facts is None:
            return
        if record is None:
            client_id = services.clients.add(facts, as_of=today)
        else:
            client_id = record.id
            try:
                services.clients.update(record.id, facts, record.version, as_of=today)
            except EditConflict as conflict:  # saved by someone else while the interview ran
                self._resolve(conflict, record.id, facts, record.facts)
                return
        services.assessments.current(client_id, today)  # the same facts twice in a day: one assessment
        self.window.after_change(SAVED, self.tr("Interview answers saved."), select=client_id)
        if letter:
            self.window.reveal(client_id)
            self.window.commands.letters.write_letter(letter[0])

    def open_from_upcoming(self, client_id: int) -> None:
        """Double-click on a deadline: the client's file, selected in the caseload."""
        w = self.window
        w.show_caseload()
        w.reveal(client_id)
        if w.selected_ids() == [client_id]:
            w.act_edit.trigger()  # through the action: not while an operation runs
