"""CaseDesk: an offline case manager for immigration caseworkers."""

__version__ = "0.1.0"
