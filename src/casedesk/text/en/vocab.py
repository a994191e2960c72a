"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}

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
    # Express Entry draws.
    "draw": {"general": "general", "french": "French-language category"},
})
