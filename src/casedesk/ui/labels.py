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


def pathway_name(pathway_id: str | None) -> str:
    names = {
        "visitor_visa": _tr("Visitor visa"), "study_permit": _tr("Study permit"), "work_permit": _tr("Work permit"),
        "refugee_claim_port_of_entry": _tr("Refugee claim at a port of entry"),
        "refugee_claim_after_irregular_entry": _tr("Refugee claim after irregular entry"),
        "citizenship_by_descent": _tr("Citizenship by descent"), "express_entry": _tr("Express Entry"),
        "provincial_nominee": _tr("Provincial nominee"), "spousal_sponsorship": _tr("Spousal sponsorship"),
        "other_family_sponsorship": _tr("Other family sponsorship"), "self_employed": _tr("Self-employed (federal)"),
        "quebec_business": _tr("Quebec business programs"), "start_up_visa": _tr("Start-Up Visa"),
        "investor": _tr("Investor (federal)"),
    }
    return names.get(pathway_id or "", pathway_id or "")


# A symbol with every verdict, so the meaning never rests on colour alone.
VERDICT_SYMBOLS = {"promising": "★", "possible": "◐", "needs_info": "?", "unlikely": "↓", "unavailable": "⏸",
                   "ineligible": "✕"}


def verdict_text(verdict: str | None) -> str:
    words = {"promising": _tr("Promising"), "possible": _tr("Possible"), "needs_info": _tr("Needs information"),
             "unlikely": _tr("Unlikely"), "unavailable": _tr("Unavailable"), "ineligible": _tr("Ineligible")}
    if not verdict:
        return ""
    return f"{VERDICT_SYMBOLS.get(verdict, '')} {words.get(verdict, verdict)}".strip()
