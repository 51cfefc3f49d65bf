"""Write reports (or failures) to the warehouse, a batch of documents per transaction; record runs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import pandas as pd
import pyarrow as pa

from extract.records import Extraction
from warehouse import batches

DOC_TABLES = ("checks", "relations", "figures", "tables", "images", "sections", "pages", "documents")

INSERT_FROM = "INSERT INTO {table} ({columns}) SELECT {columns} FROM {staging}"

INSERT_RUN = """
INSERT INTO runs (run_id, flow_run_id, started_at, status)
VALUES (?, ?, ?, 'running')
ON CONFLICT (run_id) DO UPDATE SET flow_run_id = excluded.flow_run_id,
    started_at = excluded.started_at, finished_at = NULL, status = 'running'
"""
# A run left 'running' had its process end before it finished: interrupted, counting what it committed
INTERRUPT_OTHER_RUNS = """
UPDATE runs SET status = 'interrupted',
    files_seen = coalesce(files_seen, (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id)),
    files_new = coalesce(files_new, (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id AND d.status = 'loaded')),
    files_failed = coalesce(files_failed,
                            (SELECT count(*) FROM documents d WHERE d.run_id = runs.run_id AND d.status = 'failed')),
    checks_failed = coalesce(checks_failed,
                             (SELECT coalesce(sum(n_checks_failed), 0) FROM documents d WHERE d.run_id = runs.run_id))
WHERE status = 'running' AND run_id <> ?
"""
UPDATE_RUN = """
UPDATE runs SET finished_at = ?, files_seen = ?, files_new = ?, files_skipped = ?,
    files_failed = ?, checks_failed = ?, status = ?
WHERE run_id = ?
RETURNING run_id
"""
NOTE_INBOX = "UPDATE runs SET files_missing = ?, files_moved = ?, files_forgotten = ?, files_waiting = ? WHERE run_id = ?"
SELECT_STATUS = "SELECT status FROM documents WHERE doc_id = ?"


@dataclass(frozen=True, slots=True)
class LoadCounts:
    """Rows written for one document."""

    doc_id: str
    pages: int
    sections: int
    figures: int
    relations: int
    checks: int
    checks_failed: int
    tables: int = 0
    images: int = 0


def utc_now() -> datetime:
    """Naive UTC, as stored in TIMESTAMP columns."""
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def insert_table(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> int:
    """INSERT INTO table SELECT ... FROM an arrow table registered for the statement; rows written."""
    if rows.num_rows == 0:
        return 0
    staging = f"staging_{table}"
    columns = ", ".join(rows.schema.names)
    con.register(staging, rows)
    try:
        con.execute(INSERT_FROM.format(table=table, columns=columns, staging=staging))
    finally:
        con.unregister(staging)
    return int(rows.num_rows)


def count_failed(checks: pa.Table) -> int:
    return sum(1 for status in checks.column("status").to_pylist() if status == "fail")


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """One document's rows for every table, built and checked, ready to write."""

    doc_id: str
    source_path: str
    tables: dict[str, pa.Table]

    @property
    def failed(self) -> bool:
        """A document that could not be read (failure_rows): its documents row only, status 'failed'."""
        return bool(self.tables["documents"]["status"][0].as_py() == "failed")

    @property
    def n_rows(self) -> int:
        return sum(t.num_rows for t in self.tables.values())

    @property
    def counts(self) -> LoadCounts:
        def rows(table: str) -> int:
            return self.tables[table].num_rows if table in self.tables else 0

        failed = count_failed(self.tables["checks"]) if "checks" in self.tables else 0
        return LoadCounts(self.doc_id, rows("pages"), rows("sections"), rows("figures"), rows("relations"),
                          rows("checks"), failed, rows("tables"), rows("images"))


def document_rows(
    extraction: Extraction,
    checks: pd.DataFrame | None,
    *,
    status: str = "loaded",
    run_id: str | None = None,
    size_bytes: int | None = None,
) -> DocumentRows:
    """Every table's rows for one extraction. Every Decimal is checked for DECIMAL(38,10) here, so a
    value that does not fit raises ValueError before anything is written."""
    meta = extraction.meta
    tables: dict[str, Callable[[], pa.Table]] = {
        "pages": lambda: batches.pages_table(extraction),
        "sections": lambda: batches.sections_table(extraction),
        "figures": lambda: batches.figures_table(extraction),
        "tables": lambda: batches.tables_table(extraction),
        "images": lambda: batches.images_table(extraction),
        "relations": lambda: batches.relations_table(extraction),
        "checks": lambda: batches.checks_table(meta.doc_id, checks),
    }
    built = {table: build() for table, build in tables.items()}
    checks_failed = count_failed(built["checks"])
    built["documents"] = batches.document_table(
        doc_id=meta.doc_id,
        source_path=meta.source_path,
        sha256=meta.sha256,
        size_bytes=size_bytes,
        n_pages=meta.n_pages,
        title=meta.title or None,  # (what a document does not have is NULL, never '')
        issuer=meta.issuer or None,
        report_date=meta.report_date,
        status=status,
        error_kind=None,
        error=None,
        n_figures=built["figures"].num_rows,
        n_checks_failed=checks_failed,
        run_id=run_id,
        loaded_at=utc_now(),
    )
    return DocumentRows(meta.doc_id, meta.source_path, built)


def failure_rows(
    *,
    doc_id: str,
    source_path: str,
    sha256: str | None,
    size_bytes: int | None,
    error_kind: str,
    error: str,
    run_id: str | None = None,
) -> DocumentRows:
    """A document that could not be extracted: a documents row with status 'failed', no child rows.

    doc_id is the sha256 of the bytes when they could be read, else the sha256 of the path string.
    """
    row = batches.document_table(
        doc_id=doc_id,
        source_path=source_path,
        sha256=sha256 or "",
        size_bytes=size_bytes,
        n_pages=None,
        title=None,
        issuer=None,
        report_date=None,
        status="failed",
        error_kind=error_kind,
        error=error,
        n_figures=0,
        n_checks_failed=0,
        run_id=run_id,
        loaded_at=utc_now(),
    )
    return DocumentRows(doc_id, source_path, {"documents": row})


SELECT_STALE = """
SELECT doc_id FROM documents
WHERE source_path IN (SELECT unnest(?::VARCHAR[])) AND NOT list_contains(?::VARCHAR[], doc_id)
  AND (status <> 'loaded' OR list_contains(?::VARCHAR[], source_path))
"""
SELECT_LOADED = "SELECT doc_id FROM documents WHERE status = 'loaded' AND list_contains(?::VARCHAR[], doc_id)"
DELETE_DOCS = "DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))"  # table names from DOC_TABLES only


SELECT_LOADED_ELSEWHERE = """
SELECT doc_id, source_path FROM documents
WHERE status = 'loaded' AND list_contains(?::VARCHAR[], doc_id) AND NOT list_contains(?::VARCHAR[], source_path)
"""


def write_documents(con: duckdb.DuckDBPyConnection, docs: Sequence[DocumentRows]) -> dict[str, str]:
    """Replace these documents, and what earlier versions of their files left, in ONE transaction.
    Returns {path: path of the same bytes} for the copies it did not write (below).

    A batch costs about what one document did (one delete and one insert per table), which is what
    lets the single writer keep up with the workers. A document listed twice from the same file keeps
    its last rows.

    A document is its bytes (doc_id is their sha256): a copy of a loaded file under another name, in
    this batch (the first name in sorted order is kept) or loaded before from a file that is still there,
    is not written again (its figures would count twice); the same bytes under a new name whose old file
    is gone are a move, and take the new name.

    A failure never deletes a load: a document that could not be read (failure_rows) leaves the loaded
    rows of the same bytes as they are (read before with a higher page limit, the right password, more
    time) and of an earlier version of its file (the new bytes are broken: a half-copied file, say),
    beside its own failed row; the next version of the file that loads replaces them all.
    """
    copies: dict[str, str] = {}
    kept_path: dict[str, str] = {}  # of copies in the batch, the first name in sorted order (whatever order they came in)
    for d in docs:
        if not d.failed:
            kept_path[d.doc_id] = min(kept_path.get(d.doc_id, d.source_path), d.source_path)
    latest_by_id: dict[str, DocumentRows] = {}
    for d in docs:
        if not d.failed and kept_path[d.doc_id] != d.source_path:
            copies[d.source_path] = kept_path[d.doc_id]
            continue
        latest_by_id[d.doc_id] = d
    latest = list(latest_by_id.values())
    if not latest:
        return copies
    with transaction(con):
        loaded_ids = [d.doc_id for d in latest if not d.failed]
        if loaded_ids:
            elsewhere = dict(con.execute(SELECT_LOADED_ELSEWHERE, [loaded_ids, [d.source_path for d in latest]]).fetchall())
            for d in latest:
                other = elsewhere.get(d.doc_id)
                if other is not None and os.path.exists(other):  # (failures are not in loaded_ids)
                    copies[d.source_path] = str(other)
            latest = [d for d in latest if d.source_path not in copies]
        failed = [d.doc_id for d in latest if d.failed]
        if failed:
            kept = {str(doc_id) for (doc_id,) in con.execute(SELECT_LOADED, [failed]).fetchall()}
            latest = [d for d in latest if d.doc_id not in kept]
        if not latest:
            return copies
        ids = [d.doc_id for d in latest]
        paths = sorted({d.source_path for d in latest})
        loaded_paths = sorted({d.source_path for d in latest if not d.failed})
        old = [str(doc_id) for (doc_id,) in con.execute(SELECT_STALE, [paths, ids, loaded_paths]).fetchall()]
        for table in DOC_TABLES:
            con.execute(DELETE_DOCS.format(table=table), [ids + old])
        for table in DOC_TABLES[::-1]:
            parts = [d.tables[table] for d in latest if table in d.tables and d.tables[table].num_rows]
            if parts:
                insert_table(con, table, parts[0] if len(parts) == 1 else pa.concat_tables(parts))
    return copies


def load_extraction(
    con: duckdb.DuckDBPyConnection,
    extraction: Extraction,
    checks: pd.DataFrame | None,
    *,
    status: str = "loaded",
    run_id: str | None = None,
    size_bytes: int | None = None,
) -> LoadCounts:
    """Replace everything stored for extraction.meta.doc_id, in one transaction (nothing written on ValueError)."""
    rows = document_rows(extraction, checks, status=status, run_id=run_id, size_bytes=size_bytes)
    write_documents(con, [rows])
    return rows.counts


def record_failure(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_id: str,
    source_path: str,
    sha256: str | None,
    size_bytes: int | None,
    error_kind: str,
    error: str,
    run_id: str | None = None,
) -> None:
    """Store a document that could not be extracted (see failure_rows), in one transaction."""
    write_documents(con, [failure_rows(doc_id=doc_id, source_path=source_path, sha256=sha256, size_bytes=size_bytes,
                                       error_kind=error_kind, error=error, run_id=run_id)])


MOVE_DOCUMENT = "UPDATE documents SET source_path = ?, file_name = ? WHERE doc_id = ? AND source_path = ?"


def move_documents(con: duckdb.DuckDBPyConnection, moves: Sequence[tuple[str, str, str]]) -> None:
    """(doc_id, old path, new path) of loaded files moved (the same bytes, the old file gone): their rows
    name the new path, in one transaction; nothing is read or written again."""
    with transaction(con):
        for doc_id, old, new in moves:
            con.execute(MOVE_DOCUMENT, [new, os.path.basename(new), doc_id, old])


FORGET_FAILURE = "DELETE FROM documents WHERE doc_id = ? AND source_path = ? AND status = 'failed'"


def forget_failures(con: duckdb.DuckDBPyConnection, failures: Sequence[tuple[str, str]]) -> None:
    """(doc_id, path) of documents that failed and whose file is gone: their failure rows go (they hold
    nothing but the failure), in one transaction."""
    with transaction(con):
        for doc_id, path in failures:
            con.execute(FORGET_FAILURE, [doc_id, path])


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None = None,
              started_at: datetime | None = None) -> None:
    """Record the run as running since started_at (default now). Any other run still 'running' is marked
    'interrupted': one process writes the warehouse at a time, so its process ended (killed, its machine
    down) before it finished."""
    con.execute(INSERT_RUN, [run_id, flow_run_id, started_at or utc_now()])
    con.execute(INTERRUPT_OTHER_RUNS, [run_id])


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    files_seen: int,
    files_new: int,
    files_skipped: int,
    files_failed: int,
    checks_failed: int,
    status: str = "completed",
    inbox: Sequence[int] | None = None,
) -> None:
    """The run's row, finished; an inbox run also counts what it found besides the files it read:
    inbox = (missing, moved, forgotten, waiting)."""
    updated = con.execute(
        UPDATE_RUN,
        [utc_now(), files_seen, files_new, files_skipped, files_failed, checks_failed, status, run_id],
    ).fetchall()
    if not updated:
        raise ValueError(f"finish_run: no run {run_id!r}; call start_run first")
    if inbox is not None:
        con.execute(NOTE_INBOX, [*inbox, run_id])



def document_status(con: duckdb.DuckDBPyConnection, doc_id: str) -> str | None:
    """'loaded', 'failed', or None when the document is not in the warehouse."""
    row = con.execute(SELECT_STATUS, [doc_id]).fetchone()
    return None if row is None else str(row[0])
