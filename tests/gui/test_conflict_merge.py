"""An edit refused because someone else saved first: "Re-apply mine" saves only the fields I changed
over their version, so their change to a field I never touched is kept (it was silently reverted when
my whole stale copy was written). Any back end: the version check is the same on SQLite."""

from __future__ import annotations

from datetime import date

from casedesk.clock import FixedClock
from casedesk.domain.casefile import case_to_dict, parse_case
from casedesk.services.bundle import Services
from casedesk.ui import conflict_dialog, editor
from casedesk.ui.main_window import MainWindow

from helpers import minimal_case, shipped

TODAY = date(2026, 11, 21)


def test_reapplying_mine_keeps_their_change_to_a_field_i_did_not_touch(qtbot, db, tmp_path, monkeypatch):
    services = Services(db, shipped())
    clients = services.clients
    cid = clients.add(parse_case(minimal_case("Ana", "Avila")), as_of=TODAY)
    window = MainWindow(services, tmp_path / "w.ini", FixedClock(TODAY))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert window.select_client(cid)

    def edit_while_they_save(_parent, facts, **_kw):
        # My editor is open on version 1 when a colleague changes the notes; I change the family name.
        theirs = case_to_dict(facts) | {"notes": "Their note"}
        clients.update(cid, parse_case(theirs), clients.get(cid).version, as_of=TODAY)
        mine = case_to_dict(facts)
        mine["client"] = mine["client"] | {"family_name": "Avila-Roy"}
        return parse_case(mine)

    shown = []

    def answer(self):
        shown.append((self.rows(), self.note.text()))
        self.reapply_button.click()
        return self.result()

    monkeypatch.setattr(editor.ClientEditor, "ask", staticmethod(edit_while_they_save))
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", answer)
    window.commands.clients.edit_client()

    [(rows, note)] = shown
    assert rows == [("Family name", "Avila", "Avila-Roy")]  # what re-applying saves: only my change
    assert "their other changes are kept" in note
    saved = clients.get(cid)
    assert (saved.facts.client.family_name, saved.facts.notes) == ("Avila-Roy", "Their note")
    assert saved.version == 3
