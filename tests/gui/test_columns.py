"""The caseload's columns at 1024 px: the file number, the name, when the status ends (or how long
ago) and the verdict whole, the others narrowed to make room, never below their heading."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.clock import FixedClock
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui.caseload_model import COL_BEST, COL_EXPIRY, COL_NAME, COL_NUMBER, COL_VERDICT
from casedesk.ui.columns import fit_columns
from casedesk.ui.main_window import MainWindow

from helpers import shipped

TODAY = date(2026, 11, 21)


def test_the_caseload_keeps_name_status_end_and_verdict_whole_at_1024(qtbot, db):
    seed_demo(db, TODAY, shipped())
    window = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    QApplication.processEvents()
    table, model = window.table, window.model
    table.resizeColumnsToContents()
    whole = {c: table.horizontalHeader().sectionSize(c) for c in range(model.columnCount())}
    assert sum(whole.values()) > table.viewport().width()  # too wide as they come
    fit_columns(table, keep=(COL_NUMBER, COL_NAME, COL_EXPIRY, COL_VERDICT))
    header = table.horizontalHeader()
    for col in (COL_NUMBER, COL_NAME, COL_EXPIRY, COL_VERDICT):
        assert header.sectionSize(col) == whole[col]
    assert header.sectionSize(COL_BEST) < whole[COL_BEST]
    heading = header.fontMetrics().horizontalAdvance(model.headerData(COL_BEST, Qt.Orientation.Horizontal))
    assert header.sectionSize(COL_BEST) >= heading + 24
    verdict_right = header.sectionViewportPosition(COL_VERDICT) + header.sectionSize(COL_VERDICT)
    assert verdict_right <= table.viewport().width()
    ended = [model.data(model.index(r, COL_EXPIRY)) for r in range(model.rowCount())]
    assert any("ended" in (text or "") for text in ended)  # "· ended 249 days ago", in view


def _shown_window(qtbot, db) -> MainWindow:
    """The window at its first start, 1024 px wide, on screen."""
    window = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    QApplication.processEvents()
    return window


def test_a_caseload_that_started_empty_fits_its_columns_to_its_first_clients(qtbot, db):
    """Fitted at the first start to headings alone, the names were cut short after the first import."""
    from casedesk.ui.ops import Changes

    window = _shown_window(qtbot, db)
    header, model = window.table.horizontalHeader(), window.model
    empty_name = header.sectionSize(COL_NAME)
    seed_demo(db, TODAY, shipped())
    window.runner.announce(Changes(clients=True, assessments=True, deadlines=True))
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    widest = max(header.fontMetrics().horizontalAdvance(n) for n in names)
    assert header.sectionSize(COL_NAME) > empty_name and header.sectionSize(COL_NAME) >= widest
    header.resizeSection(COL_NAME, 90)  # the caseworker's own width is theirs from then on
    window.runner.announce(Changes(clients=True))
    QApplication.processEvents()
    assert header.sectionSize(COL_NAME) == 90


@pytest.mark.parametrize("by_hand", [False, True])
def test_the_best_routes_are_fitted_when_they_first_show(qtbot, db, tmp_path, monkeypatch, by_hand):
    """A large import leaves the routes to Policy ▸ Re-assess Caseload: fitted to blank columns, the verdicts
    read "✓ Promis..." once assessed. Fitted again then, unless the caseworker set widths meanwhile."""
    import json

    from casedesk.ui import dialogs
    from casedesk.ui.commands import casefiles
    from casedesk.ui.reassess_view import ReassessDialog

    from helpers import minimal_case, wait_idle

    window = _shown_window(qtbot, db)
    header, model = window.table.horizontalHeader(), window.model
    source = tmp_path / "clients.json"
    source.write_text(json.dumps([minimal_case(f"Name{i}", "Family") for i in range(60)]), encoding="utf-8")
    monkeypatch.setattr(dialogs.CaseFileChooser, "open_path", staticmethod(lambda parent: source))
    monkeypatch.setattr(casefiles, "ASSESS_ON_IMPORT", 1)  # as a large import: not assessed
    monkeypatch.setattr(ReassessDialog, "exec", lambda self: 0)
    window.act_import.trigger()
    wait_idle(qtbot, window)
    assert model.rowCount() == 60 and not model.row_data(0).best_pathway
    blank = header.sectionSize(COL_VERDICT)
    if by_hand:
        header.resizeSection(COL_NAME, header.sectionSize(COL_NAME) + 40)
    widths = [header.sectionSize(c) for c in range(header.count())]
    window.act_reassess.trigger()
    wait_idle(qtbot, window)
    assert model.row_data(0).best_pathway
    verdicts = [model.data(model.index(r, COL_VERDICT)) or "" for r in range(model.rowCount())]
    widest = max(header.fontMetrics().horizontalAdvance(v) for v in verdicts)
    if by_hand:  # the caseworker's widths stay theirs
        assert header.sectionSize(COL_VERDICT) == blank and header.sectionSize(COL_NAME) == widths[COL_NAME]
    else:
        assert header.sectionSize(COL_VERDICT) > blank and header.sectionSize(COL_VERDICT) >= widest


def test_fitting_measures_a_few_screens_of_rows_not_a_thousand(qtbot, db, monkeypatch):
    """Fitting runs on the GUI thread (at the end of an import): Qt's default measured 1,000 rows, 39 ms over
    200 loaded clients, and the window stopped painting for over 100 ms on a busy machine."""
    from PySide6.QtWidgets import QStyledItemDelegate

    from casedesk.ui import columns

    class Measuring(QStyledItemDelegate):
        rows: set[int] = set()

        def sizeHint(self, option, index):
            self.rows.add(index.row())
            return super().sizeHint(option, index)

    seed_demo(db, TODAY, shipped())
    window = _shown_window(qtbot, db)
    monkeypatch.setattr(columns, "FIT_ROWS", 10)
    delegate = Measuring(window.table)
    window.table.setItemDelegate(delegate)
    window.table.scrollToTop()
    fit_columns(window.table, keep=(COL_NAME,))
    visible = window.table.rowAt(window.table.viewport().height() - 1) + 1
    assert window.model.rowCount() > visible + 10 and delegate.rows
    assert max(delegate.rows) <= visible + 10
