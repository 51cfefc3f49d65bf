"""Named read queries over the warehouse, used by the CLI, reports and tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

SUMMARY = """
SELECT
    (SELECT count(*) FROM documents)                          AS documents,
    (SELECT count(*) FROM documents WHERE status = 'loaded')  AS loaded,
    (SELECT count(*) FROM documents WHERE status = 'failed')  AS failed,
    (SELECT count(*) FROM figures)                            AS figures,
    (SELECT count(*) FROM checks WHERE status = 'pass')       AS checks_passed,
    (SELECT count(*) FROM checks WHERE status = 'fail')       AS checks_failed
"""
FAILED_CHECKS = "SELECT * FROM failed_checks"
FAILED_CHECKS_FOR = "SELECT * FROM failed_checks WHERE list_contains(?, doc_id)"
DOCUMENT_SUMMARY = "SELECT * FROM document_summary"
FIGURES_OF = "SELECT * FROM figure_lookup WHERE doc_id = ?"
LATEST_RUN = "SELECT * FROM runs ORDER BY started_at DESC LIMIT 1"


def fetch_dicts(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None
) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params) if params is not None else con.execute(sql)
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """{'documents': 3, 'loaded': 2, 'failed': 1, 'figures': 120, 'checks_passed': 40, 'checks_failed': 2}"""
    (row,) = fetch_dicts(con, SUMMARY)
    return {key: int(value) for key, value in row.items()}


def failed_checks(
    con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Rows of the failed_checks view (file_name, title, page, severity, message, expected, ...)."""
    if doc_ids is None:
        return fetch_dicts(con, FAILED_CHECKS)
    return fetch_dicts(con, FAILED_CHECKS_FOR, [list(doc_ids)])


def document_summary(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return fetch_dicts(con, DOCUMENT_SUMMARY)


def figures_of(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict[str, Any]]:
    """Rows of the figure_lookup view for one document, in reading order."""
    return fetch_dicts(con, FIGURES_OF, [doc_id])


def latest_run(con: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    rows = fetch_dicts(con, LATEST_RUN)
    return rows[0] if rows else None


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """`tally query`: any SQL -> (column names, rows); INSERT/UPDATE give (["Count"], [(n,)])."""
    cursor = con.execute(sql)
    if cursor.description is None:
        return [], []
    columns = [d[0] for d in cursor.description]
    return columns, [tuple(row) for row in cursor.fetchall()]
