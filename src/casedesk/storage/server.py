"""A firm's caseload on a PostgreSQL server: the two roles, least privilege, URLs shown safely.

``init_server`` is run once by the server's administrator (a superuser, or the database's owner
with CREATEROLE), and again after installing a newer CaseDesk:

- the *owner* role owns the tables and runs the migrations; nobody works as it day to day;
- the *application* role is what every caseworker's CaseDesk connects as: it reads and writes the
  caseload but may only SELECT and INSERT the audit trail (no UPDATE, DELETE or TRUNCATE, and the
  triggers of migrations 0007 and 0016 refuse those even to the owner), may only add policy updates
  and mark them inactive (a revert), and cannot change the schema.

Passwords are never printed: ``safe_url`` hides them in every message and log line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .errors import StorageError

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
OWNER_ROLE = "casedesk_owner"
APP_ROLE = "casedesk_app"


def safe_url(url: object) -> str:
    """``url`` as it can be shown: the password, if any, replaced by ***."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(url))


def server_address(url: object) -> str:
    """Where a URL's server is, for a message: host:port, or the socket folder of a local one."""
    parsed = make_url(str(url))
    host = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{host}:{parsed.port or 5432}" if not str(host).startswith("/") else f"{host} (local socket)"


@dataclass(frozen=True)
class Roles:
    owner: str
    app: str
    owner_url: str  # the administrator's URL with the role as user (password hidden unless given)
    app_url: str


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _role(name: str) -> str:
    if not ROLE_NAME.fullmatch(name):
        raise StorageError(f"role {name!r}: lower-case letters, digits and _ only, starting with a letter")
    return name


def init_server(admin_url: str, *, owner: str = OWNER_ROLE, app: str = APP_ROLE,
                owner_password: str | None = None, app_password: str | None = None) -> Roles:
    """Create (or bring up to date) the two roles, migrate the caseload as the owner and grant the
    application role what it needs. Re-running it is safe: existing roles keep their passwords
    unless new ones are given."""
    from alembic import command

    from .database import _alembic_config

    owner, app = _role(owner), _role(app)
    url = make_url(admin_url)
    if url.get_backend_name() != "postgresql":
        raise StorageError(f"{safe_url(admin_url)}: server init is for a PostgreSQL database")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for role, password in ((owner, owner_password), (app, app_password)):
                exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
                verb = "ALTER" if exists else "CREATE"
                secret = f" PASSWORD {_literal(password)}" if password else ""
                conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE{secret}")
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            conn.exec_driver_sql(f"GRANT {owner} TO CURRENT_USER")  # to act as it while migrating
            conn.exec_driver_sql(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {owner}, {app}')
            conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {app}")
            conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {app}")
            # Tables an earlier set-up created as the administrator become the owner's.
            for kind, name in conn.execute(text(
                    "SELECT 'TABLE', tablename FROM pg_tables "
                    "WHERE schemaname = 'public' AND tableowner = current_user "
                    "UNION ALL SELECT 'FUNCTION', p.proname || '()' FROM pg_proc p "
                    "JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = current_user")):
                conn.exec_driver_sql(f"ALTER {kind} {name} OWNER TO {owner}")
            conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
            command.upgrade(_alembic_config(conn), "head")
            conn.exec_driver_sql("RESET ROLE")
            conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app}")
            conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app}")
            conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {app}")
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE ON audit FROM {app}")
            # A purge erases a client's values in the trail (the trigger allows only that change).
            conn.exec_driver_sql(f"GRANT UPDATE (old_value, new_value, salt) ON audit TO {app}")
            # The policy updates are the trail of who brought which law in: a revert only clears ``active``.
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE ON policy_update FROM {app}")
            conn.exec_driver_sql(f"GRANT UPDATE (active) ON policy_update TO {app}")
            conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}")
    except DBAPIError as exc:
        raise StorageError(f"{safe_url(admin_url)}: server set-up failed ({str(exc.orig).strip()}); "
                           "nothing was changed") from None
    finally:
        engine.dispose()
    return Roles(owner, app, _as(url, owner, owner_password), _as(url, app, app_password))


def _as(url, user: str, password: str | None) -> str:
    return safe_url(url.set(username=user, password=password))


def database_user(conn) -> str | None:
    """Who the server knows this connection as (None on SQLite, which has no users)."""
    if conn.dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT current_user")).scalar_one()


__all__ = ["APP_ROLE", "OWNER_ROLE", "Roles", "database_user", "init_server", "safe_url", "server_address"]


def libpq_url(url: object) -> tuple[str, dict[str, str]]:
    """The URL as libpq's programs (pg_dump, psql) take it, without its password, and the environment
    that passes the password (PGPASSWORD: not on a command line, where any user's ``ps`` sees it)."""
    parsed = make_url(str(url))
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    bare = parsed.set(drivername="postgresql", password=None)
    return bare.render_as_string(hide_password=False), env


def dump(url: object, target) -> None:
    """A backup of a server caseload with ``pg_dump`` (custom format, restorable with pg_restore), created
    readable by its owner only. Without pg_dump, says what to run."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    target = Path(target)
    conninfo, env = libpq_url(url)
    program = shutil.which("pg_dump")
    if program is None:
        raise StorageError("a caseload on a PostgreSQL server is backed up with the server's tools, and pg_dump is "
                           "not installed here: install it (apt-get install postgresql-client) or run, on the "
                           f"server, pg_dump --format=custom --file={target.name} {safe_url(conninfo)}")
    if target.exists():
        raise StorageError(f"{target}: already exists; choose a new file name")
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    proc = subprocess.run([program, "--format=custom", f"--file={target}", f"--dbname={conninfo}"],
                          capture_output=True, text=True, env={**os.environ, **env}, check=False)
    if proc.returncode != 0:
        target.unlink(missing_ok=True)
        first = (proc.stderr.strip().splitlines() or ["no message"])[0]
        raise StorageError(f"pg_dump could not back up {safe_url(conninfo)}: {first}")
