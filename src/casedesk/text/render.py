"""Render a message in a language, from that language's catalogue."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from ..domain.messages import Msg
from ..logstart import logger
from .formatting import Formatter

LANGUAGES = ("en", "fr")
FALLBACK = "en"

Template = str | Callable[[Mapping[str, Any], Formatter], str]


# Value types here are named tuples, not dataclasses, and ``logging`` is loaded only to log a fault
# (``logstart``): the command line's quick reads render words, and those two modules would be a fifth
# of their start-up.
class Catalogue(NamedTuple):
    language: str
    texts: Mapping[str, Template]       # message code -> template
    vocab: Mapping[str, Mapping[str, str]]  # vocabulary name -> code -> words


@functools.cache
def catalogue(language: str) -> Catalogue:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"{__package__}.{language}")
    return Catalogue(language, module.TEXTS, module.VOCAB)


def render(message: Msg, language: str = "en") -> str:
    """The words for ``message``; a code a catalogue lacks falls back to English, then to the code itself
    (logged, never raised: a missing translation must not stop a caseworker)."""
    for lang in dict.fromkeys((language, FALLBACK)):
        template = catalogue(lang).texts.get(message.code)
        if template is not None:
            fmt = Formatter(catalogue(language), render)
            try:
                return fmt.fill(template, message.params)
            except (KeyError, IndexError, ValueError, TypeError) as exc:
                logger("casedesk.text").error("message %s does not fit its %s template: %s", message.code, lang,
                                              type(exc).__name__)
                return message.code
    logger("casedesk.text").error("no words for message %s", message.code)
    return message.code


def render_all(messages: Iterable[Msg], language: str = "en") -> list[str]:
    return [render(m, language) for m in messages]
