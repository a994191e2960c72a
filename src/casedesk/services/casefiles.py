"""Case files in and out: one JSON object, a JSON array, or JSON Lines.

An import is one transaction: every record is validated, and if any is wrong nothing is kept,
so a batch (or a killed import) leaves all of it or none of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..atomic import atomic_write
from ..domain.casefile import CaseFileError, FieldError, case_to_dict, read_case
from ..domain.facts import CaseFacts
from .errors import NotFound

if TYPE_CHECKING:  # the database side is imported where it is used: reading a case file (crs) loads none of it
    from ..policy.source import PolicySource
    from ..storage.database import Database

BATCH = 2_000
MAX_REPORTED = 20


@dataclass
class ImportResult:
    ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class ImportFailed(CaseFileError):
    """Some records were invalid; nothing was imported. ``problems`` lists up to 20 of them."""

    def __init__(self, problems: list[CaseFileError], total: int):
        self.problems = problems
        self.total = total
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
        return CaseFileError([FieldError("", f"not UTF-8 text ({exc.reason})")], record)
    if not isinstance(exc, json.JSONDecodeError):  # nesting or a number too large for the parser
        return CaseFileError([FieldError("", "JSON the reader cannot hold (nested too deep, or a number too "
                                             "long)")], record)
    where = f"line {line if line is not None else exc.lineno}, column {exc.colno}"
    return CaseFileError([FieldError("", f"not valid JSON at {where}: {exc.msg}")], record)


def read_documents(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(record number, parsed JSON)`` from a case file in any of the three layouts."""
    text_start = ""
    while True:
        ch = stream.read(1)
        if not ch:
            return
        if not ch.isspace() and ch != "\ufeff":
            text_start = ch
            break
    if text_start == "[":
        try:
            data = json.loads(text_start + stream.read())
        except (ValueError, RecursionError) as exc:
            raise _json_error(None, exc) from None
        yield from enumerate(data, start=1)
        return
    first_line = text_start + stream.readline()
    try:
        first = json.loads(first_line)
    except (ValueError, RecursionError):
        # A pretty-printed single document spread over several lines.
        rest = first_line + stream.read()
        try:
            yield 1, json.loads(rest)
        except (ValueError, RecursionError) as exc:
            raise _json_error(1, exc) from None
        return
    yield 1, first
    record = 1
    for line_no, line in enumerate(stream, start=2):
        if not line.strip():
            continue
        record += 1
        try:
            yield record, json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise _json_error(record, exc, line_no) from None


def import_stream(db: Database, stream: TextIO, progress: Callable[[int], None] | None = None, *,
                  policy: PolicySource, as_of: date) -> ImportResult:
    """Add every client in ``stream``, with their deadlines under ``policy`` as of ``as_of``."""
    from ..storage import clients as store
    from ..storage.database import transaction
    from ..storage.mapping import stamp
    from .audit import IMPORT, Trail
    from .deadlines import DeadlineService

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

    with transaction(db) as session:
        when = stamp(db.clock)
        trail = Trail(session, when)
        current = deadlines.computed_with(session, in_force.version)
        for record, doc in read_documents(stream):
            facts, errors, warnings = read_case(doc)
            result.warnings += [f"record {record}: {w}" for w in warnings[:5]]
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
            raise ImportFailed(problems, invalid)  # rolls the transaction back
        if not result.ids and not pending:
            raise CaseFileError([FieldError("", "the file holds no case records")])
        result.ids += insert(pending)
        if current:  # all deadlines now computed with this version: the next start need not recompute
            deadlines.record_computed(session, in_force.version)
        if progress:  # still inside the transaction: a progress that raises (Cancel) rolls it all back
            progress(len(result.ids))
    return result


def import_file(db: Database, path: Path, progress: Callable[[int], None] | None = None, *,
                policy: PolicySource, as_of: date) -> ImportResult:
    try:
        with open(path, encoding="utf-8") as stream:
            return import_stream(db, stream, progress, policy=policy, as_of=as_of)
    except UnicodeDecodeError as exc:
        raise CaseFileError([FieldError("", f"{Path(path).name}: not UTF-8 text ({exc.reason})")]) from None


def export_documents(db: Database, ids: Sequence[int]) -> list[dict]:
    from ..storage.mapping import load_facts

    with db.session() as session:
        facts = load_facts(session, ids)
    missing = [i for i in ids if i not in facts]
    if missing:
        raise NotFound(f"client {missing[0]}: no such client")
    return [case_to_dict(facts[i]) for i in ids]


def export_file(db: Database, ids: Sequence[int], path: Path, *, lines: bool | None = None) -> int:
    """Write the clients' case files: one object for one client, else an array (or JSON Lines
    with ``lines`` or a ``.jsonl`` name). Written to a private temporary file, then renamed."""
    path = Path(path)
    lines = path.suffix.lower() in (".jsonl", ".ndjson") if lines is None else lines
    with atomic_write(path, "w", encoding="utf-8") as out:
        for start in range(0, len(ids), 1000):
            docs = export_documents(db, ids[start:start + 1000])
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
           "import_file", "import_stream", "read_documents"]
