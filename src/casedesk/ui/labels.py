"""Words for the codes the domain stores (statuses, countries), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.assessment import INELIGIBLE, NEEDS_INFO, POSSIBLE, PROMISING, UNAVAILABLE, UNLIKELY
from ..domain.messages import Msg
from ..text import render
from ..text.results import field_label
from .tr import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_text(code: str) -> str:
    """``parole:CHNV`` -> "Parole (CHNV)", ``tps:HT`` -> "TPS (Haiti)", ``ead`` -> "Work permit (EAD)"."""
    if not code:
        return ""
    kind, _, detail = code.partition(":")
    names = {
        "parole": QCoreApplication.translate("Labels", "Parole"),
        "tps": QCoreApplication.translate("Labels", "TPS"),
        "ead": QCoreApplication.translate("Labels", "Work permit (EAD)"),
        "asylum_pending": QCoreApplication.translate("Labels", "Asylum pending"),
        "visa": QCoreApplication.translate("Labels", "Visa"),
        "other": QCoreApplication.translate("Labels", "Other status"),
        "citizen": QCoreApplication.translate("Labels", "U.S. citizen"),
        "permanent_resident": QCoreApplication.translate("Labels", "U.S. permanent resident"),
    }
    label = names.get(kind, kind)
    if kind == "tps" and detail:
        detail = country_name(detail)
    return f"{label} ({detail})" if detail else label


def country_name(code: str | None) -> str:
    if not code:
        return ""
    if ui_language() != "en":  # Qt names territories in English only: the catalogue's words
        from ..text.render import catalogue

        words = catalogue(ui_language()).vocab.get("country", {}).get(code.upper())
        if words:
            return words
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyCountry:
        return code
    return QLocale.territoryToString(territory)



PATHWAY_NAMES = {
    "visitor_visa": QT_TRANSLATE_NOOP("Labels", "Visitor visa"),
    "study_permit": QT_TRANSLATE_NOOP("Labels", "Study permit"),
    "work_permit": QT_TRANSLATE_NOOP("Labels", "Work permit"),
    "refugee_claim_port_of_entry": QT_TRANSLATE_NOOP("Labels", "Refugee claim at a port of entry"),
    "refugee_claim_after_irregular_entry": QT_TRANSLATE_NOOP(
        "Labels", "Refugee claim after entering between ports"),
    "citizenship_by_descent": QT_TRANSLATE_NOOP("Labels", "Citizenship by descent"),
    "express_entry": QT_TRANSLATE_NOOP("Labels", "Express Entry"),
    "provincial_nominee": QT_TRANSLATE_NOOP("Labels", "Provincial Nominee Program"),
    "spousal_sponsorship": QT_TRANSLATE_NOOP("Labels", "Spousal or partner sponsorship"),
    "other_family_sponsorship": QT_TRANSLATE_NOOP("Labels", "Other family sponsorship"),
    "self_employed": QT_TRANSLATE_NOOP("Labels", "Self-employed persons (federal)"),
    "quebec_business": QT_TRANSLATE_NOOP("Labels", "Quebec business programs"),
    "start_up_visa": QT_TRANSLATE_NOOP("Labels", "Start-up visa"),
    "investor": QT_TRANSLATE_NOOP("Labels", "Investor programs"),
}

# Words and a symbol for each verdict; the colour only repeats what they say.
VERDICTS: dict[str, tuple[str, str, str]] = {
    PROMISING: ("\N{CHECK MARK}", QT_TRANSLATE_NOOP("Labels", "Promising"), "#1b5e20"),
    POSSIBLE: ("\N{ALMOST EQUAL TO}", QT_TRANSLATE_NOOP("Labels", "Possible"), "#33691e"),
    NEEDS_INFO: ("?", QT_TRANSLATE_NOOP("Labels", "Needs information"), "#e65100"),
    UNLIKELY: ("\N{DOWNWARDS ARROW}", QT_TRANSLATE_NOOP("Labels", "Unlikely"), "#5d4037"),
    UNAVAILABLE: ("\N{DOUBLE VERTICAL LINE}", QT_TRANSLATE_NOOP("Labels", "Not available now"), "#455a64"),
    INELIGIBLE: ("\N{BALLOT X}", QT_TRANSLATE_NOOP("Labels", "Not eligible"), "#b71c1c"),
}


def pathway_name(pathway_id: str | None) -> str:
    if not pathway_id:
        return ""
    label = PATHWAY_NAMES.get(pathway_id)
    return _tr(label) if label else pathway_id


def verdict_text(verdict: str | None) -> str:
    """The verdict in words, led by its symbol: "✓ Promising" (never colour alone)."""
    if not verdict:
        return ""
    symbol, words, _colour = VERDICTS[verdict]
    return f"{symbol} {_tr(words)}"


def colon(label: str, text: str) -> str:
    """``label: text`` with the interface's punctuation: French puts a non-breaking space before the colon.
    A label that is a question (an interview's) is quoted first, so its own mark and the colon do not
    meet (« …du client ? : dans le futur » read as two marks in a row)."""
    french = ui_language() == "fr"
    if label.rstrip().endswith(("?", "!")):
        label = f"«\u00a0{label.strip()}\u00a0»" if french else f"\N{LEFT DOUBLE QUOTATION MARK}{label.strip()}" \
            "\N{RIGHT DOUBLE QUOTATION MARK}"
    return f"{label}\u00a0: {text}" if french else f"{label}: {text}"


def date_text(day) -> str:
    """A date inside a sentence: 2026-12-02 in English (as always), « 2 décembre 2026 » in French."""
    if ui_language() == "en":
        return day.isoformat()
    from ..text.formatting import Formatter
    from ..text.render import catalogue

    return Formatter(catalogue(ui_language()), render).date(day)


def ui_language() -> str:
    """The language results are worded in: the interface's (``i18n``)."""
    from . import i18n

    return i18n.language()


def message_text(message: Msg) -> str:
    """A result's message (a code with parameters) in the interface's language."""
    return render(message, ui_language())


def field_text(path: str) -> str:
    """A case-file field a result needs, in words: ``partner.since`` -> "When the relationship began"."""
    words = field_label(path, ui_language())
    return words[:1].upper() + words[1:]
