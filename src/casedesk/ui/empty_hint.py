"""What an empty table means, in the middle of it: a bare grid says nothing (was anything found? is
it still loading?). The hint follows the model (reset, rows added or removed) and the view's size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: Callable[[], str], name: str):
        """``text``: the words for the current state (asked whenever the list becomes empty)."""
        super().__init__(view)
        self.view = view
        self._text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName(name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setEnabled(False)  # drawn in the muted colour of the platform
        self.label.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        if empty:
            self.label.setText(self._text())
        self.label.setGeometry(self.view.viewport().rect().adjusted(20, 20, -20, -20))
        self.label.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect().adjusted(20, 20, -20, -20))
        return False
