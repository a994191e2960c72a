"""CaseDesk in French on a 1024×640 screen: every window (the main window and its menus, the editor
section by section, the interview page by page, Routes to Canada, Upcoming and every dialog) shows
no text of the English catalogue left untranslated, and still fits the screen with its buttons in view.

The windows are opened by ``small_screen_probe.py`` (in French) in a process of its own, as the
English small-screen test does.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from test_small_screen import PROBE, _inside

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

sys.path.pop(0)


def english_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Every English text of the interface whose French differs, as a whole-text pattern (its %1 and
    {name} match anything), and of the result words (route names, verdicts, vocabularies)."""
    from casedesk.text.render import catalogue

    found: list[tuple[re.Pattern[str], str]] = []
    for e in translations.read_ts(translations.ts_path(ROOT)):
        source = e.source.replace("&", "")
        if source == e.translation.replace("&", "") or len(source) < 4:
            continue  # "TPS", "Version", "Points": the same word in both languages
        parts = re.split(r"%\d+|%n|\{[^{}]*\}", source)
        found.append((re.compile("^" + "(.+)".join(map(re.escape, parts)) + "$", re.S), e.source))
    en, fr = catalogue("en").vocab, catalogue("fr").vocab
    for name, words in en.items():
        for code, word in words.items():
            # words, not codes: a policy fact's value may be a code that reads like one ("citizen")
            if (" " in word or word[:1].isupper()) and len(word) > 3 and fr.get(name, {}).get(code) != word:
                found.append((re.compile("^" + re.escape(word) + "$"), f"{name}.{code}"))
    return found


def french_texts() -> set[str]:
    """Every French translation: a French word that is also an English one ("Relation") is French here."""
    return {e.translation.replace("&", "") for e in translations.read_ts(translations.ts_path(ROOT))}


# A language named in its own language where one is chosen (letters, the interface's setting).
ENDONYMS = {"English"}


@pytest.fixture(scope="module")
def french_windows(tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("french")
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 640,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("CASEDESK_HOME", None)
    done = subprocess.run([sys.executable, str(PROBE), str(folder / "home"), "fr"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _untranslated(windows: list[dict], patterns) -> list[tuple[str, str, str]]:
    left = []
    french = french_texts() | ENDONYMS
    for w in windows:
        for text in w["texts"]:
            plain = text.replace("&", "").strip()
            if plain in french:
                continue
            for pattern, source in patterns:
                if plain and pattern.match(plain):
                    left.append((w["name"], plain[:80], source[:60]))
                    break
    return left


def test_every_window_speaks_french(french_windows):
    names = {w["name"] for w in french_windows}
    assert {"main window: caseload", "main window: upcoming", "routes", "settings"} <= names
    assert any(n.startswith("editor: ") for n in names) and any(n.startswith("interview: ") for n in names)
    main = next(w for w in french_windows if w["name"] == "main window: caseload")
    assert {"&Fichier", "&Client", "&Politique", "Nom", "Meilleure voie", "Verdict"} <= set(main["texts"])
    left = _untranslated(french_windows, english_patterns())
    assert left == [], f"{len(left)} English texts left:\n" + "\n".join(map(str, left[:40]))


def test_the_check_finds_english_text(french_windows):
    """The probe's own test: an English menu title, a formatted English status line and an English route
    name are each caught."""
    spoiled = [{"name": "probe", "texts": ["&File", "Clients: 58", "Express Entry", "Entrée express", "Verdict",
                                           "Relation", "Clients : 58"]}]
    assert [t for _, t, _ in _untranslated(spoiled, english_patterns())] == ["File", "Clients: 58", "Express Entry"]


def test_routes_show_french_results(french_windows):
    routes = next(w for w in french_windows if w["name"] == "routes")
    shown = "\n".join(routes["texts"])
    assert "Parrainage de l’époux ou du conjoint" in shown
    assert re.search(r"\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                     r"novembre|décembre) \d{4}", shown)


def test_every_french_window_fits_the_small_screen(french_windows):
    outside = [(w["name"], w["frame"]) for w in french_windows if not _inside(w["frame"], w["screen"])]
    assert outside == []
    hidden = [(w["name"], b["text"], b["global"]) for w in french_windows for b in w["buttons"]
              if not b["in_window"] or not _inside(b["global"], w["screen"])]
    assert hidden == []


def test_french_punctuation_everywhere_but_the_data(french_windows):
    """A non-breaking space before : ; ? ! in every French text; the policy data view, the sources
    cited (links) and the components' product names (About) are exempt, being the data's own words."""
    bad = re.compile(r"\w[:;?!](?=\s|$)| [:;?!](?=\s|$)")
    link = re.compile(r"<a [^>]*>.*?</a>", re.S)
    products = {c["name"] for c in json.loads((ROOT / "resources" / "about" / "components.json").read_text(
        encoding="utf-8"))["components"]}
    found = [(w["name"], t[:80]) for w in french_windows if w["name"] != "policy data"
             for t in w["texts"] if t not in products and bad.search(link.sub("", t.replace("&", "")))]
    assert found == []
    assert bad.search("Dans 2 jours: Pierre") and not bad.search("Dans 2 jours\u00a0: Pierre")


def test_help_shows_the_french_guide(french_windows):
    """Help ▸ User Guide in French is resources/help/guide.fr.md: its title, none of the English headings."""
    guide = next(w for w in french_windows if w["name"].startswith("help: ") and "Guide" in w["name"])
    english = {line[3:].strip() for line in (ROOT / "resources" / "help" / "guide.md").read_text(
        encoding="utf-8").splitlines() if line.startswith("## ")} - {"Dates"}  # "Dates": French too
    assert "CaseDesk\u00a0: le guide d’utilisation" in guide["texts"]
    assert english and not english & set(guide["texts"])


def test_the_french_guide_has_every_section_of_the_english_one():
    def headings(name: str) -> list[str]:
        text = (ROOT / "resources" / "help" / name).read_text(encoding="utf-8")
        return [line for line in text.splitlines() if line.startswith("#")]

    assert len(headings("guide.fr.md")) == len(headings("guide.md"))
