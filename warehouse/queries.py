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
LOADED_SHA256 = """
SELECT source_path, sha256 FROM documents
WHERE status = 'loaded'
ORDER BY loaded_at, doc_id
"""
LOADED_FILES = """
SELECT source_path, sha256, size_bytes FROM documents
WHERE status = 'loaded'
ORDER BY loaded_at, doc_id
"""
# Loaded documents of these ids whose title, figure count and printed figures (in order) are another loaded
# document's: the same report in other bytes (re-saved, re-downloaded), whose money a sum counts twice. Three
# figures at least: two notices titled 会议纪要 that share only their date are not one report.
SIMILAR_DOCUMENTS = """
WITH new AS (
    SELECT doc_id, source_path, title, n_figures FROM documents
    WHERE list_contains(?, doc_id) AND status = 'loaded' AND coalesce(title, '') <> '' AND n_figures >= 3
), candidates AS (
    SELECT o.doc_id, o.source_path, o.title, o.n_figures FROM documents AS o
    WHERE o.status = 'loaded' AND o.title IN (SELECT title FROM new) AND o.n_figures IN (SELECT n_figures FROM new)
), printed AS (
    SELECT doc_id, list(raw ORDER BY seq) AS raws FROM figures
    WHERE doc_id IN (SELECT doc_id FROM candidates) GROUP BY doc_id
)
SELECT n.source_path, min(o.source_path) AS other
FROM new AS n
JOIN candidates AS o ON o.title = n.title AND o.n_figures = n.n_figures AND o.doc_id <> n.doc_id
JOIN printed AS pn ON pn.doc_id = n.doc_id
JOIN printed AS po ON po.doc_id = o.doc_id
WHERE pn.raws = po.raws
GROUP BY n.source_path
ORDER BY n.source_path
"""
FAILED_FILES = "SELECT doc_id, source_path, error_kind FROM documents WHERE status = 'failed' ORDER BY source_path"
LAST_INBOX_RUN = "SELECT epoch(max(started_at)) FROM runs WHERE files_missing IS NOT NULL"  # (inbox runs count missing files)
FAILED_CHECKS = "SELECT * FROM failed_checks"
FAILED_CHECKS_FOR = "SELECT * FROM failed_checks WHERE list_contains(?, doc_id)"
DOCUMENT_SUMMARY = "SELECT * FROM document_summary"
FIGURES_OF = "SELECT * FROM figure_lookup WHERE doc_id = ?"
LATEST_RUN = "SELECT * FROM runs ORDER BY started_at DESC LIMIT 1"

# review/: documents with their check counts split as the review shows them, checks and discrepancies
REVIEW_DOCUMENTS = """
SELECT d.doc_id, d.file_name, d.source_path, d.sha256, d.title, d.issuer, d.report_date, d.n_pages, d.status,
       d.error_kind, d.error, d.loaded_at,
       coalesce(f.n_figures, 0)       AS n_figures,
       coalesce(c.checks_passed, 0)   AS checks_passed,
       coalesce(c.checks_warning, 0)  AS checks_warning,
       coalesce(c.checks_failed, 0)   AS checks_failed
FROM documents AS d
LEFT JOIN (SELECT doc_id, count(*) AS n_figures FROM figures GROUP BY doc_id) AS f USING (doc_id)
LEFT JOIN (SELECT doc_id,
                  count(*) FILTER (WHERE status = 'pass')                        AS checks_passed,
                  count(*) FILTER (WHERE status = 'fail' AND severity <> 'error') AS checks_warning,
                  count(*) FILTER (WHERE status = 'fail' AND severity = 'error')  AS checks_failed
           FROM checks GROUP BY doc_id) AS c USING (doc_id)
ORDER BY d.file_name, d.doc_id
"""
CHECKS_OF = "SELECT * FROM checks WHERE doc_id = ? ORDER BY page NULLS LAST, check_id"
LARGEST_DISCREPANCIES = """
SELECT c.doc_id, d.file_name, d.title, c.check_id, c.page, c.severity, c.message, c.difference, c.expected,
       coalesce(nullif(p.base_unit, ''), c.unit) AS base_unit
FROM checks AS c
JOIN documents AS d USING (doc_id)
LEFT JOIN figures AS p ON p.doc_id = c.doc_id AND p.figure_id = c.parent_figure_id
WHERE c.status = 'fail' AND c.difference IS NOT NULL AND list_contains(?, c.doc_id)
-- errors before warnings (a warning is a doubt, an error a misprint to look at first); within each, largest for its
-- total first (units differ: 2 of 57家 is more than 1,000元 of 445万元), then largest in base units
ORDER BY c.severity != 'error', abs(c.difference) / nullif(abs(c.expected), 0) DESC NULLS LAST, abs(c.difference) DESC,
         d.file_name, c.doc_id, c.check_id
LIMIT ?
"""


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


def run_sql(con: duckdb.DuckDBPyConnection, sql: str,
            types: list[str] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """`tally query`: any SQL -> (column names, rows); INSERT/UPDATE give (["Count"], [(n,)]). Given `types`,
    it gets each column's DuckDB type ('JSON', 'DECIMAL(38,10)', …)."""
    cursor = con.execute(sql)
    if cursor.description is None:
        return [], []
    columns = [d[0] for d in cursor.description]
    if types is not None:
        types.extend(str(d[1]) for d in cursor.description)
    return columns, [tuple(row) for row in cursor.fetchall()]


def review_documents(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every document with figures and checks counted as passed / warning (failed, not error) / failed (error)."""
    return fetch_dicts(con, REVIEW_DOCUMENTS)


def checks_of(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict[str, Any]]:
    """Rows of `checks` for one document, by page then check_id."""
    return fetch_dicts(con, CHECKS_OF, [doc_id])


def largest_discrepancies(
    con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], limit: int = 20
) -> list[dict[str, Any]]:
    """Failed checks of these documents, largest |difference| (base units: 元, 户 …) first."""
    return fetch_dicts(con, LARGEST_DISCREPANCIES, [list(doc_ids), limit])


def loaded_files(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int | None]]:
    """(source_path, sha256, size_bytes) of loaded documents, the latest load last (see loaded_sha256)."""
    return [(str(path), str(sha), None if size is None else int(size))
            for path, sha, size in con.execute(LOADED_FILES).fetchall()]


def similar_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(path, path of another loaded document with the same title and printed figures) for these documents."""
    return [(str(a), str(b)) for a, b in con.execute(SIMILAR_DOCUMENTS, [list(doc_ids)]).fetchall()]


def failed_files(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    """(doc_id, source_path, error_kind) of the documents that could not be read."""
    return [(str(d), str(p), str(k)) for d, p, k in con.execute(FAILED_FILES).fetchall()]


def last_inbox_run(con: duckdb.DuckDBPyConnection) -> float | None:
    """When the last inbox run into this warehouse started (seconds since the epoch), or None."""
    row = con.execute(LAST_INBOX_RUN).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def loaded_sha256(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """source_path -> sha256 of loaded documents (the latest load wins when a path was loaded twice).

    Here, not in warehouse.load, so that a scheduled run can tell which files are unchanged without
    importing pandas (~0.3 s of CPU, ~0.5 s of wall under the workers' load, before its first document
    reached a worker)."""
    return {str(path): str(sha) for path, sha in con.execute(LOADED_SHA256).fetchall()}
