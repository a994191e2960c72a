"""The environment's fixed sentences (``storage/faults.py``: disk full, caseload busy, read-only or
damaged), marked here so ``lupdate`` puts them in the ``.ts``; ``errors.describe`` translates an
``EnvironmentFault`` by its sentence under the "EnvironmentFault" context. A test keeps this list
equal to the storage's."""

from __future__ import annotations

from .tr import QT_TRANSLATE_NOOP

SENTENCES = (
    QT_TRANSLATE_NOOP("EnvironmentFault", "The disk is full, so CaseDesk could not save; nothing was changed. "
                                          "Free some space and try again."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "The caseload is busy in another program or another CaseDesk window, "
                                          "so this could not be done; nothing was changed. Close the other one "
                                          "or wait, then try again."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "The caseload cannot be written (read-only file, folder or disk); "
                                          "nothing was changed. Check the permissions of the data folder."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "Permission denied for the caseload database; nothing was changed. "
                                          "Check the permissions of the data folder."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "The disk reported an error while reading or writing the caseload; "
                                          "nothing was changed. Check the disk, then restore a backup if the "
                                          "problem stays."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "The caseload database is damaged, so this could not be done; nothing "
                                          "was changed. Restore a backup (casedesk restore FILE, or File > "
                                          "Restore)."),
    QT_TRANSLATE_NOOP("EnvironmentFault", "The caseload database could not be opened (missing folder, "
                                          "permissions or disk); nothing was changed."),
)
