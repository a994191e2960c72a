"""Les mots français des résultats d’admissibilité que citent les lettres : parrainage d’un époux ou
conjoint (``spousal.*``) et citoyenneté par filiation (``citizenship.*``).

Typographie française : espace insécable (U+00A0) avant « : ; ! ? » et à l’intérieur des
guillemets, apostrophe typographique. Aucun accord selon le genre de la personne cliente, que le
dossier ne consigne pas : les phrases parlent de « son enfant », de « la personne parrainée »,
ou se passent de sujet. Les autres codes prennent l’anglais en attendant leur traduction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..formatting import Formatter
from ..render import Template

# The client's parent, by the case file's relation: (possessive, "d’une mère", feminine ending).
_PARENT = {
    "mother": {"sa": "sa mère", "Sa": "Sa mère", "un": "une mère", "nom": "mère", "e": "e", "elle": "elle"},
    "father": {"sa": "son père", "Sa": "Son père", "un": "un père", "nom": "père", "e": "", "elle": "lui"},
    "parent": {"sa": "son parent", "Sa": "Son parent", "un": "un parent", "nom": "parent", "e": "", "elle": "lui"},
}

_RELATIONSHIP = {
    "spouse": "son époux ou son épouse",
    "common_law": "son conjoint ou sa conjointe de fait",
    "conjugal": "sa ou son partenaire conjugal",
}
_RELATIONSHIP_KIND = {"spouse": "Mariage", "common_law": "Union de fait", "conjugal": "Relation conjugale"}
_SPONSOR_STATUS = {"citizen": "a la citoyenneté canadienne",
                   "permanent_resident": "a la résidence permanente au Canada"}


def _parent(p: Mapping[str, Any]) -> dict[str, str]:
    return _PARENT.get(str(p.get("parent")), _PARENT["parent"])


def _d(words: str) -> str:
    """« de » élidé devant une voyelle : « d’une mère », « d’un père »."""
    return f"d’{words}" if words[:1] in "aeiouéh" else f"de {words}"


def _sponsor(p: Mapping[str, Any], f: Formatter) -> str:
    relationship = _RELATIONSHIP.get(str(p["relationship"]), "sa ou son partenaire")
    status = _SPONSOR_STATUS.get(str(p["status"]), f"a le statut suivant\u00a0: {f.word('status', p['status'])}")
    return f"Personne répondante\u00a0: {relationship}, qui {status}."


def _fee(p: Mapping[str, Any], f: Formatter) -> str:
    amount = f.money(p["amount"]) if p.get("currency", "CAD") == "CAD" else f"{f.num(p['amount'])}\u00a0{p['currency']}"
    return f"Frais\u00a0: {amount} par personne."


def _spousal_processing(p: Mapping[str, Any], f: Formatter) -> str:
    inland = f" (au Canada\u00a0: environ {p['inland']}\u00a0mois)" if p.get("inland") else ""
    return f"Traitement depuis l’étranger\u00a0: environ {p['outland']}\u00a0mois{inland}, selon l’estimation d’IRCC."


TEXTS: dict[str, Template] = {
    "legacy.text": "{text}",

    # --- parrainage d’un époux ou conjoint --------------------------------------------------------
    "spousal.summary.no_partner": "Aucun époux ni conjoint",
    "spousal.reason.no_partner": (
        "Le parrainage exige un époux, un conjoint de fait ou un partenaire conjugal ayant la citoyenneté "
        "canadienne ou la résidence permanente\u00a0; aucun n’est consigné au dossier."),
    "spousal.summary.ask_partner": "Demander s’il y a un époux ou un conjoint au Canada",
    "spousal.reason.ask_partner": (
        "Le parrainage par un époux ou un conjoint canadien est la voie la plus solide\u00a0; les renseignements "
        "sur la personne partenaire ne sont pas consignés."),
    "spousal.summary.partner_cannot_sponsor": (
        "La personne partenaire ne peut pas parrainer\u00a0: ni citoyenneté canadienne ni résidence permanente"),
    "spousal.reason.partner_cannot_sponsor": (
        "Le statut de la personne partenaire au Canada ({status:status}) ne permet pas de parrainer\u00a0; la "
        "personne répondante doit avoir la citoyenneté canadienne ou la résidence permanente (ou le statut "
        "d’Indien inscrit)."),
    "spousal.step.if_partner_becomes_resident": (
        "Si la personne partenaire obtient la résidence permanente, cette voie s’ouvre."),
    "spousal.summary.confirm_partner": (
        "Personne partenaire consignée\u00a0: confirmer la nature de la relation et son statut"),
    "spousal.reason.confirm_partner": (
        "Une personne partenaire est consignée au dossier, mais la nature de la relation ou son statut au Canada "
        "n’est pas connu."),
    "spousal.summary.client_under_age": "Moins de {min_age}\u00a0ans",
    "spousal.reason.client_under_age": (
        "L’époux ou le conjoint parrainé doit avoir au moins {min_age}\u00a0ans\u00a0; l’âge consigné est de "
        "{age}\u00a0ans."),
    "spousal.reason.sponsor": _sponsor,
    "spousal.summary.resident_lives_where": "Personne répondante résidente permanente\u00a0: vit-elle au Canada\u00a0?",
    "spousal.reason.resident_must_live_in_canada": (
        "Une personne résidente permanente ne peut parrainer que si elle vit au Canada."),
    "spousal.summary.resident_abroad": "La personne répondante résidente permanente doit vivre au Canada",
    "spousal.reason.resident_abroad": (
        "Une personne résidente permanente ne peut parrainer que si elle vit au Canada\u00a0; or la personne "
        "partenaire vit à l’étranger."),
    "spousal.step.partner_returns": "La personne partenaire devrait d’abord revenir vivre au Canada.",
    "spousal.summary.since_when": lambda p, f: (
        f"{_RELATIONSHIP_KIND.get(str(p['relationship']), 'Relation')}\u00a0: depuis quand\u00a0?"),
    "spousal.reason.minimum_length": lambda p, f: (
        f"{'Une union de fait' if p['relationship'] == 'common_law' else 'Une relation conjugale'} doit durer "
        f"depuis au moins {p['months']}\u00a0mois."),
    "spousal.reason.relationship_too_short": (
        "La relation a commencé le {since:date}\u00a0: {months}\u00a0mois à ce jour, alors que {min_months} sont "
        "exigés pour des conjoints de fait ou des partenaires conjugaux (le mariage n’a pas de durée minimale)\u00a0; "
        "ce seuil sera atteint le {ready:date}."),
    "spousal.reason.relationship_long_enough": (
        "La relation dure depuis le {since:date}\u00a0: plus que les {min_months}\u00a0mois exigés."),
    "spousal.reason.no_minimum_length": "Le mariage n’est soumis à aucune durée minimale.",
    "spousal.reason.citizen_abroad": (
        "La personne répondante vit à l’étranger\u00a0: elle devra démontrer son intention de revenir s’établir au "
        "Canada lorsque la personne parrainée obtiendra la résidence permanente."),
    "spousal.step.apply_outland": (
        "Présenter la demande depuis l’étranger\u00a0: la personne parrainée ne vit pas au Canada avec la personne "
        "répondante."),
    "spousal.step.processing": _spousal_processing,
    "spousal.step.gather_documents": (
        "Réunir les preuves de la relation, les pièces d’identité, les certificats de police et l’examen "
        "médical\u00a0; formulaires IMM\u00a01344, IMM\u00a00008, IMM\u00a05532 et IMM\u00a05669."),
    "spousal.step.keep_us_status": (
        "Pendant l’attente\u00a0: conserver le statut aux États-Unis le plus longtemps possible\u00a0; s’il prend fin, "
        "l’attente devra peut-être se faire dans un autre pays. Un visa de visiteur pour attendre au Canada est "
        "généralement refusé."),
    "spousal.summary.strongest_route": "Parrainage par l’époux ou le conjoint canadien\u00a0: la voie la plus solide",
    "spousal.summary.once_long_enough": "Parrainage possible dès que la relation aura duré assez longtemps",

    # --- citoyenneté par filiation ------------------------------------------------------------------
    "citizenship.summary.born_in_canada": "Naissance au Canada\u00a0: citoyenneté canadienne de naissance",
    "citizenship.reason.born_in_canada": (
        "La naissance au Canada confère la citoyenneté canadienne (sauf si un parent était diplomate étranger)."),
    "citizenship.step.canadian_birth_certificate": (
        "Commander un certificat de naissance canadien auprès de la province de naissance, puis un passeport."),
    "citizenship.summary.parent_born_in_canada": lambda p, f: (
        f"Citoyenneté canadienne probable\u00a0: {_parent(p)['nom']} né{_parent(p)['e']} au Canada"),
    "citizenship.reason.parent_born_in_canada": lambda p, f: (
        f"{_parent(p)['Sa']}, né{_parent(p)['e']} au Canada, avait la citoyenneté canadienne à la naissance de son "
        "enfant\u00a0: l’enfant né à l’étranger d’un parent né au Canada est citoyen canadien par filiation "
        "(première génération)."),
    "citizenship.summary.parent_naturalized": lambda p, f: (
        f"Citoyenneté canadienne probable\u00a0: {_parent(p)['nom']} naturalisé{_parent(p)['e']} au Canada"),
    "citizenship.reason.parent_naturalized": lambda p, f: (
        f"{_parent(p)['Sa']}, naturalisé{_parent(p)['e']} au Canada, avait la citoyenneté canadienne à la naissance "
        "de son enfant\u00a0: l’enfant né à l’étranger d’un parent naturalisé canadien est citoyen canadien par "
        "filiation (première génération)."),
    "citizenship.summary.descent_restored": lambda p, f: (
        f"Citoyenneté canadienne probable\u00a0: {_parent(p)['nom']} canadien{'ne' if _parent(p)['e'] else ''} à la "
        "naissance, citoyenneté rétablie par la loi C-3"),
    "citizenship.reason.descent_restored": lambda p, f: (
        f"{_parent(p)['Sa']} avait la citoyenneté canadienne à la naissance de son enfant, le {f.date(p['born'])}, "
        f"avant le {f.date(p['cutoff'])}\u00a0: la loi C-3 a rendu citoyennes d’office les personnes nées à "
        "l’étranger avant cette date que la règle de la première génération privait de la citoyenneté."),
    "citizenship.summary.connection_met": lambda p, f: (
        f"Citoyenneté par filiation\u00a0: {_parent(p)['sa']} satisfait au critère des "
        f"{f.num(p['days_needed'])}\u00a0jours"),
    "citizenship.reason.connection_met": lambda p, f: (
        f"Naissance le {f.date(p['cutoff'])} ou après, {_d(_parent(p)['un'])} né{_parent(p)['e']} à l’étranger ayant "
        f"passé {f.num(p['days'])}\u00a0jours au Canada avant la naissance\u00a0: au moins "
        f"{f.num(p['days_needed'])}\u00a0jours, comme l’exige le critère du lien substantiel de la loi C-3."),
    "citizenship.step.prove_days": (
        "Joindre les preuves des jours de présence du parent au Canada (relevés scolaires, attestations d’emploi, "
        "avis de cotisation)."),
    "citizenship.summary.connection_short": lambda p, f: (
        f"Pas de citoyenneté\u00a0: {_parent(p)['sa']} compte {f.num(p['days'])}\u00a0jours au Canada sur les "
        f"{f.num(p['days_needed'])} exigés"),
    "citizenship.reason.connection_short": lambda p, f: (
        f"Naissance le {f.date(p['cutoff'])} ou après, {_d(_parent(p)['un'])} né{_parent(p)['e']} à l’étranger "
        f"n’ayant passé que {f.num(p['days'])}\u00a0jours au Canada avant la naissance\u00a0; la loi C-3 en exige "
        f"{f.num(p['days_needed'])}."),
    "citizenship.summary.first_generation_limit": (
        "Voie fermée par la règle de la première génération (avant la loi C-3)"),
    "citizenship.reason.first_generation_limit": lambda p, f: (
        f"{_parent(p)['Sa']} avait la citoyenneté par filiation (né{_parent(p)['e']} à l’étranger)\u00a0; au "
        f"{f.date(p['today'])}, la règle de la première génération du {f.date(p['limit'])} empêche la transmission "
        "de la citoyenneté à une deuxième génération née à l’étranger. Cette règle a été invalidée (Cour supérieure "
        "de justice de l’Ontario, 19\u00a0décembre 2023), et l’attribution discrétionnaire prévue au "
        "paragraphe\u00a05(4) était la voie transitoire."),
    "citizenship.step.ask_lawyer_grant": (
        "Consulter un avocat au sujet d’une attribution en vertu du paragraphe\u00a05(4)\u00a0; la loi de "
        "remplacement (C-3) était à l’étude."),
    "citizenship.summary.descent_before_limit": lambda p, f: (
        f"Citoyenneté canadienne possible\u00a0: {_parent(p)['nom']} canadien{'ne' if _parent(p)['e'] else ''} par "
        "filiation"),
    "citizenship.reason.descent_before_limit": lambda p, f: (
        f"{_parent(p)['Sa']} avait la citoyenneté canadienne par filiation à la naissance de son enfant\u00a0; avant "
        "la règle de la première génération de 2009, la citoyenneté pouvait se transmettre à une deuxième "
        "génération née à l’étranger."),
    "citizenship.summary.grandparent": "Citoyenneté canadienne possible par un grand-parent né au Canada",
    "citizenship.reason.grandparent": (
        "Un grand-parent est né au Canada\u00a0: le parent qui en descend a peut-être la citoyenneté par filiation "
        "(la loi C-3 l’a rétablie pour les personnes nées à l’étranger avant le 15\u00a0décembre 2025 que la règle "
        "de la première génération en privait) et, dans ce cas, son enfant aussi."),
    "citizenship.step.parent_applies_first": (
        "Confirmer d’abord le statut du parent\u00a0: celui-ci demande un certificat de citoyenneté avec le "
        "certificat de naissance canadien du grand-parent."),
    "citizenship.summary.ask_parents": (
        "Se renseigner sur les parents\u00a0: avaient-ils la citoyenneté canadienne à la naissance\u00a0?"),
    "citizenship.reason.ask_parents": (
        "Pour savoir si la personne a déjà la citoyenneté canadienne, il faut savoir si un parent l’avait à sa "
        "naissance, et comment ce parent l’a obtenue."),
    "citizenship.step.ask_parents": (
        "Demander\u00a0: l’un des parents (ou un grand-parent) est-il né au Canada, ou avait-il la citoyenneté "
        "canadienne à la naissance de son enfant\u00a0?"),
    "citizenship.summary.ask_grandparents": (
        "Aucun parent canadien consigné\u00a0: se renseigner sur les grands-parents"),
    "citizenship.reason.ask_grandparents": (
        "Aucun parent n’avait la citoyenneté canadienne à la naissance\u00a0; un grand-parent né au Canada pourrait "
        "néanmoins l’avoir transmise au parent, puis à son enfant."),
    "citizenship.summary.no_canadian_parent": "Aucun parent ni grand-parent canadien",
    "citizenship.reason.no_canadian_parent": (
        "La citoyenneté par filiation exige un parent ayant la citoyenneté canadienne à la naissance de son "
        "enfant\u00a0; aucun ne l’avait, et aucun grand-parent n’est né au Canada."),
    "citizenship.step.apply_certificate": (
        "Demander un certificat de citoyenneté (preuve de citoyenneté, formulaire {form}, liste de contrôle "
        "{checklist})."),
    "citizenship.step.gather_birth_documents": (
        "Réunir l’acte de naissance détaillé où figure le parent, ainsi que le certificat de naissance canadien ou "
        "le certificat de citoyenneté de ce parent."),
    "citizenship.step.fee": _fee,
    "citizenship.step.processing": (
        "Traitement\u00a0: environ {months}\u00a0mois (estimation d’IRCC)\u00a0; un traitement urgent peut être "
        "demandé."),
}
