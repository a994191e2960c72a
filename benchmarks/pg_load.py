"""Several caseworkers on one PostgreSQL caseload at once. Prints figures; asserts nothing.

    scripts/pg-cluster start        # or any server: a superuser's URL
    .venv/bin/python benchmarks/pg_load.py --url "$(scripts/pg-cluster url)" [--workers 8] [--seconds 180]

Makes a database of its own (``casedesk_load``) with ``casedesk server init`` and seeds it; then each of
``--workers`` processes, connected as the application role, for ``--seconds``: edits a client as the
editor does (reads it with its version, "thinks" a moment, saves with that version), marks one of a
client's deadlines done, re-assesses a few clients, or imports a small batch of case files. Each logs what the server
acknowledged. At the end every log is checked against the database:

- lost updates: an acknowledged edit saved over a version its writer had not read (someone else's
  save silently overwritten), two edits acknowledged as one version, or a client whose values are not
  the last acknowledged edit's;
  an imported client missing; a deadline marked done that is not done;
- conflicts: edits refused because the version moved (reported to the worker as EditConflict);
- deadlocks / serialization failures: Contention errors reaching a worker (unhandled);
- p50/p95 of a save under load, beside a raw baseline: the same save by one process alone.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

TODAY = date(2026, 11, 21)
DATABASE = "casedesk_load"


def _case(given: str, family: str, notes: str = "") -> dict:
    return {"format": "casedesk.case/1", "client": {"given_names": given, "family_name": family,
                                                    "date_of_birth": "1990-01-01", "countries_of_citizenship": ["HT"]},
            "us_status": [{"kind": "tps", "country": "HT", "until": "2027-02-03"}], "notes": notes}


def _open(url: str):
    from casedesk.clock import FixedClock
    from casedesk.storage.database import open_database

    return open_database(url, backups_dir=Path("/nonexistent"), clock=FixedClock(TODAY))


def _services(db):
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services

    return Services(db, PolicySource.packaged())


def setup(admin: str, clients: int) -> str:
    from casedesk.services.casefiles import import_stream
    from casedesk.storage.server import init_server

    server = create_engine(make_url(admin).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {DATABASE}"))
    server.dispose()
    url = make_url(admin).set(database=DATABASE)
    init_server(url.render_as_string(hide_password=False))
    app = url.set(username="casedesk_app", password=None).render_as_string(hide_password=False)
    db = _open(app)
    lines = "\n".join(json.dumps(_case(f"Seed{i}", f"Family{i:04d}")) for i in range(clients))
    import_stream(db, io.StringIO(lines), policy=_services(db).policy, as_of=TODAY)
    db.close()
    return app


def worker(n: int, url: str, seconds: float, think: float, out, checked: bool = True) -> None:
    from casedesk.domain.casefile import case_to_dict, parse_case
    from casedesk.services.casefiles import import_stream
    from casedesk.services.errors import EditConflict, NotFound
    from casedesk.storage.errors import Contention

    rng = random.Random(n)
    db = _open(url)
    s = _services(db)
    ids = s.clients.all_ids()
    log: dict = {"reassessed": 0, "edits": [], "conflicts": 0, "contention": 0, "done": [], "imported": [], "saves": [],
                 "errors": []}
    end = time.perf_counter() + seconds
    count = 0
    while time.perf_counter() < end:
        count += 1
        roll = rng.random()
        cid = rng.choice(ids)
        try:
            if roll < 0.7:
                record = s.clients.get(cid)
                time.sleep(rng.uniform(0, think))  # the caseworker typing
                token = f"w{n}-{count}"
                facts = parse_case(case_to_dict(record.facts) | {"notes": token})
                t0 = time.perf_counter()
                try:
                    saved = s.clients.update(cid, facts, record.version if checked else None, as_of=TODAY)
                except EditConflict:
                    log["conflicts"] += 1
                    continue
                log["saves"].append(time.perf_counter() - t0)
                log["edits"].append((cid, record.version, saved.version, token))
            elif roll < 0.75:  # a re-assessment of a few clients (locks them in id order, as every writer)
                s.assessments.reassess(rng.sample(ids, 5), TODAY)
                log["reassessed"] += 5
            elif roll < 0.88:
                open_ = [d for d in s.deadlines.for_client(cid) if d.state == "open"]
                if open_:
                    s.deadlines.mark_done(cid, open_[0].key, TODAY)
                    log["done"].append((cid, open_[0].key))
            else:
                batch = "\n".join(json.dumps(_case(f"W{n}", f"Batch{count}x{i}")) for i in range(3))
                log["imported"] += import_stream(db, io.StringIO(batch), policy=s.policy, as_of=TODAY).ids
        except Contention:
            log["contention"] += 1
        except NotFound:
            pass
        except Exception as exc:  # counted and named: the figures must show it
            log["errors"].append(type(exc).__name__ + ": " + str(exc)[:200])
    db.close()
    out.put((n, log))


def baseline(url: str, runs: int) -> list[float]:
    from casedesk.domain.casefile import case_to_dict, parse_case

    db = _open(url)
    s = _services(db)
    cid = s.clients.all_ids()[0]
    times = []
    for i in range(runs):
        record = s.clients.get(cid)
        facts = parse_case(case_to_dict(record.facts) | {"notes": f"baseline-{i}"})
        t0 = time.perf_counter()
        s.clients.update(cid, facts, record.version, as_of=TODAY)
        times.append(time.perf_counter() - t0)
    db.close()
    return times


def check(url: str, logs: list[dict]) -> dict:
    db = _open(url)
    lost = 0
    with db.engine.connect() as conn:
        stored = {cid: (version, (doc or {}).get("notes"))
                  for cid, version, doc in conn.execute(text("SELECT id, version_id, case_json FROM client"))}
        done = {tuple(r) for r in conn.execute(text("SELECT client_id, key FROM deadline_state WHERE state = 'done'"))}
    latest: dict[int, tuple[int, str]] = {}
    seen: set[tuple[int, int]] = set()
    for log in logs:
        for cid, base, version, token in log["edits"]:
            if (cid, version) in seen or version != base + 1:
                lost += 1  # saved over a version its writer never saw: someone's save silently overwritten
            seen.add((cid, version))
            if cid not in latest or version > latest[cid][0]:
                latest[cid] = (version, token)
    for cid, (version, token) in latest.items():
        if stored.get(cid) != (version, token):
            lost += 1
    missing_imports = sum(1 for log in logs for cid in log["imported"] if cid not in stored)
    missing_done = sum(1 for log in logs for item in log["done"] if tuple(item) not in done)
    db.close()
    return {"lost_updates": lost, "missing_imports": missing_imports, "missing_done": missing_done}


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) >= 2 else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True, help="a superuser's URL on the server (scripts/pg-cluster url)")
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=180)
    ap.add_argument("--clients", type=int, default=60, help="clients seeded (few: edits meet each other)")
    ap.add_argument("--think", type=float, default=0.05, help="at most this long between reading and saving (s)")
    ap.add_argument("--unchecked", action="store_true",
                    help="save without the version check (shows that the check below finds lost updates)")
    args = ap.parse_args()

    app = setup(args.url, args.clients)
    raw = baseline(app, 200)
    out: mp.Queue = mp.get_context("spawn").Queue()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=worker, args=(n, app, args.seconds, args.think, out, not args.unchecked))
             for n in range(args.workers)]
    for p in procs:
        p.start()
    logs = [out.get()[1] for _ in procs]
    for p in procs:
        p.join()
    result = check(app, logs)
    saves = [t for log in logs for t in log["saves"]]
    errors = [e for log in logs for e in log["errors"]]
    print(f"{args.workers} workers x {args.seconds:g} s on one PostgreSQL caseload ({args.clients} clients seeded)"
          + (" WITHOUT version checks" if args.unchecked else ""))
    print(f"  acknowledged edits    {sum(len(log['edits']) for log in logs):>7}")
    print(f"  conflicts (refused)   {sum(log['conflicts'] for log in logs):>7}")
    print(f"  deadlines marked done {sum(len(log['done']) for log in logs):>7}")
    print(f"  clients imported      {sum(len(log['imported']) for log in logs):>7}")
    print(f"  clients re-assessed   {sum(log['reassessed'] for log in logs):>7}")
    print(f"  lost updates          {result['lost_updates']:>7}")
    print(f"  imports missing       {result['missing_imports']:>7}")
    print(f"  done marks missing    {result['missing_done']:>7}")
    print(f"  deadlocks/serialization failures reaching a worker {sum(log['contention'] for log in logs)}")
    print(f"  other errors          {len(errors):>7}" + (f"  e.g. {errors[0]}" if errors else ""))
    print(f"  save p50 {_pct(saves, 50):7.1f} ms   p95 {_pct(saves, 95):7.1f} ms   (under load, n={len(saves)})")
    print(f"  save p50 {_pct(raw, 50):7.1f} ms   p95 {_pct(raw, 95):7.1f} ms   (raw baseline: one process alone, "
          f"n={len(raw)})")
    sys.exit(0)


if __name__ == "__main__":
    main()
