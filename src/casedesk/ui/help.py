"""Help, offline: the user guide shipped in ``resources/help/`` (Markdown, shown in a QTextBrowser),
the keyboard shortcuts read from the window's own actions (so the list cannot drift from the keys),
and what each verdict, urgency and confidence mark means, from the tables the views use."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ..domain.assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY
from .labels import VERDICTS, ui_language
from .policy_view import CONFIDENCE_WORDS
from .screen_fit import fit
from .tr import QT_TRANSLATE_NOOP

GUIDE, SHORTCUTS, MARKS = range(3)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def guide_file() -> Path:
    """The guide in the interface's language (guide.fr.md in French), in the source tree, else inside the
    installed package (wheel, PyInstaller bundle)."""
    name = "guide.md" if ui_language() == "en" else f"guide.{ui_language()}.md"
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "help" / name
    if source_tree.exists():
        return source_tree
    import importlib.resources

    return Path(str(importlib.resources.files("casedesk") / "resources" / "help" / name))


def guide_text() -> str:
    try:
        return guide_file().read_text(encoding="utf-8")
    except OSError:  # a damaged installation: say so rather than show an empty page
        return QCoreApplication.translate("Help", "The user guide could not be read from %1. Reinstall CaseDesk "
                                                  "to restore it.").replace("%1", str(guide_file()))


def shortcuts_html(actions: Iterable[QAction]) -> str:
    """A table of every action that has a key: what it does, and the key as this platform writes it."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            rows.append((name, ", ".join(keys)))
    rows.sort(key=lambda r: r[0].casefold())
    fixed = [
        (QCoreApplication.translate("Help", "Open the selected client (a table, a search with one match)"),
         QCoreApplication.translate("Help", "Enter")),
        (QCoreApplication.translate("Help", "Move between fields, and out of a table"),
         QCoreApplication.translate("Help", "Tab, Shift+Tab")),
        (QCoreApplication.translate("Help", "Move within a table or a list"),
         QCoreApplication.translate("Help", "Arrow keys")),
        (QCoreApplication.translate("Help", "A button, tab or field whose name has an underlined letter"),
         QCoreApplication.translate("Help", "Alt + that letter")),
        (QCoreApplication.translate("Help", "Close a dialog without saving"),
         QCoreApplication.translate("Help", "Esc")),
    ]
    body = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{html.escape(k)}</b></td></tr>" for a, k in rows + fixed)
    title = QCoreApplication.translate("Help", "Keyboard shortcuts")
    what = QCoreApplication.translate("Help", "To")
    press = QCoreApplication.translate("Help", "Press")
    return (f"<h1>{html.escape(title)}</h1><table cellpadding='4'><tr><th align='left'>{html.escape(what)}</th>"
            f"<th align='left'>{html.escape(press)}</th></tr>{body}</table>")


# What each verdict means for the caseworker, beside the word and symbol the views show.
VERDICT_MEANINGS = {
    PROMISING: QT_TRANSLATE_NOOP("Help", "The facts recorded meet the route's conditions as far as "
                                    "CaseDesk can check them. Confirm the details and start."),
    POSSIBLE: QT_TRANSLATE_NOOP("Help", "The route may be open: some conditions are met, others depend "
                                   "on facts or judgement CaseDesk cannot check."),
    NEEDS_INFO: QT_TRANSLATE_NOOP("Help", "A fact that decides the route has not been asked yet. The "
                                     "reasons name it: ask the client."),
    UNLIKELY: QT_TRANSLATE_NOOP("Help", "Not excluded, but the facts recorded make it improbable (for "
                                   "example an Express Entry score far below recent cut-offs)."),
    UNAVAILABLE: QT_TRANSLATE_NOOP("Help", "The program itself is closed or paused under the policy data "
                                      "in force, whatever the client's facts."),
    INELIGIBLE: QT_TRANSLATE_NOOP("Help", "A condition of the route is not met by the facts recorded. "
                                     "The reasons say which."),
}

CONFIDENCE_MEANINGS = {  # beside the policy data's confidence words (``policy_view.CONFIDENCE_WORDS``)
    "S": QT_TRANSLATE_NOOP("Help", "A government notice, the law or an official page: cite it."),
    "S3": QT_TRANSLATE_NOOP("Help", "Reported by a reliable secondary source: check the official text before "
                                    "relying on it in a letter."),
    "R": QT_TRANSLATE_NOOP("Help", "No published source confirms it yet: treat it as provisional."),
    "?": QT_TRANSLATE_NOOP("Help", "The sources disagree or are missing: verify before relying on it."),
}


def marks_html() -> str:
    verdicts = "".join(
        f"<tr><td><b>{html.escape(symbol)} {html.escape(QCoreApplication.translate('Labels', words))}</b></td>"
        f"<td>{html.escape(_tr(VERDICT_MEANINGS[code]))}</td></tr>"
        for code, (symbol, words, _colour) in VERDICTS.items())
    confidence = "".join(
        f"<tr><td><b>{html.escape(QCoreApplication.translate('PolicyModel', str(words)))}</b></td>"
        f"<td>{html.escape(_tr(CONFIDENCE_MEANINGS.get(code, '')))}</td></tr>"
        for code, words in CONFIDENCE_WORDS.items())
    marks = (
        ("\N{BLACK CIRCLE} " + QCoreApplication.translate("Upcoming", "Overdue %1 days").replace("%1", "3"),
         QCoreApplication.translate("Help", "The date has passed and the deadline was not marked done: red, with "
                                            "a stop sign.")),
        ("\N{BLACK CIRCLE} " + QCoreApplication.translate("Upcoming", "In %1 days").replace("%1", "3"),
         QCoreApplication.translate("Help", "Due within the week: yellow, with a warning sign; later ones are "
                                            "blue.")),
        (QCoreApplication.translate("Upcoming", "Ended %1 days ago").replace("%1", "40"),
         QCoreApplication.translate("Help", "A U.S. status that ended some time ago: grey, to review rather than "
                                            "to act on.")),
        ("\N{WARNING SIGN}",
         QCoreApplication.translate("Help", "Rests on policy data not verified for more than 90 days, or on a "
                                            "source to verify: check before relying on it.")),
    )
    urgency = "".join(f"<tr><td><b>{html.escape(mark)}</b></td><td>{html.escape(meaning)}</td></tr>"
                      for mark, meaning in marks)
    words = [html.escape(w) for w in (
        QCoreApplication.translate("Help", "What the marks mean"),
        QCoreApplication.translate("Help", "Every mark is said in words and with a symbol; the colour only "
                                           "repeats it."),
        QCoreApplication.translate("Help", "Verdicts on a route to Canada"),
        QCoreApplication.translate("Help", "Urgency of a deadline"),
        QCoreApplication.translate("Help", "Confidence of the policy data"),
        QCoreApplication.translate("Help", "Dates are written year first: 2026-12-02 is the 2nd of December "
                                           "2026."),
    )]
    table = "<table cellpadding='4'>{}</table>"
    return (f"<h1>{words[0]}</h1><p>{words[1]}</p><h2>{words[2]}</h2>{table.format(verdicts)}"
            f"<h2>{words[3]}</h2>{table.format(urgency)}<h2>{words[4]}</h2>{table.format(confidence)}"
            f"<p>{words[5]}</p>")


class HelpDialog(QDialog):
    """The guide, the shortcuts and the marks, one tab each; nothing is fetched from anywhere."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None, page: int = GUIDE):
        super().__init__(parent)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("CaseDesk Help"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.pages: list[QTextBrowser] = []
        for title, name, fill in (
                (self.tr("User &guide"), self.tr("User guide"), lambda b: b.setMarkdown(guide_text())),
                (self.tr("&Keyboard shortcuts"), self.tr("Keyboard shortcuts"),
                 lambda b: b.setHtml(shortcuts_html(list(actions)))),
                (self.tr("What the &marks mean"), self.tr("What the marks mean"), lambda b: b.setHtml(marks_html()))):
            browser = QTextBrowser(self)
            browser.setOpenLinks(False)  # nothing leaves the program, not even a link
            browser.setAccessibleName(name)
            fill(browser)
            self.tabs.addTab(browser, title)
            self.pages.append(browser)
        self.tabs.setCurrentIndex(page)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 820, 640)

    def text(self, page: int) -> str:
        return self.pages[page].toPlainText()
