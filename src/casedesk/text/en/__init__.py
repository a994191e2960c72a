"""The English catalogue: every area's texts and vocabularies, merged."""

from __future__ import annotations

from . import vocab

TEXTS: dict = {}
VOCAB: dict = dict(vocab.VOCAB)
