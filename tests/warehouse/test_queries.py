"""Named read queries and the views: one line of SQL for the common questions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import duckdb
import pandas as pd

from extract.records import Extraction
from warehouse.load import load_extraction, record_failure
from warehouse.queries import document_summary, failed_checks, figures_of, latest_run, run_sql, summary


def test_summary_counts_documents_figures_and_checks(loaded_con: duckdb.DuckDBPyConnection) -> None:
    record_failure(
        loaded_con,
        doc_id="f" * 64,
        source_path="/inbox/broken.pdf",
        sha256="f" * 64,
        size_bytes=10,
        error_kind="NoTextLayer",
        error="no text layer",
    )
    assert summary(loaded_con) == {
        "documents": 2,
        "loaded": 1,
        "failed": 1,
        "figures": 3,
        "checks_passed": 1,
        "checks_failed": 1,
    }


def test_summary_of_empty_warehouse_is_zeros(con: duckdb.DuckDBPyConnection) -> None:
    assert set(summary(con).values()) == {0}


def test_failed_checks_view_names_file_page_and_numbers(loaded_con: duckdb.DuckDBPyConnection) -> None:
    rows = loaded_con.execute(
        "SELECT file_name, page, severity, expected, actual, difference FROM failed_checks"
    ).fetchall()
    assert rows == [("report.pdf", 2, "warning", Decimal("460.1"), Decimal("460.0"), Decimal("-0.1"))]


def test_failed_checks_are_ordered_by_file_then_page(
    loaded_con: duckdb.DuckDBPyConnection,
    make_extraction: Callable[..., Extraction],
    make_checks: Callable[..., pd.DataFrame],
) -> None:
    other = make_extraction(doc_id="b" * 64, source_path="/inbox/another.pdf")
    load_extraction(loaded_con, other, make_checks(other))
    rows = failed_checks(loaded_con)
    assert [r["file_name"] for r in rows] == ["another.pdf", "report.pdf"]
    assert [r["file_name"] for r in failed_checks(loaded_con, ["a" * 64])] == ["report.pdf"]
    assert failed_checks(loaded_con, []) == []
    assert rows[0]["message"].startswith("奖补资金")


def test_figure_lookup_joins_document_title(loaded_con: duckdb.DuckDBPyConnection) -> None:
    rows = loaded_con.execute(
        "SELECT file_name, title, raw, value, x0, top FROM figure_lookup WHERE label = '奖补资金' AND seq = 2"
    ).fetchall()
    assert rows == [
        (
            "report.pdf",
            "关于2017年度扶贫资金使用情况的报告",
            "460.1万元",
            Decimal("460.1"),
            Decimal("72.00"),
            Decimal("100.12"),
        ),
    ]
    assert [f["seq"] for f in figures_of(loaded_con, "a" * 64)] == [1, 2, 3]


def test_document_summary_counts_checks_per_document(loaded_con: duckdb.DuckDBPyConnection) -> None:
    record_failure(
        loaded_con,
        doc_id="f" * 64,
        source_path="/inbox/broken.pdf",
        sha256=None,
        size_bytes=None,
        error_kind="NoTextLayer",
        error="no text layer",
    )
    rows = loaded_con.execute(
        "SELECT file_name, status, error_kind, n_pages, n_figures, checks_passed, checks_failed FROM document_summary"
    ).fetchall()
    assert rows == [
        ("broken.pdf", "failed", "NoTextLayer", None, 0, 0, 0),
        ("report.pdf", "loaded", None, 2, 3, 1, 1),
    ]
    assert [d["file_name"] for d in document_summary(loaded_con)] == ["broken.pdf", "report.pdf"]


def test_run_sql_returns_columns_and_rows(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction
) -> None:
    columns, rows = run_sql(loaded_con, "SELECT page, n_chars FROM pages ORDER BY page")
    assert columns == ["page", "n_chars"]
    assert rows == [(p.page, len(p.text)) for p in extraction.pages]
    run_sql(loaded_con, "CREATE TEMP TABLE scratch (x INTEGER)")
    assert run_sql(loaded_con, "INSERT INTO scratch VALUES (1), (2)") == (["Count"], [(2,)])


def test_latest_run_is_none_before_any_run(con: duckdb.DuckDBPyConnection) -> None:
    assert latest_run(con) is None


def test_figures_counted_once_leaves_out_the_parts_of_a_breakdown(loaded_con: duckdb.DuckDBPyConnection) -> None:
    """A breakdown prints its money twice, as the total and as its parts: summed, money counts once here."""
    everything = loaded_con.execute("SELECT sum(base_value) FROM figures WHERE kind = 'money'").fetchone()
    once = loaded_con.execute("SELECT sum(base_value), count(*) FROM figures_counted_once WHERE kind = 'money'").fetchone()
    assert everything == (Decimal("11061600"),)  # 553.08 + 460.1 + 92.98 万元
    assert once == (Decimal("5530800"), 1)
    columns = [c[0] for c in loaded_con.execute("DESCRIBE figures_counted_once").fetchall()]
    assert columns[:4] == ["file_name", "title", "doc_id", "figure_id"]
