"""CaseDesk is offline: client data never leaves the machine, so nothing may open a connection.

The ``no_network`` fixture refuses every network call that Python code can make, at two levels:
the ``socket`` module's functions and methods are replaced (``connect``, ``connect_ex``,
``create_connection``, ``getaddrinfo`` and the other name look-ups, ``sendto``), and an audit
hook catches what bypasses them (``_socket`` used directly). A refused call raises
``NetworkAttempt``, a ``BaseException`` so that an application's ``except Exception`` cannot
swallow it, and is also recorded: the test fails at teardown even if something caught it.
Unix-domain sockets (a path, not a host) are allowed.

What this cannot see: sockets opened by C++ code (Qt) without Python. The GUI test adds two
checks for that: ``QtNetwork`` is never imported, and no internet socket is left open in the
process (read from ``/proc`` on Linux).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from helpers import minimal_case, shipped, wait_idle

TODAY = date(2026, 11, 21)


class NetworkAttempt(BaseException):
    """A network call in a test that must make none."""


def _is_unix_path(sock_family: Any, address: Any) -> bool:
    unix = getattr(socket, "AF_UNIX", None)
    return unix is not None and sock_family == unix and isinstance(address, (str, bytes, bytearray, os.PathLike))


class NetworkGuard:
    """Refuses network calls while active; ``attempts`` lists what was refused."""

    _active: NetworkGuard | None = None
    _hook_installed = False

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise NetworkAttempt(f"network call in an offline app: {what}")

    # -- the audit hook: Python's own socket events, whatever object made them ---------------

    @classmethod
    def _audit(cls, event: str, args: tuple) -> None:
        guard = cls._active
        if guard is None or not event.startswith("socket."):
            return
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            sock, address = args[0], args[1]
            if address is None or _is_unix_path(sock.family, address):
                return
            guard.refuse(f"{event}({address!r})")
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                       "socket.getnameinfo"):
            guard.refuse(f"{event}{args!r}")

    @contextmanager
    def active(self) -> Iterator[NetworkGuard]:
        """Patch the socket module and switch the audit hook on; fail on leaving if anything was tried."""
        if not NetworkGuard._hook_installed:
            sys.addaudithook(NetworkGuard._audit)  # cannot be removed; inert while no guard is active
            NetworkGuard._hook_installed = True
        real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
        real_sendto = socket.socket.sendto

        def connect(sock, address):
            if not _is_unix_path(sock.family, address):
                self.refuse(f"socket.connect({address!r})")
            return real_connect(sock, address)

        def connect_ex(sock, address):
            if not _is_unix_path(sock.family, address):
                self.refuse(f"socket.connect_ex({address!r})")
            return real_connect_ex(sock, address)

        def sendto(sock, data, *rest):
            address = rest[-1]
            if not _is_unix_path(sock.family, address):
                self.refuse(f"socket.sendto({address!r})")
            return real_sendto(sock, data, *rest)

        def refuse_call(name: str):
            return lambda *args, **kwargs: self.refuse(f"socket.{name}{args!r}")

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(socket.socket, "connect", connect)
            mp.setattr(socket.socket, "connect_ex", connect_ex)
            mp.setattr(socket.socket, "sendto", sendto)
            for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                         "gethostbyaddr", "getnameinfo", "getfqdn"):
                mp.setattr(socket, name, refuse_call(name))
            previous, NetworkGuard._active = NetworkGuard._active, self
            try:
                yield self
            finally:
                NetworkGuard._active = previous
        if self.attempts:
            pytest.fail("network connections were attempted: " + "; ".join(self.attempts), pytrace=False)


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    with NetworkGuard().active() as guard:
        yield guard


def _open_inet_sockets() -> set[str]:
    """Internet sockets this process holds open (Linux; empty elsewhere)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return set()
    inodes = set()
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    found = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            rows = Path("/proc/self/net", table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if len(cols) > 9 and cols[9] in inodes:
                found.add(f"{table} {cols[1]} -> {cols[2]}")
    return found


# --- the guard itself ------------------------------------------------------------------------

def test_the_guard_catches_a_real_connection_attempt(no_network):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        with pytest.raises(NetworkAttempt, match="127.0.0.1"):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(NetworkAttempt):
            sock.connect_ex(("127.0.0.1", 9))
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("localhost", 9)
    with pytest.raises(NetworkAttempt):
        socket.gethostbyname("example.org")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(NetworkAttempt):
        udp.sendto(b"x", ("127.0.0.1", 9))
    import _socket  # below the patched Python class: the audit hook answers

    raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAttempt):
            raw.connect(("127.0.0.1", 9))
    finally:
        raw.close()
    assert len(no_network.attempts) == 7
    assert all("127.0.0.1" in a or "localhost" in a or "example.org" in a for a in no_network.attempts)
    no_network.attempts.clear()  # refused on purpose: this test must not fail at teardown


def test_an_attempt_the_code_swallows_still_fails_the_test():
    guard = NetworkGuard()
    original = socket.socket.connect
    with pytest.raises(pytest.fail.Exception, match="127.0.0.1"):
        with guard.active():
            with socket.socket() as sock:
                try:
                    sock.connect(("127.0.0.1", 9))
                except BaseException:  # noqa: BLE001 - the point: code that hides the attempt
                    pass
    assert socket.socket.connect is original and "connect" not in vars(socket.socket)  # restored on leaving
    assert NetworkGuard._active is None


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix-domain sockets here")
def test_the_guard_lets_unix_sockets_through(no_network):
    with tempfile.TemporaryDirectory() as folder:  # short: a socket path has a length limit
        path = os.path.join(folder, "s")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(path)
            server.listen(1)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.connect(path)
                peer, _ = server.accept()
                with peer:
                    client.sendall(b"ok")
                    assert peer.recv(2) == b"ok"
    assert no_network.attempts == []


# --- the command line --------------------------------------------------------------------------

@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The CLI adds a log file handler to the root logger; take it away again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_command_line_flows_make_no_connection(no_network, restore_logging, tmp_path, capsys, spec_case):
    from casedesk.cli import main

    home = tmp_path / "home"
    before = _open_inet_sockets()

    def casedesk(*args: str) -> str:
        code = main([*args, "--data-dir", str(home)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "internal error" not in err
        return out

    case = tmp_path / "case.json"
    case.write_text(json.dumps(spec_case, ensure_ascii=False), encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(minimal_case(f"G{i}", f"F{i}")) + "\n" for i in range(3)), encoding="utf-8")

    assert json.loads(casedesk("import", str(case), "--json", "--as-of", TODAY.isoformat()))["id"] == 1
    assert json.loads(casedesk("import", str(batch), "--json"))["count"] == 3
    assert len(json.loads(casedesk("list", "--json"))) == 4
    assessed = json.loads(casedesk("assess", "1", "--as-of", TODAY.isoformat(), "--json"))
    assert len(assessed["pathways"]) == 14
    assert len(json.loads(casedesk("assess", str(case), "--as-of", TODAY.isoformat(), "--json"))["pathways"]) == 14
    casedesk("crs", str(case), "--as-of", TODAY.isoformat(), "--json")
    casedesk("deadlines", "1", "--as-of", TODAY.isoformat(), "--json")
    upcoming = json.loads(casedesk("upcoming", "--within", "3650", "--as-of", TODAY.isoformat(), "--json"))
    assert upcoming and all(item["client_id"] == 1 for item in upcoming)
    calendar = tmp_path / "deadlines.ics"
    casedesk("ics", "-o", str(calendar), "--as-of", TODAY.isoformat())
    assert calendar.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    letter = tmp_path / "letter.pdf"
    casedesk("letter", "1", "--kind", "spousal_sponsorship", "--lang", "fr", "-o", str(letter),
             "--as-of", TODAY.isoformat())
    assert letter.read_bytes().startswith(b"%PDF")
    casedesk("export", "--all", "-o", str(tmp_path / "all.jsonl"))
    casedesk("reassess", "--as-of", TODAY.isoformat())
    casedesk("policy", "--as-of", TODAY.isoformat())
    backup = tmp_path / "backup.sqlite3"
    casedesk("backup", "-o", str(backup))
    assert backup.stat().st_size > 0
    casedesk("restore", str(backup))

    assert no_network.attempts == []
    assert _open_inet_sockets() <= before


# --- the desktop app -------------------------------------------------------------------------

def test_desktop_flows_make_no_connection(no_network, qtbot, db, monkeypatch, tmp_path):
    from casedesk.clock import FixedClock
    from casedesk.services.bundle import Services
    from casedesk.services.demo import seed_demo
    from casedesk.services.letters import LetterService
    from casedesk.ui import dialogs, errors
    from casedesk.ui.letter_dialog import LetterDialog
    from casedesk.ui.main_window import MainWindow
    from casedesk.ui.results import ResultsDialog
    from casedesk.ui.upcoming import MorningSummaryDialog

    had_qtnetwork = "PySide6.QtNetwork" in sys.modules
    before = _open_inet_sockets()
    shown: list[tuple[str, Any]] = []
    problems: list[str] = []

    def results_exec(dialog: ResultsDialog) -> int:
        shown.append(("routes", dialog.windowTitle()))
        return 0

    def letter_exec(dialog: LetterDialog) -> int:
        qtbot.waitUntil(lambda: not dialog.pending, timeout=60_000)  # rendered on the window's worker
        assert dialog.pdf is not None, dialog.error.text()  # the PDF is rendered and shown in the preview
        shown.append(("letter", dialog.document.pageCount()))
        return 0

    monkeypatch.setattr(ResultsDialog, "exec", results_exec)
    monkeypatch.setattr(LetterDialog, "exec", letter_exec)
    monkeypatch.setattr(MorningSummaryDialog, "show_for",
                        staticmethod(lambda parent, summary, top, today=None, **_k: shown.append(("summary", len(top)))
                                     or False))
    monkeypatch.setattr(dialogs.Notice, "warn", staticmethod(lambda parent, title, text: problems.append(text)))
    monkeypatch.setattr(errors.CrashDialog, "exec", lambda self: problems.append(self.details.toPlainText()))
    monkeypatch.setattr(dialogs.ConfirmExport, "ask", staticmethod(lambda parent: True))
    monkeypatch.setattr(dialogs.CaseFileChooser, "save_calendar_path",
                        staticmethod(lambda parent: tmp_path / "deadlines.ics"))

    seed_demo(db, TODAY, shipped())
    window = MainWindow(Services(db, shipped()), None, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() >= 40

    window.act_upcoming.trigger()
    assert window.tabs.currentWidget() is window.upcoming
    assert window.upcoming.model.rowCount() > 0
    window.act_summary.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy)  # today's summary is read on the window's worker

    service = LetterService(db, shipped())
    client = None
    for row in range(window.model.rowCount()):
        cid = window.model.client_id(row)
        try:
            service.content(cid, "spousal_sponsorship", "en", TODAY)
        except Exception:  # noqa: BLE001 - this client has no Canadian partner; try the next
            continue
        client = cid
        break
    assert client is not None, "the demo caseload has a client married to a Canadian"
    window.tabs.setCurrentIndex(0)
    assert window.select_client(client)
    window.act_routes.trigger()
    window.act_letter.trigger()
    window.act_ics.trigger()
    wait_idle(qtbot, window)  # the calendar is written on the worker
    assert (tmp_path / "deadlines.ics").exists()

    kinds = [kind for kind, _ in shown]
    assert "summary" in kinds and kinds[-2:] == ["routes", "letter"], kinds
    assert dict(shown)["letter"] >= 1
    assert problems == []
    assert no_network.attempts == []
    assert had_qtnetwork or "PySide6.QtNetwork" not in sys.modules, "the app loaded Qt's network module"
    assert _open_inet_sockets() <= before
