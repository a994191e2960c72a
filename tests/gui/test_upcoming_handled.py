"""Upcoming in the main window: Mark done undone with Ctrl+Z, what was done or snoozed listed and
reopened (and that undone too), an empty list that says why it is empty, columns that fit 1024 px."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.services.bundle import Services
from casedesk.services.deadlines import DONE, OPEN, SNOOZED
from casedesk.services.demo import seed_demo
from casedesk.ui.main_window import MainWindow
from casedesk.ui.upcoming import COL_URGENCY, OVERDUE

from helpers import shipped

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, db, data_dir):
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.upcoming)
    return w


def state(window, client_id: int, key: str) -> str:
    return {r.key: r.state for r in window.deadlines.for_client(client_id)}[key]


def select_first(qtbot, view):
    view.table.setFocus()
    view.table.selectRow(0)
    return view.selected_records()[0]


def test_ctrl_z_after_mark_done_puts_the_deadline_back(qtbot, window):
    view = window.upcoming
    view.set_bucket(OVERDUE)
    target = select_first(qtbot, view)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert state(window, target.client_id, target.key) == DONE
    assert view.model.row_of(target.client_id, target.key) is None
    assert window.act_undo.isEnabled() and "Mark Deadlines Done" in window.act_undo.text()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(window, target.client_id, target.key) == OPEN
    assert view.model.row_of(target.client_id, target.key) is not None
    window.act_redo.trigger()
    assert state(window, target.client_id, target.key) == DONE


def test_done_and_snoozed_are_listed_and_reopened(qtbot, window, monkeypatch):
    view = window.upcoming
    view.set_bucket(OVERDUE)
    done = select_first(qtbot, view)
    view.mark_done()
    snoozed = select_first(qtbot, view)
    monkeypatch.setattr("casedesk.ui.upcoming.view.SnoozeDialog.ask", staticmethod(lambda *_a: date(2026, 12, 5)))
    view.snooze()
    assert not view.reopen_button.isVisible()

    qtbot.mouseClick(view.handled_button, Qt.MouseButton.LeftButton)
    assert view.showing_handled and view.reopen_button.isVisible() and not view.done_button.isVisible()
    shown = {(r.client_id, r.key) for r in view.model.records()}
    assert shown == {(done.client_id, done.key), (snoozed.client_id, snoozed.key)}
    words = {view.proxy.index(r, COL_URGENCY).data() for r in range(view.proxy.rowCount())}
    assert words == {"Done on 2026-11-21", "Snoozed until 2026-12-05"}

    assert view.select_record(snoozed.client_id, snoozed.key)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert state(window, snoozed.client_id, snoozed.key) == OPEN
    assert {(r.client_id, r.key) for r in view.model.records()} == {(done.client_id, done.key)}
    window.act_undo.trigger()  # the reopening undone: snoozed again, to the same day
    again = {r.key: r for r in window.deadlines.for_client(snoozed.client_id)}[snoozed.key]
    assert (again.state, again.snoozed_until) == (SNOOZED, date(2026, 12, 5))

    qtbot.mouseClick(view.handled_button, Qt.MouseButton.LeftButton)
    assert not view.showing_handled and view.done_button.isVisible()


def test_an_empty_list_says_why(qtbot, window):
    view = window.upcoming
    view.show_handled(True)
    assert view.model.rowCount() == 0
    assert view.empty_hint.isVisible() and "Nothing has been marked done or snoozed" in view.empty_hint.text()
    view.show_handled(False)
    view.tag_filter.setText("no-such-tag")
    view.refresh()
    assert view.empty_hint.isVisible() and "matches the kind and tag" in view.empty_hint.text()
    view.tag_filter.clear()
    view.refresh()
    assert view.model.rowCount() > 0 and not view.empty_hint.isVisible()


def test_columns_fit_a_1024_window_without_scrolling_sideways(qtbot, window):
    view = window.upcoming
    view.set_bucket(OVERDUE)
    QApplication.processEvents()
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width() + 1
    assert view.table.horizontalScrollBar().maximum() == 0
    metrics = view.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(view.proxy.index(r, COL_URGENCY).data())
                  for r in range(view.proxy.rowCount()))
    assert header.sectionSize(COL_URGENCY) >= longest + 16  # "Overdue 432 days" whole, beside its icon
