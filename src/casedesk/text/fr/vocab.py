"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}


# -- deadlines: countries (ISO 3166 codes), U.S. status kinds, entry modes, policy confidence ------------------
VOCAB["country"] = {
    "AF": "Afghanistan", "AR": "Argentine", "BD": "Bangladesh", "BF": "Burkina Faso", "BI": "Burundi",
    "BJ": "Bénin", "BO": "Bolivie", "BR": "Brésil", "BY": "Bélarus", "CA": "Canada",
    "CD": "République démocratique du Congo", "CF": "République centrafricaine", "CG": "Congo",
    "CI": "Côte d’Ivoire", "CL": "Chili", "CM": "Cameroun", "CN": "Chine", "CO": "Colombie",
    "CR": "Costa Rica", "CU": "Cuba", "DE": "Allemagne", "DO": "République dominicaine", "DZ": "Algérie",
    "EC": "Équateur", "EG": "Égypte", "ER": "Érythrée", "ES": "Espagne", "ET": "Éthiopie", "FR": "France",
    "GB": "Royaume-Uni", "GH": "Ghana", "GN": "Guinée", "GT": "Guatemala", "HN": "Honduras", "HT": "Haïti",
    "IN": "Inde", "IQ": "Irak", "IR": "Iran", "IT": "Italie", "JM": "Jamaïque", "JP": "Japon", "KE": "Kenya",
    "KH": "Cambodge", "KR": "Corée du Sud", "LA": "Laos", "LB": "Liban", "LK": "Sri Lanka", "MA": "Maroc",
    "ML": "Mali", "MM": "Birmanie (Myanmar)", "MX": "Mexique", "NE": "Niger", "NG": "Nigeria",
    "NI": "Nicaragua", "NP": "Népal", "PA": "Panama", "PE": "Pérou", "PH": "Philippines", "PK": "Pakistan",
    "PT": "Portugal", "PY": "Paraguay", "RU": "Russie", "RW": "Rwanda", "SD": "Soudan", "SN": "Sénégal",
    "SO": "Somalie", "SS": "Soudan du Sud", "SV": "Salvador", "SY": "Syrie", "TD": "Tchad", "TG": "Togo",
    "TH": "Thaïlande", "TN": "Tunisie", "TR": "Turquie", "UA": "Ukraine", "UG": "Ouganda", "US": "États-Unis",
    "UY": "Uruguay", "VE": "Venezuela", "VN": "Viêt Nam", "YE": "Yémen", "ZA": "Afrique du Sud",
}
VOCAB["us_status"] = {
    "parole": "parole humanitaire", "tps": "TPS", "ead": "permis de travail (EAD)",
    "asylum_pending": "statut lié à la demande d’asile", "visa": "statut de visa américain",
    "other": "statut aux États-Unis", "citizen": "citoyenneté américaine",
    "permanent_resident": "résidence permanente aux États-Unis",
}
VOCAB["entry_mode"] = {
    "between_ports": "entre les points d’entrée", "port_of_entry": "à un point d’entrée",
    "airport": "par un aéroport",
}
VOCAB["confidence"] = {
    "S": "source officielle ou primaire", "S3": "source secondaire seulement", "R": "souvenir non confirmé",
    "?": "sources contradictoires ou manquantes",
}

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
