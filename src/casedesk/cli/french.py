"""The command line's own sentences in French (``--lang fr``): what a command did, in the caseworker's
language. The JSON answers keep their keys and codes; only the lines printed for a person change.

French typography as elsewhere (``text/fr``): a non-breaking space before ``: ;``, numbers grouped
with a non-breaking space, dates in words. Each function mirrors one in ``shapes.py``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.audit import TrailCheck

NBSP = "\u00a0"
C = NBSP + ":"   # a French colon
S = NBSP + ";"   # a French semicolon


def day(d: date | None) -> str:
    if d is None:
        return "?"
    from ..text.formatting import Formatter
    from ..text.render import catalogue, render

    return Formatter(catalogue("fr"), render).date(d)


def num(n: int) -> str:
    from ..text.formatting import grouped

    return grouped(n, "fr")


def plural(n: int, one: str, many: str) -> str:
    """French singular below two (« 0 fiche », « 1 fiche », « 2 fiches »)."""
    return one if n < 2 else many


BREAK_WORDS = {
    "edited": "son contenu a été modifié après son écriture",
    "unlinked": "elle ne suit pas l’entrée qui la précède (une entrée supprimée, insérée ou déplacée, "
                "ou son sceau réécrit)",
    "unsealed": "elle n’a pas de sceau (écrite en contournant CaseDesk)",
    "erased": "ses valeurs ont été effacées sans purge de cette personne cliente",
    "truncated": "les entrées plus récentes qui la suivaient ont été supprimées",
    "schema": "la protection de la piste par la base de données a été modifiée",
}


def trail_check(check: TrailCheck) -> str:
    if check.intact:
        checked = plural(check.entries, "entrée vérifiée", "entrées vérifiées")
        text = f"La piste d’audit est intacte ({num(check.entries)} {checked})"
    elif check.reason == "schema":
        text = f"La piste d’audit n’est pas protégée comme elle devrait l’être{C} {'; '.join(check.schema[:3])}"
    else:
        text = (f"La piste d’audit a été altérée à partir de l’entrée {check.first_entry}{C} "
                f"{BREAK_WORDS.get(check.reason or '', check.reason or '')}"
                + (f" ({check.failing} entrées en échec)" if check.failing > 1 else "")
                + (f"{S} et le schéma diffère{C} {'; '.join(check.schema[:3])}" if check.schema else ""))
    if check.head_id:
        text += f"\nentrée la plus récente{C} {check.head_id}, chaîne {check.head}"
    return text


def exported(count: int, file: object, versions: dict[int, int] | None) -> str:
    text = f"{num(count)} {plural(count, 'fiche de cas écrite', 'fiches de cas écrites')} dans {file}"
    if versions is not None and len(versions) == 1:
        text += "".join(f" (personne cliente {i}, version {v})" for i, v in versions.items())
    return text


def audit_written(count: int, file: object) -> str:
    return f"{num(count)} {plural(count, 'entrée d’audit écrite', 'entrées d’audit écrites')} dans {file}"


def closed(client: int, on: date) -> str:
    return f"personne cliente {client}{C} dossier fermé le {day(on)}"


def reopened(client: int) -> str:
    return f"personne cliente {client}{C} dossier rouvert"


def files_due_head(count: int, years: int) -> str:
    return (f"{num(count)} {plural(count, 'dossier fermé', 'dossiers fermés')} au-delà de la durée de conservation "
            f"de {years} ans").replace(f"{years} ans", f"{years}{NBSP}ans")


def file_due(client: int, name: str, closed_on: date, keep_until: date) -> str:
    return f"{client}\t{name}\tfermé le {day(closed_on)}\tconservé jusqu’au {day(keep_until)}"


def deleted_head(count: int) -> str:
    return (f"{num(count)} {plural(count, 'personne cliente supprimée', 'personnes clientes supprimées')} "
            "dont la piste d’audit garde les valeurs (purge ID les efface)")


def deleted_line(client: int, on: date, by: str) -> str:
    return f"{client}\tsupprimée le {day(on)} par {by}"


def purged(client: int, on: date | None, by: str, erased: int, scrubbed: bool) -> str:
    return (f"personne cliente {client} purgée le {day(on)} par {by}{C} {num(erased)} "
            f"{plural(erased, 'entrée d’audit effacée', 'entrées d’audit effacées')}"
            + ("" if scrubbed else f"{S} le journal d’écriture anticipée sera vidé quand l’autre programme qui "
               "utilise les dossiers les fermera"))


def purge_warning(client: int) -> str:
    return (f"Purger la personne cliente {client} efface pour de bon ses faits, évaluations, lettres, échéances "
            "et leurs valeurs dans la piste d’audit. C’est irréversible.")


def purge_prompt(client: int) -> str:
    return f"Tapez le numéro de la personne cliente ({client}) pour la purger{C} "


def purge_needs_yes(client: int) -> str:
    return (f"purge {client}{C} efface la personne cliente pour de bon, sans retour possible{S} "
            "ajoutez --yes pour confirmer (aucun terminal où le demander)")


NOT_CONFIRMED = f"non confirmé{S} rien n’a été modifié"


def backed_up(target: object) -> str:
    return f"sauvegarde écrite dans {target}"


def restored(file: object, kept: object) -> str:
    return f"{file} restauré{S} les dossiers précédents ont été gardés dans {kept}"


def encrypted(converted: int, recovery_key: str | None, key_file: str, left: list[str]) -> list[str]:
    lines = [f"Les dossiers et {converted} {plural(converted, 'sauvegarde sont', 'sauvegardes sont')} maintenant "
             "chiffrés.", "", f"Clé de récupération{C} {recovery_key}", "",
             "Elle n’est montrée qu’une fois. Gardez-la loin de cet ordinateur (imprimée, ou dans un gestionnaire "
             f"de mots de passe){C}",
             f"elle ouvre les dossiers si la phrase de passe est oubliée ou si le fichier de clé {key_file} est perdu."]
    if left:
        lines.append(f"Ces sauvegardes n’ont pas pu être lues et sont restées non chiffrées{S} supprimez-les{C} "
                     + ", ".join(left))
    return lines


def decrypted(converted: int, left: list[str]) -> str:
    text = (f"Chiffrement retiré des dossiers et de {converted} "
            f"{plural(converted, 'sauvegarde', 'sauvegardes')}.")
    if left:
        text += f" Ces sauvegardes n’ont pas pu être lues et sont toujours chiffrées{C} {', '.join(left)}"
    return text


PASSPHRASE_CHANGED = ("Phrase de passe changée\u00a0; l’ancienne n’ouvre plus les dossiers. "
                      "La clé de récupération n’a pas changé.")


def no_such_client(client: int, meanwhile: bool) -> str:
    return f"personne cliente {client}{C} aucune personne cliente de ce numéro" + (
        " (supprimée entre-temps{NBSP}?)".replace("{NBSP}", NBSP) if meanwhile else "")


def updated(client: int, version: int) -> str:
    return f"personne cliente {client} mise à jour (maintenant version {version})"


ERASED = "  (valeurs effacées par une purge)"
WITHHELD = f"  (valeurs retenues{C} personne cliente supprimée)"


def calendar_written(count: int, file: object) -> str:
    return f"{num(count)} {plural(count, 'échéance écrite', 'échéances écrites')} dans {file}"


def letter(reference: str, file: object, assessment: int | None, policy: str | None) -> str:
    return (f"lettre {reference} écrite dans {file} (elle cite l’évaluation {assessment}, "
            f"données de politique {policy})")


# Refusals that are one fixed sentence (the encryption's and the command line's own), by their English
# words. The environment's faults (``storage/faults.py``) are worded by kind in ``text/faults.py``.
FIXED = {
    "wrong passphrase": "phrase de passe erronée",
    "wrong passphrase or recovery key; nothing was changed":
        f"phrase de passe ou clé de récupération erronée{S} rien n’a été modifié",
    "the caseload is encrypted: its passphrase is needed":
        f"les dossiers sont chiffrés{C} leur phrase de passe est nécessaire",
    "the caseload is not encrypted": "les dossiers ne sont pas chiffrés",
    "the caseload is not encrypted; `casedesk encrypt` encrypts it":
        f"les dossiers ne sont pas chiffrés{S} `casedesk encrypt` les chiffre",
    "the caseload is already encrypted; `casedesk passphrase` changes its passphrase":
        f"les dossiers sont déjà chiffrés{S} `casedesk passphrase` change leur phrase de passe",
    "the two passphrases differ; nothing was changed": f"les deux phrases de passe diffèrent{S} rien n’a été modifié",
    "export: give client ids or --all (not both)":
        f"export{C} donnez des numéros de personnes clientes ou --all (pas les deux)",
    "audit --verify checks the whole trail: give no ID and no -o":
        f"audit --verify vérifie toute la piste{C} ne donnez ni numéro ni -o",
    "not confirmed; nothing was changed": NOT_CONFIRMED,
}


def fixed(english: str) -> str | None:
    """The French for a refusal that is one fixed sentence, or None."""
    return FIXED.get(english)


def disk_full(filename: object | None) -> str:
    what = f"{filename} n’a pas été écrit" if filename else "le fichier n’a pas été écrit"
    return f"le disque est plein{C} {what}{S} rien n’a été modifié. Libérez de l’espace et réessayez"
