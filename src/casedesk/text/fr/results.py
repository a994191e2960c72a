"""Les mots français des autres résultats d’admissibilité (séjour temporaire, demande d’asile,
Entrée express, candidats des provinces, famille, affaires) et des faits manquants (``field.*``).

Même typographie que ``pathways.py`` : espace insécable avant « : ; ? ! », à l’intérieur des
guillemets et entre un nombre et son unité, apostrophe typographique. Les textes sont écrits avec
des espaces ordinaires ; ``_typo`` place les espaces insécables une fois pour toutes (sur les
gabarits, et sur ce que rendent les fonctions).

Sigles : ETPS (Entente sur les tiers pays sûrs), LIPR, RIPR, CISR, ERAR, EIMT, EDE, SCG, NCLC,
FEER, CNP, PCP, PSTQ.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ..formatting import Formatter
from ..render import Template

NBSP = "\u00a0"
_BEFORE = re.compile(r" ([:;?!»])")
_AFTER = re.compile(r"« ")
_UNIT = re.compile(r"(\d|\}) (ans|an|mois|jours|jour|points|semaines|heures|années|année|personnes)\b")
# French singular below two: « 0 année », « 1,5 année », « une famille d’une personne ».
_SINGULAR = re.compile(r"(?<![\d,])([01](?:,\d+)?) années\b")
_ONE_PERSON = re.compile(r"une famille de 1 personnes")
_COUNTED = re.compile(r"\} (années|personnes)")


def _typo(text: str) -> str:
    text = _SINGULAR.sub(r"\1 année", text)
    text = _ONE_PERSON.sub("une famille d’une personne", text)
    text = _BEFORE.sub(NBSP + r"\1", text)
    text = _AFTER.sub("«" + NBSP, text)
    return _UNIT.sub(r"\1" + NBSP + r"\2", text)


def _typed(template: Template) -> Template:
    if isinstance(template, str) and not _COUNTED.search(template):
        return _typo(template)
    if isinstance(template, str):  # a count before "années"/"personnes": the number decides the plural
        text = template
        return lambda p, f: _typo(f.vformat(text, (), dict(p)))
    function: Callable[[Mapping[str, Any], Formatter], str] = template
    return lambda p, f: _typo(function(p, f))


def _cap(words: str) -> str:
    return words[:1].upper() + words[1:]


def _status(p: Mapping[str, Any], f: Formatter) -> str:
    """« la libération conditionnelle CHNV », « le TPS pour Haïti » : un statut américain en mots."""
    kind = p.get("status") or "other"
    if kind == "parole" and p.get("program"):
        return f"la libération conditionnelle pour motifs humanitaires ({p['program']})"
    if kind == "tps" and p.get("country"):
        return f"le statut de protection temporaire (TPS) pour {_country(p['country'], f)}"
    return f"le statut « {f.word('us_status', kind)} »"


def _country(code: Any, f: Formatter) -> str:
    return f.word("country", code)


def _claim(p: Mapping[str, Any], f: Formatter, on: bool = True) -> str:
    """« présentée le 3 mars 2026 » pour une demande faite, « si elle était présentée aujourd’hui » sinon."""
    if not p["made"]:
        return "si elle était présentée aujourd’hui" if not on else \
            f"si elle était présentée aujourd’hui, le {f.date(p['claim_day'])}"
    return f"présentée le {f.date(p['claim_day'])}" if on else "présentée"


def _ended(p: Mapping[str, Any], f: Formatter) -> str:
    return (f"{_cap(_status(p, f))} a pris fin le {f.date(p['on'])} : il ne rattache plus la personne cliente aux "
            "États-Unis.")


def _temporary_until(p: Mapping[str, Any], f: Formatter) -> str:
    return f"{_cap(_status(p, f))} court jusqu’au {f.date(p['until'])}, mais il est temporaire."


def _temporary_end_unknown(p: Mapping[str, Any], f: Formatter) -> str:
    return f"{_cap(_status(p, f))} est temporaire ; sa date de fin n’est pas consignée."


def _block_superseded(p: Mapping[str, Any], f: Formatter) -> str:
    grounds = ("pour des motifs non constitutionnels" if p.get("grounds") == "non_constitutional"
               else "pour des motifs non consignés")
    case = p.get("case") or "une décision ultérieure"
    return (f"Le TPS pour {_country(p['country'], f)} a pris fin le {f.date(p['ended'])}, sauf si une ordonnance "
            f"judiciaire tient toujours : la fin avait été suspendue au {f.date(p['since'])} {grounds}, et "
            f"{case} ({f.date(p['decided'])}) interdit aux tribunaux de contrôler la fin d’un TPS pour des motifs "
            "non constitutionnels ; la suspension a donc probablement pris fin : statut inconnu — à vérifier.")


def _parole_superseded(p: Mapping[str, Any], f: Formatter) -> str:
    verb = "a pris fin" if p.get("ended") else "prend fin"
    return (f"La libération conditionnelle {p['program']} {verb} le {f.date(p['ends'])} pour toutes les personnes qui "
            f"en bénéficient : la date du formulaire I-94 de la personne cliente, le {f.date(p['own'])}, est "
            "supplantée par la fin du programme.")


def _order(p: Mapping[str, Any]) -> str:
    return f" ({p['order']})" if p.get("order") else ""


def _family_exception(p: Mapping[str, Any], f: Formatter) -> str:
    relation, status = f.word("relation", p["relation"]), f.word("status", p["status"])
    return (f"Exception pour les membres de la famille : un membre de la famille au Canada ({relation}) dont le "
            f"statut est « {status} » (exception à l’ETPS, RIPR, al. 159.5a) à h)).")


def _one_year_bar(p: Mapping[str, Any], f: Formatter) -> str:
    entry = ("sa première entrée au Canada après le 24 juin 2020" if p.get("first")
             else "son entrée au Canada")
    return (f"La demande ({_claim(p, f)}) arrive plus d’un an après {entry}, le {f.date(p['entered'])} "
            f"(dans les délais jusqu’au {f.date(p['last_day'])}) ; selon le projet de loi C-12, elle est "
            "irrecevable devant la CISR, qu’elle soit présentée à un point d’entrée ou au Canada, même si la "
            "personne a quitté le Canada puis y est revenue.")


def _programs(p: Mapping[str, Any], f: Formatter) -> str:
    names = [f.word("program", code) for code in p["programs"]]
    return f"Admissible au bassin au titre de : {f.join(names)}."


def _cutoff(p: Mapping[str, Any], f: Formatter) -> str:
    when = f.date(p["draw_date"]) if p.get("draw_date") else "date inconnue"
    text = f"Dernière ronde ({f.word('draw', p['draw'])}) : note de passage {p['score']} ({when})"
    if p.get("stale"):
        age = f"datant de {f.num(p['age_days'])} jours" if p.get("age_days") is not None else "date inconnue"
        text += f" : périmée ({age}) ; vérifier les dernières rondes"
    return text + "."


def _rounds(p: Mapping[str, Any], f: Formatter) -> str:
    names = [f.word("draw", code) for code in p["rounds"]]
    return (f"Les rondes consignées ({f.join(names)}) n’invitent pas ce profil : seule une ronde tous programmes, une "
            "ronde d’un de ses programmes, une nomination provinciale, le français au NCLC 7 ou une catégorie "
            "professionnelle qu’il remplit le feraient.")


def _province(p: Mapping[str, Any]) -> str:
    return p["province"] or "la province"


def _self_employed_paused(p: Mapping[str, Any], f: Formatter) -> str:
    since = f"le {f.date(p['since'])}" if p.get("since") else "sa suspension"
    return (f"Le Programme fédéral des travailleurs autonomes n’accepte plus de nouvelles demandes depuis {since} ; "
            "la suspension dure jusqu’à nouvel ordre.")


def _start_up_closed(p: Mapping[str, Any], f: Formatter) -> str:
    text = ("Le Programme de visa pour démarrage d’entreprise n’accepte plus de nouvelles demandes de résidence "
            f"permanente depuis le {f.date(p['closed'])}.")
    if p.get("certificates_until"):
        text += (" Les titulaires d’un certificat d’engagement de 2025 pouvaient encore présenter une demande "
                 f"jusqu’au {f.date(p['certificates_until'])}.")
    return text


def _stale_cutoff(p: Mapping[str, Any], f: Formatter) -> str:
    age = (f"date de {f.num(p['days'])} jours" if p.get("days") is not None
           else "provient d’une ronde dont la date est inconnue")
    limit = f" (périmée après {f.num(p['limit'])} jours)" if p.get("limit") is not None else ""
    return (f"La note de passage ({f.word('draw', p['draw'])}) {age}{limit} : des rondes plus récentes ont pu la "
            "hausser ou la baisser ; ce n’est donc pas une réponse prometteuse avant vérification.")


_TEXTS: dict[str, Template] = {
    # --- séjour temporaire : visa de visiteur, permis d’études, permis de travail ----------------------
    "temporary.summary.holds_document": (
        "Détient déjà un visa ou un permis canadien valide : {pathway:pathway} possible"),
    "temporary.reason.holds_document": (
        "La personne détient un visa ou un permis canadien valide ; le voyage au Canada est donc possible, mais "
        "l’agent des services frontaliers décide de l’admission, et le séjour reste temporaire."),
    "temporary.step.check_document": "Vérifier le type du document et sa date d’expiration.",
    "temporary.step.plan_permanent": "Prévoir une voie permanente avant son expiration.",
    "temporary.summary.depends_on_us_status": "{pathway:pathway} : dépend du statut de la personne aux États-Unis",
    "temporary.reason.depends_on_us_status": (
        "Sa capacité à démontrer qu’elle quittera le Canada dépend de son statut aux États-Unis."),
    "temporary.reason.intent_doubtful": (
        "Son statut aux États-Unis est temporaire ou prend fin et on ne peut pas s’attendre à ce qu’elle rentre dans "
        "son pays ; un agent sera donc difficilement convaincu qu’elle quittera le Canada (RIPR, al. 179b))."),
    "temporary.reason.us_visa_ties": (
        "La personne détient un statut de visa américain qui ne prend pas fin, ce qui peut démontrer des attaches "
        "justifiant son retour."),
    "temporary.reason.us_lasting_ties": (
        "La citoyenneté américaine ou la résidence permanente aux États-Unis est une attache durable justifiant le "
        "retour, ce qui aide à démontrer le caractère temporaire du séjour au Canada."),
    "temporary.summary.visa_exempt": "Aucun visa de visiteur requis : {status:us_status}, dispense de visa",
    "temporary.reason.visa_exempt": (
        "Les personnes ayant la {status:us_status} sont dispensées de visa pour le Canada (RIPR, art. 190) ; un "
        "agent des services frontaliers vérifie tout de même que la visite est temporaire (RIPR, al. 179b))."),
    "temporary.step.visa_exempt_border": (
        "Voyager avec le passeport américain et des preuves d’attaches (emploi, domicile) pour l’agent des services "
        "frontaliers ; une visite ne mène pas à un établissement."),
    "temporary.summary.intent_to_return": "{pathway:pathway} : peu probable — intention de retour (RIPR, al. 179b))",
    "temporary.summary.strong_application": "{pathway:pathway} : possible, avec une demande solide",
    "study_permit.step.attestation_letter": (
        "La plupart des demandes de permis d’études exigent une lettre d’attestation provinciale ou territoriale "
        "(LAP) dans le cadre du plafond national."),
    "visitor_visa.step.what_would_change": (
        "Ce qui changerait la réponse : un statut américain valide qui se poursuit, des biens, une famille ou un "
        "emploi qui exigent son retour, ou un motif urgent de visite avec une preuve de départ."),
    "visitor_visa.step.refusal_stays": (
        "Ne pas compter sur un visa de visiteur pour rester : un refus demeure au dossier."),
    "study_permit.step.what_would_change": (
        "Ce qui changerait la réponse : une lettre d’acceptation d’un établissement d’enseignement désigné, une "
        "preuve de fonds et un plan d’études crédible avec des attaches justifiant le retour."),
    "study_permit.step.spouse_work_permit": (
        "L’époux ou le conjoint au Canada d’une personne titulaire d’un permis d’études peut être admissible à un "
        "permis de travail."),
    "work_permit.reason.job_offer": (
        "La personne a une offre d’emploi au Canada, qui peut appuyer un permis de travail lié à un employeur (avec "
        "une EIMT ou une dispense) ; la double intention est permise (LIPR, par. 22(2))."),
    "work_permit.step.what_would_change": (
        "Ce qui changerait la réponse : une offre d’emploi avec une EIMT ou une dispense d’EIMT, ou un permis de "
        "travail ouvert par l’entremise d’un époux ou d’un conjoint qui étudie ou travaille au Canada."),
    "work_permit.step.ask_employer": "Demander à l’employeur s’il présentera une demande d’EIMT.",

    # --- attaches aux États-Unis ------------------------------------------------------------------------
    "us_ties.citizen": "La personne cliente a la citoyenneté américaine.",
    "us_ties.permanent_resident": "La personne cliente a la résidence permanente aux États-Unis.",
    "us_ties.visa": lambda p, f: (
        f"Statut de visa américain valide jusqu’au {f.date(p['until'])}." if p.get("until") else
        "Statut de visa américain ; sa date de fin n’est pas consignée."),
    "us_ties.ended": _ended,
    "us_ties.temporary_until": _temporary_until,
    "us_ties.temporary_end_unknown": _temporary_end_unknown,
    "us_ties.tps_until": (
        "Le TPS pour {country:country} court jusqu’au {until:date}, mais il est temporaire."),
    "us_ties.tps_unknown": (
        "Le TPS pour {country:country} devait prendre fin le {ended:date} ; aucune décision n’est consignée : statut "
        "inconnu — à vérifier (si aucune décision n’a été publiée à temps, la loi le prolonge automatiquement, "
        "jusqu’au {extended_to:date})."),
    "us_ties.tps_block_superseded": _block_superseded,
    "us_ties.tps_blocked": lambda p, f: (
        f"Il a été mis fin au TPS pour {_country(p['country'], f)} à compter du {f.date(p['ended'])}, mais cette fin "
        f"est suspendue par un tribunal{_order(p)} : le statut peut se poursuivre tant que l’ordonnance tient — à "
        "vérifier."),
    "us_ties.tps_litigation_unknown": lambda p, f: (
        f"Il a été mis fin au TPS pour {_country(p['country'], f)} à compter du {f.date(p['ended'])} ; l’issue du "
        "litige n’est pas connue — à vérifier."),
    "us_ties.parole_superseded": _parole_superseded,
    "us_ties.parole_blocked": lambda p, f: (
        f"Il a été mis fin à la libération conditionnelle {p['program']} à compter du {f.date(p['ended'])}, mais "
        f"cette fin est suspendue par un tribunal{_order(p)} : la libération conditionnelle peut se poursuivre tant "
        "que l’ordonnance tient — à vérifier."),
    "us_ties.none_recorded": (
        "Aucun statut américain n’est consigné : rien aux États-Unis ne montre un lieu où retourner ; seules des "
        "attaches ailleurs le pourraient."),

    # --- Entente sur les tiers pays sûrs et demandes d’asile ------------------------------------------
    "stca.exception.family": _family_exception,
    "stca.exception.minor": (
        "Exception pour les mineurs non accompagnés : moins de {age_limit} ans, sans parent ni tuteur légal qui "
        "l’accompagne ou qui se trouve au Canada ou aux États-Unis, et sans époux ni conjoint."),
    "stca.exception.documents": (
        "Exception pour les titulaires de documents : détient un visa canadien valide (autre qu’un visa de "
        "transit), un permis de travail ou d’études, ou un autre titre d’admission."),
    "stca.exception.public_interest": (
        "Exception d’intérêt public : accusation ou condamnation pour une infraction passible de la peine de mort."),
    "stca.step.gather_proof": (
        "Réunir la preuve de l’exception (preuve du statut du membre de la famille et du lien de parenté, ou le "
        "document) avant de se présenter au point d’entrée terrestre."),
    "stca.step.refer_lawyer": (
        "La demande doit encore être recevable et fondée : orienter vers une avocate ou un avocat canadien en droit "
        "des réfugiés."),
    "poe_claim.summary.exception": "Une exception à l’ETPS s’applique : {exception:stca_exception}",
    "poe_claim.reason.exception_lets_claim": (
        "Grâce à une exception, une demande présentée à un point d’entrée terrestre n’est pas interdite par "
        "l’Entente sur les tiers pays sûrs."),
    "poe_claim.summary.facts_missing": "Interdite par l’ETPS sauf exception : faits manquants",
    "poe_claim.reason.facts_missing": (
        "Une demande présentée à un point d’entrée terrestre est interdite par l’Entente sur les tiers pays sûrs, "
        "sauf exception ; certains faits qui décident des exceptions sont inconnus."),
    "poe_claim.step.ask_exception_facts": (
        "Se renseigner sur la famille au Canada et son statut, les visas ou permis canadiens et, pour un mineur, "
        "les parents ou tuteurs."),
    "poe_claim.summary.barred": "Interdite par l’Entente sur les tiers pays sûrs (aucune exception)",
    "poe_claim.reason.barred": (
        "Une demande d’asile présentée à un point d’entrée terrestre entre le Canada et les États-Unis est interdite "
        "par l’ETPS, et aucune exception ne s’applique : aucun membre de la famille admissible au Canada (les "
        "cousins ne comptent pas), pas de mineur non accompagné, aucun visa ni permis canadien, aucune exposition "
        "à la peine de mort."),
    "poe_claim.summary.one_year_bar": "Irrecevable : plus d’un an depuis l’entrée au Canada (C-12)",
    "poe_claim.reason.one_year_bar": _one_year_bar,
    "poe_claim.step.other_routes": (
        "Examiner les autres voies ; un changement de statut d’un membre de la famille (par exemple l’obtention de "
        "la résidence permanente) changerait cette réponse."),
    "irregular_claim.summary.entry_unknown": "Dépend de l’entrée au Canada, et de sa manière",
    "irregular_claim.reason.entry_unknown": (
        "La réponse dépend de la manière et de la date de l’entrée (ou de l’entrée envisagée) au Canada."),
    "irregular_claim.summary.crossing_date_unknown": "Passage entre les points d’entrée : à quelle date ?",
    "irregular_claim.reason.crossing_date_unknown": (
        "La personne est passée entre les points d’entrée ; l’interdiction d’une demande (ETPS dans les 14 jours, "
        "projet de loi C-12 après le 14e jour, interdiction d’un an) dépend de la date du passage."),
    "irregular_claim.summary.not_irregular": "Pas une entrée irrégulière : voir la demande à un point d’entrée",
    "irregular_claim.reason.not_irregular": (
        "La personne est entrée (ou entrerait) par un point d’entrée ou un aéroport ; cette voie ne s’applique donc "
        "pas, et la demande y est évaluée comme une demande présentée à un point d’entrée."),
    "irregular_claim.summary.not_covered": (
        "Une demande après un passage entre les points d’entrée n’est pas interdite par l’ETPS"),
    "irregular_claim.reason.not_covered": (
        "Avant le 25 mars 2023, l’ETPS ne s’appliquait qu’aux points d’entrée : une demande présentée après un "
        "passage entre les points d’entrée n’était pas interdite."),
    "irregular_claim.step.not_lawful_entry": (
        "Passer entre les points d’entrée n’est pas une entrée légale ; orienter vers une avocate ou un avocat en "
        "droit des réfugiés avant toute décision."),
    "irregular_claim.summary.closed_after_window": "Irrecevable : C-12 ferme la demande après le {window}e jour",
    "irregular_claim.reason.closed_after_window": (
        "Depuis le Protocole additionnel de 2023, une demande présentée dans les {window} jours d’un passage entre "
        "les points d’entrée est renvoyée en vertu de l’ETPS, et aucune exception ne s’applique à la personne ; "
        "depuis le projet de loi C-12 (en vigueur le {c12_in_force:date}), une demande présentée après le "
        "{window}e jour est irrecevable devant la CISR (il ne reste que l’ERAR)."),
    "irregular_claim.summary.inadvisable_use_port": (
        "Déconseillé : une exception à l’ETPS s’applique ; présenter plutôt la demande à un point d’entrée"),
    "irregular_claim.reason.exception_use_port": (
        "Grâce à cette exception, une demande présentée dans les {window} jours d’un passage entre les points "
        "d’entrée pourrait être traitée ; la voie n’est donc pas fermée. Mais passer entre les points d’entrée n’est "
        "pas une entrée légale, une demande après le {window}e jour est irrecevable selon le projet de loi C-12 (en "
        "vigueur le {c12_in_force:date}), et la même exception permet de présenter la demande à un point d’entrée "
        "terrestre."),
    "irregular_claim.step.use_the_port": (
        "Présenter la demande à un point d’entrée terrestre avec la preuve de l’exception ; ne pas conseiller un "
        "passage entre les points d’entrée."),
    "irregular_claim.summary.not_crossed_exceptions_to_check": (
        "Pas au Canada : l’interdiction d’un passage dépend des exceptions à l’ETPS"),
    "irregular_claim.reason.not_crossed_exceptions_to_check": (
        "Une demande présentée dans les {window} jours d’un passage entre les points d’entrée est renvoyée en vertu "
        "de l’ETPS, sauf exception, et une demande après le {window}e jour est irrecevable selon le projet de loi "
        "C-12 (en vigueur le {c12_in_force:date}) ; certains faits qui décident des exceptions sont inconnus. Dans "
        "tous les cas, le point d’entrée est la voie légale."),
    "irregular_claim.step.do_not_advise_crossing": (
        "Ne pas conseiller un passage irrégulier ; vérifier plutôt les exceptions à l’ETPS à un point d’entrée."),
    "irregular_claim.summary.risky": (
        "Risqué : seulement une demande après {window} jours passés au Canada sans être repéré"),
    "irregular_claim.reason.risky": (
        "Depuis le 25 mars 2023, une personne qui passe entre les points d’entrée et présente une demande dans les "
        "{window} jours est renvoyée aux États-Unis en vertu de l’ETPS ; une demande présentée après le {window}e "
        "jour peut être traitée, mais rester sans être repéré est risqué et juridiquement précaire."),
    "irregular_claim.step.refer_lawyer_exceptions_first": (
        "Orienter vers une avocate ou un avocat en droit des réfugiés ; vérifier d’abord les exceptions à l’ETPS à "
        "un point d’entrée."),
    "irregular_claim.summary.one_year_bar": "Irrecevable : demande plus d’un an après l’entrée (C-12)",
    "irregular_claim.reason.one_year_bar": _one_year_bar,
    "irregular_claim.step.prra": "L’examen des risques avant renvoi (ERAR) est la voie de protection qui reste.",
    "irregular_claim.summary.exception_within_window": (
        "Dans les {window} jours, mais une exception à l’ETPS s’applique"),
    "irregular_claim.reason.exception_within_window": lambda p, f: (
        f"La demande ({_claim(p, f, on=False)}) est présentée dans les {p['window']} jours du passage, période où "
        "l’ETPS s’applique ; l’exception permet de la traiter."),
    "irregular_claim.summary.exceptions_to_check": (
        "Dans la période de {window} jours de l’ETPS : exceptions à vérifier"),
    "irregular_claim.reason.exceptions_to_check": (
        "Jour {day} après le passage : une demande présentée maintenant est renvoyée en vertu de l’ETPS, sauf "
        "exception, et certains faits qui décident des exceptions sont inconnus."),
    "irregular_claim.summary.within_window": (
        "Interdite : dans les {window} jours d’un passage irrégulier (ETPS)"),
    "irregular_claim.reason.within_window": (
        "Jour {day} après un passage entre les points d’entrée : une demande présentée dans les {window} jours est "
        "renvoyée aux États-Unis en vertu de l’ETPS, et aucune exception ne s’applique."),
    "irregular_claim.reason.later_claim_not_barred": (
        "Selon les règles en vigueur le {today:date}, une demande présentée à partir du {first_day:date} (jour "
        "{day}) ne serait pas interdite."),
    "irregular_claim.summary.after_window_c12": "Irrecevable : demande après le {window}e jour (projet de loi C-12)",
    "irregular_claim.reason.after_window_c12": lambda p, f: (
        f"La demande ({_claim(p, f)}) arrive {p['days']} jours après un passage entre les points d’entrée ; selon le "
        f"projet de loi C-12 (en vigueur le {f.date(p['c12_in_force'])}), une demande présentée après le "
        f"{p['window']}e jour est irrecevable devant la CISR."),
    "irregular_claim.summary.crossed_before_protocol": (
        "Passage avant que l’ETPS ne vise les passages entre les points d’entrée"),
    "irregular_claim.reason.crossed_before_protocol": lambda p, f: (
        f"La personne est passée entre les points d’entrée le {f.date(p['entered'])}, avant le Protocole additionnel "
        "(en vigueur le 25 mars 2023) : l’ETPS ne visait pas une demande présentée après un tel passage, et la "
        f"demande ({_claim(p, f)}) n’est pas visée par le projet de loi C-12."),
    "irregular_claim.step.claim_without_delay": (
        "Présenter la demande sans tarder et orienter vers une avocate ou un avocat en droit des réfugiés."),
    "irregular_claim.summary.after_window_before_c12": (
        "Demande après le {window}e jour recevable (règles antérieures à C-12)"),
    "irregular_claim.reason.after_window_before_c12": lambda p, f: (
        f"La demande ({_claim(p, f, on=False)}) arrive {p['days']} jours après un passage entre les points "
        f"d’entrée : après la période de {p['window']} jours de l’ETPS et avant que le projet de loi C-12 ne ferme "
        "cette voie."),
    "claim_rules.summary.unaccompanied_minor": (
        "Visé par le projet de loi C-12, mais les agents doivent tenir compte de la situation d’un mineur"),
    "claim_rules.reason.unaccompanied_minor": (
        "La personne a moins de 18 ans et n’est pas connue comme accompagnée d’un parent ou d’un tuteur : les agents "
        "doivent recevoir des directives pour tenir compte de la situation particulière des mineurs non accompagnés "
        "visés par les règles du projet de loi C-12 ; la demande n’est donc pas simplement irrecevable, mais "
        "l’issue est incertaine."),
    "claim_rules.step.seek_counsel_minor": (
        "Trouver dès maintenant un conseil pour le mineur (une avocate ou un avocat en droit des réfugiés, et un "
        "représentant désigné pour la demande)."),
    "claim_rules.reason.bar_falls": lambda p, f: (
        f"Interdiction d’un an du projet de loi C-12 : une demande présentée après le {f.date(p['last_day'])} est "
        "irrecevable (un an après "
        f"{'la première entrée après le 24 juin 2020' if p.get('first') else 'l’entrée'}, le "
        f"{f.date(p['entered'])})."),
    "claim_rules.reason.first_entry_unknown": (
        "Compté depuis l’entrée du {entered:date} : si la personne est entrée au Canada plus tôt (après le 24 juin "
        "2020), même si elle en est repartie depuis, l’année court depuis cette première entrée. La consigner."),
    "claim_rules.step.ask_earlier_entries": (
        "Demander si la personne est venue au Canada depuis le 24 juin 2020 : selon le projet de loi C-12, une "
        "demande présentée plus d’un an après cette première entrée est irrecevable, même après un départ et un "
        "retour."),
    "refugee.summary.us_citizen": (
        "L’ETPS ne s’applique pas à une personne de citoyenneté américaine, mais la demande doit démontrer un risque "
        "aux États-Unis"),
    "refugee.reason.stca_not_for_us_citizens": (
        "L’Entente sur les tiers pays sûrs ne s’applique pas aux citoyens américains (RIPR, art. 159.2) : une "
        "demande n’est pas renvoyée en vertu de celle-ci."),
    "refugee.reason.claim_against_us": (
        "Une demande d’asile doit démontrer une crainte fondée dans chaque pays de citoyenneté, y compris les "
        "États-Unis ; les demandes visant les États-Unis aboutissent rarement."),
    "refugee.step.us_citizen_other_routes": (
        "Examiner les voies ouvertes aux citoyens américains (travail, études, famille, Entrée express) avant une "
        "demande d’asile."),

    # --- Entrée express ---------------------------------------------------------------------------------
    "express_entry.summary.needs_facts": "Études, expérience de travail et langues requises pour calculer la note",
    "express_entry.reason.needs_facts": (
        "Entrée express classe les candidats selon l’âge, les études, les langues et l’expérience de travail ; ces "
        "renseignements ne sont pas encore consignés."),
    "express_entry.summary.no_grid": (
        "Aucune grille de classement d’Entrée express (SCG) dans les données de politique pour cette date"),
    "express_entry.reason.no_grid": (
        "Les données de politique ne contiennent aucune grille du SCG en vigueur le {on:date} ; aucune note ne peut "
        "être calculée."),
    "express_entry.summary.intends_quebec": (
        "Compte vivre au Québec : le Québec sélectionne lui-même ses travailleurs qualifiés"),
    "express_entry.reason.intends_quebec": (
        "Les programmes fédéraux d’Entrée express exigent l’intention de vivre hors du Québec ; le Québec "
        "sélectionne lui-même les travailleurs qualifiés (PSTQ, par Arrima)."),
    "quebec.step.check_pstq": "Vérifier le Programme de sélection des travailleurs qualifiés du Québec (PSTQ).",
    "express_entry.reason.score": (
        "Note SCG de {score} au {as_of:date} (facteurs de base {core}, époux ou conjoint {spouse}, transférabilité "
        "{transferability}, points supplémentaires {additional})."),
    "express_entry.reason.general_cutoff": "Dernière note de passage générale : {score} ({draw_date:date}).",
    "express_entry.reason.programs": _programs,
    "express_entry.reason.cutoff": _cutoff,
    "express_entry.summary.no_round": "SCG {score} : aucune ronde récente ouverte à ce profil",
    "express_entry.reason.no_round": _rounds,
    "express_entry.step.open_rounds": (
        "Une nomination provinciale (+600 et rondes du PCP), le français au NCLC 7 ou plus, une année de travail au "
        "Canada ou 12 mois dans une catégorie professionnelle ouvriraient des rondes à ce profil."),
    "express_entry.summary.above_stale_cutoff": (
        "SCG {score} : égale ou supérieure à la note de passage ({draw:draw}, {cutoff}), mais celle-ci est périmée"),
    "express_entry.reason.stale_cutoff": _stale_cutoff,
    "express_entry.step.check_latest_rounds": (
        "Vérifier les dernières rondes d’invitations d’IRCC avant de s’y fier."),
    "express_entry.reason.above_recent_range": (
        "Cette note de passage est périmée, mais la note dépasse toutes les notes de passage ({draw:draw}) des "
        "{days} derniers jours (la plus élevée était de {highest}) : vérifier tout de même les dernières rondes."),
    "ee_program.reason.eligible": "{program:program} : les exigences minimales sont remplies.",
    "ee_program.reason.rules_unknown": (
        "{program:program} : aucune exigence dans les données de politique pour le {on:date}."),
    "ee_program.reason.language_short": (
        "{program:program} : niveau NCLC {level} dans la compétence la plus faible ; {needed} est exigé dans les "
        "quatre."),
    "ee_program.reason.fsw_work_short": (
        "Travailleurs qualifiés (fédéral) : {years} années de travail qualifié au cours des {within} dernières "
        "années ; au moins {needed} année de travail qualifié continu est exigée."),
    "ee_program.reason.fsw_education": (
        "Travailleurs qualifiés (fédéral) : un diplôme d’études secondaires ou postsecondaires est exigé (avec une "
        "EDE pour un diplôme étranger)."),
    "ee_program.reason.fsw_points": (
        "Travailleurs qualifiés (fédéral) : {points} points dans la grille de sélection (note de passage "
        "{pass_mark})."),
    "ee_program.reason.fsw_points_so_far": (
        "Travailleurs qualifiés (fédéral) : {points} points jusqu’ici dans la grille de sélection (note de passage "
        "{pass_mark}) ; des faits encore inconnus peuvent en ajouter."),
    "ee_program.reason.fsw_points_short": (
        "Travailleurs qualifiés (fédéral) : {points} points dans la grille de sélection, sous la note de passage de "
        "{pass_mark} (langues {language}, études {education}, expérience {experience}, âge {age}, emploi réservé "
        "{arranged}, capacité d’adaptation {adaptability})."),
    "ee_program.reason.funds_short": (
        "{program:program} : fonds d’établissement de {funds:money} pour une famille de {family} personnes ; "
        "{needed:money} sont exigés (sauf autorisation de travailler au Canada avec une offre d’emploi valide)."),
    "ee_program.reason.funds_met": (
        "{program:program} : des fonds d’établissement de {funds:money} couvrent les {needed:money} exigés pour une "
        "famille de {family} personnes."),
    "ee_program.reason.funds_above_net_worth": (
        "{program:program} : une valeur nette de {net_worth:money} ne peut pas couvrir les fonds d’établissement, au "
        "moins {needed:money} pour une famille de {family} personnes (sauf autorisation de travailler au Canada avec "
        "une offre d’emploi valide)."),
    "ee_program.reason.fsw_work_from_crs_years": (
        "Travailleurs qualifiés (fédéral) : {years} années de travail qualifié au cours des dix dernières années, "
        "tirées des années de travail de la note ; confirmer qu’au moins une année était continue dans une même "
        "profession."),
    "ee_program.reason.funds_table_unknown": (
        "Aucun barème des fonds d’établissement dans les données de politique pour le {on:date} : vérifier le "
        "montant exigé auprès d’IRCC."),
    "ee_program.reason.cec_work_short": (
        "Catégorie de l’expérience canadienne : {years} années de travail qualifié au Canada au cours des {within} "
        "dernières années ; il en faut {needed}."),
    "ee_program.reason.not_skilled_teer": (
        "{program:program} : un travail de catégorie FEER {teer} n’est pas un travail qualifié (FEER 0 à 3)."),
    "ee_program.reason.cec_language_short": (
        "Catégorie de l’expérience canadienne : NCLC {level} dans la compétence la plus faible ; un travail de "
        "catégorie FEER {teer} exige {needed}."),
    "ee_program.reason.fst_work_short": (
        "Métiers spécialisés (fédéral) : {years} années dans un métier spécialisé au cours des {within} dernières "
        "années ; il en faut {needed}."),
    "ee_program.reason.fst_language_short": (
        "Métiers spécialisés (fédéral) : NCLC 5 en expression orale et en compréhension de l’oral, et 4 en "
        "compréhension de l’écrit et en expression écrite, sont exigés."),
    "ee_program.reason.fst_no_offer_or_certificate": (
        "Métiers spécialisés (fédéral) : une offre d’emploi d’au moins un an ou un certificat de compétence "
        "canadien est exigé."),
    "express_entry.reason.french_cutoff": (
        "Dernière note de passage de la catégorie francophone : {score} ({draw_date:date})."),
    "express_entry.step.credential_assessment": (
        "Faire évaluer les diplômes étrangers (évaluation des diplômes d’études, EDE)."),
    "express_entry.step.language_test": (
        "Réserver un test de langue approuvé (IELTS General, CELPIP, PTE Core, TEF Canada ou TCF Canada) s’il n’est "
        "pas fait."),
    "express_entry.step.processing": "Après une invitation, le traitement prend environ {months} mois.",
    "express_entry.summary.cannot_tell": "Impossible de dire encore si un programme convient",
    "express_entry.reason.pool_needs": (
        "Pour entrer dans le bassin, il faut remplir les exigences d’un programme (Travailleurs qualifiés "
        "(fédéral), Catégorie de l’expérience canadienne ou Métiers spécialisés (fédéral)) ; les faits qui en "
        "décident ne sont pas tous consignés."),
    "express_entry.summary.no_programme": "Aucun programme d’Entrée express ne convient encore",
    "express_entry.reason.no_programme": (
        "Pour entrer dans le bassin, il faut remplir les exigences d’un programme : Travailleurs qualifiés "
        "(fédéral) (NCLC 7, une année de travail qualifié au cours des dix dernières années, 67 points, fonds "
        "d’établissement), Catégorie de l’expérience canadienne (une année de travail qualifié au Canada au cours "
        "des trois dernières années, NCLC 7 ou 5 selon la catégorie FEER) ou Métiers spécialisés (fédéral)."),
    "express_entry.step.open_fsw": (
        "Un test de langue au NCLC 7 et une année de travail qualifié ouvriraient le Programme des travailleurs "
        "qualifiés (fédéral)."),
    "express_entry.reason.french_category": (
        "NCLC 7 ou plus dans les quatre compétences en français : admissible aux rondes de la catégorie "
        "francophone."),
    "express_entry.summary.no_cutoff": "SCG {score} ; aucune note de passage consignée pour cette date",
    "express_entry.summary.above_cutoff": (
        "SCG {score} : égale ou supérieure à la note de passage ({draw:draw}, {cutoff})"),
    "express_entry.step.create_profile": "Créer dès maintenant un profil Entrée express.",
    "express_entry.summary.near_cutoff": "SCG {score} : {gap} points sous la note de passage ({draw:draw})",
    "express_entry.reason.near_cutoff": (
        "Proche de la note de passage : de meilleurs résultats linguistiques ou une nomination provinciale (+600) "
        "changeraient la réponse."),
    "express_entry.summary.far_below": "SCG {score} : loin sous la note de passage ({draw:draw}, {cutoff})",
    "express_entry.reason.far_below": (
        "Les notes de passage récentes dépassent largement cette note ; une nomination provinciale (+600) ou le "
        "français au NCLC 7 ou plus changerait la donne."),

    # --- candidats des provinces -------------------------------------------------------------------------
    "pnp.reason.allocation": "L’allocation {year} pour l’ensemble des provinces est de {count:num} nominations.",
    "pnp.summary.nominated": "Détient déjà une nomination provinciale",
    "pnp.reason.nominated": (
        "Une nomination provinciale ajoute 600 points au SCG dans Entrée express, ou mène à une demande de base au "
        "titre du PCP."),
    "pnp.step.apply_within_validity": (
        "Présenter la demande de résidence permanente pendant la validité de la nomination."),
    "pnp.summary.quebec": "Le Québec n’a pas de PCP : il sélectionne ses propres immigrants",
    "pnp.reason.quebec": (
        "Le Québec ne participe pas au Programme des candidats des provinces ; il mène sa propre sélection (PSTQ, "
        "par Arrima)."),
    "pnp.summary.job_offer": lambda p, f: (
        f"Offre d’emploi ({_province(p)}) : vérifier les volets axés sur l’employeur"),
    "pnp.reason.job_offer": (
        "La plupart des provinces favorisent désormais les personnes qui y vivent ou y travaillent déjà, ou qui ont "
        "une offre d’emploi ; avec une offre d’emploi au Canada, un volet employeur peut convenir."),
    "pnp.step.check_streams": lambda p, f: (
        f"Vérifier les volets du programme des candidats ({_province(p)}) pour la profession (FEER "
        f"{p['teer'] if p.get('teer') is not None else '?'})."),
    "pnp.summary.depends_on_ties": "Dépend d’une offre d’emploi ou d’attaches avec une province",
    "pnp.reason.depends_on_ties": (
        "Les provinces nomment surtout des personnes qui ont une offre d’emploi, ou qui travaillent ou étudient "
        "dans la province."),
    "pnp.summary.no_ties": "Peu probable sans offre d’emploi ni attaches avec une province",
    "pnp.reason.no_ties": (
        "Sans offre d’emploi, résidence ou travail dans une province, peu de volets sont ouverts : les provinces ont "
        "réduit leurs admissions (d’environ 50 % en 2025) et favorisent les personnes déjà sur place."),
    "pnp.step.review_streams": (
        "Examiner tout de même les volets des provinces pour les professions en demande (santé, métiers, "
        "francophones)."),

    # --- autres parrainages familiaux ----------------------------------------------------------------------
    "other_family.summary.ask_relatives": "Demander s’il y a de la famille au Canada",
    "other_family.reason.ask_relatives": (
        "Les autres parrainages familiaux exigent un membre de la famille au Canada qui a la citoyenneté ou la "
        "résidence permanente."),
    "other_family.summary.dependent_child": "Un parent au Canada peut la parrainer comme enfant à charge",
    "other_family.reason.dependent_child": (
        "Un parent dont le statut au Canada est « {status:status} » peut parrainer un enfant de moins de {under} ans "
        "sans époux ni conjoint."),
    "other_family.step.check_dependent_child": (
        "Vérifier avec le parent les exigences du parrainage d’un enfant à charge."),
    "other_family.summary.age_decides": "Un parent au Canada : l’âge de la personne décide",
    "other_family.reason.age_decides": "Un parent canadien peut parrainer un enfant à charge de moins de {under} ans.",
    "other_family.summary.pgp_closed": "Programme des parents et des grands-parents : aucune nouvelle demande",
    "other_family.reason.pgp_closed": (
        "Son enfant au Canada pourrait la parrainer comme parent, mais le Programme des parents et des "
        "grands-parents n’accepte aucune nouvelle demande."),
    "other_family.step.super_visa": (
        "Le super visa (longues visites) reste ouvert, mais il exige l’intention de repartir."),
    "other_family.summary.pgp_lottery": "Programme des parents et des grands-parents : petites admissions par tirage",
    "other_family.reason.pgp_lottery": (
        "Son enfant au Canada pourrait la parrainer comme parent, mais les admissions sont petites et tirées au sort "
        "parmi d’anciens formulaires d’intérêt."),
    "other_family.summary.orphan": "Un mineur orphelin peut être parrainé par un membre de la famille",
    "other_family.reason.orphan": (
        "Un membre de la famille qui a la citoyenneté ou la résidence permanente peut parrainer un frère, une sœur, "
        "un neveu, une nièce ou un petit-enfant orphelin de moins de {under} ans qui n’est pas marié."),
    "other_family.step.orphan_evidence": (
        "Confirmer le décès des deux parents ; réunir les certificats de décès."),
    "other_family.summary.no_sponsor": "Aucun membre de la famille au Canada ne peut la parrainer",
    "other_family.reason.no_sponsor": (
        "Hormis l’époux ou le conjoint, seul un parent (pour un enfant à charge), un enfant (pour ses parents, "
        "programme fermé en 2026) ou, pour un mineur orphelin, un proche parent peut parrainer ; aucun tel membre "
        "de la famille ayant la citoyenneté canadienne ou la résidence permanente n’est consigné."),

    # --- gens d’affaires ------------------------------------------------------------------------------------
    "self_employed.summary.paused": "Programme fédéral des travailleurs autonomes : suspendu",
    "self_employed.reason.paused": _self_employed_paused,
    "self_employed.step.quebec_stream": (
        "Le volet des travailleurs autonomes du Québec (français exigé) est évalué avec les programmes d’affaires "
        "du Québec."),
    "self_employed.summary.needs_experience": "Exige une expérience de travail autonome culturelle ou sportive",
    "self_employed.reason.needs_experience": (
        "Le programme vise les personnes qui ont au moins deux ans d’expérience pertinente dans des activités "
        "culturelles ou sportives."),
    "self_employed.summary.experience": "{years} années d’expérience culturelle ou sportive",
    "self_employed.reason.experience_meets": (
        "Au moins deux ans de travail autonome ou de participation de calibre mondial à des activités culturelles "
        "ou sportives, comme l’exige le programme."),
    "self_employed.summary.experience_short": "Moins de deux ans d’expérience culturelle ou sportive",
    "self_employed.reason.experience_short": (
        "Le programme exige au moins deux ans d’expérience pertinente dans des activités culturelles ou sportives."),
    "quebec_business.reason.intake_unknown": (
        "La réception des demandes des programmes d’affaires du Québec n’est pas établie pour cette date : vérifier "
        "auprès du ministère de l’Immigration avant de conseiller."),
    "quebec_business.summary.closed": "Programmes d’affaires du Québec : aucune demande acceptée",
    "quebec_business.reason.closed": (
        "Les programmes des investisseurs, des entrepreneurs et des travailleurs autonomes du Québec n’acceptent "
        "aucune demande actuellement."),
    "quebec_business.summary.not_quebec": "Réservé aux personnes qui comptent vivre au Québec",
    "quebec_business.reason.not_quebec": (
        "Les programmes d’affaires du Québec exigent l’intention de s’établir au Québec."),
    "quebec_business.summary.depends": "Dépend du capital et du français",
    "quebec_business.reason.requirements": (
        "Le programme des investisseurs du Québec exige une valeur nette de {net_worth:money} et le français ; les "
        "volets entrepreneurs et travailleurs autonomes exigent aussi le français."),
    "quebec_business.reason.profile": "Valeur nette de {net_worth:money} ; français au NCLC {french}.",
    "quebec_business.summary.investor": "Investisseur (Québec) : le capital et le français atteignent le seuil",
    "quebec_business.step.refer_lawyer": (
        "Orienter vers une avocate ou un avocat québécois en immigration d’affaires pour confirmer la réception "
        "actuelle des demandes."),
    "quebec_business.summary.entrepreneur": "Entrepreneur ou travailleur autonome (Québec) : à explorer",
    "quebec_business.step.check_streams": (
        "Vérifier les exigences de capital et de plan d’affaires des volets entrepreneurs et travailleurs "
        "autonomes."),
    "quebec_business.summary.short": "Programmes d’affaires du Québec : capital ou français insuffisant",
    "quebec_business.reason.short": (
        "Le volet des investisseurs exige une valeur nette de {net_worth:money} ; tous les volets exigent désormais "
        "le français (NCLC {french})."),
    "start_up_visa.summary.certificate": (
        "Visa pour démarrage d’entreprise : fermé, mais un certificat d’engagement de 2025 reste utilisable jusqu’au "
        "{deadline:date}"),
    "start_up_visa.reason.certificate": (
        "Le programme n’accepte plus de nouvelles demandes depuis le {closed:date}, sauf des titulaires d’un "
        "certificat d’engagement valide de 2025, qui peuvent présenter une demande jusqu’au {deadline:date} ; la "
        "personne a l’appui d’une organisation désignée."),
    "start_up_visa.step.confirm_certificate": (
        "Confirmer que le certificat d’engagement a été délivré en 2025 et qu’il est valide."),
    "start_up_visa.step.apply_by": "Présenter la demande de résidence permanente au plus tard le {deadline:date}.",
    "start_up_visa.summary.closed_but_certificates": (
        "Visa pour démarrage d’entreprise : fermé, sauf aux certificats d’engagement de 2025"),
    "start_up_visa.reason.closed_but_certificates": (
        "Le programme n’accepte plus de nouvelles demandes depuis le {closed:date}, sauf des titulaires d’un "
        "certificat d’engagement valide de 2025, qui peuvent présenter une demande jusqu’au {deadline:date}."),
    "start_up_visa.summary.closed": "Visa pour démarrage d’entreprise : fermé aux nouvelles demandes",
    "start_up_visa.reason.closed": _start_up_closed,
    "start_up_visa.step.watch_pilot": (
        "Un nouveau projet pilote pour entrepreneurs a été annoncé, mais pas lancé ; le surveiller."),
    "start_up_visa.summary.needs_support": "Exige l’appui d’une organisation désignée",
    "start_up_visa.reason.needs_support": (
        "Le visa pour démarrage d’entreprise exige une lettre d’appui d’un fonds de capital-risque, d’un groupe "
        "d’investisseurs providentiels ou d’un incubateur d’entreprises désigné."),
    "start_up_visa.summary.backed": "Appuyé par une organisation désignée",
    "start_up_visa.reason.backed": (
        "La personne a l’appui d’une organisation désignée, comme l’exige le visa pour démarrage d’entreprise ; la "
        "sélection est très concurrentielle."),
    "start_up_visa.summary.no_support": "Aucun appui d’une organisation désignée",
    "start_up_visa.reason.no_support": (
        "Sans engagement d’une organisation désignée, aucune demande de visa pour démarrage d’entreprise ne peut "
        "être présentée."),
    "investor.summary.closed": "Catégorie fédérale des investisseurs : fermée",
    "investor.reason.closed": (
        "La catégorie fédérale des investisseurs immigrants est fermée depuis le {since:date}."),
    "investor.reason.quebec_only": (
        "Le programme des investisseurs du Québec reste la seule voie pour investisseurs (valeur nette d’environ "
        "{capital:money}, avec le français) : voir les programmes d’affaires du Québec."),
    "investor.reason.net_worth": "Valeur nette consignée : {net_worth:money}.",
    "investor.summary.open": "Catégorie des investisseurs ouverte à cette date",
    "investor.reason.open": "La catégorie fédérale des investisseurs était ouverte à cette date.",
}

# --- les faits manquants, nommés (``field.*`` : « le pays de naissance de la personne cliente ») ----------
_FIELDS: dict[str, str] = {
    "field.client": "l’identité de la personne cliente",
    "field.client.given_names": "les prénoms de la personne cliente",
    "field.client.family_name": "le nom de famille de la personne cliente",
    "field.client.date_of_birth": "la date de naissance de la personne cliente",
    "field.client.country_of_birth": "le pays de naissance de la personne cliente",
    "field.client.citizenships": "les citoyennetés de la personne cliente",
    "field.client.marital_status": "l’état matrimonial de la personne cliente",
    "field.client.a_number": "le numéro A américain de la personne cliente",
    "field.client.languages": "les langues que parle la personne cliente",
    "field.us_status": "le statut américain de la personne cliente",
    "field.us_status[].kind": "le type du statut américain {n}",
    "field.us_status[].program": "le programme de libération conditionnelle du statut américain {n}",
    "field.us_status[].country": "le pays du TPS du statut américain {n}",
    "field.us_status[].valid_until": "la date de fin du statut américain {n}",
    "field.partner": "l’existence d’un époux ou d’un conjoint, et les renseignements à son sujet",
    "field.partner.relationship": "la nature de la relation avec l’époux ou le conjoint",
    "field.partner.since": "le début de la relation",
    "field.partner.status_in_canada": "le statut au Canada de l’époux ou du conjoint",
    "field.partner.lives_in_canada": "si l’époux ou le conjoint vit au Canada",
    "field.partner.accompanying": "si l’époux ou le conjoint viendrait au Canada",
    "field.relatives_in_canada": "la famille de la personne cliente au Canada",
    "field.relatives_in_canada[].relation": "le lien de parenté du membre de la famille {n} au Canada",
    "field.relatives_in_canada[].status": "le statut au Canada du membre de la famille {n}",
    "field.relatives_in_canada[].age": "l’âge du membre de la famille {n} au Canada",
    "field.parents": "les parents de la personne cliente",
    "field.parents[].relation": "qui est le parent {n}",
    "field.parents[].canadian_at_client_birth": "si le parent {n} était canadien à la naissance de la personne cliente",
    "field.parents[].canadian_by": "comment le parent {n} est devenu canadien",
    "field.parents[].days_in_canada_before_client_birth": (
        "les jours passés au Canada par le parent {n} avant la naissance de la personne cliente"),
    "field.grandparent_born_in_canada": "si un grand-parent est né au Canada",
    "field.minor": "les parents ou tuteurs d’une personne cliente mineure",
    "field.minor.accompanied_by_parent_or_guardian": "si la personne voyage avec un parent ou un tuteur légal",
    "field.minor.parent_or_guardian_in_canada_or_us": (
        "si la personne a un parent ou un tuteur légal au Canada ou aux États-Unis"),
    "field.canadian_documents": "les documents canadiens de la personne cliente",
    "field.canadian_documents.valid_visa_or_permit": "si la personne détient un visa ou un permis canadien valide",
    "field.death_penalty_exposure": "si la personne fait face à une accusation passible de la peine de mort",
    "field.canada_entry": "la manière dont la personne est entrée au Canada",
    "field.canada_entry.mode": "la manière dont la personne est entrée (ou entrerait) au Canada",
    "field.canada_entry.date": "la date d’entrée au Canada",
    "field.canada_entry.claim_made_on": "la date de la demande d’asile",
    "field.canada_entry.first_entry_date": "la date de la première entrée au Canada après le 24 juin 2020",
    "field.human_capital": "les études, l’expérience de travail et les langues de la personne cliente",
    "field.human_capital.education": "les études de la personne cliente",
    "field.human_capital.canadian_work_years": "les années de travail qualifié au Canada de la personne cliente",
    "field.human_capital.foreign_work_years": "les années de travail qualifié hors du Canada de la personne cliente",
    "field.human_capital.certificate_of_qualification": "si la personne détient un certificat de compétence",
    "field.human_capital.canadian_education": "les études au Canada de la personne cliente",
    "field.human_capital.provincial_nomination": "si une province a nommé la personne cliente",
    "field.human_capital.spouse": "les études, l’expérience de travail et la langue de l’époux ou du conjoint",
    "field.human_capital.spouse.education": "les études de l’époux ou du conjoint",
    "field.human_capital.spouse.canadian_work_years": "les années de travail au Canada de l’époux ou du conjoint",
    "field.human_capital.skilled_work_teer": "la catégorie FEER du travail qualifié de la personne cliente",
    "field.human_capital.skilled_work_years_last_10": (
        "les années de travail qualifié de la personne cliente au cours des dix dernières années"),
    "field.human_capital.canadian_work_years_last_3": (
        "les années de travail qualifié au Canada de la personne cliente au cours des trois dernières années"),
    "field.human_capital.trade_work_years_last_5": (
        "les années de travail dans un métier spécialisé de la personne cliente au cours des cinq dernières années"),
    "field.human_capital.family_size": "la taille de la famille de la personne cliente (fonds d’établissement)",
    "field.human_capital.settlement_funds_cad": "l’argent que la personne peut démontrer pour s’établir au Canada",
    "field.express_entry": "le profil Entrée express de la personne cliente",
    "field.express_entry.invitation_date": "la date de l’invitation d’Entrée express",
    "field.express_entry.categories": "les catégories d’Entrée express que remplit la personne cliente",
    "field.job_offer": "si la personne a une offre d’emploi au Canada",
    "field.job_offer.province": "la province de l’offre d’emploi",
    "field.job_offer.teer": "la catégorie FEER de l’offre d’emploi",
    "field.job_offer.noc": "le code de profession (CNP) de l’offre d’emploi",
    "field.intends_quebec": "si la personne compte vivre au Québec",
    "field.self_employment": "le travail autonome culturel ou sportif de la personne cliente",
    "field.self_employment.cultural_or_athletic_years": (
        "les années d’expérience culturelle ou sportive de la personne cliente"),
    "field.business": "les moyens d’affaires de la personne cliente",
    "field.business.net_worth_cad": "la valeur nette de la personne cliente",
    "field.business.designated_org_support": (
        "si une organisation désignée appuie l’entreprise de la personne cliente"),
}

_ABILITIES = {"speaking": "expression orale", "listening": "compréhension de l’oral",
              "reading": "compréhension de l’écrit", "writing": "expression écrite"}
for _base, _words in (("human_capital.first_language", "la première langue officielle de la personne cliente"),
                      ("human_capital.second_language", "la seconde langue officielle de la personne cliente"),
                      ("human_capital.spouse.first_language", "la langue officielle de l’époux ou du conjoint")):
    _FIELDS[f"field.{_base}"] = f"les résultats dans {_words}"
    _FIELDS[f"field.{_base}.language"] = f"quelle langue est {_words}"
    _FIELDS[f"field.{_base}.clb"] = f"les niveaux (NCLC) dans {_words}"
    for _ability, _name in _ABILITIES.items():
        _FIELDS[f"field.{_base}.clb.{_ability}"] = f"{_words} : niveau en {_name}"
        for _scores in (".clb.scores", ".scores"):
            _FIELDS[f"field.{_base}{_scores}.{_ability}"] = f"{_words} : résultat au test en {_name}"

TEXTS: dict[str, Template] = {code: _typed(t) for code, t in {**_TEXTS, **_FIELDS}.items()}
