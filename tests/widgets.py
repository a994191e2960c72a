"""Finding and filling in widgets by name, as the GUI tests do (one copy for every test module)."""

from __future__ import annotations

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
