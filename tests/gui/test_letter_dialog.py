"""The letter dialog for a demo client: preview, save, and the client's file shows the letter."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from casedesk.services.filenames import client_stem
from casedesk.services.letters import LetterService
from casedesk.ui import letter_dialog
from casedesk.ui.letter_dialog import LetterDialog

from helpers import shipped, wait_idle
from test_operations import Ticks
from widgets import choose, window_with_spouse_client

TODAY = date(2026, 11, 21)


def previewed(qtbot, dialog: LetterDialog) -> bool:
    """Wait for the current choice's preview (rendered on the worker): whether it shows a letter."""
    qtbot.waitUntil(lambda: not dialog.pending, timeout=60_000)
    return dialog.pdf is not None and dialog.save_button.isEnabled()


def test_dialog_previews_saves_and_records(qtbot, db, tmp_path, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY)
    dialog = LetterDialog(LetterService(db, shipped()), cid, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert previewed(qtbot, dialog)
    assert dialog.document.pageCount() >= 1
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(letter_dialog.LetterFileChooser, "save_path", staticmethod(lambda parent, s: target))
    monkeypatch.setattr(letter_dialog.ConfirmUnsigned, "ask", staticmethod(lambda parent: True))
    monkeypatch.setattr(letter_dialog.LetterSaved, "ask", staticmethod(lambda parent, path: None))
    dialog.save()
    assert w.runner.busy and w.runner.label == "Saving the letter…"  # written on the worker, not the GUI thread
    assert not dialog.close_button.isEnabled() and not dialog.kind.isEnabled()  # the choices wait meanwhile
    wait_idle(qtbot, w)
    assert dialog.saved == target and target.exists()
    assert "Objet" in " ".join(p.extract_text() for p in PdfReader(target).pages)
    history = LetterService(db, shipped()).history(cid)
    assert [(h.kind, h.language, h.file_name) for h in history] == [("spousal_sponsorship", "fr", "letter.pdf")]
    again = LetterDialog(LetterService(db, shipped()), cid, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(again)
    assert again.history.count() == 1 and "letter.pdf" in again.history.item(0).text()
    # the assessment the letter quotes: the demo's own of today, reused (same day, policy and facts)
    [past] = w.services.assessments.past(cid)
    assert history[0].assessment_id == past.id
    assert again.history.item(0).text().endswith(f"letter.pdf · assessment {past.id}, policy data "
                                                 f"{past.policy_version}")


def test_a_letter_that_does_not_fit_shows_why_in_the_dialog(qtbot, db):
    w, _ = window_with_spouse_client(qtbot, db, TODAY)
    service = LetterService(db, shipped())
    single = next(w.model.client_id(r) for r in range(w.model.rowCount())
                  if not _fits(service, w.model.client_id(r)))
    dialog = LetterDialog(service, single, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.preview()
    assert not previewed(qtbot, dialog)
    assert dialog.error.text() and not dialog.save_button.isEnabled()


def _fits(service, cid) -> bool:
    try:
        service.content(cid, "spousal_sponsorship", "en", TODAY)
        return True
    except Exception:
        return False


def test_batch_letters_from_the_window(qtbot, db, tmp_path, monkeypatch):
    w, _ = window_with_spouse_client(qtbot, db, TODAY)
    w.table.selectAll()
    monkeypatch.setattr(letter_dialog.BatchLetterOptions, "ask",
                        staticmethod(lambda count, parent=None: ("spousal_sponsorship", "en")))
    offered = []
    monkeypatch.setattr(letter_dialog.LetterFileChooser, "folder",
                        staticmethod(lambda parent, start=None: offered.append(start) or tmp_path))
    from casedesk.ui import dialogs
    reports = []
    monkeypatch.setattr(dialogs.Notice, "info", staticmethod(lambda parent, title, text: reports.append(text)))
    w.act_batch_letters.trigger()
    assert w.runner.busy and w.runner.label == "Writing letters…"  # the PDFs are written on the worker
    wait_idle(qtbot, w)
    result = w.commands.letters.last_batch
    assert offered == [letter_dialog.LettersFolder.default()]  # Documents/CaseDesk letters, not the working folder
    assert result.produced and result.skipped  # some demo clients have no Canadian partner
    assert len(result.produced) + len(result.skipped) == w.model.rowCount()
    assert sorted(Path(p).name for p in tmp_path.glob("*.pdf")) == sorted(r.file_name for r in result.produced)
    # Files and the report name clients by name (the report with the file number), never "2818: client 2818:".
    for record in result.produced:
        facts = w.clients.get(record.client_id).facts
        assert record.file_name.startswith(client_stem(facts.client.given_names, facts.client.family_name,
                                                       record.client_id) + "_spousal-sponsorship_2026-")
        assert record.file_name.isascii() and record.file_name.endswith("_en.pdf")
    first_id, _why = result.skipped[0]
    lines = reports[0].splitlines()
    assert lines[0].startswith(f"{w.clients.display_name(first_id)} (no. {first_id}): ")
    assert not any(f"client {cid}:" in reports[0] for cid, _ in result.skipped)


def test_the_dialog_previews_at_once_and_offers_only_the_letters_that_fit(qtbot, db):
    w, cid = window_with_spouse_client(qtbot, db, TODAY)
    dialog = LetterDialog(LetterService(db, shipped()), cid, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1)  # no Preview press needed
    assert dialog.save_button.isEnabled()
    assert dialog.kind.currentData() == "spousal_sponsorship"
    # The citizenship letter does not fit this client: not offered, and the reason said in words.
    index = dialog.kind.findData("citizenship_certificate")
    assert not dialog.kind.model().item(index).isEnabled()
    text = dialog.not_offered.text()
    assert text.startswith("Not offered: Citizenship certificate referral (") and "citizenship_by_descent" not in text
    assert "client " not in text


def test_a_client_no_letter_fits_cannot_save_one(qtbot, db):
    w, _ = window_with_spouse_client(qtbot, db, TODAY)
    service = LetterService(db, shipped())
    single = next(w.model.client_id(r) for r in range(w.model.rowCount())
                  if not _fits(service, w.model.client_id(r))
                  and not _fits_kind(service, w.model.client_id(r), "citizenship_certificate"))
    dialog = LetterDialog(service, single, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "No letter fits this client yet."
    assert "spousal_sponsorship" not in dialog.not_offered.text() and "client." not in dialog.not_offered.text()


def _fits_kind(service, cid, kind) -> bool:
    try:
        service.content(cid, kind, "en", TODAY)
        return True
    except Exception:
        return False


def test_an_unsigned_letter_is_not_saved_without_a_word(qtbot, db, tmp_path, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY)
    service = LetterService(db, shipped())
    assert not service.letterhead().caseworker_name  # Settings are empty
    dialog = LetterDialog(service, cid, "Client", lambda: TODAY, runner=w.runner)
    qtbot.addWidget(dialog)
    assert previewed(qtbot, dialog)
    asked = []
    monkeypatch.setattr(letter_dialog.ConfirmUnsigned, "ask", staticmethod(lambda parent: asked.append(1) or False))
    monkeypatch.setattr(letter_dialog.LetterFileChooser, "save_path",
                        staticmethod(lambda parent, s: tmp_path / "x.pdf"))
    dialog.save()
    assert asked == [1] and dialog.saved is None and not (tmp_path / "x.pdf").exists()


def test_after_saving_the_letter_opens_or_shows_its_folder_and_the_folder_is_remembered(
        qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    w, cid = window_with_spouse_client(qtbot, db, TODAY)
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    opened = []
    monkeypatch.setattr(letter_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    monkeypatch.setattr(letter_dialog.ConfirmUnsigned, "ask", staticmethod(lambda parent: True))
    offered = []
    monkeypatch.setattr(letter_dialog.LetterFileChooser, "save_path",
                        staticmethod(lambda parent, s: offered.append(s) or tmp_path / "out" / s.name))
    (tmp_path / "out").mkdir()
    for choice, expected in ((letter_dialog.LetterSaved.OPEN, "file"), (letter_dialog.LetterSaved.FOLDER, "dir")):
        monkeypatch.setattr(letter_dialog.LetterSaved, "ask", staticmethod(lambda parent, path, c=choice: c))
        dialog = LetterDialog(LetterService(db, shipped()), cid, "Client", lambda: TODAY, settings=settings,
                              runner=w.runner)
        qtbot.addWidget(dialog)
        assert previewed(qtbot, dialog)
        dialog.save()
        wait_idle(qtbot, w)
        assert dialog.saved is not None and dialog.saved.exists()
        url = opened[-1]
        assert url.isLocalFile()
        assert Path(url.toLocalFile()) == (dialog.saved if expected == "file" else dialog.saved.parent)
    # The first save was offered the default folder (Documents/CaseDesk letters), never the working folder;
    # the second, the folder the first was saved in.
    assert offered[0].parent == letter_dialog.LettersFolder.default()
    assert offered[0].parent.name == "CaseDesk letters" and offered[0].parent != Path.cwd()
    assert offered[1].parent == tmp_path / "out"
    assert QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat).value("letters/folder") == \
        str(tmp_path / "out")


class HeldRenders:
    """Stands in for ``LetterService.pdf``: records each render's language and thread, and holds it
    until the test releases it, so that what the window does meanwhile can be watched."""

    def __init__(self, service: LetterService, monkeypatch):
        self.real = service.pdf
        self.release = threading.Event()
        self.languages: list[str] = []
        self.on_gui_thread: list[bool] = []
        monkeypatch.setattr(service, "pdf", self)

    def __call__(self, client_id, kind, language, as_of, **kwargs) -> bytes:
        self.languages.append(language)
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert self.release.wait(30), "the test never released the render"
        return self.real(client_id, kind, language, as_of, **kwargs)


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_renders_on_the_worker_while_the_dialog_keeps_ticking_and_says_so(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    service = LetterService(db, shipped())
    held = HeldRenders(service, monkeypatch)
    ticks = Ticks()
    dialog = LetterDialog(service, cid, "Client", lambda: TODAY, w, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: held.languages == ["en"])  # the first render has begun, at once
    assert held.on_gui_thread == [False]
    # While it is held on the worker, the GUI thread's timer keeps ticking and the dialog says it is working.
    before = len(ticks.times)
    qtbot.waitUntil(lambda: len(ticks.times) >= before + 3)
    assert dialog.pending and not dialog.save_button.isEnabled()
    assert dialog.progress.isVisible() and dialog.progress.label.text() == "Preparing preview…"
    assert dialog.document.pageCount() == 0
    shown = []
    dialog.previewed.connect(shown.append)
    held.release.set()
    qtbot.waitUntil(lambda: shown == [True], timeout=60_000)
    assert dialog.document.pageCount() >= 1 and dialog.save_button.isEnabled()
    assert not dialog.progress.isVisible() and not dialog.pending
    assert "Subject" in _text(dialog.pdf)


def test_quick_switching_ends_on_the_last_choices_preview(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    service = LetterService(db, shipped())
    held = HeldRenders(service, monkeypatch)
    dialog = LetterDialog(service, cid, "Client", lambda: TODAY, w, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: held.languages == ["en"])
    shown = []
    dialog.previewed.connect(shown.append)
    for language in ("fr", "en", "fr"):  # faster than a render
        choose(dialog.language, language)
    held.release.set()
    qtbot.waitUntil(lambda: not dialog.pending, timeout=60_000)
    wait_idle(qtbot, w)
    # The English render under way was dropped; of the three choices after it only the last was rendered.
    assert held.languages == ["en", "fr"]
    assert shown == [True]
    text = _text(dialog.pdf)
    assert "Objet" in text and "Subject" not in text
    assert dialog.document.pageCount() >= 1 and dialog.save_button.isEnabled()


def test_closing_while_the_preview_renders_drops_it(qtbot, db, monkeypatch):
    w, cid = window_with_spouse_client(qtbot, db, TODAY, show=True)
    service = LetterService(db, shipped())
    held = HeldRenders(service, monkeypatch)
    dialog = LetterDialog(service, cid, "Client", lambda: TODAY, w, runner=w.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: held.languages == ["en"])
    shown = []
    dialog.previewed.connect(shown.append)
    dialog.reject()
    held.release.set()
    wait_idle(qtbot, w)
    assert shown == [] and dialog.pdf is None and dialog.document.pageCount() == 0
