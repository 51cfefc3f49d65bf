"""Apply the numbered migrations/NNNN_name.sql files that a database has not yet recorded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files

import duckdb

MIGRATION_RE = re.compile(r"^(\d{4})_(\w+)\.sql$")

CREATE_SCHEMA_MIGRATIONS = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP
)
"""
SELECT_APPLIED = "SELECT version FROM schema_migrations"
INSERT_APPLIED = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str  # "init" for 0001_init.sql
    sql: str


def available_migrations() -> list[Migration]:
    """The package's migration files in version order: [Migration(1, "init", "CREATE ...")]."""
    found: list[Migration] = []
    for entry in files("warehouse").joinpath("migrations").iterdir():
        match = MIGRATION_RE.fullmatch(entry.name)
        if match is None:
            continue
        found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"two migration files share a version number: {versions}")
    return found


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    con.execute(CREATE_SCHEMA_MIGRATIONS)
    return {int(row[0]) for row in con.execute(SELECT_APPLIED).fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations, each in its own transaction; return the versions applied ([] if none)."""
    done = applied_versions(con)
    applied: list[int] = []
    for migration in available_migrations():
        if migration.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            now = datetime.now(UTC).replace(tzinfo=None)
            con.execute(INSERT_APPLIED, [migration.version, migration.name, now])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
