"""Background operations: one worker, progress and cancel across threads, one "what changed" signal.

``runner.py`` (``Op``, ``Runner``) is the shape; ``progress.py`` what crosses threads while work
runs; ``changes.py`` what a finished action changed; ``views.py`` where progress shows.
"""

from .changes import NOTHING, Changes
from .progress import Cancelled, Progress, Snapshot
from .runner import Op, Runner
from .views import ProgressDialog, ProgressStrip, ProgressView, Unseen

__all__ = ["NOTHING", "Cancelled", "Changes", "Op", "Progress", "ProgressDialog", "ProgressStrip", "ProgressView",
           "Runner", "Snapshot", "Unseen"]
