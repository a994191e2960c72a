"""Long work on one background worker, in the shape of Anki's ``CollectionOp``.

An ``Op`` is a piece of work, ``work(services, progress)``, with what to do when it ends. The
``Runner`` runs one at a time on its single worker thread; while it runs, the window keeps
painting and its timers tick, the progress it reports shows in a view (the window's status bar by
default), and Cancel sets the flag the work reads between batches. Its end comes back on the GUI
thread, in this order: the progress view closes, ``busy_changed(False)``, ``changed(changes, None)``
(the one signal every view listens to, also used by quick commands run on the GUI thread), then
``success``, ``failure`` (by default the error boundary: a plain message for refused input and the
environment's faults, the crash dialog for a bug) or ``cancelled``, then whatever waited for the
runner to be idle (``when_idle``: the periodic backup, the morning summary).

What crosses threads: the ``Services`` bundle (each call opens and closes its own session, taking a
pooled connection that one thread uses at a time: SQLite's rule), plain values the window computed
before submitting (today's date, file paths, translated words) and the ``Progress`` object. The
work never touches a widget and returns plain data. One writer at a time still holds: a second op
is refused while one runs (``run`` returns False) and the window greys out what would write.

The worker shares the interpreter lock with the GUI thread, which needs it for every call into
Python (a model's ``data``, a slot, a timer). Two settings keep the worker from holding it long
while an operation runs (measured with ``benchmarks/bench_gui_stalls.py``), both put back after:

* Python's full (oldest-generation) garbage collection holds the lock for as long as it takes to
  scan every object: 70-240 ms in the middle of a 5,000-client re-assessment, 60-85 ms for the
  100,000 objects a window holds at rest, 340 ms for what a 100,000-client re-assessment leaves
  (its report). So when an operation starts, what is alive then is frozen (``gc.freeze``: no
  later collection scans it again; reference counting still frees it), full collections wait
  while it runs (the young generations, where an operation's garbage dies, are collected
  throughout), and a second after its end what it left is frozen too, after a young collection.
  The price: reference cycles that became garbage during an operation and outlived two young
  collections are never freed (measured: 270 objects after re-assessing 5,000 clients, 5,700
  after 100,000).
* A thread waiting for the lock gets it after the switch interval (5 ms by default); a first
  show or paint makes dozens of such calls, which added up to 100-250 ms. The interval is 0.25 ms
  while an operation runs (at 1 ms the longest stall of a 5,000-client import was still 75-175 ms;
  at 0.25 ms, 53-59 ms against 51 ms with nothing running). The worker barely notices: it is only
  interrupted when the GUI thread asks.

(A lower priority for the worker thread was measured too, and made it worse: it held the lock
while waiting for a CPU, and the window waited behind it.)
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..errors import boundary, report
from .changes import NOTHING, Changes
from .progress import Cancelled, Progress
from .views import ProgressView

if TYPE_CHECKING:
    from ...services.bundle import Services

log = logging.getLogger("casedesk.ui.ops")
T = TypeVar("T")
POLL_MS = 100  # how often the progress view reads the numbers
NO_FULL_COLLECTION = 1_000_000  # gc's third threshold while an operation runs: in effect, never
SWITCH_INTERVAL_S = 0.00025  # how soon the GUI thread gets the interpreter lock from the worker
SETTLE_MS = 1000  # after an operation's end, when the interpreter's settings are put back


class Op(Generic[T]):
    """``work(services, progress)`` for the worker, and what the window does with its end.

    ``title``: the error boundary's heading (source text in the "Errors" context, as ``guarded``'s);
    ``label``: what the progress view says (``%1``, ``%2``: done and total so far); ``changes``: what
    the work changes, announced when it succeeds or fails (a failure may come after a commit), not
    when it is cancelled; ``cancel``: the Cancel (or Stop) button's words, None for no button;
    ``cancellable``: whether the work can be cancelled at all (default: when it has a button; work
    without one may still be cancelled when the window closes); ``exclusive``: the work needs the
    caseload to itself (a conversion), so the window reads nothing from it meanwhile; ``view``:
    where progress shows (default: the runner's, the window's status bar).
    """

    def __init__(self, parent: QWidget, work: Callable[[Services, Progress], T], *, title: str, label: str,
                 changes: Changes = NOTHING, cancel: str | None = None, cancellable: bool | None = None,
                 exclusive: bool = False, view: ProgressView | None = None):
        self.parent = parent
        self.work = work
        self.title = title
        self.label = label
        self.changes = changes
        self.cancel = cancel
        self.cancellable = cancel is not None if cancellable is None else cancellable
        self.exclusive = exclusive
        self.view = view
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[Exception], object] | None = None
        self._cancelled: Callable[[], object] | None = None

    def success(self, handler: Callable[[T], object]) -> Op[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[Exception], object]) -> Op[T]:
        """Instead of the error boundary (a dialog that shows the refusal in place, say)."""
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[], object]) -> Op[T]:
        self._cancelled = handler
        return self

    def run(self, runner: Runner) -> bool:
        """Start on ``runner``'s worker; False (and nothing runs) while another operation runs."""
        return runner.run(self)


@dataclass
class _Running:
    op: Op
    progress: Progress
    view: ProgressView
    future: Future | None = field(default=None)


class Runner(QObject):
    changed = Signal(object, object)  # (Changes, the view that made them or None): what every view listens to
    busy_changed = Signal(bool)
    _ended = Signal(object)           # a _Running whose work is done: emitted on the worker, received here

    def __init__(self, services: Services, view: ProgressView, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._view = view
        self._executor: ThreadPoolExecutor | None = None
        self._running: _Running | None = None
        self._waiting: dict[str, Callable[[], object]] = {}
        self._saved: tuple[tuple[int, int, int], float] | None = None  # gc thresholds, switch interval
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    # --- asking ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def label(self) -> str | None:
        """What runs now, in the words its progress shows; None when idle."""
        return self._running.op.label if self._running is not None else None

    @property
    def exclusive(self) -> bool:
        """Whether the running work needs the caseload to itself: read nothing from it meanwhile."""
        return self._running is not None and self._running.op.exclusive

    @property
    def progress(self) -> Progress | None:
        return self._running.progress if self._running is not None else None

    # --- running --------------------------------------------------------------------------------

    def run(self, op: Op) -> bool:
        if self._running is not None:
            log.info("an operation was refused: another one is running")
            return False
        progress = Progress(op.label, cancellable=op.cancellable)
        view = op.view or self._view
        running = self._running = _Running(op, progress, view)
        view.begin(op.label, op.cancel, self.cancel)
        self._tune_for_work(True)
        self._poll.start()
        self.busy_changed.emit(True)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casedesk-op")
        running.future = self._executor.submit(op.work, self._services, progress)
        running.future.add_done_callback(lambda _future: self._ended.emit(running))
        return True

    def cancel(self) -> bool:
        """Ask the running work to stop and undo; False when there is none, or it is past undoing."""
        running = self._running
        if running is None or not running.progress.cancel():
            return False
        running.view.show_progress(running.progress.snapshot())
        return True

    def announce(self, changes: Changes, origin: object = None) -> None:
        """Say what a command on the GUI thread changed, as an operation's end does; ``origin``, the
        view the change was made in, has already shown it (Anki's ``initiator``)."""
        if changes:
            self.changed.emit(changes, origin)

    def when_idle(self, key: str, task: Callable[[], object]) -> None:
        """Run ``task`` now, or once the running operation has ended (a later task of the same ``key``
        replaces a waiting one: a timer that fires twice meanwhile runs once)."""
        if self._running is None:
            task()
        else:
            self._waiting[key] = task

    def shutdown(self) -> None:
        """Before the caseload closes: cancel what can be undone, wait for the worker, stop it."""
        running = self._running
        if running is not None and running.future is not None:
            running.progress.cancel()
            try:
                running.future.result()
            except BaseException as exc:  # noqa: BLE001 - closing: the outcome no longer has a window
                log.info("an operation ended while closing: %s", type(exc).__name__)
            self._poll.stop()
            running.view.end()
            self._running = None
            self._waiting.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self._tune_for_work(False)

    # --- the end, on the GUI thread ---------------------------------------------------------------

    def _show_progress(self) -> None:
        if self._running is not None:
            self._running.view.show_progress(self._running.progress.snapshot())

    def _end(self, running: _Running) -> None:
        if running is not self._running:  # ended while closing (``shutdown``): nothing left to tell
            return
        self._poll.stop()
        running.view.end()
        self._running = None
        QTimer.singleShot(SETTLE_MS, self, self._settle)
        self.busy_changed.emit(False)
        op, future = running.op, running.future
        assert future is not None
        try:
            exc = future.exception()
            if exc is None:
                self.announce(op.changes)
                if op._success is not None:
                    with boundary(op.title, op.parent, "operation"):
                        op._success(future.result())
            elif isinstance(exc, Cancelled):
                log.info("an operation was cancelled; its transaction rolled back")
                if op._cancelled is not None:
                    op._cancelled()
            else:
                self.announce(op.changes)
                if op._failure is not None:
                    op._failure(exc)
                else:
                    report(exc, op.title, op.parent, "operation")
        finally:
            self._run_waiting()

    def _settle(self) -> None:
        if self._running is None:  # else the next operation keeps them
            gc.collect(1)
            gc.freeze()  # what the operation left (a report, its rows): no full collection will scan it
            self._tune_for_work(False)

    def _tune_for_work(self, on: bool) -> None:
        """See the module's docstring: freeze what lives, no full collection, a short switch interval."""
        if on and self._saved is None:
            gc.collect(1)  # the young garbage first, so that little is frozen with the living
            gc.freeze()
            self._saved = gc.get_threshold(), sys.getswitchinterval()
            young, middle, _full = self._saved[0]
            gc.set_threshold(young, middle, NO_FULL_COLLECTION)
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        elif not on and self._saved is not None:
            thresholds, interval = self._saved
            gc.set_threshold(*thresholds)
            sys.setswitchinterval(interval)
            self._saved = None

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, {}
        for key, task in waiting.items():
            if self._running is not None:  # a task started another operation: the rest wait for it
                self._waiting[key] = task
                continue
            try:
                task()
            except Exception:  # noqa: BLE001 - one task's bug must not keep the others waiting forever
                sys.excepthook(*sys.exc_info())
