"""How long the window stops painting during each long operation. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_stalls.py [--clients 5000] [--work DIR]
        [--ops import,reassess,letters,letter,encrypt,startup]

For each operation, a fresh process opens the window on a copy of an N-client caseload, a 50 ms
timer ticks on the GUI thread, and the operation is started the way a caseworker starts it (its
menu action, its dialog). The figure is the longest gap between ticks from the moment it starts
until its outcome has been handled (result dialog built, views refreshed): the longest time the
window could not repaint, and on for two seconds after it. The start-up is measured from
``app.start`` to the window's first paint, with policy data other than the stored deadlines'
(``--policy``), i.e. the start that recomputes every deadline; then the longest gap until that
recompute is done (and two seconds more). "Idle" is the same measure with nothing running: the
machine's own noise.

    import     File ▸ Import Case Files of N synthetic clients into an empty caseload
    reassess   Policy ▸ Re-assess Caseload after a policy change that moves every client's verdicts
    letters    Letters for Selection for the first 200 clients (the loaded page) of the caseload
    letter     Client ▸ Letter for a client the spousal letter fits: the dialog opens and its first
               preview (ReportLab and the fonts loaded cold, in this fresh process) is shown
    encrypt    File ▸ Encrypt the Caseload (the passphrase dialog filled in and confirmed)
    startup    the first start with new policy data (deadlines recomputed)

The script drives the window only through actions and dialogs an older CaseDesk has too, so the
same file measures an older tree: ``git archive OLD | tar -x -C /tmp/old`` then
``PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/bench_gui_stalls.py --work DIR``. The
N-client caseloads (imported, assessed, deadlines current) are made once in ``--work`` and copied
for each run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

TODAY = date(2026, 11, 21)
OPS = ("import", "reassess", "letters", "letter", "encrypt", "startup")
TICK_MS = 50
LETTERS = 200
IDLE_S = 3.0
AFTER_S = 2.0
PASSPHRASE = "benchmark passphrase 2026"


# --- the caseloads, made once ------------------------------------------------------------------

def prepare(work: Path, n: int) -> tuple[Path, Path]:
    """(the N-client JSON Lines file, a home folder whose caseload holds them, assessed, deadlines current)."""
    from synthetic import synthetic_cases

    work.mkdir(parents=True, exist_ok=True)
    source = work / f"clients-{n}.jsonl"
    if not source.exists():
        with open(source, "w", encoding="utf-8") as out:
            for doc in synthetic_cases(n, today=TODAY):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    base = work / f"base-{n}"
    if not (base / "ready").exists():
        shutil.rmtree(base, ignore_errors=True)
        from casedesk.clock import FixedClock
        from casedesk.config import resolve_paths
        from casedesk.policy.source import PolicySource
        from casedesk.services.bundle import Services
        from casedesk.services.casefiles import import_file
        from casedesk.services.workspace import open_workspace

        start = time.perf_counter()
        db = open_workspace(resolve_paths(base / "home"), clock=FixedClock(TODAY))
        services = Services(db, PolicySource.packaged())
        import_file(db, source, policy=services.policy, as_of=TODAY)
        services.assessments.reassess_all(TODAY)
        services.deadlines.ensure_current(TODAY)
        db.close()
        (base / "ready").write_text("")
        print(f"[made the {n:,}-client caseload in {time.perf_counter() - start:.0f} s]", flush=True)
    return source, base / "home"


def edited_policy_file(target: Path) -> Path:
    """The packaged policy data, another version: Haiti's TPS ends later, the self-employed program reopens."""
    shipped = Path(sys.modules["casedesk"].__file__).resolve().parents[2] / "resources" / "policy" / "policy.json"
    doc = json.loads(shipped.read_text(encoding="utf-8"))
    doc["version"] = doc["version"] + ".bench"
    for fact in doc["facts"]:
        if fact["until"] is None and fact["id"] == "tps.ht.designation_end":
            fact["value"] = "2027-08-03"
        if fact["until"] is None and fact["id"] == "program.self_employed.paused":
            fact["value"] = False
    target.write_text(json.dumps(doc), encoding="utf-8")
    return target


# --- one operation, in its own process ------------------------------------------------------------

class Ticks:
    """A 50 ms timer on the GUI thread; ``gap(t0, t1)`` is the longest stretch without a tick."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def gap(self, t0: float, t1: float) -> float:
        return self.worst(t0, t1)[0]

    def worst(self, t0: float, t1: float) -> tuple[float, float]:
        """(the longest stretch without a tick, when it began after ``t0``), in seconds."""
        points = [t0] + [t for t in self.times if t0 < t < t1] + [t1]
        return max((b - a, a - t0) for a, b in zip(points, points[1:]))


def spin(seconds: float, until=None) -> None:
    """Run the event loop (as ``app.exec`` would) for ``seconds``, or until ``until()`` is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + seconds
    check = QTimer(interval=20)
    check.timeout.connect(lambda: loop.quit() if time.perf_counter() > deadline or (until and until()) else None)
    check.start()
    loop.exec()
    check.stop()


def idle(window) -> bool:
    runner = getattr(window, "runner", None)  # the older window has none: its trigger returns when done
    return runner is None or not runner.busy


def open_window(home: Path, *, backups=None):
    from casedesk.clock import FixedClock
    from casedesk.config import resolve_paths
    from casedesk.policy.source import PolicySource
    from casedesk.services.bundle import Services
    from casedesk.services.workspace import open_workspace
    from casedesk.ui.main_window import MainWindow

    db = open_workspace(resolve_paths(home), clock=FixedClock(TODAY))
    window = MainWindow(Services(db, PolicySource.packaged()), None, FixedClock(TODAY), backups=backups)
    window.resize(1100, 700)
    window.show()
    return window, db


def run_op(window, trigger, timeout: float) -> dict:
    ticks = Ticks()
    spin(0.3)
    idle_from = time.perf_counter()
    spin(IDLE_S)  # the machine's own noise: the same window, nothing running
    t0 = time.perf_counter()
    trigger()
    spin(timeout, lambda: idle(window))
    t1 = time.perf_counter()
    spin(AFTER_S)  # what comes after the end counts too (the postponed garbage collection, a second later)
    gap, at = ticks.worst(t0, time.perf_counter())
    return {"max_gap_ms": gap * 1000, "gap_at_s": at, "idle_gap_ms": ticks.gap(idle_from, t0) * 1000,
            "seconds": t1 - t0,
            "ticks": sum(1 for t in ticks.times if t0 < t < t1)}


def one(op: str, home: Path, source: Path, scratch: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from casedesk.ui import dialogs

    app = QApplication.instance() or QApplication([sys.argv[0]])
    dialogs.Notice.info = staticmethod(lambda *a, **k: None)
    dialogs.Notice.warn = staticmethod(lambda *a, **k: None)
    if op == "startup":
        return startup(app, home, scratch)
    window, db = open_window(home)
    try:
        if op == "import":
            dialogs.CaseFileChooser.open_path = staticmethod(lambda parent: source)
            out = run_op(window, window.act_import.trigger, 7200)
            out["check"] = f"clients now {window.clients.count():,}"
        elif op == "reassess":
            from casedesk.domain.policydata import PolicyFact
            from casedesk.ui.reassess_view import ReassessDialog

            ReassessDialog.exec = lambda self: 0  # built (its cost counts), not waited on
            policy = window.policy.current
            fact = policy.find("program.self_employed.paused", TODAY)
            window.policy.replace(policy.with_fact(PolicyFact(
                "program.self_employed.paused", fact.title, False, date(2026, 11, 1), None, "bench", "", "S", None,
                ""), version=policy.version + ".bench"))
            out = run_op(window, window.act_reassess.trigger, 7200)
            commands = getattr(window, "commands", None)
            report = commands.assessments.last_reassess if commands else window.last_reassess
            out["check"] = f"re-assessed {report.clients:,}, changed {len(report.changed):,}"
        elif op == "letters":
            from casedesk.ui import letter_dialog

            letter_dialog.BatchLetterOptions.ask = staticmethod(
                lambda count, parent=None: ("spousal_sponsorship", "en"))
            folder = scratch / "letters"
            folder.mkdir()
            letter_dialog.LetterFileChooser.folder = staticmethod(lambda parent, start=None: folder)
            window.table.selectAll()
            out = run_op(window, window.act_batch_letters.trigger, 7200)
            out["check"] = f"{len(window.selected_ids())} selected, {len(list(folder.glob('*.pdf')))} PDFs"
        elif op == "letter":
            from casedesk.ui.letter_dialog import LetterDialog

            cid = next(cid for cid in (window.model.client_id(r) for r in range(window.model.rowCount()))
                       if _fits(window.services.letters, cid))
            window.select_client(cid)
            shown = []

            def preview_then_close(dialog) -> int:
                dialog.show()
                spin(120, lambda: dialog.document.pageCount() >= 1 and not getattr(dialog, "pending", False))
                shown.append(dialog.document.pageCount())
                return 0

            LetterDialog.exec = preview_then_close
            out = run_op(window, window.act_letter.trigger, 120)
            out["check"] = f"preview of {shown[0] if shown else 0} page(s) shown"
        elif op == "encrypt":
            from casedesk.ui import encryption_dialogs

            encryption_dialogs.RecoveryKeyDialog.ask = classmethod(lambda cls, key, parent=None: None)

            def fill_in():
                dialog = next((w for w in QApplication.topLevelWidgets()
                               if isinstance(w, encryption_dialogs.PassphraseDialog) and w.isVisible()), None)
                if dialog is None:
                    from PySide6.QtCore import QTimer

                    QTimer.singleShot(50, fill_in)
                    return
                dialog.new.setText(PASSPHRASE)
                dialog.again.setText(PASSPHRASE)
                dialog.ok_button.click()

            from PySide6.QtCore import QTimer

            QTimer.singleShot(300, fill_in)
            out = run_op(window, window.act_encrypt.trigger, 7200)
            out["check"] = f"encrypted: {db.encrypted}"
        else:
            raise SystemExit(f"unknown operation {op}")
        return out
    finally:
        window.close()
        db.close()


def startup(app, home: Path, scratch: Path) -> dict:
    from PySide6.QtCore import QEvent, QObject

    from casedesk import app as casedesk_app
    from casedesk.arguments import parse
    from casedesk.services.backups import BackupService
    from casedesk.ui.upcoming import MorningSummaryDialog

    MorningSummaryDialog.show_for = staticmethod(lambda *a, **k: False)
    backup_seconds = []
    take = BackupService.take

    def timed_take(self, reason, now):
        t = time.perf_counter()
        try:
            return take(self, reason, now)
        finally:
            backup_seconds.append(time.perf_counter() - t)

    BackupService.take = timed_take
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    policy = edited_policy_file(scratch / "policy.json")
    ticks = Ticks()
    t0 = time.perf_counter()
    started = casedesk_app.start(parse(["--data-dir", str(home), "--policy", str(policy),
                                        "--as-of", TODAY.isoformat()]))
    assert isinstance(started, casedesk_app.Started), started
    try:
        started.show()
        spin(600, lambda: bool(painted))
        t1 = painted[0] if painted else time.perf_counter()
        spin(7200, lambda: idle(started.window))
        t2 = time.perf_counter()
        spin(AFTER_S)
        return {"first_paint_s": t1 - t0, "startup_backup_s": sum(backup_seconds),
                "max_gap_ms": ticks.gap(t1, time.perf_counter()) * 1000, "seconds": t2 - t0,
                "check": f"recompute done {t2 - t0:.1f} s after launch"}
    finally:
        started.window.close()
        started.close()


# --- the runs ---------------------------------------------------------------------------------------

def _fits(letters, cid: int) -> bool:
    try:
        letters.content(cid, "spousal_sponsorship", "en", TODAY)
        return True
    except Exception:  # noqa: BLE001 - the letter does not fit this client: try the next
        return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "casedesk-stalls")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.one:
        result = one(opts.one, opts.home, opts.source, opts.home.parent)
        print("RESULT " + json.dumps(result), flush=True)
        os._exit(0)  # PySide6 6.12 may crash while tearing down at exit (seen on the older tree too)

    source, base = prepare(opts.work, opts.clients)
    import casedesk

    print(f"CaseDesk from {Path(casedesk.__file__).parent}, {opts.clients:,} clients; "
          f"longest GUI-thread stall (max gap between {TICK_MS} ms ticks)")
    for op in opts.ops.split(","):
        scratch = Path(tempfile.mkdtemp(prefix=f"stall-{op}-", dir=opts.work))
        try:
            home = scratch / "home"
            if op == "import":
                home.mkdir(parents=True)
            else:
                shutil.copytree(base, home)
            proc = subprocess.run([sys.executable, __file__, "--one", op, "--home", str(home), "--source",
                                   str(source)], capture_output=True, text=True, env=os.environ.copy())
            lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
            if proc.returncode or not lines:
                print(f"  {op:<9} failed (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
                continue
            r = json.loads(lines[-1][len("RESULT "):])
            if op == "startup":
                print(f"  {op:<9} launch to first paint {r['first_paint_s']:.2f} s (the start-up backup took "
                      f"{r['startup_backup_s']:.2f} s); then longest stall {r['max_gap_ms']:.0f} ms; {r['check']}")
            else:
                print(f"  {op:<9} longest stall {r['max_gap_ms']:>7.0f} ms (at {r['gap_at_s']:.1f} s of "
                      f"{r['seconds']:.1f} s; idle before: {r['idle_gap_ms']:.0f} ms)   {r['check']}")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
