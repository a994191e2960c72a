"""The French catalogue: every area's texts and vocabularies, merged."""

from __future__ import annotations

from . import caseerrors, deadlines, lawage, vocab
from .. import values  # a date, a sum, a country on its own
from . import pathways  # eligibility results quoted by the letters
from . import results  # the other results, and the facts they miss

TEXTS: dict = {}
TEXTS.update(deadlines.TEXTS)
TEXTS.update(pathways.TEXTS)
TEXTS.update(results.TEXTS)
TEXTS.update(values.TEXTS)
TEXTS.update(lawage.TEXTS)
TEXTS.update(caseerrors.TEXTS)  # what is wrong with a case file
VOCAB: dict = dict(vocab.VOCAB)
VOCAB.update(caseerrors.VOCAB)
