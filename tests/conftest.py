"""Shared test set-up: Qt offscreen, a private data folder per test, case-file helpers, back ends.

With ``CASEDESK_TEST_PG_URL`` set (``scripts/pg-cluster url``: a server's superuser and an empty
database), every test that uses ``db`` or ``data_dir`` runs twice: on its SQLite file and on a
PostgreSQL database of its own, made from a migrated template and reached as the application role
``casedesk server init`` creates (which cannot change the audit trail). The PostgreSQL run sets
``CASEDESK_DATABASE_URL``, so the command line in a subprocess and the window use the server too.
A test that can only mean SQLite (its file, its backups, its encryption) is marked
``sqlite_only("why")`` and runs once. GUI tests run on PostgreSQL only where marked ``postgresql``
(the main window, the audit view, Upcoming, the shared-caseload windows): CI time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: no display on CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CASEDESK_HOME", None)
# One locale for every test, whatever the machine's (a French desktop would otherwise make the window
# and the command line speak French): English, ISO dates. A test of the locale's default sets its own
# (monkeypatch.setenv, or an env= given to the code under test).
for _name in ("LC_MESSAGES", "LANGUAGE", "LC_TIME", "LC_NUMERIC"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
os.environ.pop("CASEDESK_DATABASE_URL", None)
PG_URL = os.environ.get("CASEDESK_TEST_PG_URL") or None
# New key files in tests cost scrypt N=2^10, not the 0.5 s of N=2^17 (same construction); the tests of
# the cost itself and of the upgrade at unlock take this away (monkeypatch.delenv).
os.environ["CASEDESK_TEST_KDF_N"] = "1024"


@pytest.fixture
def spec_case() -> dict:
    from helpers import spec_example

    return spec_example()


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test can only mean the SQLite back end")
    config.addinivalue_line("markers", "postgresql: a GUI test (module) that also runs on PostgreSQL")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    both = PG_URL and metafunc.definition.get_closest_marker("sqlite_only") is None
    if "/gui/" in str(metafunc.definition.path):  # a chosen subset of the windows: CI time
        both = both and metafunc.definition.get_closest_marker("postgresql") is not None
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"], indirect=True)


@pytest.fixture(scope="session")
def pg_template():
    """A database migrated to head by the owner role, with the application role's grants: the
    template each PostgreSQL test's database is copied from. Returns the server and role URLs."""
    from pgserver import make_template

    assert PG_URL
    return make_template(PG_URL)


@pytest.fixture
def backend(request, monkeypatch):
    """"sqlite", or "postgresql" with a fresh database of its own in ``CASEDESK_DATABASE_URL``."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    from pgserver import fresh_database

    template = request.getfixturevalue("pg_template")
    with fresh_database(template) as url:
        monkeypatch.setenv("CASEDESK_DATABASE_URL", url)
        yield "postgresql"


@pytest.fixture
def data_dir(tmp_path: Path, backend: str) -> Path:
    return tmp_path / "home"


@pytest.fixture
def db(data_dir: Path):
    from casedesk.config import resolve_paths
    from casedesk.services.workspace import open_workspace

    from helpers import fixed_clock

    database = open_workspace(resolve_paths(data_dir), clock=fixed_clock())
    yield database
    database.close()
