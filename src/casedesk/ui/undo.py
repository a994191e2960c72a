"""Edit ▸ Undo for deleting clients: a QUndoCommand over ClientService.delete / restore.

The deletion itself happens (after its confirmation) before the command is pushed, so the
first ``redo`` that ``QUndoStack.push`` calls does nothing. ``undo`` brings the clients back
from what the audit trail kept of them; ``redo`` deletes them again. If either fails (a user
error is shown by the callbacks, which return False), the command is made obsolete so the
stack drops it rather than offering an undo that cannot work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from .counts import count_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class DeleteClientsCommand(QUndoCommand):
    def __init__(self, ids: Sequence[int], delete: Callable[[list[int]], bool],
                 restore: Callable[[list[int]], bool]):
        text = (QCoreApplication.translate("Undo", "Delete Client") if len(ids) == 1
                else QCoreApplication.translate("Undo", "Delete %1 Clients").replace("%1", count_text(len(ids))))
        super().__init__(text)
        self.ids = list(ids)
        self._delete = delete
        self._restore = restore
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the deletion has already been done
            self._pushed = True
            return
        if not self._delete(self.ids):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._restore(self.ids):
            self.setObsolete(True)


class DeadlinesCommand(QUndoCommand):
    """Edit ▸ Undo for Upcoming's Mark done and Reopen: ``apply`` has been done before the push;
    ``revert`` puts the deadlines (client id, key) back as they were. Each callback returns False
    after showing why it failed, and the command is then dropped."""

    def __init__(self, text: str, items: Sequence[tuple[int, str]], apply: Callable[[list[tuple[int, str]]], bool],
                 revert: Callable[[list[tuple[int, str]]], bool]):
        super().__init__(text)
        self.items = list(items)
        self._apply = apply
        self._revert = revert
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self._apply(self.items):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._revert(self.items):
            self.setObsolete(True)
