"""Case files in and out: one JSON object, a JSON array, or JSON Lines.

An import is one transaction: every record is validated, and if any is wrong nothing is kept,
so a batch (or a killed import) leaves all of it or none of it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from ..atomic import atomic_write
from ..domain.caseerrors import field_error
from ..domain.casefile import CaseFileError, FieldError, case_to_dict, read_case
from ..domain.facts import CaseFacts
from .errors import NoSuchClient

if TYPE_CHECKING:  # the database side is imported where it is used: reading a case file (crs) loads none of it
    from ..policy.source import PolicySource
    from ..storage.database import Database

BATCH = 2_000
MAX_REPORTED = 20
# Bounds on what is read (issue 13: `import /dev/zero` read until memory ran out). A full case
# record is at most about 1.1 million characters (notes, 50 tasks with notes); a file may hold
# some hundred thousand ordinary ones.
MAX_FILE_BYTES = 1 << 30
MAX_RECORD_CHARS = 4 << 20


class _TooLarge(Exception):
    pass


class _Capped(io.RawIOBase):
    """A file read only up to ``limit`` bytes: more raises ``_TooLarge``."""

    def __init__(self, raw: BinaryIO, limit: int):
        self._raw = raw
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self._left -= n
            if self._left < 0:
                raise _TooLarge
        return n or 0


@contextmanager
def open_case_file(path: Path, limit: int | None = None) -> Iterator[TextIO]:
    """A case file opened for ``read_documents``, read no further than ``limit`` bytes (default
    ``MAX_FILE_BYTES``); every error is a ``CaseFileError`` naming the file as the user gave it."""
    path = Path(path)
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        with open(path, "rb", buffering=0) as raw:
            capped = io.BufferedReader(_Capped(raw, limit))
            yield io.TextIOWrapper(capped, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CaseFileError([field_error("", "case.file_not_utf8", file=str(path), reason=exc.reason)]) from None
    except _TooLarge:
        raise CaseFileError([field_error("", "case.file_too_large", file=str(path), limit=f"{limit:,}")]) from None
    except IsADirectoryError:
        raise CaseFileError([field_error("", "case.file_is_folder", file=str(path))]) from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys: a second "client" silently replaced the whole first one.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _DuplicateKey(twice)
    return obj


def _loads(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_no_duplicate_keys)


@dataclass
class ImportResult:
    ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "record N: path: ..." in English
    warned: list[tuple[int, FieldError]] = field(default_factory=list)  # the same, to word in another language


class ImportFailed(CaseFileError):
    """Some records were invalid; nothing was imported. ``problems`` lists up to 20 of them."""

    def __init__(self, problems: list[CaseFileError], total: int, *, duplicates: int = 0):
        self.problems = problems
        self.total = total
        self.duplicates = duplicates  # how many of them are someone already in the caseload or the file
        first = problems[0]
        super().__init__(first.errors, first.record)

    def describe(self) -> str:
        text = super().describe()
        others = self.total - 1
        if others > 0:
            text += f"; {others} more invalid record{'s' if others > 1 else ''}"
        return text + "; nothing was imported"


def _json_error(record: int | None, exc: ValueError | RecursionError, line: int | None = None) -> CaseFileError:
    if isinstance(exc, UnicodeDecodeError):  # the file is read lazily: bad bytes surface here
        return CaseFileError([field_error("", "case.not_utf8", reason=exc.reason)], record)
    if isinstance(exc, _DuplicateKey):
        return CaseFileError([field_error("", "case.duplicate_key", key=repr(str(exc)[:60]))], record)
    if not isinstance(exc, json.JSONDecodeError):  # nesting or a number too large for the parser
        return CaseFileError([field_error("", "case.json_too_deep")], record)
    return CaseFileError([field_error("", "case.json_invalid", line=line if line is not None else exc.lineno,
                                      column=exc.colno, problem=exc.msg)], record)


def read_documents(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(record number, parsed JSON)`` from a case file in any of the three layouts."""
    text_start = ""
    line_no = 1
    while True:
        ch = stream.read(1)
        if not ch:
            return
        if not ch.isspace() and ch != "\ufeff":
            text_start = ch
            break
        line_no += ch == "\n"
    if text_start not in ("[", "{"):  # also ends at once what would read without end (/dev/zero)
        raise CaseFileError([field_error("", "case.json_bad_start", line=line_no, start=repr(text_start))])
    if text_start == "[":
        try:
            data = _loads(text_start + stream.read())
        except (ValueError, RecursionError) as exc:
            raise _json_error(None, exc) from None
        yield from enumerate(data, start=1)
        return
    first_line = text_start + stream.readline(MAX_RECORD_CHARS)
    try:
        first = _loads(first_line)
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, _DuplicateKey):
            raise _json_error(1, exc) from None
        # A pretty-printed single document spread over several lines.
        rest = first_line + stream.read()
        try:
            yield 1, _loads(rest)
        except (ValueError, RecursionError) as exc:
            raise _json_error(1, exc) from None
        return
    yield 1, first
    record = 1
    while line := stream.readline(MAX_RECORD_CHARS + 1):
        line_no += 1
        if not line.strip():
            continue
        record += 1
        if len(line) > MAX_RECORD_CHARS:
            raise CaseFileError([field_error("", "case.line_too_long", line=line_no,
                                             most=f"{MAX_RECORD_CHARS:,}")], record)
        try:
            yield record, _loads(line)
        except (ValueError, RecursionError) as exc:
            raise _json_error(record, exc, line_no) from None


def import_stream(db: Database, stream: TextIO, progress: Callable[[int], None] | None = None, *,
                  policy: PolicySource, as_of: date, allow_duplicates: bool = False) -> ImportResult:
    """Add every client in ``stream``, with their deadlines under ``policy`` as of ``as_of``.
    A client already in the caseload, or twice in the file, fails the import (``ImportFailed``
    with ``duplicates``) unless ``allow_duplicates``."""
    from ..storage import clients as store
    from ..storage.database import transaction
    from ..storage.mapping import stamp
    from .audit import IMPORT, Trail
    from .deadlines import DeadlineService
    from .duplicates import People

    result = ImportResult()
    problems: list[CaseFileError] = []
    invalid = 0
    pending: list[CaseFacts] = []
    deadlines = DeadlineService(db, policy)

    in_force = policy.current  # one version for the whole import, recorded with it

    def insert(batch: list[CaseFacts]) -> list[int]:
        ids = store.insert_clients(session, batch, when)
        deadlines.refresh(session, dict(zip(ids, batch)), as_of, in_force)
        trail.each(ids, IMPORT)  # one row per client, without the values: imports stay fast
        return ids

    duplicates = 0
    with transaction(db) as session:
        when = stamp(db.clock)
        trail = Trail(session, when)
        current = deadlines.computed_with(session, in_force.version)
        if not allow_duplicates:
            store.lock_identities(session)
        people = None if allow_duplicates else People.of(store.every_person(session))
        for record, doc in read_documents(stream):
            facts, errors, warnings = read_case(doc, as_of=as_of)
            result.warnings += [f"record {record}: {w}" for w in warnings[:5]]
            result.warned += [(record, w) for w in warnings[:5]]
            if facts is not None and people is not None:
                same = people.match(facts.client)
                if same is not None:
                    errors = [same]
                    duplicates += 1
                else:
                    people.remember_identity(facts.client, record)
            if errors or facts is None:
                invalid += 1
                if len(problems) < MAX_REPORTED:
                    problems.append(CaseFileError(errors, record))
                continue
            if problems:
                continue  # the batch fails anyway; keep validating to report the rest
            pending.append(facts)
            if len(pending) >= BATCH:
                result.ids += insert(pending)
                pending.clear()
                if progress:
                    progress(len(result.ids))
        if problems:
            raise ImportFailed(problems, invalid, duplicates=duplicates)  # rolls the transaction back
        if not result.ids and not pending:
            raise CaseFileError([field_error("", "case.no_records")])
        result.ids += insert(pending)
        if current:  # all deadlines now computed with this version: the next start need not recompute
            deadlines.record_computed(session, in_force.version)
        if progress:  # still inside the transaction: a progress that raises (Cancel) rolls it all back
            progress(len(result.ids))
    return result


def import_file(db: Database, path: Path, progress: Callable[[int], None] | None = None, *,
                policy: PolicySource, as_of: date, allow_duplicates: bool = False) -> ImportResult:
    with open_case_file(path) as stream:
        return import_stream(db, stream, progress, policy=policy, as_of=as_of, allow_duplicates=allow_duplicates)


def export_documents(db: Database, ids: Sequence[int], versions: dict[int, int] | None = None) -> list[dict]:
    """The clients' case files; ``versions`` (if given) gets each one's version, read in the same snapshot."""
    from sqlalchemy import select

    from ..storage.database import snapshot
    from ..storage.mapping import load_facts
    from ..storage.models import Client

    with db.session() as session:
        snapshot(session)
        facts = load_facts(session, ids)
        if versions is not None:
            rows = session.execute(select(Client.id, Client.version_id).where(Client.id.in_(ids)))
            versions.update({cid: version for cid, version in rows})  # (a Result has keys(): not a mapping)
    missing = [i for i in ids if i not in facts]
    if missing:
        raise NoSuchClient(missing[0])
    return [case_to_dict(facts[i]) for i in ids]


def export_file(db: Database, ids: Sequence[int], path: Path, *, lines: bool | None = None,
                versions: dict[int, int] | None = None) -> int:
    """Write the clients' case files: one object for one client, else an array (or JSON Lines
    with ``lines`` or a ``.jsonl`` name). Written to a private temporary file, then renamed."""
    path = Path(path)
    lines = path.suffix.lower() in (".jsonl", ".ndjson") if lines is None else lines
    with atomic_write(path, "w", encoding="utf-8") as out:
        for start in range(0, len(ids), 1000):
            docs = export_documents(db, ids[start:start + 1000], versions)
            if lines:
                out.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
            elif len(ids) == 1:
                json.dump(docs[0], out, ensure_ascii=False, indent=2)
            else:
                for n, d in enumerate(docs, start=start):
                    out.write("[\n" if n == 0 else ",\n")
                    out.write(json.dumps(d, ensure_ascii=False, indent=2))
        if not lines and len(ids) != 1:
            out.write("\n]\n" if ids else "[]\n")
    return len(ids)


__all__ = ["ImportFailed", "ImportResult", "export_documents", "export_file",
           "import_file", "import_stream", "open_case_file", "read_documents"]
