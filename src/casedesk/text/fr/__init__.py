"""The French catalogue: every area's texts and vocabularies, merged."""

from __future__ import annotations

from . import deadlines, lawage, vocab
from .. import values  # a date, a sum, a country on its own
from . import pathways  # eligibility results quoted by the letters

TEXTS: dict = {}
TEXTS.update(deadlines.TEXTS)
TEXTS.update(pathways.TEXTS)
TEXTS.update(values.TEXTS)
TEXTS.update(lawage.TEXTS)
VOCAB: dict = dict(vocab.VOCAB)
