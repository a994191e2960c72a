"""The spousal or partner sponsorship referral.

Who the client is; the relationship and the sponsor's status; why sponsorship is the route (the
assessment's ``spousal_sponsorship`` result); inland or outland, with the processing estimates in
force and their dates; the status cliff; fees; a checklist of documents (forms by number from
``forms.spousal_sponsorship``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..assessment import POSSIBLE, PROMISING
from ..facts import CaseFacts
from ..policydata import PolicyFact
from .content import Block, Checklist, Heading, Paragraph, Table
from .shared import cliff_blocks, form_title, identity_table, why
from .writer import Writer


def spousal(w: Writer) -> tuple[str, list[Block]]:
    """The subject and the body of a sponsorship referral; ``LetterError`` when the route does not apply."""
    result = w.result()
    f = w.facts
    p = f.partner
    if p is None or p.relationship is None or p.status_in_canada is None:
        raise w.stale("the partner, their relationship or their status is not recorded (partner)")
    citizen = p.status_in_canada == "citizen"

    rel_en, rel_fr = {
        "spouse": ("spouse", "son époux ou son épouse"),
        "common_law": ("common-law partner", "son conjoint ou sa conjointe de fait"),
        "conjugal": ("conjugal partner", "sa ou son partenaire, dans le cadre d’une relation conjugale"),
    }.get(p.relationship, (p.relationship.replace("_", " "), "sa ou son partenaire"))
    subject = w.t("Referral – spousal sponsorship – {name}",
                  "Recommandation – parrainage d’un époux ou conjoint – {name}", name=w.name)
    blocks: list[Block] = []
    blocks.append(Paragraph(w.t(
        "We are referring {name} to you for an application for permanent residence in the family class. "
        "Based on our assessment, the recommended route is sponsorship by their {rel}, who is {status}.",
        "Nous vous adressons {name} en vue d’une demande de résidence permanente au titre du regroupement "
        "familial. D’après notre évaluation, la voie à privilégier est le parrainage par {rel}, qui {status}.",
        name=w.name, rel=rel_en if w.en else rel_fr,
        status=(("a Canadian citizen" if citizen else "a permanent resident of Canada") if w.en else
                ("a la citoyenneté canadienne" if citizen else "a la résidence permanente au Canada")))))

    blocks += [Heading(w.t("The client", "Renseignements personnels")), identity_table(w)]

    # relationship and sponsor
    rows = [(w.t("Relationship", "Nature du lien"), w.t(*{
        "spouse": ("Spouse (married)", "Mariage (époux)"),
        "common_law": ("Common-law partner", "Union de fait (conjoints de fait)"),
        "conjugal": ("Conjugal partner", "Relation conjugale (partenaires conjugaux)"),
    }.get(p.relationship, (p.relationship, p.relationship))))]
    if p.since is not None:
        rows.append((w.t("Since", "Depuis le"), w.date(p.since)))
    rows.append((w.t("Sponsor's status", "Statut de la personne répondante"),
                 w.t("Canadian citizen", "Citoyenneté canadienne") if citizen else
                 w.t("Permanent resident of Canada", "Résidence permanente au Canada")))
    rows.append((w.t("Sponsor lives", "Résidence de la personne répondante"),
                 w.t("In Canada", "Au Canada") if p.lives_in_canada else
                 w.t("Outside Canada", "À l’étranger") if p.lives_in_canada is False else
                 w.t("Not recorded", "Non précisée")))
    undertaking = w.fact("sponsorship.spouse_undertaking_years")
    if undertaking is not None:
        rows.append((w.t("Sponsor's undertaking", "Engagement de la personne répondante"),
                     w.t("{n} years from the day the client becomes a permanent resident",
                         "{n} ans à compter de l’obtention de la résidence permanente",
                         n=undertaking.value)))
    blocks += [Heading(w.t("Relationship and sponsor", "Relation et personne répondante")), Table(tuple(rows))]

    # why
    blocks.append(Heading(w.t("Why sponsorship", "Pourquoi le parrainage")))
    blocks += why(w, result)
    # Not long enough yet: the reason says when it will be (the assessment's, not worked out again here).
    short = next((r.params for r in result.reasons if r.code == "spousal.reason.relationship_too_short"), {})
    ready = short.get("ready")
    if isinstance(ready, date):
        blocks.append(Paragraph(w.t(
            "The application can be filed once the relationship reaches {m} months, on {d}.",
            "La demande pourra être présentée lorsque la relation aura atteint {m} mois, soit le {d}.",
            m=short["min_months"], d=w.date(ready))))
    blocks += _also_citizen(w)

    # inland or outland
    outland = w.fact("processing.spousal_outland_months")
    inland = w.fact("processing.spousal_inland_months")
    route_fact = outland
    rows = [(w.t("Outland (outside Canada, not Quebec)", "Depuis l’étranger (hors Québec)"), w.estimate(outland)),
            (w.t("Inland (in Canada, not Quebec)", "Au Canada (hors Québec)"), w.estimate(inland))]
    if f.intends_quebec:
        quebec = w.fact("processing.spousal_quebec_months")
        rows.append((w.t("Quebec", "Québec"), w.estimate(quebec)))
        route_fact = quebec or outland
    blocks += [Heading(w.t("Inland or outland", "Demande au Canada ou depuis l’étranger")), Table(tuple(rows))]
    blocks += _route(w, p, outland, inland)
    if f.intends_quebec:
        blocks.append(Paragraph(w.t(
            "The client intends to live in Quebec: the sponsor also signs an undertaking with Quebec, and "
            "processing takes longer.",
            "{name} compte s’établir au Québec : la personne répondante prend aussi un engagement auprès du "
            "Québec, et le traitement y est plus long.", name=w.name)))
    elif _inland_open(f, p):
        route_fact = inland

    blocks += cliff_blocks(w, w.months_of(route_fact))
    blocks += _document_dates(w)

    # fees
    fees = w.fact("fees.spousal_sponsorship")
    if fees is not None and isinstance(fees.value, Mapping):
        v = fees.value
        rows = []
        for key, en, fr in (("sponsorship", "Sponsorship fee", "Frais de parrainage"),
                            ("principal_processing", "Processing fee (principal applicant)",
                             "Frais de traitement (demandeur principal)"),
                            ("rprf", "Right of permanent residence fee",
                             "Frais relatifs au droit de résidence permanente"),
                            ("total", "Total", "Total"),
                            ("biometrics", "Biometrics", "Données biométriques")):
            if isinstance(v.get(key), (int, float)):
                rows.append((w.t(en, fr), w.money(v[key])))
        blocks += [Heading(w.t("Government fees", "Frais exigés par le gouvernement")), Table(tuple(rows)),
                   Paragraph(w.t("Fees {s}. Check the current amounts on canada.ca before paying.",
                                 "Montants {s}. Vérifier les montants en vigueur sur canada.ca avant de payer.",
                                 s=w.since(fees)))]

    blocks += [Heading(w.t("Documents to gather", "Documents à réunir")), Checklist(tuple(_spousal_checklist(w, p)))]
    return subject, blocks


def _inland_open(f: CaseFacts, p: Any) -> bool:
    entry = f.canada_entry
    in_canada = entry is not None and entry.mode not in (None, "none")
    valid = f.canadian_documents is not None and f.canadian_documents.valid_visa_or_permit is True
    return in_canada and bool(p.lives_in_canada) and valid and p.relationship != "conjugal"


def _route(w: Writer, p: Any, outland: PolicyFact | None, inland: PolicyFact | None) -> list[Block]:
    f = w.facts
    entry = f.canada_entry
    in_canada = entry is not None and entry.mode not in (None, "none")
    valid = f.canadian_documents is not None and f.canadian_documents.valid_visa_or_permit is True
    out_m, in_m = w.months_of(outland), w.months_of(inland)
    faster = out_m is not None and in_m is not None and out_m < in_m
    if p.relationship == "conjugal":
        return [Paragraph(w.t(
            "Outland: a conjugal partner can only be sponsored from outside Canada (the in-Canada class is for "
            "spouses and common-law partners).",
            "Depuis l’étranger : un partenaire conjugal ne peut être parrainé que de l’extérieur du Canada (la "
            "catégorie « au Canada » vise les époux et les conjoints de fait)."))]
    if in_canada and p.lives_in_canada and valid:
        text = w.t(
            "Inland is open: the client lives in Canada with the sponsor and holds a valid Canadian visa or "
            "permit. The Spouse or Common-law Partner in Canada class allows an open work permit while the "
            "application is processed.",
            "La demande au Canada est ouverte : {name} vit au Canada avec la personne répondante et y détient "
            "un visa ou un permis valide. La catégorie des époux ou conjoints de fait au Canada permet "
            "d’obtenir un permis de travail ouvert pendant le traitement.", name=w.name)
        if faster:
            text += " " + w.t("It is currently slower than an outland application.",
                              "Elle est toutefois plus lente, actuellement, qu’une demande depuis l’étranger.")
        return [Paragraph(text)]
    if in_canada and p.lives_in_canada:
        when = w.t(" on {d}", " le {d}", d=w.date(entry.date)) if entry is not None and entry.date else ""
        return [Paragraph(w.t(
            "The client is in Canada (entry recorded{when}), but no valid Canadian visa or permit is recorded. "
            "Inland requires the couple to live together in Canada and the client to hold valid temporary "
            "status, unless a public policy exempts them: confirm this before choosing inland; otherwise apply "
            "outland.",
            "{name} se trouve au Canada (entrée consignée{when}), mais aucun visa ni permis canadien valide n’est "
            "consigné au dossier. La demande au Canada exige que le couple vive ensemble au Canada et que la "
            "personne parrainée y ait un statut temporaire valide, sauf dispense prévue par une politique "
            "d’intérêt public : il faut le vérifier avant de choisir cette voie ; à défaut, présenter la "
            "demande depuis l’étranger.", name=w.name, when=when))]
    text = w.t(
        "We recommend an outland application: the client does not live in Canada with the sponsor, which an "
        "inland application requires.",
        "Nous recommandons une demande depuis l’étranger : {name} ne vit pas au Canada avec la personne "
        "répondante, condition d’une demande présentée au Canada.", name=w.name)
    if faster:
        text += " " + w.t("It is also currently the faster route.",
                          "C’est aussi, actuellement, la voie la plus rapide.")
    return [Paragraph(text)]


def _document_dates(w: Writer) -> list[Block]:
    labels = {"passport": ("Passport expires", "Expiration du passeport"),
              "police_certificate": ("Police certificate too old to file",
                                     "Certificat de police trop ancien pour être produit"),
              "medical_exam": ("Medical exam expires", "Expiration de l’examen médical")}
    rows = [(w.t(*labels[d.kind]), f"{w.date(d.due)} ({w.relative(d.due)})")
            for d in w.deadlines if d.kind in labels]
    return [Table(tuple(rows))] if rows else []


def _spousal_checklist(w: Writer, p: Any) -> list[str]:
    items: list[str] = []
    forms = w.fact("forms.spousal_sponsorship")
    for number in (forms.value if forms is not None else ("IMM 1344", "IMM 0008", "IMM 5532", "IMM 5669")):
        title = form_title(w, number)
        items.append(w.t("Form {n}: {title}", "Formulaire {n} : {title}", n=number, title=title) if title
                     else w.t("Form {n}", "Formulaire {n}", n=number))
    if p.status_in_canada == "citizen":
        items.append(w.t("Proof of the sponsor's status: Canadian passport, birth certificate or citizenship "
                         "certificate",
                         "Preuve du statut de la personne répondante : passeport canadien, certificat de naissance "
                         "ou certificat de citoyenneté"))
    else:
        items.append(w.t("Proof of the sponsor's status: permanent resident card or confirmation of permanent "
                         "residence, and proof that they live in Canada",
                         "Preuve du statut de la personne répondante : carte de résident permanent ou confirmation "
                         "de résidence permanente, et preuve de sa résidence au Canada"))
    if p.status_in_canada == "citizen" and p.lives_in_canada is False:
        items.append(w.t("Proof that the sponsor will return to live in Canada (job offer, lease, enrolment…)",
                         "Preuve que la personne répondante reviendra vivre au Canada (offre d’emploi, bail, "
                         "inscription…)"))
    items.append(w.t(*{
        "spouse": ("Relationship evidence: marriage certificate",
                   "Preuve de la relation : certificat ou acte de mariage"),
        "common_law": ("Relationship evidence: proof of at least 12 months of living together (joint lease or "
                       "deed, bills and bank accounts at the same address)",
                       "Preuve de la relation : au moins 12 mois de vie commune (bail ou titre de propriété "
                       "communs, factures et comptes bancaires à la même adresse)"),
        "conjugal": ("Relationship evidence: a committed relationship of at least 1 year, and what prevents the "
                     "couple from living together or marrying",
                     "Preuve de la relation : engagement d’au moins un an, et obstacles qui empêchent le couple "
                     "de vivre ensemble ou de se marier"),
    }.get(p.relationship, ("Relationship evidence", "Preuve de la relation"))))
    items.append(w.t("Evidence that the relationship is genuine: photos together over time, communications, "
                     "travel records",
                     "Preuves de l’authenticité de la relation : photos du couple à différentes époques, "
                     "échanges, voyages"))
    items.append(w.t("Identity: the client's passport (all pages), national identity document and birth "
                     "certificate",
                     "Identité : passeport {de_name} (toutes les pages), pièce d’identité nationale et acte de "
                     "naissance", name=w.name))
    police = w.fact("docs.police_certificate_max_age_months")
    months = w.months_of(police)
    items.append(w.t("Police certificates from every country where the client has lived 6 months or more in a "
                     "row since age 18{age}",
                     "Certificats de police de chaque pays où {name} a vécu 6 mois ou plus d’affilée depuis "
                     "l’âge de 18 ans{age}", name=w.name,
                     age=(w.t(", issued less than {m} months before filing", ", délivrés moins de {m} mois "
                              "avant le dépôt", m=months) if months else "")))
    medical = w.fact("docs.medical_exam_validity_months")
    items.append(w.t("Medical examination by an IRCC panel physician{valid}",
                     "Examen médical auprès d’un médecin désigné par IRCC{valid}",
                     valid=(w.t(" (valid {m} months)", " (valable {m} mois)", m=w.months_of(medical))
                            if w.months_of(medical) else "")))
    items.append(w.t("Photos meeting IRCC's specifications for permanent residence",
                     "Photos conformes aux normes d’IRCC pour la résidence permanente"))
    items.append(w.t("Biometrics (fingerprints and photo), once IRCC asks for them",
                     "Données biométriques (empreintes digitales et photo), à la demande d’IRCC"))
    items.append(w.t("Certified translations of any document not in English or French, with the translator's "
                     "affidavit",
                     "Traduction certifiée de tout document rédigé dans une autre langue que le français ou "
                     "l’anglais, avec l’affidavit du traducteur"))
    return items


def _also_citizen(w: Writer) -> list[Block]:
    other = next((r for r in w.assessment.pathways if r.id == "citizenship_by_descent"), None)
    if other is None or other.verdict not in (PROMISING, POSSIBLE):
        return []
    return [Paragraph(w.t(
        "Note: our assessment also finds that the client may already be a Canadian citizen by descent ({s}). "
        "If a citizenship certificate confirms it, sponsorship is not needed: consider applying for proof of "
        "citizenship first or in parallel.",
        "À noter : selon notre évaluation, {name} pourrait aussi avoir déjà la citoyenneté canadienne par "
        "filiation ({s}). Si un certificat de citoyenneté le confirme, le parrainage devient inutile : envisager de "
        "demander d’abord, ou en parallèle, une preuve de citoyenneté.", s=w.say(other.summary), name=w.name))]

