"""The Upcoming view driven like a caseworker's morning: what is overdue, what is due, done, snoozed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casedesk.domain.casefile import parse_case
from casedesk.services.clients import ClientService
from casedesk.services.deadlines import DONE, DeadlineService, Summary, record_words
from casedesk.services.demo import seed_demo
from casedesk.ui import upcoming
from casedesk.ui.upcoming import (
    COL_BASIS, COL_CLIENT, COL_DUE, COL_KIND, COL_TITLE, COL_URGENCY, ENDED,
    OVERDUE, OVERDUE_ONLY, THIS_WEEK, BucketRole,
    MorningSummaryDialog, SnoozeDialog, UpcomingModel, UpcomingView, summary_text,
)

from casedesk.domain.deadlines import US_STATUS_KINDS

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)

pytestmark = pytest.mark.postgresql


class Clock:
    """A ``today`` the test can move forward."""

    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def service(db) -> DeadlineService:
    seed_demo(db, TODAY, shipped())
    return DeadlineService(db, shipped())


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def view(qtbot, service, clock) -> UpcomingView:
    v = UpcomingView(service, clock)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    return v


def column(v: UpcomingView, col: int) -> list[str]:
    """A column as shown, in the table's (sorted) order."""
    p = v.proxy
    return [p.data(p.index(r, col)) for r in range(p.rowCount())]


def shown_keys(v: UpcomingView) -> list[tuple[int, str]]:
    return [(r.client_id, r.key) for r in v.model.records()]


def proxy_row(v: UpcomingView, client_id: int, key: str) -> int:
    source = v.model.row_of(client_id, key)
    assert source is not None, (client_id, key)
    return v.proxy.mapFromSource(v.model.index(source, 0)).row()


def first_with(v: UpcomingView, bucket: str):
    m = v.model
    return next(m.record(r) for r in range(m.rowCount()) if m.data(m.index(r, COL_URGENCY), BucketRole) == bucket)


def add_tagged_client(db, given: str, family: str, tasks: list[dict]) -> int:
    return ClientService(db, shipped()).add(parse_case(minimal_case(given, family, tasks=tasks)), as_of=TODAY)


# --- the model ----------------------------------------------------------------------------------

def test_upcoming_model_passes_qt_model_tester(qapp, qtmodeltester, service):
    model = UpcomingModel(TODAY)
    model.set_rows(service.upcoming(TODAY, 90), TODAY)
    assert model.rowCount() > 20
    qtmodeltester.check(model, force_py=True)
    model.set_rows([], TODAY)
    qtmodeltester.check(model, force_py=True)


def test_model_words_icons_and_colours_say_the_urgency(qapp, service):
    records = service.upcoming(TODAY, 90)
    model = UpcomingModel(TODAY)
    model.set_rows(records, TODAY)
    texts = {r: model.data(model.index(r, COL_URGENCY)) for r in range(model.rowCount())}
    overdue = next(r for r in range(model.rowCount())
                   if model.data(model.index(r, COL_URGENCY), BucketRole) == OVERDUE)
    days = (TODAY - model.record(overdue).due).days
    assert texts[overdue] == (f"Overdue {days:,} days" if days > 1 else "Overdue 1 day")
    ended = next(r for r in range(model.rowCount()) if model.data(model.index(r, COL_URGENCY), BucketRole) == ENDED)
    assert texts[ended] == f"Ended {(TODAY - model.record(ended).due).days:,} days ago"
    assert model.data(model.index(overdue, COL_DUE)) == model.record(overdue).due.isoformat()
    soon = next(r for r in range(model.rowCount()) if (model.record(r).due - TODAY).days == 2)
    assert texts[soon] == "In 2 days"
    later = next(r for r in range(model.rowCount()) if (model.record(r).due - TODAY).days > 7)

    icons = [model.data(model.index(r, COL_URGENCY), Qt.ItemDataRole.DecorationRole) for r in (overdue, soon, later)]
    assert all(not i.isNull() for i in icons)
    keys = [i.cacheKey() for i in icons]
    assert len(set(keys)) == 3, "each urgency has its own icon"
    backgrounds = {model.data(model.index(r, COL_URGENCY), Qt.ItemDataRole.BackgroundRole).color().name()
                   for r in (overdue, soon, later)}
    assert len(backgrounds) == 3
    assert model.data(model.index(overdue, COL_URGENCY), Qt.ItemDataRole.ForegroundRole) is not None

    # The same deadline seen on its own day and the day after.
    record = model.record(soon)
    model.set_rows([record], record.due)
    assert model.data(model.index(0, COL_URGENCY)) == "Today"
    model.set_rows([record], record.due + timedelta(days=1))
    assert model.data(model.index(0, COL_URGENCY)) == "Overdue 1 day"
    assert model.data(model.index(0, COL_URGENCY), BucketRole) == OVERDUE


def test_model_columns_name_kind_and_basis_with_caveat_and_source(qapp, service):
    model = UpcomingModel(TODAY)
    model.set_rows(service.upcoming(TODAY, 90), TODAY)
    rows = range(model.rowCount())
    r = next(r for r in rows if not model.record(r).source_confirmed and model.record(r).caveat)
    rec = model.record(r)
    assert model.data(model.index(r, COL_CLIENT)) == f"{rec.family_name}, {rec.given_names}"
    assert model.data(model.index(r, COL_TITLE)) == rec.title
    basis = model.data(model.index(r, COL_BASIS))
    assert basis.startswith(rec.basis) and basis.endswith(rec.caveat)
    tip = model.data(model.index(r, COL_BASIS), Qt.ItemDataRole.ToolTipRole)
    assert rec.source_title in tip and "verify before relying on it" in tip
    if rec.source_url:
        assert rec.source_url in tip
    confirmed = next(r for r in rows if model.record(r).source_confirmed and model.record(r).source_title)
    tip = model.data(model.index(confirmed, COL_BASIS), Qt.ItemDataRole.ToolTipRole)
    assert model.record(confirmed).source_title in tip and "not confirmed" not in tip
    kinds = {model.record(r).kind: model.data(model.index(r, COL_KIND)) for r in rows}
    assert kinds["ead_end"] == "Work permit (EAD) ends" and kinds["status_end"] == "U.S. status ends"


def test_titles_and_bases_are_words_from_the_codes_with_readable_citations(qapp, service):
    records = service.upcoming(TODAY, 90)
    english, french = UpcomingModel(TODAY), UpcomingModel(TODAY, language="fr")
    english.set_rows(records, TODAY)
    french.set_rows(records, TODAY)
    # Burma: a court block of March 2026 whose basis Mullin v. Doe removed (the Haiti block was lifted outright).
    r = next(i for i, rec in enumerate(records) if rec.key == "tps:MM")
    rec = records[r]
    assert english.data(english.index(r, COL_TITLE)) == "TPS for Burma (Myanmar) ends"
    basis = english.data(english.index(r, COL_BASIS))
    assert basis.startswith(f"The date TPS for Burma (Myanmar) ends for every holder. Source: {rec.source_title}. "
                            f"\N{WARNING SIGN} The termination was blocked by a court")
    assert french.data(french.index(r, COL_TITLE)) == "Fin du TPS (Birmanie (Myanmar)) pour tous ses bénéficiaires"
    assert french.data(french.index(r, COL_BASIS)).startswith(
        "Date à laquelle le TPS (Birmanie (Myanmar)) prend fin pour tous ses bénéficiaires. "
        f"Source\u00a0: {rec.source_title}.")
    tip = english.data(english.index(r, COL_BASIS), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[:2] == ["The date TPS for Burma (Myanmar) ends for every holder.",
                                    "Caveat: " + english.words(r).caveat]
    # A policy fact is cited by its source's title, never by its id ("policy parole.chnv.parole_end").
    for row, record in enumerate(records):
        shown = english.data(english.index(row, COL_BASIS))
        assert "policy " not in shown and (record.source_id is None or record.source_id not in shown)


def test_sorting_by_urgency_follows_the_date_not_the_text(view):
    view.set_bucket(OVERDUE)
    view.table.sortByColumn(COL_URGENCY, Qt.SortOrder.AscendingOrder)
    overdue = column(view, COL_DUE)
    assert overdue == sorted(overdue) and all(t.startswith("Overdue") for t in column(view, COL_URGENCY))
    view.set_window(30)
    dues = column(view, COL_DUE)
    assert dues == sorted(dues) and len(set(dues)) > 5
    # Text order would put "In 10 days" before "In 9 days".
    texts = column(view, COL_URGENCY)
    assert all(t.startswith("In ") for t in texts)
    view.table.sortByColumn(COL_URGENCY, Qt.SortOrder.DescendingOrder)
    assert column(view, COL_DUE) == sorted(dues, reverse=True)
    view.table.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    names = column(view, COL_CLIENT)
    assert names == sorted(names, key=str.casefold)


# --- the view -----------------------------------------------------------------------------------

def test_the_morning_view_opens_on_this_week(view, service):
    everything = service.upcoming(TODAY, 90)
    week = [r for r in everything if TODAY <= r.due <= TODAY + timedelta(days=7)]
    assert view.window_days == 7 and view.bucket_buttons[THIS_WEEK].isChecked()
    assert shown_keys(view) == [(r.client_id, r.key) for r in week]  # soonest first, nothing overdue mixed in
    texts = column(view, COL_URGENCY)
    assert not any(t.startswith("Overdue") for t in texts)
    assert all(t == "Today" or t == "Tomorrow" or t.startswith("In ") for t in texts)

    expected = Summary(sum(r.due < TODAY and not (r.kind in US_STATUS_KINDS and (TODAY - r.due).days > 30)
                           for r in everything),
                       len(week),
                       sum(8 <= (r.due - TODAY).days <= 30 for r in everything),
                       sum(31 <= (r.due - TODAY).days <= 90 for r in everything),
                       sum(r.kind in US_STATUS_KINDS and (TODAY - r.due).days > 30 for r in everything),
                       sum(r.due == TODAY for r in everything))
    assert view.summary == expected == service.summary(TODAY)
    assert expected.overdue > 0 and expected.this_week > 0 and expected.next_30 > 0 and expected.next_90 > 0
    assert expected.ended > 0
    labels = {b: button.text() for b, button in view.bucket_buttons.items()}
    assert labels == {"overdue": f"Overdue: {expected.overdue}", "today": f"Today: {expected.today}",
                      "this_week": f"This week: {expected.this_week}",
                      "next_30": f"Next 30 days: {expected.next_30}", "next_90": f"Next 90 days: {expected.next_90}",
                      "ended": f"Status already ended: {expected.ended}"}


def test_clicking_a_bucket_sets_the_window(qtbot, view):
    summary = view.summary
    qtbot.mouseClick(view.bucket_buttons[OVERDUE], Qt.MouseButton.LeftButton)
    assert view.window_days == OVERDUE_ONLY
    assert view.model.rowCount() == summary.overdue
    assert all(r.due < TODAY for r in view.model.records())
    qtbot.mouseClick(view.bucket_buttons["next_30"], Qt.MouseButton.LeftButton)
    assert view.window_days == 30
    assert view.model.rowCount() == summary.next_30
    assert view.bucket_buttons["next_30"].isChecked() and not view.bucket_buttons[OVERDUE].isChecked()
    qtbot.mouseClick(view.bucket_buttons["next_90"], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == summary.next_90
    qtbot.mouseClick(view.bucket_buttons[ENDED], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == summary.ended and view.review_all_button.isVisible()
    assert view.done_button.text() == "Mark &reviewed"
    qtbot.mouseClick(view.bucket_buttons[THIS_WEEK], Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == summary.this_week and not view.review_all_button.isVisible()


def test_mark_done_removes_the_row_and_the_client_keeps_it_as_done(qtbot, view, service):
    view.set_bucket(OVERDUE)
    target, other = view.model.record(0), view.model.record(1)
    before = view.summary
    assert not view.done_button.isEnabled()
    view.table.selectRow(proxy_row(view, target.client_id, target.key))
    assert view.selected_records() == [target]
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    assert (target.client_id, target.key) not in shown_keys(view)
    assert (other.client_id, other.key) in shown_keys(view)
    assert view.summary.overdue == before.overdue - 1
    assert view.bucket_buttons[OVERDUE].text() == f"Overdue: {before.overdue - 1}"
    kept = {r.key: r for r in service.for_client(target.client_id)}
    assert kept[target.key].state == DONE and kept[target.key].done_on == TODAY
    assert not view.done_button.isEnabled()  # nothing selected any more


def test_mark_done_acts_on_every_selected_row(qtbot, view, service):
    first, second = view.model.record(0), view.model.record(1)
    view.select_record(first.client_id, first.key)
    view.select_record(second.client_id, second.key, clear=False)
    assert len(view.selected_records()) == 2
    rows = view.model.rowCount()
    view.done_button.click()
    assert view.model.rowCount() == rows - 2
    assert {(first.client_id, first.key), (second.client_id, second.key)}.isdisjoint(shown_keys(view))


def test_snooze_hides_until_the_day_and_it_comes_back(qtbot, view, service, clock, monkeypatch):
    target = first_with(view, THIS_WEEK)
    until = TODAY + timedelta(days=10)
    asked = []
    monkeypatch.setattr(SnoozeDialog, "ask", classmethod(lambda cls, parent, today: asked.append(today) or until))
    view.select_record(target.client_id, target.key)
    qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    assert asked == [TODAY]
    assert (target.client_id, target.key) not in shown_keys(view)
    state = {r.key: r for r in service.for_client(target.client_id)}[target.key]
    assert state.state == "snoozed" and state.snoozed_until == until

    view.set_bucket(OVERDUE)
    clock.day = until - timedelta(days=1)
    view.refresh()
    assert (target.client_id, target.key) not in shown_keys(view)
    clock.day = until
    view.refresh()
    assert (target.client_id, target.key) in shown_keys(view)
    row = view.model.row_of(target.client_id, target.key)
    assert view.model.data(view.model.index(row, COL_URGENCY)).startswith("Overdue")


def test_snooze_cancelled_changes_nothing(qtbot, view, service, monkeypatch):
    target = view.model.record(0)
    monkeypatch.setattr(SnoozeDialog, "ask", classmethod(lambda cls, parent, today: None))
    view.select_record(target.client_id, target.key)
    rows = view.model.rowCount()
    view.snooze_button.click()
    assert view.model.rowCount() == rows
    assert {r.key: r for r in service.for_client(target.client_id)}[target.key].state == "open"


def test_snooze_dialog_defaults_to_a_week_and_refuses_today(qtbot):
    dialog = SnoozeDialog(TODAY)
    qtbot.addWidget(dialog)
    assert dialog.until() == TODAY + timedelta(days=7)
    dialog.date_edit.setDate(QDate(TODAY))
    assert dialog.until() == TODAY + timedelta(days=1)  # clamped: a snooze ends after today

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SnoozeDialog) and w.isVisible())
        box.date_edit.setDate(QDate(2026, 12, 24))
        box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert SnoozeDialog.ask(None, TODAY) == date(2026, 12, 24)


def test_kind_filter(qtbot, view, service):
    view.set_window(90)
    everything = shown_keys(view)
    view.set_kind("ead_end")
    kinds = {r.kind for r in view.model.records()}
    assert kinds == {"ead_end"}
    assert set(column(view, COL_KIND)) == {"Work permit (EAD) ends"}
    assert view.model.rowCount() == len([r for r in service.upcoming(TODAY, 90, kinds=["ead_end"])
                                         if (r.due - TODAY).days > 30])
    assert view.summary.overdue + view.summary.this_week + view.summary.next_30 + view.summary.next_90 \
        + view.summary.ended == len(service.upcoming(TODAY, 90, kinds=["ead_end"])), "the counts follow the filter"
    assert view.kind_filter.itemText(0) == "All kinds" and view.kind_filter.count() == 1 + len(upcoming.KINDS)
    view.kind_filter.setCurrentIndex(0)
    assert shown_keys(view) == everything


def test_tag_filter_and_task_kind(qtbot, view, db):
    medical = add_tagged_client(db, "Ines", "Quispe", [
        {"title": "Book the medical exam", "due": "2026-11-25", "note": None, "tag": "medical"},
        {"title": "Collect the birth certificate", "due": "2026-11-24", "note": "from the consulate", "tag": "docs"},
    ])
    add_tagged_client(db, "Omar", "Haddad", [
        {"title": "Call back about the police certificate", "due": "2026-11-20", "note": None, "tag": "docs"},
    ])
    view.refresh()
    titles = column(view, COL_TITLE)
    assert "Book the medical exam" in titles and "Call back about the police certificate" not in titles
    view.set_bucket(OVERDUE)
    assert "Call back about the police certificate" in column(view, COL_TITLE)
    view.set_bucket(THIS_WEEK)

    qtbot.keyClicks(view.tag_filter, "medical")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    (only,) = view.model.records()
    assert (only.client_id, only.title, only.tag, only.kind) == (medical, "Book the medical exam", "medical", "task")
    assert column(view, COL_CLIENT) == ["Quispe, Ines"]
    assert view.summary == Summary(0, 1, 0, 0)

    view.tag_filter.clear()
    qtbot.keyClicks(view.tag_filter, "docs")
    qtbot.waitUntil(lambda: column(view, COL_TITLE) == ["Collect the birth certificate"])
    assert view.summary == Summary(1, 1, 0, 0)
    assert view.summary.overdue == 1

    view.tag_filter.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() > 3)
    view.set_kind("task")
    assert sorted(column(view, COL_TITLE)) == ["Book the medical exam", "Collect the birth certificate"]
    view.set_bucket(OVERDUE)
    assert column(view, COL_TITLE) == ["Call back about the police certificate"]


def test_double_click_and_enter_open_the_client(qtbot, view):
    received: list[int] = []
    view.open_client.connect(received.append)
    target = view.model.record(3)
    row = proxy_row(view, target.client_id, target.key)
    rect = view.table.visualRect(view.proxy.index(row, COL_TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert received == []  # a single click only selects
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert received == [target.client_id]

    other = next(r for r in view.model.records() if r.client_id != target.client_id)
    view.select_record(other.client_id, other.key)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(view.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert received == [target.client_id, other.client_id, other.client_id]


# --- the morning summary ------------------------------------------------------------------------

def test_summary_text_counts():
    assert summary_text(Summary(3, 12, 20, 1041, 7, 2)) == \
        "Overdue: 3 \N{MIDDLE DOT} Today: 2 \N{MIDDLE DOT} This week: 12 \N{MIDDLE DOT} Next 30 days: 20 " \
        "\N{MIDDLE DOT} Next 90 days: 1,041 \N{MIDDLE DOT} Status already ended: 7"


def test_morning_summary_lists_what_is_urgent(qtbot, view, service):
    summary = view.summary
    records = service.morning_list(TODAY, size=3, overdue_lines=0)
    dialog = MorningSummaryDialog(summary, records, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Overdue, today and this week"
    text = dialog.text()
    assert text.splitlines()[0] == summary_text(summary)
    assert summary.overdue > 0 and summary.this_week > 3 and len(dialog.lines) == 5
    assert dialog.lines[0] == f"…and {summary.overdue} more overdue"
    assert dialog.lines[-1] == f"…and {summary.this_week - 3} more this week"
    assert dialog.line_clients == [None] + [r.client_id for r in records] + [None]
    assert records == service.bucket(TODAY, THIS_WEEK)[:3]  # most urgent first
    first = records[0]
    assert dialog.lines[1].endswith(f": {first.family_name}, {first.given_names} \N{EM DASH} {first.title}")

    in_french = MorningSummaryDialog(summary, records, TODAY, language="fr")
    qtbot.addWidget(in_french)
    title = record_words(first, "fr").title
    assert title != first.title and in_french.lines[1] == dialog.lines[1].replace(first.title, title)

    quiet = MorningSummaryDialog(Summary(0, 0, 4, 9), [], TODAY)
    qtbot.addWidget(quiet)
    assert quiet.lines == ["Nothing overdue, and nothing due today or this week."]


def test_morning_summary_open_upcoming_returns_true(qtbot, service):
    summary = Summary(1, 0, 0, 0)
    record = service.upcoming(TODAY, 0, limit=1)

    def press(name: str):
        def run():
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, MorningSummaryDialog) and w.isVisible())
            if name == "open":
                dialog.open_button.click()
            else:
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
        return run

    QTimer.singleShot(0, press("open"))
    assert MorningSummaryDialog.show_for(None, summary, record, TODAY) is True
    QTimer.singleShot(0, press("close"))
    assert MorningSummaryDialog.show_for(None, summary, record, TODAY) is False


def test_the_month_calendar_marks_due_dates_and_lists_a_day(qtbot, view, service, clock):
    from PySide6.QtGui import QFont

    from casedesk.ui.deadline_calendar import OVERDUE_COLOUR

    assert not view.calendar.isVisible()
    qtbot.mouseClick(view.calendar_button, Qt.MouseButton.LeftButton)
    assert view.calendar.isVisible()
    first, last = view.calendar.month_shown()
    assert (first, last) == (date(2026, 11, 1), date(2026, 11, 30))
    counts = service.by_day(TODAY, first, last)
    assert view.calendar.counts == counts and counts
    # What the calendar marks agrees with the open list: every open deadline due this month is counted.
    listed = service.upcoming(TODAY, 9)
    assert sum(counts[d] for d in counts if d >= TODAY) == sum(1 for r in listed if TODAY <= r.due <= last)
    future = min(d for d in counts if d >= TODAY)
    fmt = view.calendar.dateTextFormat(QDate(future.year, future.month, future.day))
    assert fmt.fontWeight() == QFont.Weight.Bold and str(counts[future]) in fmt.toolTip()
    past = [d for d in counts if d < TODAY]
    if past:  # overdue days: red and underlined, never colour alone
        fmt = view.calendar.dateTextFormat(QDate(past[0].year, past[0].month, past[0].day))
        assert fmt.foreground().color() == OVERDUE_COLOUR and fmt.fontUnderline() and "overdue" in fmt.toolTip()

    view.calendar.clicked.emit(QDate(future.year, future.month, future.day))
    assert view.day == future
    assert set(column(view, COL_DUE)) and view.model.rowCount() == counts[future]
    assert all(r.due == future for r in view.model.records())
    assert not any(b.isChecked() for b in view.bucket_buttons.values()) and view.day_label.isVisible()

    view.calendar.showNextMonth()
    assert view.calendar.month_shown()[0] == date(2026, 12, 1)
    assert view.calendar.counts == service.by_day(TODAY, date(2026, 12, 1), date(2026, 12, 31))

    qtbot.mouseClick(view.all_days_button, Qt.MouseButton.LeftButton)
    assert view.day is None and view.bucket_buttons[THIS_WEEK].isChecked() and not view.day_label.isVisible()
    qtbot.mouseClick(view.calendar_button, Qt.MouseButton.LeftButton)
    assert not view.calendar.isVisible()


def test_a_deadline_resting_on_a_fact_not_verified_for_90_days_says_so_beside_it(qtbot, db):
    from casedesk.policy.loader import default_policy
    from casedesk.ui.upcoming.model import LawAgeRole

    case = minimal_case("Marie", "Joseph")
    case["client"].update(citizenships=["HT"])
    case["us_status"] = [{"kind": "tps", "country": "HT", "valid_until": None}]
    fresh_day, later = date(2026, 12, 2), date(2027, 6, 1)  # Haiti's TPS end was verified on 2026-12-02
    cid = ClientService(db, shipped()).add(parse_case(case), as_of=fresh_day)
    service = DeadlineService(db, shipped())
    for day, stale in ((fresh_day, False), (later, True)):
        model = UpcomingModel(day, policy=lambda: default_policy())
        model.set_rows(service.upcoming(day, 90), day)
        row = next(r for r in range(model.rowCount()) if (model.record(r).client_id, model.record(r).key) == (
            cid, "tps:HT"))
        basis = model.data(model.index(row, COL_BASIS))
        tip = model.data(model.index(row, COL_BASIS), Qt.ItemDataRole.ToolTipRole)
        if stale:
            assert model.data(model.index(row, COL_BASIS), LawAgeRole) == ("tps.ht.designation_end",)
            assert basis.endswith("⚠ Rests on policy data not verified for more than 90 days (or never verified): "
                                  "Haiti TPS: date TPS ends. Verify before relying on it.")
            assert "Haiti TPS: date TPS ends. Verify" in tip
        else:
            assert model.data(model.index(row, COL_BASIS), LawAgeRole) == ()
            assert "not verified" not in basis and "not verified" not in tip
    # The view gives its model the policy data in force.
    view = UpcomingView(service, lambda: later)
    qtbot.addWidget(view)
    assert view._model.stale_facts(model.record(row)) == ("tps.ht.designation_end",)
