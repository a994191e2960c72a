"""English words for case-file fields, as a result names the facts it is missing.

The code of a field is ``field.`` and its path with list positions written ``[]``
(``parents[1].canadian_by`` -> ``field.parents[].canadian_by``); ``{n}`` is the position
counted from 1. The words fit inside a sentence ("needs {the words}"); a list capitalises them.
"""

from __future__ import annotations

from ..render import Template

ABILITIES = ("speaking", "listening", "reading", "writing")

TEXTS: dict[str, Template] = {
    "field.client": "the client's identity",
    "field.client.given_names": "the client's given names",
    "field.client.family_name": "the client's family name",
    "field.client.date_of_birth": "the client's date of birth",
    "field.client.country_of_birth": "the client's country of birth",
    "field.client.citizenships": "the client's citizenships",
    "field.client.marital_status": "the client's marital status",
    "field.client.a_number": "the client's U.S. A-Number",
    "field.client.languages": "the languages the client speaks",
    "field.us_status": "the client's U.S. status",
    "field.us_status[].kind": "the kind of U.S. status {n}",
    "field.us_status[].program": "the parole program of U.S. status {n}",
    "field.us_status[].country": "the TPS country of U.S. status {n}",
    "field.us_status[].valid_until": "when U.S. status {n} ends",
    "field.partner": "whether the client has a spouse or partner, and the partner's facts",
    "field.partner.relationship": "the kind of relationship with the partner",
    "field.partner.since": "when the relationship began",
    "field.partner.status_in_canada": "the partner's status in Canada",
    "field.partner.lives_in_canada": "whether the partner lives in Canada",
    "field.partner.accompanying": "whether the partner would come to Canada",
    "field.relatives_in_canada": "the client's relatives in Canada",
    "field.relatives_in_canada[].relation": "how relative {n} in Canada is related",
    "field.relatives_in_canada[].status": "the status in Canada of relative {n}",
    "field.relatives_in_canada[].age": "the age of relative {n} in Canada",
    "field.parents": "the client's parents",
    "field.parents[].relation": "which parent parent {n} is",
    "field.parents[].canadian_at_client_birth": "whether parent {n} was Canadian at the client's birth",
    "field.parents[].canadian_by": "how parent {n} became Canadian",
    "field.parents[].days_in_canada_before_client_birth": (
        "the days parent {n} spent in Canada before the client's birth"),
    "field.grandparent_born_in_canada": "whether a grandparent was born in Canada",
    "field.minor": "a minor client's parents or guardians",
    "field.minor.accompanied_by_parent_or_guardian": "whether the client travels with a parent or legal guardian",
    "field.minor.parent_or_guardian_in_canada_or_us": (
        "whether the client has a parent or legal guardian in Canada or the U.S."),
    "field.canadian_documents": "the client's Canadian documents",
    "field.canadian_documents.valid_visa_or_permit": "whether the client holds a valid Canadian visa or permit",
    "field.death_penalty_exposure": "whether the client faces a charge punishable by death",
    "field.canada_entry": "how the client entered Canada",
    "field.canada_entry.mode": "how the client entered (or would enter) Canada",
    "field.canada_entry.date": "the date the client entered Canada",
    "field.canada_entry.claim_made_on": "the date of the client's refugee claim",
    "field.canada_entry.first_entry_date": "the date of the client's first entry into Canada after 24 June 2020",
    "field.human_capital": "the client's education, work and languages",
    "field.human_capital.education": "the client's education",
    "field.human_capital.canadian_work_years": "the client's years of skilled work in Canada",
    "field.human_capital.foreign_work_years": "the client's years of skilled work outside Canada",
    "field.human_capital.certificate_of_qualification": "whether the client holds a trade certificate",
    "field.human_capital.canadian_education": "the client's education in Canada",
    "field.human_capital.provincial_nomination": "whether a province has nominated the client",
    "field.human_capital.spouse": "the spouse's education, work and language",
    "field.human_capital.spouse.education": "the spouse's education",
    "field.human_capital.spouse.canadian_work_years": "the spouse's years of work in Canada",
    "field.human_capital.skilled_work_teer": "the TEER category of the client's skilled work",
    "field.human_capital.skilled_work_years_last_10": "the client's years of skilled work in the last ten years",
    "field.human_capital.canadian_work_years_last_3": "the client's years of skilled work in Canada in the last three "
                                                      "years",
    "field.human_capital.trade_work_years_last_5": "the client's years of work in a skilled trade in the last five "
                                                   "years",
    "field.human_capital.family_size": "the size of the client's family (for settlement funds)",
    "field.human_capital.settlement_funds_cad": "the money the client can show to settle in Canada",
    "field.express_entry": "the client's Express Entry profile",
    "field.express_entry.invitation_date": "the date of the Express Entry invitation",
    "field.express_entry.categories": "the Express Entry categories the client meets",
    "field.job_offer": "whether the client has a Canadian job offer",
    "field.job_offer.province": "the province of the job offer",
    "field.job_offer.teer": "the TEER category of the job offer",
    "field.job_offer.noc": "the occupation code (NOC) of the job offer",
    "field.intends_quebec": "whether the client intends to live in Quebec",
    "field.self_employment": "the client's cultural or athletic self-employment",
    "field.self_employment.cultural_or_athletic_years": "the client's years of cultural or athletic experience",
    "field.business": "the client's business means",
    "field.business.net_worth_cad": "the client's net worth",
    "field.business.designated_org_support": "whether a designated organisation supports the client's business",
}

# Official-language results: the result, which language it is, and each ability's level or score.
for _base, _words in (("human_capital.first_language", "the client's first official language"),
                      ("human_capital.second_language", "the client's second official language"),
                      ("human_capital.spouse.first_language", "the spouse's official language")):
    TEXTS[f"field.{_base}"] = f"{_words} results"
    TEXTS[f"field.{_base}.language"] = f"which language is {_words}"
    TEXTS[f"field.{_base}.clb"] = f"{_words} levels (CLB/NCLC)"
    for _ability in ABILITIES:
        TEXTS[f"field.{_base}.clb.{_ability}"] = f"{_words}: {_ability} level"
        for _scores in (".clb.scores", ".scores"):
            TEXTS[f"field.{_base}{_scores}.{_ability}"] = f"{_words}: {_ability} test score"
