"""Deadlines in the main window: the Upcoming tab, the morning summary, the caseload's next deadline."""

from __future__ import annotations

from datetime import date, timedelta

from casedesk.clock import FixedClock
from casedesk.domain.deadlines import US_STATUS_KINDS
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui import editor
from casedesk.ui.caseload_model import COL_NEXT_DEADLINE
from casedesk.ui.main_window import MainWindow
from casedesk.ui.upcoming import MorningSummaryDialog

from helpers import shipped, wait_idle

TODAY = date(2026, 11, 21)


def _window(qtbot, db, today=TODAY):
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), None, FixedClock(today))
    qtbot.addWidget(w)
    w.show()
    return w


def test_next_deadline_column_is_real(qtbot, db):
    w = _window(qtbot, db)
    values = [w.model.data(w.model.index(r, COL_NEXT_DEADLINE)) for r in range(w.model.rowCount())]
    assert sum(1 for v in values if v) >= 40
    assert any(v < TODAY.isoformat() for v in values if v)  # overdue ones are shown, not dropped


def test_upcoming_tab_and_opening_a_client_from_it(qtbot, db, monkeypatch):
    w = _window(qtbot, db)
    w.act_upcoming.trigger()
    assert w.tabs.currentWidget() is w.upcoming
    assert w.upcoming.model.rowCount() > 0
    record = w.upcoming.model.record(0)
    opened = []
    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(lambda parent, facts=None, **_: opened.append(facts)))
    w.upcoming.open_client.emit(record.client_id)
    assert w.tabs.currentIndex() == 0 and w.selected_ids() == [record.client_id]
    assert opened and opened[0].client.family_name == record.family_name


def test_marking_done_moves_the_caseload_next_deadline(qtbot, db):
    w = _window(qtbot, db)
    w.commands.deadlines.show_upcoming()
    view = w.upcoming
    view.set_bucket("overdue")  # the earliest open to-do of all: its client's next deadline
    first = view.model.record(0)
    row = w.model.row_of(first.client_id)
    before = w.model.data(w.model.index(row, COL_NEXT_DEADLINE))
    assert before == first.due.isoformat()
    view.select_record(first.client_id, first.key)
    view.mark_done()
    after = w.model.data(w.model.index(w.model.row_of(first.client_id), COL_NEXT_DEADLINE))
    mine = w.deadlines.for_client(first.client_id)
    assert [s.state for s in mine if s.key == first.key] == ["done"]  # kept in the client's history
    ended = TODAY - timedelta(days=30)  # statuses that ended before this are the client's state, not to-dos
    still_open = [r.due for r in mine if r.state == "open" and not (r.kind in US_STATUS_KINDS and r.due < ended)]
    assert after == (min(still_open).isoformat() if still_open else "")
    assert (first.client_id, first.key) not in {(r.client_id, r.key) for r in view.model.records()}


def test_morning_summary_once_a_day(qtbot, db, monkeypatch):
    shown = []
    monkeypatch.setattr(MorningSummaryDialog, "show_for",
                        staticmethod(lambda parent, summary, top, today=None, **_k:
                                     shown.append((summary, top)) or False))
    day = [TODAY]
    w = _window(qtbot, db, today=TODAY)
    w.today = lambda: day[0]
    w.commands.deadlines.show_morning_summary()  # read on the window's worker, shown when read
    wait_idle(qtbot, w)
    w.commands.deadlines.show_morning_summary()  # the app regains focus the same day: nothing new
    wait_idle(qtbot, w)
    assert len(shown) == 1
    summary, top = shown[0]
    assert summary.overdue > 0 and summary.this_week > 0 and top
    week = [r for r in top if r.due >= TODAY]
    overdue = [r for r in top if r.due < TODAY]
    # Most urgent first: the to-dos overdue since at most 30 days, longest overdue first; then this week.
    assert top == overdue + week and 0 < len(overdue) <= 5 and len(week) == min(summary.this_week, 15 - len(overdue))
    assert [r.due for r in overdue] == sorted(r.due for r in overdue)
    assert all(r.due >= TODAY - timedelta(days=30) for r in overdue)
    assert [r.due for r in week] == sorted(r.due for r in week)
    day[0] = date(2026, 11, 22)
    w.commands.deadlines.show_morning_summary()  # a new day
    wait_idle(qtbot, w)
    assert len(shown) == 2
