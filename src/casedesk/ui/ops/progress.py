"""What a background operation and the window tell each other while it runs, across two threads.

The worker writes numbers (``report``) and reads the cancel flag; the window reads the numbers
(``snapshot``, on a timer) and sets the flag (``cancel``). Nothing else crosses between them: no
Qt object, no ORM row. One lock guards the few fields, so a snapshot is never half old, half new.

Cancel means "nothing changed". So it is honoured only while the work can still undo everything
(``cancellable``: its writes are in one transaction not yet committed), and only where the work
looks (``report`` between batches raises ``Cancelled``, which rolls that transaction back). Once an
operation passes its point of no return it says so (``stage(..., cancellable=False)``) and the
window greys the button out. Work that stops rather than undoes (a batch of letters, each one
whole) reads ``stop_requested`` instead and returns what it finished.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside an operation, between batches, once Cancel was pressed: its transaction rolls back."""


@dataclass(frozen=True)
class Snapshot:
    stage: str
    done: int
    total: int | None  # None: not known (a busy bar, not a percentage)
    cancellable: bool
    cancel_requested: bool


class Progress:
    def __init__(self, stage: str = "", *, cancellable: bool = False):
        self._lock = threading.Lock()
        self._stage = stage
        self._done = 0
        self._total: int | None = None
        self._cancellable = cancellable
        self._cancel = False

    # --- the worker's side ----------------------------------------------------------------------

    def stage(self, text: str, *, cancellable: bool | None = None, total: int | None = None) -> None:
        """A new step: its words (translated by the window before the work started) and whether Cancel
        can still undo everything; the numbers start again."""
        with self._lock:
            self._stage, self._done, self._total = text, 0, total
            if cancellable is not None:
                self._cancellable = cancellable

    def report(self, done: int, total: int | None = None) -> None:
        """How far the step is; raises ``Cancelled`` if Cancel was pressed while it still undoes everything."""
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if self._cancel and self._cancellable:
                raise Cancelled

    def keep_going(self, done: int, total: int | None = None) -> bool:
        """``report`` for work that stops instead of undoing: False once Stop was pressed."""
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            return not self._cancel

    @property
    def stop_requested(self) -> bool:
        with self._lock:
            return self._cancel

    # --- the window's side ----------------------------------------------------------------------

    def cancel(self) -> bool:
        """Ask the work to stop at its next batch; False when it is past the point of no return."""
        with self._lock:
            if not self._cancellable:
                return False
            self._cancel = True
            return True

    def snapshot(self) -> Snapshot:
        with self._lock:
            return Snapshot(self._stage, self._done, self._total, self._cancellable, self._cancel)
