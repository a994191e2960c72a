"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}

# --- eligibility results (text/fr/pathways.py) -------------------------------------------------
VOCAB.update({
    # A status in Canada, named as a status rather than as a person ("résidence permanente", not
    # "résident permanent"), so no word agrees with anyone's gender.
    "status": {
        "citizen": "citoyenneté canadienne", "permanent_resident": "résidence permanente",
        "protected_person": "personne protégée",
        "stayed_removal_hc": "renvoi suspendu pour considérations d’ordre humanitaire",
        "work_permit": "permis de travail", "study_permit": "permis d’études",
        "refugee_claimant": "demande d’asile en cours", "none": "aucun statut",
    },
})
