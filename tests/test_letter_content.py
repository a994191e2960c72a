"""The words of the referral letters (the domain/letters package), tested without any PDF."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from casedesk.domain import letters
from casedesk.domain import messages as msgs
from casedesk.domain.assessment import POSSIBLE, PROMISING
from casedesk.domain.casefile import parse_case
from casedesk.domain.demo import demo_cases
from casedesk.domain.eligibility import assess
from casedesk.domain.facts import CanadaEntry, CanadianDocuments, Identity, Parent, Partner, UsStatus
from casedesk.domain.letters import (
    KINDS, LANGUAGES, BulletList, Checklist, Heading, LetterContent, LetterError, Letterhead, Paragraph, Table,
    french_typography, letter_content,
)
from casedesk.policy.loader import default_policy
from casedesk.text import render

AS_OF = date(2026, 11, 21)
POLICY = default_policy()
NBSP = "\u00a0"
SPEC_FILE = Path(__file__).parent / "data" / "spec_example.json"
HEAD = Letterhead(
    organisation="Clinique juridique Saint-Laurent",
    address="1234, rue Sainte-Catherine Ouest\nMontréal (Québec)  H3G 1P1",
    phone="514 555-0199",
    email="aide@clinique.example",
    caseworker_name="Geneviève Tremblay",
    caseworker_title="Conseillère en immigration",
)
SPS, CIT = "spousal_sponsorship", "citizenship_certificate"


@pytest.fixture(scope="module")
def spec():
    return parse_case(json.loads(SPEC_FILE.read_text(encoding="utf-8")))


def write(kind, language, facts, as_of=AS_OF, policy=POLICY, client_id=12, assessment=None, **kw) -> LetterContent:
    assessment = assessment if assessment is not None else assess(facts, policy, as_of)
    return letter_content(kind, language, facts, client_id, assessment, policy, as_of, HEAD, words=render, **kw)


def body(letter: LetterContent) -> str:
    """The letter's text without the sources list (whose titles are quoted as published)."""
    blocks = list(letter.blocks)
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and block.text in ("Sources of the figures", "Sources des données"):
            del blocks[i:i + 2]
            break
    return replace(letter, blocks=tuple(blocks)).text()


def checklist(letter: LetterContent) -> list[str]:
    return [item for block in letter.blocks if isinstance(block, Checklist) for item in block.items]


def with_parent(facts, parent: Parent, born: date, grandparent: bool = False):
    return replace(facts, client=replace(facts.client, date_of_birth=born), parents=(parent,),
                   grandparent_born_in_canada=grandparent)


# -- the spec example, both kinds and both languages ------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_spec_example_letter_frame(spec, kind, language):
    letter = write(kind, language, spec, recipient=("Me Jean Dupont", "Avocats Dupont", "Toronto (Ontario)"))
    en = language == "en"
    assert (letter.kind, letter.language) == (kind, language)
    assert letter.reference == f"CD-12-20261121-{'SPS' if kind == SPS else 'CIT'}"
    assert letter.reference_line == ("Our reference: " if en else f"N/Réf.{NBSP}: ") + letter.reference
    assert letter.date_line == ("21 November 2026" if en else "Le 21 novembre 2026")
    assert letter.recipient == ("Me Jean Dupont", "Avocats Dupont", "Toronto (Ontario)")
    assert letter.salutation == ("Dear Sir or Madam," if en else "Madame, Monsieur,")
    assert letter.closing == ("Yours sincerely," if en else
                              "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.")
    assert letter.signature == ("Geneviève Tremblay", "Conseillère en immigration", "Clinique juridique Saint-Laurent")
    assert letter.footer.startswith("Confidential – " if en else "Confidentiel – ")
    assert letter.letterhead_lines == (
        "Clinique juridique Saint-Laurent", "1234, rue Sainte-Catherine Ouest", "Montréal (Québec)  H3G 1P1",
        "Tel. 514 555-0199" if en else f"Tél.{NBSP}: 514 555-0199",
        "Email aide@clinique.example" if en else f"Courriel{NBSP}: aide@clinique.example")
    subject = letter.blocks[0]
    assert isinstance(subject, Heading)
    assert subject.text == ("Subject: " if en else f"Objet{NBSP}: ") + letter.subject
    assert "María José Pérez Núñez" in letter.subject
    assert letter.metadata == {"title": letter.title, "author": "Geneviève Tremblay (Clinique juridique Saint-Laurent)",
                               "subject": letter.subject, "lang": "en-CA" if en else "fr-CA"}
    assert all(isinstance(b, (Heading, Paragraph, BulletList, Checklist, Table)) for b in letter.blocks)
    identity = next(b for b in letter.blocks if isinstance(b, Table))
    assert identity.rows[:3] == (("Name", "María José Pérez Núñez"), ("Date of birth", "2 May 1994"),
                                 ("Country of birth", "Venezuela")) if en else \
        (("Nom", "María José Pérez Núñez"), ("Date de naissance", "2 mai 1994"), ("Pays de naissance", "Venezuela"))


@pytest.mark.parametrize("kind", KINDS)
def test_french_letters_are_written_in_french_with_french_spacing(spec, kind):
    letter = write(kind, "fr", spec)
    text = body(letter)
    assert f"Objet{NBSP}: Recommandation – " in text
    for word in ("Madame, Monsieur,", "Veuillez agréer", "Renseignements personnels", "novembre", "Confidentiel",
                 "citoyenneté", "demande"):
        assert word in text, word
    for english in ("Subject", "Dear", "the client", "Yours", "Referral", "months", "verify", "Confidential"):
        assert english not in text, english
    # Every : ; ! ? » of the letter's own French has a no-break space before it, never a plain one.
    assert not re.search(r"[ \u2009\u202f][:;!?»]", text)
    assert not re.search(r"«[ \u2009\u202f]", text)
    assert re.search(r"[^\s]\u00a0:", text)
    assert "prometteuse" in text


@pytest.mark.parametrize("kind", KINDS)
def test_english_letters_use_english_spacing(spec, kind):
    text = body(write(kind, "en", spec))
    assert "Subject: Referral – " in text
    assert f"{NBSP}:" not in text
    assert "Objet" not in text and "Madame" not in text


# -- what each kind says ----------------------------------------------------------------------

def test_sponsorship_letter_says_who_why_where_and_when(spec):
    letter = write(SPS, "en", spec)
    text = body(letter)
    rows = dict(row for b in letter.blocks if isinstance(b, Table) for row in b.rows)
    assert rows["Relationship"] == "Spouse (married)"
    assert rows["Since"] == "1 June 2019"
    assert rows["Sponsor's status"] == "Canadian citizen"
    assert rows["Sponsor lives"] == "In Canada"
    # Why: the assessment's own summary and reasons.
    result = next(p for p in assess(spec, POLICY, AS_OF).pathways if p.id == "spousal_sponsorship")
    assert render(result.summary) in text
    assert any(isinstance(b, BulletList) and list(b.items) == [render(r) for r in result.reasons]
               for b in letter.blocks)
    assert "rates this route promising" in text
    # Inland / outland with the estimates in force and their dates.
    # How sure the team is of a figure is the app's caveat, not the letter's (issue 14).
    assert rows["Outland (outside Canada, not Quebec)"] == "about 16 months (IRCC estimate, May 2026)"
    assert rows["Inland (in Canada, not Quebec)"].startswith("about 25 months (IRCC estimate, May 2026")
    assert "no valid Canadian visa or permit is recorded" in text
    # Status cliff: CHNV parole ended on 24 April 2025.
    assert "The client's parole (CHNV) ended on 24 April 2025 (576 days ago)" in text
    # The assessment also found the client may already be Canadian.
    assert "may already be a Canadian citizen by descent" in text


def test_sponsorship_letter_in_french(spec):
    text = body(write(SPS, "fr", spec))
    assert "environ 16 mois (estimation d’IRCC, mai 2026)" in text
    assert "environ 25 mois (estimation d’IRCC, mai 2026" in text
    assert ("La parole humanitaire (CHNV) de María José Pérez Núñez a pris fin le 24 avril 2025 "
            "(il y a 576 jours)") in text
    assert f"Depuis le{NBSP}: 1er juin 2019" in text
    assert "le parrainage par son époux ou son épouse, qui a la citoyenneté canadienne" in text
    assert f"Total{NBSP}: 1{NBSP}230{NBSP}$ CA" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_sponsorship_checklist(spec, language):
    items = checklist(write(SPS, language, spec))
    joined = "\n".join(items)
    for form in ("IMM 1344", "IMM 0008", "IMM 5532", "IMM 5669"):
        assert sum(form in item for item in items) == 1, form
    if language == "en":
        expected = ("Form IMM 5532: Relationship Information and Sponsorship Evaluation", "marriage certificate",
                    "photos together", "passport (all pages)", "Police certificates", "Medical examination",
                    "Photos meeting IRCC's specifications", "Biometrics", "translator's affidavit",
                    "Proof of the sponsor's status")
    else:
        expected = (f"Formulaire IMM 5532{NBSP}: Renseignements sur la relation", "acte de mariage", "photos du couple",
                    "passeport de María José Pérez Núñez (toutes les pages)", "Certificats de police", "Examen médical",
                    "Photos conformes", "Données biométriques", "affidavit du traducteur",
                    "Preuve du statut de la personne répondante")
    for words in expected:
        assert words in joined, words


@pytest.mark.parametrize("language", LANGUAGES)
def test_citizenship_checklist(spec, language):
    letter = write(CIT, language, spec)
    joined = "\n".join(checklist(letter))
    assert "CIT 0001" in joined and "CIT 0014" in joined
    if language == "en":
        expected = ("long-form birth certificate naming the mother", "the mother's Canadian birth certificate",
                    "old Canadian passport is not proof", "Two pieces of the client's identification",
                    "Two citizenship photos", "translator's affidavit",
                    "translations by the applicant or a family member are not accepted", "born in Quebec",
                    "1 January 1994", "CAD $75 per person")
    else:
        expected = ("Acte de naissance détaillé (version intégrale) de María José Pérez Núñez, où figure sa mère",
                    "son certificat de naissance canadien", "Deux pièces d’identité", "Deux photos",
                    "affidavit du traducteur", "Si sa mère est née au Québec", "1er janvier 1994",
                    f"75{NBSP}$ CA par personne")
    for words in expected:
        assert words in joined, words
    assert "physical presence" not in joined and "présence effective" not in joined


@pytest.mark.parametrize("language", LANGUAGES)
def test_citizenship_letter_parent_connection_fee_and_processing(spec, language):
    letter = write(CIT, language, spec)
    text = body(letter)
    rows = dict(row for b in letter.blocks if isinstance(b, Table) for row in b.rows)
    if language == "en":
        assert "The client's mother was born in Canada and was a Canadian citizen when the client was born on " \
               "2 May 1994" in text
        assert rows["Canadian through"] == "Born in Canada"
        assert rows["Fee"] == "CAD $75 per person (in force since 15 December 2025)"
        assert rows["Processing"] == "about 15 months (IRCC estimate, June 2026)"
        assert "Likely already Canadian: mother born in Canada" in text   # the assessment's summary
    else:
        assert "Sa mère est née au Canada et avait la citoyenneté canadienne à la naissance de María José Pérez " \
               "Núñez, le 2 mai 1994" in text
        assert rows["Citoyenneté acquise par"] == "Naissance au Canada"
        assert rows["Frais"].startswith(f"75{NBSP}$ CA par personne (en vigueur depuis le 15 décembre 2025")
        assert rows["Délai de traitement"].startswith("environ 15 mois (estimation d’IRCC, juin 2026")
        assert "Certificat de citoyenneté" not in rows


def test_citizenship_processing_range_from_an_earlier_policy_entry(spec):
    en = write(CIT, "en", spec, as_of=date(2026, 5, 15))
    fr = write(CIT, "fr", spec, as_of=date(2026, 5, 15))
    assert "11 to 15 months (IRCC estimate, May 2026)" in en.text()
    assert "de 11 à 15 mois (estimation d’IRCC, mai 2026" in fr.text()


# -- processing times follow the policy data ------------------------------------------------

def test_processing_months_come_from_the_policy_in_force(spec):
    march = write(SPS, "en", spec, as_of=date(2026, 4, 15)).text()
    assert "about 15 months (IRCC estimate, March 2026)" in march
    assert "about 21 months (IRCC estimate, March 2026)" in march
    november = write(SPS, "en", spec).text()
    assert "about 16 months (IRCC estimate, May 2026)" in november
    assert "15 months" not in november


def test_an_edited_policy_fact_changes_the_letter(spec):
    old = POLICY.get("processing.spousal_outland_months", AS_OF)
    edited = POLICY.with_fact(replace(old, value={"months": 19, "low": 19}, effective=date(2026, 8, 1),
                                      confidence="S", source_title="IRCC processing times",
                                      source_url="https://www.canada.ca/processing-times"), version="test.1")
    after = write(SPS, "en", spec, policy=edited)
    rows = dict(row for b in after.blocks if isinstance(b, Table) for row in b.rows)
    assert rows["Outland (outside Canada, not Quebec)"] == "about 19 months (IRCC estimate, August 2026)"  # confirmed
    assert "16 months" not in after.text()
    assert "policy data test.1" in after.text()
    assert "IRCC processing times – https://www.canada.ca/processing-times" in after.text()
    before = write(SPS, "fr", spec, policy=edited, as_of=date(2026, 7, 31)).text()
    assert "environ 16 mois (estimation d’IRCC, mai 2026" in before
    assert "19 mois" not in before
    assert "environ 19 mois (estimation d’IRCC, août 2026)" in write(SPS, "fr", spec, policy=edited).text()


def test_a_policy_without_the_estimate_says_so(spec):
    policy = replace(POLICY, facts=tuple(f for f in POLICY.facts if f.id != "processing.spousal_inland_months"))
    text = write(SPS, "en", spec, policy=policy).text()
    assert "no current estimate in our policy data" in text


def test_stale_policy_data_is_flagged(spec):
    later = date(2027, 6, 1)
    assert "more than three months ago" in write(SPS, "en", spec, as_of=later).text()
    assert "il y a plus de trois mois" in write(SPS, "fr", spec, as_of=later).text()
    assert "three months" not in write(SPS, "en", spec).text()


# -- demo clients: a letter exactly when the assessment recommends the route ----------------

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_demo_clients_get_a_letter_exactly_when_the_route_applies(kind, language):
    pathway = letters.KIND_PATHWAYS[kind]
    written = refused = 0
    for index, case in enumerate(demo_cases(AS_OF)):
        facts = parse_case(case)
        assessment = assess(facts, POLICY, AS_OF)
        verdict = assessment.verdicts()[pathway]
        if verdict in (PROMISING, POSSIBLE):
            letter = write(kind, language, facts, client_id=index, assessment=assessment)
            assert facts.client.full_name in letter.subject
            assert letter.reference.startswith(f"CD-{index}-20261121-")
            text = body(letter)
            if language == "fr":
                assert "Subject" not in text and "the client" not in text
                assert not re.search(r" [:;!?»]", text.replace(facts.client.full_name, "NAME"))
            written += 1
        else:
            with pytest.raises(LetterError, match=rf"^client {index}: .*\("):
                write(kind, language, facts, client_id=index, assessment=assessment)
            refused += 1
    assert written >= (7 if kind == SPS else 6)
    assert refused >= 30


# Words that are the app's own business, never the recipient's (issue 14): how sure the team is of a
# figure, its jargon, and codes or English left in the French.
_INTERNAL = ("verify before relying", "secondary source", "unconfirmed", "status cliff", "Caveat",
             "policy parole", "us_status", "(other)", "_")
_INTERNAL_FR = ("à vérifier avant de s’y fier", "source secondaire", "non confirmée", "(other)", " the ",
                "client's", "parole)", "_")


@pytest.mark.parametrize("day", [AS_OF, date(2026, 3, 1)])  # March 2026: Haiti's TPS under a court order
@pytest.mark.parametrize("kind", KINDS)
def test_letters_carry_no_internal_caveats_jargon_or_english_in_french(kind, day):
    written = 0
    for index, case in enumerate(demo_cases(day)):
        base = parse_case(case)
        variants = [base, replace(base, us_status=(UsStatus("parole", program="other",
                                                            valid_until=day + timedelta(days=40)),))]
        for facts in variants:
            assessment = assess(facts, POLICY, day)
            if assessment.verdicts()[letters.KIND_PATHWAYS[kind]] not in (PROMISING, POSSIBLE):
                continue
            for language, banned in (("en", _INTERNAL), ("fr", _INTERNAL_FR)):
                text = body(write(kind, language, facts, as_of=day, client_id=index, assessment=assessment))
                for word in banned:
                    assert word not in text, (index, language, word)
                written += 1
    assert written >= 20


def test_a_parole_of_no_named_program_is_said_without_a_code(spec):
    facts = replace(spec, us_status=(UsStatus("parole", program="other", valid_until=date(2027, 1, 5)),))
    assert "The client's parole ends on 5 January 2027" in write(SPS, "en", facts).text()
    assert "La parole humanitaire de María José Pérez Núñez prend fin le 5 janvier 2027" \
        in write(SPS, "fr", facts).text()


def test_demo_letters_in_the_past_of_bill_c3():
    """Before 15 Dec 2025 the letters follow the old law as the assessment does."""
    day = date(2025, 6, 1)
    for index, case in enumerate(demo_cases(day)):
        facts = parse_case(case)
        assessment = assess(facts, POLICY, day)
        for kind in KINDS:
            ok = assessment.verdicts()[letters.KIND_PATHWAYS[kind]] in (PROMISING, POSSIBLE)
            try:
                write(kind, "en", facts, as_of=day, client_id=index, assessment=assessment)
                assert ok, (index, kind)
            except LetterError:
                assert not ok, (index, kind)


# -- client text passes through verbatim ----------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_client_text_is_passed_through_verbatim(spec, kind, language):
    given, family = "Thị Hồng <b>&amp;", "O'Brien & Nguyễn"
    facts = replace(spec, client=replace(spec.client, given_names=given, family_name=family))
    note = "Tom & Jerry <script>'x'</script> : ok ? « non »"
    head = replace(HEAD, organisation="Dupont & Fils <Avocats>", caseworker_name="Zoë L'Heureux")
    letter = letter_content(kind, language, facts, 7, assess(facts, POLICY, AS_OF), POLICY, AS_OF, head,
                            note=note, reference="Réf. 2026/ÀB & co", words=render)
    name = f"{given} {family}"
    assert name in letter.title and name in letter.metadata["subject"]
    assert Paragraph(note) in letter.blocks            # untouched, even by French typography
    assert letter.reference == "Réf. 2026/ÀB & co"
    assert letter.signature[0] == "Zoë L'Heureux" and letter.signature[-1] == "Dupont & Fils <Avocats>"
    assert letter.metadata["author"] == "Zoë L'Heureux (Dupont & Fils <Avocats>)"
    assert "&lt;" not in letter.text() and "&amp;amp;" not in letter.text()
    assert letter.text().count(name) >= 1


def test_french_elision_before_a_vowel(spec):
    facts = replace(spec, client=replace(spec.client, given_names="Élodie", family_name="Lefèvre"))
    text = write(CIT, "fr", facts).text()
    assert "à la naissance d’Élodie Lefèvre" in text
    assert "de Élodie" not in text


# -- refusals name the missing fact ---------------------------------------------------------

def _no_partner(f):
    return replace(f, partner=None)


def _partner_without_status(f):
    return replace(f, partner=Partner("spouse", date(2019, 6, 1), "none", True, False))


def _pr_partner_abroad(f):
    return replace(f, partner=Partner("spouse", date(2019, 6, 1), "permanent_resident", False, False))


def _common_law_no_date(f):
    return replace(f, partner=Partner("common_law", None, "citizen", True, False))


def _minor(f):
    return replace(f, client=replace(f.client, date_of_birth=date(2010, 1, 1)), minor=None)


def _no_parents(f):
    return replace(f, parents=None, grandparent_born_in_canada=None)


def _no_canadian_parent(f):
    return replace(f, parents=(Parent("mother", False, "none", None),), grandparent_born_in_canada=False)


def _short_connection(f):
    return with_parent(f, Parent("father", True, "descent", 500), date(2026, 1, 10))


def _born_in_canada(f):
    return replace(f, client=replace(f.client, country_of_birth="CA"))


def _descent_days_unknown(f):
    return with_parent(f, Parent("mother", True, "descent", None), date(2026, 2, 1))


@pytest.mark.parametrize("kind, change, field", [
    (SPS, _no_partner, "(partner)"),
    (SPS, _partner_without_status, "(partner.status_in_canada)"),
    (SPS, _pr_partner_abroad, "(partner.lives_in_canada)"),
    (SPS, _common_law_no_date, "(partner.since)"),
    (SPS, _minor, "(client.date_of_birth)"),
    (CIT, _no_parents, "(parents)"),
    (CIT, _no_canadian_parent, "(parents, grandparent_born_in_canada)"),
    (CIT, _short_connection, "(parents[0].days_in_canada_before_client_birth)"),
    (CIT, _descent_days_unknown, "(parents[0].days_in_canada_before_client_birth)"),
    (CIT, _born_in_canada, "(client.country_of_birth)"),
])
@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_error_names_the_fact(spec, kind, change, field, language):
    with pytest.raises(LetterError) as caught:
        write(kind, language, change(spec))
    assert str(caught.value).startswith("client 12: ")
    assert field in str(caught.value)


def test_no_partner_message(spec):
    """Married, no partner recorded: the assessment asks for the partner, and the letter says so."""
    with pytest.raises(LetterError, match=r"^client 12: the assessment of 2026-11-21 needs more facts before "
                                          r"spousal_sponsorship can be recommended \(partner\)$"):
        write(SPS, "en", _no_partner(spec))


def test_short_connection_message_gives_the_days(spec):
    with pytest.raises(LetterError, match=r"rates citizenship_by_descent ineligible: Not a citizen: father has 500 "
                                          r"of 1,095 days in Canada \(parents\[0\]"):
        write(CIT, "en", _short_connection(spec))


def test_letter_refuses_an_assessment_that_does_not_recommend_the_route(spec):
    other = assess(_partner_without_status(spec), POLICY, AS_OF)
    with pytest.raises(LetterError, match="rates spousal_sponsorship ineligible"):
        write(SPS, "en", spec, assessment=other)
    asks = assess(_no_partner(spec), POLICY, AS_OF)  # married, partner unknown: needs_info
    with pytest.raises(LetterError, match=r"needs more facts before spousal_sponsorship can be recommended "
                                          r"\(partner\)"):
        write(SPS, "en", spec, assessment=asks)
    empty = replace(other, pathways=())
    with pytest.raises(LetterError, match="no citizenship_by_descent result"):
        write(CIT, "en", spec, assessment=empty)


@pytest.mark.parametrize("kind, language, match", [
    ("work_permit", "en", "unknown letter kind 'work_permit'"),
    (SPS, "es", "unknown letter language 'es'"),
])
def test_unknown_kind_or_language(spec, kind, language, match):
    with pytest.raises(LetterError, match=match):
        write(kind, language, spec)


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_letterhead_settings_are_left_out(spec, language):
    head = Letterhead(organisation="", address="", phone="", email="", caseworker_name="", caseworker_title="")
    letter = letter_content(SPS, language, spec, 1, assess(spec, POLICY, AS_OF), POLICY, AS_OF, head, words=render)
    assert letter.letterhead_lines == ()
    assert letter.signature == ()
    assert letter.metadata["author"] == ""
    assert "contact" not in letter.text() and "communiquer" not in letter.text()
    partial = replace(head, organisation="Clinique", email="a@b.example")
    letter = letter_content(SPS, language, spec, 1, assess(spec, POLICY, AS_OF), POLICY, AS_OF, partial,
                            words=render)
    assert letter.signature == ("Clinique",) and letter.metadata["author"] == "Clinique"
    assert ("please contact us at a@b.example." if language == "en" else
            "communiquer avec nous à l’adresse a@b.example.") in letter.text()


def test_client_without_a_name(spec):
    facts = replace(spec, client=Identity())
    with pytest.raises(LetterError, match=r"client\.given_names"):
        write(SPS, "en", facts)


# -- citizenship by descent: the 1,095-day test and the grandparent route -------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_1095_day_test_for_a_birth_after_bill_c3(spec, language):
    facts = with_parent(spec, Parent("father", True, "descent", 1200), date(2026, 1, 10))
    letter = write(CIT, language, facts)
    text = body(letter)
    items = "\n".join(checklist(letter))
    if language == "en":
        assert "the 1,095-day test of Bill C-3 requires at least 1,095 days of physical presence" in text
        assert "The file records 1,200 days" in text
        assert "Evidence of the father's 1,095 days of physical presence in Canada" in items
        assert "the father's citizenship certificate" in items
    else:
        assert f"au moins 1{NBSP}095 jours de présence effective cumulée au Canada avant la naissance" in text
        assert "son père, lui-même citoyen par filiation (né à l’étranger)" in text
        assert f"Le dossier fait état de 1{NBSP}200 jours" in text
        assert f"Preuves des 1{NBSP}095 jours de présence effective de son père" in items


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_day_test_for_a_birth_before_bill_c3(spec, language):
    facts = with_parent(spec, Parent("mother", True, "descent", None), date(1996, 2, 27))
    letter = write(CIT, language, facts)
    text = body(letter)
    assert ("Bill C-3" if language == "en" else "loi C-3") in text
    assert "1,095" not in text and f"1{NBSP}095" not in text
    assert ("elle-même née à l’étranger" if language == "fr" else "a citizen by descent (born abroad)") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_grandparent_born_in_canada_letter_is_about_the_parent_first(spec, language):
    facts = with_parent(spec, Parent("mother", False, "none", None), date(1983, 10, 10), grandparent=True)
    assert assess(facts, POLICY, AS_OF).verdicts()["citizenship_by_descent"] == POSSIBLE
    letter = write(CIT, language, facts)
    lists = [b for b in letter.blocks if isinstance(b, Checklist)]
    assert len(lists) == 2
    first, second = ("\n".join(c.items) for c in lists)
    if language == "en":
        assert "The grandparent's Canadian birth certificate" in first
        assert "Form CIT 0001 for the parent" in first
        assert "The parent's citizenship certificate, once issued" in second
        assert "the file starts with the parent's own application" in letter.text()
        assert "Processing takes about 30 months in all (two applications)" in letter.text()
    else:
        assert "Certificat de naissance canadien du grand-parent" in first
        assert "Certificat de citoyenneté du parent, une fois délivré" in second
        assert "la démarche commence par sa propre demande" in letter.text()


def test_grandparent_route_after_bill_c3_mentions_the_day_test(spec):
    facts = with_parent(spec, Parent("mother", False, "none", None), date(2026, 3, 1), grandparent=True)
    letter = write(CIT, "en", facts)
    assert "the parent must also meet the 1,095-day test" in letter.text()
    assert "Evidence of the parent's 1,095 days" in "\n".join(checklist(letter))


# -- inland / outland and the relationship --------------------------------------------------

def test_inland_is_open_with_a_valid_permit(spec):
    facts = replace(spec, canadian_documents=CanadianDocuments(True))
    assert "Inland is open" in write(SPS, "en", facts).text()
    assert "La demande au Canada est ouverte" in write(SPS, "fr", facts).text()
    text = write(SPS, "en", facts).text()
    assert "about 25 months from now" not in text  # the cliff has passed: no "before then" sentence


def test_outland_when_the_client_is_not_in_canada(spec):
    facts = replace(spec, canada_entry=CanadaEntry("none", None, None),
                    partner=replace(spec.partner, lives_in_canada=False))
    text = write(SPS, "en", facts).text()
    assert "We recommend an outland application" in text and "It is also currently the faster route." in text
    assert "Proof that the sponsor will return to live in Canada" in text
    assert "devra démontrer son intention de revenir s’établir au Canada" in write(SPS, "fr", facts).text()


def test_conjugal_partner_is_outland_only(spec):
    facts = replace(spec, partner=Partner("conjugal", date(2020, 1, 1), "citizen", True, False),
                    canadian_documents=CanadianDocuments(True))
    text = write(SPS, "en", facts).text()
    assert "a conjugal partner can only be sponsored from outside Canada" in text
    assert "Inland is open" not in text


def test_common_law_relationship_not_yet_long_enough(spec):
    since = date(2026, 6, 21)
    facts = replace(spec, partner=Partner("common_law", since, "citizen", True, False))
    assert assess(facts, POLICY, AS_OF).verdicts()["spousal_sponsorship"] == POSSIBLE
    assert "once the relationship reaches 12 months, on 21 June 2027" in write(SPS, "en", facts).text()
    fr = write(SPS, "fr", facts).text()
    assert "ce seuil sera atteint le 21 juin 2027" in fr
    assert "qualifie cette voie de «\u00a0possible\u00a0»" in fr


def test_quebec_adds_its_processing_time(spec):
    facts = replace(spec, intends_quebec=True)
    text = write(SPS, "en", facts).text()
    assert "Quebec: 31 to 32 months (IRCC estimate, May 2026)" in text


def test_status_cliff_in_the_future(spec):
    later = UsStatus("parole", program="U4U", valid_until=AS_OF + timedelta(days=40))  # no program-wide end
    facts = replace(spec, us_status=(later,))
    text = write(SPS, "en", facts).text()
    assert "The client's parole (U4U) ends on 31 December 2026 (in 40 days)." in text
    assert "will not be decided before then (about 25 months from now)" not in text  # outland is recommended
    assert "will not be decided before then (about 16 months from now)" in text
    fr = write(SPS, "fr", facts).text()
    assert "prend fin le 31 décembre 2026 (dans 40 jours)" in fr


def test_no_us_status_recorded(spec):
    facts = replace(spec, us_status=())
    assert "No end date of the client's U.S. status is recorded" in write(SPS, "en", facts).text()
    assert "Aucune date de fin du statut de María José Pérez Núñez" in write(SPS, "fr", facts).text()


# -- French typography ----------------------------------------------------------------------

@pytest.mark.parametrize("raw, typeset", [
    ("Objet : x", "Objet\u00a0: x"),
    ("Objet: x", "Objet\u00a0: x"),
    ("Objet\u202f: x", "Objet\u00a0: x"),
    ("Objet\u2009: x", "Objet\u00a0: x"),
    ("Vraiment ? Oui !", "Vraiment\u00a0? Oui\u00a0!"),
    ("Quoi ?!", "Quoi\u00a0?!"),
    ("Bon ; ok", "Bon\u00a0; ok"),
    ("« Bonjour »", "«\u00a0Bonjour\u00a0»"),
    ("«Bonjour»", "«\u00a0Bonjour\u00a0»"),
    ("«\u202fBonjour\u2009»", "«\u00a0Bonjour\u00a0»"),
    ("à 12:30 ou 1:2", "à 12:30 ou 1:2"),
    ("voir https://ircc.canada.ca/a.asp?q=371&top=5 : fin", "voir https://ircc.canada.ca/a.asp?q=371&top=5\u00a0: fin"),
    ("écrire à aide@clinique.example ; merci", "écrire à aide@clinique.example\u00a0; merci"),
    ("www.canada.ca:443/x", "www.canada.ca:443/x"),
    ("(?)", "(?)"),
    ("ligne\n: suite", "ligne\n: suite"),
    ("a   :  b", "a\u00a0:  b"),
    ("fin :", "fin\u00a0:"),
])
def test_french_typography(raw, typeset):
    assert french_typography(raw) == typeset
    assert french_typography(typeset) == typeset  # idempotent


# -- purity ---------------------------------------------------------------------------------

def test_letters_module_imports_only_the_standard_library_and_the_domain():
    modules = sorted(Path(letters.__file__).parent.glob("*.py"))  # the package, every module of it
    assert len(modules) > 5
    source = "\n".join(path.read_text(encoding="utf-8") for path in modules)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] if node.level == 0 else []
        else:
            continue
        for name in names:
            root = name.split(".")[0]
            assert root in {"__future__", "re", "unicodedata", "collections", "dataclasses", "datetime", "typing"}, name


@pytest.mark.parametrize("statuses, en, fr", [
    # The status cliff is told from the deadline's title code and its parameters.
    ((UsStatus("tps", country="HT"),), "The TPS designation for Haiti ended on 3 February 2026",
     "La désignation au TPS (Haïti) a pris fin le 3 février 2026"),
    ((UsStatus("parole", program="CHNV"),),
     "Parole under the CHNV program, for all its parolees, ended on 24 April 2025",
     "La parole humanitaire du programme CHNV, pour l’ensemble de ses bénéficiaires, a pris fin le 24 avril 2025"),
    ((UsStatus("tps", country="KE", valid_until=date(2027, 2, 3)), UsStatus("ead", valid_until=date(2026, 12, 1))),
     "The client's U.S. work permit (EAD) ends on 1 December 2026", "Le permis de travail américain (EAD) de "),
    ((UsStatus("tps", country="KE", valid_until=date(2027, 2, 3)),),
     "The client's Temporary Protected Status (TPS, Kenya) ends on 3 February 2027",
     "Le statut de protection temporaire (TPS, Kenya) de María José Pérez Núñez prend fin le 3 février 2027"),
])
def test_status_cliff_named_from_the_deadline_code(spec, statuses, en, fr):
    facts = replace(spec, us_status=statuses)
    assert en in write(SPS, "en", facts).text()
    assert fr in write(SPS, "fr", facts).text()


def test_status_cliff_with_a_court_caveat(spec):
    facts = replace(spec, us_status=(UsStatus("tps", country="HT"),))  # Miot v. Trump, before Mullin v. Doe: verify
    march = date(2026, 3, 1)
    assert "This date may change: a court case concerns it." in write(SPS, "en", facts, as_of=march).text()
    assert f"Cette date peut changer{NBSP}: une procédure judiciaire la concerne." \
        in write(SPS, "fr", facts, as_of=march).text()
    # Mullin v. Doe (2026-06-25) lifted the stay: the termination took effect, no caveat (issue 11).
    assert "This date may change" not in write(SPS, "en", facts).text()


def test_dates_sums_and_countries_are_worded_by_the_catalogues(spec):
    """The letter keeps no month names or country names of its own: it asks ``words`` for them."""
    asked = []

    def words(message, language):
        asked.append(message.code)
        return render(message, language)

    letter = letter_content(SPS, "fr", spec, 12, assess(spec, POLICY, AS_OF), POLICY, AS_OF, HEAD, words=words)
    assert {"value.date", "value.month", "value.money", "value.country"} <= set(asked)
    assert letter.date_line == "Le " + render(msgs.msg("value.date", value=AS_OF), "fr") == "Le 21 novembre 2026"
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(letters.__file__).parent.glob("*.py"))
    assert "septembre" not in source and "Afghanistan" not in source



def test_status_cliff_of_a_designation_with_no_decision_is_unknown_not_ended(spec):
    facts = replace(spec, us_status=(UsStatus("tps", country="UA"),))
    text = write(SPS, "en", facts).text()
    assert ("The TPS designation for Ukraine was to end on 19 October 2026, and no decision on what follows is "
            "recorded: the client's status is unknown and must be verified. If no decision was published in time, "
            "the designation is extended automatically, to 19 April 2027.") in text
    assert "Ukraine ended" not in text and "may already be without status" not in text
    assert "statut de María José Pérez Núñez est inconnu" in write(SPS, "fr", facts).text()
