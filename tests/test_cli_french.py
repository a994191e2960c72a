"""`casedesk assess` and `casedesk deadlines` in French (--lang fr), run as subprocesses: the words in
French with French typography, the JSON with the same stable codes as in English."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from casedesk.domain.casefile import parse_case
from casedesk.domain.deadlines import compute_deadlines
from casedesk.domain.eligibility import assess
from casedesk.policy.loader import default_policy
from casedesk.text import render
from casedesk.text.deadlines import deadline_words

from test_cli import casedesk

AS_OF = "2026-11-21"
NBSP = "\u00a0"


def _case(tmp_path: Path, doc: dict) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _results(doc: dict):
    return assess(parse_case(doc), default_policy(), date.fromisoformat(AS_OF))


def test_assess_in_french_prints_french_verdicts_and_summaries(tmp_path, spec_case):
    out = casedesk(tmp_path / "h", "assess", str(_case(tmp_path, spec_case)), "--as-of", AS_OF, "--lang", "fr").stdout
    english = casedesk(tmp_path / "h", "assess", str(_case(tmp_path, spec_case)), "--as-of", AS_OF,
                       "--lang", "en").stdout
    assert out != english
    for p in _results(spec_case).pathways:
        french, words = render(p.summary, "fr"), render(p.summary, "en")
        assert french != words, f"{p.summary.code}: the same words in both languages"
        assert french in out and words not in out
    assert "Parrainage de l’époux ou du conjoint" in out
    assert re.search(r"\b(Prometteur|Possible|Information manquante|Peu probable|Non admissible|"
                     r"Non disponible pour l’instant)\b", out)
    assert re.search(r"\w :", out) is None, "a colon after a word needs a non-breaking space in French"


def test_assess_json_in_french_keeps_the_codes(tmp_path, spec_case):
    args = ("assess", str(_case(tmp_path, spec_case)), "--as-of", AS_OF, "--json")
    fr = json.loads(casedesk(tmp_path / "h", *args, "--lang", "fr").stdout)
    en = json.loads(casedesk(tmp_path / "h", *args, "--lang", "en").stdout)
    assert fr["language"] == "fr" and en["language"] == "en"
    for f, e in zip(fr["pathways"], en["pathways"]):
        assert (f["id"], f["verdict"], f["summary_code"], f["reason_codes"]) == (
            e["id"], e["verdict"], e["summary_code"], e["reason_codes"])
        assert f["summary"] != e["summary"]


def test_the_locale_chooses_when_lang_is_not_given(tmp_path, spec_case, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    out = casedesk(tmp_path / "h", "assess", str(_case(tmp_path, spec_case)), "--as-of", AS_OF, "--json").stdout
    assert json.loads(out)["language"] == "fr"


def test_deadlines_in_french_prints_french_titles_and_dates(tmp_path, spec_case):
    out = casedesk(tmp_path / "h", "deadlines", str(_case(tmp_path, spec_case)), "--as-of", AS_OF,
                   "--lang", "fr").stdout
    computed = compute_deadlines(parse_case(spec_case), default_policy(), date.fromisoformat(AS_OF))
    assert computed
    for d in computed:
        fr = deadline_words(d.title, d.basis, d.caveats, None, "fr").title
        en = deadline_words(d.title, d.basis, d.caveats, None, "en").title
        assert fr != en and fr in out and en not in out
    assert re.search(r"\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                     r"décembre) \d{4}", out)
    data = json.loads(casedesk(tmp_path / "h", "deadlines", str(_case(tmp_path, spec_case)), "--as-of", AS_OF,
                               "--lang", "fr", "--json").stdout)
    assert [d["kind"] for d in data] == [d.kind for d in computed]
    assert all(d["messages"]["title"]["code"].startswith("deadline.") for d in data)


def test_stored_deadlines_and_upcoming_in_french(tmp_path, spec_case):
    home = tmp_path / "h"
    client = json.loads(casedesk(home, "import", str(_case(tmp_path, spec_case)), "--json").stdout)["id"]
    computed = compute_deadlines(parse_case(spec_case), default_policy(), date.fromisoformat(AS_OF))
    french = {deadline_words(d.title, d.basis, d.caveats, None, "fr").title for d in computed}
    english = {deadline_words(d.title, d.basis, d.caveats, None, "en").title for d in computed}
    stored = casedesk(home, "deadlines", str(client), "--as-of", AS_OF, "--lang", "fr").stdout
    assert all(t in stored for t in french) and not any(t in stored for t in english)
    listed = casedesk(home, "upcoming", "--within", "3650", "--all", "--as-of", AS_OF, "--lang", "fr").stdout
    assert any(t in listed for t in french) and not any(t in listed for t in english), listed
