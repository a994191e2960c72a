"""No internal name reaches the user: every text shown for a verdict (Routes), a deadline (Upcoming)
or a history entry is scanned, over the demo caseload and the format's example case, for a raw
case-file path, a policy fact id, the team's reference notes, JSON or Python's True/False."""

from __future__ import annotations

import re
from datetime import date

import pytest
from casedesk.ui.upcoming.words import WINDOWS
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.casefields import field_paths
from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui.audit_view import AuditModel
from casedesk.ui.main_window import MainWindow
from casedesk.ui.policy_view import PolicyDialog
from casedesk.ui.results import ResultsView

from helpers import shipped

TODAY = date(2026, 11, 21)
URL = re.compile(r"https?://\S+")


def _forbidden(policy) -> re.Pattern[str]:
    paths = {p.replace("[]", "") for p, _ in field_paths()}
    # Paths with a dot or an underscore cannot be plain words ("client" and "minor" are).
    names = {p for p in paths if "." in p or "_" in p} | {f.id for f in policy.facts}
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({words})(?![\w])|rules-facts|Recollection|\{{\"|\bTrue\b|\bFalse\b")


def _plain(text: str) -> str:
    if "<" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return URL.sub("", text)


@pytest.fixture
def caseload(qtbot, db, data_dir, spec_case):
    policy = shipped()
    seed_demo(db, TODAY, policy)
    services = Services(db, policy)
    spec_id = services.clients.add(parse_case(spec_case), as_of=TODAY)
    # An edit that touches sections, lists and flags, so that History has changes to show.
    record = services.clients.get(spec_id)
    doc = case_to_dict(record.facts)
    doc["canada_entry"] = {"mode": "none"}
    doc["canadian_documents"] = {"valid_visa_or_permit": True}
    doc["client"]["marital_status"] = "married"
    doc["us_status"] = [{"kind": "tps", "country": "HT", "valid_until": "2026-02-03"}]
    services.clients.update(spec_id, parse_case(doc), record.version, as_of=TODAY)
    window = MainWindow(services, resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(window)
    return window, services, spec_id


def _scan(texts: list[tuple[str, str]], pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    found = []
    for where, text in texts:
        plain = _plain(text)
        for match in pattern.finditer(plain):
            found.append((where, match.group(0), plain[max(0, match.start() - 60):match.end() + 60]))
    return found


def test_routes_upcoming_and_history_show_no_internal_names(qtbot, caseload):
    window, services, spec_id = caseload
    pattern = _forbidden(services.policy.current)
    texts: list[tuple[str, str]] = []
    ids = [window.model.client_id(r) for r in range(window.model.rowCount())]
    assert spec_id in ids and len(ids) >= 40
    view = ResultsView()
    qtbot.addWidget(view)
    for client_id in ids:
        record = services.clients.get(client_id)
        view.show_assessment(services.assessments.assess_client(client_id, TODAY, save=False),
                             services.assessments.crs(record.facts, TODAY))
        texts += [(f"routes {client_id}", label.text())
                  for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    window.commands.deadlines.show_upcoming()
    model = window.upcoming._model
    shown = 0
    for bucket in WINDOWS:  # each bucket is its own list: read every one
        window.upcoming.set_bucket(bucket)
        model.fetch_all()
        shown += model.rowCount()
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, col), role)
                    if value:
                        texts.append((f"upcoming {bucket} {row}:{col}", str(value)))
    assert shown > 50
    history = AuditModel()
    for client_id in ids:
        history.set_rows(services.audit.trail(client_id))
        for row in range(history.rowCount()):
            for col in range(history.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = history.data(history.index(row, col), role)
                    if value:
                        texts.append((f"history {client_id}", str(value)))
    assert sum(1 for where, _ in texts if where.startswith("history")) >= 10
    found = _scan(texts, pattern)
    assert found == [], "\n".join(map(repr, found[:40]))


def test_the_scan_catches_what_it_looks_for(caseload):
    _window, services, _ = caseload
    pattern = _forbidden(services.policy.current)
    bad = [("a", "Needs human_capital.education"), ("b", "policy parole.chnv.parole_end"),
           ("c", "Recollection (rules-facts.md, section 2d)"), ("d", 'canada_entry {"mode": "none"}'),
           ("e", "blocked: True"), ("f", "Still to find out: us_status")]
    assert [w for w, *_ in _scan(bad, pattern)] == ["a", "b", "c", "c", "d", "d", "e", "f"]


def test_policy_data_says_confidence_and_values_in_words(qtbot, caseload):
    _window, services, _ = caseload
    dialog = PolicyDialog(services.policy.current, TODAY)
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = [str(model.data(model.index(r, c)) or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    joined = "\n".join(shown)
    assert "blocked: True" not in joined and "True" not in joined.split() and "False" not in joined.split()
    assert not re.search(r"(?m)^(S|S3|R|\?)$", joined)  # confidence codes alone
    assert "Official or primary source" in shown


def test_summary_done_list_interview_and_help_show_no_internal_names(qtbot, caseload):
    """The other places a deadline or a verdict is worded: the morning summary, Upcoming's list of done
    and snoozed deadlines, the interview's last page (the spec example's answers) and Help's pages."""
    from PySide6.QtWidgets import QTextBrowser

    from casedesk.ui.help import HelpDialog
    from casedesk.ui.interview import InterviewWizard
    from casedesk.ui.upcoming.summary import MorningSummaryDialog

    window, services, spec_id = caseload
    pattern = _forbidden(services.policy.current)
    texts: list[tuple[str, str]] = []
    deadlines = services.deadlines
    summary = MorningSummaryDialog(deadlines.summary(TODAY), deadlines.morning_list(TODAY), TODAY, window)
    qtbot.addWidget(summary)
    texts += [("summary", label.text()) for label in summary.findChildren(QLabel)]
    texts += [("summary list", summary.list.item(i).text()) for i in range(summary.list.count())]
    assert len(texts) >= 3

    view = window.upcoming
    for bucket in WINDOWS:  # a few of every list marked done, one snoozed: then listed to reopen
        view.set_bucket(bucket)
        for record in view.model.records()[:3]:
            deadlines.mark_done(record.client_id, record.key, TODAY)
    view.set_bucket(next(iter(WINDOWS)))
    if view.model.rowCount():
        first = view.model.record(0)
        deadlines.snooze(first.client_id, first.key, date(2026, 12, 24), TODAY)
    view.show_handled(True)
    model = view.model
    assert model.rowCount() >= 5
    texts += [(f"done {r}:{c}", str(model.data(model.index(r, c), role)))
              for r in range(model.rowCount()) for c in range(model.columnCount())
              for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
              if model.data(model.index(r, c), role)]

    a = services.assessments
    record = services.clients.get(spec_id)
    wizard = InterviewWizard(record.facts, lambda f: a.assess_facts(f, TODAY), lambda f: a.crs(f, TODAY), TODAY,
                             window, status_end=lambda f: a.status_end(f, TODAY))
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.nextId() != -1:
        wizard.next()
    page = wizard.currentPage()
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.text()]
    assert any("Promising" in t or "Possible" in t or "Not eligible" in t for t in shown)
    texts += [("interview results", t) for t in shown]

    helper = HelpDialog(window.actions(), window)
    qtbot.addWidget(helper)
    texts += [(f"help {i}", browser.toPlainText()) for i, browser in enumerate(helper.findChildren(QTextBrowser))]

    found = _scan(texts, pattern)
    assert found == [], "\n".join(map(repr, found[:40]))
