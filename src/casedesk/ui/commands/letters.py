"""Client ▸ Letter for one client, and Letters for Selection on the worker.

Each letter of a batch is whole on its own (its PDF written, then its record committed), so the
batch's button is Stop, not Cancel: it stops after the letter being written and keeps the letters
already written, which are real files the caseworker may already be sending; the status line says
how many. Undoing them would mean deleting files and history the user has seen appear.
"""

from __future__ import annotations

import re


from ...services.bundle import Services
from ...services.letters import BatchResult
from ..caseload_model import COL_NAME
from ..dialogs import Notice
from ..errors import guarded
from ..ops import Changes, Op, Progress
from ..tr import QT_TRANSLATE_NOOP
from .base import Area

WRITTEN = Changes(letters=True)
_CLIENT_PREFIX = re.compile(r"^client \d+: ")


class LetterCommands(Area):
    last_batch: BatchResult | None = None

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not write the letter"))
    def write_letter(self, kind: str | None = None) -> None:
        """The letter dialog for the selected client; ``kind`` chosen already (from a route's "Write letter…")."""
        from ..letter_dialog import LetterDialog

        w = self.window
        ids = w.selected_ids()
        if len(ids) != 1 or not self.idle():
            return
        name = w.model.data(w.model.index(w.model.row_of(ids[0]), COL_NAME))
        saved = LetterDialog.ask(self.services.letters, ids[0], name, self.today, w, kind=kind,
                                 settings=w.window_settings(), runner=self.runner)
        if saved is not None:  # the save, an operation, has announced what it changed
            self.say(self.tr("Letter saved: %1").replace("%1", str(saved)))

    @guarded(QT_TRANSLATE_NOOP("Errors", "Could not write the letters"))
    def write_batch_letters(self) -> bool:
        """Start one letter per selected client, into a folder; False when nothing started."""
        from ..letter_dialog import BatchLetterOptions, LetterFileChooser, LettersFolder

        ids = self.window.selected_ids()
        if not ids or not self.idle():
            return False
        options = BatchLetterOptions.ask(len(ids), self.window)
        if options is None:
            return False
        remembered = LettersFolder(self.window.window_settings())
        folder = LetterFileChooser.folder(self.window, remembered.get())
        if folder is None:
            return False
        remembered.remember(folder)
        kind, language = options
        today = self.today()

        def work(services: Services, progress: Progress) -> BatchResult:
            return services.letters.batch(ids, kind, language, folder, today, progress=progress.keep_going)

        return (Op(self.window, work, title=QT_TRANSLATE_NOOP("Errors", "Could not write the letters"),
                   label=self.tr("Writing letters…"), changes=WRITTEN, cancel=self.tr("Stop"))
                .success(self._written)
                .run(self.runner))

    def _written(self, result: BatchResult) -> None:
        self.last_batch = result
        text = self.tr("Letters written: %1; skipped: %2").replace("%1", str(len(result.produced))) \
            .replace("%2", str(len(result.skipped)))
        if result.cancelled:
            text += " " + self.tr("(stopped: the letters written before Stop are kept)")
        self.say(text, 10000)
        if result.skipped:
            Notice.info(self.window, self.tr("Some clients were skipped"), "\n".join(self.skipped_lines(result)))

    def skipped_lines(self, result: BatchResult, most: int = 30) -> list[str]:
        """"Pérez Núñez, María José (no. 2818): the partner's status…": by name, with the file number."""
        lines = []
        for cid, why in result.skipped[:most]:
            name = self.services.clients.display_name(cid)
            reason = _CLIENT_PREFIX.sub("", why)  # the reason names the client by number: the line already does
            lines.append(self.tr("%1 (no. %2): %3").replace("%1", name).replace("%2", str(cid)).replace("%3", reason))
        if len(result.skipped) > most:
            lines.append(self.tr("…and %1 more").replace("%1", str(len(result.skipped) - most)))
        return lines
