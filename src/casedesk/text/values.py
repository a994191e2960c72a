"""A value on its own, in words: the same template in every language, the language's own way of
showing it (``formatting.Formatter``). The letters (``domain/letters``) show their dates, sums and
countries through these codes, so a value reads the same in a letter as anywhere else."""

from __future__ import annotations

from .render import Template

TEXTS: dict[str, Template] = {
    "value.date": "{value:date}",        # 1 December 2026 / 1er décembre 2026
    "value.month": "{value:month}",      # December 2026 / décembre 2026
    "value.num": "{value:num}",          # 12,345 / 12 345
    "value.money": "{value:money}",      # CAD $1,230 / 1 230 $ CA
    "value.country": "{value:country}",  # an ISO 3166 code: Haiti / Haïti (an unknown code as it is)
}
