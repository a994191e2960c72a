"""What is wrong with a case file, in French (``--lang fr``), run as subprocesses: the record and the
field named, the problem in French words, nothing imported; English stays word for word as before."""

from __future__ import annotations

from pathlib import Path

from test_cli import casedesk, write_jsonl

AS_OF = "2026-12-02"
NBSP = "\u00a0"


def _bad(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "bad.jsonl", [
        {"format": "casedesk.case/1", "client": {"family_name": "A", "date_of_birth": "1990-01-01"}},
        {"format": "casedesk.case/1", "client": {"family_name": "B", "date_of_birth": "1990-13-45"}},
        {"format": "casedesk.case/1", "client": {"family_name": "C", "date_of_birth": "2031-01-01"}},
    ])


def test_import_in_french_names_the_record_and_field_in_french(tmp_path):
    home = tmp_path / "h"
    done = casedesk(home, "import", str(_bad(tmp_path)), "--as-of", AS_OF, "--lang", "fr", check=False)
    assert done.returncode == 1
    line = done.stderr.strip()
    assert line == (f"casedesk: fiche 2{NBSP}: client.date_of_birth{NBSP}: pas une date{NBSP}: '1990-13-45'"
                    f"{NBSP}; 1 autre fiche non valide{NBSP}; rien n’a été importé")
    assert not home.exists()  # nothing imported, no caseload made


def test_import_in_english_reads_as_it_always_has(tmp_path):
    done = casedesk(tmp_path / "h", "import", str(_bad(tmp_path)), "--as-of", AS_OF, "--lang", "en", check=False)
    assert done.stderr.strip() == ("casedesk: record 2: client.date_of_birth: not a date: '1990-13-45'; "
                                   "1 more invalid record; nothing was imported")


def test_a_birth_in_the_future_and_a_duplicate_key_in_french(tmp_path):
    future = write_jsonl(tmp_path / "future.jsonl", [
        {"format": "casedesk.case/1", "client": {"family_name": "C", "date_of_birth": "2031-01-01"}}])
    done = casedesk(tmp_path / "h", "import", str(future), "--as-of", AS_OF, "--lang", "fr", check=False)
    assert done.stderr.strip() == (f"casedesk: fiche 1{NBSP}: client.date_of_birth{NBSP}: dans le futur{NBSP}: "
                                   f"le 1er janvier 2031 est après aujourd’hui (2 décembre 2026){NBSP}; "
                                   "rien n’a été importé")
    twice = tmp_path / "twice.json"
    twice.write_text('{"format": "casedesk.case/1", "client": {"family_name": "A"}, "client": {}}\n',
                     encoding="utf-8")
    done = casedesk(tmp_path / "h", "import", str(twice), "--lang", "fr", check=False)
    assert done.returncode == 1
    assert "la clé 'client' deux fois dans un même objet" in done.stderr and "twice" not in done.stderr


def test_an_unknown_field_is_a_french_warning_and_a_duplicate_a_french_refusal(tmp_path):
    home = tmp_path / "h"
    one = write_jsonl(tmp_path / "one.jsonl", [
        {"format": "casedesk.case/1", "client": {"family_name": "A", "date_of_birth": "1990-01-01"}, "nick": 1}])
    done = casedesk(home, "import", str(one), "--as-of", AS_OF, "--lang", "fr")
    assert f"casedesk: avertissement{NBSP}: fiche 1{NBSP}: nick{NBSP}: champ inconnu, ignoré" in done.stderr
    again = casedesk(home, "import", str(one), "--as-of", AS_OF, "--lang", "fr", check=False)
    assert again.returncode == 1
    assert "les mêmes noms et date de naissance que la personne cliente 1 (A), déjà dans les dossiers" in again.stderr
    assert "import --allow-duplicates" in again.stderr and "already" not in again.stderr


def test_assess_in_french_refuses_a_bad_case_file_in_french(tmp_path):
    case = tmp_path / "case.json"
    case.write_text('{"format": "casedesk.case/1", "client": {"family_name": "A", "country_of_birth": "ZZ"}}',
                    encoding="utf-8")
    done = casedesk(tmp_path / "h", "assess", str(case), "--as-of", AS_OF, "--lang", "fr", check=False)
    assert done.returncode == 1
    assert (f"client.country_of_birth{NBSP}: pas un code de pays ISO 3166-1 alpha-2 attribué par l’ISO{NBSP}: 'ZZ'"
            in done.stderr)
