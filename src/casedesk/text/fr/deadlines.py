"""Les mots des échéances (``deadline.*`` : titres, fondements, mises en garde ; voir ``domain/deadlines.py``).

French typography: every template here is set with a no-break space before ``: ; ! ?`` (``_fr``),
before the values are put in, so a value (a court order's name, a task's title) is never altered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..formatting import NBSP, Formatter

_BEFORE_MARK = re.compile(r" ([:;!?])(?=\s|$)")


def _fr(text: str) -> str:
    return _BEFORE_MARK.sub(NBSP + r"\1", text)


_END_OF = {
    "parole": "Fin de la libération conditionnelle pour motifs humanitaires", "tps": "Fin du TPS",
    "ead": "Fin du permis de travail (EAD)",
    "asylum_pending": "Fin du statut lié à la demande d’asile", "visa": "Fin du statut de visa américain",
    "other": "Fin du statut aux États-Unis",
}


def _status_end(p: Mapping[str, Any], fmt: Formatter) -> str:
    head = _END_OF.get(p.get("status") or "other", _END_OF["other"])
    detail = p.get("program") or (fmt.word("country", p["country"]) if p.get("country") else None)
    return f"{head} ({detail})" if detail else head


_CLAIM_BAR_TITLE = _fr("{span} depuis l’entrée au Canada : fin du délai pour demander l’asile")


def _claim_bar_title(p: Mapping[str, Any], fmt: Formatter) -> str:
    span = "Un an" if p["years"] == 1 else f"{fmt.num(p['years'])} ans"
    return _CLAIM_BAR_TITLE.format(span=span)


_WINDOW = (
    _fr("Entrée au Canada entre les points d’entrée le {entered:date}, sans demande d’asile"),
    _fr("une demande présentée dans les {days} jours suivant le passage relève de l’Entente sur les tiers pays "
        "sûrs : la personne est renvoyée aux États-Unis, sauf exception"),
    _fr("en vertu du projet de loi C-12, une demande présentée après le {due:date} est irrecevable devant la CISR"),
)


def _claim_window(p: Mapping[str, Any], fmt: Formatter) -> str:
    parts = [fmt.fill(_WINDOW[0], p)]
    if p.get("stca_fact"):
        parts.append(fmt.fill(_WINDOW[1], p))
    if p.get("c12_fact"):
        parts.append(fmt.fill(_WINDOW[2], p)
                     + (" (examen des risques avant renvoi seulement)" if p.get("remedy") == "prra" else ""))
    return f"{NBSP}; ".join(parts) + "."


_CLAIM_BAR = _fr(" ; en vertu du projet de loi C-12, une demande présentée plus {span} après la première entrée "
                 "({entries}), à un point d’entrée ou au Canada, même après un départ et un retour, est irrecevable "
                 "devant la CISR : le {due:date} est donc le dernier jour.")
_CLAIM_BAR_HEAD = {
    "first": "Première entrée au Canada (après le 24 juin 2020) le {entered:date}, sans demande d’asile",
    "mode": "Entrée au Canada {mode:entry_mode} le {entered:date}, sans demande d’asile",
    "plain": "Entrée au Canada le {entered:date}, sans demande d’asile",
}


def _claim_bar(p: Mapping[str, Any], fmt: Formatter) -> str:
    span = "d’un an" if p["years"] == 1 else f"de {fmt.num(p['years'])} ans"
    entries = f"entrées après le {fmt.date(p['entries_after'])}" if p.get("entries_after") else "toute entrée"
    head = _CLAIM_BAR_HEAD["first" if p.get("counted_from") == "canada_entry.first_entry_date"
                           else "mode" if p.get("mode") else "plain"]
    return fmt.fill(head + _CLAIM_BAR, {**p, "span": span, "entries": entries})


def _unsure(p: Mapping[str, Any], fmt: Formatter) -> str:
    confidence = p.get("confidence")
    if confidence in (None, "S"):
        return ""
    return f" Information judiciaire non confirmée ({fmt.word('confidence', confidence)})."


_COURT = _fr("Fin du statut bloquée par un tribunal{order} : le statut peut se prolonger au-delà de cette date ; "
             "à vérifier avant de s’y fier.")
_LITIGATION = _fr("Issue du litige inconnue{detail} : à vérifier avant de s’y fier.")


def _court_blocked(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = f" ({p['order']})" if p.get("order") else ""
    return _COURT.format(order=order) + _unsure(p, fmt)


def _litigation_unknown(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = p.get("order") or ""
    detail = "" if not order or order.lower().startswith("litigation status unknown") else f" ({order})"
    return _LITIGATION.format(detail=detail) + _unsure(p, fmt)


_SUPERSEDED = _fr("La fin du statut était {state}{order} au {since} ({grounds}) ; {case} ({decided}) interdit aux "
                  "tribunaux de contrôler la fin d’un TPS pour des motifs non constitutionnels : le blocage a "
                  "probablement pris fin. Ne pas compter sur la prolongation du statut ; à vérifier.")


def _block_superseded(p: Mapping[str, Any], fmt: Formatter) -> str:
    order = f" ({p['order']})" if p.get("order") else ""
    grounds = ("motifs non constitutionnels" if p.get("grounds") == "non_constitutional"
               else "motifs non consignés")
    state = "bloquée par un tribunal" if p.get("state") == "blocked" else "contestée en justice"
    return _SUPERSEDED.format(state=state, order=order, since=fmt.date(p["since"]), grounds=grounds,
                              case=p.get("case") or "une décision ultérieure",
                              decided=fmt.date(p["decided"])) + _unsure(p, fmt)


def _task(p: Mapping[str, Any], fmt: Formatter) -> str:
    return p.get("title") or "Tâche"


TEXTS: dict[str, Any] = {
    # -- titres : ce qui arrive à échéance
    "deadline.title.status_end": _status_end,
    "deadline.title.ead_end": "Expiration du permis de travail (EAD)",
    "deadline.title.tps_designation_end": "Fin du TPS ({country:country}) pour tous ses bénéficiaires",
    "deadline.title.tps_status_unknown": _fr("TPS ({country:country}) : statut inconnu, à vérifier"),
    "deadline.title.parole_program_end": "Fin de la libération conditionnelle pour motifs humanitaires de tous les "
                                         "bénéficiaires du programme {program}",
    "deadline.title.claim_window_end": "Fin du délai de {days} jours après le passage de la frontière",
    "deadline.title.claim_bar": _claim_bar_title,
    "deadline.title.ee_application_due": "Date limite de la demande (Entrée express)",
    "deadline.title.language_test_expires": "Expiration des résultats du test de langue",
    "deadline.title.police_certificate_too_old": "Certificat de police trop ancien",
    "deadline.title.medical_exam_expires": "Expiration de l’examen médical",
    "deadline.title.passport_expires": "Expiration du passeport",
    "deadline.title.task": _task,
    # -- fondements : d’où vient la date
    "deadline.basis.client_date": "Date inscrite au dossier.",
    "deadline.basis.client_date_tps_designation_end": _fr("Date inscrite au dossier ; le TPS ({country:country}) "
                                                          "prend fin le même jour pour tous ses bénéficiaires."),
    "deadline.basis.task": "Tâche de suivi du dossier.",
    "deadline.basis.tps_designation_end": "Date à laquelle le TPS ({country:country}) prend fin pour tous ses "
                                          "bénéficiaires.",
    "deadline.basis.parole_program_end": "La libération conditionnelle pour motifs humanitaires non expirée du "
                                         "programme {program} prend fin à cette date.",
    "deadline.basis.claim_window": _claim_window,
    "deadline.basis.tps_automatic_extension": _fr(
        "La désignation ({country:country}) courait jusqu’au {ended:date} et aucune décision sur la suite n’est "
        "consignée : elle n’est pas présentée comme échue. Si aucune décision n’a été publiée au moins 60 jours "
        "avant la fin, {provision} la prolonge automatiquement de {months} mois à la fois, jusqu’au {until:date}."),
    "deadline.basis.claim_bar": _claim_bar,
    "deadline.basis.ee_invitation": _fr("Invitation à présenter une demande reçue le {invited:date} ; la demande "
                                        "doit être présentée dans les {days} jours."),
    "deadline.basis.language_test": _fr("Test de langue passé le {taken:date}, valable {months} mois ; la demande "
                                        "doit être reçue avant cette date."),
    "deadline.basis.police_certificate": _fr("Certificat de police délivré le {taken:date}, accepté pendant "
                                             "{months} mois ; la demande doit être reçue avant cette date."),
    "deadline.basis.medical_exam": _fr("Examen médical passé le {taken:date}, valable {months} mois ; la demande "
                                       "doit être reçue avant cette date."),
    "deadline.cited": _fr("Source : {source}."),
    # -- mises en garde : à vérifier avant de se fier à la date
    "deadline.caveat.court_blocked": _court_blocked,
    "deadline.caveat.litigation_unknown": _litigation_unknown,
    "deadline.caveat.court_block_superseded": _block_superseded,
    "deadline.caveat.tps_status_unknown": _fr(
        "Statut inconnu, à vérifier : aucune décision sur le TPS ({country:country}) après le {ended:date} n’est "
        "consignée ; cette date est celle où mènerait la prolongation automatique, non une fin connue."),
    "deadline.caveat.own_parole_date_superseded": _fr(
        "La date de l’I-94 du client ({own:date}) est plus tardive, mais la libération conditionnelle pour motifs "
        "humanitaires du programme {program} a pris fin le {ends:date} : cette date est remplacée, ce n’est pas une "
        "échéance en cours."),
    "deadline.caveat.source_unconfirmed": _fr("Source des données de politique non confirmée "
                                              "({confidence:confidence}) : à vérifier avant de s’y fier."),
    "deadline.caveat.c12_unconfirmed": _fr("Règle du projet de loi C-12 non confirmée ({confidence:confidence}) : "
                                           "à vérifier avant de s’y fier."),
    "deadline.caveat.tps_2023_designation_end": ("Les personnes inscrites uniquement au titre de la désignation de "
                                                 "2023 ont perdu le TPS le {ended:date}."),
    "deadline.caveat.ead_tps_auto_extension": _fr("Si cet EAD a été délivré au titre du TPS ({country:country}), il "
                                                  "est automatiquement prolongé jusqu’au {until:date} ; vérifier sa "
                                                  "catégorie avant de se fier à cette date plus tardive."),
    "deadline.caveat.ead_parole_revoked": ("Si cet EAD reposait sur la libération conditionnelle pour motifs "
                                           "humanitaires du programme {program}, il a été révoqué avec elle et "
                                           "n’est peut-être déjà plus valide."),
    # -- l’export d’agenda (.ics)
    "deadline.calendar.client": "dossier {id}",
    "deadline.calendar.reminder": lambda p, fmt: f"{p['title']} ({p['who']}) dans {fmt.num(p['days'])} "
                                                 f"{'jour' if p['days'] == 1 else 'jours'}",
}
