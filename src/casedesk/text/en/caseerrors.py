"""English words for what is wrong with a case file: the domain's own sentences (``domain.caseerrors``),
filled the same way (plain ``str.format``), so a message reads here exactly as ``FieldError.message``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...domain.caseerrors import ENGLISH
from ..formatting import Formatter
from ..render import Template


def _plain(template: str) -> Template:
    def fill(params: Mapping[str, Any], _: Formatter) -> str:
        return template.format(**params)
    return fill


TEXTS: dict[str, Template] = {code: _plain(template) for code, template in ENGLISH.items()}

# The English phrases are the domain's own; French translates them (``fr/caseerrors.py``).
VOCAB: dict[str, dict[str, str]] = {
    "case_what": {w: w for w in (
        "an ISO 3166-1 alpha-2 country code", "an ISO 639 language code",
        "an A-number (A followed by 8 or 9 digits)", "an Express Entry category code")},
    "case_why": {w: w for w in ("what is to be done", "the date it is due", "the client's names and identity")},
}
