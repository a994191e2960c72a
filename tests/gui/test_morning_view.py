"""The morning view on a generated caseload with thousands of statuses that ended long ago: this
week's deadlines are listed whole, soonest first, whatever the overdue count; sorting orders the
whole bucket (read again from the database), not the rows loaded; a summary line opens its client."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.deadlines import US_STATUS_KINDS
from casedesk.services.bundle import Services
from casedesk.services.casefiles import import_file
from casedesk.services.workspace import open_workspace
from casedesk.ui import editor
from casedesk.ui.dialogs import ConfirmReviewAll
from casedesk.ui.main_window import MainWindow
from casedesk.ui.upcoming import COL_CLIENT, COL_DUE, ENDED, OVERDUE, THIS_WEEK, MorningSummaryDialog, UpcomingView
from casedesk.ui.upcoming.model import PAGE

from helpers import fixed_clock, shipped, wait_idle

TODAY = date(2026, 11, 21)
N = 3_000
SYNTHETIC = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    """A data folder holding N synthetic clients, imported (deadlines computed)."""
    spec = importlib.util.spec_from_file_location("casedesk_synthetic", SYNTHETIC)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    base = tmp_path_factory.mktemp("morning")
    source = base / "clients.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for doc in module.synthetic_cases(N, today=TODAY):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    db = open_workspace(resolve_paths(base / "home"), clock=fixed_clock())
    try:
        import_file(db, source, policy=shipped(), as_of=TODAY)
    finally:
        db.close()
    return base / "home"


@pytest.fixture
def services(caseload):
    db = open_workspace(resolve_paths(caseload), clock=fixed_clock())
    yield Services(db, shipped())
    db.close()


def _open_rows(home: Path, where: str, *params) -> list[tuple[int, str, str, str]]:
    """(client, key, due, kind) of the open deadlines matching ``where``, read with plain sqlite3."""
    with sqlite3.connect(resolve_paths(home).database_file) as conn:
        return conn.execute("SELECT client_id, \"key\", due, kind FROM deadline WHERE visible_from <= ? AND " + where
                            + " ORDER BY due, client_id, \"key\"", (TODAY.isoformat(), *params)).fetchall()


def _shown(view: UpcomingView) -> list[tuple[int, str, str]]:
    return [(r.client_id, r.key, r.due.isoformat()) for r in view.model.records()]


def test_this_week_lists_every_deadline_due_this_week_soonest_first(qtbot, caseload, services):
    ended = _open_rows(caseload, "due < ? AND kind IN (?, ?, ?)", (TODAY - timedelta(days=30)).isoformat(),
                       *US_STATUS_KINDS)
    assert len(ended) > 2_000, "thousands of statuses ended long ago"
    week = _open_rows(caseload, "due >= ? AND due <= ?", TODAY.isoformat(), (TODAY + timedelta(days=7)).isoformat())
    assert len(week) > 20

    view = UpcomingView(services.deadlines, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.bucket == THIS_WEEK and view.bucket_buttons[THIS_WEEK].isChecked()
    assert view.summary.this_week == len(week) and view.summary.ended == len(ended)
    assert view.bucket_buttons[THIS_WEEK].text() == f"This week: {len(week):,}"
    assert view.bucket_buttons[ENDED].text() == f"Status already ended: {len(ended):,}"
    view.model.fetch_all()
    assert _shown(view) == [(cid, key, due) for cid, key, due, _kind in week]  # every one, most urgent first
    assert view.proxy.data(view.proxy.index(0, COL_DUE)) == week[0][2]


def test_sorting_by_due_date_orders_the_whole_bucket(qtbot, caseload, services):
    view = UpcomingView(services.deadlines, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.set_bucket(ENDED)
    ended = _open_rows(caseload, "due < ? AND kind IN (?, ?, ?)", (TODAY - timedelta(days=30)).isoformat(),
                       *US_STATUS_KINDS)
    assert view.model.total == len(ended) > PAGE and view.model.rowCount() < len(ended)  # a page is loaded
    latest = max(due for _cid, _key, due, _kind in ended)
    assert latest not in {due for _cid, _key, due in _shown(view)}

    view.table.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert view.proxy.data(view.proxy.index(0, COL_DUE)) == latest  # from the whole bucket, not the page
    view.model.fetch_all()
    dues = [due for _cid, _key, due in _shown(view)]
    assert len(dues) == len(ended) and dues == sorted((due for *_x, due, _k in ended), reverse=True)

    view.table.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    view.model.fetch_all()
    names = [(r.family_name, r.given_names) for r in view.model.records()]
    assert len(names) == len(ended) and names == sorted(names)

    view.set_bucket(OVERDUE)  # the overdue to-dos hold no status that ended long ago
    view.model.fetch_all()
    cutoff = TODAY - timedelta(days=30)
    assert view.model.rowCount() == view.summary.overdue > 0
    assert not any(r.kind in US_STATUS_KINDS and r.due < cutoff for r in view.model.records())


def test_reviewing_the_ended_statuses_in_bulk(qtbot, caseload, tmp_path, monkeypatch):
    import shutil

    asked = []
    monkeypatch.setattr(ConfirmReviewAll, "ask", staticmethod(lambda parent, count: asked.append(count) or bool(
        len(asked) > 1)))  # declined first, then accepted
    home = tmp_path / "home"
    shutil.copytree(caseload, home)
    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    try:
        view = UpcomingView(Services(db, shipped()).deadlines, lambda: TODAY)
        qtbot.addWidget(view)
        view.show()
        view.set_bucket(ENDED)
        before = view.summary
        assert before.ended > 2_000 and view.review_all_button.isVisible()
        qtbot.mouseClick(view.review_all_button, Qt.MouseButton.LeftButton)
        assert asked == [before.ended] and view.summary.ended == before.ended  # declined: nothing changed
        with qtbot.waitSignal(view.changed):
            qtbot.mouseClick(view.review_all_button, Qt.MouseButton.LeftButton)
        assert view.summary.ended == 0 and view.model.rowCount() == 0
        assert (view.summary.overdue, view.summary.this_week) == (before.overdue, before.this_week)
        with sqlite3.connect(resolve_paths(home).database_file) as conn:
            reviewed = conn.execute("SELECT count(*) FROM deadline_state WHERE state = 'done'").fetchone()[0]
        assert reviewed == before.ended
    finally:
        db.close()


def test_the_window_reviews_in_bulk_on_its_worker_and_cancel_records_nothing(qtbot, caseload, tmp_path,
                                                                               monkeypatch):
    import shutil

    monkeypatch.setattr(ConfirmReviewAll, "ask", staticmethod(lambda parent, count: True))
    home = tmp_path / "home"
    shutil.copytree(caseload, home)
    db = open_workspace(resolve_paths(home), clock=fixed_clock())
    services = Services(db, shipped())
    try:
        w = MainWindow(services, None, FixedClock(TODAY))
        qtbot.addWidget(w)
        w.show()
        wait_idle(qtbot, w)
        view = w.upcoming
        view.set_bucket(ENDED)
        before = view.summary
        audit_before = services.audit.verify().entries
        assert before.ended > 2_000

        qtbot.mouseClick(view.review_all_button, Qt.MouseButton.LeftButton)
        assert w.runner.busy and not view.review_all_button.isEnabled()  # the click came back while it runs
        assert w.runner.cancel()
        wait_idle(qtbot, w)
        assert services.deadlines.summary(TODAY).ended == before.ended  # cancelled: nothing recorded
        assert services.audit.verify().entries == audit_before

        qtbot.mouseClick(view.review_all_button, Qt.MouseButton.LeftButton)
        assert w.runner.busy
        wait_idle(qtbot, w)
        assert view.summary.ended == 0 and view.model.rowCount() == 0
        check = services.audit.verify()
        assert check.intact and check.entries == audit_before + before.ended  # one sealed entry each
        assert "marked reviewed" in w.statusBar().currentMessage()
    finally:
        db.close()


def test_a_morning_summary_line_opens_its_client(qtbot, caseload, services, monkeypatch):
    opened = []
    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(lambda parent, facts=None, **_k: opened.append(facts)))
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    summary = services.deadlines.summary(TODAY)
    top = services.deadlines.morning_list(TODAY)
    assert top and [r.due for r in top] == sorted(r.due for r in top)
    shown = [i for i, r in enumerate(top) if i >= 1 and w.model.row_of(r.client_id) is not None]
    assert shown, "a listed client's row is loaded"
    target = top[shown[0]]  # a client whose row the caseload has loaded (it reads rows as it scrolls)

    seen = []

    def enter_on_the_line() -> None:
        dialog = next(d for d in QApplication.topLevelWidgets() if isinstance(d, MorningSummaryDialog)
                      and d.isVisible())
        try:
            seen.append(dialog.windowTitle())
            dialog.list.setFocus()
            line = dialog.line_clients.index(target.client_id)
            dialog.list.setCurrentRow(line)
            qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting on the dialog
                dialog.reject()

    QTimer.singleShot(0, enter_on_the_line)
    w.commands.deadlines._morning_summary(TODAY, summary, top)
    assert seen == ["Overdue, today and this week"]
    assert w.tabs.currentIndex() == 0 and w.selected_ids() == [target.client_id]
    assert opened and opened[0].client.family_name == target.family_name
    w.close()


def test_the_morning_summary_lists_recent_overdue_items_first(qtbot, caseload, services):
    """Most urgent first: the to-dos that fell overdue in the last 30 days (never a status that ended
    long ago, however many there are), then today's and this week's, soonest first."""
    cutoff = TODAY - timedelta(days=30)
    recent = _open_rows(caseload, "due >= ? AND due < ?", cutoff.isoformat(), TODAY.isoformat())
    week = _open_rows(caseload, "due >= ? AND due <= ?", TODAY.isoformat(), (TODAY + timedelta(days=7)).isoformat())
    assert len(recent) > 5 and len(week) > 10
    top = services.deadlines.morning_list(TODAY)
    assert [(r.client_id, r.key, r.due.isoformat()) for r in top] == \
        [(cid, key, due) for cid, key, due, _k in recent[:5]] + [(cid, key, due) for cid, key, due, _k in week[:10]]

    summary = services.deadlines.summary(TODAY)
    dialog = MorningSummaryDialog(summary, top, TODAY)
    qtbot.addWidget(dialog)
    overdue_days = (TODAY - top[0].due).days
    assert dialog.lines[0].startswith(f"Overdue {overdue_days} days: {top[0].family_name}, {top[0].given_names}")
    assert dialog.lines[5] == f"…and {summary.overdue - 5:,} more overdue"
    assert dialog.lines[6].split(":")[0] in {"Today", "Tomorrow"} or dialog.lines[6].startswith("In ")
    assert dialog.line_clients[:5] == [r.client_id for r in top[:5]] and dialog.line_clients[5] is None
    dialog.activate_line(2)
    assert dialog.opened == top[2].client_id


def test_next_deadline_in_the_caseload_leaves_out_statuses_that_ended_long_ago(qtbot, caseload, services):
    from casedesk.ui.caseload_model import COL_NEXT_DEADLINE

    cutoff = (TODAY - timedelta(days=30)).isoformat()
    with sqlite3.connect(resolve_paths(caseload).database_file) as conn:
        todo = dict(conn.execute(
            "SELECT client_id, min(due) FROM deadline WHERE visible_from <= ? AND NOT (kind IN (?, ?, ?) AND due < ?)"
            " GROUP BY client_id", (TODAY.isoformat(), *US_STATUS_KINDS, cutoff)))
        anything = dict(conn.execute("SELECT client_id, min(due) FROM deadline WHERE visible_from <= ? "
                                     "GROUP BY client_id", (TODAY.isoformat(),)))
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    model = w.model
    shown = {model.client_id(i): model.data(model.index(i, COL_NEXT_DEADLINE)) for i in range(model.rowCount())}
    assert len(shown) >= 100
    assert shown == {cid: todo.get(cid, "") for cid in shown}
    differ = [cid for cid in shown if todo.get(cid) != anything.get(cid)]
    assert len(differ) > 10, "rows whose earliest open deadline is a status that ended long ago"
    w.close()


def test_the_client_editor_shows_a_status_that_ended_long_ago_as_the_clients_state(qtbot, caseload, services,
                                                                                    monkeypatch):
    seen: dict[int, tuple[bool, str]] = {}

    def open_editor(parent, facts=None, **options):
        dialog = editor.ClientEditor(facts, parent, **options)
        qtbot.addWidget(dialog)
        seen[len(seen)] = (not dialog.status_state.isHidden(), dialog.status_state.text())
        return None  # cancelled: nothing saved

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(open_editor))
    w = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    rows = [w.model.row_data(i) for i in range(w.model.rowCount())]
    ended = next(i for i, r in enumerate(rows) if r.status_expiry and (TODAY - r.status_expiry).days > 30)
    current = next(i for i, r in enumerate(rows) if r.status_expiry and r.status_expiry > TODAY)
    for i in (ended, current):
        w.table.selectRow(i)
        assert w.selected_ids() == [rows[i].id]
        w.act_edit.trigger()
    end = rows[ended].status_expiry
    assert seen[0] == (True, f"U.S. status ended {end.isoformat()}, {(TODAY - end).days:,} days ago: this is the "
                             "client's state, no longer a deadline.")
    assert seen[1] == (False, "")
    w.close()


def test_the_tab_shows_its_rows_first_and_the_other_counts_just_after(qtbot, caseload, services):
    """The listed bucket is counted with its rows; the long overdue and ended ones (most of a large
    caseload) are counted once the rows are on screen, and then every button says its count."""
    week = _open_rows(caseload, "due >= ? AND due <= ?", TODAY.isoformat(), (TODAY + timedelta(days=7)).isoformat())
    view = UpcomingView(services.deadlines, lambda: TODAY)
    qtbot.addWidget(view)
    assert view.counting and view.model.total == len(week) and view.model.rowCount() > 0
    assert view.bucket_buttons[THIS_WEEK].text() == f"This week: {len(week):,}"
    ended = _open_rows(caseload, "due < ? AND kind IN (?, ?, ?)", (TODAY - timedelta(days=30)).isoformat(),
                       *US_STATUS_KINDS)
    assert view.bucket_buttons[ENDED].text() != f"Status already ended: {len(ended):,}"  # not read yet
    view.show()
    qtbot.waitUntil(lambda: not view.counting)
    assert view.bucket_buttons[ENDED].text() == f"Status already ended: {len(ended):,}"
    assert view.summary.this_week == len(week) and view.summary.ended == len(ended)


def test_counts_are_written_the_french_way_in_french(qtbot, services):
    """In French a comma is the decimal mark: "3,000 clients" would read as three. Thousands are grouped
    with a no-break space there, as the letters and the command line write them."""
    from casedesk.ui import i18n

    assert i18n.install("fr") == "fr"
    try:
        w = MainWindow(services, None, FixedClock(TODAY))
        qtbot.addWidget(w)
        w.show()
        wait_idle(qtbot, w)
        assert w.count_label.text().endswith("3\u00a0000") and "3,000" not in w.count_label.text()
        w.upcoming.set_bucket(ENDED)
        ended = w.upcoming.summary.ended
        assert ended > 1_000
        grouped = f"{ended:,}".replace(",", "\u00a0")
        assert w.upcoming.count_label.text().endswith(grouped)
        assert grouped in w.upcoming.bucket_buttons[ENDED].text()
    finally:
        i18n.install("en")
    w.upcoming.refresh()
    assert w.upcoming.count_label.text().endswith(f"{ended:,}")
