"""What changed between two versions of a case file: field-level changes with their paths.

Works on the case-file dict shape (``casefile.case_to_dict``). Nested objects are followed
down to their fields ("client.family_name", "human_capital.first_language.clb.reading");
lists of objects are compared item by item ("relatives_in_canada[1].status"); a list of plain
values (citizenships, languages) is one value. When a section appears or disappears, or an
item is added to or removed from a list, the change is the whole section or item at its path.
A missing key and ``null`` mean the same thing in a case file ("not known"), so they are equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Keys that describe the document, not the client.
IGNORED = frozenset({"format"})


@dataclass(frozen=True)
class Change:
    path: str
    old: Any  # a JSON value; None when the field was unknown or absent
    new: Any


def _same(a: Any, b: Any) -> bool:
    # In Python True == 1 and 1 == 1.0; in a case file a flag and a number are different facts.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        keys = (a.keys() | b.keys()) - IGNORED
        return all(_same(a.get(k), b.get(k)) for k in keys)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b or (
        isinstance(a, (int, float)) and isinstance(b, (int, float)) and a == b)


def _is_leaf_list(value: Any) -> bool:
    return isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _walk(path: str, old: Any, new: Any, out: list[Change]) -> None:
    if _same(old, new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        keys = [k for k in old if k not in IGNORED] + [k for k in new if k not in old and k not in IGNORED]
        for key in keys:
            _walk(_join(path, key), old.get(key), new.get(key), out)
        return
    if isinstance(old, list) and isinstance(new, list) and not (_is_leaf_list(old) and _is_leaf_list(new)):
        for i in range(max(len(old), len(new))):
            _walk(f"{path}[{i}]", old[i] if i < len(old) else None, new[i] if i < len(new) else None, out)
        return
    out.append(Change(path, old, new))


def diff_case(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes that turn case file ``old`` into ``new``, in document order."""
    out: list[Change] = []
    _walk("", old, new, out)
    return out


def _steps(path: str) -> list[str | int]:
    """"relatives_in_canada[1].status" -> ["relatives_in_canada", 1, "status"]."""
    steps: list[str | int] = []
    for part in path.split("."):
        name, *indexes = part.split("[")
        steps.append(name)
        steps.extend(int(i.rstrip("]")) for i in indexes)
    return steps


def _put(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``doc`` to ``value`` (None removes a list item or clears a field)."""
    steps = _steps(path)
    node: Any = doc
    for step, following in zip(steps, steps[1:]):
        if isinstance(step, int):
            while len(node) <= step:
                node.append({})
            node = node[step]
        else:
            if node.get(step) is None:
                node[step] = [] if isinstance(following, int) else {}
            node = node[step]
    last = steps[-1]
    if isinstance(last, int):
        if value is None:
            if last < len(node):
                del node[last]
        elif last < len(node):
            node[last] = value
        else:
            node.append(value)
    else:
        node[last] = value


def merge_case(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """``theirs`` with my changes (``base`` -> ``mine``) applied on top: what somebody else saved in the
    meantime and I did not touch stays theirs. A field we both changed takes my value. List items I
    removed go from the highest index down, so the lower ones keep their places."""
    import copy

    merged = copy.deepcopy(theirs)
    changes = diff_case(base, mine)
    for change in [c for c in changes if c.new is not None or not c.path.endswith("]")]:
        _put(merged, change.path, change.new)
    removed = [c for c in changes if c.new is None and c.path.endswith("]")]
    for change in sorted(removed, key=lambda c: _steps(c.path), reverse=True):
        _put(merged, change.path, None)
    return merged


__all__ = ["Change", "diff_case", "merge_case"]
