"""Render one sample of each letter (demo data, sample letterhead) to PDF, for the README's PNGs.

    .venv/bin/python scripts/letter_samples.py docs/ && pdftoppm -r 60 -png -f 1 -l 1 ...
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.policy.source import PolicySource
from casedesk.services.demo import seed_demo
from casedesk.services.letters import LetterService
from casedesk.services.settings import SettingsService
from casedesk.services.workspace import open_workspace

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
out.mkdir(parents=True, exist_ok=True)
today = date(2026, 11, 21)
with tempfile.TemporaryDirectory() as tmp:
    db = open_workspace(resolve_paths(tmp), clock=FixedClock(today))
    policy = PolicySource.packaged()
    ids = seed_demo(db, today, policy)
    settings = SettingsService(db)
    for key, value in {"letterhead.organisation": "Clínica Legal del Norte", "letterhead.address":
                       "120 Main Street, Suite 4\nBuffalo, NY 14202", "letterhead.phone": "+1 716 555 0142",
                       "letterhead.email": "intake@clinica.example", "letterhead.caseworker_name": "Ana Okafor",
                       "letterhead.caseworker_title": "Immigration caseworker"}.items():
        settings.set(key, value)
    service = LetterService(db, policy)
    done = set()
    for kind, lang in (("spousal_sponsorship", "en"), ("citizenship_certificate", "fr")):
        for cid in ids:
            try:
                service.produce(cid, kind, lang, out / f"letter-{kind}-{lang}.pdf", today)
            except Exception:
                continue
            done.add(kind)
            break
    db.close()
print("rendered:", ", ".join(sorted(done)))
