"""Small builders shared by tests."""

from __future__ import annotations


def minimal_case(given: str = "Ana", family: str = "Gómez", **extra) -> dict:
    return {"format": "casedesk.case/1", "client": {"given_names": given, "family_name": family}} | extra
