"""Eligibility results are codes with parameters; every code has words, and the words read right.

The codes are found by walking the domain's ``msg("...")`` calls with ``ast``, so a rule that
starts saying something new fails here until the English catalogue has words for it (and, for the
two routes the letters quote, the French one too).
"""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest

import verdict_golden
from casedesk.domain.assessment import Assessment, PathwayResult
from casedesk.domain.casefile import parse_case
from casedesk.domain.eligibility import assess
from casedesk.domain.messages import msg
from casedesk.text import render, render_all
from casedesk.text.en import pathways as en_pathways
from casedesk.text.render import catalogue
from casedesk.text.results import assessment_json, field_label

DOMAIN = Path(__file__).resolve().parents[1] / "src" / "casedesk" / "domain"
LETTER_AREAS = ("spousal.", "citizenship.")  # the results the letters quote, in both languages
NBSP = "\u00a0"


def _msg_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted(DOMAIN.rglob("*.py")):
        if path.name == "deadlines.py":  # the deadline codes (some from tables): test_deadline_words.py
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                calls.append((str(path.relative_to(DOMAIN)), node))
    return calls


def emitted_codes() -> dict[str, set[str]]:
    """Every message code the domain can emit -> the parameters its calls give."""
    codes: dict[str, set[str]] = {}
    for _where, call in _msg_calls():
        codes.setdefault(call.args[0].value, set()).update(k.arg for k in call.keywords if k.arg)
    return codes


@pytest.fixture(scope="module")
def golden_results() -> list[PathwayResult]:
    """Every pathway result of every rule-table case and of the demo caseload."""
    return [p for doc, on in verdict_golden.cases().values()
            for p in assess(parse_case(doc), verdict_golden.te.POLICY, on).pathways]


def _messages(result: PathwayResult):
    return (result.summary, *result.reasons, *result.next_steps)


# --- the codes -------------------------------------------------------------------------------------

def test_every_code_is_a_literal_dotted_name():
    calls = _msg_calls()
    assert len(calls) > 200
    for where, call in calls:
        assert call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str), (
            f"{where}:{call.lineno}: msg() needs a literal code, so its words can be checked")
        # <area>.<summary|reason|step>.<name>, stca.exception.<kind>, legacy.text
        assert re.fullmatch(r"[a-z_]+(\.[a-z0-9_]+){1,2}", call.args[0].value), (where, call.args[0].value)


def test_every_code_the_domain_emits_has_english_words():
    english = catalogue("en").texts
    missing = sorted(code for code in emitted_codes() if code not in english)
    assert not missing, f"no English words for {missing}"


def test_the_english_catalogue_has_no_words_for_codes_nothing_emits():
    kept = {"legacy.text"} | en_pathways.KEPT_FOR_SAVED_RESULTS
    unused = sorted(set(en_pathways.TEXTS) - set(emitted_codes()) - kept)
    assert not unused, f"words no rule uses: {unused}"


def test_the_routes_the_letters_quote_have_french_words():
    french = catalogue("fr").texts
    letter_codes = [c for c in emitted_codes() if c.startswith(LETTER_AREAS)]
    assert len(letter_codes) > 50
    missing = sorted(c for c in letter_codes if c not in french)
    assert not missing, f"no French words for {missing}"


def test_every_message_of_every_case_fits_its_words(golden_results):
    """Rendering never falls back to the code, and no field is left unfilled."""
    seen = set()
    for result in golden_results:
        languages = ("en", "fr") if result.id in ("spousal_sponsorship", "citizenship_by_descent") else ("en",)
        for message in _messages(result):
            for language in languages:
                words = render(message, language)
                assert words != message.code and "{" not in words and "None" not in words, (language, message)
            seen.add(message.code)
    assert len(seen) > 150  # the rule tables reach most of what the rules can say


def test_french_typography_of_the_quoted_routes(golden_results):
    for result in golden_results:
        if result.id not in ("spousal_sponsorship", "citizenship_by_descent"):
            continue
        for words in render_all(_messages(result), "fr"):
            assert not re.search(r"[^\u00a0][:;!?»](\s|$)|«[^\u00a0]", words), words
            assert "'" not in words, words  # the typographic apostrophe


# --- how they read ----------------------------------------------------------------------------------

TODAY = date(2026, 11, 21)


def _result(doc: dict, pathway: str, on: date = TODAY) -> PathwayResult:
    return next(p for p in assess(parse_case(doc), verdict_golden.te.POLICY, on).pathways if p.id == pathway)


def test_rule_table_cases_read_as_before():
    te = verdict_golden.te
    spousal = _result(te.married_to_citizen(), "spousal_sponsorship")
    assert render(spousal.summary) == "Sponsorship by their Canadian partner: the strongest route"
    assert render_all(spousal.reasons) == ["Sponsor: their spouse is a Canadian citizen.",
                                           "A marriage has no minimum length."]
    assert render(spousal.next_steps[1]) == "Outland processing: about 16 months (inland: about 25), IRCC estimate."

    uncle = _result(te.case(relatives_in_canada=[te.rel("uncle", "work_permit", 52)]), "refugee_claim_port_of_entry")
    assert render(uncle.summary) == "STCA exception applies: family member exception"
    assert render(uncle.reasons[0]) == ("Family member exception: an uncle in Canada who is a work permit holder "
                                        "(STCA exception, IRPR s.159.5(a)-(h)).")

    restored = _result(te.born_to("1990-05-02", te.DESCENT), "citizenship_by_descent")
    assert render(restored.summary) == "Likely already Canadian: mother Canadian at birth, restored by Bill C-3"
    assert render(restored.reasons[0]) == (
        "The client's mother was Canadian at the client's birth (2 May 1990, before 15 December 2025); Bill C-3 "
        "made people born before that date, who were shut out by the first-generation limit, citizens "
        "automatically.")
    assert render(restored.next_steps[-2]) == "Fee: CAD $75 per person."

    late = _result(te.day(15, TODAY), "refugee_claim_after_irregular_entry")
    assert render(late.summary) == "Ineligible: claim after day 14 (Bill C-12)"
    assert render(late.reasons[0]) == (
        "The claim (if made today, 21 November 2026) comes 15 days after crossing between ports; under Bill C-12 "
        "(in force 26 March 2026) a claim made after day 14 is ineligible for referral to the IRB.")

    # Issue 11: 481 with foreign work only (Federal Skilled Worker) is no longer compared with the Canadian
    # Experience Class rounds the data called "general" ("CRS 481: 27 points below the general cut-off").
    ee = _result(te.EN481, "express_entry")
    assert render(ee.summary) == "CRS 481: no recent round open to this profile"
    assert render(ee.reasons[1]) == "Eligible to enter the pool under: Federal Skilled Worker."
    cec = _result(te.EN521, "express_entry")
    assert render(cec.summary) == ("CRS 521: at or above the Canadian Experience Class cut-off (508), "
                                   "but that cut-off is stale")


def test_the_quoted_routes_in_french():
    te = verdict_golden.te
    spousal = _result(te.married_to_citizen(), "spousal_sponsorship")
    assert render(spousal.summary, "fr") == (
        f"Parrainage par l’époux ou le conjoint canadien{NBSP}: la voie la plus solide")
    assert render(spousal.reasons[0], "fr") == (
        f"Personne répondante{NBSP}: son époux ou son épouse, qui a la citoyenneté canadienne.")
    born = _result(te.born_to("1990-05-02", te.parent(True, "birth_in_canada", who="father")), "citizenship_by_descent")
    assert render(born.summary, "fr") == f"Citoyenneté canadienne probable{NBSP}: père né au Canada"
    short = _result(te.born_to("2026-01-10", te.parent(True, "descent", 500)), "citizenship_by_descent")
    assert render(short.summary, "fr") == (
        f"Pas de citoyenneté{NBSP}: sa mère compte 500{NBSP}jours au Canada sur les 1{NBSP}095 exigés")


# --- missing facts in words ---------------------------------------------------------------------------

def test_every_missing_fact_and_case_file_field_has_words(golden_results):
    paths = {m for r in golden_results for m in r.missing} | verdict_golden.te.CASE_PATHS - {"format"}
    paths = {p.replace("[]", "[0]") for p in paths}
    unnamed = sorted(p for p in paths if field_label(p) == p)
    assert not unnamed, f"no words for {unnamed}"
    assert field_label("parents[1].canadian_at_client_birth") == \
        "whether parent 2 was Canadian at the client's birth"
    assert field_label("human_capital.first_language.clb.scores.reading") == \
        "the client's first official language: reading test score"
    assert field_label("no.such.path") == "no.such.path"


# --- the JSON forms -------------------------------------------------------------------------------------

def test_the_json_keeps_the_words_and_adds_the_codes():
    te = verdict_golden.te
    data = json.loads(json.dumps(assessment_json(assess(parse_case(te.married_to_citizen()), te.POLICY, TODAY))))
    spousal = next(p for p in data["pathways"] if p["id"] == "spousal_sponsorship")
    assert spousal["summary"] == "Sponsorship by their Canadian partner: the strongest route"
    assert spousal["summary_code"] == {"code": "spousal.summary.strongest_route", "params": {}}
    assert spousal["reasons"][0] == "Sponsor: their spouse is a Canadian citizen."
    assert spousal["reason_codes"][0] == {"code": "spousal.reason.sponsor",
                                          "params": {"relationship": "spouse", "status": "citizen"}}
    assert len(spousal["next_steps"]) == len(spousal["next_step_codes"]) > 0
    assert list(spousal)[:6] == ["id", "verdict", "summary", "reasons", "next_steps", "summary_code"]


def test_a_stored_result_reads_back_the_same(golden_results):
    for result in golden_results[:300]:
        back = PathwayResult.from_dict(json.loads(json.dumps(result.record())))
        assert (back.id, back.verdict, back.summary, back.reasons, back.missing, back.next_steps, back.facts) == (
            result.id, result.verdict, result.summary, result.reasons, result.missing, result.next_steps,
            result.facts)
        assert [(s.id, s.confirmed) for s in back.sources] == [(s.id, s.confirmed) for s in result.sources]


def test_an_older_result_in_english_sentences_still_reads():
    old = {"id": "spousal_sponsorship", "verdict": "promising",
           "summary": "Sponsorship by their Canadian partner: the strongest route",
           "reasons": ["Sponsor: their spouse is a Canadian citizen."], "missing": [],
           "next_steps": ["Apply from outside Canada (outland)."],
           "sources": [{"id": "forms.spousal_sponsorship", "title": "Forms", "url": ""}],
           "unconfirmed_sources": ["forms.spousal_sponsorship"]}
    result = PathwayResult.from_dict(old)
    assert result.summary == msg("legacy.text", text=old["summary"])
    assert render(result.summary) == old["summary"] and render(result.summary, "fr") == old["summary"]
    assert render_all(result.reasons) == old["reasons"] and render_all(result.next_steps) == old["next_steps"]
    assert result.sources[0].title == "Forms" and not result.sources[0].confirmed
    whole = Assessment.from_dict({"as_of": "2026-06-01", "policy_version": "2026-05-01.1", "pathways": [old]})
    assert whole.as_of == date(2026, 6, 1) and whole.verdicts() == {"spousal_sponsorship": "promising"}
