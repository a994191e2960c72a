"""The English catalogue: every area's texts and vocabularies, merged."""

from __future__ import annotations

from . import caseerrors, deadlines, lawage, vocab
from .. import values  # a date, a sum, a country on its own
from . import fields, pathways  # eligibility results

TEXTS: dict = {}
TEXTS.update(deadlines.TEXTS)
TEXTS.update(pathways.TEXTS)
TEXTS.update(lawage.TEXTS)
TEXTS.update(fields.TEXTS)
TEXTS.update(values.TEXTS)
TEXTS.update(caseerrors.TEXTS)  # what is wrong with a case file
VOCAB: dict = dict(vocab.VOCAB)
VOCAB.update(caseerrors.VOCAB)
