"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}
