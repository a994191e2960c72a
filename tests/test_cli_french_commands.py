"""A caseworker's everyday commands in French (``--lang fr``), run as subprocesses: import, audit
--verify, export, close, retention, purge and backup print French lines; ``--json`` keeps its keys."""

from __future__ import annotations

import json
import re

from test_cli import casedesk, write_jsonl

AS_OF = "2026-12-02"
NBSP = "\u00a0"


def _caseload(tmp_path):
    home = tmp_path / "h"
    case = write_jsonl(tmp_path / "one.jsonl", [
        {"format": "casedesk.case/1", "client": {"family_name": "Gomez", "date_of_birth": "1990-01-01"}}])
    casedesk(home, "import", str(case), "--as-of", AS_OF)
    return home


def test_audit_verify_export_and_backup_in_french(tmp_path):
    home = _caseload(tmp_path)
    verify = casedesk(home, "audit", "--verify", "--lang", "fr").stdout
    assert verify.startswith("La piste d’audit est intacte (1 entrée vérifiée)")
    assert f"entrée la plus récente{NBSP}: 1, chaîne " in verify and "intact" not in verify.replace("intacte", "")
    english = casedesk(home, "audit", "--verify", "--lang", "en").stdout
    assert english.startswith("The audit trail is intact (1 entries checked)")
    as_json = json.loads(casedesk(home, "audit", "--verify", "--lang", "fr", "--json").stdout)
    assert as_json["intact"] is True and as_json["entries"] == 1  # the same keys in any language
    out = tmp_path / "out.jsonl"
    assert casedesk(home, "export", "--all", "-o", str(out), "--lang", "fr").stdout.strip() == \
        f"1 fiche de cas écrite dans {out} (personne cliente 1, version 1)"
    backup = tmp_path / "b.db"
    assert casedesk(home, "backup", "-o", str(backup), "--lang", "fr").stdout.strip() == \
        f"sauvegarde écrite dans {backup}"
    assert backup.exists()


def test_close_retention_and_purge_in_french(tmp_path):
    home = _caseload(tmp_path)
    assert casedesk(home, "close", "1", "--on", "2015-01-01", "--as-of", AS_OF, "--lang", "fr").stdout.strip() == \
        f"personne cliente 1{NBSP}: dossier fermé le 1er janvier 2015"
    due = casedesk(home, "retention", "--as-of", AS_OF, "--lang", "fr").stdout.splitlines()
    assert due[0] == f"1 dossier fermé au-delà de la durée de conservation de 7{NBSP}ans"
    assert due[1] == "1\tGomez\tfermé le 1er janvier 2015\tconservé jusqu’au 1er janvier 2022"
    data = json.loads(casedesk(home, "retention", "--as-of", AS_OF, "--lang", "fr", "--json").stdout)
    assert [f["id"] for f in data["files"]] == [1] and data["retention_years"] == 7
    refused = casedesk(home, "purge", "1", "--lang", "fr", check=False)  # no terminal to confirm in
    assert refused.returncode == 1 and "ajoutez --yes pour confirmer" in refused.stderr
    done = casedesk(home, "purge", "1", "--yes", "--as-of", AS_OF, "--lang", "fr").stdout
    # The tombstone is stamped with the computer's date, not --as-of (as an audit entry is): any day, in French.
    assert re.match(r"personne cliente 1 purgée le (1er|[0-9]{1,2}) [a-zéû]+ [0-9]{4} par ", done), done
    assert f"{NBSP}: 2 entrées d’audit effacées" in done and "purged" not in done


def test_a_client_that_does_not_exist_is_named_in_french(tmp_path):
    home = _caseload(tmp_path)
    done = casedesk(home, "reopen", "99", "--lang", "fr", check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"casedesk: personne cliente 99{NBSP}: aucune personne cliente de ce numéro"
    english = casedesk(home, "reopen", "99", "--lang", "en", check=False)
    assert english.stderr.strip() == "casedesk: client 99: no such client"


def test_fixed_refusals_have_french_words_for_the_command_line():
    from casedesk.storage.faults import FAULTS
    from casedesk.text.faults import fault_text

    missing = [m for kind, m in FAULTS.values() if fault_text(kind, m, "fr") == m]
    assert not missing, missing
    assert all(NBSP + ";" in fault_text(kind, m, "fr") for kind, m in FAULTS.values())  # French typography


def test_a_refusal_of_the_command_line_itself_in_french(tmp_path):
    home = _caseload(tmp_path)
    done = casedesk(home, "export", "1", "--all", "-o", str(tmp_path / "x.jsonl"), "--lang", "fr", check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"casedesk: export{NBSP}: donnez des numéros de personnes clientes ou --all " \
                                  "(pas les deux)"
    done = casedesk(home, "decrypt", "--lang", "fr", check=False)
    assert done.stderr.strip() == "casedesk: les dossiers ne sont pas chiffrés"
