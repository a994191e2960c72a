"""What the commands print: each output shape defined once, as JSON (``--json``) and as text.

Every shape is a function giving an ``Answer``: the data ``--json`` prints and the text printed
otherwise (either may be a function, for long lists: only the one wanted is made). Both ways of answering
``upcoming`` print the stored deadlines in one shape, declared once with its SQL in
``storage.quickread.RECORD_JSON``: the quick path has SQLite write it, the long path
``stored_deadline`` (the same declaration) in Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from ..storage.quickread import DeadlineRecord, record_json

T = TypeVar("T")

if TYPE_CHECKING:
    from ..domain.errors import FieldError
    from ..domain.assessment import Assessment
    from ..domain.crs import CrsResult
    from ..domain.deadlines import Deadline
    from ..domain.policydata import Policy
    from ..services.assessments import ReassessReport
    from ..services.audit import AuditEntry, TrailCheck
    from ..services.casefiles import ImportResult
    from ..services.encryption import ConversionReport
    from ..services.letters import LetterRecord
    from ..services.policyupdates import PolicyChange
    from ..services.retention import DeletedClient, FileDue, Purged
    from ..storage.clients import CaseloadRow
    from ..storage.policyupdates import TrailRow


class Answer(NamedTuple):
    data: Any  # or a function that makes it
    text: str | Callable[[], str]


def emit(args: argparse.Namespace, answer: Answer) -> None:
    if args.json:
        data = answer.data() if callable(answer.data) else answer.data
        print(json.dumps(data, ensure_ascii=False, default=_json_default))
        return
    text = answer.text() if callable(answer.text) else answer.text
    if text:
        print(text)


def emit_stream(args: argparse.Namespace, items: Iterable[T], data: Callable[[T], Any],
                line: Callable[[T], str]) -> None:
    """A list answer written item by item as it is read (``emit``'s output, byte for byte): each item's
    JSON-ready ``data`` with ``--json``, else its ``line`` of words."""
    write = sys.stdout.write
    if args.json:
        write("[")
        for i, item in enumerate(items):
            write((", " if i else "") + json.dumps(data(item), ensure_ascii=False, default=_json_default))
        write("]\n")
        return
    for item in items:
        write(line(item) + "\n")


def emit_json_bytes(answer: bytes) -> None:
    """A JSON answer made elsewhere (by SQLite, on the quick path), written as it is."""
    sys.stdout.flush()
    sys.stdout.buffer.write(answer + b"\n")
    sys.stdout.buffer.flush()


def _json_default(value: Any) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def language(args: argparse.Namespace) -> str:
    """The language of the words printed: ``--lang``, else the locale's (``text.choice``)."""
    from ..text.choice import resolve

    return resolve(getattr(args, "lang", None))


# --- clients: import, export, list, audit ----------------------------------------------------------

def import_warning(record: int, warning: FieldError, lang: str) -> str:
    """``warning: record 2: client.nickname: unknown field, ignored``, in the language asked."""
    from ..text.caseerrors import error_line

    if lang == "fr":
        return f"avertissement\u00a0: fiche {record}\u00a0: {error_line(warning, lang)}"
    return f"warning: record {record}: {warning}"


def imported(result: ImportResult) -> Answer:
    data = {"count": len(result.ids), "ids": result.ids, "warnings": result.warnings}
    if len(result.ids) == 1:
        data = {"id": result.ids[0]} | data
    return Answer(data, _lines(map(str, result.ids)))


def exported(count: int, file: Path, versions: dict[int, int] | None = None, lang: str = "en") -> Answer:
    """``versions``: each client's version as written, for ``update ID FILE --if-version N``."""
    data: dict[str, Any] = {"count": count, "file": str(file)}
    if versions is not None:
        data["clients"] = [{"id": i, "version": v} for i, v in versions.items()]
    if lang == "fr":
        from . import french

        return Answer(data, french.exported(count, file, versions))
    text = f"{count} case file(s) written to {file}"
    if versions is not None and len(versions) == 1:
        text += "".join(f" (client {i}, version {v})" for i, v in versions.items())
    return Answer(data, text)


def updated(record, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"id": record.id, "version": record.version}, french.updated(record.id, record.version))
    return Answer({"id": record.id, "version": record.version},
                  f"client {record.id} updated (now version {record.version})")


def caseload(rows: Sequence[CaseloadRow]) -> Answer:
    data = [{"id": r.id, "given_names": r.given_names, "family_name": r.family_name, "country": r.country,
             "status": r.status, "status_expiry": r.status_expiry, "updated_at": r.updated_at, "version": r.version}
            for r in rows]
    return Answer(data, lambda: _lines(f"{r.id}\t{r.family_name}, {r.given_names}\t{r.country or ''}\t{r.status}"
                                       for r in rows))


def audit_written(count: int, file: Path, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"count": count, "file": str(file)}, french.audit_written(count, file))
    return Answer({"count": count, "file": str(file)}, f"{count} audit entries written to {file}")


def audit_trail(entries: Sequence[AuditEntry], lang: str = "en") -> Answer:
    from ..services.audit import value_text

    erased, withheld = "  (values erased by a purge)", "  (values withheld: client deleted)"
    if lang == "fr":
        from . import french

        erased, withheld = french.ERASED, french.WITHHELD

    def line(e: AuditEntry) -> str:
        return (f"{e.at.isoformat()}Z  {e.actor}  {e.client_id}  {e.action}"
                + (f"  {e.field}" if e.field else "")
                + (erased if e.erased else
                   withheld if e.withheld else
                   f"  {value_text(e.old)} -> {value_text(e.new)}" if e.action == "update" else ""))

    return Answer([e.as_dict() for e in entries], lambda: _lines(map(line, entries)))


def trail_check(check: TrailCheck, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer(check.as_dict(), lambda: french.trail_check(check))
    return Answer(check.as_dict(), lambda: check.words()[:1].upper() + check.words()[1:]
                  + (f"\nnewest entry {check.head_id}, chain {check.head}" if check.head_id else ""))


# --- retention: close, reopen, retention, purge ----------------------------------------------------

def files_due(rows: Sequence[FileDue], years: int, as_of: date, deleted: Sequence[DeletedClient],
              lang: str = "en") -> Answer:
    data = {"as_of": as_of, "retention_years": years,
            "files": [{"id": r.id, "name": r.name, "closed_on": r.closed_on, "keep_until": r.keep_until}
                      for r in rows],
            "deleted": [{"id": d.id, "deleted_on": d.deleted_on, "deleted_by": d.deleted_by} for d in deleted]}
    if lang == "fr":
        from . import french

        return Answer(data, lambda: _lines(
            [french.files_due_head(len(rows), years)]
            + [french.file_due(r.id, r.name, r.closed_on, r.keep_until) for r in rows]
            + ([french.deleted_head(len(deleted))]
               + [french.deleted_line(d.id, d.deleted_on, d.deleted_by) for d in deleted] if deleted else [])))
    return Answer(data, lambda: _lines(
        [f"{len(rows)} closed file(s) past the retention period of {years} years"]
        + [f"{r.id}\t{r.name}\tclosed {r.closed_on}\tkept until {r.keep_until}" for r in rows]
        + ([f"{len(deleted)} deleted client(s) whose values the audit trail keeps (purge ID erases them)"]
           + [f"{d.id}\tdeleted {d.deleted_on} by {d.deleted_by}" for d in deleted] if deleted else [])))


def purged(result: Purged, tombstone: tuple[date, str] | None, lang: str = "en") -> Answer:
    day, actor = tombstone or (None, "")
    data = {"id": result.client_id, "entries_erased": result.entries_erased, "scrubbed": result.scrubbed,
            "purged_on": day, "purged_by": actor}
    if lang == "fr":
        from . import french

        return Answer(data, french.purged(result.client_id, day, actor, result.entries_erased, result.scrubbed))
    text = (f"client {result.client_id} purged on {day} by {actor}: {result.entries_erased} audit entries erased"
            + ("" if result.scrubbed else "; the write-ahead log is emptied when the other program using the "
               "caseload closes it"))
    return Answer(data, text)


# --- assessment: crs, assess, reassess, policy -----------------------------------------------------

def crs(result: CrsResult, as_of: date, policy_version: str) -> Answer:
    data = {"total": result.total, "core": result.core, "spouse": result.spouse,
            "transferability": result.transferability, "additional": result.additional,
            "details": dict(result.details), "missing": list(result.missing), "as_of": as_of.isoformat(),
            "policy_version": policy_version}
    return Answer(data, f"CRS {result.total} (core {result.core}, spouse {result.spouse}, transferability "
                        f"{result.transferability}, additional {result.additional})")


def fact_titles(policy: Policy, fact_ids: Iterable[str], lang: str = "en") -> dict[str, str]:
    """Each policy fact's title (its latest entry's, in ``lang`` where it has one), to name a stale
    fact in words."""
    found = {}
    for fact_id in fact_ids:
        entries = policy.history(fact_id)
        if entries:
            found[fact_id] = entries[-1].title_in(lang)
    return found


def assessment(result: Assessment, policy: Policy, lang: str = "en") -> Answer:
    """Each route's verdict and summary; in a language other than English the verdict and the route are
    in words too (the English text keeps the codes, as it always printed them). ``--json`` keeps every
    code and gives the words in ``lang``."""
    from ..text import render
    from ..text.render import catalogue
    from ..text.results import assessment_json, law_age_words

    titles = fact_titles(policy, {i for p in result.pathways for i in p.stale_sources}, lang)
    vocab = catalogue(lang).vocab

    def text() -> str:
        lines = []
        ranked = result.ranked()
        if lang == "en":  # the codes, as the English text always printed them
            verdicts = {p.id: p.verdict for p in ranked}
            routes = {p.id: p.id for p in ranked}
        else:
            verdicts = {p.id: vocab.get("verdict", {}).get(p.verdict, p.verdict) for p in ranked}
            routes = {p.id: vocab.get("pathway", {}).get(p.id, p.id) for p in ranked}
        v_width = max([12, *map(len, verdicts.values())])
        r_width = max([37, *map(len, routes.values())])
        for p in ranked:
            lines.append(f"{verdicts[p.id]:<{v_width}} {routes[p.id]:<{r_width}} {render(p.summary, lang)}")
            age = law_age_words(p.stale_sources, titles, lang)
            if age:  # the age of the law, beside the answer it affects
                lines.append(f"{'':<{v_width}} {'':<{r_width}} \N{WARNING SIGN} {age}")
        return _lines(lines)

    data = assessment_json(result, lang, titles=titles)
    data["language"] = lang
    return Answer(data, text)


def _day(day: date | None) -> str:
    return day.isoformat() if day else "none"


def reassessed(report: ReassessReport) -> Answer:
    from ..text import render

    data = report.as_dict()
    for client, c in zip(data["changed"], report.changed):  # the words beside each new verdict's summary code
        for change, v in zip(client["changes"], c.changes):
            change["summary"] = render(v.summary) if v.summary else None
        for moved, d in zip(client["deadlines"], c.deadlines):
            moved["title"] = render(d.title) if d.title else None

    def text() -> str:
        lines = [f"{report.clients} clients re-assessed with policy {report.policy_version}; "
                 f"{len(report.changed)} changed, {report.first_assessed} assessed for the first time"]
        for c in report.changed:
            moves = [f"{v.pathway}: {v.old} -> {v.new}" + (f" ({render(v.summary)})" if v.summary else "")
                     for v in c.changes]
            if c.status_end is not None:
                moves.append(f"status ends: {_day(c.status_end[0])} -> {_day(c.status_end[1])}")
            moves += [f"{d.kind} {d.key}: {_day(d.old)} -> {_day(d.new)}" for d in c.deadlines]
            lines.append(f"{c.id}\t{c.family_name}, {c.given_names}\t{'; '.join(moves)}")
        return _lines(lines)

    return Answer(data, text)


def _fact_value(fact) -> Any:
    from ..policy.loader import json_value

    return json_value(fact)


def _entry(fact) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {"value": _fact_value(fact), "effective": fact.effective.isoformat(),
            "until": fact.until.isoformat() if fact.until else None, "confidence": fact.confidence,
            "source": {"title": fact.source_title, "url": fact.source_url}}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= 80 else text[:77] + "..."


def policy_change(change: PolicyChange) -> Answer:
    """What ``policy load`` / ``policy revert`` put in force: the facts added, changed and removed."""
    diff = change.diff
    data = {"old_version": diff.old_version, "new_version": diff.new_version, "counts": diff.counts(),
            "overridden": change.overridden,
            "facts": [{"change": d.code, "id": d.fact_id, "old": _entry(d.old), "new": _entry(d.new)}
                      for d in diff.facts]}

    def text() -> str:
        counts = diff.counts()
        lines = [f"policy data {diff.old_version} -> {diff.new_version}: {counts['added']} facts added, "
                 f"{counts['changed']} changed, {counts['removed']} removed"]
        for d in diff.facts:
            if d.code == "added" and d.new is not None:
                lines.append(f"+ {d.fact_id} = {_short(_fact_value(d.new))} (from {d.new.effective.isoformat()}; "
                             f"source: {d.new.source_title})")
            elif d.code == "changed" and d.old is not None and d.new is not None:
                lines.append(f"~ {d.fact_id}: {_short(_fact_value(d.old))} -> {_short(_fact_value(d.new))} "
                             f"(from {d.new.effective.isoformat()}; source: {d.new.source_title})")
            elif d.old is not None:
                lines.append(f"- {d.fact_id} (was {_short(_fact_value(d.old))}; source: {d.old.source_title})")
        if change.overridden:
            lines.append("note: a policy file chosen with --policy or CASEDESK_POLICY stays in force for this run")
        lines.append("run `casedesk reassess` to see which clients it affects")
        return _lines(lines)

    return Answer(data, text)


def policy_trail(rows: Sequence[TrailRow]) -> Answer:
    """Who loaded which policy update, or went back to the shipped data, and when (newest first)."""
    data = [{"id": r.id, "action": r.action, "version": r.version, "at_utc": r.loaded_at.isoformat() + "Z",
             "by": r.loaded_by, "active": r.active} for r in rows]
    return Answer(data, lambda: _lines(f"{d['at_utc']}  {d['action']:<6}  {d['version']:<16}  "
                                       f"{'in use' if d['active'] else '':<6}  {d['by']}" for d in data))


def policy_facts(policy: Policy, today: date, prefix: str, origin: str | None = None, lang: str = "en") -> Answer:
    """``origin``: where the data in force comes from (``policy.source``: shipped, update, file)."""
    from ..domain.policydata import thaw

    facts = [f for f in policy.in_force(today) if f.id.startswith(prefix)]
    data = {"version": policy.version, "published": policy.published.isoformat(), "origin": origin,
            "age_days": policy.age_days(today), "stale": policy.stale(today),
            "facts": [{"id": f.id, "title": f.title, **({"title_fr": f.title_fr} if f.title_fr else {}),
                       "value": thaw(f.value), "effective": f.effective,
                       "until": f.until, "confidence": f.confidence, "verify": not f.confirmed,
                       "source": {"title": f.source_title, "url": f.source_url}} for f in facts]}
    return Answer(data, lambda: _lines(f"{f.id}\t{f.effective.isoformat()}\t{'' if f.confirmed else 'VERIFY '}"
                                       f"{f.title_in(lang)}" for f in facts))


# --- deadlines: deadlines, upcoming, ics -----------------------------------------------------------

def computed_deadline(d: Deadline, today: date, lang: str = "en") -> dict[str, Any]:
    """A deadline computed from a case file: its data, its words in ``lang``, and the codes they come from
    (``messages``)."""
    from ..text.deadlines import deadline_words

    words = deadline_words(d.title, d.basis, d.caveats, d.source.title if d.source else None, lang)
    return {**d.as_dict(today), "title": words.title, "basis": words.cited_basis, "caveat": words.caveat}


def reworded(item: dict[str, Any], lang: str) -> dict[str, Any]:
    """A stored deadline (its words stored in English) with its words in ``lang``, from its codes."""
    if lang == "en" or not item.get("messages"):
        return item
    from ..domain.deadline_codes import messages_from_dict
    from ..text.deadlines import deadline_words

    title, basis, caveats = messages_from_dict(item["messages"])
    source = (item.get("source") or {}).get("title")
    words = deadline_words(title, basis, caveats, source, lang)
    return {**item, "title": words.title, "basis": words.cited_basis, "caveat": words.caveat}


def stored_deadline(r: DeadlineRecord, today: date) -> dict[str, Any]:
    """A stored deadline, as ``upcoming --json`` prints it (the quick path has SQLite write the same
    shape): the English words stored with it, and the codes they come from (``messages``)."""
    return record_json(r, today)


def case_deadlines(items: list[dict[str, Any]], policy: Callable[[], Policy], lang: str = "en") -> Answer:
    """One case's deadlines, computed (``computed_deadline``) or stored (``stored_deadline``), each with the
    age of the law it rests on (``law_age``), in ``lang``. ``policy`` gives the policy data, asked only to
    name stale facts."""
    from ..text.law_age import law_age_words

    stale = {i for d in items for i in d["stale_facts"]}
    titles = fact_titles(policy(), stale, lang) if stale else {}
    for d in items:
        d["law_age"] = law_age_words(d["stale_facts"], titles, lang)
        if lang != "en":
            d["language"] = lang

    def text() -> str:
        lines = []
        if lang != "en":
            from ..text.formatting import Formatter
            from ..text.render import catalogue, render

            fmt = Formatter(catalogue(lang), render)
        for d in items:
            due = d["due"] if lang == "en" else fmt.date(date.fromisoformat(d["due"]))
            lines.append(f"{due:<{10 if lang == 'en' else 18}}  {d['days_left']:>5}  {d['kind']:<18} {d['title']}")
            if d["caveat"]:
                lines.append(f"{'':>30} {d['caveat']}")
            if d["law_age"]:
                lines.append(f"{'':>30} \N{WARNING SIGN} {d['law_age']}")
        return _lines(lines)

    return Answer(items, text)


def stored_stale_facts(item: dict[str, Any], policy: Callable[[], Policy], today: date,
                       stale_from: Mapping[str, date] | None = None) -> list[str]:
    """A stored deadline's age of the law, read against the policy in use today (``policy()``). With
    ``stale_from``, stored with deadlines computed with that policy, a deadline none of whose facts can
    be stale yet is told so without reading the policy."""
    from ..domain.deadline_codes import fresh_on, stored_fact_ids, stored_stale_facts

    source_id, messages = (item.get("source") or {}).get("id"), item.get("messages")
    if stale_from is not None and fresh_on(stored_fact_ids(source_id, messages), stale_from, today):
        return []
    return list(stored_stale_facts(source_id, messages, policy(), today))


def upcoming_line(r: DeadlineRecord, today: date, lang: str = "en") -> str:
    """One deadline as `casedesk upcoming` prints it in words (its title in ``lang``, from its codes)."""
    return (f"{r.due.isoformat()}  {(r.due - today).days:>5}  {r.client_id:>7}  "
            f"{r.family_name}, {r.given_names}  {_title(r, lang)}")


def _title(r: DeadlineRecord, lang: str) -> str:
    if lang == "en" or not r.messages:  # the English words are stored beside the codes
        return r.title
    from ..domain.deadline_codes import messages_from_dict
    from ..text.deadlines import deadline_words

    title, basis, caveats = messages_from_dict(json.loads(r.messages))
    return deadline_words(title, basis, caveats, None, lang).title


def upcoming(records: Sequence[DeadlineRecord], today: date, lang: str = "en") -> Answer:
    def text() -> str:  # from the records: no dictionary per deadline when only words are wanted
        return _lines(upcoming_line(r, today, lang) for r in records)

    return Answer(lambda: [stored_deadline(r, today) for r in records], text)


def emit_upcoming(args: argparse.Namespace, records: Iterable[DeadlineRecord], today: date,
                  lang: str = "en") -> None:
    """``upcoming``'s answer written as the records are read (the same shape, never all at once)."""
    emit_stream(args, records, lambda r: stored_deadline(r, today), lambda r: upcoming_line(r, today, lang))


def calendar_written(count: int, file: Path, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"events": count, "file": str(file)}, french.calendar_written(count, file))
    return Answer({"events": count, "file": str(file)}, f"{count} deadlines written to {file}")


# --- letters ---------------------------------------------------------------------------------------

def letter(client_id: int, record: LetterRecord, file: Path, lang: str = "en") -> Answer:
    """A letter written and recorded, with the saved assessment it quotes and that one's policy version."""
    data = {"id": client_id, "kind": record.kind, "language": record.language, "reference": record.reference,
            "file": str(file), "assessment_id": record.assessment_id, "policy_version": record.policy_version}
    if lang == "fr":
        from . import french

        return Answer(data, french.letter(record.reference, file, record.assessment_id, record.policy_version))
    return Answer(data,
                  f"letter {record.reference} written to {file} (it quotes assessment {record.assessment_id}, "
                  f"policy data {record.policy_version})")


# --- storage: backup, restore, encrypt, decrypt, passphrase ----------------------------------------

def backed_up(target: Path, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"file": str(target)}, french.backed_up(target))
    return Answer({"file": str(target)}, f"backup written to {target}")


def server_ready(roles) -> Answer:
    data = {"owner_role": roles.owner, "app_role": roles.app, "owner_url": roles.owner_url, "app_url": roles.app_url}
    return Answer(data, _lines([
        f"The caseload is set up: tables owned by {roles.owner}, which migrates; caseworkers connect as {roles.app},",
        "which cannot change or remove audit entries nor the schema.",
        f"Caseworkers' URL: {roles.app_url}",
        "(Run this again after installing a newer CaseDesk: it upgrades the schema as the owner.)"]))


def restored(file: Path, kept: Path, lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"restored": str(file), "previous_kept_at": str(kept)}, french.restored(file, kept))
    return Answer({"restored": str(file), "previous_kept_at": str(kept)},
                  f"restored {file}; the previous caseload was kept at {kept}")


def encrypted(report: ConversionReport, key_file: str, lang: str = "en") -> Answer:
    left = [str(p) for p in report.backups_left]
    if lang == "fr":
        from . import french

        text = french.encrypted(report.backups_converted, report.recovery_key, key_file, left)
    else:
        text = [f"The caseload and {report.backups_converted} backup(s) are now encrypted.",
                "", f"Recovery key: {report.recovery_key}", "",
                "It is shown only this once. Store it away from this computer (printed, or in a password manager):",
                f"it opens the caseload if the passphrase is forgotten or the key file {key_file} is lost."]
        if left:
            text.append(f"These backups could not be read, so they were left unencrypted; delete them: "
                        f"{', '.join(left)}")
    return Answer({"encrypted": True, "recovery_key": report.recovery_key,
                   "backups_encrypted": report.backups_converted, "backups_left": left,
                   "seconds": round(report.seconds, 3)}, _lines(text))


def decrypted(report: ConversionReport, lang: str = "en") -> Answer:
    left = [str(p) for p in report.backups_left]
    if lang == "fr":
        from . import french

        return Answer({"encrypted": False, "backups_converted": report.backups_converted, "backups_left": left,
                       "seconds": round(report.seconds, 3)}, french.decrypted(report.backups_converted, left))
    text = f"Encryption removed from the caseload and {report.backups_converted} backup(s)."
    if left:
        text += f" These backups could not be read and are still encrypted: {', '.join(left)}"
    return Answer({"encrypted": False, "backups_converted": report.backups_converted, "backups_left": left,
                   "seconds": round(report.seconds, 3)}, text)


def passphrase_changed(lang: str = "en") -> Answer:
    if lang == "fr":
        from . import french

        return Answer({"changed": True}, french.PASSPHRASE_CHANGED)
    return Answer({"changed": True}, "Passphrase changed; the old one no longer opens the caseload. "
                                     "The recovery key is unchanged.")
