"""write_documents: many documents in one transaction, replacing what they (or earlier versions of their files) left."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import duckdb
import pandas as pd
import pytest

from extract.records import Extraction
from warehouse import load
from warehouse.load import document_rows, failure_rows, write_documents

TABLES = ("documents", "pages", "sections", "figures", "relations", "checks")


def counts_by_doc(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for table in TABLES:
        for doc_id, n in con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall():
            out.setdefault(doc_id, {})[table] = n
    return out


def three(make_extraction: Callable[..., Extraction]) -> list[Extraction]:
    return [
        make_extraction(doc_id="b" * 64, source_path="/inbox/b.pdf"),
        make_extraction(values=(Decimal("10"), Decimal("4"), Decimal("6"), Decimal("1")), doc_id="c" * 64, source_path="/inbox/c.pdf"),
        make_extraction(values=(Decimal("7"), Decimal("7"), Decimal("0")), doc_id="d" * 64, source_path="/inbox/d.pdf"),
    ]


def test_a_batch_writes_every_document_with_its_own_rows(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], make_checks: Callable[..., pd.DataFrame]
) -> None:
    docs = three(make_extraction)
    write_documents(con, [document_rows(e, make_checks(e)) for e in docs])
    got = counts_by_doc(con)
    assert got["b" * 64] == {"documents": 1, "pages": 2, "sections": 1, "figures": 3, "relations": 1, "checks": 2}
    assert got["c" * 64]["figures"] == 4
    assert got["d" * 64] == {"documents": 1, "pages": 2, "sections": 1, "figures": 3, "relations": 1, "checks": 2}
    assert con.execute("SELECT value FROM figures WHERE doc_id = ? ORDER BY seq", ["c" * 64]).fetchall() == [
        (Decimal("10"),), (Decimal("4"),), (Decimal("6"),), (Decimal("1"),)
    ]


def test_rewriting_a_batch_leaves_the_same_rows(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], make_checks: Callable[..., pd.DataFrame]
) -> None:
    rows = [document_rows(e, make_checks(e)) for e in three(make_extraction)]
    write_documents(con, rows)
    before = counts_by_doc(con)
    write_documents(con, rows)
    write_documents(con, rows[1:])
    assert counts_by_doc(con) == before


def test_a_changed_file_in_a_batch_replaces_its_old_version(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    old = make_extraction(doc_id="e" * 64, source_path="/inbox/b.pdf")  # the same path, other bytes
    write_documents(con, [document_rows(old, None)])
    write_documents(con, [document_rows(e, None) for e in three(make_extraction)])
    assert "e" * 64 not in counts_by_doc(con)
    assert con.execute("SELECT count(*) FROM documents WHERE source_path = '/inbox/b.pdf'").fetchone() == (1,)


def test_a_document_listed_twice_keeps_its_last_rows(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    first = make_extraction(doc_id="b" * 64, source_path="/inbox/report.pdf", values=(Decimal(3), Decimal(1), Decimal(2)))
    again = make_extraction(doc_id="b" * 64, source_path="/inbox/report.pdf")
    assert write_documents(con, [document_rows(first, None), document_rows(again, None)]) == {}
    assert con.execute("SELECT source_path FROM documents").fetchall() == [("/inbox/report.pdf",)]
    assert counts_by_doc(con)["b" * 64]["figures"] == 3
    assert con.execute("SELECT max(value) FROM figures").fetchone() == (Decimal("553.08"),)


def test_two_files_with_the_same_bytes_in_a_batch_are_one_document_under_the_first_name(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    # (was: the last name, and editing that copy later deleted the document the other file still holds)
    first = make_extraction(doc_id="b" * 64, source_path="/inbox/copy1.pdf")
    second = make_extraction(doc_id="b" * 64, source_path="/inbox/copy2.pdf")
    assert write_documents(con, [document_rows(first, None), document_rows(second, None)]) == {
        "/inbox/copy2.pdf": "/inbox/copy1.pdf"}
    assert con.execute("SELECT source_path FROM documents").fetchall() == [("/inbox/copy1.pdf",)]
    assert counts_by_doc(con)["b" * 64]["figures"] == 3


def test_failures_and_loads_share_a_batch(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    failed = failure_rows(doc_id="f" * 64, source_path="/inbox/bad.pdf", sha256=None, size_bytes=0,
                          error_kind="empty_file", error="bad.pdf: the file is empty (0 bytes)")
    write_documents(con, [failed, *(document_rows(e, None) for e in three(make_extraction))])
    assert con.execute("SELECT status, error_kind FROM documents WHERE doc_id = ?", ["f" * 64]).fetchone() == ("failed", "empty_file")
    assert con.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone() == (3,)


def test_a_batch_that_fails_midway_writes_nothing_and_keeps_what_was_there(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = three(make_extraction)
    write_documents(con, [document_rows(docs[0], None)])
    before = counts_by_doc(con)
    real = load.insert_table

    def failing(con: duckdb.DuckDBPyConnection, table: str, rows: object) -> int:
        if table == "figures":
            raise duckdb.IOException("disk full")
        return real(con, table, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "insert_table", failing)
    with pytest.raises(duckdb.IOException):
        write_documents(con, [document_rows(e, None) for e in docs])
    assert counts_by_doc(con) == before


def test_document_rows_refuses_a_value_that_does_not_fit_before_writing(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    with pytest.raises(ValueError, match="figure"):
        document_rows(make_extraction(values=(Decimal("1"), Decimal("1E+40"))), None)
    assert counts_by_doc(con) == {}
