"""Where an operation's progress shows: a window-modal dialog, or a strip (the status bar, a dialog's foot).

Both read a ``Snapshot`` the runner hands them on a timer; neither runs an event loop of its own
(``QProgressDialog.setValue`` would: it calls ``processEvents`` when modal), so the window goes on
painting from the one loop ``app.exec()`` runs. Cancel greys out once the work is past the point
where it could undo everything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .progress import Snapshot

SHOW_AFTER_MS = 300  # work that ends sooner shows no dialog


class ProgressView(Protocol):
    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None: ...

    def show_progress(self, snapshot: Snapshot) -> None: ...

    def end(self) -> None: ...


def _words(stage: str, snapshot: Snapshot | None) -> str:
    """The stage's words with ``%1`` (done so far) and ``%2`` (the total) filled in."""
    done = snapshot.done if snapshot else 0
    total = snapshot.total if snapshot and snapshot.total is not None else None
    return stage.replace("%1", f"{done:,}").replace("%2", f"{total:,}" if total is not None else "…")


def _set_bar(bar: QProgressBar, snapshot: Snapshot) -> None:
    if snapshot.total:
        bar.setRange(0, snapshot.total)
        bar.setValue(min(snapshot.done, snapshot.total))
    else:
        bar.setRange(0, 0)  # busy: Qt animates it


class _Parts:
    """A label, a bar and an optional Cancel button, kept in step with a snapshot."""

    def __init__(self, owner: QWidget):
        self.label = QLabel(owner)
        self.label.setObjectName("progress:label")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(owner)
        self.bar.setObjectName("progress:bar")
        self.bar.setMinimumWidth(200)
        self.button = QPushButton(owner)
        self.button.setObjectName("progress:cancel")
        self._on_cancel: Callable[[], None] = lambda: None
        self.button.clicked.connect(lambda _checked=False: self._on_cancel())

    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None:
        self.label.setText(_words(label, None))
        self.bar.setRange(0, 0)
        self._on_cancel = on_cancel
        self.button.setVisible(cancel is not None)
        self.button.setText(cancel or "")
        self.button.setEnabled(True)

    def show_progress(self, snapshot: Snapshot) -> None:
        if snapshot.stage:
            self.label.setText(_words(snapshot.stage, snapshot))
        _set_bar(self.bar, snapshot)
        self.button.setEnabled(snapshot.cancellable and not snapshot.cancel_requested)


class ProgressDialog(QDialog):
    """Window-modal: the window paints and its timers tick, but takes no input until the work is done."""

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setObjectName("progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._parts = _Parts(self)
        self._can_cancel = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._parts.label)
        layout.addWidget(self._parts.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._parts.button)
        layout.addLayout(row)
        self.resize(420, self.sizeHint().height())
        self._delay = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)

    @property
    def parts(self) -> _Parts:
        return self._parts

    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None:
        self._parts.begin(label, cancel, on_cancel)
        self._can_cancel = cancel is not None
        self._delay.start()

    def show_progress(self, snapshot: Snapshot) -> None:
        self._parts.show_progress(snapshot)

    def end(self) -> None:
        self._delay.stop()
        self.hide()
        self.deleteLater()

    def reject(self) -> None:  # Escape: Cancel where there is one, else nothing (the work goes on)
        if self._can_cancel and self._parts.button.isEnabled():
            self._parts.button.click()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()


class ProgressStrip(QWidget):
    """A line of progress inside something else: the status bar (the start-up recompute), a dialog's foot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progress-strip")
        self._parts = _Parts(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._parts.label, 1)
        layout.addWidget(self._parts.bar)
        layout.addWidget(self._parts.button)
        self.hide()

    @property
    def parts(self) -> _Parts:
        return self._parts

    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None:
        self._parts.begin(label, cancel, on_cancel)
        self.show()

    def show_progress(self, snapshot: Snapshot) -> None:
        self._parts.show_progress(snapshot)

    def end(self) -> None:
        self.hide()


class Unseen:
    """For a short read on the worker (today's summary): nothing to show while it runs."""

    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None:
        pass

    def show_progress(self, snapshot: Snapshot) -> None:
        pass

    def end(self) -> None:
        pass
