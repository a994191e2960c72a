"""Encryption from the window: unlocking at start, the first-start offer, the File menu actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.services import encryption
from casedesk.services.backups import BackupService
from casedesk.services.bundle import Services
from casedesk.services.clients import ClientService
from casedesk.services.demo import seed_demo
from casedesk.services.keystore import MemoryKeystore
from casedesk.services.workspace import open_workspace
from casedesk.storage.keys import Kdf, WrongPassphrase, key_file_for
from casedesk.ui import encryption_dialogs
from casedesk.ui.encryption_dialogs import (
    ConfirmDecrypt, OfferEncryption, PassphraseDialog, RecoveryKeyDialog, UnlockDialog, open_caseload,
)
from casedesk.ui.main_window import MainWindow

from helpers import fixed_clock, shipped

TODAY = date(2026, 11, 21)
PASS = "violet lantern quarry mosaic"
HEADER = b"SQLite format 3\x00"


@pytest.fixture
def encrypted_home(data_dir):
    """A closed, encrypted demo caseload: (paths, recovery key)."""
    paths = resolve_paths(data_dir)
    db = open_workspace(paths, clock=fixed_clock())
    seed_demo(db, TODAY, shipped())
    report = encryption.encrypt(db, PASS, kdf=Kdf(n=2 ** 10))
    report.recovery_key_shown()
    db.close()
    return paths, report.recovery_key


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, encrypted_home):
    paths, _recovery = encrypted_home
    dialog = UnlockDialog(lambda secret: encryption.unlock(paths.database_file, secret), can_remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(QLineEdit, "passphrase")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.findChild(QCheckBox, "remember").isVisible()
    qtbot.keyClicks(field, "not the passphrase")
    qtbot.mouseClick(dialog.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.key is None
    error = dialog.findChild(QLabel, "error")
    assert error.text() == "Wrong passphrase or recovery key. Try again."
    assert error.height() >= error.heightForWidth(error.width())  # the message whole, not clipped
    assert field.text() == ""
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == UnlockDialog.DialogCode.Accepted
    db = open_workspace(paths, key=dialog.key, clock=fixed_clock())
    try:
        assert len(ClientService(db, shipped()).all_ids()) == 58
    finally:
        db.close()


def test_unlock_dialog_takes_the_recovery_key_shown_in_clear(qtbot, encrypted_home):
    paths, recovery = encrypted_home
    dialog = UnlockDialog(lambda secret: encryption.unlock(paths.database_file, secret), can_remember=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QCheckBox, "remember").isVisible()
    dialog.findChild(QCheckBox, "use-recovery").setChecked(True)
    field = dialog.findChild(QLineEdit, "passphrase")
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert len(recovery) == 47
    assert field.width() >= field.fontMetrics().horizontalAdvance(recovery)  # all 47 characters in view
    qtbot.keyClicks(field, recovery.lower())
    dialog.findChild(QCheckBox, "remember").setChecked(True)
    dialog.accept()
    assert dialog.key == encryption.unlock(paths.database_file, PASS)


def test_quit_at_the_unlock_prompt_opens_nothing(qtbot, encrypted_home, monkeypatch):
    paths, _ = encrypted_home
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, unlock, can_remember, parent=None: None))
    assert open_caseload(paths, MemoryKeystore(available=False), clock=fixed_clock()) is None


def test_remember_on_this_computer_then_no_prompt(qtbot, encrypted_home, monkeypatch):
    paths, _ = encrypted_home
    keystore = MemoryKeystore()
    asked = []

    def answer(cls, unlock, can_remember, parent=None):
        asked.append(can_remember)
        with pytest.raises(WrongPassphrase):
            unlock("wrong passphrase")
        return unlock(PASS), True

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(answer))
    db = open_caseload(paths, keystore, clock=fixed_clock())
    db.close()
    assert asked == [True] and len(keystore.entries) == 1
    db = open_caseload(paths, keystore, clock=fixed_clock())  # remembered: no dialog this time
    try:
        assert asked == [True] and db.encrypted and len(ClientService(db, shipped()).all_ids()) == 58
    finally:
        db.close()
    # A remembered key that no longer matches the key file is not used.
    keystore.entries = {k: bytes(32) for k in keystore.entries}
    db = open_caseload(paths, keystore, clock=fixed_clock())
    db.close()
    assert asked == [True, True]


def test_no_keyring_no_remember_option(qtbot, encrypted_home, monkeypatch):
    paths, _ = encrypted_home
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(
        lambda cls, unlock, can_remember, parent=None: asked.append(can_remember) or (unlock(PASS), True)))
    keystore = MemoryKeystore(available=False)
    open_caseload(paths, keystore, clock=fixed_clock()).close()
    assert asked == [False] and keystore.entries == {}


def test_first_start_offers_encryption_and_shows_the_recovery_key(qtbot, data_dir, monkeypatch):
    paths = resolve_paths(data_dir)
    shown = []
    monkeypatch.setattr(OfferEncryption, "ask", staticmethod(lambda apply, parent=None: apply(None, PASS)))
    monkeypatch.setattr(RecoveryKeyDialog, "ask", classmethod(lambda cls, key, parent=None: shown.append(key)))
    db = open_caseload(paths, None, clock=fixed_clock())
    try:
        assert db.encrypted and len(shown) == 1
    finally:
        db.close()
    assert paths.database_file.read_bytes()[:16] != HEADER
    assert encryption.unlock(paths.database_file, shown[0]) == encryption.unlock(paths.database_file, PASS)


def test_first_start_skipped_is_not_asked_again(qtbot, data_dir, monkeypatch):
    paths = resolve_paths(data_dir)
    offers = []
    monkeypatch.setattr(OfferEncryption, "ask", staticmethod(lambda apply, parent=None: offers.append(1)))
    open_caseload(paths, None, clock=fixed_clock()).close()
    open_caseload(paths, None, clock=fixed_clock()).close()
    assert offers == [1] and paths.database_file.read_bytes()[:16] == HEADER


def test_recovery_key_dialog_needs_stored_and_copies(qtbot):
    dialog = RecoveryKeyDialog("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QPushButton, "ok")
    assert not ok.isEnabled()
    dialog.reject()  # Escape: refused until stored
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copy"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"
    dialog.findChild(QCheckBox, "stored").setChecked(True)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_passphrase_dialog_refuses_mismatch_and_weak_in_the_dialog(qtbot):
    applied = []
    dialog = PassphraseDialog("t", "i", lambda current, new: applied.append((current, new)) or "done")
    qtbot.addWidget(dialog)
    dialog.show()
    new, again = dialog.findChild(QLineEdit, "new"), dialog.findChild(QLineEdit, "again")
    qtbot.keyClicks(new, "short")
    qtbot.keyClicks(again, "short")
    dialog.accept()
    assert "at least 12" in dialog.findChild(QLabel, "error").text() and dialog.isVisible()
    for weak, why in (("password1234", "one of the most common passwords"), ("123456789012", "a run of keys"),
                      ("aaaaaaaaaaaaaaa", "repeats a few characters")):
        new.setText(weak)
        again.setText(weak)
        dialog.accept()
        assert why in dialog.findChild(QLabel, "error").text() and dialog.isVisible() and not applied
    new.setText("long enough phrase")
    again.setText("long enough phrasE")
    dialog.accept()
    assert dialog.findChild(QLabel, "error").text() == "The two new passphrases differ." and not applied
    again.setText("long enough phrase")
    dialog.accept()
    assert applied == [(None, "long enough phrase")] and dialog.result_value == "done" and not dialog.isVisible()


def test_encrypt_change_and_remove_from_the_menu_on_a_demo_caseload(qtbot, db, data_dir, monkeypatch):
    paths = resolve_paths(data_dir)
    seed_demo(db, TODAY, shipped())
    backups = BackupService(db)
    keystore = MemoryKeystore()
    try:
        from datetime import UTC, datetime

        backups.take("startup", datetime.now(UTC))
        w = MainWindow(Services(db, shipped()), None, FixedClock(TODAY), backups=backups, keystore=keystore)
        qtbot.addWidget(w)
        assert w.act_encrypt.isEnabled() and not w.act_passphrase.isEnabled() and not w.act_decrypt.isEnabled()

        shown = []
        monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
            lambda cls, title, intro, apply, current=False, action="", parent=None, background=None: apply(None, PASS)))
        monkeypatch.setattr(RecoveryKeyDialog, "ask", classmethod(lambda cls, key, parent=None: shown.append(key)))
        w.act_encrypt.trigger()
        assert len(shown) == 1 and db.encrypted
        assert paths.database_file.read_bytes()[:16] != HEADER
        assert all(b.path.read_bytes()[:16] != HEADER and b.clients == 58 for b in backups.list())
        assert w.model.total == 58 and "encrypted" in w.statusBar().currentMessage()
        assert not w.act_encrypt.isEnabled() and w.act_passphrase.isEnabled() and w.act_decrypt.isEnabled()
        w.act_backup_now.trigger()  # backups carry on, encrypted
        assert backups.list()[0].path.read_bytes()[:16] != HEADER and backups.list()[0].clients == 58

        monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
            lambda cls, title, intro, apply, current=False, action="", parent=None, background=None:
            apply(shown[0], "new passphrase!")))
        w.act_passphrase.trigger()
        assert w.statusBar().currentMessage() == "Passphrase changed."
        with pytest.raises(WrongPassphrase):
            encryption.unlock(paths.database_file, PASS)
        key_id = encryption.key_file_id(paths.database_file)
        keystore.put(key_id, db.key)

        refused = []
        monkeypatch.setattr(ConfirmDecrypt, "ask",
                            classmethod(lambda cls, apply, parent=None, background=None: _try(apply, PASS, refused)))
        w.act_decrypt.trigger()
        assert len(refused) == 1 and db.encrypted  # the wrong passphrase changed nothing
        monkeypatch.setattr(ConfirmDecrypt, "ask",
                            classmethod(lambda cls, apply, parent=None, background=None: apply("new passphrase!")))
        w.act_decrypt.trigger()
        assert not db.encrypted and paths.database_file.read_bytes()[:16] == HEADER
        assert not key_file_for(paths.database_file).exists() and keystore.entries == {}
        assert w.model.total == 58 and w.act_encrypt.isEnabled()
        assert all(b.path.read_bytes()[:16] == HEADER for b in backups.list())
    finally:
        backups.close()


def _try(apply, secret, refused):
    try:
        return apply(secret)
    except WrongPassphrase:
        refused.append(secret)
        return None


def test_every_encryption_dialog_string_is_translatable():
    """No user-visible literal bypasses tr(): the module has no bare setText("...") or QLabel("...")."""
    import inspect
    import re

    source = inspect.getsource(encryption_dialogs)
    bare = re.findall(r'(?:setText|QLabel|QCheckBox|QPushButton|setWindowTitle|addButton)\(\s*"', source)
    assert bare == []


def test_the_first_start_offer_can_be_declined_in_plain_words(qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    seen = []

    def exec_(dialog):
        qtbot.addWidget(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        seen.append((dialog.ok_button.text(), buttons.button(QDialogButtonBox.StandardButton.Cancel).text()))
        return 0  # declined

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    assert OfferEncryption.ask(lambda current, new: "applied") is None
    assert seen == [("&Encrypt", "&Not Now")]


def test_a_start_after_an_interrupted_encryption_says_so_and_shows_the_recovery_key(qtbot, data_dir, monkeypatch):
    from casedesk.ui import dialogs

    paths = resolve_paths(data_dir)
    db = open_workspace(paths, clock=fixed_clock())
    seed_demo(db, TODAY, shipped())
    report = encryption.encrypt(db, PASS, kdf=Kdf(n=2 ** 10))
    db.close()
    report.journal.release()  # killed while the recovery key was on screen, before "I have stored it"
    said, shown = [], []
    monkeypatch.setattr(dialogs.Notice, "info", staticmethod(lambda parent, title, text: said.append((title, text))))
    monkeypatch.setattr(RecoveryKeyDialog, "ask", classmethod(lambda cls, key, parent=None: shown.append(key)))
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, unlock, can_remember, parent=None:
                                                         (unlock(PASS), False)))
    db = open_caseload(paths, MemoryKeystore(available=False), clock=fixed_clock())
    db.close()
    assert shown == [report.recovery_key]
    assert said == [("An interrupted conversion", "Encrypting the caseload was interrupted. It has now been finished: "
                                                  "the caseload and its backups are encrypted.")]
    db = open_caseload(paths, MemoryKeystore(available=False), clock=fixed_clock())  # shown once: not again
    db.close()
    assert len(shown) == 1 and len(said) == 1


def test_a_long_refusal_makes_room_instead_of_squeezing_the_introduction(qtbot):
    intro = ("CaseDesk can encrypt the caseload and its backups, so that a lost laptop or a copied file does not "
             "expose your clients. You will type the passphrase each time CaseDesk starts.")
    dialog = PassphraseDialog("Encrypt", intro, lambda current, new: None)
    qtbot.addWidget(dialog)
    dialog.resize(300, 10)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.findChild(QLabel, "intro")
    for field in ("new", "again"):
        dialog.findChild(QLineEdit, field).setText("password1234")
    dialog.accept()
    assert "most common passwords" in dialog.findChild(QLabel, "error").text()
    for shown in (label, dialog.findChild(QLabel, "error")):  # every line of both in view
        assert shown.height() >= shown.heightForWidth(shown.width()), shown.objectName()
