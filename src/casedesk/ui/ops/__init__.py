"""Background operations: one worker, progress and cancel across threads, one "what changed" signal.

``runner.py`` (``Op``, ``Runner``) is the shape; ``progress.py`` what crosses threads while work
runs; ``changes.py`` what a finished action changed; ``views.py`` where progress shows (a strip in
the window's status bar, or in the dialog that started the work); ``dialog.py`` a dialog that waits
for the exclusive operation it started (a conversion, a restore).
"""

from .changes import NOTHING, Changes
from .progress import Cancelled, Progress, Snapshot
from .runner import Op, Runner
from .views import ProgressStrip, ProgressView, Unseen

__all__ = ["NOTHING", "Cancelled", "Changes", "Op", "Progress", "ProgressStrip", "ProgressView", "Runner", "Snapshot",
           "Unseen"]
