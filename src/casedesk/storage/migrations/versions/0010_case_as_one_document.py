"""A client's facts become one document: the case file, in ``client.case_json``.

Until now each section of the case file had its own table (sixteen of them) and the client row
held the identity's facts, so one new fact meant a model, a mapping and a migration. The case
file's shape is declared once in ``domain/casefields.py``; the database now stores the document
that ``domain.casefile`` writes from it, and only the columns the caseload searches and sorts by
stay apart (they are unchanged here).

Each client's document is put together from its old rows (as the old loader read them), checked
by the case-file reader and written by its writer, so what comes back is exactly what was
stored. A row that the reader refuses stops the upgrade, naming the client and the field: nothing
is changed (one transaction, and a copy of the database was taken before). Then the section
tables and the client's fact columns go.

There is no way down in place: the pre-upgrade copy (``pre-upgrade-0009-*.sqlite3`` in the
backups folder) is the way back.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from casedesk.domain.casefile import case_to_dict, read_case
from casedesk.storage.errors import StorageError

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHUNK = 500
ABILITIES = ("speaking", "listening", "reading", "writing")


def _table(name: str, *columns: tuple[str, Any]) -> sa.TableClause:
    return sa.table(name, *(sa.column(column, kind) for column, kind in columns))


# The tables as revision 0009 left them, with the types their values are read as.
STR, INT, FLOAT, BOOL, DATE, JSON = sa.String(), sa.Integer(), sa.Float(), sa.Boolean(), sa.Date(), sa.JSON()
CLIENT = _table("client", ("id", INT), ("given_names", STR), ("family_name", STR), ("date_of_birth", DATE),
                ("country_of_birth", STR), ("citizenships", JSON), ("marital_status", STR), ("a_number", STR),
                ("languages", JSON), ("grandparent_born_in_canada", BOOL), ("death_penalty_exposure", BOOL),
                ("intends_quebec", BOOL), ("notes", STR), ("us_status_known", BOOL), ("relatives_known", BOOL),
                ("parents_known", BOOL))
LISTS = {  # in the order of their ``position``
    "us_status": ("kind", STR, "program", STR, "country", STR, "valid_until", DATE),
    "relative_in_canada": ("relation", STR, "status", STR, "age", INT),
    "parent": ("relation", STR, "canadian_at_client_birth", BOOL, "canadian_by", STR,
               "days_in_canada_before_client_birth", INT),
    "task": ("title", STR, "due", DATE, "note", STR, "tag", STR),
}
ONE_EACH = {  # at most one row per client
    "partner": ("relationship", STR, "since", DATE, "status_in_canada", STR, "lives_in_canada", BOOL,
                "accompanying", BOOL),
    "minor": ("accompanied_by_parent_or_guardian", BOOL, "parent_or_guardian_in_canada_or_us", BOOL),
    "canadian_documents": ("valid_visa_or_permit", BOOL),
    "canada_entry": ("mode", STR, "date", DATE, "claim_made_on", DATE),
    "human_capital": ("education", STR, "canadian_work_years", INT, "foreign_work_years", INT,
                      "certificate_of_qualification", BOOL, "canadian_education", STR, "provincial_nomination", BOOL),
    "spouse_factors": ("education", STR, "canadian_work_years", INT),
    "job_offer": ("province", STR, "teer", INT),
    "self_employment": ("cultural_or_athletic_years", INT),
    "business": ("net_worth_cad", FLOAT, "designated_org_support", BOOL),
    "documents": ("passport_expiry", DATE, "language_test_date", DATE, "police_certificate_date", DATE,
                  "medical_exam_date", DATE),
    "express_entry_profile": ("invitation_date", DATE),
    "language_result": ("holder", STR, "language", STR, "test", STR, "test_inside_clb", BOOL,
                        *(x for a in ABILITIES for x in (a, FLOAT))),
}
SECTION_TABLES = (*LISTS, *ONE_EACH)
FACT_COLUMNS = ("date_of_birth", "country_of_birth", "citizenships", "marital_status", "a_number", "languages",
                "grandparent_born_in_canada", "death_penalty_exposure", "intends_quebec", "notes",
                "us_status_known", "relatives_known", "parents_known")


def _columns(spec: tuple) -> list[tuple[str, Any]]:
    return list(zip(spec[::2], spec[1::2], strict=True))


def _value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _rows(conn, name: str, spec: tuple, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The table's rows for these clients, by client, as JSON values (lists in their order)."""
    columns = _columns(spec)
    table = _table(name, ("client_id", INT), *columns, *((("position", INT),) if name in LISTS else ()))
    stmt = sa.select(table).where(table.c.client_id.in_(ids))
    if name in LISTS:
        stmt = stmt.order_by(table.c.client_id, table.c.position)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(stmt).mappings():
        out[row["client_id"]].append({key: _value(row[key]) for key, _ in columns})
    return out


def _language(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    values = {a: row[a] for a in ABILITIES if row[a] is not None}
    if row["test"] is None:
        return {"language": row["language"], "clb": {a: int(v) for a, v in values.items()} or None}
    result = {"test": row["test"], "scores": values or None}
    return {"language": row["language"], **({"clb": result} if row["test_inside_clb"] else result)}


def _document(client: dict[str, Any], rows: dict[str, dict[int, list[dict[str, Any]]]]) -> dict[str, Any]:
    """The case file of one client from its 0009 rows: what the old loader made of them."""
    cid = client["id"]

    def listed(name: str, known: bool) -> list | None:
        items = rows[name].get(cid, [])
        return items if known or items else None

    def one(name: str) -> dict[str, Any] | None:
        found = rows[name].get(cid)
        return dict(found[0]) if found else None

    languages = {row["holder"]: row for row in rows["language_result"].get(cid, [])}
    human_capital = one("human_capital")
    if human_capital is not None:
        spouse = one("spouse_factors")
        if spouse is not None:
            spouse["first_language"] = _language(languages.get("spouse_first"))
        human_capital |= {"first_language": _language(languages.get("applicant_first")),
                          "second_language": _language(languages.get("applicant_second")), "spouse": spouse}
    return {
        "format": "casedesk.case/1",
        "client": {key: client[key] for key in ("given_names", "family_name", "date_of_birth", "country_of_birth",
                                                "citizenships", "marital_status", "a_number", "languages")},
        "us_status": listed("us_status", client["us_status_known"]),
        "partner": one("partner"),
        "relatives_in_canada": listed("relative_in_canada", client["relatives_known"]),
        "parents": listed("parent", client["parents_known"]),
        "grandparent_born_in_canada": client["grandparent_born_in_canada"],
        "minor": one("minor"),
        "canadian_documents": one("canadian_documents"),
        "death_penalty_exposure": client["death_penalty_exposure"],
        "canada_entry": one("canada_entry"),
        "human_capital": human_capital,
        "job_offer": one("job_offer"),
        "intends_quebec": client["intends_quebec"],
        "self_employment": one("self_employment"),
        "business": one("business"),
        "notes": client["notes"],
        "documents": one("documents"),
        "express_entry": one("express_entry_profile"),
        "tasks": rows["task"].get(cid, []),
    }


def _fill_documents(conn) -> None:
    target = _table("client", ("id", INT), ("case_json", JSON))
    update = target.update().where(target.c.id == sa.bindparam("cid")).values(case_json=sa.bindparam("doc"))
    ids = list(conn.execute(sa.select(CLIENT.c.id).order_by(CLIENT.c.id)).scalars())
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = {name: _rows(conn, name, spec, chunk) for name, spec in {**LISTS, **ONE_EACH}.items()}
        docs = []
        for client in conn.execute(sa.select(CLIENT).where(CLIENT.c.id.in_(chunk))).mappings():
            client = {key: _value(value) for key, value in client.items()}
            facts, errors, _ = read_case(_document(client, rows), stored=True)
            if facts is None:  # field names only: the values are client data
                raise StorageError(f"client {client['id']}: its stored facts cannot be read as a case file "
                                   f"({', '.join(e.path for e in errors[:3])}); the database was not changed")
            docs.append({"cid": client["id"], "doc": case_to_dict(facts)})
        if docs:
            conn.execute(update, docs)


def upgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("case_json", sa.JSON(), nullable=True))
    _fill_documents(op.get_bind())
    for name in SECTION_TABLES:
        op.drop_table(name)
    with op.batch_alter_table("client") as batch_op:
        for column in FACT_COLUMNS:
            batch_op.drop_column(column)
        batch_op.alter_column("case_json", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    raise NotImplementedError("revision 0010 cannot be undone in place: restore the copy of the database "
                              "taken before the upgrade (pre-upgrade-0009-*.sqlite3 in the backups folder)")
