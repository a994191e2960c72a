"""User settings, declared once: key, type, default and label. The firm's (letterhead, reminder lead
times) are stored in the database, shared by everyone on it; the caseworker's own (their name and
title, ``personal.PERSONAL_KEYS``) in their own file (``personal.py``).

Window geometry and column widths are not settings: they go to QSettings in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..domain.deadlines import KINDS
from ..domain.morning import DEFAULT_ENDED_AFTER_DAYS
from ..domain.plaintext import refused_character
from ..storage.database import Database, transaction
from ..storage.models import SettingRow
from ..storage.quickread import ENDED_AFTER_KEY  # an ended U.S. status stops being an overdue to-do after
from . import personal
from .errors import ServiceError
from .personal import PERSONAL_KEYS

DEFAULT_LEAD_DAYS = (90, 30, 7)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a label for the UI's translation (in context "Settings") without importing Qt here."""
    return text


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str            # "lead_days" (a list of whole days before a date), "text", "multiline" or "flag"
    default: Any
    label: str           # English, marked for translation; the UI translates it
    detail: str = ""     # the label's %1, marked and translated too (the kind of deadline)

    def check(self, value: Any) -> Any:
        if self.kind == "lead_days":
            if not isinstance(value, (list, tuple)) or not all(
                    isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 730 for v in value):
                raise ServiceError(f"setting {self.key}: a list of whole days from 0 to 730, not {value!r}")
            return sorted(set(value), reverse=True)
        if self.kind == "days":
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3650:
                raise ServiceError(f"setting {self.key}: a whole number of days from 1 to 3650, not {value!r}")
            return value
        if self.kind in ("text", "multiline"):
            if not isinstance(value, str) or len(value) > 500:
                raise ServiceError(f"setting {self.key}: text of at most 500 characters")
            bad = refused_character(value, multiline=self.kind == "multiline")
            if bad is not None:
                raise ServiceError(f"setting {self.key}: holds a control, invisible or text-direction character "
                                   f"({bad}); remove it")
            return value
        if self.kind == "years":
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
                raise ServiceError(f"setting {self.key}: a whole number of years from 1 to 100, not {value!r}")
            return value
        if self.kind == "flag":
            if not isinstance(value, bool):
                raise ServiceError(f"setting {self.key}: true or false, not {value!r}")
            return value
        raise AssertionError(self.kind)


_KIND_LABELS = {
    "status_end": QT_TRANSLATE_NOOP("Settings", "U.S. status ends"),
    "ead_end": QT_TRANSLATE_NOOP("Settings", "work permit (EAD) ends"),
    "program_end": QT_TRANSLATE_NOOP("Settings", "parole program ends"),
    "entry_claim_window": QT_TRANSLATE_NOOP("Settings", "14 days after an irregular entry"),
    "entry_claim_bar": QT_TRANSLATE_NOOP("Settings", "one year after entry"),
    "ee_invitation": QT_TRANSLATE_NOOP("Settings", "Express Entry invitation expires"),
    "language_test": QT_TRANSLATE_NOOP("Settings", "language test expires"),
    "police_certificate": QT_TRANSLATE_NOOP("Settings", "police certificate expires"),
    "medical_exam": QT_TRANSLATE_NOOP("Settings", "medical exam expires"),
    "passport": QT_TRANSLATE_NOOP("Settings", "passport expires"),
    "task": QT_TRANSLATE_NOOP("Settings", "caseworker tasks"),
}

SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f"reminders.lead_days.{kind}", "lead_days",
            list(DEFAULT_LEAD_DAYS) if kind not in ("entry_claim_window", "ee_invitation", "task") else [7, 3, 1],
            QT_TRANSLATE_NOOP("Settings", "Remind before: %1 (days)"), _KIND_LABELS[kind])
    for kind in KINDS
) + (
    Setting(ENDED_AFTER_KEY, "days", DEFAULT_ENDED_AFTER_DAYS,
            QT_TRANSLATE_NOOP("Settings", "An ended U.S. status stops being overdue after (days)")),
    Setting("calendar.names_in_titles", "flag", False,
            QT_TRANSLATE_NOOP("Settings", "Put client names in exported calendar events "
                                          "(calendars often sync to the cloud)")),
    Setting("letterhead.organisation", "text", "", QT_TRANSLATE_NOOP("Settings", "Organisation (letterhead)")),
    Setting("letterhead.address", "multiline", "", QT_TRANSLATE_NOOP("Settings", "Address (letterhead)")),
    Setting("letterhead.phone", "text", "", QT_TRANSLATE_NOOP("Settings", "Phone (letterhead)")),
    Setting("letterhead.email", "text", "", QT_TRANSLATE_NOOP("Settings", "Email (letterhead)")),
    Setting("letterhead.caseworker_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Caseworker's name (signature)")),
    Setting("letterhead.caseworker_title", "text", "", QT_TRANSLATE_NOOP("Settings", "Caseworker's title (signature)")),
    Setting("letterhead.logo_path", "text", "", QT_TRANSLATE_NOOP("Settings", "Logo image file (optional)")),
    Setting("audit.caseworker_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Your name (change history)")),
    # Law societies set how long a closed file is kept (commonly six to ten years): check yours.
    Setting("retention.years", "years", 7,
            QT_TRANSLATE_NOOP("Settings", "Keep a closed file for (years), then it may be purged")),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class SettingsService:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str) -> Any:
        setting = _BY_KEY[key]
        with self.db.session() as session:
            if key in PERSONAL_KEYS:
                mine = personal.value(session, key)
                return setting.default if mine is None else mine
            row = session.get(SettingRow, key)
        return setting.default if row is None else row.value

    def all(self) -> dict[str, Any]:
        with self.db.session() as session:
            stored = {r.key: r.value for r in session.scalars(select(SettingRow)) if r.key not in PERSONAL_KEYS}
            stored |= {k: v for k in PERSONAL_KEYS if (v := personal.value(session, k)) is not None}
        return {s.key: stored.get(s.key, s.default) for s in SETTINGS}

    @staticmethod
    def is_personal(key: str) -> bool:
        """The caseworker's own setting (kept on their machine), not the firm's."""
        return key in PERSONAL_KEYS

    def set(self, key: str, value: Any) -> Any:
        setting = _BY_KEY.get(key)
        if setting is None:
            raise ServiceError(f"setting {key}: no such setting")
        value = setting.check(value)
        if key in PERSONAL_KEYS and self.db.personal_file is not None:
            personal.write(self.db.personal_file, key, value)
            return value
        with transaction(self.db) as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
        return value

    def lead_days(self, kind: str) -> list[int]:
        return list(self.get(f"reminders.lead_days.{kind}"))
