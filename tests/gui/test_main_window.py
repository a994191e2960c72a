"""The main window driven like a caseworker drives it: typing, clicking, confirming."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.casefile import parse_case
from casedesk.services.bundle import Services
from casedesk.services.casefiles import import_stream
from casedesk.services.clients import ClientService
from casedesk.services.demo import seed_demo
from casedesk.ui import dialogs, editor
from casedesk.ui.caseload_model import COL_COUNTRY, COL_EXPIRY, COL_NAME, COL_STATUS, CaseloadModel
from casedesk.ui.main_window import MainWindow

from helpers import minimal_case, shipped, wait_idle

TODAY = date(2026, 11, 21)

pytestmark = pytest.mark.postgresql


@pytest.fixture
def window(qtbot, db, data_dir):
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    return w


def visible_names(w: MainWindow) -> list[str]:
    m = w.model
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


def type_search(qtbot, w: MainWindow, text: str) -> None:
    w.search.clear()
    qtbot.keyClicks(w.search, text)
    qtbot.waitUntil(lambda: w.model.query == text)


def test_caseload_model_passes_qt_model_tester(qtmodeltester, db):
    seed_demo(db, TODAY, shipped())
    model = CaseloadModel(ClientService(db, shipped()).page, lambda: TODAY)
    model.refresh()
    assert model.rowCount() >= 40
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_EXPIRY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_window_lists_the_demo_caseload(window):
    assert window.model.total >= 40
    assert window.count_label.text() == f"Clients: {window.model.total}"
    row = visible_names(window).index("Lefèvre, Élodie")
    assert window.model.data(window.model.index(row, COL_COUNTRY)) == "Haiti"
    statuses = {window.model.data(window.model.index(r, COL_STATUS)) for r in range(window.model.rowCount())}
    assert "Parole (CHNV)" in statuses and "TPS (Haiti)" in statuses


def test_search_as_you_type_ignores_case_and_accents(qtbot, window):
    type_search(qtbot, window, "lefevre")
    assert visible_names(window) == ["Lefèvre, Élodie"]
    assert window.count_label.text() == "Matching clients: 1"
    type_search(qtbot, window, "NGUYEN")
    assert [n for n in visible_names(window)] == ["Nguyễn, Thị Hồng"]
    type_search(qtbot, window, "no such person")
    assert visible_names(window) == []
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 40)


def test_search_finds_rows_never_loaded(qtbot, db, data_dir):
    docs = [minimal_case(f"Person{i:04d}", f"Family{i:04d}") for i in range(3000)]
    docs.append(minimal_case("Zoë", "Ørsted-Žižek"))
    import_stream(db, io.StringIO("\n".join(json.dumps(d) for d in docs)), policy=shipped(), as_of=TODAY)
    w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(w)
    assert w.model.rowCount() == 200 and w.model.total == 3001  # only a page is loaded
    type_search(qtbot, w, "zizek")
    assert visible_names(w) == ["Ørsted-Žižek, Zoë"]
    type_search(qtbot, w, "family29")
    assert w.model.total == 100


def test_sorting_by_a_column_asks_the_database(qtbot, window):
    window.table.sortByColumn(COL_EXPIRY, Qt.SortOrder.AscendingOrder)
    m = window.model
    expiries = [m.data(m.index(r, COL_EXPIRY)) for r in range(m.rowCount())]
    dated = [e for e in expiries if e]
    assert dated == sorted(dated) and dated


def test_add_a_client_through_the_editor(qtbot, window, db, monkeypatch):
    def fill_in(parent, facts=None, **_):
        dlg = editor.ClientEditor(facts, parent)
        qtbot.addWidget(dlg)
        # QTest types ASCII only; accented names are set as text, as an input method would.
        qtbot.keyClicks(dlg.findChild(QLineEdit, "client.given_names"), "Ana")
        dlg.findChild(QLineEdit, "client.given_names").setText("Anaïs")
        dlg.findChild(QLineEdit, "client.family_name").setText("Dorléans")
        qtbot.keyClicks(dlg.findChild(QLineEdit, "client.date_of_birth"), "1991-07-14")
        qtbot.keyClicks(dlg.findChild(QLineEdit, "client.a_number"), "A246813579")
        return dlg.facts()

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(fill_in))
    before = window.model.total
    window.act_new.trigger()
    assert window.model.total == before + 1
    assert window.selected_ids(), "the new client is selected"
    record = ClientService(db, shipped()).get(window.selected_ids()[0])
    assert (record.facts.client.given_names, record.facts.client.family_name) == ("Anaïs", "Dorléans")
    assert str(record.facts.client.date_of_birth) == "1991-07-14"
    type_search(qtbot, window, "dorleans")
    assert visible_names(window) == ["Dorléans, Anaïs"]


def test_edit_keeps_changes(qtbot, window, db, monkeypatch):
    type_search(qtbot, window, "lefevre")
    window.table.selectRow(0)
    client_id = window.selected_ids()[0]

    def change(parent, facts=None, **_):
        dlg = editor.ClientEditor(facts, parent)
        qtbot.addWidget(dlg)
        field = dlg.findChild(QLineEdit, "client.family_name")
        field.setText("Lefèvre-Joseph")
        return dlg.facts()

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(change))
    window.act_edit.trigger()
    assert ClientService(db, shipped()).get(client_id).facts.client.family_name == "Lefèvre-Joseph"
    assert visible_names(window) == ["Lefèvre-Joseph, Élodie"]


def test_delete_asks_first_and_cancel_keeps_the_client(qtbot, window, db, monkeypatch):
    type_search(qtbot, window, "lefevre")
    window.table.selectRow(0)
    client_id = window.selected_ids()[0]
    asked = []
    monkeypatch.setattr(dialogs.ConfirmDelete, "ask", staticmethod(lambda parent, names: asked.append(names)))
    window.act_delete.trigger()
    assert asked == [["Lefèvre, Élodie"]]
    assert ClientService(db, shipped()).get(client_id)  # still there: the answer was not yes


def test_delete_with_the_real_confirmation_box(qtbot, window, db):
    type_search(qtbot, window, "lefevre")
    window.table.selectRow(0)
    client_id = window.selected_ids()[0]
    total = ClientService(db, shipped()).count()

    def press_delete():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "Lefèvre, Élodie" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, press_delete)
    window.act_delete.trigger()
    assert ClientService(db, shipped()).count() == total - 1
    assert visible_names(window) == []
    from casedesk.services.errors import NotFound
    with pytest.raises(NotFound):
        ClientService(db, shipped()).get(client_id)


def test_import_and_export_from_the_file_menu(qtbot, window, db, tmp_path, monkeypatch, spec_case):
    source = tmp_path / "in.json"
    source.write_text(json.dumps([spec_case, minimal_case("Ivan", "Shevchenko")]), encoding="utf-8")
    monkeypatch.setattr(dialogs.CaseFileChooser, "open_path", staticmethod(lambda parent: source))
    before = ClientService(db, shipped()).count()
    window.act_import.trigger()
    wait_idle(qtbot, window)
    assert ClientService(db, shipped()).count() == before + 2
    type_search(qtbot, window, "shevchenko")
    assert window.model.row_data(0).best_verdict  # imported clients are assessed at once
    window.table.selectRow(0)
    target = tmp_path / "out.json"
    monkeypatch.setattr(dialogs.CaseFileChooser, "save_path", staticmethod(lambda parent, suggested: target))
    warned = []
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: warned.append(1) or False))
    window.act_export.trigger()
    assert warned == [1] and not target.exists()  # declined: nothing written
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: True))
    window.act_export.trigger()
    assert window.runner.busy  # written on the worker, not the GUI thread
    wait_idle(qtbot, window)
    assert json.loads(target.read_text(encoding="utf-8"))["client"]["family_name"] == "Shevchenko"


def test_what_an_operation_greys_out_comes_back_when_it_ends(qtbot, window):
    """Every action greyed while the worker runs (one writer at a time) is as it was once the work has ended:
    Load Policy Update and Return to Shipped Policy Data stayed greyed after the first operation (an import,
    a start-up backup) until the window was closed."""
    from casedesk.ui.ops import Op

    wait_idle(qtbot, window)
    window.table.selectRow(0)
    before = {a.text(): a.isEnabled() for a in window._writing}
    assert before["&Load Policy Update…"] and before["Return to &Shipped Policy Data…"]
    assert window.runner.run(Op(window, lambda _services, _progress: time.sleep(0.2), title="t", label="l"))
    assert not any(a.isEnabled() for a in window._writing)
    wait_idle(qtbot, window)
    assert {a.text(): a.isEnabled() for a in window._writing} == before


def test_a_large_import_says_how_to_see_the_best_routes(qtbot, window, tmp_path, monkeypatch):
    """Past ASSESS_ON_IMPORT clients an import leaves the assessment to Policy ▸ Re-assess Caseload, and says so
    in one message of two sentences."""
    from casedesk.ui.commands import casefiles

    source = tmp_path / "in.json"
    source.write_text(json.dumps([minimal_case("Ivan", "Shevchenko"), minimal_case("Olena", "Kovalenko")]),
                      encoding="utf-8")
    monkeypatch.setattr(dialogs.CaseFileChooser, "open_path", staticmethod(lambda parent: source))
    monkeypatch.setattr(casefiles, "ASSESS_ON_IMPORT", 1)
    window.act_import.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == ("Clients imported: 2. Run Policy ▸ Re-assess Caseload to see "
                                                   "their best routes.")


def test_the_calendar_export_warns_that_the_file_leaves_the_database(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(dialogs.CaseFileChooser, "save_calendar_path", staticmethod(lambda parent: target))
    warned = []
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: warned.append(1) or False))
    window.act_ics.trigger()
    assert warned == [1] and not target.exists()
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: True))
    window.act_ics.trigger()
    assert window.runner.busy  # written on the worker, not the GUI thread
    wait_idle(qtbot, window)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_a_bad_import_shows_the_record_and_field_and_changes_nothing(qtbot, window, db, tmp_path, monkeypatch):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(minimal_case()) + "\n" + json.dumps(minimal_case(
        client={"given_names": "X", "family_name": "Y", "date_of_birth": "1990-13-45"})) + "\n", encoding="utf-8")
    monkeypatch.setattr(dialogs.CaseFileChooser, "open_path", staticmethod(lambda parent: bad))
    shown = []
    monkeypatch.setattr(dialogs.Notice, "warn", staticmethod(lambda parent, title, text: shown.append(text)))
    before = ClientService(db, shipped()).count()
    window.act_import.trigger()
    wait_idle(qtbot, window)
    assert shown == ["record 2: client.date_of_birth: not a date: '1990-13-45'; nothing was imported"]
    assert ClientService(db, shipped()).count() == before


def test_window_state_is_remembered(qtbot, db, data_dir):
    state = resolve_paths(data_dir).ui_state_file
    first = MainWindow(Services(db, shipped()), state, FixedClock(TODAY))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(COL_STATUS, 333)
    first.close()
    screen = first.screen().availableGeometry()
    key = f"main/geometry@{screen.width()}x{screen.height()}"  # remembered per screen size
    assert QSettings(str(state), QSettings.Format.IniFormat).value(key) is not None
    second = MainWindow(Services(db, shipped()), state, FixedClock(TODAY))
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(COL_STATUS) == 333


def test_window_opens_inside_the_screen_even_after_a_larger_one(qtbot, db, data_dir):
    state = resolve_paths(data_dir).ui_state_file
    first = MainWindow(Services(db, shipped()), state, FixedClock(TODAY))
    qtbot.addWidget(first)
    screen = first.screen().availableGeometry()
    assert first.width() <= screen.width() and first.height() <= screen.height()  # 1100×700 asked, 800×800 here
    first.show()
    first.resize(2400, 1500)  # as if sized on a large monitor of the same size class
    first.move(600, 400)
    first.close()
    second = MainWindow(Services(db, shipped()), state, FixedClock(TODAY))
    qtbot.addWidget(second)
    second.show()
    assert screen.contains(second.frameGeometry()), (second.frameGeometry(), screen)


def test_standard_shortcuts(window):
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    assert window.act_import.shortcut().toString() == "Ctrl+O"
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"


def test_demo_starts_offscreen_and_stays_up(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path)  # nothing from the real user's folders
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.Popen([sys.executable, "-m", "casedesk", "--demo"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        time.sleep(6)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err
    assert not (tmp_path / "data" / "CaseDesk").exists(), "the demo must not touch the real caseload"


def test_an_empty_caseload_says_how_to_begin_and_a_fruitless_search_says_so(qtbot, db, data_dir):
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    assert w.empty_hint.isVisible() and "New Client" in w.empty_hint.text()
    assert w.empty_hint.geometry().width() > 0
    ClientService(db, shipped()).add(parse_case(minimal_case("Ana", "Gómez")), as_of=TODAY)
    w.model.refresh()
    assert not w.empty_hint.isVisible()
    type_search(qtbot, w, "zzz")
    assert w.empty_hint.isVisible() and "zzz" in w.empty_hint.text()


def test_the_caseload_shows_each_clients_file_number_first(window):
    from casedesk.ui.caseload_model import COL_NUMBER

    header = window.table.horizontalHeader()
    assert header.logicalIndex(0) == COL_NUMBER and not header.isSectionHidden(COL_NUMBER)
    assert window.model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "File no."
    for row in range(5):
        assert window.model.data(window.model.index(row, COL_NUMBER)) == str(window.model.client_id(row))
    window.table.sortByColumn(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = [int(window.model.data(window.model.index(r, COL_NUMBER))) for r in range(window.model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
