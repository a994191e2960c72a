"""Search keystrokes in the caseload and opening the Upcoming tab, beside raw equivalents. Prints figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_views.py --data-dir DIR [--rounds 5]

``DIR`` holds a caseload made by ``casedesk import`` (e.g. of ``synthetic.py``'s clients; the side-by-side
script makes one). Both figures are taken in this one process, each beside its raw baseline measured
alternately in the same run (the machine is shared: the ratio moves less than the milliseconds):

- keystroke: typing a query letter by letter ("m", "ma", "mar", "mari", "maria", then other names, an
  A-number) into the caseload's model, as the window does (``CaseloadModel.set_query``: the search
  in the database, its count and the model reset) / the same clients found by plain ``sqlite3``
  (``LIKE`` over the folded search key, a count and the first page sorted by name);
- Upcoming tab: a new ``UpcomingView`` shown with its first page of rows painted (the "this week"
  bucket and its count read from the database) / a bare ``QTableView`` over a plain model filled with
  the first page of the same bucket read by ``sqlite3``; then, apart, until every bucket's count is on
  its button (read just after the rows are painted).

For each: the median and the 95th percentile of the milliseconds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from casedesk.clock import FixedClock
from casedesk.config import resolve_paths
from casedesk.domain.summary import search_terms
from casedesk.policy.source import PolicySource
from casedesk.services.bundle import Services
from casedesk.services.workspace import open_workspace
from casedesk.ui.caseload_model import PAGE_SIZE, CaseloadModel
from casedesk.ui.upcoming import UpcomingView

TODAY = date(2026, 11, 21)
QUERIES = ("maria", "lefevre", "jean", "nguyen", "201555", "rosa m")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _raw_search(conn: sqlite3.Connection, query: str) -> int:
    terms = search_terms(query)
    where = " AND ".join("search_key LIKE ?" for _ in terms) or "1 = 1"
    params = [f"%{t}%" for t in terms]
    total = conn.execute(f"SELECT count(*) FROM client WHERE {where}", params).fetchone()[0]
    conn.execute(f"SELECT id, given_names, family_name, country, status_summary, status_expiry, next_deadline, "
                 f"updated_at, best_pathway, best_verdict FROM client WHERE {where} ORDER BY sort_name, id "
                 f"LIMIT {PAGE_SIZE}", params).fetchall()
    return total


class _Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def _painted(app: QApplication, widget) -> None:
    widget.show()
    widget.repaint()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    opts = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = resolve_paths(opts.data_dir)
    db = open_workspace(paths, clock=FixedClock(TODAY))
    services = Services(db, PolicySource.packaged())
    raw = sqlite3.connect(paths.database_file)
    clients = raw.execute("SELECT count(*) FROM client").fetchone()[0]
    print(f"{clients:,} clients; load average {__import__('os').getloadavg()[0]:.1f}")

    model = CaseloadModel(services.clients.page, lambda: TODAY)
    model.refresh()
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(opts.rounds):
        for query in QUERIES:
            for n in range(1, len(query) + 1):
                typed = query[:n]
                start = time.perf_counter()
                model.set_query(typed)
                ours.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                total = _raw_search(raw, typed)
                theirs.append((time.perf_counter() - start) * 1000)
                assert total == model.total, (typed, total, model.total)
            model.set_query("")
    print(f"{'keystroke (ms)':<22} {'CaseDesk med':>12} {'p95':>7} {'raw med':>8} {'p95':>7} {'ratio p95':>9}  "
          f"({len(ours)} keystrokes)")
    print(f"{'':<22} {statistics.median(ours):>12.1f} {_p95(ours):>7.1f} {statistics.median(theirs):>8.1f} "
          f"{_p95(theirs):>7.1f} {_p95(ours) / _p95(theirs):>9.1f}")

    week_last = (TODAY + timedelta(days=7)).isoformat()
    tab: list[float] = []
    counted: list[float] = []
    bare: list[float] = []
    for _ in range(opts.rounds):
        start = time.perf_counter()
        view = UpcomingView(services.deadlines, lambda: TODAY)
        view.show()
        view.repaint()  # painted: the rows are on screen
        tab.append((time.perf_counter() - start) * 1000)
        assert view.model.rowCount() > 0
        while view.counting:  # then every bucket's count on its button
            app.processEvents()
        counted.append((time.perf_counter() - start) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
        start = time.perf_counter()
        rows = raw.execute("SELECT due, family_name, given_names, kind, title, basis FROM deadline "
                           "WHERE visible_from = '0001-01-01' AND due >= ? AND due <= ? ORDER BY due, client_id, "
                           "\"key\" LIMIT 200", (TODAY.isoformat(), week_last)).fetchall()
        table = QTableView()
        table.setModel(_Rows(rows))
        _painted(app, table)
        bare.append((time.perf_counter() - start) * 1000)
        table.close()
        table.deleteLater()
        app.processEvents()
    print(f"{'Upcoming tab open (ms)':<22} {statistics.median(tab):>12.1f} {_p95(tab):>7.1f} "
          f"{statistics.median(bare):>8.1f} {_p95(bare):>7.1f} {statistics.median(tab) / statistics.median(bare):>9.1f}"
          f"  (ratio of medians; {len(tab)} opens)")
    print(f"{'  ...every count shown':<22} {statistics.median(counted):>12.1f} {_p95(counted):>7.1f}")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
