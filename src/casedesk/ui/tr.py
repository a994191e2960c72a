"""``QT_TRANSLATE_NOOP`` typed: it marks a string for translation and returns it as ``str``.

PySide6's own stub returns ``object``, so every marked string became a type error where it is
used. pyside6-lupdate finds marked strings by this exact name, so the helper keeps it: import it
from here, not from ``PySide6.QtCore``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
