"""Referral letters: the words from domain/letters, the PDF from letters/, the record in the client's file.

A letter quotes a saved assessment: the client's latest one while it still describes them (same
day, same policy version, same facts), else a new one, saved with the letter's record so that it
shows in the client's history. The record names that assessment and its policy version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..atomic import atomic_write
from ..domain.facts import CaseFacts
from ..domain.letters import KINDS, LANGUAGES, Letterhead, LetterContent, LetterError, letter_content
from ..domain.policydata import Policy
from ..policy.source import PolicySource
from ..storage.database import Database, transaction
from ..storage.mapping import load_facts, stamp
from ..storage.models import LetterRow
from ..text import render
from .assessments import AssessmentService, Quoted
from .audit import LETTER, Trail
from .errors import NoSuchClient, NotFound, ServiceError
from .filenames import letter_file_name
from .settings import SettingsService


@dataclass(frozen=True)
class LetterRecord:
    client_id: int
    kind: str
    language: str
    produced_on: date
    reference: str
    file_name: str
    assessment_id: int | None = None  # the saved assessment the letter quotes (None: produced before 0013)
    policy_version: str | None = None  # that assessment's policy data version


@dataclass
class BatchResult:
    produced: list[LetterRecord] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (client id, why)
    cancelled: bool = False


class LetterService:
    def __init__(self, db: Database, policy: PolicySource):
        self.db = db
        self.policy_source = policy
        self.assessments = AssessmentService(db, policy)

    @property
    def policy(self) -> Policy:
        """The policy data in force now (read from the shared source on every use)."""
        return self.policy_source.current

    def letterhead(self) -> Letterhead:
        s = SettingsService(self.db).all()
        return Letterhead(
            organisation=s["letterhead.organisation"], address=s["letterhead.address"],
            phone=s["letterhead.phone"], email=s["letterhead.email"],
            caseworker_name=s["letterhead.caseworker_name"], caseworker_title=s["letterhead.caseworker_title"],
            logo_path=s["letterhead.logo_path"] or None)

    def content(self, client_id: int, kind: str, language: str, as_of: date, *,
                recipient: Sequence[str] = (), note: str | None = None) -> LetterContent:
        """The letter's words (a preview: nothing is saved)."""
        return self._write(client_id, kind, language, as_of, recipient, note)[0]

    def pdf(self, client_id: int, kind: str, language: str, as_of: date, *,
            recipient: Sequence[str] = (), note: str | None = None) -> bytes:
        """The letter as a PDF in memory (a preview: nothing is saved, no file is written)."""
        import io

        from ..letters.render import render_pdf

        content = self._write(client_id, kind, language, as_of, recipient, note)[0]
        out = io.BytesIO()
        render_pdf(content, self.letterhead(), out)
        return out.getvalue()

    def _write(self, client_id: int, kind: str, language: str, as_of: date, recipient: Sequence[str],
               note: str | None) -> tuple[LetterContent, Quoted]:
        if kind not in KINDS:
            raise ServiceError(f"--kind: not one of {', '.join(KINDS)}: {kind!r}")
        if language not in LANGUAGES:
            raise ServiceError(f"--lang: not one of {', '.join(LANGUAGES)}: {language!r}")
        policy = self.policy  # one version for the assessment and the letter's figures
        with self.db.session() as session:
            facts: CaseFacts | None = load_facts(session, [client_id]).get(client_id)
            if facts is None:
                raise NoSuchClient(client_id)
            quoted = self.assessments.quote(session, client_id, facts, policy, as_of)
        content = letter_content(kind, language, facts, client_id, quoted.assessment, policy, as_of,
                                 self.letterhead(), recipient=tuple(recipient), note=note, words=render)
        return content, quoted

    def produce(self, client_id: int, kind: str, language: str, target: Path, as_of: date, *,
                recipient: Sequence[str] = (), note: str | None = None) -> LetterRecord:
        """Render the letter to ``target`` (written privately, then renamed) and record it on the client,
        with the assessment it quotes (saved now if it is new)."""
        from ..letters.render import render_pdf

        content, quoted = self._write(client_id, kind, language, as_of, recipient, note)
        target = Path(target)
        with atomic_write(target) as out:
            render_pdf(content, self.letterhead(), out)
        version = quoted.assessment.policy_version
        when = stamp(self.db.clock)
        with transaction(self.db) as session:
            assessment_id = self.assessments.keep(session, quoted)
            session.add(LetterRow(client_id=client_id, kind=kind, language=language, produced_on=as_of,
                                  reference=content.reference, file_name=target.name, created_at=when,
                                  assessment_id=assessment_id, policy_version=version))
            Trail(session, when).add(client_id, LETTER, kind,
                                     new={"language": language, "reference": content.reference,
                                          "assessment_id": assessment_id, "policy_version": version})
        return LetterRecord(client_id, kind, language, as_of, content.reference, target.name, assessment_id,
                            version)

    def file_name(self, client_id: int, kind: str, language: str, as_of: date) -> str:
        """``Perez-Nunez_Maria-Jose_spousal-sponsorship_2026-12-02_en.pdf``: the client's name, made safe."""
        with self.db.session() as session:
            facts: CaseFacts | None = load_facts(session, [client_id]).get(client_id)
        client = facts.client if facts is not None else None
        return letter_file_name(client.given_names if client else None, client.family_name if client else None,
                                client_id, kind, as_of, language)

    def history(self, client_id: int) -> list[LetterRecord]:
        with self.db.session() as session:
            rows = session.scalars(select(LetterRow).where(LetterRow.client_id == client_id)
                                   .order_by(LetterRow.id.desc()))
            return [LetterRecord(r.client_id, r.kind, r.language, r.produced_on, r.reference, r.file_name,
                                 r.assessment_id, r.policy_version) for r in rows]

    def batch(self, client_ids: Sequence[int], kind: str, language: str, folder: Path, as_of: date, *,
              progress: Callable[[int, int], bool] | None = None) -> BatchResult:
        """A letter per client into ``folder``; a client the letter does not fit is skipped with the reason.
        ``progress(done, total)`` returning False cancels (the letters already written are kept)."""
        result = BatchResult()
        folder = Path(folder)
        used: set[str] = set()
        for n, client_id in enumerate(client_ids, start=1):
            name = self.file_name(client_id, kind, language, as_of)
            if name.lower() in used or (folder / name).exists():  # two clients of one name: the number tells them apart
                name = name.removesuffix(".pdf") + f"_{client_id}.pdf"
            used.add(name.lower())
            try:
                result.produced.append(self.produce(client_id, kind, language, folder / name, as_of))
            except (LetterError, NotFound) as exc:
                result.skipped.append((client_id, str(exc)))
            if progress is not None and progress(n, len(client_ids)) is False:
                result.cancelled = n < len(client_ids)
                break
        return result


__all__ = ["BatchResult", "LetterError", "LetterRecord", "LetterService"]
