"""Words for the codes the domain stores (statuses, countries), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_text(code: str) -> str:
    """``parole:CHNV`` -> "Parole (CHNV)", ``tps:HT`` -> "TPS (Haiti)", ``ead`` -> "Work permit (EAD)"."""
    if not code:
        return ""
    kind, _, detail = code.partition(":")
    names = {
        "parole": _tr("Parole"), "tps": _tr("TPS"), "ead": _tr("Work permit (EAD)"),
        "asylum_pending": _tr("Asylum pending"), "visa": _tr("Visa"), "other": _tr("Other status"),
    }
    label = names.get(kind, kind)
    if kind == "tps" and detail:
        detail = country_name(detail)
    return f"{label} ({detail})" if detail else label


def country_name(code: str | None) -> str:
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyCountry:
        return code
    return QLocale.territoryToString(territory)
