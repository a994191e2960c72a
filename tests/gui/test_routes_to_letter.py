"""From routes to letter in one motion: the selection survives Routes, a promising route has its own
"Write letter…", Routes and the interview's last page say when the status ends and how many days
are left, and opening Routes again stores no second identical assessment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from casedesk.ui import letter_dialog
from casedesk.ui.interview import InterviewWizard, Page
from casedesk.ui.results import ResultsDialog

from widgets import window_with_spouse_client

TODAY = date(2026, 11, 21)




def test_routes_keep_the_selection_and_store_no_duplicate_assessment(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    shown: list[ResultsDialog] = []
    monkeypatch.setattr(ResultsDialog, "exec", lambda self: shown.append(self) or 0)
    w.select_client(cid)
    before = len(w.services.assessments.history(cid))
    w.act_routes.trigger()
    w.act_routes.trigger()
    assert len(shown) == 2
    assert w.selected_ids() == [cid] and w.act_letter.isEnabled()  # Letter acts on the client just seen
    assert len(w.services.assessments.history(cid)) == before  # the demo's own of today is reused
    dialog = shown[-1]
    header = dialog.findChild(QLabel, "results:header").text()
    end = w.services.assessments.status_end(w.clients.get(cid).facts, TODAY)
    assert end is not None and end.isoformat() in header
    days = (end - TODAY).days
    assert (f"in {days} days" if days > 1 else f"{-days} days ago") in header


def test_a_promising_route_writes_its_letter(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    asked = []
    monkeypatch.setattr(letter_dialog.LetterDialog, "ask", classmethod(
        lambda cls, service, client_id, name, today, parent=None, kind=None, settings=None, runner=None:
        asked.append((client_id, kind))))

    def press_write(self):
        button = self.findChild(QPushButton, "letter:spousal_sponsorship")
        assert button is not None and button.isVisibleTo(self)
        assert self.findChild(QPushButton, "letter:express_entry") is None  # no letter follows that route
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ResultsDialog, "exec", press_write)
    w.select_client(cid)
    w.act_routes.trigger()
    assert asked == [(cid, "spousal_sponsorship")]


def test_the_interviews_last_page_says_when_status_ends_and_writes_the_letter(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    asked = []
    monkeypatch.setattr(letter_dialog.LetterDialog, "ask", classmethod(
        lambda cls, service, client_id, name, today, parent=None, kind=None, settings=None, runner=None:
        asked.append((client_id, kind))))

    def run(self):
        self.show()
        while self.currentId() != int(Page.RESULTS):
            self.next()
        header = self.results_view().findChild(QLabel, "results:header").text()
        assert "U.S. status" in header and ("days" in header or "No end date" in header)
        button = self.results_view().findChild(QPushButton, "letter:spousal_sponsorship")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(InterviewWizard, "exec", run)
    w.select_client(cid)
    w.act_interview.trigger()
    assert asked == [(cid, "spousal_sponsorship")]
    assert w.selected_ids() == [cid]


def test_the_interview_with_many_clients_selected_says_so(qtbot, db, monkeypatch):
    w, _ = window_with_spouse_client(qtbot, db, TODAY, show=True)
    started = []
    monkeypatch.setattr(InterviewWizard, "exec", lambda self: started.append(self) or 0)
    w.table.selectAll()
    w.act_interview.trigger()
    assert started == []
    assert "select one, or none for a new client" in w.statusBar().currentMessage()
