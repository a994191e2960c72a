"""Where an operation's progress shows: a strip with a label, a bar and Cancel (in the window's status
bar, or at the foot of the dialog that started the work), or nowhere for a short read.

The strip reads a ``Snapshot`` the runner hands it on a timer and runs no event loop of its own
(``QProgressDialog.setValue`` would: it calls ``processEvents`` when modal). It lives in a window
that is already on screen: a new top-level progress window, shown while the worker runs, cost
80-160 ms of the GUI thread's time in its first show (measured with the worker competing for the
interpreter lock), the strip nothing measurable. The window stays usable for reading meanwhile;
what would write is greyed out (``MainWindow._busy``). Cancel greys out once the work is past the
point where it could undo everything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .progress import Snapshot
from ..counts import count_text


class ProgressView(Protocol):
    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None: ...

    def show_progress(self, snapshot: Snapshot) -> None: ...

    def end(self) -> None: ...


def _words(stage: str, snapshot: Snapshot | None) -> str:
    """The stage's words with ``%1`` (done so far) and ``%2`` (the total) filled in."""
    done = snapshot.done if snapshot else 0
    total = snapshot.total if snapshot and snapshot.total is not None else None
    return stage.replace("%1", count_text(done)).replace("%2", count_text(total) if total is not None else "…")


class ProgressStrip(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progress")
        self.label = QLabel(self)
        self.label.setObjectName("progress:label")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress:bar")
        self.bar.setMinimumWidth(160)
        self.bar.setMaximumWidth(240)
        self.button = QPushButton(self)
        self.button.setObjectName("progress:cancel")
        self._on_cancel: Callable[[], None] = lambda: None
        self.button.clicked.connect(lambda _checked=False: self._on_cancel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.hide()

    def begin(self, label: str, cancel: str | None, on_cancel: Callable[[], None]) -> None:
        self.label.setText(_words(label, None))
        self.bar.setRange(0, 0)  # busy until the first numbers come
        self._on_cancel = on_cancel
        self.button.setVisible(cancel is not None)
        self.button.setText(cancel or "")
        self.button.setEnabled(True)
        self.show()

    def show_progress(self, snapshot: Snapshot) -> None:
        if snapshot.stage:
            self.label.setText(_words(snapshot.stage, snapshot))
        if snapshot.total:
            self.bar.setRange(0, snapshot.total)
            self.bar.setValue(min(snapshot.done, snapshot.total))
        else:
            self.bar.setRange(0, 0)
        self.button.setEnabled(snapshot.cancellable and not snapshot.cancel_requested)

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
