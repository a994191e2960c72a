"""Columns sized to what they hold, then narrowed to fit the view: the columns named in ``keep`` stay
whole (a client's name, a verdict), the others give up width in proportion to it, down to their
heading, and elide their text (its whole is one hover away)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


# Rows measured when fitting: Qt's default, a thousand, took 39 ms over 200 loaded clients on the GUI thread,
# and over 100 ms at the end of an import on a busy machine; 50 rows (three screens) take a quarter of that.
FIT_ROWS = 50


def fit_columns(view: QTableView, keep: Iterable[int]) -> None:
    header = view.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(FIT_ROWS)
    try:
        view.resizeColumnsToContents()
    finally:
        header.setResizeContentsPrecision(precision)
    model = view.model()
    kept = set(keep)
    room = view.viewport().width() - 2
    widths = {c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)}
    excess = sum(widths.values()) - room
    if excess <= 0:
        return
    metrics = header.fontMetrics()
    floor = {c: metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal))) + 24 for c in widths}
    give = {c: max(0, w - floor[c]) for c, w in widths.items() if c not in kept}
    spare = sum(give.values())
    if spare <= 0:
        return
    share = min(1.0, excess / spare)
    for c, amount in give.items():
        header.resizeSection(c, widths[c] - int(amount * share + 0.999))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
