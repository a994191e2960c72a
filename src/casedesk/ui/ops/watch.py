"""Others' changes, seen within a few seconds: a window on a shared (server) caseload asks for the
caseload's change stamp (``storage.stamp``) every ``INTERVAL_MS``, on a thread of its own, and when the
stamp moved announces the change to every view, as one of its own commands would. The views refresh
keeping the selection; an editor open meanwhile keeps what is being typed (a save made on a stale
version is then refused and shows the conflict)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance

log = logging.getLogger("casedesk.ui")
INTERVAL_MS = 3000


class _Probe(QRunnable):
    def __init__(self, read: Callable[[], object], done: SignalInstance):
        super().__init__()
        self.read, self.done = read, done

    def run(self) -> None:
        try:
            stamp = self.read()
        except Exception as exc:  # the server out of reach: the next tick asks again
            log.info("change stamp not read: %s", type(exc).__name__)
            stamp = None
        self.done.emit(stamp)


class ChangeWatch(QObject):
    changed = Signal()  # someone else changed the caseload
    _read_done = Signal(object)

    def __init__(self, read: Callable[[], object], paused: Callable[[], bool], parent: QObject | None = None,
                 interval_ms: int | None = None):
        super().__init__(parent)
        self._read, self._paused = read, paused
        self._last: object = None
        self._asking = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._read_done.connect(self._arrived)
        self._timer = QTimer(self, interval=interval_ms or INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()  # the first answer is the baseline
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(5000)

    def poll(self) -> None:
        if self._asking or self._paused():  # one question at a time; none while our own operation writes
            return
        self._asking = True
        self._pool.start(_Probe(self._read, self._read_done))

    def _arrived(self, stamp: object) -> None:
        self._asking = False
        if stamp is None:
            return
        before, self._last = self._last, stamp
        if before is not None and stamp != before:
            self.changed.emit()
