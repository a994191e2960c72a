"""The PostgreSQL side of the tests: a migrated template database (set up by ``init_server``, as a
firm's administrator would) and a fresh copy of it per test, reached as the application role."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from casedesk.storage.server import APP_ROLE, OWNER_ROLE, init_server

TEMPLATE = "casedesk_template"
_numbers = itertools.count()


@dataclass(frozen=True)
class Template:
    server: str  # the superuser's URL (any database on the cluster)
    name: str


def url_for(server: str, database: str, user: str | None = None) -> str:
    url = make_url(server).set(database=database)
    if user:
        url = url.set(username=user, password=None)
    return url.render_as_string(hide_password=False)


def _admin(server: str):
    return create_engine(url_for(server, "postgres"), isolation_level="AUTOCOMMIT")


def make_template(server: str) -> Template:
    admin = _admin(server)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    admin.dispose()
    init_server(url_for(server, TEMPLATE))
    return Template(server, TEMPLATE)


@contextmanager
def fresh_database(template: Template, user: str = APP_ROLE) -> Iterator[str]:
    """A database of the test's own, copied from the template; its URL as ``user`` (the application role)."""
    name = f"casedesk_t{os.getpid()}_{next(_numbers)}"
    admin = _admin(template.server)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template.name}"))
    try:
        yield url_for(template.server, name, user)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


__all__ = ["APP_ROLE", "OWNER_ROLE", "Template", "fresh_database", "make_template", "url_for"]
