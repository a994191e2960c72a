"""Sources a result may cite: published ones, each once; the team's reference notes never."""

from __future__ import annotations

from casedesk.domain.assessment import Source
from casedesk.domain.sources import citable, public_title


def test_public_title_drops_the_teams_notes():
    assert public_title("Recollection (rules-facts.md, section 2d)") is None
    assert public_title("rules-facts.md (TPS table): litigation status unknown") is None
    assert public_title("Express Entry rounds of invitations, by round type (rules-facts.md §2a.8 and the "
                        "Ministerial Instructions)") == "Express Entry rounds of invitations, by round type"
    assert public_title("Federal Register 90 FR 13611") == "Federal Register 90 FR 13611"


def test_citable_keeps_each_published_source_once_and_counts_the_rest():
    a = Source("fees.biometrics", "Recollection (rules-facts.md, section 2d)", "")
    b = Source("fees.spousal", "Recollection (rules-facts.md, section 2d: 'Fees [?]')", "")
    c = Source("ee.round_types", "Rounds (rules-facts.md §2a.8)", "https://example.org/r", True)
    d = Source("ee.cutoff_range_days", "Rounds (rules-facts.md §2a.8)", "https://example.org/r/", False)
    e = Source("parole.chnv.parole_end", "Federal Register 90 FR 13611", "https://gov.example/fr", True)
    result = citable([a, c, b, d, e, a])
    assert [(s.id, s.title, s.confirmed) for s in result.sources] == [
        ("ee.round_types", "Rounds", False), ("parole.chnv.parole_end", "Federal Register 90 FR 13611", True)]
    assert result.unpublished == 2
