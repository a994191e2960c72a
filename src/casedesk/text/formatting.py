"""How a value is shown inside a template: dates, numbers, money and vocabulary codes, per language."""

from __future__ import annotations

import datetime
import string
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.messages import Msg

if TYPE_CHECKING:
    from .render import Catalogue

NBSP = "\u00a0"
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


class Formatter(string.Formatter):
    """``str.format`` with the catalogue's ways of showing a value (the text after ``:`` in a field)."""

    def __init__(self, cat: Catalogue, render: Callable[[Msg, str], str]):
        super().__init__()
        self.cat = cat
        self.lang = cat.language
        self._render = render

    def fill(self, template: Any, params: Mapping[str, Any]) -> str:
        if callable(template):
            return str(template(params, self))
        return self.vformat(template, (), dict(params))

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Msg):
            return self._render(value, self.lang)
        if format_spec == "date":
            return self.date(value)
        if format_spec == "month":
            return self.month(value)
        if format_spec == "num":
            return self.num(value)
        if format_spec == "money":
            return self.money(value)
        if format_spec == "list":
            return self.join([self.format_field(v, "") for v in value])
        if format_spec.isidentifier():  # a vocabulary's name: relation, status, country...
            return self.word(format_spec, value)
        if isinstance(value, date):
            return self.date(value)
        return super().format_field(value, format_spec)

    # -- the ways of showing a value ------------------------------------------------------------
    def date(self, day: date | None) -> str:
        if day is None:
            return "?"
        month = _MONTHS[self.lang][day.month - 1]
        if self.lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def month(self, day: datetime.date) -> str:  # (``date`` here is the method above)
        return f"{_MONTHS[self.lang][day.month - 1]} {day.year}"

    def num(self, n: int | float) -> str:
        return grouped(n, self.lang)

    def money(self, amount: int | float) -> str:
        return f"CAD ${self.num(amount)}" if self.lang == "en" else f"{self.num(amount)}{NBSP}$ CA"

    def word(self, vocab: str, code: Any) -> str:
        """A vocabulary code in words (a relation, a status, a country); an unknown code is shown as it is."""
        if code is None:
            return "?"
        table = self.cat.vocab.get(vocab, {})
        return table.get(str(code), str(code).replace("_", " "))

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        last = " and " if self.lang == "en" else " et "
        return ", ".join(items[:-1]) + last + items[-1]


def grouped(n: int | float, lang: str) -> str:
    """A number as ``lang`` writes it: 12,345.5 in English, 12 345,5 in French (where a comma is the
    decimal mark, so 100,000 would read as a hundred)."""
    text = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}"
    return text if lang == "en" else text.replace(",", NBSP).replace(".", ",")
