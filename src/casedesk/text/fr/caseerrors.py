"""Les mots français de ce qui ne va pas dans une fiche de cas (``domain.caseerrors``).

Les valeurs fautives sont citées telles que le fichier les donne (entre apostrophes droites, comme
en anglais : c'est ce qu'il faut corriger dans le fichier) ; les dates de la vraisemblance sont
écrites en toutes lettres (« 2 décembre 2026 »). Espace insécable avant « : ; ».
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..formatting import Formatter
from ..render import Template

NBSP = "\u00a0"


def _t(text: str) -> str:
    return text.replace(" :", NBSP + ":").replace(" ;", NBSP + ";").replace("« ", "«" + NBSP) \
        .replace(" »", NBSP + "»")


def _day(value: Any, f: Formatter) -> str:
    try:
        return f.date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _dated(template: str, *keys: str) -> Template:
    """A template whose ``keys`` are ISO dates, shown in words."""
    text = _t(template)

    def fill(p: Mapping[str, Any], f: Formatter) -> str:
        values = dict(p)
        for key in keys:
            values[key] = _day(values[key], f)
        return text.format(**values)
    return fill


def _relative(ending: str) -> Template:
    text = _t("{relation} de {age} ans pour une personne cliente de {client_age} ans : " + ending)

    def fill(p: Mapping[str, Any], f: Formatter) -> str:
        words = f.word("relation", p["relation"])
        return text.format(**{**p, "relation": words}).replace(" ans", NBSP + "ans")
    return fill


def _what(key: str, template: str) -> Template:
    text = _t(template)

    def fill(p: Mapping[str, Any], f: Formatter) -> str:
        return text.format(**{**p, key: f.word("case_" + key, p[key])})
    return fill


def _who(start: str) -> Template:
    def fill(p: Mapping[str, Any], _: Formatter) -> str:
        if p.get("record") is not None:
            return f"{start}la fiche {p['record']} de ce fichier"
        if p.get("client") is not None:
            return f"{start}la personne cliente {p['client']} ({p.get('name') or '?'}), déjà dans les dossiers"
        return start + str(p.get("who", "?"))
    return fill


TEXTS: dict[str, Template] = {
    "case.unknown_field": "champ inconnu, ignoré",
    "case.not_text": _t("pas un texte : {value}"),
    "case.too_long": _t("trop long : {length} caractères (au plus {most})"),
    "case.control_character": _t("contient un caractère de contrôle ou non valide : {value}"),
    "case.invisible_character": _t("contient un caractère invisible ou de sens d’écriture (U+{char}) "
                                   "qui le ferait lire autrement"),
    "case.not_kind": _what("what", "pas {what} : {value}"),
    "case.not_assigned": _what("what", "pas {what} attribué par l’ISO : {value}"),
    "case.date_out_of_range": _t("hors de la plage {lo}-{hi} : {value}"),
    "case.not_a_date": _t("pas une date : {value}"),
    "case.not_one_of": _t("pas l’une des valeurs {choices} : {value}"),
    "case.not_a_flag": _t("ni vrai ni faux (true ou false) : {value}"),
    "case.not_whole": _t("pas un nombre entier : {value}"),
    "case.out_of_range": _t("hors de la plage {lo}-{hi} : {value}"),
    "case.not_a_number": _t("pas un nombre : {value}"),
    "case.not_a_multiple": _t("pas un multiple de {step} : {value}"),
    "case.not_a_list": _t("pas une liste : {value}"),
    "case.too_many": _t("trop d’éléments : {count} (au plus {most})"),
    "case.not_an_object": _t("pas un objet : {value}"),
    "case.not_const": _t("pas {expected} : {value}"),
    "case.required": _what("why", "obligatoire : {why}"),
    "case.required_one_of": _t("obligatoire : l’une des valeurs {choices}"),
    "case.needs_a_name": "une personne cliente a besoin d’un nom de famille ou de prénoms",
    "case.not_a_case": _t("une fiche de cas est un objet JSON, pas {value}"),
    "case.born_in_future": _dated("dans le futur : le {born} est après aujourd’hui ({today})", "born", "today"),
    "case.born_too_long_ago": _dated("il y a plus de {years} ans : {born}", "born"),
    "case.before_birth": _dated("avant la date de naissance de la personne cliente ({born}) : {value}",
                                "born", "value"),
    "case.after_latest_entry": _dated("après la dernière entrée ({latest}) : {value}", "latest", "value"),
    "case.relative_too_young": _relative("au moins {least} ans attendus"),
    "case.relative_too_old": _relative("au plus {most} ans attendus"),
    "case.relative_impossible": _relative("impossible"),
    "case.file_not_utf8": _t("{file} : pas un texte UTF-8 ({reason})"),
    "case.file_too_large": _t("{file} : plus de {limit} octets, plus que n’en contient une fiche de cas ; "
                              "divisez-le en fichiers plus petits"),
    "case.file_is_folder": _t("{file} : un dossier, pas une fiche de cas"),
    "case.not_utf8": _t("pas un texte UTF-8 ({reason})"),
    "case.duplicate_key": _t("la clé {key} deux fois dans un même objet ; chaque clé une seule fois, "
                             "sinon une valeur remplacerait l’autre sans le dire"),
    "case.json_too_deep": "du JSON que le lecteur ne peut pas contenir (imbriqué trop profondément, ou un "
                          "nombre trop long)",
    "case.json_invalid": _t("JSON non valide à la ligne {line}, colonne {column} : {problem}"),
    "case.json_bad_start": _t("JSON non valide à la ligne {line} : une fiche de cas commence par {{ ou [, "
                              "pas {start}"),
    "case.line_too_long": _t("ligne {line} : plus de {most} caractères, plus que n’en contient une fiche"),
    "case.no_records": "le fichier ne contient aucune fiche de cas",
    "case.several_records": _t("{file} : contient {count} fiches de cas ; donnez-en exactement une"),
    "case.same_a_number": _who("le même numéro A que "),
    "case.same_person": _who("les mêmes noms et date de naissance que "),
}

# What a field must be (``Text.what``, ``Code.what``) and why a required one is (``Field.required``).
VOCAB: dict[str, dict[str, str]] = {
    "case_what": {
        "an ISO 3166-1 alpha-2 country code": "un code de pays ISO 3166-1 alpha-2",
        "an ISO 639 language code": "un code de langue ISO 639",
        "an A-number (A followed by 8 or 9 digits)": "un numéro A (A suivi de 8 ou 9 chiffres)",
        "an Express Entry category code": "un code de catégorie d’Entrée express",
    },
    "case_why": {
        "what is to be done": "ce qu’il faut faire",
        "the date it is due": "la date d’échéance",
        "the client's names and identity": "les noms et l’identité de la personne cliente",
    },
}
