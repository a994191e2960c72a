"""The letter whole: a kind's body inside the frame every letter shares (subject line, remarks,
sources, how to reach us, signature, confidentiality footer)."""

from __future__ import annotations

from datetime import date

from ..assessment import Assessment
from ..errors import LetterError
from ..facts import CaseFacts
from ..policydata import Policy
from .citizenship import citizenship
from .content import KIND_CODES, KINDS, LANG_TAGS, LANGUAGES, Block, Heading, Letterhead, LetterContent, Paragraph
from .shared import sources_block, stale_block
from .spousal import spousal
from .writer import Words, Writer


def letter_content(kind: str, language: str, facts: CaseFacts, client_id: int, assessment: Assessment,
                   policy: Policy, as_of: date, letterhead: Letterhead, recipient: tuple[str, ...] = (),
                   note: str | None = None, reference: str | None = None, *, words: Words) -> LetterContent:
    """The words of one referral letter; ``LetterError`` (naming the fact) when its route does not apply.

    ``words`` renders the assessment's messages and the letter's values (``casedesk.text.render``)."""
    if kind not in KINDS:
        raise LetterError(f"unknown letter kind {kind!r}: expected one of {', '.join(KINDS)}")
    if language not in LANGUAGES:
        raise LetterError(f"unknown letter language {language!r}: expected one of {', '.join(LANGUAGES)}")
    if not facts.client.full_name.strip():
        raise LetterError(f"client {client_id}: the client's name is not recorded (client.given_names, "
                          "client.family_name)")
    w = Writer(kind, language, facts, client_id, assessment, policy, as_of, words)
    subject, body = spousal(w) if kind == "spousal_sponsorship" else citizenship(w)

    blocks: list[Block] = [Heading(w.t("Subject: {s}", "Objet : {s}", s=subject)), *body]
    if note is not None and note.strip():
        blocks += [Heading(w.t("Remarks", "Remarques")), Paragraph(note)]
    blocks += stale_block(w)
    blocks += sources_block(w)
    phone, email = letterhead.phone.strip(), letterhead.email.strip()
    if phone or email:
        if phone and email:
            how = w.t("at {p} or {e}", "au {p} ou à l’adresse {e}", p=phone, e=email)
        elif phone:
            how = w.t("at {p}", "au {p}", p=phone)
        else:
            how = w.t("at {e}", "à l’adresse {e}", e=email)
        person = letterhead.caseworker_name.strip()
        blocks.append(Paragraph(w.t(
            "For any further information, please contact {who} {how}.",
            "Pour tout renseignement complémentaire, n’hésitez pas à communiquer avec {who} {how}.",
            who=person, how=how) if person else w.t(
            "For any further information, please contact us {how}.",
            "Pour tout renseignement complémentaire, n’hésitez pas à communiquer avec nous {how}.", how=how)))

    reference = reference if reference is not None else f"CD-{client_id}-{as_of:%Y%m%d}-{KIND_CODES[kind]}"
    title = subject
    signature = tuple(x.strip() for x in (letterhead.caseworker_name, letterhead.caseworker_title,
                                          letterhead.organisation) if x and x.strip())
    person, firm = letterhead.caseworker_name.strip(), letterhead.organisation.strip()
    author = f"{person} ({firm})" if person and firm else person or firm
    return LetterContent(
        kind=kind,
        language=language,
        title=title,
        date_line=w.date(as_of) if w.en else f"Le {w.date(as_of)}",
        reference=reference,
        recipient=tuple(recipient),
        salutation=w.t("Dear Sir or Madam,", "Madame, Monsieur,"),
        blocks=tuple(blocks),
        closing=w.t("Yours sincerely,",
                    "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées."),
        signature=signature,
        footer=w.t(
            "Confidential – This letter contains personal information and is intended only for its addressee. "
            "If you have received it in error, please notify the sender and destroy it.",
            "Confidentiel – Cette lettre contient des renseignements personnels et est destinée uniquement à son "
            "destinataire. Si vous l’avez reçue par erreur, veuillez en aviser l’expéditeur et la détruire."),
        metadata={"title": title, "author": author, "subject": subject, "lang": LANG_TAGS[language]},
        letterhead=letterhead,
    )
