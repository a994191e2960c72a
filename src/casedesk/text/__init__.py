"""Words for results: the edge where codes with parameters (``domain.messages.Msg``) become English or French.

One catalogue per language (``text/en``, ``text/fr``), each a package with a module per area. A
template is a ``str.format`` text whose fields may name how to show a value after a colon:
``{due:date}``, ``{amount:money}``, ``{n:num}``, or a vocabulary, ``{relation:relation}``,
``{status:status}``, ``{country:country}`` (see ``formatting.py``). A template may also be a
function ``(params, fmt) -> str`` where the words depend on the values (plurals, optional parts).

Used by the UI, the command line, the letters and exports; imports only ``domain``.
"""

from __future__ import annotations

from .render import LANGUAGES, Catalogue, catalogue, render, render_all

__all__ = ["LANGUAGES", "Catalogue", "catalogue", "render", "render_all"]
