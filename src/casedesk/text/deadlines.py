"""A deadline's words in one language: its title, its basis with the source it cites, its caveats.

The UI, the command line and the calendar export show a deadline through ``deadline_words``.
The deadline table also keeps the English words beside the codes, so ``casedesk upcoming
--json`` can answer from SQLite alone; ``words_stamp`` tells whether those stored words are the
ones this code would write (the stamp is stored with them, and a different one means
recomputing, as a new policy version does).
"""

from __future__ import annotations

import functools
import importlib
import types
import zlib
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..domain.messages import Msg, msg
from .render import catalogue, render

# The language of the words stored beside the codes (what `--json` and the .ics file carry).
STORED_LANGUAGE = "en"
# The vocabularies the deadline words use (part of the stamp).
_VOCABS = ("country", "us_status", "entry_mode", "confidence")


class DeadlineWords(NamedTuple):  # not a dataclass: see ``render``
    title: str
    basis: str                  # where the date comes from
    source: str | None = None   # "Source: ..." for a cited policy fact
    caveat: str | None = None   # every caveat, one sentence or two each

    @property
    def cited_basis(self) -> str:
        """The basis followed by its source: what a single column or line shows."""
        return f"{self.basis} {self.source}" if self.source else self.basis


@functools.lru_cache(maxsize=8192)
def _words(message: Msg, language: str) -> str:
    # Deadlines repeat across a caseload (every Haitian TPS holder's "TPS for Haiti ends").
    return render(message, language)


def deadline_words(title: Msg, basis: Msg, caveats: Sequence[Msg] = (), source_title: str | None = None,
                   language: str = STORED_LANGUAGE) -> DeadlineWords:
    return DeadlineWords(
        title=_words(title, language),
        basis=_words(basis, language),
        source=_words(msg("deadline.cited", source=source_title), language) if source_title else None,
        caveat=" ".join(_words(c, language) for c in caveats) or None,
    )


def _fingerprint(value: Any) -> str:
    if isinstance(value, types.FunctionType):
        return _fingerprint(value.__code__)
    if isinstance(value, types.CodeType):
        return value.co_code.hex() + "|".join(_fingerprint(c) for c in value.co_consts)
    if isinstance(value, frozenset):  # `x in {"a", "b"}` compiles to one; its order varies by process
        return "{" + ",".join(sorted(_fingerprint(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(f"{k!r}:{_fingerprint(v)}" for k, v in sorted(value.items())) + "}"
    return repr(value)


@functools.cache
def words_stamp() -> str:
    """A short fingerprint of the stored language's deadline words: its templates (text, or the
    code of the functions that write them, helpers included) and the vocabularies they use."""
    from .. import __version__  # a release may change how dates or numbers are shown

    cat = catalogue(STORED_LANGUAGE)
    module = importlib.import_module(f"{__package__}.{STORED_LANGUAGE}.deadlines")
    functions = {name: value for name, value in vars(module).items()
                 if isinstance(value, types.FunctionType) and value.__module__ == module.__name__}
    parts = [__version__, _fingerprint({k: v for k, v in cat.texts.items() if k.startswith("deadline.")}),
             _fingerprint(functions), _fingerprint({v: dict(cat.vocab.get(v, {})) for v in _VOCABS})]
    data = "\n".join(parts).encode()
    # Two checksums, not a cryptographic hash: this tells versions of our own words apart, and
    # `casedesk upcoming` computes it on every run (hashlib alone takes longer to load).
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
