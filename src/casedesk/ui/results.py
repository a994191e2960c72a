"""An assessment on screen: every pathway, most promising first, with its reasons and sources.

Each verdict is told in words and a symbol (never by colour alone). Sources are links that
open in the browser; a source the policy data marks as unconfirmed says "verify before
relying on it". A verdict resting on policy facts not verified for more than 90 days says so
beside it (the age of the law), and those sources are marked. Everything that comes from the
case or the policy data is escaped before it goes into rich text. The Express Entry score, when
given, is broken down factor by factor in a small table model.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from casedesk.domain.assessment import (
    POSSIBLE, PROMISING, Assessment, PathwayResult, Source,
)
from casedesk.domain.crs import CrsResult
from casedesk.domain.letters import KIND_PATHWAYS
from casedesk.domain.facts import CaseFacts
from casedesk.domain.policydata import STALE_AFTER_DAYS
from casedesk.domain.sources import citable, public_title

from .labels import VERDICTS, colon, date_text, field_text, message_text, pathway_name, verdict_text
from .rows_model import RowsModel
from .tr import QT_TRANSLATE_NOOP
from .screen_fit import fit

_CONTEXT = "ResultsView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


CRS_FACTORS = {
    "age": QT_TRANSLATE_NOOP("ResultsView", "Age"),
    "education": QT_TRANSLATE_NOOP("ResultsView", "Level of education"),
    "first_language": QT_TRANSLATE_NOOP("ResultsView", "First official language"),
    "second_language": QT_TRANSLATE_NOOP("ResultsView", "Second official language"),
    "canadian_work": QT_TRANSLATE_NOOP("ResultsView", "Canadian work experience"),
    "spouse_education": QT_TRANSLATE_NOOP("ResultsView", "Spouse: education"),
    "spouse_language": QT_TRANSLATE_NOOP("ResultsView", "Spouse: official language"),
    "spouse_canadian_work": QT_TRANSLATE_NOOP("ResultsView", "Spouse: Canadian work experience"),
    "transferability_education": QT_TRANSLATE_NOOP("ResultsView", "Transferability: education"),
    "transferability_foreign_work": QT_TRANSLATE_NOOP("ResultsView", "Transferability: foreign work"),
    "transferability_certificate": QT_TRANSLATE_NOOP("ResultsView", "Transferability: trade certificate"),
    "provincial_nomination": QT_TRANSLATE_NOOP("ResultsView", "Provincial nomination"),
    "sibling": QT_TRANSLATE_NOOP("ResultsView", "Brother or sister in Canada"),
    "french": QT_TRANSLATE_NOOP("ResultsView", "French-language skills"),
    "canadian_education": QT_TRANSLATE_NOOP("ResultsView", "Education in Canada"),
    "job_offer": QT_TRANSLATE_NOOP("ResultsView", "Arranged employment (job offer)"),
}
CRS_TOTALS = (
    ("core", QT_TRANSLATE_NOOP("ResultsView", "Core (age, education, languages, work) subtotal")),
    ("spouse", QT_TRANSLATE_NOOP("ResultsView", "Spouse factors subtotal")),
    ("transferability", QT_TRANSLATE_NOOP("ResultsView", "Skill transferability subtotal (at most 100)")),
    ("additional", QT_TRANSLATE_NOOP("ResultsView", "Additional points subtotal (at most 600)")),
    ("total", QT_TRANSLATE_NOOP("ResultsView", "Comprehensive Ranking System score")),
)


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _linkable(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def source_html(source: Source) -> str:
    """One source as a link (web addresses only), marked when it is to be verified."""
    title = _e(source.title or source.url or source.id)
    text = f'<a href="{_e(source.url)}">{title}</a>' if _linkable(source.url) else title
    if not source.confirmed:
        text += " \N{WARNING SIGN} <i>" + _e(QCoreApplication.translate(
                "ResultsView", "verify before relying on it")) + "</i>"
    return text


def _items(title: str, entries: Iterable[str]) -> str:
    entries = list(entries)
    if not entries:
        return ""
    rows = "".join(f"<li>{_e(entry)}</li>" for entry in entries)
    return f"<p><b>{_e(title)}</b></p><ul>{rows}</ul>"


# --- CRS breakdown ------------------------------------------------------------------------------

class CrsModel(RowsModel):
    """Factor and points, one row per CRS factor, then the section subtotals and the total."""

    COL_FACTOR, COL_POINTS = 0, 1
    _HEADERS = (QT_TRANSLATE_NOOP("ResultsView", "Factor"), QT_TRANSLATE_NOOP("ResultsView", "Points"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__([_tr(h) for h in self._HEADERS], parent)   # rows: (label, points, is a total)

    def set_result(self, crs: CrsResult | None) -> None:
        rows: list[tuple[str, int, bool]] = []
        if crs is not None:
            rows = [(_tr(label), int(crs.details.get(key, 0)), False) for key, label in CRS_FACTORS.items()]
            rows += [(_tr(label), int(getattr(crs, key)), True) for key, label in CRS_TOTALS]
        self.reset_rows(rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        label, points, total = row
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label if column == self.COL_FACTOR else str(points)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole and column == self.COL_POINTS:
            return points
        return None

    def points(self) -> dict[str, int]:
        """Label -> points, in row order (for tests and copying)."""
        return {label: points for label, points, _ in self._rows}


# --- the view -----------------------------------------------------------------------------------

# The letter that follows a route (``domain.letters.KIND_PATHWAYS``, the other way round).
LETTER_FOR_PATHWAY = {pathway: kind for kind, pathway in KIND_PATHWAYS.items()}


def status_end_text(end: date | None, today: date) -> str:
    """"U.S. status ends on 2027-02-03: in 74 days." / "...ended on 2025-04-24, 586 days ago." """
    if end is None:
        return QCoreApplication.translate("ResultsView", "No end date of a U.S. status is recorded.")
    days = (end - today).days
    if days > 1:
        return QCoreApplication.translate(
                "ResultsView", "U.S. status ends on {date}: in {days} days.").format(date=date_text(end), days=days)
    if days == 1:
        return QCoreApplication.translate(
                "ResultsView", "U.S. status ends tomorrow, {date}.").format(date=date_text(end))
    if days == 0:
        return QCoreApplication.translate("ResultsView", "U.S. status ends today, {date}.").format(date=date_text(end))
    return QCoreApplication.translate(
            "ResultsView", "U.S. status ended on {date}, {days} days ago.").format(date=date_text(end), days=-days)


class ResultsView(QWidget):
    """Shows one assessment: ranked pathways with reasons and sources, and the CRS breakdown.
    With ``letters``, a route a letter follows (promising or possible) has its own "Write letter…",
    which emits ``letter_requested`` with the letter's kind."""

    letter_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResultsView")
        self._shown: list[str] = []
        self._letters = False

        self._header = QLabel()
        self._header.setObjectName("results:header")
        self._header.setTextFormat(Qt.TextFormat.RichText)
        self._header.setWordWrap(True)
        self._header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("results:pathways")
        self._scroll.setAccessibleName(self.tr("Pathways, most promising first"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._list)

        self.crs_model = CrsModel(self)
        self._crs_table = QTableView()
        self._crs_table.setObjectName("results:crs")
        self._crs_table.setAccessibleName(self.tr("Express Entry score (CRS), by factor"))
        self._crs_table.setModel(self.crs_model)
        self._crs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._crs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._crs_table.verticalHeader().hide()
        header = self._crs_table.horizontalHeader()
        header.setSectionResizeMode(CrsModel.COL_FACTOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CrsModel.COL_POINTS, QHeaderView.ResizeMode.ResizeToContents)
        self._crs_missing = QLabel()
        self._crs_missing.setObjectName("results:crs_missing")
        self._crs_missing.setWordWrap(True)
        self._crs_missing.setTextFormat(Qt.TextFormat.PlainText)
        self._crs_box = QGroupBox(self.tr("Express Entry score (CRS)"))
        self._crs_box.setObjectName("results:crs_box")
        crs_layout = QVBoxLayout(self._crs_box)
        crs_layout.addWidget(self._crs_table, 1)
        crs_layout.addWidget(self._crs_missing)
        self._crs_box.hide()

        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._scroll)
        self._splitter.addWidget(self._crs_box)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._header)
        layout.addWidget(self._splitter, 1)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The score table would take the room its rows ask for; the pathways come first.
        super().showEvent(event)
        if not self._sized and self._splitter.height() > 0:
            self._sized = True
            height = self._splitter.height()
            self._splitter.setSizes([height * 7 // 10, height - height * 7 // 10])

    # showing

    def show_assessment(self, assessment: Assessment, crs: CrsResult | None, *, client_name: str = "",
                        status_end: date | None | bool = False, letters: bool = False) -> None:
        """Show ``assessment`` (pathways ranked) and, when given, the CRS breakdown; ``status_end`` (a date
        or None when none is known; False: not told) says when the U.S. status ends and how many days
        are left; ``letters`` offers "Write letter…" on the routes a letter follows."""
        self._letters = letters
        who = f"<b>{_e(client_name)}</b><br>" if client_name.strip() else ""
        when = _e(self.tr("Assessed as of {date}, policy data version {version}.").format(
            date=date_text(assessment.as_of), version=assessment.policy_version))
        cliff = ""
        if status_end is not False:
            end = status_end if isinstance(status_end, date) else None
            urgent = end is not None and (end - assessment.as_of).days <= 90
            cliff = "<br>" + ("\N{WARNING SIGN} " if urgent else "") + "<b>" + _e(
                status_end_text(end, assessment.as_of)) + "</b>"
        self._header.setText(f"{who}{when}{cliff}")

        self._clear()
        for position, result in enumerate(assessment.ranked()):
            self._list_layout.insertWidget(position, self._pathway_box(result))
            self._shown.append(result.id)

        self._tab_through_pathways()
        self.crs_model.set_result(crs)
        self._crs_box.setVisible(crs is not None)
        if crs is not None:
            self._crs_box.setTitle(self.tr("Express Entry score (CRS): {total}").format(total=crs.total))
            missing = ", ".join(field_text(path) for path in crs.missing)
            self._crs_missing.setText(
                self.tr("Not known yet, scored 0: {facts}").format(facts=missing) if missing else "")
            self._crs_missing.setVisible(bool(missing))

    def _tab_through_pathways(self) -> None:
        """Tab through the routes' links and buttons as they are seen, before the score table: made
        after it, they would otherwise come last."""
        previous: QWidget = self._scroll
        for widget in self._list.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None \
                    and widget.window() is previous.window():
                QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not self._scroll and self._crs_table.window() is previous.window():
            QWidget.setTabOrder(previous, self._crs_table)

    def shown_ids(self) -> list[str]:
        """The pathway ids on screen, top to bottom."""
        return list(self._shown)

    def pathway_box(self, pathway_id: str) -> QGroupBox | None:
        return self._list.findChild(QGroupBox, f"pathway:{pathway_id}")

    # building

    def _clear(self) -> None:
        for pathway_id in self._shown:
            box = self.pathway_box(pathway_id)
            if box is not None:
                box.setObjectName("")
                for child in box.findChildren(QWidget):
                    child.setObjectName("")
                box.hide()
                self._list_layout.removeWidget(box)
                box.deleteLater()
        self._shown = []

    def _pathway_box(self, result: PathwayResult) -> QGroupBox:
        name = pathway_name(result.id)
        verdict = verdict_text(result.verdict)
        box = QGroupBox()
        box.setObjectName(f"pathway:{result.id}")
        box.setAccessibleName(f"{name}: {verdict}")
        layout = QVBoxLayout(box)

        colour = VERDICTS[result.verdict][2]
        title = QLabel(f'<span style="color:{colour}">{_e(verdict)}</span> \N{EM DASH} <b>{_e(name)}</b>')
        title.setObjectName(f"verdict:{result.id}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        title.setAccessibleName(f"{verdict}: {name}")
        layout.addWidget(title)

        if result.stale_sources:  # the age of the law, beside the verdict it affects
            layout.addWidget(self._law_age(result))

        body = QLabel(
            f"<p>{_e(message_text(result.summary))}</p>"
            + _items(self.tr("Why"), map(message_text, result.reasons))
            + _items(self.tr("Still to find out"), map(field_text, result.missing))
            + _items(self.tr("Next steps"), map(message_text, result.next_steps)))
        body.setObjectName(f"details:{result.id}")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(self.tr("Details: {name}").format(name=name))
        layout.addWidget(body)

        cited = citable(result.sources)  # published sources, each once; never the team's own notes
        if cited.sources or cited.unpublished or cited.untitled:
            stale = set(result.stale_sources)
            rows = "".join(f"<li>{source_html(s)}" + (" \N{HOURGLASS} <i>" + _e(self.tr("not verified for over "
                                                                                     "{days} days").format(
                days=STALE_AFTER_DAYS)) + "</i>" if s.id in stale else "") + "</li>" for s in cited.sources)
            if cited.unpublished:
                rows += "<li>\N{WARNING SIGN} <i>" + _e(self.tr(
                    "{count} fact(s) rest on no published source yet: verify before relying on them.").format(
                    count=cited.unpublished)) + "</i></li>"
            if cited.untitled:
                rows += "<li><i>" + _e(self.tr("{count} other policy fact(s): see Policy ▸ Policy Data.").format(
                    count=cited.untitled)) + "</i></li>"
            sources = QLabel(f"<p><b>{_e(self.tr('Sources'))}</b></p><ul>{rows}</ul>")
            sources.setObjectName(f"sources:{result.id}")
            sources.setTextFormat(Qt.TextFormat.RichText)
            sources.setWordWrap(True)
            sources.setOpenExternalLinks(True)
            sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            sources.setAccessibleName(self.tr("Sources: {name}").format(name=name))
            layout.addWidget(sources)
        kind = LETTER_FOR_PATHWAY.get(result.id)
        if self._letters and kind is not None and result.verdict in (PROMISING, POSSIBLE):
            write = QPushButton(self.tr("&Write letter…"))
            write.setObjectName(f"letter:{result.id}")
            write.setAccessibleName(self.tr("Write the letter for {name}").format(name=name))
            write.clicked.connect(lambda _checked=False, k=kind: self.letter_requested.emit(k))
            row = QHBoxLayout()
            row.addWidget(write)
            row.addStretch(1)
            layout.addLayout(row)
        return box


    def _law_age(self, result: PathwayResult) -> QLabel:
        """"Rests on policy data not verified for more than 90 days (or never): ..." for one verdict, naming
        each fact by its source's title where the result carries it."""
        titles = {s.id: public_title(s.title) for s in result.sources}
        notes = {s.id for s in result.sources if s.title and not public_title(s.title)}
        named = list(dict.fromkeys(t for t in (titles.get(fact_id) for fact_id in result.stale_sources) if t))
        unpublished = sum(1 for fact_id in result.stale_sources if fact_id in notes)
        other = sum(1 for fact_id in result.stale_sources if not titles.get(fact_id) and fact_id not in notes)
        if unpublished:  # the team's notes: counted, not named
            named.append(self.tr("{count} fact(s) with no published source").format(count=unpublished))
        if other:  # a saved result keeps its facts by id only: counted, never shown as ids
            named.append(self.tr("{count} other policy fact(s)").format(count=other))
        facts = "; ".join(named)
        label = QLabel("\N{WARNING SIGN} " + self.tr(
            "Rests on policy data not verified for more than {days} days (or never verified): {facts}. Verify "
            "before relying on it.").format(days=STALE_AFTER_DAYS, facts=facts))
        label.setObjectName(f"law_age:{result.id}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Age of the law: {name}").format(name=pathway_name(result.id)))
        return label


class ResultsDialog(QDialog):
    """The results view in a window of its own, with Close; earlier assessments below, if any.

    ``history`` holds earlier assessments, each with ``as_of``, ``policy_version``, ``verdicts``
    (pathway id -> verdict) and, where it was kept, the whole ``assessment``, newest first
    (``AssessmentService.past``).
    """

    def __init__(self, assessment: Assessment, crs: CrsResult | None, *, client_name: str = "",
                 history: Sequence[Any] = (), parent: QWidget | None = None,
                 status_end: date | None | bool = False, letters: bool = False):
        super().__init__(parent)
        self.setObjectName("ResultsDialog")
        title = self.tr("Pathways to Canada")
        self.setWindowTitle(f"{title} \N{EM DASH} {client_name}" if client_name.strip() else title)
        self.setSizeGripEnabled(True)
        self.letter_kind: str | None = None  # the letter asked for with "Write letter…", once closed
        self.view = ResultsView(self)
        self.view.letter_requested.connect(self._write_letter)
        self.view.show_assessment(assessment, crs, client_name=client_name, status_end=status_end,
                                  letters=letters)
        self.history = QLabel(self._history_text(assessment, history))
        self.history.setObjectName("results:history")
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAccessibleName(self.tr("Earlier assessments"))
        self.history.setVisible(bool(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Earlier assessments scroll in a few lines of their own: however many there are, the
        # pathways keep the room.
        history_area = QScrollArea()
        history_area.setObjectName("results:history_area")
        history_area.setWidgetResizable(True)
        history_area.setFrameShape(QFrame.Shape.NoFrame)
        history_area.setWidget(self.history)
        history_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 4)
        history_area.setVisible(bool(history))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(history_area)
        layout.addWidget(buttons)
        fit(self, 960, 760)

    def _history_text(self, assessment: Assessment, history: Sequence[Any]) -> str:
        """One line per earlier assessment: its date, policy version and the verdicts that differ now,
        with what that assessment said then where it kept its whole result."""
        now = assessment.verdicts()
        lines = []
        for past in history:
            kept = getattr(past, "assessment", None)
            then = {p.id: p.summary for p in kept.pathways} if kept is not None else {}
            changed = [colon(pathway_name(pid), f"{verdict_text(old)} \N{RIGHTWARDS ARROW} {verdict_text(now[pid])}")
                       + (" " + self.tr("(then: {summary})").format(summary=message_text(then[pid]))
                          if pid in then else "")
                       for pid, old in past.verdicts.items() if pid in now and old in VERDICTS and now[pid] != old]
            head = self.tr("{date}, policy data {version}").format(date=date_text(past.as_of),
                                                                     version=past.policy_version)
            tail = "; ".join(changed) if changed else self.tr("same verdicts as now")
            lines.append(colon(head, tail))
        return (self.tr("Earlier assessments:") + "\n" + "\n".join(lines)) if lines else ""

    def _write_letter(self, kind: str) -> None:
        self.letter_kind = kind
        self.accept()

    @classmethod
    def present(cls, parent: QWidget | None, assessment: Assessment, crs: CrsResult | None,
                client_name: str = "", history: Sequence[Any] = (), *, status_end: date | None | bool = False,
                letters: bool = False) -> str | None:
        """Show the results modally until closed; the kind of letter asked for with "Write letter…", if any."""
        dialog = cls(assessment, crs, client_name=client_name, history=history, parent=parent,
                     status_end=status_end, letters=letters)
        try:
            dialog.exec()
            return dialog.letter_kind
        finally:
            dialog.deleteLater()

    @classmethod
    def show_for(cls, parent: QWidget | None, facts: CaseFacts, assessment: Assessment,
                 crs: CrsResult | None, history: Sequence[Any] = (), *, status_end: date | None | bool = False,
                 letters: bool = False) -> str | None:
        """Show one client's results modally (the main window's "Routes" action)."""
        return cls.present(parent, assessment, crs, facts.client.full_name, history, status_end=status_end,
                           letters=letters)
