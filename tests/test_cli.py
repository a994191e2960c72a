"""The command line, run as a user runs it: a subprocess with its own data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import minimal_case

# The command line on both back ends (CASEDESK_DATABASE_URL set for the subprocesses on PostgreSQL).
pytestmark = pytest.mark.usefixtures("backend")


def casedesk(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    # The caseload's URL stays (the backend fixture's server); the rest of the caller's CASEDESK_ settings go.
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_") or k == "CASEDESK_DATABASE_URL"}
    proc = subprocess.run([sys.executable, "-m", "casedesk", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in proc.stderr
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def listed(data_dir: Path) -> list[dict]:
    return json.loads(casedesk(data_dir, "list", "--json").stdout)


def test_version_is_quick_to_answer(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "casedesk", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert proc.stdout.startswith("casedesk 0.")


def test_import_list_export_round_trip(tmp_path, spec_case):
    data = tmp_path / "home"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case, indent=2, ensure_ascii=False), encoding="utf-8")
    out = json.loads(casedesk(data, "import", str(case), "--json").stdout)
    assert out["id"] == 1 and out["ids"] == [1]
    plain = casedesk(data, "import", str(case), "--allow-duplicates").stdout  # the same person, added on purpose
    assert plain.strip() == "2"
    rows = listed(data)
    assert [(r["id"], r["given_names"], r["family_name"]) for r in rows] == [
        (1, "María José", "Pérez Núñez"), (2, "María José", "Pérez Núñez")]
    casedesk(data, "export", "1", "-o", str(tmp_path / "back.json"))
    assert json.loads((tmp_path / "back.json").read_text(encoding="utf-8")) == spec_case
    casedesk(data, "export", "--all", "-o", str(tmp_path / "all.jsonl"))
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [spec_case, spec_case]


def test_json_array_import(tmp_path):
    data = tmp_path / "home"
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([minimal_case("A", "One"), minimal_case("B", "Two")]), encoding="utf-8")
    assert json.loads(casedesk(data, "import", str(batch), "--json").stdout)["count"] == 2
    assert {r["family_name"] for r in listed(data)} == {"One", "Two"}


def test_an_invalid_record_names_record_and_field_and_changes_nothing(tmp_path):
    data = tmp_path / "home"
    casedesk(data, "import", str(write_jsonl(tmp_path / "first.jsonl", [minimal_case("Kept", "Client")])))
    docs = [minimal_case(f"G{i}", f"F{i}") for i in range(60)]
    docs[56]["client"]["date_of_birth"] = "1990-13-45"
    proc = casedesk(data, "import", str(write_jsonl(tmp_path / "bad.jsonl", docs)), check=False)
    assert proc.returncode != 0
    assert proc.stderr.startswith("casedesk: record 57: client.date_of_birth: not a date: '1990-13-45'")
    assert len(proc.stderr.strip().splitlines()) == 1
    assert [r["family_name"] for r in listed(data)] == ["Client"]


@pytest.mark.parametrize("content, message", [
    ('{"client": {"given_names": "A"', "not valid JSON"),
    ("", "holds no case records"),
    ('[{"client": {"family_name": "X"}}, 5]', "record 2: a case file is a JSON object"),
])
def test_broken_files_get_one_clear_line(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    proc = casedesk(tmp_path / "home", "import", str(bad), check=False)
    assert proc.returncode == 1
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_missing_file_and_unknown_client(tmp_path):
    proc = casedesk(tmp_path / "home", "import", str(tmp_path / "nope.json"), check=False)
    assert proc.returncode == 1 and "nope.json: No such file" in proc.stderr
    assert not (tmp_path / "home").exists()  # a failed command creates nothing (issue 13)
    casedesk(tmp_path / "home", "import", str(write_jsonl(tmp_path / "one.jsonl", [minimal_case()])))
    proc = casedesk(tmp_path / "home", "export", "42", "-o", str(tmp_path / "x.json"), check=False)
    assert proc.returncode == 1 and "client 42: no such client" in proc.stderr
    assert not (tmp_path / "x.json").exists()


@pytest.mark.sqlite_only("the app's own backups copy the SQLite file; a server's: test_postgresql (pg_dump)")
def test_backup_then_restore_gives_back_the_caseload(tmp_path):
    data = tmp_path / "home"
    cases = [minimal_case("A", f"Before{i}") for i in range(5)]
    casedesk(data, "import", str(write_jsonl(tmp_path / "a.jsonl", cases)))
    before = listed(data)
    casedesk(data, "backup", "-o", str(tmp_path / "snapshot.sqlite3"))
    assert (tmp_path / "snapshot.sqlite3").stat().st_mode & 0o077 == 0
    casedesk(data, "import", str(write_jsonl(tmp_path / "b.jsonl", [minimal_case("B", "After")])))
    assert len(listed(data)) == 6
    out = json.loads(casedesk(data, "restore", str(tmp_path / "snapshot.sqlite3"), "--json").stdout)
    assert listed(data) == before
    kept = Path(out["previous_kept_at"])
    with sqlite3.connect(kept) as conn:  # the replaced caseload is kept
        assert conn.execute("SELECT count(*) FROM client").fetchone() == (6,)


@pytest.mark.sqlite_only("the app's own backups copy the SQLite file; a server's: test_postgresql (pg_dump)")
def test_restore_refuses_a_damaged_or_foreign_file(tmp_path):
    data = tmp_path / "home"
    casedesk(data, "import", str(write_jsonl(tmp_path / "a.jsonl", [minimal_case()])))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\0" * 4096)
    proc = casedesk(data, "restore", str(junk), check=False)
    assert proc.returncode == 1 and "junk.sqlite3" in proc.stderr
    assert len(listed(data)) == 1
    assert not (data / "backups").exists() or not list((data / "backups").glob("pre-restore-*"))


def test_cli_does_not_load_qt(tmp_path):
    casedesk(tmp_path / "home", "import", str(write_jsonl(tmp_path / "one.jsonl", [minimal_case()])))
    code = ("import sys; from casedesk.cli import main; rc = main(['list', '--json', '--data-dir', sys.argv[1]]); "
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT', file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "home")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "NO-QT"
    assert [r["family_name"] for r in json.loads(proc.stdout)] == ["Gómez"]


def _loaded(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run ``casedesk ARGS`` through its entry point in a fresh interpreter; which modules it loaded."""
    code = ("import sys; from casedesk.__main__ import main; rc = main(sys.argv[1:]); "
            "print(' '.join(sorted(sys.modules)), file=sys.stderr); sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    return proc, set(proc.stderr.strip().splitlines()[-1].split())


@pytest.mark.parametrize("args", [["--version"], ["crs", "CASE", "--as-of", "2026-11-21", "--json"]],
                         ids=["version", "crs"])
def test_commands_without_a_caseload_open_no_database(tmp_path, spec_case, args):
    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case), encoding="utf-8")
    home = tmp_path / "home"
    proc, modules = _loaded(tmp_path, *[str(case) if a == "CASE" else a for a in args], "--data-dir", str(home))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic", "PySide6")}
    assert "casedesk.app" not in modules and not any(m.startswith("casedesk.ui") for m in modules)
    assert not (home / "casedesk.sqlite3").exists()
    if args == ["--version"]:  # answered by the parser alone
        ours = {m for m in modules if m.startswith("casedesk")}
        assert ours <= {"casedesk", "casedesk.__main__", "casedesk.arguments"}


def test_options_before_the_command_count_too(tmp_path):
    home = tmp_path / "h"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env["CASEDESK_HOME"] = str(tmp_path / "elsewhere")
    case = write_jsonl(tmp_path / "c.jsonl", [minimal_case("Early", "Option")])
    proc = subprocess.run([sys.executable, "-m", "casedesk", "--data-dir", str(home), "--json", "import", str(case)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["count"] == 1
    assert (home / "casedesk.sqlite3").exists() and not (tmp_path / "elsewhere").exists()


@pytest.mark.sqlite_only("the app's own backups copy the SQLite file; a server's: test_postgresql (pg_dump)")
def test_backup_restore_in_a_folder_with_hash_and_percent(tmp_path):
    home = tmp_path / "Clients #2 100%"
    casedesk(home, "import", str(write_jsonl(tmp_path / "a.jsonl", [minimal_case("Hash", "Folder")])))
    snapshot = home / "snap #1.sqlite3"
    casedesk(home, "backup", "-o", str(snapshot))
    assert not Path(str(snapshot) + "-wal").exists()
    casedesk(home, "restore", str(snapshot))
    assert [r["family_name"] for r in listed(home)] == ["Folder"]


def test_update_replaces_a_client_from_its_exported_case_file_and_refuses_a_moved_version(data_dir, tmp_path):
    import json as _json

    case = tmp_path / "one.json"
    case.write_text(_json.dumps({"format": "casedesk.case/1", "client": {"given_names": "Ana", "family_name": "Uno"}}),
                    encoding="utf-8")
    [client] = _json.loads(casedesk(data_dir, "--json", "import", str(case)).stdout)["ids"]
    [row] = _json.loads(casedesk(data_dir, "--json", "list").stdout)
    assert (row["id"], row["version"]) == (client, 1)
    out = tmp_path / "out.json"
    exported = _json.loads(casedesk(data_dir, "--json", "export", str(client), "-o", str(out)).stdout)
    assert exported["clients"] == [{"id": client, "version": 1}]

    doc = _json.loads(out.read_text(encoding="utf-8"))
    doc["client"]["family_name"] = "Dos"
    out.write_text(_json.dumps(doc), encoding="utf-8")
    done = _json.loads(casedesk(data_dir, "--json", "update", str(client), str(out), "--if-version", "1").stdout)
    assert done == {"id": client, "version": 2}
    doc["client"]["family_name"] = "Tres"
    out.write_text(_json.dumps(doc), encoding="utf-8")
    stale = casedesk(data_dir, "update", str(client), str(out), "--if-version", "1", check=False)
    assert stale.returncode == 1
    assert f"client {client}: changed by" in stale.stderr and "version 2; yours was 1" in stale.stderr
    [row] = _json.loads(casedesk(data_dir, "--json", "list").stdout)
    assert (row["family_name"], row["version"]) == ("Dos", 2)  # the refused edit changed nothing
