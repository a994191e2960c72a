"""The policy data file read, and its header checked (format, version, publication date), without its
facts: what a quick command needs to know whether stored results are current. ``loader`` reads and
checks the facts on top of this; neither module here loads the policy's value types.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

FORMAT = "casedesk.policy/1"
_TOP_FIELDS = ("format", "version", "published", "facts")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]*")


class PolicyFileError(ValueError):
    """A policy file that cannot be used as it is; the message names the entry and field."""


def packaged_policy_path() -> Path:
    """The policy file shipped with the application."""
    source_tree = Path(__file__).resolve().parents[3] / "resources" / "policy" / "policy.json"
    if source_tree.exists():
        return source_tree
    import importlib.resources  # here, not at the top: quick commands only need the version (policy_header)

    packaged = importlib.resources.files("casedesk") / "resources" / "policy" / "policy.json"
    return Path(str(packaged))


def policy_header(path: Path | str | None = None) -> tuple[str, date]:
    """A policy file's version and publication date, checked, without reading its facts: what a
    quick command needs to know whether stored results are current."""
    document, name = read_document(path)
    return check_header(document, name)


def read_document(path: Path | str | None) -> tuple[Any, str]:
    if path is None:
        return _packaged()
    return _read_file(Path(path))


@functools.lru_cache(maxsize=1)
def _packaged() -> tuple[Any, str]:
    # Read once per process: a command checks the version (policy_header) and then reads the facts.
    return _read_file(packaged_policy_path())


def _read_file(target: Path) -> tuple[Any, str]:
    name = target.name
    try:
        raw = target.read_bytes()
    except OSError as exc:
        raise PolicyFileError(f"{name}: cannot read the policy file {str(target)!r}: "
                              f"{exc.strerror or exc}") from exc
    try:
        return json.loads(raw.decode("utf-8")), name
    except UnicodeDecodeError as exc:
        raise PolicyFileError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise PolicyFileError(f"{name}: not valid JSON: {exc.msg} "
                              f"(line {exc.lineno}, column {exc.colno})") from exc


def check_header(document: Any, name: str) -> tuple[str, date]:
    if not isinstance(document, dict):
        raise PolicyFileError(f"{name}: the file must hold a JSON object, not {kind(document)}")
    for key in _TOP_FIELDS:
        if key not in document:
            raise PolicyFileError(f"{name}: field {key!r}: missing")
    extra = sorted(set(document) - set(_TOP_FIELDS))
    if extra:
        raise PolicyFileError(f"{name}: field {extra[0]!r}: unknown field")
    if document["format"] != FORMAT:
        raise PolicyFileError(f"{name}: field 'format': expected {FORMAT!r}, "
                              f"got {show(document['format'])}")
    version = document["version"]
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise PolicyFileError(f"{name}: field 'version': expected a version such as "
                              f"'2026-11-21.1', got {show(version)}")
    published = read_date(document["published"], lambda msg: PolicyFileError(
        f"{name}: field 'published': {msg}"))
    return version, published


def read_date(raw: Any, error: Callable[[str], Exception]) -> date:
    if not isinstance(raw, str) or not ISO_DATE.fullmatch(raw):
        raise error(f"expected an ISO date YYYY-MM-DD, got {show(raw)}")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise error(f"not a real date: {raw!r}") from None


def kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a text", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value),
                                                                        type(value).__name__)


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if jsonable(value) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True
