"""The writer: one letter's words in its language, from its facts, assessment and policy data.

``t(en, fr)`` picks the letter's language for this package's own wording (French typography on the
French); ``say`` words a message (an assessment's summary or reason, a date, a sum, a country)
through the ``words`` the caller hands in (``casedesk.text.render``: the domain does not import the
catalogues). Policy figures are quoted with their date; each fact quoted is remembered for the
sources list. How sure the team is of a figure (a secondary source, an unconfirmed one) is the app's
own caveat: it shows in the app, never in a letter that goes out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
import datetime as dt
from typing import Any

from ..assessment import NEEDS_INFO, POSSIBLE, PROMISING, Assessment, PathwayResult
from ..deadlines import compute_deadlines, status_cliff
from ..errors import LetterError
from ..facts import CaseFacts
from ..messages import Msg, msg
from ..policydata import Policy, PolicyFact
from .content import KIND_PATHWAYS
from .typography import french_typography

# Words for a message in a language (``casedesk.text.render``).
Words = Callable[[Msg, str], str]

_VERDICT_WORDS = {PROMISING: ("promising", "prometteuse"), POSSIBLE: ("possible", "possible")}


def _de(name: str) -> str:
    """French "de" before a name, elided before a vowel ("d’Élodie", "d’Olena"; not before h or y)."""
    first = unicodedata.normalize("NFD", name.lstrip()[:1])[:1].lower()
    return f"d’{name}" if first in "aeiou" else f"de {name}"


class Writer:
    """One letter's language, facts, assessment and policy data, and the ways it words them."""

    def __init__(self, kind: str, language: str, facts: CaseFacts, client_id: int,
                 assessment: Assessment, policy: Policy, as_of: dt.date, words: Words):
        self.kind = kind
        self.words = words
        self.lang = language
        self.en = language == "en"
        self.facts = facts
        self.client_id = client_id
        self.assessment = assessment
        self.policy = policy
        self.as_of = as_of
        self.name = facts.client.full_name
        self.used: dict[str, PolicyFact] = {}   # policy facts quoted, for the sources list
        deadlines = compute_deadlines(facts, policy, as_of)
        self.deadlines = deadlines
        self.cliff = status_cliff(deadlines)

    # words
    def t(self, en: str, fr: str, **values: Any) -> str:
        """The text in the letter's language; French typography on this package's French only.

        ``{name}`` is the client's name and ``{de_name}`` is "de" + name with French elision
        ("d’Olena Marchenko", "de María José Pérez Núñez"), unless given.
        """
        template = en if self.en else french_typography(fr)
        values.setdefault("name", self.name)
        values.setdefault("de_name", _de(self.name))
        return template.format(**values)

    def error(self, message: str) -> LetterError:
        return LetterError(f"client {self.client_id}: {message}")

    def say(self, message: Msg) -> str:
        """A message (an assessment's, or a value's) in the letter's language."""
        return self.words(message, self.lang)

    # values: shown as the catalogues show them (``casedesk.text``), so a date or a sum reads the same
    # in a letter as anywhere else
    def date(self, day: dt.date) -> str:
        return self.say(msg("value.date", value=day))

    def month(self, day: dt.date) -> str:
        return self.say(msg("value.month", value=day))

    def num(self, n: int | float) -> str:
        return self.say(msg("value.num", value=n))

    def money(self, amount: int | float) -> str:
        return self.say(msg("value.money", value=amount))

    def country(self, code: str | None) -> str:
        if not code:
            return self.t("not recorded", "non précisé")
        return self.say(msg("value.country", value=code.upper()))

    def days(self, n: int) -> str:
        return self.t("{n} day", "{n} jour", n=self.num(n)) if n == 1 else \
            self.t("{n} days", "{n} jours", n=self.num(n))

    def relative(self, day: dt.date) -> str:
        left = (day - self.as_of).days
        if left == 0:
            return self.t("today", "aujourd’hui")
        if left > 0:
            return self.t("in {d}", "dans {d}", d=self.days(left))
        return self.t("{d} ago", "il y a {d}", d=self.days(-left))

    # policy facts
    def fact(self, fact_id: str) -> PolicyFact | None:
        found = self.policy.find(fact_id, self.as_of)
        if found is not None and found.value is not None:
            self.used[found.id] = found
            return found
        return None

    def months_of(self, fact: PolicyFact | None) -> int | None:
        if fact is None:
            return None
        value = fact.value
        if isinstance(value, Mapping):
            value = value.get("months")
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def estimate(self, fact: PolicyFact | None) -> str:
        """"about 16 months (IRCC estimate, May 2026)"."""
        months = self.months_of(fact)
        if fact is None or months is None:
            return self.t("no current estimate in our policy data: check IRCC's processing times",
                          "aucune estimation à jour dans nos données : consulter les délais de "
                          "traitement publiés par IRCC")
        value = fact.value
        low = value.get("low", months) if isinstance(value, Mapping) else months
        if isinstance(low, int) and 0 < low < months:
            span = self.t("{low} to {high} months", "de {low} à {high} mois", low=low, high=months)
        else:
            span = self.t("about {n} months", "environ {n} mois", n=months)
        return self.t("{span} (IRCC estimate, {when})", "{span} (estimation d’IRCC, {when})",
                      span=span, when=self.month(fact.effective))

    def since(self, fact: PolicyFact) -> str:
        """"in force since 15 December 2025" for a fee."""
        return self.t("in force since {d}", "en vigueur depuis le {d}", d=self.date(fact.effective))

    # the assessment quoted
    def result(self) -> PathwayResult:
        """The assessment's result for this letter's pathway; refuses unless it recommends it."""
        pid = KIND_PATHWAYS[self.kind]
        when = self.assessment.as_of.isoformat()
        found = next((p for p in self.assessment.pathways if p.id == pid), None)
        if found is None:
            raise self.error(f"the assessment of {when} has no {pid} result: assess the client first")
        if found.verdict == NEEDS_INFO:
            raise self.error(f"the assessment of {when} needs more facts before {pid} can be recommended "
                             f"({', '.join(found.missing)})")
        if found.verdict not in (PROMISING, POSSIBLE):
            facts = f" ({', '.join(found.facts)})" if found.facts else ""
            raise self.error(f"the assessment of {when} rates {pid} {found.verdict}: "
                             f"{self.words(found.summary, 'en')}{facts}; reassess after updating the facts")
        return found

    def stale(self, what: str) -> LetterError:
        """The facts no longer match the assessment the letter quotes."""
        return self.error(f"the facts changed since the assessment of {self.assessment.as_of.isoformat()}: "
                          f"{what}; reassess the client")

    def assessed(self, result: PathwayResult) -> str:
        """"Our assessment of 21 November 2026 (policy data 2026-11-21.1) rates this route promising"."""
        en, fr = _VERDICT_WORDS[result.verdict]
        return self.t("Our assessment of {d} (policy data {v}) rates this route {w}.",
                      "Notre évaluation du {d} (données de politique {v}) qualifie cette voie de « {w} ».",
                      d=self.date(self.assessment.as_of), v=self.assessment.policy_version,
                      w=en if self.en else fr)
