"""Deadlines are codes with parameters; their English and French words are chosen at the edge.

Every code ``domain/deadlines.py`` can emit has words in both catalogues (found by reading the
module, so a new code without words fails here), every message renders in both languages
without falling back, French follows French typography, and parameters are facts, never words.
"""

from __future__ import annotations

import ast
import logging
import re
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain import deadlines as domain_deadlines
from casedesk.domain.deadlines import Deadline, compute_deadlines
from casedesk.domain.casefile import parse_case
from casedesk.domain.demo import demo_cases
from casedesk.domain.facts import CanadaEntry, CaseFacts, Documents, ExpressEntryProfile, Task, UsStatus
from casedesk.domain.messages import Msg, msg
from casedesk.policy.loader import default_policy
from casedesk.text import render
from casedesk.text.deadlines import deadline_words, words_stamp
from casedesk.text.formatting import NBSP
from casedesk.text.render import catalogue

D = date.fromisoformat
POLICY = default_policy()
CODE = re.compile(r"^deadline\.(title|basis|caveat)\.[a-z0-9_]+$")
# Parameters that carry someone's own text rather than a code: a task's title (the caseworker's)
# and a court order's name (the policy data's).
TEXT_PARAMS = {("deadline.title.task", "title"), ("deadline.caveat.court_blocked", "order"),
               ("deadline.caveat.litigation_unknown", "order"),
               # the policy data's own names: an order, a case, a statute's provision
               ("deadline.caveat.court_block_superseded", "order"), ("deadline.caveat.court_block_superseded", "case"),
               ("deadline.basis.tps_automatic_extension", "provision")}


def _emitted_codes() -> set[str]:
    """Every message code written in domain/deadlines.py (its msg(...) calls and its code tables)."""
    tree = ast.parse(Path(domain_deadlines.__file__).read_text(encoding="utf-8"))
    codes = {node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value)}
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "msg"]
    assert calls and all(isinstance(c.args[0], (ast.Constant, ast.Name)) for c in calls)
    return codes


EMITTED = _emitted_codes()


def test_the_walk_finds_the_codes():
    assert {"deadline.title.tps_designation_end", "deadline.basis.client_date", "deadline.caveat.court_blocked",
            "deadline.title.language_test_expires", "deadline.basis.medical_exam"} <= EMITTED
    assert len(EMITTED) >= 30


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_code_the_rules_emit_has_words_and_no_words_are_left_over(language):
    texts = catalogue(language).texts
    assert sorted(EMITTED - set(texts)) == []
    assert sorted(c for c in texts if CODE.match(c) and c not in EMITTED) == []


# -- the corpus: deadlines covering every code -----------------------------------------------

def _corpus() -> list[Deadline]:
    cases = [
        CaseFacts(us_status=(UsStatus("parole", program="CHNV", valid_until=D("2026-03-01")),
                             UsStatus("tps", country="HT"), UsStatus("ead", valid_until=D("2026-12-12"))),
                  canada_entry=CanadaEntry("between_ports", D("2026-11-12")),
                  express_entry=ExpressEntryProfile(D("2026-11-01")),
                  documents=Documents(D("2027-03-31"), D("2025-06-01"), D("2026-10-01"), D("2026-01-15")),
                  tasks=(Task("Book the medical exam", D("2026-11-25")), Task("", D("2026-11-26")))),
        CaseFacts(us_status=(UsStatus("tps", country="UA"), UsStatus("ead", valid_until=D("2026-03-01")))),
        CaseFacts(us_status=(UsStatus("tps", country="HT", valid_until=D("2026-02-03")), UsStatus("tps", country="NI"),
                             UsStatus("tps", country="SO"), UsStatus("tps", country="VE"),
                             UsStatus("tps", country="KE", valid_until=D("2026-12-01")),
                             UsStatus("asylum_pending", valid_until=D("2027-01-01")),
                             UsStatus("visa", country="CO", valid_until=D("2027-02-01")),
                             UsStatus("other", valid_until=D("2027-03-01")),
                             UsStatus("parole", program="FRP"), UsStatus("parole", valid_until=D("2027-04-01")))),
        CaseFacts(canada_entry=CanadaEntry("port_of_entry", D("2026-01-10"))),
        CaseFacts(canada_entry=CanadaEntry("airport", D("2026-01-10"))),
    ]
    found = [d for facts in cases for d in compute_deadlines(facts, POLICY, date(2026, 11, 21))]
    found += compute_deadlines(CaseFacts(us_status=(UsStatus("parole", program="CHNV"),)), POLICY, D("2025-04-20"))
    found += compute_deadlines(CaseFacts(us_status=(UsStatus("tps", country="NI"),)), POLICY, D("2025-11-01"))
    found += compute_deadlines(CaseFacts(canada_entry=CanadaEntry("none", first_entry_date=D("2025-08-01"))), POLICY,
                               date(2026, 11, 21))
    found += compute_deadlines(CaseFacts(canada_entry=CanadaEntry("between_ports", D("2020-06-24"))), POLICY,
                               date(2026, 11, 21))
    for case in demo_cases(date(2026, 11, 21)):
        found += compute_deadlines(parse_case(case), POLICY, date(2026, 11, 21))
    return found


CORPUS = _corpus()


def _messages(deadlines: list[Deadline]) -> list[Msg]:
    return [m for d in deadlines for m in (d.title, d.basis, *d.caveats)]


def test_the_corpus_covers_every_code():
    assert {m.code for m in _messages(CORPUS)} == EMITTED


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_message_renders_in_both_languages(language, caplog):
    caplog.set_level(logging.ERROR, logger="casedesk.text")
    english_vocab = catalogue("en").vocab
    for m in set(_messages(CORPUS)):
        text = render(m, language)
        assert text and text != m.code and "{" not in text and "}" not in text, (m, text)
        assert not re.search(r"\b[a-z]+\.[a-z0-9_]+\.[a-z0-9_]+\b", text), (m, text)  # no policy fact ids
        country = m.params.get("country")
        if country:  # countries are named, not coded
            assert english_vocab["country"].get(str(country), str(country)) in render(m, "en")
    assert caplog.records == []


def test_french_is_french_with_french_typography():
    for m in set(_messages(CORPUS)):
        if m.code == "deadline.title.task":
            continue  # the caseworker's own words
        fr, en = render(m, "fr"), render(m, "en")
        assert fr != en, m
        assert not re.search(r" [:;!?](\s|$)", fr), fr  # never a plain space before : ; ! ?
        if not any((m.code, name) in TEXT_PARAMS for name in m.params):  # no one else's text inside
            assert not re.search(r"(?<!\u00a0)[:;!?](\s|$)", fr), fr  # and never none
    assert render(msg("deadline.cited", source="Federal Register 90 FR 54733"), "fr") == \
        f"Source{NBSP}: Federal Register 90 FR 54733."


def test_parameters_are_facts_never_words():
    """Codes, dates, numbers, fact ids and field paths; only a task's title and a court order's name are text."""
    for m in _messages(CORPUS):
        for name, value in m.params.items():
            assert isinstance(value, (str, int, date, type(None))) and not isinstance(value, bool), (m, name)
            if isinstance(value, str) and (m.code, name) not in TEXT_PARAMS:
                assert re.fullmatch(r"[A-Za-z0-9_.\[\]?-]+", value), (m.code, name, value)


@pytest.mark.parametrize("language, title, basis, source, caveat", [
    ("en", "TPS for Haiti ends", "The date TPS for Haiti ends for every holder.",
     "Source: Federal Register 90 FR 54733 (28 Nov 2025): termination of the TPS designation of Haiti.",
     "Termination blocked by a court (Miot v. Trump, D.D.C. (Reyes J.): preliminary relief of 2 Feb 2026; "
     "government appealing): status may continue past this date; verify before relying on it. Court information "
     "not confirmed (sources conflict or are missing)."),
    ("fr", "Fin du TPS (Haïti) pour tous ses bénéficiaires",
     "Date à laquelle le TPS (Haïti) prend fin pour tous ses bénéficiaires.",
     f"Source{NBSP}: Federal Register 90 FR 54733 (28 Nov 2025): termination of the TPS designation of Haiti.",
     f"Fin du statut bloquée par un tribunal (Miot v. Trump, D.D.C. (Reyes J.): preliminary relief of 2 Feb 2026; "
     f"government appealing){NBSP}: le statut peut se prolonger au-delà de cette date{NBSP}; à vérifier avant de "
     f"s’y fier. Information judiciaire non confirmée (sources contradictoires ou manquantes)."),
])
def test_one_deadline_in_both_languages(language, title, basis, source, caveat):
    # In March 2026, before Mullin v. Doe lifted the stay (2026-06-25).
    [haiti] = compute_deadlines(CaseFacts(us_status=(UsStatus("tps", country="HT"),)), POLICY, date(2026, 3, 1))
    words = deadline_words(haiti.title, haiti.basis, haiti.caveats, haiti.source.title, language)
    assert (words.title, words.basis, words.source, words.caveat) == (title, basis, source, caveat)
    assert words.cited_basis == f"{basis} {source}"


@pytest.mark.parametrize("entered, language, expected", [
    ("2026-03-20", "en", "Crossed into Canada between ports of entry on 20 March 2026, no claim made; a claim made "
                         "up to 14 days after crossing falls under the Safe Third Country Agreement and is returned "
                         "to the U.S. unless an exception applies; under Bill C-12 a claim made after 3 April 2026 "
                         "is ineligible for the IRB (pre-removal risk assessment only)."),
    ("2026-03-20", "fr", f"Entrée au Canada entre les points d’entrée le 20 mars 2026, sans demande d’asile{NBSP}; "
                         f"une demande présentée dans les 14 jours suivant le passage relève de l’Entente sur les "
                         f"tiers pays sûrs{NBSP}: la personne est renvoyée aux États-Unis, sauf exception{NBSP}; en "
                         f"vertu du projet de loi C-12, une demande présentée après le 3 avril 2026 est irrecevable "
                         f"devant la CISR (examen des risques avant renvoi seulement)."),
])
def test_the_claim_window_basis_in_both_languages(entered, language, expected):
    facts = CaseFacts(canada_entry=CanadaEntry("between_ports", D(entered)))
    [window] = [d for d in compute_deadlines(facts, POLICY, date(2026, 11, 21)) if d.kind == "entry_claim_window"]
    assert render(window.basis, language) == expected


def test_a_first_of_the_month_and_plurals_in_french():
    assert render(msg("deadline.caveat.tps_2023_designation_end", ended=D("2025-04-01"), fact="x.y.z"), "fr") == \
        "Les personnes inscrites uniquement au titre de la désignation de 2023 ont perdu le TPS le 1er avril 2025."
    assert render(msg("deadline.title.claim_bar", years=2), "fr") == \
        f"2 ans depuis l’entrée au Canada{NBSP}: fin du délai pour demander l’asile"
    assert render(msg("deadline.title.claim_bar", years=2), "en") == "2 years since entering Canada: claim bar"
    assert render(msg("deadline.calendar.reminder", title="T", who="client 3", days=1), "fr") == \
        "T (client 3) dans 1 jour"


def test_the_words_stamp_follows_the_stored_words(monkeypatch):
    before = words_stamp.__wrapped__()
    assert before == words_stamp()
    monkeypatch.setitem(catalogue("en").texts, "deadline.title.passport_expires", "Passport runs out")
    assert words_stamp.__wrapped__() != before
    monkeypatch.undo()
    monkeypatch.setitem(catalogue("en").vocab["country"], "HT", "Hayti")
    assert words_stamp.__wrapped__() != before
    monkeypatch.undo()
    monkeypatch.setitem(catalogue("fr").texts, "deadline.title.passport_expires", "Passeport périmé")
    assert words_stamp.__wrapped__() == before  # only the stored (English) words count
