"""The case file's fixed vocabularies (``docs/case-file.md``).

These are the contract's words, not policy: they change only with the format version.
"""

FORMAT = "casedesk.case/1"

MARITAL_STATUSES = ("single", "married", "common_law", "separated", "divorced", "widowed")
# ``citizen`` and ``permanent_resident`` are U.S. citizenship and U.S. lawful permanent residence.
US_STATUS_KINDS = ("parole", "tps", "ead", "asylum_pending", "visa", "other", "citizen", "permanent_resident")
PAROLE_PROGRAMS = ("CHNV", "U4U", "OAW", "FRP", "CAM", "other")
PARTNER_RELATIONSHIPS = ("spouse", "common_law", "conjugal")
CANADIAN_STATUSES = (
    "citizen", "permanent_resident", "protected_person", "stayed_removal_hc",
    "work_permit", "study_permit", "refugee_claimant", "none",
)
RELATIONS = (
    "spouse", "common_law_partner", "legal_guardian", "child", "father", "mother",
    "brother", "sister", "grandfather", "grandmother", "grandchild", "uncle", "aunt",
    "nephew", "niece", "cousin", "other",
)
PARENT_RELATIONS = ("mother", "father", "parent")
CANADIAN_BY = ("birth_in_canada", "naturalization", "descent", "none")
ENTRY_MODES = ("port_of_entry", "between_ports", "airport", "none")
EDUCATION_LEVELS = (
    "none", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master", "doctoral",
)
OFFICIAL_LANGUAGES = ("english", "french")
ABILITIES = ("speaking", "listening", "reading", "writing")
CANADIAN_EDUCATION = ("none", "one_or_two_year", "three_year_or_more")
# Express Entry occupational categories a candidate can be recorded as meeting (French is read
# off the language results, not recorded). Which categories IRCC uses on a date is policy data.
EE_CATEGORIES = (
    "healthcare_social_services", "stem", "trades", "transport", "agriculture_agri_food", "education",
    "physicians_canadian_experience", "researchers_canadian_experience", "senior_managers_canadian_experience",
    "military_recruits",
)
PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")

# Language tests a result may be given in, with each ability's score range and step.
# A CLB/NCLC level is 0-12; the conversion tables themselves are policy data.
LANGUAGE_TESTS: dict[str, dict[str, tuple[float, float, float]]] = {
    "ielts_general": {a: (0.0, 9.0, 0.5) for a in ABILITIES},
    "celpip_general": {a: (0.0, 12.0, 1.0) for a in ABILITIES},
    "pte_core": {a: (10.0, 90.0, 1.0) for a in ABILITIES},
    # TEF Canada has scored every ability 0-699 since 2023-12-10 (older results were converted).
    "tef_canada": {a: (0.0, 699.0, 1.0) for a in ABILITIES},
    "tcf_canada": {
        "speaking": (0.0, 20.0, 1.0), "listening": (100.0, 699.0, 1.0),
        "reading": (100.0, 699.0, 1.0), "writing": (0.0, 20.0, 1.0),
    },
}

# The kinds of deadline CaseDesk computes or the caseworker enters (`casedesk upcoming --kind`).
DEADLINE_KINDS = (
    "status_end", "ead_end", "program_end", "entry_claim_window", "entry_claim_bar",
    "ee_invitation", "language_test", "police_certificate", "medical_exam", "passport", "task",
)
# The deadline kinds that make up the client's U.S. status; the earliest of them is the status cliff.
# Here, with the other names, so what needs only the names (the morning buckets, ``casedesk upcoming``)
# does not load the deadline rules.
STATUS_DEADLINE_KINDS = ("status_end", "ead_end", "program_end")
