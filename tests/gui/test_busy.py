"""What takes more than 0.2 s on the GUI thread shows it is working: the interview's last Next (the
routes laid out: 0.2-0.35 s, benchmarks/bench_interview.py) and opening Routes show the wait cursor,
which goes once the window answers again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from casedesk.clock import FixedClock
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui import busy, results
from casedesk.ui.interview import InterviewWizard
from casedesk.ui.main_window import MainWindow

from helpers import shipped

TODAY = date(2026, 11, 21)


@pytest.fixture
def services(db):
    seed_demo(db, TODAY, shipped())
    return Services(db, shipped())


def test_the_interviews_last_next_shows_the_wait_cursor_while_the_routes_are_laid_out(qtbot, services,
                                                                                         monkeypatch):
    a = services.assessments
    record = services.clients.get(services.clients.page("", limit=1)[0][0].id)
    seen = []
    real = results.ResultsView.show_assessment
    monkeypatch.setattr(results.ResultsView, "show_assessment",
                        lambda self, *args, **kw: (seen.append(busy.busy_now()), real(self, *args, **kw))[1])
    wizard = InterviewWizard(record.facts, lambda f: a.assess_facts(f, TODAY), lambda f: a.crs(f, TODAY), TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.nextId() != -1:
        wizard.next()
    assert seen == [True]
    QApplication.processEvents()
    assert not busy.busy_now()


def test_opening_routes_shows_the_wait_cursor(qtbot, services, monkeypatch):
    window = MainWindow(services, None, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.show()
    window.select_client(window.model.client_id(0))
    seen = []
    monkeypatch.setattr(results.ResultsDialog, "show_for", staticmethod(lambda *a, **k: seen.append(busy.busy_now())))
    window.act_routes.trigger()
    assert seen == [True]
    QApplication.processEvents()
    assert not busy.busy_now()
