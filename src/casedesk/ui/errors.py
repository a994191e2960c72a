"""The one boundary where failures meet the user.

The environment's faults and refused input (``USER_ERRORS``: disk full, locked or missing
file, invalid case file) become a plain message; anything else is a bug of ours: it is
logged with its traceback and shown in a dialog whose details can be copied.
"""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..domain.errors import CaseFileError
from ..logsetup import scrubbed_traceback
from ..services.errors import USER_ERRORS, EnvironmentFault, NoSuchClient
from .dialogs import Notice

log = logging.getLogger("casedesk.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, EnvironmentFault):  # worded by its kind, as on the command line
        from ..text.faults import fault_text
        from .labels import ui_language

        return fault_text(exc.kind, str(exc), ui_language())
    if isinstance(exc, NoSuchClient):
        text = (QCoreApplication.translate("Errors", "client %1: no such client (deleted meanwhile?)") if exc.meanwhile
                else QCoreApplication.translate("Errors", "client %1: no such client"))
        return text.replace("%1", str(exc.client_id))
    if isinstance(exc, CaseFileError):  # the record and field, in the interface's language
        from ..text.caseerrors import describe as words
        from .labels import ui_language

        return words(exc, ui_language())
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def report(exc: BaseException, title: str, parent: QWidget | None, what: str = "") -> None:
    """A failure that arrives as a value (a background operation's): refused input and the
    environment's faults as a plain message under ``title``; anything else to the crash dialog."""
    if isinstance(exc, USER_ERRORS):
        log.info("%s refused: %s", what or "operation", type(exc).__name__)
        Notice.warn(parent, _tr(title), describe(exc))
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


@contextmanager
def boundary(title: str, parent: QWidget | None, what: str = "") -> Iterator[None]:
    """Refused input and the environment's faults inside the block become a message under ``title``;
    a bug goes on up, to the crash dialog."""
    try:
        yield
    except USER_ERRORS as exc:
        report(exc, title, parent, what)


def guarded(title: str) -> Callable:
    """Decorate a slot so refused input and environment faults show as a message with ``title``.
    The slot's object is the message's parent, or its ``window`` when it is not a widget (a command)."""

    def wrap(slot: Callable) -> Callable:
        @functools.wraps(slot)
        def run(self, *args, **kwargs):
            parent = self if isinstance(self, QWidget) else getattr(self, "window", None)
            with boundary(title, parent, slot.__name__):
                return slot(self, *args, **kwargs)
            return None

        return run

    return wrap


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CaseDesk: unexpected error"))
        layout = QVBoxLayout(self)
        where = self.tr(" The details are also in %1.").replace("%1", str(log_path)) if log_path else ""
        intro = QLabel(self.tr("Something went wrong inside CaseDesk. Your saved data is safe. "
                               "Please copy the details below and send them to support.") + where)
        intro.setWordWrap(True)  # a long log path would otherwise widen the window past the screen
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def install_excepthook(log_path: Path | None) -> None:
    """Unexpected exceptions in slots: log them and show the crash dialog instead of dying."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected %s\n%s", kind.__name__, scrubbed_traceback(tb))
        details = "".join(traceback.format_exception(kind, exc, tb))
        if QApplication.instance() is not None:
            CrashDialog(details, log_path).exec()
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
