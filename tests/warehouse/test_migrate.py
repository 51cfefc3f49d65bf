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


def migrated_before(version: int) -> duckdb.DuckDBPyConnection:
    """A warehouse as a tally before migration `version` left it: every earlier migration applied."""
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for m in available_migrations():
        if m.version < version:
            con.execute(m.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [m.version, m.name])
    return con


def test_checks_written_before_0004_get_the_unit_their_numbers_are_in() -> None:
    con = migrated_before(4)
    con.execute("INSERT INTO figures (doc_id, figure_id, unit, base_unit, value, base_value) VALUES "
                "('d', 'F1', '万元', '元', 1710, 17100000), ('d', 'F2', '户', '户', 7573, 7573)")
    con.execute("INSERT INTO checks (doc_id, check_id, rule, parent_figure_id, expected, actual, unit) VALUES "
                "('d', 'C1', 'sum_adds_up', 'F1', 17100000, 17090000, '万元'),"
                "('d', 'C2', 'sum_adds_up', 'F2', 7573, 7572, '户'),"
                "('d', 'C3', 'shares_total_100', NULL, 100, 99, '%'),"
                "('d', 'C4', 'figure:value_plausible', 'F1', NULL, 1710, '万元'),"
                "('d', 'C5', 'rule:资金', 'F1', 17100000, 17100000, '万元')")
    assert migrate(con) == [m.version for m in available_migrations() if m.version >= 4]
    assert con.execute("SELECT check_id, unit FROM checks ORDER BY check_id").fetchall() == [
        ("C1", "元"), ("C2", "户"), ("C3", "%"), ("C4", "万元"), ("C5", "元")]


def test_permille_figures_written_before_0006_get_the_base_unit_their_base_value_is_in() -> None:
    con = migrated_before(6)
    con.execute("INSERT INTO figures (doc_id, figure_id, unit, base_unit, value, base_value) VALUES "
                "('d', 'F1', '‰', '‰', 3.6, 0.36), ('d', 'F2', '%', '%', 40, 40)")
    con.execute("INSERT INTO checks (doc_id, check_id, rule, parent_figure_id, expected, actual, unit) VALUES "
                "('d', 'C1', 'sum_adds_up', 'F1', 0.36, 0.35, '‰'), ('d', 'C2', 'figure:value_plausible', 'F1', NULL, 3.6, '‰')")
    assert migrate(con) == [m.version for m in available_migrations() if m.version >= 6]
    assert con.execute("SELECT figure_id, base_unit FROM figures ORDER BY 1").fetchall() == [("F1", "%"), ("F2", "%")]
    assert con.execute("SELECT check_id, unit FROM checks ORDER BY 1").fetchall() == [("C1", "%"), ("C2", "‰")]


def test_empty_strings_written_before_0008_become_null() -> None:
    con = migrated_before(8)
    con.execute("INSERT INTO figures (doc_id, figure_id, unit, base_unit, approx, label, section, note) VALUES "
                "('d', 'F1', '', '', '', '', '', ''), ('d', 'F2', '户', '户', '约', '贫困户', '一、', 'x')")
    assert migrate(con) == [m.version for m in available_migrations() if m.version >= 8]
    assert con.execute("SELECT unit, base_unit, approx, label, section, note FROM figures ORDER BY figure_id").fetchall() == [
        (None, None, None, None, None, None), ("户", "户", "约", "贫困户", "一、", "x")]
