"""The policy data behind every verdict: what each fact says, since when, and on what source."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
)

from ..domain.policydata import Policy, PolicyFact, thaw
from ..domain.sources import public_title
from .labels import date_text, ui_language
from .rows_model import RowsModel
from .screen_fit import fit
from .dates import show_date

COL_ID, COL_TITLE, COL_VALUE, COL_EFFECTIVE, COL_CONFIDENCE, COL_SOURCE = range(6)


CONFIDENCE_WORDS = {  # the policy data's confidence codes, said in words
    "S": QT_TRANSLATE_NOOP("PolicyModel", "Official or primary source"),
    "S3": QT_TRANSLATE_NOOP("PolicyModel", "Secondary source only"),
    "R": QT_TRANSLATE_NOOP("PolicyModel", "Not confirmed by any published source"),
    "?": QT_TRANSLATE_NOOP("PolicyModel", "Sources conflict or are missing"),
}


def _w(text: str) -> str:
    return QCoreApplication.translate("PolicyModel", text)


def confidence_text(fact: PolicyFact) -> str:
    words = _w(CONFIDENCE_WORDS.get(fact.confidence, QT_TRANSLATE_NOOP("PolicyModel", "Unknown confidence")))
    if fact.confirmed:
        return words
    return f"\N{WARNING SIGN} {words} \N{EM DASH} " + QCoreApplication.translate(
        "PolicyModel", "verify before relying on it")


def _value_text(value) -> str:
    value = thaw(value)
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("PolicyModel", "yes") if value else QCoreApplication.translate(
            "PolicyModel", "no")
    if isinstance(value, dict):  # keys are the data's own names: written as words ("blocked: yes")
        return ", ".join(f"{str(k).replace('_', ' ')}: {_value_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_value_text(v) for v in value)
    if value is None:
        return QCoreApplication.translate("PolicyModel", "not known")
    return str(value)


def source_text(fact: PolicyFact) -> str:
    return public_title(fact.source_title) or (
        fact.source_url or QCoreApplication.translate("PolicyModel", "No published source yet (team's notes)"))


class PolicyModel(RowsModel):
    def __init__(self, facts: list[PolicyFact], parent=None):
        super().__init__((self.tr("Fact"), self.tr("What it says"), self.tr("Value"), self.tr("In force since"),
                          self.tr("Confidence"), self.tr("Source")), parent)
        self._rows = list(facts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        f = self.row_at(index)
        if f is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_ID: f.id, COL_TITLE: f.title_in(ui_language()), COL_VALUE: _value_text(f.value),
                COL_EFFECTIVE: show_date(f.effective),
                COL_CONFIDENCE: confidence_text(f),
                COL_SOURCE: source_text(f),
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_SOURCE:
                return f.source_url or None
            if col in (COL_TITLE, COL_VALUE):
                return f.note or None
        return None

    def fact(self, row: int) -> PolicyFact:
        return self._rows[row]


class PolicyDialog(QDialog):
    def __init__(self, policy: Policy, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy data"))
        layout = QVBoxLayout(self)
        age = policy.age_days(today)
        text = self.tr("Version %1, published %2 (%3 days ago). Facts marked ⚠ come from secondary sources or are not "
                       "confirmed by a published source: verify before relying on them.") \
            .replace("%1", policy.version) \
            .replace("%2", date_text(policy.published)).replace("%3", str(age))
        if policy.stale(today):
            text = "⚠ " + self.tr("This policy data is more than 90 days old.") + " " + text
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter facts (e.g. tps.ht, processing)"))
        self.filter.setAccessibleName(self.tr("Filter policy facts"))
        layout.addWidget(self.filter)
        self.model = PolicyModel(policy.in_force(today), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Policy facts"))
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.source = QLabel()
        self.source.setOpenExternalLinks(True)
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_source(proxy.mapToSource(current).row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 1000, 600)

    def _show_source(self, row: int) -> None:
        if row < 0:
            return
        f = self.model.fact(row)
        title = html.escape(source_text(f))
        link = f'<a href="{html.escape(f.source_url)}">{title}</a>' if f.source_url else title
        note = f"<br>{html.escape(f.note)}" if f.note else ""
        self.source.setText(f"<b>{html.escape(f.id)}</b>: {link}{note}")

    @classmethod
    def show_for(cls, policy: Policy, today: date, parent=None) -> None:
        cls(policy, today, parent).exec()
