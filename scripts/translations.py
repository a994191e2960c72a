"""The Qt Linguist workflow: the French ``.ts`` kept in the repository, its ``.qm`` built beside it, and
the checks that keep them complete (run by the test suite: tests/test_translations.py).

    scripts/translations            # update casedesk_fr.ts from the source (translations kept), build the
                                    # .qm, list the strings that still need French; exit 1 if any
    scripts/translations --check    # change nothing; list every problem; exit 1 if any

The ``.ts`` holds no line numbers (``-locations none``), so a change elsewhere in a file does not touch
it and merges stay small. After a merge: run the script, translate what it lists (Qt Linguist, or
the ``.ts`` by hand: fill ``<translation>`` and drop ``type="unfinished"``), run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr",)
TARGET = {"fr": "fr_CA"}
# Qt's %1..%99 (QString::arg style, replaced with .replace("%1", ...) here) and Python's {name} / {}.
FORMS = "\x1f"  # between the plural forms of one translation (read_ts)
_PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_0-9]*(?::[^{}]*)?\}")


def tool(name: str) -> str:
    """A PySide6 tool from the venv running this script, else from the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_path(root: Path, lang: str = "fr") -> Path:
    return root / "resources" / "i18n" / f"casedesk_{lang}.ts"


def qm_path(root: Path, lang: str = "fr") -> Path:
    return ts_path(root, lang).with_suffix(".qm")


def sources(root: Path) -> list[Path]:
    return sorted((root / "src" / "casedesk").rglob("*.py"))


def lupdate(root: Path, ts: Path, lang: str = "fr", keep_obsolete: bool = False) -> None:
    """Update ``ts`` from the source of ``root`` (existing translations kept)."""
    args = [tool("pyside6-lupdate"), "-locations", "none", "-source-language", "en", "-target-language", TARGET[lang]]
    if not keep_obsolete:
        args.append("-no-obsolete")
    files = [str(p.relative_to(root)) for p in sources(root)]
    subprocess.run([*args, *files, "-ts", str(ts)], cwd=root, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   text=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"


def read_ts(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            # a plural (%n) has a form per number; each form is checked on its own
            text = "" if translation is None else (
                FORMS.join("".join(f.itertext()) for f in forms) if forms else "".join(translation.itertext()))
            kind = "" if translation is None else translation.get("type", "")
            entries.append(Entry(name, message.findtext("source") or "", text, kind))
    return entries


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "..."


def problems(root: Path, lang: str = "fr") -> list[str]:
    """Everything that keeps the translation from being complete, one line each (empty: complete)."""
    ts, qm = ts_path(root, lang), qm_path(root, lang)
    if not ts.exists():
        return [f"{ts.relative_to(root)}: missing (run scripts/translations)"]
    found: list[str] = []
    kept = read_ts(ts)
    for e in kept:
        where = f"{ts.name}: [{e.context}] {_short(e.source)!r}"
        if e.kind in ("vanished", "obsolete"):
            found.append(f"{where}: obsolete (no longer in the source)")
        elif e.kind == "unfinished" or not e.translation.strip():
            found.append(f"{where}: not translated")
        else:
            for form in e.translation.split(FORMS):
                if placeholders(e.source) != placeholders(form):
                    found.append(f"{where}: placeholders {placeholders(e.source)} in the source, "
                                 f"{placeholders(form)} in the translation {_short(form)!r}")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(root, fresh, lang)
        in_source = {(e.context, e.source) for e in read_ts(fresh)}
        for context, source in sorted(in_source):
            if not context:
                found.append(f"source: {_short(source)!r} has no context (translate(\"Context\", ...) with a literal)")
        in_ts = {(e.context, e.source) for e in kept}
        for context, source in sorted(in_source - in_ts):
            found.append(f"{ts.name}: [{context}] {_short(source)!r}: in the source, missing from the .ts "
                         "(run scripts/translations)")
        for context, source in sorted(in_ts - in_source):
            found.append(f"{ts.name}: [{context}] {_short(source)!r}: in the .ts, no longer in the source")
        built = Path(tmp) / qm.name
        lrelease(ts, built)
        if not qm.exists() or qm.read_bytes() != built.read_bytes():
            found.append(f"{qm.relative_to(root)}: not built from the .ts as it is (run scripts/translations)")
    return found


def update(root: Path = ROOT) -> int:
    for lang in LANGUAGES:
        ts = ts_path(root, lang)
        ts.parent.mkdir(parents=True, exist_ok=True)
        lupdate(root, ts, lang)
        lrelease(ts, qm_path(root, lang))
    return report(root)


def report(root: Path = ROOT) -> int:
    status = 0
    for lang in LANGUAGES:
        for line in problems(root, lang):
            print(line)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(report() if "--check" in sys.argv[1:] else update())
