"""An assessment in words: its messages rendered, and the facts it misses named.

``pathway_json``/``assessment_json`` are the one JSON shape of a result that the command line
prints: the data (``PathwayResult.as_dict``: ``summary_code``, ``reason_codes``,
``next_step_codes``, ``missing``, ``facts``, ``sources``) with the words beside it
(``summary``, ``reasons``, ``next_steps`` in the language asked).
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.assessment import Assessment, PathwayResult
from ..domain.messages import msg
from .law_age import law_age_words
from .render import FALLBACK, catalogue, render, render_all

_INDEX = re.compile(r"\[(\d+)\]")


def field_label(path: str, language: str = "en") -> str:
    """Words for a case-file path (``parents[0].canadian_by`` -> "how parent 1 became Canadian");
    the path itself when no catalogue has words for it."""
    code = "field." + _INDEX.sub("[]", path)
    if code not in catalogue(language).texts and code not in catalogue(FALLBACK).texts:
        return path
    positions = _INDEX.findall(path)
    return render(msg(code, n=int(positions[-1]) + 1 if positions else None), language)


def field_labels(paths: tuple[str, ...] | list[str], language: str = "en") -> list[str]:
    return [field_label(p, language) for p in paths]


def pathway_json(result: PathwayResult, language: str = "en", titles: dict[str, str] | None = None) -> dict[str, Any]:
    data = result.as_dict()
    words = {"summary": render(result.summary, language), "reasons": render_all(result.reasons, language),
             "next_steps": render_all(result.next_steps, language)}
    # The words where the older output had them, then the data.
    return {"id": data.pop("id"), "verdict": data.pop("verdict"), **words, **data,
            "law_age": law_age_words(result.stale_sources, titles, language)}  # beside stale_sources, in words


def assessment_json(assessment: Assessment, language: str = "en",
                    titles: dict[str, str] | None = None) -> dict[str, Any]:
    data = assessment.as_dict()
    data["pathways"] = [pathway_json(p, language, titles) for p in assessment.pathways]
    return data
