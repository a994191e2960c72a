"""Letter file names from the client's name, safe on every file system."""

from __future__ import annotations

from datetime import date

import pytest

from casedesk.services.filenames import client_stem, letter_file_name, safe_part

DAY = date(2026, 12, 2)


def test_a_letter_is_named_after_its_client():
    assert letter_file_name("María José", "Pérez Núñez", 1271, "spousal_sponsorship", DAY, "en") == \
        "Perez-Nunez_Maria-Jose_spousal-sponsorship_2026-12-02_en.pdf"


@pytest.mark.parametrize(("given", "family", "stem"), [
    ("Thị Minh Khai", "Nguyễn", "Nguyen_Thi-Minh-Khai"),
    ("Đức", "Trần", "Tran_Duc"),
    ("Jürgen", "Großmann", "Grossmann_Jurgen"),
    ("Søren", "Kierkegaard", "Kierkegaard_Soren"),
    ("Jean-Luc", "O'Brien", "O-Brien_Jean-Luc"),
    ("محمد", "الأحمد", "client-7"),           # nothing ASCII left: the file number
    ("伟", "王", "client-7"),
    ("Ana", "../../etc/passwd", "etc-passwd_Ana"),
    ("", "CON", "client-7"),                   # reserved on Windows
    (None, "Gómez", "Gomez"),
])
def test_names_fold_to_safe_ascii(given, family, stem):
    assert client_stem(given, family, 7) == stem


def test_parts_are_bounded_and_clean():
    part = safe_part("A" * 200 + " : * ? < > | \\ / \" ")
    assert len(part) <= 40 and set(part) == {"A"}
    assert safe_part(".hidden") == "hidden"
