"""Blocks both kinds of letter use: who the client is, why the route, the status cliff, the sources."""

from __future__ import annotations

from datetime import date

from ..assessment import PathwayResult
from ..deadlines import add_months
from ..messages import Msg
from ..sources import public_title
from .content import Block, BulletList, Heading, Paragraph, Table
from .writer import Writer

# Form titles as IRCC publishes them; a number not listed here is shown alone.
_FORMS: dict[str, tuple[str, str]] = {
    "IMM 1344": ("Application to Sponsor, Sponsorship Agreement and Undertaking",
                 "Demande de parrainage, entente de parrainage et engagement"),
    "IMM 0008": ("Generic Application Form for Canada, with its schedules",
                 "Formulaire de demande générique pour le Canada, avec ses annexes"),
    "IMM 5532": ("Relationship Information and Sponsorship Evaluation",
                 "Renseignements sur la relation et évaluation du parrainage"),
    "IMM 5669": ("Schedule A – Background/Declaration", "Annexe A – Antécédents/Déclaration"),
    "CIT 0001": ("Application for a Citizenship Certificate (Proof of Citizenship)",
                 "Demande de certificat de citoyenneté (preuve de citoyenneté)"),
    "CIT 0014": ("Document Checklist", "Liste de contrôle des documents"),
}


def form_title(w: Writer, number: str) -> str | None:
    """The form's title as IRCC publishes it, in the letter's language; None for a form not listed."""
    titles = _FORMS.get(number)
    return None if titles is None else titles[0 if w.en else 1]


def identity_table(w: Writer) -> Table:
    """Name, birth, citizenships and A-Number."""
    c = w.facts.client
    rows = [(w.t("Name", "Nom"), w.name)]
    if c.date_of_birth is not None:
        rows.append((w.t("Date of birth", "Date de naissance"), w.date(c.date_of_birth)))
    rows.append((w.t("Country of birth", "Pays de naissance"), w.country(c.country_of_birth)))
    if c.citizenships:
        rows.append((w.t("Citizenship", "Citoyenneté"),
                     ", ".join(w.country(code) for code in c.citizenships)))
    if c.a_number:
        rows.append((w.t("U.S. A-Number", "Numéro A (États-Unis)"), c.a_number))
    return Table(tuple(rows))


def why(w: Writer, result: PathwayResult) -> list[Block]:
    """The assessment's verdict, summary and reasons, in the letter's language."""
    return [Paragraph(f"{w.assessed(result)} {w.say(result.summary)}."),
            BulletList(tuple(w.say(r) for r in result.reasons))]


def cliff_blocks(w: Writer, months_needed: int | None, applications: int = 1) -> list[Block]:
    """The key date: the earliest end of the client's U.S. status (the app calls it the status cliff;
    the letter never does)."""
    blocks: list[Block] = [Heading(w.t("Key date: U.S. status", "Date butoir : statut aux États-Unis"))]
    cliff = w.cliff
    if cliff is None:
        blocks.append(Paragraph(w.t(
            "No end date of the client's U.S. status is recorded: confirm it, since the wait for a "
            "decision depends on it.",
            "Aucune date de fin du statut {de_name} aux États-Unis n’est consignée au dossier : il faut "
            "la confirmer, car l’attente de la décision en dépend.", name=w.name)))
        return blocks
    what = _cliff_what(w, cliff.title)
    left = cliff.days_left(w.as_of)
    ended = cliff.basis.params.get("ended")
    if cliff.title.code == "deadline.title.tps_status_unknown" and isinstance(ended, date):
        # The designation's end passed with no decision recorded: unknown, never "ended".
        text = w.t("{what} was to end on {e}, and no decision on what follows is recorded: the client's "
                   "status is unknown and must be verified. If no decision was published in time, the "
                   "designation is extended automatically, to {d}.",
                   "{what} devait prendre fin le {e}, et aucune décision sur la suite n’est consignée : le "
                   "statut de {name} est inconnu et doit être vérifié. Si aucune décision n’a été publiée à "
                   "temps, la désignation est prolongée automatiquement, jusqu’au {d}.",
                   what=what, e=w.date(ended), d=w.date(cliff.due), name=w.name)
    elif left >= 0:
        text = w.t("{what} ends on {d} ({rel}). This is the earliest end date of the client's U.S. "
                   "status.",
                   "{what} prend fin le {d} ({rel}). C’est la première des dates de fin du statut de "
                   "{name} aux États-Unis.", what=what, d=w.date(cliff.due),
                   rel=w.relative(cliff.due), name=w.name)
    else:
        text = w.t("{what} ended on {d} ({rel}): the client may already be without status in the "
                   "United States.",
                   "{what} a pris fin le {d} ({rel}) : {name} pourrait déjà se trouver sans statut aux "
                   "États-Unis.", what=what, d=w.date(cliff.due), rel=w.relative(cliff.due),
                   name=w.name)
    blocks.append(Paragraph(text[0].upper() + text[1:]))
    # Only a court case is the recipient's business; how sure the team is of its sources is an
    # internal caveat, shown in the app and never in the letter.
    if any(c.code in _COURT_CAVEATS for c in cliff.caveats):
        blocks.append(Paragraph(w.t("This date may change: a court case concerns it.",
                                    "Cette date peut changer : une procédure judiciaire la concerne.")))
    urgent = w.kind == "citizenship_certificate"
    if months_needed is not None and left < 0:
        blocks.append(Paragraph(w.t(
            "Processing takes about {m} months{n}: plan where the client will live in the meantime{u}.",
            "Le traitement prend environ {m} mois{n} : il faut prévoir où {name} vivra d’ici là{u}.",
            m=months_needed, n=w.t(" in all (two applications)", " au total (deux demandes)")
            if applications > 1 else "", u=w.t(", and ask for urgent processing",
                                               " et demander un traitement urgent") if urgent else "")))
    elif months_needed is not None and cliff.due < add_months(w.as_of, months_needed):
        blocks.append(Paragraph(w.t(
            "The application will not be decided before then (about {m} months from now): plan where the "
            "client will live while it is processed{u}.",
            "La demande ne sera pas tranchée d’ici là (environ {m} mois à compter d’aujourd’hui) : il faut "
            "prévoir où {name} vivra pendant son traitement{u}.", m=months_needed, name=w.name,
            u=w.t(", and ask for urgent processing", " et demander un traitement urgent") if urgent else "")))
    return blocks


_COURT_CAVEATS = ("deadline.caveat.court_blocked", "deadline.caveat.litigation_unknown")


def _cliff_what(w: Writer, title: Msg) -> str:
    """The cliff deadline's subject, from its title's code and parameters."""
    p = title.params
    if title.code == "deadline.title.parole_program_end":
        return w.t("parole under the {p} program, for all its parolees,",
                   "la parole humanitaire du programme {p}, pour l’ensemble de ses bénéficiaires,",
                   p=p["program"])
    if title.code in ("deadline.title.tps_designation_end", "deadline.title.tps_status_unknown"):
        country = w.country(str(p["country"]))
        return w.t("the TPS designation for {c}", "la désignation au TPS ({c})", c=country)
    kind = "ead" if title.code == "deadline.title.ead_end" else str(p.get("status") or "other")
    detail = ""
    if kind == "parole" and p.get("program") and p["program"] != "other":  # "other": no program to name
        detail = f" ({p['program']})"
    elif kind == "tps" and p.get("country"):
        detail = f", {w.country(str(p['country']))}"
    en, fr = {
        "parole": ("the client's parole{d}", "la parole humanitaire{d} {de_name}"),
        "tps": ("the client's Temporary Protected Status (TPS{d})",
                "le statut de protection temporaire (TPS{d}) {de_name}"),
        "ead": ("the client's U.S. work permit (EAD)", "le permis de travail américain (EAD) {de_name}"),
        "asylum_pending": ("the client's status as an asylum applicant in the United States",
                           "le statut lié à la demande d’asile {de_name} aux États-Unis"),
        "visa": ("the client's U.S. visa status", "le statut de visa américain {de_name}"),
    }.get(kind, ("the client's U.S. status", "le statut {de_name} aux États-Unis"))
    return w.t(en, fr, d=detail, name=w.name)


def sources_block(w: Writer) -> list[Block]:
    """Where the policy figures quoted come from (each source once)."""
    items = []
    for fact in w.used.values():
        if fact.source_url:  # never the team's own notes (``domain/sources``)
            title = public_title(fact.source_title)
            items.append(f"{title} – {fact.source_url}" if title else fact.source_url)
    items = list(dict.fromkeys(items))
    if not items:
        return []
    return [Heading(w.t("Sources of the figures", "Sources des données")), BulletList(tuple(items))]


def stale_block(w: Writer) -> list[Block]:
    """A warning when the policy data is old."""
    if not w.policy.stale(w.as_of):
        return []
    return [Paragraph(w.t(
        "Our policy data was published on {d}, more than three months ago: check the figures above for "
        "updates.",
        "Nos données de politique datent du {d}, il y a plus de trois mois : vérifier que les chiffres "
        "ci-dessus sont toujours à jour.", d=w.date(w.policy.published)))]

