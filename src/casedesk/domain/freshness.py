"""How long policy data stays fresh: older than ``STALE_AFTER_DAYS``, the data is flagged "verify
before relying on it" (the command line's warning, the status bar), and so is an answer resting on a
fact not verified for longer (``policydata.unverified_for_long``).

Apart from ``policydata`` so that the command line's quick reads, which warn about old data, load
only this."""

STALE_AFTER_DAYS = 90
