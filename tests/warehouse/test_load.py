"""load_extraction / record_failure / runs: one transaction per document, reruns leave the same tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd
import pytest

from extract.records import Extraction
from warehouse import load
from warehouse.load import (
    document_status,
    finish_run,
    load_extraction,
    record_failure,
    start_run,
)
from warehouse.queries import loaded_sha256

DOC_TABLES = ("documents", "pages", "sections", "figures", "relations", "checks")


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in DOC_TABLES}  # type: ignore[index]


def test_load_writes_every_table(loaded_con: duckdb.DuckDBPyConnection) -> None:
    assert row_counts(loaded_con) == {
        "documents": 1,
        "pages": 2,
        "sections": 1,
        "figures": 3,
        "relations": 1,
        "checks": 2,
    }


def test_load_returns_counts(
    con: duckdb.DuckDBPyConnection, extraction: Extraction, make_checks: Callable[..., pd.DataFrame]
) -> None:
    counts = load_extraction(con, extraction, make_checks(extraction))
    assert (counts.pages, counts.sections, counts.figures, counts.relations) == (2, 1, 3, 1)
    assert (counts.checks, counts.checks_failed) == (2, 1)


def test_load_twice_leaves_the_same_rows(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction, make_checks: Callable[..., pd.DataFrame]
) -> None:
    before = row_counts(loaded_con)
    load_extraction(loaded_con, extraction, make_checks(extraction), run_id="run-2")
    assert row_counts(loaded_con) == before
    assert loaded_con.execute("SELECT run_id FROM documents").fetchall() == [("run-2",)]


def test_reload_with_fewer_figures_drops_the_old_ones(
    loaded_con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    smaller = make_extraction(values=(Decimal("1"), Decimal("1")))
    load_extraction(loaded_con, smaller, None)
    assert row_counts(loaded_con)["figures"] == 2
    assert row_counts(loaded_con)["checks"] == 0


def test_failure_mid_load_keeps_the_previous_version(
    loaded_con: duckdb.DuckDBPyConnection,
    make_extraction: Callable[..., Extraction],
    make_checks: Callable[..., pd.DataFrame],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = row_counts(loaded_con)
    real_insert = load.insert_table

    def failing_insert(con: duckdb.DuckDBPyConnection, table: str, rows: Any) -> int:
        if table == "checks":
            raise RuntimeError("disk full while writing checks")
        return real_insert(con, table, rows)

    monkeypatch.setattr(load, "insert_table", failing_insert)
    bigger = make_extraction(values=(Decimal("3"), Decimal("1"), Decimal("1"), Decimal("1")))
    with pytest.raises(RuntimeError, match="disk full"):
        load_extraction(loaded_con, bigger, make_checks(bigger), run_id="run-2")
    assert row_counts(loaded_con) == before
    assert loaded_con.execute("SELECT run_id FROM documents").fetchall() == [("run-1",)]
    assert loaded_con.execute("SELECT sum(value) FROM figures").fetchone() == (Decimal("1106.16"),)


def test_decimals_sum_exactly_in_sql(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    parts = (Decimal("460.1"), Decimal("92.98"), Decimal("13.44"), Decimal("133.48"))
    load_extraction(con, make_extraction(values=(Decimal("700"), *parts)), None)
    total, parts_sum, exact = con.execute(
        "SELECT max(value), sum(value) - max(value), sum(value) - max(value) = 700 FROM figures"
    ).fetchone()  # type: ignore[misc]
    assert (total, parts_sum, exact) == (Decimal("700"), Decimal("700"), True)
    assert con.execute("SELECT base_value FROM figures WHERE seq = 2").fetchone() == (Decimal("4601000"),)


def test_large_base_values_keep_every_digit(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    big = Decimal("123456789012345.1234567891")  # ~1.2e14 with 10 decimals
    load_extraction(con, make_extraction(values=(big,)), None)
    assert con.execute("SELECT value FROM figures").fetchone() == (big,)


@pytest.mark.parametrize(
    "value",
    [Decimal("1.12345678901"), Decimal("1e28"), Decimal("NaN")],
    ids=["11-decimals", "29-digits", "nan"],
)
def test_value_that_does_not_fit_raises_and_writes_nothing(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], value: Decimal
) -> None:
    with pytest.raises(ValueError, match="figure"):
        load_extraction(con, make_extraction(values=(Decimal("1"), value)), None)
    assert row_counts(con)["documents"] == 0


def test_trailing_zeros_beyond_ten_places_are_not_rounding(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction]
) -> None:
    load_extraction(con, make_extraction(values=(Decimal("2.500000000000000"),)), None)
    assert con.execute("SELECT value FROM figures").fetchone() == (Decimal("2.5"),)


def test_figure_without_value_keeps_its_note(
    con: duckdb.DuckDBPyConnection,
    make_extraction: Callable[..., Extraction],
    make_figure: Callable[..., Any],
) -> None:
    extraction = make_extraction(values=(Decimal("1"),))
    odd = make_figure(2, None, raw="1234567890123456789012345678901万元", note="too many digits")
    load_extraction(con, replace(extraction, figures=(*extraction.figures, odd)), None)
    assert con.execute("SELECT value, base_value, note FROM figures WHERE seq = 2").fetchone() == (
        None,
        None,
        "too many digits",
    )


def test_checks_without_doc_id_get_it_and_keep_lists_and_decimals(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction
) -> None:
    row = loaded_con.execute(
        "SELECT doc_id, child_figure_ids, expected, actual, difference, source FROM checks WHERE check_id = 'c002'"
    ).fetchone()
    assert row == (
        extraction.meta.doc_id,
        [extraction.figures[2].figure_id],
        Decimal("460.1"),
        Decimal("460.0"),
        Decimal("-0.1"),
        "rules/county.toml",
    )


def test_checks_of_another_document_are_refused(
    con: duckdb.DuckDBPyConnection, extraction: Extraction, make_checks: Callable[..., pd.DataFrame]
) -> None:
    checks = make_checks(extraction).assign(doc_id="b" * 64)
    with pytest.raises(ValueError, match="other documents"):
        load_extraction(con, extraction, checks)


def test_checks_missing_a_column_are_refused(
    con: duckdb.DuckDBPyConnection, extraction: Extraction, make_checks: Callable[..., pd.DataFrame]
) -> None:
    with pytest.raises(ValueError, match="tolerance"):
        load_extraction(con, extraction, make_checks(extraction).drop(columns=["tolerance"]))


def test_document_row_keeps_meta(loaded_con: duckdb.DuckDBPyConnection) -> None:
    row = loaded_con.execute(
        "SELECT file_name, size_bytes, n_pages, strftime(report_date, '%Y-%m-%d'), status, n_figures, n_checks_failed "
        "FROM documents"
    ).fetchone()
    assert row == ("report.pdf", 1234, 2, "2018-01-09", "loaded", 3, 1)


def fail(con: duckdb.DuckDBPyConnection, doc_id: str, kind: str = "too_large", path: str = "/inbox/report.pdf") -> None:
    record_failure(con, doc_id=doc_id, source_path=path, sha256=doc_id, size_bytes=1234, error_kind=kind,
                   error=f"report.pdf: {kind}", run_id="run-2")


def test_a_failed_read_of_bytes_already_loaded_keeps_their_load(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction
) -> None:
    # the same file read again with a lower page limit, a wrong password, a shorter timeout: its earlier
    # load stands (the run that failed to read it says so)
    before = row_counts(loaded_con)
    fail(loaded_con, extraction.meta.doc_id)
    assert row_counts(loaded_con) == before
    assert document_status(loaded_con, extraction.meta.doc_id) == "loaded"
    assert loaded_sha256(loaded_con) == {"/inbox/report.pdf": extraction.meta.sha256}


def test_a_changed_file_that_fails_keeps_the_earlier_versions_load_beside_its_failure(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction, make_extraction: Callable[..., Extraction]
) -> None:
    before = row_counts(loaded_con)
    fail(loaded_con, "b" * 64, "truncated")  # new bytes at the same path (a half-copied file, say)
    fail(loaded_con, "c" * 64, "encrypted")  # and again, other bytes: the newest failure replaces the older one
    assert loaded_con.execute("SELECT doc_id, status, error_kind FROM documents ORDER BY status").fetchall() == [
        ("c" * 64, "failed", "encrypted"), (extraction.meta.doc_id, "loaded", None)]
    assert {t: n for t, n in row_counts(loaded_con).items() if t != "documents"} == {
        t: n for t, n in before.items() if t != "documents"}
    assert loaded_sha256(loaded_con) == {"/inbox/report.pdf": extraction.meta.sha256}
    # a version that reads replaces both
    newer = make_extraction(doc_id="d" * 64)
    load_extraction(loaded_con, newer, None, run_id="run-3")
    assert loaded_con.execute("SELECT doc_id, status FROM documents").fetchall() == [("d" * 64, "loaded")]


def test_record_failure_twice_keeps_one_row(con: duckdb.DuckDBPyConnection) -> None:
    for _ in range(2):
        record_failure(
            con,
            doc_id="f" * 64,
            source_path="/inbox/broken.pdf",
            sha256=None,
            size_bytes=None,
            error_kind="PermissionError",
            error="cannot read",
        )
    assert con.execute("SELECT file_name, status, error_kind FROM documents").fetchall() == [
        ("broken.pdf", "failed", "PermissionError")
    ]


def test_loaded_sha256_maps_paths_of_loaded_documents(
    loaded_con: duckdb.DuckDBPyConnection, extraction: Extraction
) -> None:
    assert loaded_sha256(loaded_con) == {"/inbox/report.pdf": extraction.meta.sha256}
    assert document_status(loaded_con, extraction.meta.doc_id) == "loaded"
    assert document_status(loaded_con, "nope") is None


def test_runs_are_started_and_finished(con: duckdb.DuckDBPyConnection) -> None:
    start_run(con, "run-1", "flow-abc")
    assert con.execute("SELECT status, finished_at FROM runs").fetchall() == [("running", None)]
    finish_run(con, "run-1", files_seen=3, files_new=2, files_skipped=1, files_failed=0, checks_failed=4)
    row = con.execute(
        "SELECT flow_run_id, files_seen, files_new, files_skipped, files_failed, checks_failed, status, "
        "finished_at >= started_at FROM runs"
    ).fetchone()
    assert row == ("flow-abc", 3, 2, 1, 0, 4, "completed", True)


def test_finish_run_without_start_raises(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ValueError, match="start_run"):
        finish_run(con, "ghost", files_seen=0, files_new=0, files_skipped=0, files_failed=0, checks_failed=0)


def test_checks_from_floats_and_arrow_lists_go_in_by_their_text(
    con: duckdb.DuckDBPyConnection, extraction: Extraction, make_checks: Callable[..., pd.DataFrame]
) -> None:
    checks = make_checks(extraction).astype({"expected": "float64", "page": "Int64"})
    checks = pd.DataFrame(checks.to_dict("list"))  # child ids stay lists; NaN-free floats
    checks.loc[1, "expected"] = float("nan")
    load_extraction(con, extraction, checks)
    rows = con.execute("SELECT check_id, expected, page FROM checks ORDER BY check_id").fetchall()
    assert rows == [("c001", Decimal("553.08"), 1), ("c002", None, 2)]


def test_a_run_left_running_by_a_dead_process_is_marked_interrupted_by_the_next(con: duckdb.DuckDBPyConnection) -> None:
    """One process writes the warehouse at a time, so a run still 'running' when another starts had its process
    killed (or its machine went down) before it finished: the runs table says so instead of 'running' forever."""
    start_run(con, "run-1", "flow-1")
    finish_run(con, "run-1", files_seen=1, files_new=1, files_skipped=0, files_failed=0, checks_failed=0)
    start_run(con, "run-2", "flow-2")  # killed mid-load
    start_run(con, "run-3", "flow-3")
    assert con.execute("SELECT run_id, status, finished_at IS NULL FROM runs ORDER BY 1").fetchall() == [
        ("run-1", "completed", False), ("run-2", "interrupted", True), ("run-3", "running", True)]
    start_run(con, "run-3", "flow-3")  # the same run again (its load task retried): still its own, running
    assert con.execute("SELECT status FROM runs WHERE run_id = 'run-3'").fetchone() == ("running",)


def test_a_run_marked_interrupted_gets_the_counts_of_what_it_committed(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], tmp_path: Any
) -> None:
    from warehouse.load import document_rows, failure_rows, write_documents

    start_run(con, "run-1", "flow-1")  # killed after committing two documents and a failure
    files = [tmp_path / f"{n}.pdf" for n in "abc"]
    for i, f in enumerate(files):
        f.write_bytes(b"%PDF " + bytes([i]))
    write_documents(con, [document_rows(make_extraction(source_path=str(files[0]), doc_id="a" * 64), None, run_id="run-1"),
                          document_rows(make_extraction(source_path=str(files[1]), doc_id="b" * 64), None, run_id="run-1"),
                          failure_rows(doc_id="c" * 64, source_path=str(files[2]), sha256="c" * 64, size_bytes=6,
                                       error_kind="not_pdf", error="c.pdf: no", run_id="run-1")])
    start_run(con, "run-2", "flow-2")
    assert con.execute("SELECT status, files_seen, files_new, files_failed FROM runs WHERE run_id = 'run-1'").fetchall() == [
        ("interrupted", 3, 2, 1)]


def test_a_copy_of_loaded_bytes_is_not_loaded_again_and_is_said_to_be_a_copy(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], tmp_path: Any
) -> None:
    from warehouse.load import document_rows, write_documents

    a, b = tmp_path / "a.pdf", tmp_path / "b copy.pdf"
    for f in (a, b):
        f.write_bytes(b"%PDF same bytes")
    first, copy = (make_extraction(source_path=str(f)) for f in (a, b))
    assert write_documents(con, [document_rows(first, None), document_rows(copy, None)]) == {str(b): str(a)}
    assert con.execute("SELECT source_path, status FROM documents").fetchall() == [(str(a), "loaded")]
    figures = row_counts(con)["figures"]
    # later, alone: still a copy of a (which is still there); a's rows untouched
    assert write_documents(con, [document_rows(copy, None)]) == {str(b): str(a)}
    assert con.execute("SELECT source_path FROM documents").fetchall() == [(str(a),)]
    # the copy changes: it is a document of its own, and a's rows stay
    changed = make_extraction(doc_id="e" * 64, source_path=str(b))
    assert write_documents(con, [document_rows(changed, None)]) == {}
    assert sorted(con.execute("SELECT source_path FROM documents").fetchall()) == [(str(a),), (str(b),)]
    assert row_counts(con)["figures"] == 2 * figures


def test_loaded_bytes_found_under_a_new_name_after_the_old_one_went_are_a_move(
    con: duckdb.DuckDBPyConnection, make_extraction: Callable[..., Extraction], tmp_path: Any
) -> None:
    from warehouse.load import document_rows, write_documents

    old, new = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    new.write_bytes(b"%PDF bytes")  # draft.pdf was renamed final.pdf: the old name is gone
    write_documents(con, [document_rows(make_extraction(source_path=str(old)), None)])
    assert write_documents(con, [document_rows(make_extraction(source_path=str(new)), None)]) == {}
    assert con.execute("SELECT source_path FROM documents").fetchall() == [(str(new),)]


def test_what_a_figure_does_not_have_is_null_not_empty(loaded_con: duckdb.DuckDBPyConnection) -> None:
    """count(note), `label IS NULL` answer what they ask: '' was stored for every figure without a note."""
    total, notes, approx = loaded_con.execute("SELECT count(*), count(note), count(approx) FROM figures").fetchone()  # type: ignore[misc]
    assert total == 3 and (notes, approx) == (0, 0)
    assert loaded_con.execute("SELECT count(*) FROM figures WHERE note = '' OR approx = '' OR label = ''").fetchone() == (0,)
