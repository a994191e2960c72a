"""A dialog that runs one exclusive operation on the window's worker and waits for it: an encryption
conversion, a restore. Such work cannot stop midway, so while it runs the dialog's controls are greyed
and it cannot be closed (Escape included); it ends on the operation's success or failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialog, QLineEdit, QWidget

from .changes import NOTHING, Changes
from .runner import Op, Runner
from .views import ProgressView


class WaitingDialog(QDialog):
    # What the user could act on: greyed while the work runs (the progress view's Cancel aside).
    LOCKED: tuple[type[QWidget], ...] = (QLineEdit, QAbstractButton, QAbstractItemView)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._working = False
        self._greyed: list[QWidget] = []

    @property
    def working(self) -> bool:
        return self._working

    def run_exclusive(self, runner: Runner, work: Callable[[Any, Any], object], *, title: str, label: str,
                      done: Callable[[Any], None], failed: Callable[[Exception], None],
                      changes: Changes = NOTHING, view: ProgressView | None = None) -> bool:
        """``work(services, progress)`` on ``runner``'s worker, then ``done(result)`` or ``failed(error)``
        with the dialog usable again; False, changing nothing, when another operation holds the worker."""
        def ended(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def handler(outcome: Any) -> None:
                self._set_working(False)
                then(outcome)
            return handler

        self._set_working(True)
        started = False
        try:
            started = (Op(self, work, title=title, label=label, changes=changes, exclusive=True, view=view)
                       .success(ended(done)).failure(ended(failed)).cancelled(lambda: self._set_working(False))
                       .run(runner))
        finally:
            if not started:  # refused (another operation runs), or failed to start: the dialog is usable again
                self._set_working(False)
        return started

    def _set_working(self, on: bool) -> None:
        if on == self._working:
            return
        self._working = on
        if on:  # greyed now, and given back at the end: only what was enabled before
            spared = self._spared()
            self._greyed = [child for kind in self.LOCKED for child in self.findChildren(kind)
                            if child.isEnabled() and not any(w is child or w.isAncestorOf(child) for w in spared)]
        for child in self._greyed:
            child.setEnabled(not on)
        if not on:
            self._greyed = []
        self.working_changed(on)

    def _spared(self) -> list[QWidget]:
        """Widgets left as they are while the work runs (the progress shown in the dialog, with its Cancel)."""
        return []

    def working_changed(self, on: bool) -> None:
        """After the controls were greyed or given back: what else depends on the work running (a button
        whose state the work's result changes)."""

    def reject(self) -> None:  # not while the work runs: it cannot be stopped midway
        if not self._working:
            super().reject()
