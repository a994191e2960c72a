"""casedesk letter: a PDF for a stored client, recorded in the client's file."""

from __future__ import annotations

import json

import pytest

from pypdf import PdfReader

from helpers import stored_rows
from test_cli import casedesk

# The command line on both back ends (CASEDESK_DATABASE_URL set for the subprocesses on PostgreSQL).
pytestmark = pytest.mark.usefixtures("backend")


def _text(path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages).replace("\u00a0", " ")


def test_letter_from_the_command_line(tmp_path, spec_case):
    home = tmp_path / "h"
    case = tmp_path / "case.json"
    spec_case["client"]["family_name"] = "O'Brien & <Sons>"
    case.write_text(json.dumps(spec_case, ensure_ascii=False), encoding="utf-8")
    casedesk(home, "import", str(case))
    out = json.loads(casedesk(home, "letter", "1", "--kind", "spousal_sponsorship", "--lang", "fr", "-o",
                              str(tmp_path / "l.pdf"), "--as-of", "2026-11-21", "--json").stdout)
    assert out["reference"] and (tmp_path / "l.pdf").exists()
    text = _text(tmp_path / "l.pdf")
    assert "O'Brien & <Sons>" in text and "IMM 1344" in text
    assert stored_rows(home, "SELECT kind, language, file_name FROM letter") == [("spousal_sponsorship", "fr", "l.pdf")]


def test_a_letter_that_does_not_fit_says_why(tmp_path):
    home = tmp_path / "h"
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"client": {"given_names": "Solo", "family_name": "Single",
                                           "marital_status": "single"}}), encoding="utf-8")
    casedesk(home, "import", str(case))
    proc = casedesk(home, "letter", "1", "--kind", "spousal_sponsorship", "-o", str(tmp_path / "x.pdf"),
                    check=False)
    assert proc.returncode == 1 and "partner" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_the_letter_names_the_assessment_it_quotes(tmp_path, spec_case):
    home = tmp_path / "h"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case, ensure_ascii=False), encoding="utf-8")
    casedesk(home, "import", str(case))
    version = json.loads(casedesk(home, "policy", "--json").stdout)["version"]
    first = json.loads(casedesk(home, "letter", "1", "--kind", "spousal_sponsorship", "-o", str(tmp_path / "a.pdf"),
                                "--as-of", "2026-11-21", "--json").stdout)
    text = casedesk(home, "letter", "1", "--kind", "citizenship_certificate", "--lang", "fr", "-o",
                    str(tmp_path / "b.pdf"), "--as-of", "2026-11-21").stdout
    saved = stored_rows(home, "SELECT id, as_of, policy_version FROM assessment")
    letters = stored_rows(home, "SELECT assessment_id, policy_version FROM letter ORDER BY id")
    assert saved == [(first["assessment_id"], "2026-11-21", version)]  # saved once, quoted twice
    assert first["policy_version"] == version and letters == [(first["assessment_id"], version)] * 2
    assert text.strip() == (f"letter CD-1-20261121-CIT written to {tmp_path / 'b.pdf'} "
                            f"(it quotes assessment {first['assessment_id']}, policy data {version})")
