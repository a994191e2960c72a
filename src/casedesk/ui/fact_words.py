"""A case-file fact and its value in the editor's own words, wherever the window names one.

``client.family_name`` is "Family name", ``relatives_in_canada[1].status`` "Relative 2 ▸ Status in
Canada", and ``{"mode": "none"}`` under ``canada_entry`` "Mode of entry: Has not entered". The
labels and choice words come from the editor's declaration (``editor.SECTIONS``), so History says
what the form says; a path the form does not show falls back to the result words of
``text/<lang>/fields.py``. Raw paths, codes and JSON never reach the user.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from .editor import SECTIONS, Field, Group, Language, Rows, Section, _plain, _tr
from .labels import colon, country_name, field_text

_INDEX = re.compile(r"\[\d+\]")
COUNTRY_KEYS = frozenset({"client.country_of_birth", "client.citizenships", "us_status[].country"})
LANGUAGE_KEYS = frozenset({"client.languages"})


def _w(text: str) -> str:
    return QCoreApplication.translate("FactWords", text)


@functools.cache
def _declared() -> dict[str, tuple[str, dict[Any, str], str]]:
    """Path pattern (``[]`` for list positions) -> (label source text, choice code -> source text,
    row title source text of the enclosing list, if any)."""
    out: dict[str, tuple[str, dict[Any, str], str]] = {}

    def walk(items: tuple, prefix: str, row_title: str) -> None:
        for item in items:
            if isinstance(item, Field):
                out[prefix + item.key] = (item.label, dict(item.choices), row_title)
            elif isinstance(item, Language):
                out[prefix + item.key] = (item.title, {}, row_title)
            elif isinstance(item, Group):
                if item.title:
                    out.setdefault(prefix + item.key, ("", {}, row_title))
                walk(item.items, f"{prefix}{item.key}.", row_title)
            elif isinstance(item, Rows):
                out[prefix + item.key] = (item.asked_label, {}, "")
                walk(item.items, f"{prefix}{item.key}[].", item.row_title)

    for section in SECTIONS:
        assert isinstance(section, Section)
        walk(section.items, "", "")
    return out


@functools.cache
def _section_titles() -> dict[str, str]:
    """A top-level key -> the editor section it is on ("canada_entry" -> "Entry to Canada")."""
    titles: dict[str, str] = {}
    for section in SECTIONS:
        for item in section.items:
            key = getattr(item, "key", None)
            if key:
                titles[key] = section.title
    return titles


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def fact_name(path: str, *, short: bool = False) -> str:
    """A fact's name as the editor labels it; a list entry is named by its row ("Relative 2 ▸ ..."),
    unless ``short`` (inside a value that already says which entry it is)."""
    if not path:
        return ""
    pattern = _INDEX.sub("[]", path)
    declared = _declared().get(pattern)
    top = pattern.split(".", 1)[0].split("[", 1)[0]
    if declared is not None and declared[0] and "." in pattern.replace("[].", "."):
        label, _choices, row_title = declared
        words = _plain(_tr(label))
        positions = _INDEX.findall(path)
        if row_title and positions and not short:
            row = _tr(row_title).replace("{}", str(int(positions[-1][1:-1]) + 1))
            return f"{row} \N{BLACK RIGHT-POINTING SMALL TRIANGLE} {words}"
        return words
    if pattern == top and top in _section_titles():  # a whole section: by its title
        return _tr(_section_titles()[top])
    if re.fullmatch(r"[a-z_]+\[\d+\]", path) and declared is None:
        rows = _declared().get(top)
        row_title = next((d[2] for p, d in _declared().items() if p.startswith(top + "[]")), "")
        if rows is not None and row_title:
            return _tr(row_title).replace("{}", str(int(_INDEX.findall(path)[-1][1:-1]) + 1))
    words = field_text(path)
    if words != path and words.lower() != path.lower():
        return words
    words = path.replace("[", " ").replace("]", "").replace("_", " ")
    return _capital(words.replace(".", " \N{BLACK RIGHT-POINTING SMALL TRIANGLE} "))


def _language_name(code: str) -> str:
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


def value_words(path: str, value: Any) -> str:
    """A fact's value in words: choices by their labels, flags Yes/No, countries and languages by name,
    a section as "Label: value; Label: value", a list entry by entry."""
    if value is None:
        return QCoreApplication.translate("FactWords", "not known")
    pattern = _INDEX.sub("[]", path)
    if isinstance(value, bool):
        return QCoreApplication.translate(
                "FactWords", "Yes") if value else QCoreApplication.translate("FactWords", "No")
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if item is None or key == "format":
                continue
            sub = f"{path}.{key}" if path else key
            name = fact_name(sub, short=True)
            parts.append(colon(name, value_words(sub, item)))
        return "; ".join(parts) if parts else QCoreApplication.translate("FactWords", "nothing recorded")
    if isinstance(value, list):
        if not value:
            return QCoreApplication.translate("FactWords", "none")
        if pattern in COUNTRY_KEYS:
            return ", ".join(country_name(str(v)) for v in value)
        if pattern in LANGUAGE_KEYS:
            return ", ".join(_language_name(str(v)) for v in value)
        if all(isinstance(v, dict) for v in value):
            return " / ".join(value_words(f"{path}[{i}]", v) for i, v in enumerate(value))
        return ", ".join(value_words(f"{path}[{i}]", v) for i, v in enumerate(value))
    declared = _declared().get(pattern)
    if declared is not None and value in declared[1]:
        return _tr(declared[1][value])
    if pattern in COUNTRY_KEYS or pattern.endswith(".country"):
        return country_name(str(value))
    return str(value)
