"""Error dialogs in a French window: the environment's faults (busy, read-only, damaged caseload), a
client already in the caseload and an invalid case file are worded in French."""

from __future__ import annotations

import pytest

from casedesk.domain.caseerrors import field_error
from casedesk.domain.errors import CaseFileError
from casedesk.services.duplicates import DuplicatePerson
from casedesk.storage.errors import EnvironmentFault
from casedesk.storage.faults import FAULTS
from casedesk.ui import errors, i18n
from casedesk.text.faults import FRENCH

NBSP = "\u00a0"


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


def test_every_fault_has_french_words():
    assert {kind for kind, _ in FAULTS.values()} == set(FRENCH)


def test_faults_are_french_in_a_french_window(french):
    for kind, message in set(FAULTS.values()):
        words = errors.describe(EnvironmentFault(kind, message))
        assert words != message and "rien n’a été modifié" in words, kind
    busy = next(m for k, m in FAULTS.values() if k == "locked")
    assert errors.describe(EnvironmentFault("locked", busy)).startswith("Les dossiers sont occupés")


def test_a_duplicate_client_and_a_bad_case_file_are_french_in_a_french_window(french):
    same = DuplicatePerson([field_error("client.a_number", "case.same_a_number",
                                        who="client 4 (Gomez), already in the caseload", client=4, name="Gomez")])
    assert errors.describe(same) == (f"client.a_number{NBSP}: le même numéro A que la personne cliente 4 (Gomez), "
                                     "déjà dans les dossiers")
    bad = CaseFileError([field_error("client.date_of_birth", "case.not_a_date", value="'1990-13-45'")], 3)
    assert errors.describe(bad) == f"fiche 3{NBSP}: client.date_of_birth{NBSP}: pas une date{NBSP}: '1990-13-45'"


def test_the_same_errors_stay_english_in_an_english_window(qapp):
    bad = CaseFileError([field_error("client.date_of_birth", "case.not_a_date", value="'1990-13-45'")], 3)
    assert errors.describe(bad) == "record 3: client.date_of_birth: not a date: '1990-13-45'"
    kind, message = FAULTS[13]
    assert errors.describe(EnvironmentFault(kind, message)) == message


def test_a_client_that_is_gone_is_french_in_a_french_window(french):
    from casedesk.services.errors import NoSuchClient

    assert errors.describe(NoSuchClient(9)) == f"client 9{NBSP}: aucun client de ce numéro"
    assert errors.describe(NoSuchClient(9, meanwhile=True)).endswith(f"(supprimé entre-temps{NBSP}?)")
    assert str(NoSuchClient(9)) == "client 9: no such client"  # the English, as before
