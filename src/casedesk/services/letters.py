"""Referral letters: the words from domain/letters, the PDF from letters/, the record in the client's file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..atomic import atomic_write
from ..domain.eligibility import assess
from ..domain.letters import KINDS, LANGUAGES, Letterhead, LetterContent, LetterError, letter_content
from ..domain.policydata import Policy
from ..policy.source import PolicySource
from ..storage.database import Database, transaction
from ..storage.mapping import load_facts, stamp
from ..storage.models import LetterRow
from ..text import render
from .audit import LETTER, Trail
from .errors import NotFound, ServiceError
from .settings import SettingsService


@dataclass(frozen=True)
class LetterRecord:
    client_id: int
    kind: str
    language: str
    produced_on: date
    reference: str
    file_name: str


@dataclass
class BatchResult:
    produced: list[LetterRecord] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (client id, why)
    cancelled: bool = False


class LetterService:
    def __init__(self, db: Database, policy: PolicySource):
        self.db = db
        self.policy_source = policy

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
        if kind not in KINDS:
            raise ServiceError(f"--kind: not one of {', '.join(KINDS)}: {kind!r}")
        if language not in LANGUAGES:
            raise ServiceError(f"--lang: not one of {', '.join(LANGUAGES)}: {language!r}")
        with self.db.session() as session:
            facts = load_facts(session, [client_id]).get(client_id)
        if facts is None:
            raise NotFound(f"client {client_id}: no such client")
        policy = self.policy
        assessment = assess(facts, policy, as_of)
        return letter_content(kind, language, facts, client_id, assessment, policy, as_of, self.letterhead(),
                              recipient=tuple(recipient), note=note, words=render)

    def produce(self, client_id: int, kind: str, language: str, target: Path, as_of: date, *,
                recipient: Sequence[str] = (), note: str | None = None) -> LetterRecord:
        """Render the letter to ``target`` (written privately, then renamed) and record it on the client."""
        from ..letters.render import render_pdf

        content = self.content(client_id, kind, language, as_of, recipient=recipient, note=note)
        target = Path(target)
        with atomic_write(target) as out:
            render_pdf(content, self.letterhead(), out)
        record = LetterRecord(client_id, kind, language, as_of, content.reference, target.name)
        when = stamp(self.db.clock)
        with transaction(self.db) as session:
            session.add(LetterRow(client_id=client_id, kind=kind, language=language, produced_on=as_of,
                                  reference=content.reference, file_name=target.name, created_at=when))
            Trail(session, when).add(client_id, LETTER, kind,
                                     new={"language": language, "reference": content.reference})
        return record

    def history(self, client_id: int) -> list[LetterRecord]:
        with self.db.session() as session:
            rows = session.scalars(select(LetterRow).where(LetterRow.client_id == client_id)
                                   .order_by(LetterRow.id.desc()))
            return [LetterRecord(r.client_id, r.kind, r.language, r.produced_on, r.reference, r.file_name)
                    for r in rows]

    def batch(self, client_ids: Sequence[int], kind: str, language: str, folder: Path, as_of: date, *,
              progress: Callable[[int, int], bool] | None = None) -> BatchResult:
        """A letter per client into ``folder``; a client the letter does not fit is skipped with the reason.
        ``progress(done, total)`` returning False cancels (the letters already written are kept)."""
        result = BatchResult()
        folder = Path(folder)
        for n, client_id in enumerate(client_ids, start=1):
            try:
                result.produced.append(self.produce(
                    client_id, kind, language, folder / f"{kind}-{client_id}-{language}.pdf", as_of))
            except (LetterError, NotFound) as exc:
                result.skipped.append((client_id, str(exc)))
            if progress is not None and progress(n, len(client_ids)) is False:
                result.cancelled = n < len(client_ids)
                break
        return result


__all__ = ["BatchResult", "LetterError", "LetterRecord", "LetterService"]
