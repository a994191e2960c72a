"""Each CaseDesk operation beside a raw equivalent doing the same work, alternately, in one run. Prints a table.

    .venv/bin/python benchmarks/bench_side_by_side.py --clients 10000 100000 [--runs 2] [--work DIR]

For each size: a synthetic caseload (``synthetic.py``) is imported with ``casedesk import``, then each
operation runs as a shell script would call it (a fresh interpreter each time), alternating with its
raw baseline in plain ``sqlite3`` (standard library only, no CaseDesk import):

- import: ``casedesk import`` of the JSON Lines file into an empty caseload / reading and parsing the
  same file and inserting the very rows CaseDesk stored (every table) with ``executemany``, and
  building the search's full-text index over them;
- re-assess: ``casedesk reassess`` / its I/O floor: read every case file (``json.loads``), then in one
  transaction rewrite every deadline row and insert one assessment row per client, as stored;
- upcoming: ``casedesk upcoming --within 30 --json`` / the same SQL (JSON made by SQLite) streamed out;
- list search: ``casedesk list --json --search maria`` / the same LIKE query, ``json.dumps`` of the rows;
- deadlines: ``casedesk deadlines 1 --json`` / one client's deadline rows, ``json.dumps``;
- export: ``casedesk export --all -o F.jsonl`` / every stored case file written out as a line;
- calendar: ``casedesk ics`` / every open deadline written as a minimal VEVENT.

Columns: the median wall-clock seconds of CaseDesk and of raw, their ratio, and each one's peak
resident memory (``wait4``'s ``ru_maxrss`` of that process alone). The machine is shared: the
ratios, measured alternately, move less than the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_cases  # noqa: E402

AS_OF = date(2026, 11, 21)

RAW_IMPORT = r"""
import json, pickle, sqlite3, sys
source, rows_file, target = sys.argv[1:4]
with open(source, encoding="utf-8") as f:
    docs = [json.loads(line) for line in f if line.strip()]
with open(rows_file, "rb") as f:
    schema, tables = pickle.load(f)
conn = sqlite3.connect(target, isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
for sql in schema:
    conn.execute(sql)
conn.execute("BEGIN")
for name, columns, rows in tables:
    marks = ", ".join("?" for _ in columns)
    quoted = ", ".join(chr(34) + c + chr(34) for c in columns)
    conn.executemany(f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})', rows)
for sql in schema:  # a full-text index (the search's) built over the rows, in one statement
    if sql.startswith("CREATE VIRTUAL TABLE"):
        name = sql.split()[3]
        conn.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
conn.execute("COMMIT")
conn.close()
print(len(docs))
"""

RAW_REASSESS = r"""
import json, pickle, sqlite3, sys
target, rows_file = sys.argv[1:3]
with open(rows_file, "rb") as f:
    deadline_columns, deadlines, assessment_columns, assessments = pickle.load(f)
conn = sqlite3.connect(target, isolation_level=None)
facts = [(cid, json.loads(doc)) for cid, doc in conn.execute("SELECT id, case_json FROM client")]
conn.execute("BEGIN")
conn.execute("DELETE FROM deadline")
marks = ", ".join("?" for _ in deadline_columns)
quoted = ", ".join(chr(34) + c + chr(34) for c in deadline_columns)
conn.executemany(f'INSERT INTO deadline ({quoted}) VALUES ({marks})',
                 deadlines)
marks = ", ".join("?" for _ in assessment_columns)
conn.executemany(f'INSERT INTO assessment ({", ".join(assessment_columns)}) VALUES ({marks})', assessments)
conn.execute("COMMIT")
print(len(facts))
"""

RAW_UPCOMING = r"""
import json, sqlite3, sys
target, query_file = sys.argv[1:3]
with open(query_file, encoding="utf-8") as f:
    sql, params = json.load(f)
conn = sqlite3.connect(target)
conn.text_factory = bytes
out = sys.stdout.buffer
out.write(b"[")
for i, (row, *_rest) in enumerate(conn.execute(sql, params)):
    out.write(b", " + row if i else row)
out.write(b"]\n")
"""

RAW_LIST = r"""
import json, sqlite3, sys
target, text = sys.argv[1:3]
conn = sqlite3.connect(target)
rows = conn.execute("SELECT id, given_names, family_name, country, status_summary, status_expiry, updated_at "
                    "FROM client WHERE search_key LIKE ? ORDER BY sort_name", (f"%{text}%",)).fetchall()
keys = ("id", "given_names", "family_name", "country", "status", "status_expiry", "updated_at")
print(json.dumps([dict(zip(keys, r)) for r in rows], ensure_ascii=False))
"""

RAW_DEADLINES = r"""
import json, sqlite3, sys
target, cid = sys.argv[1:3]
conn = sqlite3.connect(target)
cur = conn.execute("SELECT * FROM deadline WHERE client_id = ? ORDER BY due, \"key\"", (int(cid),))
names = [d[0] for d in cur.description]
print(json.dumps([dict(zip(names, r)) for r in cur], ensure_ascii=False))
"""

RAW_EXPORT = r"""
import sqlite3, sys
target, out_file = sys.argv[1:3]
conn = sqlite3.connect(target)
with open(out_file, "w", encoding="utf-8") as out:
    for (doc,) in conn.execute("SELECT case_json FROM client ORDER BY id"):
        out.write(doc + "\n")
"""

RAW_ICS = r"""
import sqlite3, sys
target, out_file, today = sys.argv[1:4]
conn = sqlite3.connect(target)
with open(out_file, "w", encoding="utf-8", newline="") as out:
    out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//raw//EN\r\n")
    for due, cid, key, title in conn.execute(
            'SELECT due, client_id, "key", title FROM deadline WHERE visible_from <= ? ORDER BY due', (today,)):
        day = due.replace("-", "")
        out.write(f"BEGIN:VEVENT\r\nUID:{cid}-{key}@raw\r\nDTSTAMP:{day}T000000Z\r\nDTSTART;VALUE=DATE:{day}\r\n"
                  f"SUMMARY:{title} (client {cid})\r\nEND:VEVENT\r\n")
    out.write("END:VCALENDAR\r\n")
"""


def run(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock seconds and peak resident memory (MB) of one process. The peak is GNU time's (%M):
    the rusage of a child that Python forks or vforks counts this (large) process's pages too."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, *cmd], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd[:6])}…: exit {proc.returncode}\n"
                             f"{proc.stderr.decode(errors='replace')[-2000:]}")
        return seconds, int(rss.read().strip().splitlines()[-1]) / 1024


def _rows(db: Path, table: str) -> tuple[list[str], list[tuple]]:
    with sqlite3.connect(db) as conn:
        cur = conn.execute(f'SELECT * FROM "{table}"')
        return [d[0] for d in cur.description], cur.fetchall()


def _schema(db: Path) -> list[str]:
    """The statements that make the schema; a full-text table makes its own shadow tables (left out)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                            "ORDER BY type = 'index', type = 'trigger', rowid").fetchall()
    virtual = [name for name, sql in rows if sql.startswith("CREATE VIRTUAL TABLE")]
    return [sql for name, sql in rows if not any(name.startswith(v + "_") and not sql.startswith("CREATE TRIGGER")
                                                 for v in virtual)]


def size_run(n: int, runs: int, work: Path, env: dict, only: set[str] | None = None
             ) -> list[tuple[str, float, float, float, float]]:
    exe = [sys.executable, "-m", "casedesk"]
    raw = [sys.executable, "-c"]
    source = work / "clients.jsonl"
    with open(source, "w", encoding="utf-8") as out:
        for doc in synthetic_cases(n, today=AS_OF):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    day = ["--as-of", AS_OF.isoformat()]
    results: dict[str, tuple[list, list]] = {}

    def record(name: str, ours: tuple[float, float], theirs: tuple[float, float]) -> None:
        a, b = results.setdefault(name, ([], []))
        a.append(ours)
        b.append(theirs)

    home = work / "home0"
    db = home / "casedesk.sqlite3"
    rows_file = work / "rows.pickle"
    for i in range(runs):
        target = work / f"home{i}"
        ours = run(exe + ["import", str(source), "--data-dir", str(target), *day], env)
        if i == 0:
            db = next(target.glob("*.sqlite3"))
            tables = [(t, *_rows(db, t)) for t in ("client", "deadline", "audit", "setting", "alembic_version")]
            with open(rows_file, "wb") as f:
                pickle.dump((_schema(db), tables), f)
        raw_db = work / f"raw{i}.sqlite3"
        theirs = run(raw + [RAW_IMPORT, str(source), str(rows_file), str(raw_db)], env)
        record("import", ours, theirs)
        if i:
            shutil.rmtree(target)

    # Re-assess: the raw floor writes what CaseDesk stored (captured after the first re-assessment).
    floor_file = work / "reassess.pickle"
    for i in range(runs if not only or "re-assess" in only else 0):
        ours = run(exe + ["reassess", "--json", "--data-dir", str(home), *day], env)
        if i == 0:
            dcols, drows = _rows(db, "deadline")
            acols, arows = _rows(db, "assessment")
            n_clients = len(_rows(db, "client")[1])
            acols_kept = [c for c in acols if c != "id"]
            keep = [acols.index(c) for c in acols_kept]
            with open(floor_file, "wb") as f:
                pickle.dump((dcols, drows, acols_kept, [tuple(r[k] for k in keep) for r in arows[-n_clients:]]), f)
        copy = work / "raw-reassess.sqlite3"
        shutil.copy(db, copy)
        theirs = run(raw + [RAW_REASSESS, str(copy), str(floor_file)], env)
        record("re-assess", ours, theirs)

    from casedesk.domain.deadlines import US_STATUS_KINDS
    from casedesk.services.deadlines import listing_range
    from casedesk.storage.quickread import bucket_sql

    query = work / "upcoming.json"
    sql, params = bucket_sql(AS_OF, listing_range(AS_OF, 30, None, False, 30), US_STATUS_KINDS, as_json=True)
    query.write_text(json.dumps([sql, {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}]))
    # One untimed pass first: the re-assessments above copied the whole database for the raw side, and
    # whichever read came first would pay for bringing it back into the page cache.
    for cmd in ([exe + ["upcoming", "--within", "30", "--json", "--data-dir", str(home), *day],
                 raw + [RAW_EXPORT, str(db), str(work / "b.jsonl")]] if not only or "reads" in only else []):
        run(cmd, env)
    for _ in range(runs if not only or "reads" in only else 0):
        record("upcoming --within 30 --json", run(exe + ["upcoming", "--within", "30", "--json", "--data-dir",
                                                         str(home), *day], env),
               run(raw + [RAW_UPCOMING, str(db), str(query)], env))
        record("list --json --search maria", run(exe + ["list", "--json", "--search", "maria", "--data-dir",
                                                        str(home), *day], env),
               run(raw + [RAW_LIST, str(db), "maria"], env))
        record("deadlines 1 --json", run(exe + ["deadlines", "1", "--json", "--data-dir", str(home), *day], env),
               run(raw + [RAW_DEADLINES, str(db), "1"], env))
        record("export --all (JSON Lines)", run(exe + ["export", "--all", "-o", str(work / "a.jsonl"), "--data-dir",
                                                       str(home), *day], env),
               run(raw + [RAW_EXPORT, str(db), str(work / "b.jsonl")], env))
        record("ics (calendar export)", run(exe + ["ics", "-o", str(work / "a.ics"), "--data-dir", str(home), *day],
                                            env),
               run(raw + [RAW_ICS, str(db), str(work / "b.ics"), AS_OF.isoformat()], env))
    out = []
    for name, (a, b) in results.items():
        ours, theirs = statistics.median(s for s, _ in a), statistics.median(s for s, _ in b)
        out.append((name, ours, theirs, max(m for _, m in a), max(m for _, m in b)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--only", nargs="+", choices=["import", "re-assess", "reads"],
                        help="only these operations (the import always runs: the others need its caseload)")
    parser.add_argument("--work", type=Path, default=None, help="a folder for the caseloads (default: a temporary one)")
    opts = parser.parse_args()
    # As installed: CaseDesk's modules byte-compiled (pip and the bundle do it), so neither side pays for
    # compiling at each start (an environment with PYTHONDONTWRITEBYTECODE would make CaseDesk do so).
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_") and k != "PYTHONDONTWRITEBYTECODE"}
    import compileall

    import casedesk

    compileall.compile_dir(Path(casedesk.__file__).parent, quiet=1)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'clients':>8}  {'operation':<30} {'CaseDesk s':>10} {'raw s':>8} {'ratio':>6} {'CaseDesk MB':>11} "
          f"{'raw MB':>7}")
    for n in opts.clients:
        with tempfile.TemporaryDirectory(prefix=f"casedesk-side-{n}-", dir=opts.work) as tmp:
            for name, ours, theirs, mem_ours, mem_theirs in size_run(n, opts.runs, Path(tmp), env,
                                                                        set(opts.only or ())):
                print(f"{n:>8,}  {name:<30} {ours:>10.2f} {theirs:>8.2f} {ours / theirs:>6.1f} {mem_ours:>11.0f} "
                      f"{mem_theirs:>7.0f}", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
