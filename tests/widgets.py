"""Finding and filling in widgets by name, as the GUI tests do (one copy for every test module)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def named(parent: QWidget, path: str, cls: Any = QWidget) -> Any:
    """The child widget named ``path`` (a case-file path), failing the test when there is none."""
    widget = parent.findChild(cls, path)
    assert widget is not None, f"no widget named {path!r}"
    return widget


def choose(combo: QComboBox, code: Any) -> None:
    """Choose the item whose data is ``code``."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def type_into(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Type into a field, as the caseworker would (QTest types ASCII only)."""
    field.clear()
    qtbot.keyClicks(field, text)


def window_with_spouse_client(qtbot: Any, db: Any, today: date, *, show: bool = False) -> tuple[Any, int]:
    """A window over the demo caseload and the id of a client the spousal letter fits (married to a
    Canadian), found by asking the letter service, not by a demo row number."""
    from casedesk.clock import FixedClock
    from casedesk.services.bundle import Services
    from casedesk.services.demo import seed_demo
    from casedesk.services.letters import LetterService
    from casedesk.ui.main_window import MainWindow
    from helpers import shipped

    seed_demo(db, today, shipped())
    w = MainWindow(Services(db, shipped()), None, FixedClock(today))
    qtbot.addWidget(w)
    if show:
        w.show()
    service = LetterService(db, shipped())
    for row in range(w.model.rowCount()):
        cid = w.model.client_id(row)
        try:
            service.content(cid, "spousal_sponsorship", "en", today)
        except Exception:
            continue
        return w, cid
    raise AssertionError("the demo caseload has a client married to a Canadian")
