"""Policy facts may carry a French title (``title_fr``): the loader and the policy-update loader accept
it, refuse a bad one naming the entry and the field, and the shipped data gives every fact one."""

from __future__ import annotations

import copy
import json

import pytest

from casedesk.policy.loader import PolicyFileError, dump_policy, load_policy, packaged_policy_path

from test_policy import document, entry, write
from test_policy_update_cli import SHIPPED, casedesk


def test_a_french_title_is_read_and_written_back(tmp_path):
    policy = load_policy(write(tmp_path, document(entry("a.first", title_fr="Un fait"), entry("a.second"))))
    first, second = (policy.history(i)[0] for i in ("a.first", "a.second"))
    assert (first.title_in("fr"), first.title_in("en")) == ("Un fait", "A fact")
    assert second.title_in("fr") == "A fact"  # none given: the English title
    out = tmp_path / "out.json"
    dump_policy(policy, out)
    written = json.loads(out.read_text(encoding="utf-8"))["facts"]
    assert [f.get("title_fr") for f in written] == ["Un fait", None]
    assert load_policy(out) == policy


@pytest.mark.parametrize("bad", ["", "   ", 3, None, "deux\nlignes", "x" * 201])
def test_a_bad_french_title_names_the_entry_and_field(tmp_path, bad):
    with pytest.raises(PolicyFileError) as err:
        load_policy(write(tmp_path, document(entry("a.first"), entry("a.second", title_fr=bad))))
    assert "entry 1" in str(err.value) and "'a.second'" in str(err.value) and "title_fr" in str(err.value)


def test_every_shipped_fact_has_a_french_title():
    policy = load_policy(packaged_policy_path())
    untitled = sorted({f.id for f in policy.facts if not f.title_fr})
    assert untitled == []
    assert all("\u00a0:" in f.title_fr for f in policy.facts if ":" in f.title_fr)  # French spacing


def test_a_policy_update_with_french_titles_loads_and_shows_them(tmp_path):
    doc = copy.deepcopy(SHIPPED)
    doc["version"] = "2026-12-02.2"
    for fact in doc["facts"]:
        if fact["id"] == "tps.ht.designation_end":
            fact["title_fr"] = "TPS (Haïti) : nouvelle date de fin"
    update = tmp_path / "update.json"
    update.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    casedesk(home, "policy", "load", str(update))
    shown = casedesk(home, "policy", "--id", "tps.ht.designation_end", "--lang", "fr").stdout
    assert "TPS (Haïti) : nouvelle date de fin" in shown
    data = json.loads(casedesk(home, "policy", "--id", "tps.ht.designation_end", "--json").stdout)
    assert {f["title_fr"] for f in data["facts"]} == {"TPS (Haïti) : nouvelle date de fin"}
    bad = copy.deepcopy(doc)
    bad["version"] = "2026-12-02.3"
    bad["facts"][0]["title_fr"] = ""
    update.write_text(json.dumps(bad), encoding="utf-8")
    refused = casedesk(home, "policy", "load", str(update), check=False)
    assert refused.returncode != 0 and "title_fr" in refused.stderr
