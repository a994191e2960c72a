"""Policy updates below the command line: versions, the shape the rules read, the difference, the source
in use, and the store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.policydata import Policy, PolicyFact
from casedesk.domain.policyupdate import diff_policies, shape_of, shape_problems
from casedesk.domain.versions import newer, version_key
from casedesk.policy.loader import PolicyFileError, default_policy, policy_to_document
from casedesk.policy.source import SHIPPED, UPDATE, PolicySource
from casedesk.services.bundle import Services
from casedesk.storage.database import open_database

from helpers import fixed_clock


def fact(fact_id: str, value, effective=date(2025, 1, 1), until=None, source="A notice") -> PolicyFact:
    return PolicyFact(fact_id, fact_id, value, effective, until, source, "", "S", date(2026, 1, 1))


def policy(*facts: PolicyFact, version="1") -> Policy:
    return Policy(version, date(2026, 1, 1), facts)


@pytest.mark.parametrize("a, b", [("2026-12-02.2", "2026-12-02.1"), ("2026-12-02.10", "2026-12-02.9"),
                                  ("2027-01-01.1", "2026-12-31.5"), ("2026-12-02.1a", "2026-12-02.1")])
def test_versions_order_by_their_numbers(a, b):
    assert newer(a, b) and not newer(b, a) and not newer(a, a)
    assert version_key(a) > version_key(b)


def test_the_shipped_data_has_its_own_shape():
    shipped = default_policy()
    assert shape_problems(shipped, shape_of(shipped)) == []


FLOOR = policy(fact("a.date", date(2026, 2, 3)), fact("a.flag", None), fact("a.flag", True, date(2026, 1, 1)),
               fact("a.obj", {"blocked": True, "order": "x"}),
               fact("a.obj", {"blocked": None, "order": "y", "grounds": "constitutional"}, date(2026, 1, 1)),
               fact("a.list", ["ht", "sv"]))


@pytest.mark.parametrize("changed, expected", [
    (fact("a.date", "soon"), ("wrong_kind", "a.date", "value", ("date",), "text")),
    (fact("a.date", None), ("wrong_kind", "a.date", "value", ("date",), "null")),
    (fact("a.flag", 1), ("wrong_kind", "a.flag", "value", ("bool", "null"), "number")),
    (fact("a.obj", {"order": "x"}), ("wrong_kind", "a.obj", "value.blocked", ("bool", "null"), "missing")),
    (fact("a.obj", {"blocked": "yes", "order": "x"}), ("wrong_kind", "a.obj", "value.blocked", ("bool", "null"),
                                                       "text")),
    (fact("a.list", ["ht", 3]), ("wrong_kind", "a.list", "value[1]", ("text",), "number")),
])
def test_a_value_of_another_shape_is_named(changed, expected):
    facts = [f for f in FLOOR.facts if f.id != changed.id] + [changed]
    problems = shape_problems(policy(*facts), shape_of(FLOOR))
    assert [(p.code, p.fact_id, p.field, p.expected, p.found) for p in problems] == [expected]


def test_shapes_accept_what_the_floor_allows_and_new_facts():
    facts = [*FLOOR.facts, fact("a.obj", {"blocked": False, "order": "z", "extra": 1}, date(2026, 6, 1)),
             fact("b.new", "anything")]
    facts = [f if not (f.id == "a.obj" and f.effective == date(2026, 1, 1)) else replace(f, until=date(2026, 6, 1))
             for f in facts]
    assert shape_problems(policy(*facts), shape_of(FLOOR)) == []
    missing = shape_problems(policy(*[f for f in FLOOR.facts if f.id != "a.list"]), shape_of(FLOOR))
    assert [(p.code, p.fact_id) for p in missing] == [("fact_missing", "a.list")]


def test_the_difference_names_facts_added_changed_and_removed():
    old = policy(fact("keep", 1), fact("move", date(2026, 2, 3)), fact("gone", True), version="1")
    new = policy(fact("keep", 1), fact("move", date(2026, 2, 3), until=date(2026, 12, 1)),
                 fact("move", date(2027, 8, 3), date(2026, 12, 1), source="New notice"), fact("new", 5), version="2")
    diff = diff_policies(old, new)
    assert (diff.old_version, diff.new_version) == ("1", "2")
    assert [(d.code, d.fact_id) for d in diff.facts] == [("removed", "gone"), ("changed", "move"), ("added", "new")]
    moved = diff.of("changed")[0]
    assert (moved.old.value, moved.new.value, moved.new.effective, moved.new.source_title) == (
        date(2026, 2, 3), date(2027, 8, 3), date(2026, 12, 1), "New notice")
    assert diff.counts() == {"added": 1, "changed": 1, "removed": 1}
    assert diff_policies(old, old).facts == ()


def _update_file(tmp_path: Path, version: str, end: date = date(2027, 8, 3)) -> Path:
    shipped = default_policy()
    facts = [replace(f, until=date(2026, 12, 1)) if f.id == "tps.ht.designation_end" and f.until is None else f
             for f in shipped.facts]
    facts.append(replace(shipped.history("tps.ht.designation_end")[-1], value=end, effective=date(2026, 12, 1),
                         until=None))
    path = tmp_path / f"{version}.json"
    path.write_text(json.dumps(policy_to_document(Policy(version, shipped.published, tuple(facts)))), "utf-8")
    return path


def test_a_loaded_update_is_in_force_for_every_service_and_stored(tmp_path):
    db = open_database(tmp_path / "c.sqlite3", backups_dir=tmp_path / "backups", clock=fixed_clock())
    try:
        source = PolicySource.packaged()
        services = Services(db, source)
        change = services.policy_updates.load(_update_file(tmp_path, "2026-12-02.5"))
        assert source.current.version == "2026-12-02.5" and source.origin == UPDATE
        assert services.deadlines.policy is source.current and services.assessments.policy is source.current
        assert [d.fact_id for d in change.diff.facts] == ["tps.ht.designation_end"]
        assert services.policy_updates.in_caseload().version == "2026-12-02.5"
        # A second source over the same caseload (another caseworker, a restart) reads it from the store.
        from casedesk.storage.policyupdates import active

        def stored():
            with db.session() as session:
                found = active(session)
            return None if found is None else (found.version, found.published, found.document)

        other = PolicySource(stored=stored)
        assert other.header() == ("2026-12-02.5", default_policy().published)
        assert other.current.value("tps.ht.designation_end", date(2026, 12, 2)) == date(2027, 8, 3)

        with pytest.raises(PolicyFileError, match="not newer than the policy data in use"):
            services.policy_updates.load(_update_file(tmp_path, "2026-12-02.4"))
        services.policy_updates.revert()
        assert source.current is default_policy() and source.origin == SHIPPED
        assert PolicySource(stored=stored).current is default_policy()
        trail = services.policy_updates.trail()
        assert [(t.action, t.version, t.active) for t in trail] == [
            ("revert", default_policy().version, False), ("load", "2026-12-02.5", False)]
        assert all(t.loaded_by for t in trail)
    finally:
        db.close()


def test_the_shipped_data_is_the_floor():
    shipped = default_policy()
    old_doc = json.dumps(policy_to_document(replace(shipped, version="2026-01-01.1")))
    source = PolicySource(stored=lambda: ("2026-01-01.1", date(2026, 1, 1), old_doc))
    assert source.current is shipped and source.origin == SHIPPED
    assert source.header() == (shipped.version, shipped.published)


@pytest.mark.usefixtures("backend")
def test_load_and_revert_on_either_back_end_as_the_application_role(db, tmp_path):
    """On a server the application role may add policy updates and clear ``active``, nothing more."""
    source = PolicySource.packaged()
    services = Services(db, source)
    services.policy_updates.load(_update_file(tmp_path, "2026-12-02.5"))
    assert source.current.version == "2026-12-02.5"
    services.policy_updates.revert()
    assert source.current is default_policy()
    assert [row.action for row in services.policy_updates.trail()] == ["revert", "load"]
