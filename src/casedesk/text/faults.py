"""The environment's faults (``storage/faults.py``: disk full, caseload busy, read-only, damaged…)
worded by their kind, for the command line and the window alike. English is the storage's own
sentence; a kind without French here (a server's fault, which quotes the server) stays English."""

from __future__ import annotations

NBSP = "\u00a0"
S = NBSP + ";"  # a French semicolon

FRENCH = {
    "disk_full": f"Le disque est plein, CaseDesk n’a donc pas pu enregistrer{S} rien n’a été modifié. Libérez de "
                 "l’espace et réessayez.",
    "locked": "Les dossiers sont occupés par un autre programme ou une autre fenêtre de CaseDesk, cela n’a donc pas "
              f"pu être fait{S} rien n’a été modifié. Fermez l’autre ou attendez, puis réessayez.",
    "read_only": f"Les dossiers ne peuvent pas être écrits (fichier, dossier ou disque en lecture seule){S} rien "
                 "n’a été modifié. Vérifiez les autorisations du dossier de données.",
    "permission": f"Accès refusé à la base de données des dossiers{S} rien n’a été modifié. Vérifiez les "
                  "autorisations du dossier de données.",
    "io": f"Le disque a signalé une erreur en lisant ou en écrivant les dossiers{S} rien n’a été modifié. Vérifiez "
          "le disque, puis restaurez une sauvegarde si le problème persiste.",
    "damaged": "La base de données des dossiers est endommagée, cela n’a donc pas pu être fait"
               f"{S} rien n’a été modifié. Restaurez une sauvegarde (casedesk restore FICHIER, ou Fichier > "
               "Restaurer).",
    "cant_open": "La base de données des dossiers n’a pas pu être ouverte (dossier manquant, autorisations ou "
                 f"disque){S} rien n’a été modifié.",
}


def fault_text(kind: str, english: str, lang: str) -> str:
    """The fault in ``lang``; its English sentence when there is no other."""
    return FRENCH.get(kind, english) if lang == "fr" else english


__all__ = ["FRENCH", "fault_text"]
