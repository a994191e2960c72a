"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}


# -- deadlines: countries (ISO 3166 codes), U.S. status kinds, entry modes, policy confidence ------------------
VOCAB["country"] = {
    "AF": "Afghanistan", "AR": "Argentina", "BD": "Bangladesh", "BF": "Burkina Faso", "BI": "Burundi",
    "BJ": "Benin", "BO": "Bolivia", "BR": "Brazil", "BY": "Belarus", "CA": "Canada",
    "CD": "Democratic Republic of the Congo", "CF": "Central African Republic", "CG": "Congo",
    "CI": "Côte d'Ivoire", "CL": "Chile", "CM": "Cameroon", "CN": "China", "CO": "Colombia",
    "CR": "Costa Rica", "CU": "Cuba", "DE": "Germany", "DO": "Dominican Republic", "DZ": "Algeria",
    "EC": "Ecuador", "EG": "Egypt", "ER": "Eritrea", "ES": "Spain", "ET": "Ethiopia", "FR": "France",
    "GB": "United Kingdom", "GH": "Ghana", "GN": "Guinea", "GT": "Guatemala", "HN": "Honduras", "HT": "Haiti",
    "IN": "India", "IQ": "Iraq", "IR": "Iran", "IT": "Italy", "JM": "Jamaica", "JP": "Japan", "KE": "Kenya",
    "KH": "Cambodia", "KR": "South Korea", "LA": "Laos", "LB": "Lebanon", "LK": "Sri Lanka", "MA": "Morocco",
    "ML": "Mali", "MM": "Burma (Myanmar)", "MX": "Mexico", "NE": "Niger", "NG": "Nigeria", "NI": "Nicaragua",
    "NP": "Nepal", "PA": "Panama", "PE": "Peru", "PH": "Philippines", "PK": "Pakistan", "PT": "Portugal",
    "PY": "Paraguay", "RU": "Russia", "RW": "Rwanda", "SD": "Sudan", "SN": "Senegal", "SO": "Somalia",
    "SS": "South Sudan", "SV": "El Salvador", "SY": "Syria", "TD": "Chad", "TG": "Togo", "TH": "Thailand",
    "TN": "Tunisia", "TR": "Türkiye", "UA": "Ukraine", "UG": "Uganda", "US": "United States", "UY": "Uruguay",
    "VE": "Venezuela", "VN": "Viet Nam", "YE": "Yemen", "ZA": "South Africa",
}
VOCAB["us_status"] = {
    "parole": "parole", "tps": "TPS", "ead": "work permit (EAD)", "asylum_pending": "asylum-pending status",
    "visa": "U.S. visa status", "other": "U.S. status", "citizen": "U.S. citizenship",
    "permanent_resident": "U.S. permanent residence",
}
VOCAB["entry_mode"] = {
    "between_ports": "between ports of entry", "port_of_entry": "at a port of entry", "airport": "at an airport",
}
VOCAB["confidence"] = {
    "S": "official or primary source", "S3": "secondary source only", "R": "unconfirmed recollection",
    "?": "sources conflict or are missing",
}

# --- eligibility results (text/en/pathways.py) -------------------------------------------------
VOCAB.update({
    # The case file's relations (a relative in Canada, a parent).
    "relation": {
        "spouse": "spouse", "common_law_partner": "common-law partner", "legal_guardian": "legal guardian",
        "child": "child", "father": "father", "mother": "mother", "parent": "parent", "brother": "brother",
        "sister": "sister", "grandfather": "grandfather", "grandmother": "grandmother", "grandchild": "grandchild",
        "uncle": "uncle", "aunt": "aunt", "nephew": "nephew", "niece": "niece", "cousin": "cousin",
        "other": "relative",
    },
    # A person's status in Canada, as a noun for the person ("a permanent resident").
    "status": {
        "citizen": "citizen", "permanent_resident": "permanent resident", "protected_person": "protected person",
        "stayed_removal_hc": "person whose removal is stayed on H&C grounds",
        "work_permit": "work permit holder", "study_permit": "study permit holder",
        "refugee_claimant": "refugee claimant", "none": "person without status",
    },
    # The partner, by the kind of relationship.
    "relationship": {"spouse": "spouse", "common_law": "common-law partner", "conjugal": "conjugal partner"},
    # The kind of relationship, as an adjective ("a common-law relationship").
    "relationship_kind": {"spouse": "married", "common_law": "common-law", "conjugal": "conjugal"},
    "pathway": {
        "visitor_visa": "Visitor visa", "study_permit": "Study permit", "work_permit": "Work permit",
        "refugee_claim_port_of_entry": "Refugee claim at a port of entry",
        "refugee_claim_after_irregular_entry": "Refugee claim after entering between ports",
        "citizenship_by_descent": "Citizenship by descent", "express_entry": "Express Entry",
        "provincial_nominee": "Provincial Nominee Program", "spousal_sponsorship": "Spousal or partner sponsorship",
        "other_family_sponsorship": "Other family sponsorship", "self_employed": "Self-employed persons (federal)",
        "quebec_business": "Quebec business programs", "start_up_visa": "Start-up visa",
        "investor": "Investor programs",
    },
    "stca_exception": {
        "family": "family member exception", "minor": "unaccompanied minor exception",
        "documents": "document holder exception", "public_interest": "public interest exception",
    },
    # Express Entry rounds (``ee.round_types``; "general" in results saved before the review of 2026-12-02).
    "draw": {"general": "general", "french": "French-language category", "all_program": "all-program",
             "cec": "Canadian Experience Class", "fsw": "Federal Skilled Worker", "fst": "Federal Skilled Trades",
             "pnp": "Provincial Nominee Program", "healthcare": "healthcare and social services category",
             "education": "education category", "trades": "trades category", "stem": "STEM category",
             "transport": "transport category", "agriculture": "agriculture and agri-food category",
             "physicians_canadian_experience": "physicians-with-Canadian-experience category",
             "researchers_canadian_experience": "researchers-with-Canadian-experience category",
             "senior_managers_canadian_experience": "senior-managers-with-Canadian-experience category",
             "military_recruits": "skilled military recruits category"},
    # Express Entry programs.
    "program": {"fsw": "Federal Skilled Worker", "cec": "Canadian Experience Class", "fst": "Federal Skilled Trades"},
})
