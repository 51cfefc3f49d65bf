"""migrate(): numbered SQL files applied once, recorded in schema_migrations."""

from __future__ import annotations

import duckdb

from warehouse.migrate import available_migrations, migrate

TABLES = {"schema_migrations", "documents", "pages", "sections", "figures", "relations", "checks", "runs"}
VIEWS = {"failed_checks", "figure_lookup", "document_summary"}


def test_migrate_applies_every_file_and_records_it() -> None:
    con = duckdb.connect(":memory:")
    applied = migrate(con)
    assert applied == [m.version for m in available_migrations()]
    assert applied[0] == 1
    recorded = con.execute("SELECT version, name, applied_at IS NOT NULL FROM schema_migrations").fetchall()
    assert recorded[0] == (1, "init", True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert names >= TABLES | VIEWS


def test_migrate_twice_applies_nothing_the_second_time() -> None:
    con = duckdb.connect(":memory:")
    migrate(con)
    assert migrate(con) == []
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(available_migrations()),)


def test_connect_memory_is_already_migrated(con: duckdb.DuckDBPyConnection) -> None:
    assert migrate(con) == []


def test_value_columns_are_decimal_never_double(con: duckdb.DuckDBPyConnection) -> None:
    types = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_name IN ('figures', 'checks', 'pages')"
    ).fetchall()
    assert not [t for t in types if t[2] in ("DOUBLE", "FLOAT", "REAL")]
    by_name = {(t[0], t[1]): t[2] for t in types}
    assert by_name[("figures", "value")] == "DECIMAL(38,10)"
    assert by_name[("checks", "difference")] == "DECIMAL(38,10)"
    assert by_name[("pages", "width")] == "DECIMAL(10,2)"
