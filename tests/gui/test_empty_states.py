"""Empty lists say why they are empty: History of a client with nothing recorded, a re-assessment
that changed nothing, a policy update that affects no one, a calendar day with nothing due."""

from __future__ import annotations

from datetime import date

from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui.audit_view import AuditDialog
from casedesk.ui.reassess_view import ReassessDialog
from casedesk.ui.upcoming import UpcomingView

from helpers import shipped

TODAY = date(2026, 11, 21)


def test_a_reassessment_with_no_changes_says_so(qtbot, db):
    seed_demo(db, TODAY, shipped())
    services = Services(db, shipped())
    services.assessments.reassess_all(TODAY)
    report = services.assessments.reassess_all(TODAY)  # the same policy again: nothing changes
    assert report.changed == []
    dialog = ReassessDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_hint.label.isVisible()
    assert dialog.empty_hint.label.text().startswith("No changes")
    from PySide6.QtWidgets import QLabel

    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "re-assessed" in said and "Double-click" not in said  # no client to open


def test_a_reassessment_with_changes_says_how_to_open_a_client(qtbot, db):
    from datetime import timedelta

    from PySide6.QtWidgets import QLabel

    seed_demo(db, TODAY, shipped())
    report = Services(db, shipped()).assessments.reassess_all(TODAY + timedelta(days=400))  # statuses have ended
    assert report.changed
    dialog = ReassessDialog(report)
    qtbot.addWidget(dialog)
    assert "Double-click a client to open it." in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_history_with_nothing_recorded_says_so_and_the_hint_goes_with_rows(qtbot, db):
    seed_demo(db, TODAY, shipped())
    services = Services(db, shipped())
    dialog = AuditDialog(services.audit, 999_999, "Nobody")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.empty_hint.label.isVisible() and "Nothing recorded" in dialog.empty_hint.label.text()
    dialog.model.set_rows(services.audit.trail()[:2])
    assert not dialog.empty_hint.label.isVisible()


def test_a_calendar_day_with_nothing_due_says_so(qtbot, db):
    seed_demo(db, TODAY, shipped())
    view = UpcomingView(Services(db, shipped()).deadlines, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    view.calendar_button.setChecked(True)
    quiet = next(date(2027, 1, d) for d in range(1, 29)
                 if not view.deadlines.due_on(TODAY, date(2027, 1, d)))
    view.set_day(quiet)
    assert view.model.rowCount() == 0
    assert view.empty_hint.isVisible() and view.empty_hint.text() == "Nothing is due on this day."
    assert view.day_label.text() == f"Due on {quiet.isoformat()}"
