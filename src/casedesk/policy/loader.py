"""Read and write the policy data file (``casedesk.policy/1``).

The file is JSON::

    {"format": "casedesk.policy/1", "version": "2026-11-21.1", "published": "2026-11-21",
     "facts": [{"id", "title", "value", "effective", "until", "source_title", "source_url",
                "confidence", "verified_on", "note", and optionally "title_fr"}, ...]}

The file itself and its header are read in ``header.py``. Every entry is checked strictly and the
first problem is reported as a ``PolicyFileError`` naming the entry (index and id) and the field. A
value that is an ISO date string (``YYYY-MM-DD``), at any depth, is read as a ``datetime.date`` and
written back as a string. See ``resources/policy/README.md`` for the id scheme.
"""

from __future__ import annotations

import functools
import json
import os
import re
from datetime import date
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.policydata import CONFIDENCE_LEVELS, Policy, PolicyFact, thaw
from .header import (FORMAT, ISO_DATE, PolicyFileError, check_header, jsonable, kind, packaged_policy_path,
                     policy_header, read_date, read_document, show)

__all__ = ["FORMAT", "PolicyFileError", "default_policy", "dump_policy", "json_value", "load_policy",
           "packaged_policy_path", "policy_from_document", "policy_header", "policy_to_document"]

FIELDS = (
    "id", "title", "value", "effective", "until", "source_title", "source_url",
    "confidence", "verified_on", "note",
)
OPTIONAL_FIELDS = ("title_fr",)  # the title in French; English is shown where a fact has none
_ID = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MAX_TITLE = 200


def load_policy(path: Path | str | None = None) -> Policy:
    """Read and validate a policy file (default: the packaged one)."""
    document, name = read_document(path)
    return policy_from_document(document, name=name)


@functools.lru_cache(maxsize=1)
def default_policy() -> Policy:
    """The packaged policy, read once per process."""
    return load_policy()


def policy_from_document(document: Any, name: str = "policy") -> Policy:
    """Validate a decoded ``casedesk.policy/1`` document into a ``Policy``."""
    version, published = check_header(document, name)
    facts_raw = document["facts"]
    if not isinstance(facts_raw, list):
        raise PolicyFileError(f"{name}: field 'facts': expected a list, got {kind(facts_raw)}")
    facts = [_fact(entry, index, name, published) for index, entry in enumerate(facts_raw)]
    _check_overlaps(facts, name)
    return Policy(version=version, published=published, facts=tuple(facts))


def dump_policy(policy: Policy, path: Path | str) -> None:
    """Write ``policy`` in the file format (checked first: nothing is written if invalid)."""
    document = policy_to_document(policy)
    target = Path(path)
    policy_from_document(json.loads(json.dumps(document)), name=target.name)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def policy_to_document(policy: Policy) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": policy.version,
        "published": policy.published.isoformat(),
        "facts": [_fact_to_json(fact, index) for index, fact in enumerate(policy.facts)],
    }


# -- entries --------------------------------------------------------------------------------

def _fact(entry: Any, index: int, name: str, published: date) -> PolicyFact:
    fact_id = entry.get("id") if isinstance(entry, dict) else None
    where = f"{name}: entry {index}" + (f" (id {fact_id!r})" if isinstance(fact_id, str) else "")

    def error(field_name: str, message: str) -> PolicyFileError:
        return PolicyFileError(f"{where}: field {field_name!r}: {message}")

    if not isinstance(entry, dict):
        raise PolicyFileError(f"{where}: expected an object, got {kind(entry)}")
    for key in FIELDS:
        if key not in entry:
            raise error(key, "missing")
    extra = sorted(set(entry) - set(FIELDS) - set(OPTIONAL_FIELDS))
    if extra:
        raise error(extra[0], "unknown field")

    if not isinstance(fact_id, str) or not _ID.fullmatch(fact_id):
        raise error("id", "expected dot-separated lower-case words of [a-z0-9_], "
                          f"got {show(fact_id)}")
    title = entry["title"]
    if not isinstance(title, str) or not title.strip():
        raise error("title", "expected a non-empty one-line text")
    if _CONTROL.search(title) or len(title) > _MAX_TITLE:
        raise error("title", f"expected one line of at most {_MAX_TITLE} characters")
    title_fr = entry.get("title_fr", "")
    if "title_fr" in entry and (not isinstance(title_fr, str) or not title_fr.strip()):
        raise error("title_fr", "expected a non-empty one-line text (or no title_fr at all)")
    if _CONTROL.search(title_fr) or len(title_fr) > _MAX_TITLE:
        raise error("title_fr", f"expected one line of at most {_MAX_TITLE} characters")

    value = _value(entry["value"], lambda msg: error("value", msg))
    effective = read_date(entry["effective"], lambda msg: error("effective", msg))
    until = _date_or_none(entry["until"], lambda msg: error("until", msg))
    if until is not None and until <= effective:
        raise error("until", f"{until.isoformat()} must be after effective "
                             f"{effective.isoformat()}")

    source_title = entry["source_title"]
    if not isinstance(source_title, str) or not source_title.strip():
        raise error("source_title", "expected a non-empty text naming the source")
    if _CONTROL.search(source_title):
        raise error("source_title", "expected one line")
    source_url = entry["source_url"]
    if not isinstance(source_url, str):
        raise error("source_url", f"expected a text, got {kind(source_url)}")
    if source_url:
        from urllib.parse import urlsplit

        parts = urlsplit(source_url)
        if parts.scheme != "https" or not parts.netloc or re.search(r"\s", source_url):
            raise error("source_url", f"expected an https:// address or \"\", "
                                      f"got {show(source_url)}")

    confidence = entry["confidence"]
    if confidence not in CONFIDENCE_LEVELS:
        raise error("confidence", f"expected one of {', '.join(CONFIDENCE_LEVELS)}, "
                                  f"got {show(confidence)}")
    verified_on = _date_or_none(entry["verified_on"], lambda msg: error("verified_on", msg))
    if verified_on is not None and verified_on > published:
        raise error("verified_on", f"{verified_on.isoformat()} is after the file's published "
                                   f"date {published.isoformat()}")
    note = entry["note"]
    if not isinstance(note, str):
        raise error("note", f"expected a text, got {kind(note)}")

    return PolicyFact(
        id=fact_id, title=title, value=value, effective=effective, until=until,
        source_title=source_title, source_url=source_url, confidence=confidence,
        verified_on=verified_on, note=note, title_fr=title_fr,
    )


def _check_overlaps(facts: list[PolicyFact], name: str) -> None:
    by_id: dict[str, list[tuple[int, PolicyFact]]] = {}
    for index, fact in enumerate(facts):
        by_id.setdefault(fact.id, []).append((index, fact))
    for fact_id, entries in by_id.items():
        entries.sort(key=lambda pair: pair[1].effective)
        for (i, earlier), (j, later) in zip(entries, entries[1:]):
            if (earlier.effective, earlier.until) == (later.effective, later.until):
                raise PolicyFileError(
                    f"{name}: entry {j} (id {fact_id!r}): field 'id': duplicate fact id: entry {i} has the "
                    f"same id and period (from {later.effective.isoformat()})"
                )
            if earlier.until is None or earlier.until > later.effective:
                ends = earlier.until.isoformat() if earlier.until else "open-ended"
                raise PolicyFileError(
                    f"{name}: entry {j} (id {fact_id!r}): field 'effective': period from "
                    f"{later.effective.isoformat()} overlaps entry {i} (from "
                    f"{earlier.effective.isoformat()}, until {ends}); set 'until' on entry {i}"
                )


def _value(raw: Any, error: Callable[[str], Exception]) -> Any:
    """Check a JSON value and turn ISO date strings into dates (at any depth)."""
    if isinstance(raw, str):
        if ISO_DATE.fullmatch(raw):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                raise error(f"not a real date: {raw!r}") from None
        return raw
    if raw is None or isinstance(raw, (bool, int)):
        return raw
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise error("numbers must be finite")
        return raw
    if isinstance(raw, list):
        return [_value(item, error) for item in raw]
    if isinstance(raw, dict):
        for key in raw:
            if not isinstance(key, str) or not key:
                raise error("object keys must be non-empty texts")
        return {key: _value(item, error) for key, item in raw.items()}
    raise error(f"not a JSON value: {kind(raw)}")


def _date_or_none(raw: Any, error: Callable[[str], Exception]) -> date | None:
    return None if raw is None else read_date(raw, error)


def _fact_to_json(fact: PolicyFact, index: int) -> dict[str, Any]:
    value = _value_to_json(thaw(fact.value))
    if not jsonable(value):
        raise PolicyFileError(f"policy: entry {index} (id {fact.id!r}): field 'value': "
                              f"cannot be written as JSON: {value!r:.60}")
    document = {
        "id": fact.id,
        "title": fact.title,
        "value": value,
        "effective": fact.effective.isoformat(),
        "until": fact.until.isoformat() if fact.until else None,
        "source_title": fact.source_title,
        "source_url": fact.source_url,
        "confidence": fact.confidence,
        "verified_on": fact.verified_on.isoformat() if fact.verified_on else None,
        "note": fact.note,
    }
    if fact.title_fr:
        document["title_fr"] = fact.title_fr
    return document


def json_value(fact: PolicyFact) -> Any:
    """A fact's value as plain JSON data (dates as ISO text), as the file holds it."""
    return _value_to_json(thaw(fact.value))


def _value_to_json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_value_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _value_to_json(item) for key, item in value.items()}
    return value
