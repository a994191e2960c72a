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
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO

from ..atomic import atomic_write
from ..domain.caseerrors import field_error
from ..domain.casefile import CaseFileError, FieldError, case_to_dict, read_case
from .errors import NoSuchClient

if TYPE_CHECKING:  # the database side is imported where it is used: reading a case file (crs) loads none of it
    from ..policy.source import PolicySource
    from ..domain.policydata import Policy
    from ..storage.database import Database
    from .deadlines import Planned

BATCH = 2_000   # clients written in one statement
CHUNK = 500     # records checked at a time (by one worker process, when there are several)
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


# Made once: json.loads with a hook makes a new decoder at every call (a seventh of parsing a record).
_decode = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys).decode


def _loads(text: str) -> Any:
    if text.startswith("\ufeff"):  # json.loads names it ("Unexpected UTF-8 BOM"); the decoder alone would not
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    return _decode(text)


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


# What the reader hands on: a line of JSON Lines still as text (parsed where it is checked: in a
# worker during an import), a document already parsed (the other layouts), or the error that ends
# the file there. The error comes in its place, so the reader may run ahead of the checking (an
# import's workers) and still the first fault in the file is the one told, as when read in order.
TEXT, DOC, ERROR = "text", "doc", "error"


def _items(stream: TextIO) -> Iterator[tuple[int, int | None, Any, str]]:
    """``(record number, line, payload, kind)`` from a case file in any of the three layouts."""
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
        for record, doc in enumerate(data, start=1):
            yield record, None, doc, DOC
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
            yield 1, None, _loads(rest), DOC
        except (ValueError, RecursionError) as exc:
            raise _json_error(1, exc) from None
        return
    yield 1, line_no, first, DOC
    record = 1
    while True:
        try:
            line = stream.readline(MAX_RECORD_CHARS + 1)
        except (UnicodeDecodeError, _TooLarge) as exc:  # the file's fault, told in its place (open_case_file)
            yield record + 1, line_no + 1, exc, ERROR
            return
        if not line:
            return
        line_no += 1
        if not line.strip():
            continue
        record += 1
        if len(line) > MAX_RECORD_CHARS:
            yield record, line_no, CaseFileError([field_error("", "case.line_too_long", line=line_no,
                                                              most=f"{MAX_RECORD_CHARS:,}")], record), ERROR
            return
        yield record, line_no, line, TEXT


def _parsed(record: int, line: int | None, payload: Any, kind: str) -> Any:
    """The document of one reader item; raises the ``CaseFileError`` that ends the file there."""
    if kind == ERROR:
        raise payload
    if kind == DOC:
        return payload
    try:
        return _loads(payload)
    except (ValueError, RecursionError) as exc:
        raise _json_error(record, exc, line) from None


def read_documents(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(record number, parsed JSON)`` from a case file in any of the three layouts."""
    for record, line, payload, kind in _items(stream):
        yield record, _parsed(record, line, payload, kind)


class _Ready(NamedTuple):
    """A valid record, made ready to store: everything but its id."""

    keys: tuple[int | None, int | None]  # who the client is (``People.keys``): the same person twice?
    columns: dict[str, Any]       # the client row's own columns (its case file already JSON text)
    deadlines: Planned            # its deadline rows (client id to be set) and the columns they set


class _Checked(NamedTuple):
    record: int
    errors: list[FieldError]
    warnings: list[FieldError]
    ready: _Ready | None = None
    fatal: BaseException | None = None  # the file cannot be read past this record: raised in its place


@dataclass
class _ImportJob:
    """What checking a chunk of records needs besides the records (the same for every chunk)."""

    policy: Policy
    as_of: date
    ended_before: date
    english: dict = field(default_factory=dict)  # deadline words already written (by this process)


def _check(job: _ImportJob, chunk: list[tuple[int, int | None, Any, str]]) -> list[_Checked]:
    """Parse, check and prepare a chunk of records (pure: it runs in a worker process)."""
    from ..domain.deadlines import compute_deadlines
    from ..storage.bulk import encoded_json
    from ..storage.mapping import client_columns
    from .deadlines import plan
    from .duplicates import People

    out = []
    for record, line, payload, kind in chunk:
        try:
            doc = _parsed(record, line, payload, kind)
        except (CaseFileError, UnicodeDecodeError, _TooLarge) as exc:
            out.append(_Checked(record, [], [], fatal=exc))
            break
        facts, errors, warnings = read_case(doc, as_of=job.as_of)
        if errors or facts is None:
            out.append(_Checked(record, errors, warnings[:5]))
            continue
        deadlines = compute_deadlines(facts, job.policy, job.as_of)
        planned = plan(0, facts, deadlines, {}, job.as_of, job.ended_before, job.english)
        columns = client_columns(facts)
        columns["case_json"] = encoded_json(columns["case_json"])
        columns["next_deadline"], columns["status_expiry"] = planned.next_due, planned.cliff
        out.append(_Checked(record, [], warnings[:5], _Ready(People.keys(facts.client), columns, planned)))
    return out


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def import_stream(db: Database, stream: TextIO, progress: Callable[[int], None] | None = None, *,
                  policy: PolicySource, as_of: date, allow_duplicates: bool = False,
                  workers: int = 1) -> ImportResult:
    """Add every client in ``stream``, with their deadlines under ``policy`` as of ``as_of``.
    A client already in the caseload, or twice in the file, fails the import (``ImportFailed``
    with ``duplicates``) unless ``allow_duplicates``. ``workers``: processes that check the records
    (``services.parallel``) while this one writes."""
    from ..storage import clients as store
    from ..storage import deadlines as deadline_store
    from ..storage.database import transaction
    from ..storage.mapping import stamp
    from . import parallel
    from .audit import IMPORT, Trail
    from .deadlines import DeadlineService
    from .duplicates import People

    result = ImportResult()
    problems: list[CaseFileError] = []
    invalid = 0
    pending: list[_Ready] = []
    deadlines = DeadlineService(db, policy)

    in_force = policy.current  # one version for the whole import, recorded with it

    def insert(batch: list[_Ready]) -> list[int]:
        # DeadlineService.write's work for new clients: "next deadline" and "status ends" go in with the
        # client rows (no second write of each), and no deadline is stored yet to compare or replace.
        ids = store.insert_client_rows(session, [r.columns for r in batch], when)
        rows = []
        for cid, ready in zip(ids, batch):
            for row in ready.deadlines.rows:
                row["client_id"] = cid
            rows += ready.deadlines.rows
        deadline_store.replace_for_clients(session, rows, ())  # new clients: nothing stored to replace
        trail.each(ids, IMPORT)  # one row per client, without the values: imports stay fast
        return ids

    duplicates = 0
    with transaction(db) as session:
        when = stamp(db.clock)
        trail = Trail(session, when)
        current = deadlines.computed_with(session, in_force.version)
        empty = not store.any_client(session)
        if not allow_duplicates:
            store.lock_identities(session)
        people = None if allow_duplicates else People.of(store.every_person(session))
        job = _ImportJob(in_force, as_of, deadlines.ended_before(session, as_of))
        for checked in parallel.ordered_map(_check, job, _chunks(_items(stream), CHUNK), workers=workers):
            for record, errors, warnings, ready, fatal in checked:
                if fatal is not None:
                    raise fatal  # what reading the file in order would have raised here
                result.warnings += [f"record {record}: {w}" for w in warnings]
                result.warned += [(record, w) for w in warnings]
                if ready is not None and people is not None:
                    same = people.match_keys(*ready.keys)
                    if same is not None:
                        errors = [same]
                        duplicates += 1
                    else:
                        people.remember(*ready.keys, record)
                if errors or ready is None:
                    invalid += 1
                    if len(problems) < MAX_REPORTED:
                        problems.append(CaseFileError(errors, record))
                    continue
                if problems:
                    continue  # the batch fails anyway; keep validating to report the rest
                pending.append(ready)
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
            deadlines.record_computed(session, in_force, as_of if empty else None)
        if progress:  # still inside the transaction: a progress that raises (Cancel) rolls it all back
            progress(len(result.ids))
    return result


def import_file(db: Database, path: Path, progress: Callable[[int], None] | None = None, *,
                policy: PolicySource, as_of: date, allow_duplicates: bool = False, workers: int = 1) -> ImportResult:
    with open_case_file(path) as stream:
        return import_stream(db, stream, progress, policy=policy, as_of=as_of, allow_duplicates=allow_duplicates,
                             workers=workers)


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


def stored_case_files(db: Database, ids: Sequence[int], versions: dict[int, int] | None = None) -> Iterator[str]:
    """The clients' case files as stored (written by ``domain.casefile``, non-ASCII characters as
    ``\\u`` escapes), in ``ids``' order; ``versions`` (if given) gets each one's version, read in the
    same snapshot. ``NoSuchClient`` for the first that does not exist (``caselines.write_lines`` then
    leaves no file)."""
    from sqlalchemy import Text, select, type_coerce

    from ..storage.database import snapshot
    from ..storage.models import Client

    with db.session() as session:
        snapshot(session)
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            rows = {cid: (version, doc) for cid, version, doc in session.execute(
                select(Client.id, Client.version_id, type_coerce(Client.case_json, Text))
                .where(Client.id.in_(chunk)))}
            for cid in chunk:
                if cid not in rows:
                    raise NoSuchClient(cid)
                version, doc = rows[cid]
                if versions is not None:
                    versions[cid] = version
                # A server's driver hands back the document decoded: written as SQLite stores it.
                yield doc if isinstance(doc, str) else json.dumps(doc)


def export_file(db: Database, ids: Sequence[int], path: Path, *, lines: bool | None = None,
                versions: dict[int, int] | None = None) -> int:
    """Write the clients' case files: one object for one client, else an array (or JSON Lines
    with ``lines`` or a ``.jsonl`` name: each line a case file as stored). Written to a private
    temporary file, then renamed."""
    path = Path(path)
    from ..storage import caselines

    lines = caselines.is_lines(path) if lines is None else lines
    if lines:
        caselines.write_lines(path, stored_case_files(db, ids, versions))
        return len(ids)
    with atomic_write(path, "w", encoding="utf-8") as out:
        for start in range(0, len(ids), 1000):
            docs = export_documents(db, ids[start:start + 1000], versions)
            if len(ids) == 1:
                json.dump(docs[0], out, ensure_ascii=False, indent=2)
            else:
                for n, d in enumerate(docs, start=start):
                    out.write("[\n" if n == 0 else ",\n")
                    out.write(json.dumps(d, ensure_ascii=False, indent=2))
        if len(ids) != 1:
            out.write("\n]\n" if ids else "[]\n")
    return len(ids)


__all__ = ["ImportFailed", "ImportResult", "export_documents", "export_file",
           "import_file", "import_stream", "open_case_file", "read_documents"]
