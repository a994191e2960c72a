"""The English catalogue: every area's texts and vocabularies, merged."""

from __future__ import annotations

from . import deadlines, vocab

TEXTS: dict = {}
TEXTS.update(deadlines.TEXTS)
VOCAB: dict = dict(vocab.VOCAB)
