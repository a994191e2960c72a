"""The guided interview: a wizard that asks a client's facts the way a phone call goes.

Shaped like Qt for Python's license wizard: page ids are the domain's ``Page`` enum, each
page's ``nextId()`` asks the domain's pure ``next_page`` function about the answers so far,
and the client's name is a mandatory field (registered with ``*``), so Next stays disabled
until there is one. Screening pages come first; detail pages appear only for the routes the
screening found worth pursuing; the last page shows the assessment.

The answers live in case-file form: ``document()`` starts from the facts the wizard was given
(so nothing already known is lost, including facts no page asks about) and lays the answers
of every page on the client's route over them, in page order; a page the answers now skip
adds nothing, and the given facts stand there. The fields are the client editor's own widgets,
so they read and write the case file the same way, and the domain's validator (``read_case``) is the only judge of what
is valid; its message is shown beside the field it names and Next refuses to move on.

Every input's object name is its case-file path (``partner.status_in_canada``). A screening
question that decides whether a whole section exists is named after the section with a
question mark (``partner?``, ``us_status?``, ``parents?``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from casedesk.domain.assessment import Assessment
from casedesk.domain.casefile import FieldError, case_to_dict, read_case
from casedesk.domain.crs import CrsResult
from casedesk.domain.facts import (
    Business, CanadaEntry, CanadianDocuments, CaseFacts, ExpressEntryProfile, HumanCapital, JobOffer, Minor, Parent,
    Partner, SelfEmployment,
)
from casedesk.domain.descent import parent_was_canadian
from casedesk.domain.interview import Page, canadian_parent, next_page
from casedesk.domain.people import AGE_OF_MAJORITY, has_partner
from casedesk.text.caseerrors import error_line, error_words

from .busy import show_busy
from .editor import (
    LAST_STEP, CANADIAN_BY, CANADIAN_EDUCATION, CANADIAN_STATUSES, EDUCATION, ENTRY_MODES, MARITAL,
    PARENT_RELATIONS, PARTNER_RELATIONSHIPS, PROVINCES, SECTIONS, TEER, YEARS, Field, Language, Rows,
    error_label, FieldNode, LanguageNode, RowsNode, Spot,
)
from .labels import colon, ui_language
from .results import ResultsView
from .screen_fit import fit

# Every section with all its facts unknown, in ``case_to_dict``'s shape: what a section looks
# like when an answer creates it.
_SKELETON: dict[str, Any] = case_to_dict(CaseFacts(
    partner=Partner(), minor=Minor(), canadian_documents=CanadianDocuments(), canada_entry=CanadaEntry(),
    human_capital=HumanCapital(), job_offer=JobOffer(), self_employment=SelfEmployment(),
    business=Business(), parents=(Parent(),), express_entry=ExpressEntryProfile(),
))
_PARENT_SKELETON: dict[str, Any] = _SKELETON["parents"][0]


def _editor_spec(key: str, kind: type) -> Any:
    """The client editor's declaration of ``key`` (a list of rows, an official language)."""
    def walk(items: tuple) -> Any:
        for item in items:
            if isinstance(item, kind) and item.key == key:
                return item
            found = walk(getattr(item, "items", ()))
            if found is not None:
                return found
        return None

    spec = walk(SECTIONS)
    assert spec is not None, key
    return spec


def _merge(doc: dict[str, Any], key: str, values: dict[str, Any]) -> None:
    """Lay ``values`` over section ``key``; a section not given stays absent while all are unknown."""
    current = doc.get(key)
    if not isinstance(current, dict):
        if all(v is None for v in values.values()):
            return
        current = copy.deepcopy(_SKELETON[key])
    doc[key] = {**current, **values}


def canadian_parent_index(parents: Any) -> int:
    """Which entry of ``parents`` the interview's parent questions are about.

    The first parent who was Canadian at the client's birth (as the rules count it: a parent born
    in Canada is, unless recorded otherwise), else the first whose status is unknown, else a new
    entry after the others.
    """
    for wanted in (True, None):
        index = canadian_parent(parents, wanted)
        if index is not None:
            return index
    return len(parents) if isinstance(parents, list) else 0


# --- pages ------------------------------------------------------------------------------------

# A marital status that already answers "is there a partner, and what kind": never asked twice.
PARTNERED = {"married": "spouse", "common_law": "common_law"}

class InterviewPage(QWizardPage):
    """One page of questions: loads its answers from a case file and lays them over one."""

    PAGE: Page

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.as_of = as_of
        self.setObjectName(f"page:{self.PAGE.name.lower()}")
        self.nodes: list[Spot] = []

        self.error = error_label()
        self.error.setObjectName(f"error:page:{self.PAGE.name.lower()}")
        content = QWidget()
        self.form = QFormLayout(content)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll, 1)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Rows loaded with the answers were made after the tab order was set: put them in their place.
        for node in self.nodes:
            if isinstance(node, RowsNode):
                node.retab()
        super().showEvent(event)

    # building

    def ask(self, path: str, kind: str, question: str, choices: tuple = (), hint: str = "") -> FieldNode:
        """A question whose answer is the fact at ``path`` (the input is named after it)."""
        node = FieldNode(Field(path.rsplit(".", 1)[-1], "", kind, choices, hint=hint), self.form)
        node.label.setText(question)
        node.label.setWordWrap(True)
        # The question on a line of its own, as wide as the page, and the answer below it.
        row, _role = self.form.getWidgetPosition(node.label)
        self.form.takeRow(row)
        self.form.addRow(node.label)
        self.form.addRow(node.cell)
        node.bind(path, "")
        self.nodes.append(node)
        return node

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(label)
        return label

    def rows(self, key: str, title: str) -> RowsNode:
        """The editor's repeating rows for list ``key``, asked for by a Yes/No question instead of a
        checkable box (so the box is not checkable here and the question decides null or [])."""
        node = RowsNode(_editor_spec(key, Rows), self.form)
        node.widget.setCheckable(False)
        node.title = title
        node.widget.setTitle(title)
        node.bind(key, "")
        self.nodes.append(node)
        return node

    def show_question(self, node: FieldNode, shown: bool) -> None:
        self.form.setRowVisible(node.label, shown)
        self.form.setRowVisible(node.cell, shown)

    def show_rows(self, node: RowsNode, asked: FieldNode) -> None:
        """The rows show while the question is answered Yes; Yes adds a first empty row."""
        shown = asked.get() is True
        self.form.setRowVisible(node.widget, shown)
        if shown and not node.rows:
            node.add_row()

    # the case file

    def load(self, doc: dict[str, Any]) -> None:
        """Fill the answers from ``doc``."""

    def apply(self, doc: dict[str, Any]) -> None:
        """Lay this page's answers over ``doc``."""

    # errors

    def targets(self) -> dict[str, Spot]:
        found: dict[str, Spot] = {}
        for node in self.nodes:
            for path, spot in node.targets():
                found.setdefault(path, spot)
        return found

    def owns(self, error: FieldError) -> Spot | None:
        """The spot on this page where ``error`` belongs, or None when it is another page's."""
        targets = self.targets()
        path = error.path
        while path and path not in targets:
            path = LAST_STEP.sub("", path) if LAST_STEP.search(path) else ""
        return targets.get(path) if path else None

    def local_errors(self) -> list[FieldError]:
        return [e for node in self.nodes for e in node.local_errors()]

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the errors that belong here beside their fields; return them."""
        for spot in self.targets().values():
            spot.clear_error()
        mine: dict[int, tuple[Spot, list[str]]] = {}
        for error in errors:
            spot = self.owns(error)
            if spot is not None:
                mine.setdefault(id(spot), (spot, []))[1].append(error_words(error, ui_language()))
        lines = []
        for spot, messages in mine.values():
            spot.show_error("\n".join(messages))
            what = spot.widget.accessibleName() or spot.widget.objectName()
            lines += [colon(what, m) for m in messages]
        if lines:
            self.error.setText(self.tr("Some answers need fixing before going on:") + "\n" + "\n".join(lines))
            self.error.show()
            first = next(iter(mine.values()))[0].widget
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.error.clear()
            self.error.hide()
        return [e for e in errors if self.owns(e) is not None]

    # QWizardPage

    def interview(self) -> InterviewWizard | None:
        wizard = self.wizard()
        return wizard if isinstance(wizard, InterviewWizard) else None

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        wizard = self.interview()
        if wizard is None:
            return -1
        following = next_page(self.PAGE, wizard.document(), self.as_of)
        return -1 if following is None else int(following)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard = self.interview()
        if wizard is None:
            return True
        _facts, errors, _warnings = read_case(wizard.document(), as_of=self.as_of)
        return not self.show_errors(list(errors) + self.local_errors())

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        """Going back keeps this page's answers (Qt's default would reset them)."""


class IdentityPage(InterviewPage):
    PAGE = Page.IDENTITY

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("The client"))
        self.setSubTitle(self.tr("Names, date of birth, citizenship and status in the United States."))
        self.given = self.ask("client.given_names", "name", self.tr("What are the client's given names?"))
        self.family = self.ask("client.family_name", "name", self.tr("What is the client's family name?"))
        self.born = self.ask("client.date_of_birth", "date", self.tr("What is the client's date of birth?"))
        self.birth_country = self.ask(
            "client.country_of_birth", "country", self.tr("In which country was the client born?"))
        self.birth_country.widget.setPlaceholderText(self.tr("Type the country's name, e.g. Venezuela"))
        self.citizenships = self.ask(
            "client.citizenships", "countries", self.tr("Which countries is the client a citizen of?"))
        self.citizenships.widget.setPlaceholderText(self.tr("Countries separated by commas, e.g. Venezuela, Colombia"))
        self.us_asked = self.ask(
            "us_status?", "flag",
            self.tr("Does the client hold, or has the client held, any status in the United States "
                    "(parole, TPS, a work permit, a pending asylum case, a visa, permanent residence or U.S. "
                    "citizenship)?"))
        self.us_status = self.rows("us_status", self.tr("Each U.S. status, with the date it ends"))
        self.us_asked.widget.on_change(lambda: self.show_rows(self.us_status, self.us_asked))

        # Mandatory: a given name or a family name. One hidden field holds both, registered with
        # "*", so the wizard keeps Next disabled while it is empty.
        self.name = QLineEdit(self)
        self.name.setObjectName("client.name")
        self.name.setAccessibleName(self.tr("The client's name"))
        self.name.hide()
        self.registerField("client.name*", self.name)
        self.registerField("client.given_names", self.given.widget)
        self.registerField("client.family_name", self.family.widget)
        self.given.widget.on_change(self._name_changed)
        self.family.widget.on_change(self._name_changed)

    def _name_changed(self) -> None:
        self.name.setText(" ".join(p for p in (self.given.widget.text().strip(),
                                               self.family.widget.text().strip()) if p))

    def load(self, doc: dict[str, Any]) -> None:
        client = doc.get("client") or {}
        for node in (self.given, self.family, self.born, self.birth_country, self.citizenships):
            node.set(client.get(node.key))
        statuses = doc.get("us_status")
        self.us_status.set(statuses)
        self.us_asked.set(None if statuses is None else bool(statuses))
        self.show_rows(self.us_status, self.us_asked)
        self._name_changed()

    def apply(self, doc: dict[str, Any]) -> None:
        client = dict(doc.get("client") or {})
        for node in (self.given, self.family, self.born, self.birth_country, self.citizenships):
            client[node.key] = node.get()
        doc["client"] = client
        asked = self.us_asked.get()
        doc["us_status"] = None if asked is None else [row.get() for row in self.us_status.rows] if asked else []


class PartnerScreenPage(InterviewPage):
    PAGE = Page.PARTNER_SCREEN

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Spouse or partner"))
        self.setSubTitle(self.tr("A spouse or partner who is a Canadian citizen or permanent resident can "
                                 "sponsor the client."))
        self.marital = self.ask("client.marital_status", "choice",
                                self.tr("What is the client's marital status?"), MARITAL)
        self.has_partner = self.ask("partner?", "flag",
                                    self.tr("Does the client have a spouse, or a common-law or conjugal partner?"))
        self.lives = self.ask("partner.lives_in_canada", "flag",
                              self.tr("Does the spouse or partner live in Canada?"))
        self.status = self.ask("partner.status_in_canada", "choice",
                               self.tr("What is the spouse or partner's status in Canada?"), CANADIAN_STATUSES)
        self.has_partner.widget.on_change(self._enable)
        self.marital.widget.on_change(self._carry_marital)

    def _carry_marital(self) -> None:
        """Married or common-law already says there is a partner: the question is not asked again."""
        implied = self.marital.get() in PARTNERED
        if implied:
            self.has_partner.set(True)
        self.show_question(self.has_partner, not implied)

    def _enable(self) -> None:
        for node in (self.lives, self.status):
            node.widget.setEnabled(self.has_partner.get() is True)

    def load(self, doc: dict[str, Any]) -> None:
        client = doc.get("client") or {}
        partner = doc.get("partner")
        self.marital.set(client.get("marital_status"))
        self.has_partner.set(has_partner(client.get("marital_status"), partner if isinstance(partner, dict) else None))
        partner = partner if isinstance(partner, dict) else {}
        self.lives.set(partner.get("lives_in_canada"))
        self.status.set(partner.get("status_in_canada"))
        self._carry_marital()
        self._enable()

    def apply(self, doc: dict[str, Any]) -> None:
        doc["client"] = {**(doc.get("client") or {}), "marital_status": self.marital.get()}
        if self.has_partner.get() is not True:
            doc["partner"] = None
            return
        partner = doc.get("partner") if isinstance(doc.get("partner"), dict) else _SKELETON["partner"]
        doc["partner"] = {**partner, "lives_in_canada": self.lives.get(), "status_in_canada": self.status.get()}


class ParentsScreenPage(InterviewPage):
    PAGE = Page.PARENTS_SCREEN

    def __init__(self, as_of: date, parent_index: int, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.index = parent_index
        self.setTitle(self.tr("Parents and grandparents"))
        self.setSubTitle(self.tr("A parent who was Canadian when the client was born may mean the client is "
                                 "already a Canadian citizen."))
        self.canadian = self.ask(
            "parents?", "flag",
            self.tr("Was either of the client's parents a Canadian citizen when the client was born "
                    "(for example, born in Canada)?"))
        self.grandparent = self.ask("grandparent_born_in_canada", "flag",
                                    self.tr("Was any of the client's grandparents born in Canada?"))

    def load(self, doc: dict[str, Any]) -> None:
        parents = doc.get("parents")
        flags = [parent_was_canadian(p.get("canadian_at_client_birth"), p.get("canadian_by"))
                 for p in parents or () if isinstance(p, dict)]
        if True in flags:
            self.canadian.set(True)
        elif parents is not None and all(flag is False for flag in flags):
            self.canadian.set(False)
        else:
            self.canadian.set(None)
        self.grandparent.set(doc.get("grandparent_born_in_canada"))

    def apply(self, doc: dict[str, Any]) -> None:
        doc["grandparent_born_in_canada"] = self.grandparent.get()
        answer = self.canadian.get()
        current = doc.get("parents")
        parents = [dict(p) for p in current] if isinstance(current, list) else None
        if answer is True:
            parents = parents or []
            if self.index < len(parents):
                if canadian_parent(parents, True) is None:  # a parent born in Canada already counts: keep it as given
                    parents[self.index]["canadian_at_client_birth"] = True
            else:
                parents.append({**_PARENT_SKELETON, "canadian_at_client_birth": True})
        elif answer is False:
            # "Neither parent": every recorded parent was not Canadian at the birth (none: asked, none).
            parents = [{**p, "canadian_at_client_birth": False} for p in parents or ()]
        elif parents:
            parents = [{**p, "canadian_at_client_birth": None} for p in parents]
        else:
            parents = None
        doc["parents"] = parents


class RelativesScreenPage(InterviewPage):
    PAGE = Page.RELATIVES_SCREEN

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Relatives in Canada"))
        self.setSubTitle(self.tr("Some relatives can sponsor the client; a brother or sister adds Express Entry "
                                 "points."))
        self.asked = self.ask(
            "relatives_in_canada?", "flag",
            self.tr("Apart from a spouse or partner, does the client have relatives in Canada (parents, "
                    "children, brothers or sisters, grandparents, aunts, uncles, cousins)?"))
        self.relatives = self.rows("relatives_in_canada", self.tr("Each relative in Canada, with their status"))
        self.asked.widget.on_change(lambda: self.show_rows(self.relatives, self.asked))

    def load(self, doc: dict[str, Any]) -> None:
        relatives = doc.get("relatives_in_canada")
        self.relatives.set(relatives)
        self.asked.set(None if relatives is None else bool(relatives))
        self.show_rows(self.relatives, self.asked)

    def apply(self, doc: dict[str, Any]) -> None:
        asked = self.asked.get()
        doc["relatives_in_canada"] = (None if asked is None
                                      else [row.get() for row in self.relatives.rows] if asked else [])


class MinorPage(InterviewPage):
    PAGE = Page.MINOR

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("A minor client"))
        self.setSubTitle(self.tr("Asked because the client is under {age}, or the date of birth is not known.")
                         .format(age=AGE_OF_MAJORITY))
        self.accompanied = self.ask(
            "minor.accompanied_by_parent_or_guardian", "flag",
            self.tr("Is the client travelling with a parent or legal guardian?"))
        self.guardian = self.ask(
            "minor.parent_or_guardian_in_canada_or_us", "flag",
            self.tr("Does the client have a parent or legal guardian in Canada or the United States?"))

    def load(self, doc: dict[str, Any]) -> None:
        minor = doc.get("minor") or {}
        self.accompanied.set(minor.get("accompanied_by_parent_or_guardian"))
        self.guardian.set(minor.get("parent_or_guardian_in_canada_or_us"))

    def apply(self, doc: dict[str, Any]) -> None:
        _merge(doc, "minor", {"accompanied_by_parent_or_guardian": self.accompanied.get(),
                              "parent_or_guardian_in_canada_or_us": self.guardian.get()})


class DocumentsPage(InterviewPage):
    PAGE = Page.DOCUMENTS

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Canadian documents and risks"))
        self.setSubTitle(self.tr("These decide whether a refugee claim at the border can be heard."))
        self.visa = self.ask(
            "canadian_documents.valid_visa_or_permit", "flag",
            self.tr("Does the client hold a valid Canadian visa or permit (visitor visa, work or study permit)?"))
        self.death_penalty = self.ask(
            "death_penalty_exposure", "flag",
            self.tr("Has the client been charged with or convicted of a crime that could bring the death "
                    "penalty in the United States or another country?"))

    def load(self, doc: dict[str, Any]) -> None:
        self.visa.set((doc.get("canadian_documents") or {}).get("valid_visa_or_permit"))
        self.death_penalty.set(doc.get("death_penalty_exposure"))

    def apply(self, doc: dict[str, Any]) -> None:
        _merge(doc, "canadian_documents", {"valid_visa_or_permit": self.visa.get()})
        doc["death_penalty_exposure"] = self.death_penalty.get()


class EntryPage(InterviewPage):
    PAGE = Page.ENTRY

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Entry to Canada"))
        self.setSubTitle(self.tr("How and when the client entered Canada, or plans to."))
        self.mode = self.ask("canada_entry.mode", "choice",
                             self.tr("How did the client enter Canada, or how would they?"), ENTRY_MODES)
        self.when = self.ask("canada_entry.date", "date",
                             self.tr("On what date did (or will) the client enter Canada?"))
        self.claim = self.ask("canada_entry.claim_made_on", "date",
                              self.tr("If the client has made a refugee claim in Canada: on what date?"))
        self.first = self.ask("canada_entry.first_entry_date", "date",
                              self.tr("Has the client been in Canada at any time since 24 June 2020, even if they "
                                      "left again? If so, on what date did they first enter after that day? (Bill "
                                      "C-12's one-year bar counts from it.)"))

    def load(self, doc: dict[str, Any]) -> None:
        entry = doc.get("canada_entry") or {}
        self.mode.set(entry.get("mode"))
        self.when.set(entry.get("date"))
        self.claim.set(entry.get("claim_made_on"))
        self.first.set(entry.get("first_entry_date"))

    def apply(self, doc: dict[str, Any]) -> None:
        values = {"mode": self.mode.get(), "date": self.when.get(), "claim_made_on": self.claim.get()}
        first = self.first.get()
        if first is not None or isinstance(doc.get("canada_entry"), dict):
            values["first_entry_date"] = first
        _merge(doc, "canada_entry", values)
        entry = doc.get("canada_entry")
        if isinstance(entry, dict) and entry.get("first_entry_date") is None:
            entry.pop("first_entry_date", None)  # written only when known


class PartnerDetailsPage(InterviewPage):
    PAGE = Page.PARTNER_DETAILS

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("The relationship"))
        self.setSubTitle(self.tr("For sponsorship: the kind of relationship and how long it has lasted."))
        self.relationship = self.ask(
            "partner.relationship", "choice",
            self.tr("Are they married, common-law partners (living together for a year or more), or conjugal "
                    "partners (together a year or more but unable to live together)?"), PARTNER_RELATIONSHIPS)
        self.since = self.ask("partner.since", "date",
                              self.tr("Since what date have they been married or living together?"))
        self.accompanying = self.ask("partner.accompanying", "flag",
                                     self.tr("Would the spouse or partner come to Canada with the client?"))

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        """The marital status given earlier decides married or common-law: carried here, not asked again."""
        wizard = self.interview()
        marital = ((wizard.document().get("client") or {}).get("marital_status") if wizard else None)
        implied = PARTNERED.get(marital)
        if implied is not None:
            self.relationship.set(implied)
        self.show_question(self.relationship, implied is None)

    def load(self, doc: dict[str, Any]) -> None:
        partner = doc.get("partner") or {}
        self.relationship.set(partner.get("relationship"))
        self.since.set(partner.get("since"))
        self.accompanying.set(partner.get("accompanying"))

    def apply(self, doc: dict[str, Any]) -> None:
        if isinstance(doc.get("partner"), dict):   # not when the screening now says "no partner"
            doc["partner"] = {**doc["partner"], "relationship": self.relationship.get(),
                              "since": self.since.get(), "accompanying": self.accompanying.get()}


class ParentDetailsPage(InterviewPage):
    PAGE = Page.PARENT_DETAILS

    def __init__(self, as_of: date, parent_index: int, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.index = parent_index
        at = f"parents[{parent_index}]"
        self.setTitle(self.tr("The Canadian parent"))
        self.setSubTitle(self.tr("How the parent became Canadian decides whether citizenship passed to the "
                                 "client."))
        self.relation = self.ask(f"{at}.relation", "choice", self.tr("Which parent was Canadian?"),
                                 PARENT_RELATIONS)
        self.canadian_by = self.ask(f"{at}.canadian_by", "choice",
                                    self.tr("How did that parent become Canadian?"), CANADIAN_BY)
        self.days = self.ask(
            f"{at}.days_in_canada_before_client_birth", "whole",
            self.tr("If that parent was born outside Canada: how many days had they spent in Canada before "
                    "the client was born?"))
        self.days.widget.setPlaceholderText(self.tr("Number of days, e.g. 1095"))

    def load(self, doc: dict[str, Any]) -> None:
        parents = doc.get("parents")
        entry = parents[self.index] if isinstance(parents, list) and self.index < len(parents) else {}
        for node in (self.relation, self.canadian_by, self.days):
            node.set(entry.get(node.key))

    def apply(self, doc: dict[str, Any]) -> None:
        parents = doc.get("parents")
        if not isinstance(parents, list) or self.index >= len(parents):
            return
        entry = parents[self.index]
        if parent_was_canadian(entry.get("canadian_at_client_birth"), entry.get("canadian_by")) is not True:
            return
        parents = list(parents)
        parents[self.index] = {**parents[self.index], **{n.key: n.get() for n in
                                                         (self.relation, self.canadian_by, self.days)}}
        doc["parents"] = parents


class HumanCapitalPage(InterviewPage):
    PAGE = Page.HUMAN_CAPITAL

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Education, work and plans"))
        self.setSubTitle(self.tr("For Express Entry, provincial nomination and the business programs."))
        years = QCoreApplication.translate("ClientEditor", YEARS)
        self.education = self.ask("human_capital.education", "choice",
                                  self.tr("What is the highest level of education the client has completed?"),
                                  EDUCATION)
        self.foreign = self.ask("human_capital.foreign_work_years", "whole",
                                self.tr("How many years of skilled, paid work has the client done outside "
                                        "Canada in the last ten years?"))
        self.canadian = self.ask("human_capital.canadian_work_years", "whole",
                                 self.tr("How many years of skilled, paid work has the client done in Canada "
                                         "in the last ten years?"))
        for node in (self.foreign, self.canadian):
            node.widget.setPlaceholderText(years)
        self.certificate = self.ask("human_capital.certificate_of_qualification", "flag",
                                    self.tr("Does the client hold a Canadian certificate of qualification in a "
                                            "trade?"))
        self.canadian_education = self.ask("human_capital.canadian_education", "choice",
                                           self.tr("What is the highest credential the client earned by studying "
                                                   "in Canada?"), CANADIAN_EDUCATION)
        self.nomination = self.ask("human_capital.provincial_nomination", "flag",
                                   self.tr("Has a province or territory nominated the client?"))
        # Express Entry program eligibility: Federal Skilled Worker, Canadian Experience Class, Skilled Trades.
        self.teer = self.ask("human_capital.skilled_work_teer", "choice",
                             self.tr("What kind of job is the client's skilled work (TEER category)?"), TEER)
        self.recent = self.ask("human_capital.skilled_work_years_last_10", "whole",
                               self.tr("In the last ten years, how many years of full-time paid skilled work (TEER 0 "
                                       "to 3) has the client done, with at least one year in a row in the same "
                                       "occupation?"))
        self.canadian_recent = self.ask("human_capital.canadian_work_years_last_3", "whole",
                                        self.tr("How many of those years were in Canada, in the last three years?"))
        self.trade = self.ask("human_capital.trade_work_years_last_5", "whole",
                              self.tr("How many years of full-time work in a skilled trade (electrician, welder, "
                                      "cook...) has the client done in the last five years?"))
        for node in (self.recent, self.canadian_recent, self.trade):
            node.widget.setPlaceholderText(years)
        self.family = self.ask("human_capital.family_size", "whole",
                               self.tr("How many people are in the client's family: the client, a spouse or partner, "
                                       "and dependent children (theirs or the partner's), coming to Canada or not?"))
        self.funds = self.ask("human_capital.settlement_funds_cad", "number",
                              self.tr("How much money, in Canadian dollars, could the client show to settle in "
                                      "Canada (available, not borrowed)?"))
        self.funds.widget.setPlaceholderText(self.tr("Digits only, e.g. 20000"))
        self.categories = self.ask("express_entry.categories", "codes",
                                   self.tr("Which Express Entry occupational categories does the client meet (12 "
                                           "months of work in an eligible occupation)?"),
                                   hint=QCoreApplication.translate(
                                       "ClientEditor", "Separated by commas, e.g. healthcare_social_services, "
                                                       "trades, stem, education, transport"))
        self.has_offer = self.ask("job_offer?", "flag",
                                  self.tr("Does the client have a job offer from an employer in Canada?"))
        self.province = self.ask("job_offer.province", "choice", self.tr("In which province or territory?"),
                                 PROVINCES)
        self.offer_teer = self.ask("job_offer.teer", "choice", self.tr("What kind of job is it (TEER category)?"),
                                   TEER)
        self.quebec = self.ask("intends_quebec", "flag", self.tr("Does the client intend to live in Quebec?"))
        self.business = self.ask("business?", "flag",
                                 self.tr("Does the client have money or property to invest in a business in "
                                         "Canada, or a business idea backed by a Canadian investor?"))
        self.self_employed = self.ask("self_employment?", "flag",
                                      self.tr("Has the client been self-employed in cultural or athletic work "
                                              "(artist, musician, athlete, coach) or taken part at a world-class "
                                              "level?"))
        self.has_offer.widget.on_change(self._enable)

    def _enable(self) -> None:
        for node in (self.province, self.offer_teer):
            node.widget.setEnabled(self.has_offer.get() is True)

    _HC_NODES = ("education", "foreign", "canadian", "certificate", "canadian_education", "nomination")
    # Fields added after the first version: written only when known (as the case file writes them).
    _HC_WHEN_KNOWN = ("teer", "recent", "canadian_recent", "trade", "family", "funds")

    def load(self, doc: dict[str, Any]) -> None:
        hc = doc.get("human_capital") or {}
        for name in self._HC_NODES:
            node = getattr(self, name)
            node.set(hc.get(node.key))
        for name in self._HC_WHEN_KNOWN:
            node = getattr(self, name)
            node.set(hc.get(node.key))
        self.categories.set((doc.get("express_entry") or {}).get("categories"))
        offer = doc.get("job_offer")
        self.has_offer.set(True if isinstance(offer, dict) else None)
        self.province.set((offer or {}).get("province"))
        self.offer_teer.set((offer or {}).get("teer"))
        self.quebec.set(doc.get("intends_quebec"))
        self.business.set(True if isinstance(doc.get("business"), dict) else None)
        self.self_employed.set(True if isinstance(doc.get("self_employment"), dict) else None)
        self._enable()

    def apply(self, doc: dict[str, Any]) -> None:
        values = {getattr(self, n).key: getattr(self, n).get() for n in self._HC_NODES}
        known = {getattr(self, n).key: getattr(self, n).get() for n in self._HC_WHEN_KNOWN}
        _merge(doc, "human_capital", values | {k: v for k, v in known.items() if v is not None})
        hc = doc.get("human_capital")
        if isinstance(hc, dict):
            for key, value in known.items():
                if value is None:
                    hc.pop(key, None)
        categories = self.categories.get()
        if categories or isinstance(doc.get("express_entry"), dict):
            _merge(doc, "express_entry", {"categories": categories} if categories else {})
            if not categories and isinstance(doc.get("express_entry"), dict):
                doc["express_entry"].pop("categories", None)
        if self.has_offer.get() is True:
            offer = doc.get("job_offer") if isinstance(doc.get("job_offer"), dict) else _SKELETON["job_offer"]
            doc["job_offer"] = {**offer, "province": self.province.get(), "teer": self.offer_teer.get()}
        else:
            doc["job_offer"] = None
        doc["intends_quebec"] = self.quebec.get()
        for key, node in (("business", self.business), ("self_employment", self.self_employed)):
            if node.get() is not True:
                doc[key] = None
            elif not isinstance(doc.get(key), dict):
                doc[key] = copy.deepcopy(_SKELETON[key])


class LanguagePage(InterviewPage):
    PAGE = Page.LANGUAGE

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("English and French"))
        self.setSubTitle(self.tr("Official-language results count for Express Entry and most programs."))
        self.note(self.tr("Has the client taken an approved English or French test (IELTS, CELPIP, PTE Core, "
                          "TEF Canada, TCF Canada), or does the client know their CLB or NCLC levels? "
                          "Tick a box and enter the result; leave it unticked when there is none."))
        spec = _editor_spec("first_language", Language)
        self.first = LanguageNode(spec, self.form)
        self.first.bind("human_capital.first_language", "")
        self.second = LanguageNode(_editor_spec("second_language", Language), self.form)
        self.second.bind("human_capital.second_language", "")
        self.nodes += [self.first, self.second]

    def load(self, doc: dict[str, Any]) -> None:
        hc = doc.get("human_capital") or {}
        self.first.set(hc.get("first_language"))
        self.second.set(hc.get("second_language"))

    def apply(self, doc: dict[str, Any]) -> None:
        _merge(doc, "human_capital", {"first_language": self.first.get(), "second_language": self.second.get()})


class BusinessPage(InterviewPage):
    PAGE = Page.BUSINESS

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Business and self-employment"))
        self.setSubTitle(self.tr("For the start-up visa, the investor and Quebec business programs, and the "
                                 "self-employed program."))
        self.net_worth = self.ask("business.net_worth_cad", "number",
                                  self.tr("What is the client's net worth, in Canadian dollars?"))
        self.net_worth.widget.setPlaceholderText(self.tr("Digits only, e.g. 300000"))
        self.support = self.ask("business.designated_org_support", "flag",
                                self.tr("Does a designated Canadian organization (venture capital fund, angel "
                                        "investor group or business incubator) support the client's business?"))
        self.years = self.ask("self_employment.cultural_or_athletic_years", "whole",
                              self.tr("How many years of cultural or athletic self-employment, or world-class "
                                      "participation, does the client have?"))
        self.years.widget.setPlaceholderText(QCoreApplication.translate("ClientEditor", YEARS))

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.interview()
        doc = wizard.document() if wizard is not None else {}
        for node, key in ((self.net_worth, "business"), (self.support, "business"),
                          (self.years, "self_employment")):
            self.show_question(node, isinstance(doc.get(key), dict))

    def load(self, doc: dict[str, Any]) -> None:
        business = doc.get("business") or {}
        self.net_worth.set(business.get("net_worth_cad"))
        self.support.set(business.get("designated_org_support"))
        self.years.set((doc.get("self_employment") or {}).get("cultural_or_athletic_years"))

    def apply(self, doc: dict[str, Any]) -> None:
        if isinstance(doc.get("business"), dict):
            doc["business"] = {**doc["business"], "net_worth_cad": self.net_worth.get(),
                               "designated_org_support": self.support.get()}
        if isinstance(doc.get("self_employment"), dict):
            doc["self_employment"] = {**doc["self_employment"], "cultural_or_athletic_years": self.years.get()}


class ResultsPage(InterviewPage):
    PAGE = Page.RESULTS

    def __init__(self, as_of: date, parent: QWidget | None = None):
        super().__init__(as_of, parent)
        self.setTitle(self.tr("Pathways to Canada"))
        self.setSubTitle(self.tr("What the answers suggest, most promising first. Finish keeps the answers."))
        self.scroll.hide()
        self.view = ResultsView(self)
        self.view.letter_requested.connect(self._write_letter)
        self.layout().addWidget(self.view, 1)
        self.setFinalPage(True)

    def _write_letter(self, kind: str) -> None:
        """A route's "Write letter…": keep the answers (as Finish does), then the letter."""
        wizard = self.interview()
        if wizard is not None and wizard.facts() is not None:
            wizard.letter_kind = kind
            wizard.accept()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.interview()
        if wizard is None:
            return
        facts = wizard.facts()
        if facts is None:
            self.error.setText(self.tr("Some answers need fixing before the assessment:") + "\n"
                               + "\n".join(wizard.describe(e) for e in wizard.errors()))
            self.error.show()
            self.view.hide()
            return
        self.error.hide()
        self.view.show()
        show_busy()  # laying the fourteen routes out takes 0.2-0.35 s (benchmarks/bench_interview.py)
        wizard.run_assessment(facts)
        self.view.show_assessment(wizard.last_assessment, wizard.last_crs, client_name=facts.client.full_name,
                                  status_end=wizard.status_end(facts) if wizard.status_end else False,
                                  letters=wizard.status_end is not None)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard = self.interview()
        return wizard is not None and wizard.facts() is not None


# --- the wizard -------------------------------------------------------------------------------

class InterviewWizard(QWizard):
    """A guided interview over one client's facts; ``ask`` runs it and returns the answers."""

    def __init__(self, facts: CaseFacts | None, assess: Callable[[CaseFacts], Assessment],
                 crs: Callable[[CaseFacts], CrsResult] | None, as_of: date, parent: QWidget | None = None,
                 status_end: Callable[[CaseFacts], date | None] | None = None):
        super().__init__(parent)
        # When given, the last page says when the U.S. status ends and offers "Write letter…".
        self.status_end = status_end
        self.letter_kind: str | None = None
        self.setObjectName("InterviewWizard")
        self.setWindowTitle(self.tr("Interview") if facts is None
                            else self.tr("Interview: {name}").format(name=facts.client.full_name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setSizeGripEnabled(True)
        self.as_of = as_of
        self._assess = assess
        self._crs = crs
        self._base = case_to_dict(facts if facts is not None else CaseFacts())
        self.last_assessment: Assessment | None = None
        self.last_crs: CrsResult | None = None

        index = canadian_parent_index(self._base.get("parents"))
        pages: list[InterviewPage] = [
            IdentityPage(as_of), PartnerScreenPage(as_of), ParentsScreenPage(as_of, index),
            RelativesScreenPage(as_of), MinorPage(as_of), DocumentsPage(as_of), EntryPage(as_of),
            PartnerDetailsPage(as_of), ParentDetailsPage(as_of, index), HumanCapitalPage(as_of),
            LanguagePage(as_of), BusinessPage(as_of), ResultsPage(as_of),
        ]
        assert [p.PAGE for p in pages] == list(Page)
        for page in pages:
            self.setPage(int(page.PAGE), page)
        # Loaded once every page is in: a mandatory field's "empty" is its value when registered.
        for page in pages:
            page.load(self._base)
        self.setStartId(int(Page.IDENTITY))
        fit(self, 900, 760)  # on a small screen, all of its height: the last page shows the routes

    # the answers

    def interview_pages(self) -> list[InterviewPage]:
        return [p for p in (self.page(int(i)) for i in Page) if isinstance(p, InterviewPage)]

    def _walk(self) -> tuple[dict[str, Any], list[InterviewPage]]:
        doc = copy.deepcopy(self._base)
        route: list[InterviewPage] = []
        at: Page | None = Page.IDENTITY
        while at is not None:
            page = self.page(int(at))
            if not isinstance(page, InterviewPage):   # still being built
                break
            page.apply(doc)
            route.append(page)
            at = next_page(at, doc, self.as_of)
        return doc, route

    def document(self) -> dict[str, Any]:
        """The case file: the given facts with the answers of every page on the route laid over them.

        Each page's place on the route depends only on the pages before it, so the route is
        walked as the answers are laid: a page the answers now skip (the minor's page once the
        date of birth says 30) adds nothing, and what the given facts say there is kept.
        """
        return self._walk()[0]

    def route(self) -> list[Page]:
        """The pages these answers go through, first to last."""
        return [page.PAGE for page in self._walk()[1]]

    def errors(self) -> list[FieldError]:
        """What keeps the answers from being valid facts: the validator's errors, and each
        page's own checks (test scores without their test)."""
        doc, route = self._walk()
        _facts, errors, _warnings = read_case(doc, as_of=self.as_of)
        return list(errors) + [e for page in route for e in page.local_errors()]

    def facts(self) -> CaseFacts | None:
        """The answers as facts, or None while some answer is not valid."""
        doc, route = self._walk()
        facts, _errors, _warnings = read_case(doc, as_of=self.as_of)
        if any(page.local_errors() for page in route):
            return None
        return facts

    def describe(self, error: FieldError) -> str:
        """An error with the page it is on: "The client: Date of birth...: not a date"."""
        for page in self.interview_pages():
            spot = page.owns(error)
            if spot is not None:
                what = spot.widget.accessibleName() or error.path
                return f"{page.title()} \N{EM DASH} {colon(what, error_words(error, ui_language()))}"
        return error_line(error, ui_language())

    def run_assessment(self, facts: CaseFacts) -> None:
        self.last_assessment = self._assess(facts)
        self.last_crs = self._crs(facts) if self._crs is not None else None

    def results_view(self) -> ResultsView:
        page = self.page(int(Page.RESULTS))
        assert isinstance(page, ResultsPage)
        return page.view

    @classmethod
    def ask(cls, parent: QWidget | None, facts: CaseFacts | None, assess: Callable[[CaseFacts], Assessment],
            crs: Callable[[CaseFacts], CrsResult] | None, as_of: date, *,
            status_end: Callable[[CaseFacts], date | None] | None = None,
            letter: list[str] | None = None) -> CaseFacts | None:
        """Run the interview modally: the answers as facts when finished, None when cancelled. The kind
        of letter asked for on the last page ("Write letter…") is appended to ``letter``."""
        wizard = cls(facts, assess, crs, as_of, parent, status_end)
        try:
            if wizard.exec() == QDialog.DialogCode.Accepted:
                if wizard.letter_kind is not None and letter is not None:
                    letter.append(wizard.letter_kind)
                return wizard.facts()
            return None
        finally:
            wizard.deleteLater()
