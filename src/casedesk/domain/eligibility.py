"""Assess every pathway for a client on a date, against one version of the policy data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .assessment import PATHWAY_IDS, Assessment, PathwayResult
from .facts import CaseFacts
from .pathways import business, citizenship, economic, family, refugee, temporary
from .pathways.context import Context
from .policydata import Policy

ASSESSORS: dict[str, Callable[[Context], PathwayResult]] = {
    "visitor_visa": temporary.visitor_visa,
    "study_permit": temporary.study_permit,
    "work_permit": temporary.work_permit,
    "refugee_claim_port_of_entry": refugee.port_of_entry,
    "refugee_claim_after_irregular_entry": refugee.irregular_entry,
    "citizenship_by_descent": citizenship.assess,
    "express_entry": economic.express_entry,
    "provincial_nominee": economic.provincial_nominee,
    "spousal_sponsorship": family.spousal,
    "other_family_sponsorship": family.other_family,
    "self_employed": business.self_employed,
    "quebec_business": business.quebec_business,
    "start_up_visa": business.start_up_visa,
    "investor": business.investor,
}
assert tuple(ASSESSORS) == PATHWAY_IDS


def assess(facts: CaseFacts, policy: Policy, as_of: date) -> Assessment:
    base = Context(facts, policy, as_of)
    return Assessment(as_of, policy.version, tuple(run(base.fresh()) for run in ASSESSORS.values()))
