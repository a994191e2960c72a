"""Which language to speak: a choice ("system", "en", "fr") made concrete from the locale.

The command line reads it from ``--lang``, the window from the language setting; both fall back
on the locale the way gettext does (``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``): French when it
names French, English otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .render import LANGUAGES

SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)


def system_language(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            code = value.split("_", 1)[0].split(".", 1)[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def resolve(choice: str | None, env: Mapping[str, str] | None = None) -> str:
    """A language code from a choice; an unknown or missing choice follows the system."""
    return choice if choice in LANGUAGES else system_language(env)
