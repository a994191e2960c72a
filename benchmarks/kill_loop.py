"""Crash safety: SIGKILL a writer at random moments, then check that nothing reported saved is lost.

    .venv/bin/python benchmarks/kill_loop.py [--rounds 50] [--encrypted]

The writer edits a client (each edit one transaction) and imports 50-record batches in a loop,
printing a line after each commit. After each kill the database is reopened: integrity_check
must be ok, every edit reported saved must be there (the last one, or the one in flight), and
the client count must be a whole number of batches (all or nothing). With ``--encrypted`` the
caseload is encrypted first (SQLCipher) and every check reads it with its key.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from casedesk.storage.sqlfile import connect_file

PASSPHRASE = "correct horse battery staple"

WRITER = r'''
import io, json, sys
from datetime import date
from casedesk.config import resolve_paths
from casedesk.context import SystemClock
from casedesk.domain.casefile import parse_case
from casedesk.policy.source import PolicySource
from casedesk.services.casefiles import import_stream
from casedesk.services.clients import ClientService
from casedesk.services.workspace import open_workspace
import os
db = open_workspace(resolve_paths(sys.argv[1]), os.environ.get("CASEDESK_PASSPHRASE"),
                    clock=SystemClock(date(2026, 11, 21)))
policy = PolicySource.packaged()
clients = ClientService(db, policy)
cid = clients.all_ids()[0]
n = int(sys.argv[2])
batch = "\n".join(json.dumps({"client": {"given_names": f"Batch {i}", "family_name": "Kill"}}) for i in range(50))
while True:
    n += 1
    record = clients.get(cid)
    facts = record.facts
    clients.update(cid, type(facts)(**{**{f: getattr(facts, f) for f in facts.__dataclass_fields__}, "notes": str(n)}),
                   record.version, as_of=date(2026, 11, 21))
    print(f"saved {n}", flush=True)
    if n % 5 == 0:
        import_stream(db, io.StringIO(batch), policy=policy, as_of=date(2026, 11, 21))
        print("imported", flush=True)
'''


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true", help="encrypt the caseload first")
    opts = parser.parse_args()
    rng = random.Random(opts.seed)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        first = Path(tmp) / "first.json"
        first.write_text(json.dumps({"client": {"given_names": "Edited", "family_name": "Client"}}))
        subprocess.run([sys.executable, "-m", "casedesk", "import", str(first), "--data-dir", str(home)], check=True,
                       capture_output=True, env=env)
        db_file = home / "casedesk.sqlite3"
        key = None
        if opts.encrypted:
            from casedesk.services.encryption import unlock

            subprocess.run([sys.executable, "-m", "casedesk", "encrypt", "--data-dir", str(home)], check=True,
                           capture_output=True, env={**env, "CASEDESK_NEW_PASSPHRASE": PASSPHRASE})
            env = {**env, "CASEDESK_PASSPHRASE": PASSPHRASE}
            key = unlock(db_file, PASSPHRASE)
        last_saved, batches, failures, kills_mid_write = 0, 0, 0, 0
        for round_no in range(1, opts.rounds + 1):
            proc = subprocess.Popen([sys.executable, "-c", WRITER, str(home), str(last_saved)],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
            time.sleep(rng.uniform(0.8, 2.5))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            lines = out.splitlines()
            saved = [int(line.split()[1]) for line in lines if line.startswith("saved ")]
            imported = sum(1 for line in lines if line == "imported")
            with closing(connect_file(db_file, key)) as conn:
                check = conn.execute("PRAGMA integrity_check").fetchone()[0]
                notes = conn.execute("SELECT json_extract(case_json, '$.notes') FROM client "
                                     "WHERE given_names = 'Edited'").fetchone()[0]
                kill_rows = conn.execute("SELECT count(*) FROM client WHERE family_name = 'Kill'").fetchone()[0]
            value = int(notes) if notes else 0
            reported = saved[-1] if saved else last_saved
            ok_edit = value in (reported, reported + 1)
            ok_batch = kill_rows % 50 == 0 and kill_rows // 50 in (batches + imported, batches + imported + 1)
            if value == reported + 1 or kill_rows // 50 == batches + imported + 1:
                kills_mid_write += 1
            if check != "ok" or not ok_edit or not ok_batch:
                failures += 1
                print(f"round {round_no}: FAILED integrity={check} notes={value} reported={reported} "
                      f"batch rows={kill_rows} batches={batches}+{imported}")
            last_saved, batches = value, kill_rows // 50
        print(f"{'encrypted caseload, ' if opts.encrypted else ''}{opts.rounds} SIGKILLs: {failures} failures; "
              f"integrity ok every time: {failures == 0}; "
              f"last edit number {last_saved}; {batches} batches of 50 imported; "
              f"{kills_mid_write} kills landed after a commit but before it was reported")


if __name__ == "__main__":
    main()
