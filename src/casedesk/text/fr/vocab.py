"""Vocabulary codes (relations, statuses, countries, ...) in words."""

from ...domain.countries import french_names

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
# Every other assigned code by its name in resources/countries/names-fr.tab (the names above, as the letters
# have always written them, win).
VOCAB["country"] = {**french_names(), **VOCAB["country"]}
VOCAB["us_status"] = {
    "parole": "libération conditionnelle pour motifs humanitaires", "tps": "TPS", "ead": "permis de travail (EAD)",
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

# --- the other results (text/fr/results.py) and the command line's words -------------------------------
VOCAB.update({
    # The case file's relations, as nouns that name the relation, not the person's gender where a choice exists.
    "relation": {
        "spouse": "époux ou épouse", "common_law_partner": "conjoint ou conjointe de fait",
        "legal_guardian": "tuteur légal", "child": "enfant", "father": "père", "mother": "mère", "parent": "parent",
        "brother": "frère", "sister": "sœur", "grandfather": "grand-père", "grandmother": "grand-mère",
        "grandchild": "petit-enfant", "uncle": "oncle", "aunt": "tante", "nephew": "neveu", "niece": "nièce",
        "cousin": "cousin ou cousine", "other": "membre de la famille",
    },
    "relationship": {"spouse": "époux ou épouse", "common_law": "conjoint ou conjointe de fait",
                     "conjugal": "partenaire conjugal"},
    "relationship_kind": {"spouse": "mariage", "common_law": "union de fait", "conjugal": "relation conjugale"},
    "pathway": {
        "visitor_visa": "Visa de visiteur", "study_permit": "Permis d’études", "work_permit": "Permis de travail",
        "refugee_claim_port_of_entry": "Demande d’asile à un point d’entrée",
        "refugee_claim_after_irregular_entry": "Demande d’asile après un passage entre les points d’entrée",
        "citizenship_by_descent": "Citoyenneté par filiation", "express_entry": "Entrée express",
        "provincial_nominee": "Programme des candidats des provinces",
        "spousal_sponsorship": "Parrainage de l’époux ou du conjoint",
        "other_family_sponsorship": "Autre parrainage familial",
        "self_employed": "Travailleurs autonomes (fédéral)", "quebec_business": "Programmes d’affaires du Québec",
        "start_up_visa": "Visa pour démarrage d’entreprise", "investor": "Programmes d’investisseurs",
    },
    "stca_exception": {
        "family": "exception pour les membres de la famille", "minor": "exception pour les mineurs non accompagnés",
        "documents": "exception pour les titulaires de documents", "public_interest": "exception d’intérêt public",
    },
    "draw": {"general": "générale", "french": "catégorie francophone", "all_program": "tous programmes",
             "cec": "catégorie de l’expérience canadienne", "fsw": "travailleurs qualifiés (fédéral)",
             "fst": "métiers spécialisés (fédéral)", "pnp": "candidats des provinces",
             "healthcare": "catégorie santé et services sociaux", "education": "catégorie éducation",
             "trades": "catégorie métiers", "stem": "catégorie STIM", "transport": "catégorie transport",
             "agriculture": "catégorie agriculture et agroalimentaire",
             "physicians_canadian_experience": "catégorie médecins ayant une expérience canadienne",
             "researchers_canadian_experience": "catégorie chercheurs ayant une expérience canadienne",
             "senior_managers_canadian_experience": "catégorie cadres supérieurs ayant une expérience canadienne",
             "military_recruits": "catégorie recrues militaires qualifiées"},
    "program": {"fsw": "Travailleurs qualifiés (fédéral)", "cec": "Catégorie de l’expérience canadienne",
                "fst": "Métiers spécialisés (fédéral)"},
    # The verdicts, as `casedesk assess --lang fr` prints them.
    "verdict": {"promising": "Prometteur", "possible": "Possible", "needs_info": "Information manquante",
                "unlikely": "Peu probable", "unavailable": "Non disponible pour l’instant",
                "ineligible": "Non admissible"},
})
