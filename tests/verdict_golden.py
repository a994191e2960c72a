"""Every rule-table case's verdicts and missing facts, kept in ``tests/data/verdicts_golden.json``
(``{case: {pathway: [verdict, missing...]}}``).

The cases are the rows of ``test_eligibility.py`` (every parametrized test that takes a ``doc``
and an ``on`` date, plus the tables built inside a test body), its extra clients, and the demo
caseload on three dates. ``test_verdicts_golden.py`` compares today's verdicts with the file, so a
change to how results are worded can be shown to move no verdict.

Run as a script to write the file again (only when a verdict is meant to change)::

    .venv/bin/python tests/verdict_golden.py
"""

from __future__ import annotations

import itertools
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import test_eligibility as te  # noqa: E402  (the rule tables)
from casedesk.domain.casefile import parse_case  # noqa: E402
from casedesk.domain.demo import demo_cases  # noqa: E402
from casedesk.domain.eligibility import assess  # noqa: E402

GOLDEN = Path(__file__).resolve().parent / "data" / "verdicts_golden.json"
DEMO_DATES = (date(2026, 11, 21), date(2025, 6, 1), date(2026, 3, 30))
EXTRA_DATES = (te.FORBES, te.GLOBAL, te.TODAY)


def _parametrized(test: Any) -> list[tuple[str, dict[str, Any]]]:
    """(id, arguments) for every combination a test's ``parametrize`` marks make."""
    marks = [m for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]
    if not marks:
        return []
    axes = []
    for mark in marks:
        names = [n.strip() for n in mark.args[0].split(",")] if isinstance(mark.args[0], str) else list(mark.args[0])
        ids = mark.kwargs.get("ids")
        axis = []
        for i, value in enumerate(mark.args[1]):
            values = tuple(value.values) if hasattr(value, "values") else (value if len(names) > 1 else (value,))
            given = getattr(value, "id", None) or (ids[i] if isinstance(ids, list) else None)
            axis.append((given or str(i), dict(zip(names, values))))
        axes.append(axis)
    return [("-".join(i for i, _ in combo), {k: v for _, args in combo for k, v in args.items()})
            for combo in itertools.product(*axes)]


def cases() -> dict[str, tuple[dict[str, Any], date]]:
    """Case name -> (case-file document, as-of date)."""
    out: dict[str, tuple[dict[str, Any], date]] = {}
    for name, test in sorted(vars(te).items()):
        if not name.startswith("test_") or not callable(test):
            continue
        for ident, args in _parametrized(test):
            if isinstance(args.get("doc"), dict) and isinstance(args.get("on"), date):
                out[f"{name}[{ident}]"] = (args["doc"], args["on"])
    # Tables whose documents are built in the test body.
    for client, doc in te.TPS_CLIENTS.items():
        for on in (te.GLOBAL, te.TODAY):
            out[f"test_global_news_tps_clients[{client}@{on}]"] = (doc, on)
    for relation in te.STCA_RELATIONS:
        for status in te.STCA_STATUSES:
            out[f"test_stca_family_member_counts[{relation}-{status}]"] = (
                te.case(relatives_in_canada=[te.rel(relation, status, 30)]), te.TODAY)
    for i, doc in enumerate(te.EXTRA_CASES):
        for on in EXTRA_DATES:
            out[f"extra[{i}]@{on}"] = (doc, on)
    for on in DEMO_DATES:
        for i, doc in enumerate(demo_cases(on)):
            out[f"demo[{i}]@{on}"] = (doc, on)
    return out


def verdicts(doc: dict[str, Any], on: date) -> dict[str, list[str]]:
    """Pathway -> [verdict, missing fact, missing fact...]."""
    result = assess(parse_case(doc), te.POLICY, on)
    return {p.id: [p.verdict, *p.missing] for p in result.pathways}


def current() -> dict[str, dict[str, list[str]]]:
    return {name: verdicts(doc, on) for name, (doc, on) in cases().items()}


def dump(data: dict[str, Any]) -> str:
    """One case per line, so a changed verdict shows as one changed line."""
    lines = [f"  {json.dumps(name)}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}"
             for name, value in sorted(data.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    data = current()
    GOLDEN.write_text(dump(data), encoding="utf-8")
    print(f"{len(data)} cases written to {GOLDEN}")
