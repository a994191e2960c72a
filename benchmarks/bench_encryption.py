"""Encryption at rest: unlocking, converting the demo caseload and a large one, the cost of SQLCipher
on everyday reads. Prints figures; asserts nothing. Uses the strong default key derivation.

    .venv/bin/python benchmarks/bench_encryption.py [N_SYNTHETIC]   (default 10000)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casedesk.config import resolve_paths  # noqa: E402
from casedesk.context import SystemClock  # noqa: E402
from casedesk.policy.source import PolicySource  # noqa: E402
from casedesk.services import encryption  # noqa: E402
from casedesk.services.backups import BackupService  # noqa: E402
from casedesk.services.casefiles import import_stream  # noqa: E402
from casedesk.services.clients import ClientService  # noqa: E402
from casedesk.services.demo import seed_demo  # noqa: E402
from casedesk.services.workspace import open_workspace  # noqa: E402
from casedesk.storage.keys import Kdf  # noqa: E402

TODAY = date(2026, 11, 21)
PASS = "benchmark passphrase 2026"


def timed(work, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(home: Path, fill, label: str) -> None:
    paths = resolve_paths(home)
    db = open_workspace(paths, clock=SystemClock(TODAY))
    fill(db)
    backups = BackupService(db)
    backups.take("manual", datetime.now(UTC))
    clients = ClientService(db, PolicySource.packaged())
    count = len(clients.all_ids())
    size = sum(p.stat().st_size for p in paths.data_dir.glob("casedesk.sqlite3*"))  # with its WAL
    plain_page, _ = timed(lambda: clients.page("", offset=0, limit=200), 5)
    plain_search, _ = timed(lambda: clients.page("gar", offset=0, limit=200), 5)
    seconds, report = timed(lambda: encryption.encrypt(db, PASS, backups=backups))
    report.recovery_key_shown()
    enc_page, _ = timed(lambda: clients.page("", offset=0, limit=200), 5)
    enc_search, _ = timed(lambda: clients.page("gar", offset=0, limit=200), 5)
    backup_s, _ = timed(lambda: backups.take("manual", datetime.now(UTC)))
    backups.close()
    db.close()
    unlock_s, key = timed(lambda: encryption.unlock(paths.database_file, PASS), 3)
    recovery_s, _ = timed(lambda: encryption.unlock(paths.database_file, report.recovery_key), 3)
    open_s, _ = timed(lambda: open_workspace(paths, key=key, clock=SystemClock(TODAY)).close(), 3)
    db = open_workspace(paths, key=key, clock=SystemClock(TODAY))
    backups = BackupService(db)
    decrypt_s, _ = timed(lambda: encryption.decrypt(db, PASS, backups=backups))
    backups.close()
    db.close()
    print(f"{label}: {count:,} clients, {size / 1e6:.1f} MB, 1 backup")
    print(f"  encrypt caseload + backup  {seconds:6.2f} s")
    print(f"  decrypt caseload + backups {decrypt_s:6.2f} s")
    kdf = encryption.current_kdf()
    old_s, _ = timed(lambda: Kdf(n=2 ** 15).derive(PASS.encode(), bytes(16)), 3)  # the cost before issue 13
    print(f"  unlock (scrypt n=2^{kdf.n.bit_length() - 1}, r={kdf.r}) {unlock_s * 1000:6.0f} ms   with the recovery "
          f"key {recovery_s * 1000:.0f} ms   (baseline: the old n=2^15 derivation alone {old_s * 1000:.0f} ms)")
    print(f"  open + migrate check       {open_s * 1000:6.0f} ms")
    print(f"  first 200 rows  plain {plain_page * 1000:6.1f} ms   encrypted {enc_page * 1000:6.1f} ms")
    print(f"  search 'gar'    plain {plain_search * 1000:6.1f} ms   encrypted {enc_search * 1000:6.1f} ms")
    print(f"  one backup (encrypted)     {backup_s:6.2f} s")


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp) / "demo", lambda db: seed_demo(db, TODAY, PolicySource.packaged()), "demo")

        def synthetic(db) -> None:
            import io
            import json

            from synthetic import synthetic_cases

            text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in synthetic_cases(n, 1, TODAY))
            import_stream(db, io.StringIO(text), policy=PolicySource.packaged(), as_of=TODAY)

        run(Path(tmp) / "large", synthetic, "synthetic")


if __name__ == "__main__":
    main(sys.argv)
