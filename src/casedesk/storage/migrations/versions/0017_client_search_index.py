"""A trigram full-text index of the caseload's search key (SQLite only), so a search keystroke at 100,000
clients reads the few matching clients instead of scanning every search key.

``client_search`` is an FTS5 table over ``client.search_key`` (already folded: lower case, no accents,
``domain.summary.fold``), with the trigram tokenizer, which answers substring matches of three
characters or more. Triggers keep it in step when a client's search key changes or a client is
deleted; new clients are added to it by ``storage.clients`` in one statement per batch (a trigger
per inserted row doubled the cost of indexing an import). Other databases keep searching with LIKE
(``storage.quickread.search_condition``), and so does SQLite for shorter terms.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

SQLITE = (
    "CREATE VIRTUAL TABLE client_search USING fts5(search_key, content='client', content_rowid='id', "
    "tokenize='trigram', columnsize=0)",
    "CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN "
    "INSERT INTO client_search(client_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER client_search_update AFTER UPDATE OF search_key ON client BEGIN "
    "INSERT INTO client_search(client_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO client_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO client_search(client_search) VALUES ('rebuild')",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("client_search_delete", "client_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS client_search")
