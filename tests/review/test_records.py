"""Warehouse rows -> review records: check order (failed, warnings, passed), counts per document."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from review import records
from warehouse.connect import connect

DOC = "d" * 64
CHECKS = [  # check_id, severity, status, page
    ("C001", "info", "pass", 1),
    ("C002", "error", "fail", 3),
    ("C003", "warning", "fail", 1),
    ("C004", "error", "fail", 2),
    ("C005", "info", "pass", None),
]


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(":memory:")
    connection.execute(
        "INSERT INTO documents (doc_id, file_name, source_path, sha256, title, status) VALUES (?, 'r.pdf', '/x/r.pdf', ?, '报告', 'loaded')",
        [DOC, DOC],
    )
    for check_id, severity, status, page in CHECKS:
        connection.execute(
            "INSERT INTO checks (doc_id, check_id, rule, severity, status, page, message, child_figure_ids, difference)"
            " VALUES (?, ?, 'sum_adds_up', ?, ?, ?, 'm', [], -1)",
            [DOC, check_id, severity, status, page],
        )
    yield connection
    connection.close()


def test_checks_come_failed_first_then_warnings_then_passed(con: duckdb.DuckDBPyConnection) -> None:
    rows = records.checks(con, DOC)
    assert [(c.check_id, c.group) for c in rows] == [
        ("C004", "failed"), ("C002", "failed"), ("C003", "warning"), ("C001", "passed"), ("C005", "passed")
    ]


def test_documents_count_checks_as_the_review_groups_them(con: duckdb.DuckDBPyConnection) -> None:
    (doc,) = records.documents(con)
    assert (doc.checks_failed, doc.checks_warning, doc.checks_passed) == (2, 1, 2)
    assert doc.page_name == "dddddddddddd.html" and doc.report_date == "" and doc.n_pages is None


def test_discrepancies_cover_failed_checks_only(con: duckdb.DuckDBPyConnection) -> None:
    gaps = records.discrepancies(con, [DOC], limit=10)
    assert [g.check_id for g in gaps] == ["C002", "C004", "C003"]  # errors first, then the warning
    assert records.discrepancies(con, ["other"], limit=10) == []


def test_discrepancies_come_largest_for_their_total_first(con: duckdb.DuckDBPyConnection) -> None:
    """A 1,000元 slip in 445万元 (0.02%) is smaller than 2 missing of 57家 (3.5%), whatever the units say."""
    for check_id, difference, expected in (("C010", -1000, 4450000), ("C011", -2, 57), ("C012", 300, 30000)):
        con.execute("INSERT INTO checks (doc_id, check_id, rule, severity, status, page, message, child_figure_ids, difference,"
                    " expected) VALUES (?, ?, 'sum_adds_up', 'error', 'fail', 1, 'm', [], ?, ?)", [DOC, check_id, difference, expected])
    gaps = records.discrepancies(con, [DOC], limit=10)
    assert [g.check_id for g in gaps][:3] == ["C011", "C012", "C010"]
    assert [g.check_id for g in gaps][3:] == ["C002", "C004", "C003"]  # (no total to compare with: last; the warning after the errors)
