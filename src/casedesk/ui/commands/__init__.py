"""The window's commands, one module per area, so ``MainWindow`` keeps only menus and layout.

Each area is a small ``Area`` (``base.py``) over the window: dialogs open on it, work goes to its
services (quick work here, on the GUI thread; long work to its ``Runner`` as an ``Op``), and what
changed is announced once (``MainWindow.after_change``), for every view to refresh what shows it.

    clients.py      new, edit, delete and undo, history, the interview, opening a client
    casefiles.py    File ▸ Import (on the worker, cancellable) and the exports
    assessments.py  Routes to Canada, Policy ▸ Re-assess Caseload (on the worker, cancellable), Policy Data
    policy.py       Policy ▸ Load Policy Update… and Return to Shipped Policy Data (on the worker), the impact
    letters.py      one letter; Letters for Selection (on the worker; Stop keeps what is written)
    deadlines.py    Upcoming, the morning summary, the calendar export, the recompute after a policy change
    backups.py      the 30-minute backup, Back Up Now, Restore
    encryption.py   encrypt, change the passphrase, remove encryption (on the worker, no cancel)
    general.py      Settings, About
    retention.py    Close File, Purge (on the worker: it rewrites the file), Files Past Retention
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .assessments import AssessmentCommands
from .backups import BackupCommands
from .casefiles import CaseFileCommands
from .clients import ClientCommands
from .deadlines import DeadlineCommands
from .encryption import EncryptionCommands
from .general import GeneralCommands
from .letters import LetterCommands
from .policy import PolicyCommands
from .retention import RetentionCommands

if TYPE_CHECKING:
    from ..main_window import MainWindow


class Commands:
    def __init__(self, window: MainWindow):
        self.clients = ClientCommands(window)
        self.casefiles = CaseFileCommands(window)
        self.assessments = AssessmentCommands(window)
        self.policy = PolicyCommands(window)
        self.letters = LetterCommands(window)
        self.deadlines = DeadlineCommands(window)
        self.backups = BackupCommands(window)
        self.encryption = EncryptionCommands(window)
        self.general = GeneralCommands(window)
        self.retention = RetentionCommands(window)
