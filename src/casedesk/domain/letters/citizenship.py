"""The citizenship-certificate referral (proof of Canadian citizenship).

The parent's Canadian connection (born in Canada, naturalized, or by descent: restored by Bill C-3
for a birth before ``citizenship.descent_restoration_cutoff``, the
``citizenship.substantial_connection_days`` test for a birth on or after it); the documents
(``forms.citizenship_certificate``: CIT 0001 and checklist CIT 0014); fee and processing estimate;
the status cliff. Which parent makes the client Canadian, and how, is ``descent.descent``, the
function the assessor uses. A parent Canadian at birth comes first; with none, a grandparent born
in Canada gives a letter "about the parent first". A client born in Canada gets no letter: the
Canadian birth certificate is the proof.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..assessment import PROMISING
from ..descent import BEFORE_LIMIT, GRANDPARENT, DescentLaw, Link, descent
from ..facts import Parent
from .content import Block, Checklist, Heading, Paragraph, Table
from .shared import cliff_blocks, form_title, identity_table, why
from .typography import french_typography
from .writer import Writer


def _connection(w: Writer) -> Link:
    """Which parent (or grandparent) the letter is about: ``descent.descent``, as the assessor decides it."""
    f = w.facts
    if f.client.country_of_birth == "CA":
        raise w.error("the client was born in Canada (client.country_of_birth): they are a citizen by birth and "
                      "their Canadian birth certificate is the proof; no citizenship-certificate letter is needed")
    w.result()
    found = descent(f, DescentLaw.read(lambda fact_id: w.policy.find(fact_id, w.as_of)))
    best = found.best
    if best is None or not (best.makes_citizen or best.basis in (GRANDPARENT, BEFORE_LIMIT)):
        raise w.stale("no parent recorded passes citizenship on, and no grandparent was born in Canada "
                      f"({', '.join(found.missing or ('parents', 'grandparent_born_in_canada'))})")
    return best


def _parent_words(p: Parent | None) -> dict[str, str]:
    """English and French words for the parent, with the French agreements."""
    relation = p.relation if p is not None else None
    if relation == "mother":
        return {"en": "mother", "fr": "sa mère", "Fr": "Sa mère", "e": "e", "elle": "elle", "de_fr": "de sa mère"}
    if relation == "father":
        return {"en": "father", "fr": "son père", "Fr": "Son père", "e": "", "elle": "lui", "de_fr": "de son père"}
    return {"en": "parent", "fr": "son parent", "Fr": "Son parent", "e": "", "elle": "lui",
            "de_fr": "de son parent"}


def citizenship(w: Writer) -> tuple[str, list[Block]]:
    """The subject and the body of a citizenship-certificate referral; ``LetterError`` when it does not apply."""
    c = _connection(w)
    result = w.result()  # _connection checked it already; this is the result to quote
    f = w.facts
    born = f.client.date_of_birth
    cutoff = w.policy.value("citizenship.descent_restoration_cutoff", w.as_of, None)
    needed_fact = w.fact("citizenship.substantial_connection_days")
    needed = needed_fact.value if needed_fact is not None else None
    pw = _parent_words(c.parent)
    grand = c.basis == "grandparent"
    subject = w.t("Referral – citizenship certificate (proof of Canadian citizenship) – {name}",
                  "Recommandation – certificat de citoyenneté (preuve de citoyenneté canadienne) – {name}",
                  name=w.name)
    blocks: list[Block] = []
    if grand:
        blocks.append(Paragraph(w.t(
            "We are referring {name} to you for proof of Canadian citizenship. A grandparent of the client was "
            "born in Canada, so the client's parent is probably a Canadian citizen by descent, and the client "
            "may be one too. The parent's citizenship must be established first: the file starts with the "
            "parent's own application for a citizenship certificate, then the client's.",
            "Nous vous adressons {name} en vue d’une demande de preuve de citoyenneté canadienne. Un grand-parent "
            "{de_name} est né au Canada : le parent concerné a donc vraisemblablement la citoyenneté canadienne "
            "par filiation, et {name} pourrait l’avoir aussi. La citoyenneté du parent doit être établie en "
            "premier : la démarche commence par sa propre demande de certificat de citoyenneté, puis vient "
            "celle {de_name}.", name=w.name)))
    else:
        blocks.append(Paragraph(w.t(
            "We are referring {name} to you for an application for a citizenship certificate (proof of "
            "citizenship). The client is probably already a Canadian citizen through their {parent}: the "
            "application does not grant citizenship, it confirms it.",
            "Nous vous adressons {name} en vue d’une demande de certificat de citoyenneté (preuve de "
            "citoyenneté). {name} a vraisemblablement déjà la citoyenneté canadienne par l’intermédiaire "
            "{de_parent} : la demande ne l’accorde pas, elle la confirme.",
            name=w.name, parent=pw["en"], de_parent=pw["de_fr"])))

    blocks += [Heading(w.t("The client", "Renseignements personnels")), identity_table(w)]

    # the parent's Canadian connection
    blocks.append(Heading(w.t("The parent's Canadian connection", "Lien du parent avec le Canada")))
    dob = w.date(born) if born else w.t("(date not recorded)", "(date non consignée)")
    e = pw["e"]
    if c.basis == "birth_in_canada":
        blocks.append(Paragraph(w.t(
            "The client's {parent} was born in Canada and was a Canadian citizen when the client was born on "
            "{dob}. A child born abroad to a parent born in Canada is a Canadian citizen by descent (first "
            "generation); no day count applies.",
            "{Parent} est né{e} au Canada et avait la citoyenneté canadienne à la naissance {de_name}, le {dob}. "
            "L’enfant né à l’étranger d’un parent né au Canada est citoyen canadien par filiation (première "
            "génération) ; aucune condition de durée de présence ne s’applique.",
            parent=pw["en"], Parent=pw["Fr"], e=e, name=w.name, dob=dob)))
    elif c.basis == "naturalization":
        blocks.append(Paragraph(w.t(
            "The client's {parent} became a Canadian citizen by naturalization and was a citizen when the client "
            "was born on {dob}. A child born abroad to a naturalized Canadian is a Canadian citizen by descent "
            "(first generation); no day count applies.",
            "{Parent} a obtenu la citoyenneté canadienne par naturalisation et l’avait déjà à la naissance de "
            "{name}, le {dob}. L’enfant né à l’étranger d’un parent naturalisé canadien est citoyen canadien par "
            "filiation (première génération) ; aucune condition de durée de présence ne s’applique.",
            parent=pw["en"], Parent=pw["Fr"], name=w.name, dob=dob)))
    elif c.basis == "restored":
        how_en = ("a citizen by descent (born abroad)" if c.parent and c.parent.canadian_by == "descent"
                  else "a Canadian citizen (how is not recorded)")
        how_fr = ("par filiation ({elle}-même né{e} à l’étranger)".format(elle=pw["elle"], e=e)
                  if c.parent and c.parent.canadian_by == "descent" else "(le mode d’acquisition n’est pas "
                  "précisé au dossier)")
        blocks.append(Paragraph(w.t(
            "The client's {parent} was {how} when the client was born on {dob}. The birth is before {cut}: "
            "under Bill C-3 (in force {cut}), people born abroad before that date who were shut out by the "
            "first-generation limit became citizens automatically. The substantial-connection day count does "
            "not apply to them.",
            "{Parent} avait la citoyenneté canadienne {how} à la naissance {de_name}, le {dob}. Cette naissance "
            "est antérieure au {cut} : depuis l’entrée en vigueur de la loi C-3 (Loi modifiant la Loi sur la "
            "citoyenneté, 2025), les personnes nées à l’étranger avant cette date, que la règle de la première "
            "génération privait de la citoyenneté, sont citoyennes d’office. Le critère de durée de présence ne "
            "les vise pas.",
            parent=pw["en"], Parent=pw["Fr"], how=how_en if w.en else french_typography(how_fr), name=w.name,
            dob=dob, cut=w.date(cutoff) if cutoff else "")))
    elif c.basis == "connection":
        days = c.parent.days_in_canada_before_client_birth if c.parent else None
        blocks.append(Paragraph(w.t(
            "The client's {parent}, a Canadian citizen by descent (born abroad), passes on citizenship only with a "
            "substantial connection to Canada, because the client was born on {dob}, on or after {cut}: the "
            "{needed}-day test of Bill C-3 requires at least {needed} days of physical presence in Canada before "
            "the birth. The file records {days} days; they must be proved (school, employment and tax records).",
            "La naissance {de_name} ({dob}) ayant eu lieu depuis l’entrée en vigueur de la loi C-3, le {cut}, "
            "{parent}, {elle}-même citoyen{ne} par filiation (né{e} à l’étranger), ne transmet la citoyenneté que "
            "s’il existe un lien substantiel avec le Canada : au moins {needed} jours de présence effective "
            "cumulée au Canada avant la naissance. Le dossier fait état de {days} jours, qu’il faudra prouver "
            "(relevés scolaires, attestations d’emploi, avis de cotisation).",
            parent=pw["en"] if w.en else pw["fr"], elle=pw["elle"], ne="ne" if e else "", e=e, name=w.name,
            dob=dob, cut=w.date(cutoff) if cutoff else "", needed=w.num(needed or 0), days=w.num(days or 0))))
    elif c.basis == "pre_2009":
        blocks.append(Paragraph(w.t(
            "The client's {parent} was a Canadian citizen by descent when the client was born on {dob}, before "
            "the first-generation limit of 2009: citizenship could then pass to a second generation born abroad.",
            "{Parent} avait la citoyenneté canadienne par filiation à la naissance {de_name}, le {dob}, avant "
            "l’entrée en vigueur de la règle de la première génération en 2009 : la citoyenneté pouvait alors "
            "se transmettre à une deuxième génération née à l’étranger.",
            parent=pw["en"], Parent=pw["Fr"], name=w.name, dob=dob)))
    else:  # grandparent
        text = w.t(
            "A grandparent of the client was born in Canada. The parent descended from that grandparent, born "
            "abroad, is probably a Canadian citizen by descent (first generation), but has to prove it first: "
            "the parent applies for their own citizenship certificate with the grandparent's Canadian birth "
            "certificate; the client then applies with the parent's certificate.",
            "Un grand-parent {de_name} est né au Canada. Le parent qui en descend, né à l’étranger, a "
            "vraisemblablement la citoyenneté canadienne par filiation (première génération), mais doit d’abord "
            "la faire reconnaître : il demande son propre certificat de citoyenneté, avec le certificat de "
            "naissance canadien du grand-parent ; {name} présente ensuite sa demande, appuyée du certificat du "
            "parent.", name=w.name)
        if born is not None and cutoff is not None and born >= cutoff:
            text += " " + w.t(
                "Because the client was born on {dob}, on or after {cut}, the parent must also meet the {needed}-day "
                "test: at least {needed} days of physical presence in Canada before the client's birth.",
                "Comme la naissance {de_name} ({dob}) a eu lieu depuis l’entrée en vigueur de la loi C-3, le {cut}, "
                "le parent doit en outre avoir été présent au Canada au moins {needed} jours avant cette naissance.",
                name=w.name, dob=dob, cut=w.date(cutoff), needed=w.num(needed or 0))
        elif born is not None and cutoff is not None:
            text += " " + w.t(
                "The client was born before {cut}: Bill C-3 recognises citizenship even in a second generation "
                "born abroad before that date.",
                "La naissance {de_name} étant antérieure au {cut}, la loi C-3 reconnaît la citoyenneté même à une "
                "deuxième génération née à l’étranger avant cette date.", name=w.name, cut=w.date(cutoff))
        blocks.append(Paragraph(text))
    rows = [(w.t("Parent", "Parent"), w.t("Not yet identified (child of the Canadian-born grandparent)",
                                           "À préciser (enfant du grand-parent né au Canada)") if grand else
             w.t(*{"mother": ("Mother", "Mère"), "father": ("Father", "Père")}.get(
                 (c.parent.relation or "") if c.parent else "", ("Parent", "Parent"))))]
    how = {"birth_in_canada": ("Born in Canada", "Naissance au Canada"),
           "naturalization": ("Naturalized in Canada", "Naturalisation au Canada"),
           "descent": ("By descent (born abroad)", "Par filiation (naissance à l’étranger)")}
    if grand:
        rows.append((w.t("Canadian connection", "Lien avec le Canada"),
                     w.t("Grandparent born in Canada", "Grand-parent né au Canada")))
    else:
        by = c.parent.canadian_by if c.parent else None
        rows.append((w.t("Canadian through", "Citoyenneté acquise par"),
                     w.t(*how[by]) if by in how else w.t("Not recorded", "Non précisé")))
        if c.basis == "connection" and c.parent is not None:
            rows.append((w.t("Days in Canada before the birth", "Jours au Canada avant la naissance"),
                         w.t("{d} (at least {n} required)", "{d} (au moins {n} exigés)",
                             d=w.num(c.parent.days_in_canada_before_client_birth or 0), n=w.num(needed or 0))))
    blocks.append(Table(tuple(rows)))

    # why
    blocks.append(Heading(w.t("Why this application", "Pourquoi cette demande")))
    blocks += why(w, result)
    blocks.append(Paragraph(w.t(
        "A citizenship certificate is the proof the client needs to obtain a Canadian passport and settle in "
        "Canada without any immigration application.",
        "Le certificat de citoyenneté est la preuve dont {name} a besoin pour obtenir un passeport canadien et "
        "s’établir au Canada sans autre démarche d’immigration.", name=w.name)))

    # documents
    blocks.append(Heading(w.t("Documents for the application", "Pièces à joindre à la demande")))
    if grand:
        blocks.append(Paragraph(w.t("First, the parent's application:", "D’abord, la demande du parent :")))
        blocks.append(Checklist(tuple(_grandparent_checklist(w))))
        blocks.append(Paragraph(w.t("Then, the client's application:", "Ensuite, la demande {de_name} :",
                                    name=w.name)))
    blocks.append(Checklist(tuple(_citizenship_checklist(w, c, pw))))

    # fee, processing, filing
    fee = w.fact("fees.citizenship_certificate")
    processing = w.fact("processing.citizenship_certificate_months")
    rows = []
    if fee is not None and isinstance(fee.value, Mapping) and isinstance(fee.value.get("amount"), (int, float)):
        rows.append((w.t("Fee", "Frais"), w.t("{m} per person ({s})", "{m} par personne ({s})",
                                               m=w.money(fee.value["amount"]), s=w.since(fee))))
    else:
        rows.append((w.t("Fee", "Frais"), w.t("not in our policy data: check canada.ca",
                                               "absents de nos données : consulter canada.ca")))
    rows.append((w.t("Processing", "Délai de traitement"), w.estimate(processing)))
    rows.append((w.t("Filing", "Dépôt"), w.t(
        "online (IRCC account) or on paper to the Case Processing Centre in Sydney, Nova Scotia",
        "en ligne (compte IRCC) ou sur papier au Centre de traitement des demandes de Sydney (Nouvelle-Écosse)")))
    blocks += [Heading(w.t("Fee, processing and filing", "Frais, délai et dépôt")), Table(tuple(rows))]
    if grand:
        blocks.append(Paragraph(w.t(
            "The parent's application and the client's each take this time, one after the other, unless they "
            "can be filed together.",
            "La demande du parent et celle {de_name} exigent chacune ce délai, l’une après l’autre, à moins de "
            "pouvoir être déposées ensemble.", name=w.name)))
    months = w.months_of(processing)
    blocks += cliff_blocks(w, months * (2 if grand else 1) if months else None, 2 if grand else 1)

    spousal = next((r for r in w.assessment.pathways if r.id == "spousal_sponsorship"), None)
    if spousal is not None and spousal.verdict == PROMISING:
        blocks.append(Paragraph(w.t(
            "Should the citizenship claim fail, sponsorship by the client's Canadian partner is also open.",
            "Si la citoyenneté n’était pas reconnue, le parrainage par la ou le partenaire canadien {de_name} "
            "reste possible.", name=w.name)))
    return subject, blocks


def _proof_words(w: Writer, basis: str, p: Parent | None) -> str:
    accepted = w.fact("citizenship.accepted_proofs")
    kinds = tuple(accepted.value) if accepted is not None else ("canadian_birth_certificate", "citizenship_certificate")
    names = {"canadian_birth_certificate": ("Canadian birth certificate", "certificat de naissance canadien"),
             "citizenship_certificate": ("citizenship certificate", "certificat de citoyenneté")}
    if basis == "birth_in_canada" and "canadian_birth_certificate" in kinds:
        chosen = ["canadian_birth_certificate"]
    elif basis in ("naturalization", "connection") or (p is not None and p.canadian_by == "descent"):
        chosen = ["citizenship_certificate"]
    else:
        chosen = [k for k in kinds if k in names]
    words = [names[k][0 if w.en else 1] for k in chosen if k in names]
    return w.t(" or ", " ou ").join(words)


def _citizenship_checklist(w: Writer, c: Link, pw: dict[str, str]) -> list[str]:
    items: list[str] = []
    forms = w.fact("forms.citizenship_certificate")
    value = forms.value if forms is not None and isinstance(forms.value, Mapping) else \
        {"application": "CIT 0001", "checklist": "CIT 0014"}
    app, check = value.get("application", "CIT 0001"), value.get("checklist", "CIT 0014")
    items.append(w.t("Form {a}: {title}, with the document checklist {c}",
                     "Formulaire {a} : {title}, avec la liste de contrôle {c}", a=app, c=check,
                     title=form_title(w, app) or ""))
    grand = c.basis == "grandparent"
    who_en = "the parent" if grand else f"the {pw['en']}"
    who_fr = "le parent" if grand else pw["fr"]
    items.append(w.t("The client's long-form birth certificate naming {who}, issued by the government of the "
                     "country of birth ({country})",
                     "Acte de naissance détaillé (version intégrale) {de_name}, où figure {who}, délivré par les "
                     "autorités du pays de naissance ({country})", name=w.name, who=who_en if w.en else who_fr,
                     country=w.country(w.facts.client.country_of_birth)))
    if grand:
        items.append(w.t("The parent's citizenship certificate, once issued (the first application)",
                         "Certificat de citoyenneté du parent, une fois délivré (première demande)"))
    else:
        proof = _proof_words(w, c.basis, c.parent)
        text = w.t("Proof that the {p} was a Canadian citizen at the client's birth: the {p}'s {proof} (an old "
                   "Canadian passport is not proof)",
                   "Preuve que {p} avait la citoyenneté canadienne à la naissance {de_name} : son {proof} (un "
                   "ancien passeport canadien ne constitue pas une preuve)", p=pw["en"] if w.en else pw["fr"],
                   proof=proof, name=w.name)
        if c.parent is not None and c.parent.canadian_by in ("descent", None) and c.basis != "birth_in_canada":
            text += w.t("; if there is none yet, apply for it first or at the same time",
                        " ; à défaut, en faire la demande d’abord ou en même temps")
        items.append(text)
    if c.basis == "birth_in_canada":
        quebec = w.fact("citizenship.quebec_documents_not_accepted_before")
        if quebec is not None and isinstance(quebec.value, date):
            items.append(w.t("If the {p} was born in Quebec: a birth certificate issued on or after {d} (older "
                             "Quebec certificates are refused)",
                             "Si {p} est né{e} au Québec : un certificat de naissance délivré le {d} ou après (les "
                             "certificats québécois plus anciens sont refusés)",
                             p=pw["en"] if w.en else pw["fr"], e=pw["e"], d=w.date(quebec.value)))
    born = w.facts.client.date_of_birth
    cutoff = w.policy.value("citizenship.descent_restoration_cutoff", w.as_of, None)
    if c.basis == "connection" or (grand and born is not None and cutoff is not None and born >= cutoff):
        needed = w.policy.value("citizenship.substantial_connection_days", w.as_of, 0)
        items.append(w.t("Evidence of the {p}'s {n} days of physical presence in Canada before the client's birth: "
                         "school, employment and tax records",
                         "Preuves des {n} jours de présence effective {de_p} au Canada avant la naissance de "
                         "{name} : relevés scolaires, attestations d’emploi, avis de cotisation",
                         p="parent" if grand else pw["en"], de_p="du parent" if grand else pw["de_fr"],
                         n=w.num(needed), name=w.name))
    items.append(w.t("Two pieces of the client's identification (for example passport, national identity card, "
                     "driver's licence)",
                     "Deux pièces d’identité {de_name} (par exemple passeport, carte d’identité nationale, permis "
                     "de conduire)", name=w.name))
    items.append(w.t("Two citizenship photos meeting IRCC's specifications",
                     "Deux photos conformes aux normes d’IRCC pour la citoyenneté"))
    items.append(w.t("A translation of every document not in English or French, with the translator's affidavit; "
                     "translations by the applicant or a family member are not accepted",
                     "Traduction de tout document rédigé dans une autre langue que le français ou l’anglais, avec "
                     "l’affidavit du traducteur ; les traductions faites par la personne qui présente la demande "
                     "ou par un membre de sa famille ne sont pas acceptées"))
    items.append(w.t("If a name differs between documents: proof of the change (marriage certificate, court "
                     "order)",
                     "Si un nom diffère d’un document à l’autre : preuve du changement (acte de mariage, "
                     "jugement)"))
    fee = w.fact("fees.citizenship_certificate")
    if fee is not None and isinstance(fee.value, Mapping) and isinstance(fee.value.get("amount"), (int, float)):
        items.append(w.t("Receipt for the fee ({m} per person)", "Reçu du paiement des frais ({m} par personne)",
                         m=w.money(fee.value["amount"])))
    return items


def _grandparent_checklist(w: Writer) -> list[str]:
    forms = w.fact("forms.citizenship_certificate")
    app = forms.value.get("application", "CIT 0001") if forms is not None and isinstance(forms.value, Mapping) \
        else "CIT 0001"
    return [
        w.t("Form {a} for the parent", "Formulaire {a} au nom du parent", a=app),
        w.t("The grandparent's Canadian birth certificate", "Certificat de naissance canadien du grand-parent"),
        w.t("The parent's long-form birth certificate naming the grandparent",
            "Acte de naissance détaillé du parent, où figure le grand-parent"),
        w.t("The parent's two pieces of identification and two citizenship photos",
            "Deux pièces d’identité et deux photos de citoyenneté du parent"),
        w.t("Translations with the translator's affidavit, as for the client",
            "Traductions accompagnées de l’affidavit du traducteur, comme pour {name}", name=w.name),
    ]

