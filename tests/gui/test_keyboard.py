"""Keyboard and screen reader: every window's widget tree walked for interactive widgets without an
accessible name and for one mnemonic given to two different things; Tab leaves the caseload, the
editor starts in its first field, Enter on a single search result opens it."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QGroupBox,
    QLabel, QLineEdit, QMenuBar, QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget,
)

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.services.bundle import Services
from casedesk.services.demo import seed_demo
from casedesk.ui import editor
from casedesk.ui.main_window import MainWindow

from helpers import shipped
from small_screen_probe import windows

TODAY = date(2026, 11, 21)
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox,
               QTabBar)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(window: QWidget) -> dict[str, set[str]]:
    """Mnemonic -> the different texts that use it, where there are two or more. The same text
    repeated (each row of a list has its "Relation") is one thing: Alt cycles through them."""
    uses: dict[str, set[str]] = defaultdict(set)

    def add(text: str) -> None:
        key = _mnemonic(text)
        if key:
            uses[key].add(text)

    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if (isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar)
                or isinstance(w, QLabel) and w.buddy() is not None):
            add(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                add(action.text())
    return {key: texts for key, texts in uses.items() if len(texts) > 1}


def unnamed(window: QWidget) -> list[str]:
    """Interactive widgets a screen reader would announce without a name."""
    out = []
    for w in window.findChildren(QWidget):
        if (not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar) or not w.isVisibleTo(window)
                or w.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(w.parentWidget(), QAbstractSpinBox)):
            continue
        face = QAccessible.queryAccessibleInterface(w)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out


def backward_tabs(window: QWidget) -> list[str]:
    """Where Tab jumps back up the window (more than a row's height), when it does more than once: the
    one jump from the last control back to the first is the cycle; another is a tab order that does
    not follow the reading order."""
    focusable = [w for w in window.findChildren(QWidget)
                 if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.focusProxy() is None]
    if len(focusable) < 2:
        return []
    order, w = [], focusable[0]
    for _ in range(len(window.findChildren(QWidget)) + 1):
        if w in focusable and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
        if w is focusable[0]:
            break
    top = [(_seen_at(w, window), w.objectName() or type(w).__name__) for w in order]
    jumps = [f"{a[1]} -> {b[1]}" for a, b in zip(top, top[1:] + top[:1]) if b[0] + 30 < a[0]]
    return jumps if len(jumps) > 1 else []


def _seen_at(widget: QWidget, window: QWidget) -> int:
    """How far down the window a control is; inside a scroll area, within the area's own span (the
    content below its bottom edge is reached by scrolling, not under the buttons beneath the area)."""
    y = widget.mapTo(window, QPoint(0, 0)).y()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            top = parent.mapTo(window, QPoint(0, 0)).y()
            return max(top, min(y, top + parent.height() - 1))
        parent = parent.parentWidget()
    return y


@pytest.fixture(scope="module")
def every_window(qapp, tmp_path_factory):
    """(name, mnemonic clashes, unnamed widgets, backward tabs) for every window and dialog (each editor section and
    interview page on its own)."""
    app = QApplication.instance()
    seen = []
    for name, widget, close in windows(tmp_path_factory.mktemp("keyboard")):
        shown = widget.isVisible()
        if not shown:
            widget.show()
        app.processEvents()
        seen.append((name, mnemonic_clashes(widget), unnamed(widget), backward_tabs(widget)))
        if not shown:
            widget.close()
        close()
    return seen


def test_every_window_was_walked(every_window):
    names = [name for name, *_ in every_window]
    assert len(names) >= 35 and "main window: upcoming" in names and "letter" in names
    for window in ("main window: upcoming done and snoozed", "settings: Security", "help: Keyboard shortcuts",
                   "about", "caseworker name", "history", "policy data", "unlock", "passphrase", "routes"):
        assert window in names


def test_no_window_gives_one_mnemonic_to_two_things(every_window):
    assert {name: clashes for name, clashes, *_ in every_window if clashes} == {}


def test_every_interactive_widget_has_an_accessible_name(every_window):
    assert {name: missing for name, _, missing, _ in every_window if missing} == {}


# The letter dialog is being rebuilt on another branch (its Save comes before the letter's kind).
TAB_ORDER_PENDING = ("letter",)


def test_tab_follows_the_reading_order(every_window):
    assert {name: back for name, _, _, back in every_window
            if back and name not in TAB_ORDER_PENDING} == {}


def test_the_scan_finds_a_clash():
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    for text in ("&Caseload", "&Client", "C&lose"):
        layout.addWidget(QPushButton(text))
    assert mnemonic_clashes(box) == {"c": {"&Caseload", "&Client"}}
    box.deleteLater()


@pytest.fixture
def window(qtbot, db, data_dir):
    seed_demo(db, TODAY, shipped())
    w = MainWindow(Services(db, shipped()), resolve_paths(data_dir).ui_state_file, FixedClock(TODAY))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_tab_leaves_the_caseload_table(qtbot, window):
    window.table.setFocus()
    window.select_client(window.model.client_id(0))
    assert not window.table.tabKeyNavigation()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table


def test_the_new_client_editor_starts_in_the_first_field(qtbot):
    dialog = editor.ClientEditor()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == "client.given_names"


def test_enter_on_a_single_search_result_opens_it(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(lambda parent, facts=None, **_k: opened.append(facts)))
    window.search.setFocus()
    qtbot.keyClicks(window.search, "lefevre")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert [f.client.family_name for f in opened] == ["Lefèvre"]
    assert window.selected_ids() == [window.model.client_id(0)]
