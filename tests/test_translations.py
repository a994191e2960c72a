"""The French translation is complete and stays so: the checks of scripts/translations.py (the
``.ts`` against the source, the ``.qm`` against the ``.ts``), each shown failing on a probe copy of
the source, and every result code worded in English and in French."""

from __future__ import annotations

import re
import shutil
import string
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

sys.path.pop(0)


# --- the committed translation ---------------------------------------------------------------------

def test_the_french_translation_is_complete():
    """No unfinished or obsolete entry, nothing in the source missing from the .ts, no empty context,
    the same placeholders in source and translation, the .qm built from the .ts as it is."""
    found = translations.problems(ROOT)
    assert not found, f"{len(found)} problems (run scripts/translations):\n" + "\n".join(found[:40])


def test_the_ts_is_big_enough_to_be_the_real_one():
    entries = translations.read_ts(translations.ts_path(ROOT))
    assert len(entries) > 800
    assert {"MainWindow", "ClientEditor", "CaseloadModel", "Upcoming", "Settings"} <= {e.context for e in entries}


# --- the checks fail on probes ---------------------------------------------------------------------

@pytest.fixture
def probe(tmp_path: Path) -> Path:
    """A copy of the source and the translation to spoil."""
    shutil.copytree(ROOT / "src" / "casedesk", tmp_path / "src" / "casedesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "i18n", tmp_path / "resources" / "i18n")
    assert translations.problems(tmp_path) == []  # the copy starts out complete
    return tmp_path


def _add_module(root: Path, text: str) -> None:
    (root / "src" / "casedesk" / "ui" / "probe_strings.py").write_text(text, encoding="utf-8")


def _edit_ts(root: Path, old: str, new: str) -> None:
    ts = translations.ts_path(root)
    text = ts.read_text(encoding="utf-8")
    assert old in text
    ts.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_new_untranslated_string_fails(probe):
    _add_module(probe, 'from PySide6.QtCore import QCoreApplication\n\n'
                       'WORDS = QCoreApplication.translate("Probe", "A string nobody translated")\n')
    found = translations.problems(probe)
    assert any("A string nobody translated" in p and "missing from the .ts" in p for p in found), found


def test_an_unfinished_entry_fails_and_the_update_lists_it(probe, capsys):
    _add_module(probe, 'from PySide6.QtCore import QCoreApplication\n\n'
                       'WORDS = QCoreApplication.translate("Probe", "Still in English")\n')
    assert translations.update(probe) == 1  # the .ts now holds it, unfinished; the script names it
    assert "[Probe] 'Still in English': not translated" in capsys.readouterr().out
    assert any("Still in English" in p and "not translated" in p for p in translations.problems(probe))


def test_a_string_gone_from_the_source_is_obsolete(probe):
    path = probe / "src" / "casedesk" / "ui" / "caseload_model.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"File no."', '"File number"'), encoding="utf-8")
    found = translations.problems(probe)
    assert any("'File no.'" in p and "no longer in the source" in p for p in found), found
    assert any("'File number'" in p and "missing from the .ts" in p for p in found), found


def test_a_string_under_an_empty_context_fails(probe):
    # the old caseload-model idiom: translate() behind a lambda, which lupdate reads as a context-less tr()
    _add_module(probe, 'from PySide6.QtCore import QCoreApplication\n\n'
                       'tr = lambda s: QCoreApplication.translate("Probe", s)  # noqa: E731\n'
                       'WORDS = tr("Hidden behind a lambda")\n')
    found = translations.problems(probe)
    assert any("Hidden behind a lambda" in p and "no context" in p for p in found), found


def test_a_translation_that_drops_a_placeholder_fails(probe):
    _add_module(probe, "")
    entries = [e for e in translations.read_ts(translations.ts_path(probe)) if "%1" in e.source]
    assert entries
    target = entries[0].translation
    _edit_ts(probe, f">{_xml(target)}<", f">{_xml(target.replace('%1', 'X'))}<")
    found = translations.problems(probe)
    assert any("placeholders" in p for p in found), found


def test_a_qm_not_rebuilt_after_an_edit_fails(probe):
    entry = next(e for e in translations.read_ts(translations.ts_path(probe)) if e.source == "Name")
    _edit_ts(probe, f">{_xml(entry.translation)}<", ">Nom complet<")
    found = translations.problems(probe)
    assert any(".qm: not built from the .ts" in p for p in found), found


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;") \
        .replace('"', "&quot;")


# --- the result codes: English and French words ----------------------------------------------------

def _fields(template) -> set[str] | None:
    if not isinstance(template, str):
        return None  # a function: its words depend on the values
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


def catalogue_problems(english, french) -> list[str]:
    """Codes with English words and no French ones (and the reverse); string templates that do not use
    the same parameters; vocabulary codes without French words."""
    found = [f"{code}: no French words" for code in sorted(set(english.texts) - set(french.texts))]
    found += [f"{code}: French words, no English ones" for code in sorted(set(french.texts) - set(english.texts))]
    for code in sorted(set(english.texts) & set(french.texts)):
        en, fr = _fields(english.texts[code]), _fields(french.texts[code])
        if en is not None and fr is not None and {f.split(":")[0] for f in en} != {f.split(":")[0] for f in fr}:
            found.append(f"{code}: parameters {sorted(en)} in English, {sorted(fr)} in French")
    for name, words in english.vocab.items():
        missing = sorted(set(words) - set(french.vocab.get(name, {})))
        if missing:
            found.append(f"vocabulary {name}: no French words for {missing}")
    return found


def test_every_result_code_has_english_and_french_words():
    from casedesk.text.render import catalogue

    found = catalogue_problems(catalogue("en"), catalogue("fr"))
    assert not found, f"{len(found)} problems:\n" + "\n".join(found[:40])


def test_the_code_check_fails_on_a_probe():
    from casedesk.text.render import Catalogue, catalogue

    en, fr = catalogue("en"), catalogue("fr")
    spoiled_en = Catalogue("en", {**en.texts, "probe.summary.new": "A new rule's words"}, en.vocab)
    assert catalogue_problems(spoiled_en, fr) == ["probe.summary.new: no French words"]
    code = next(c for c, t in fr.texts.items() if isinstance(t, str) and re.search(r"\{\w+", t))
    spoiled_fr = Catalogue("fr", {**fr.texts, code: "sans paramètre"}, fr.vocab)
    assert any(p.startswith(f"{code}: parameters") for p in catalogue_problems(en, spoiled_fr))
