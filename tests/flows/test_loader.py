"""The single writer: documents checked and written a batch at a time, one bad document failing alone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import (
    DocResult,
    Loader,
    Settings,
    largest_first,
    load_results,
    map_documents,
    new_run_id,
    process_document,
)


def failed_checks(db: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [(str(a), str(b)) for a, b in con.execute(
            "SELECT d.file_name, c.message FROM checks c JOIN documents d USING (doc_id)"
            " WHERE c.status = 'fail' ORDER BY 1").fetchall()]
    finally:
        con.close()


def test_unchecked_results_are_checked_by_the_writer_like_checked_ones(pdfs: list[Path], tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "unchecked.duckdb"), isolate=False)
    unchecked = [process_document(p, settings, check=False) for p in pdfs]
    assert all(r.checks is None and r.extraction is not None for r in unchecked)
    summary = load_results(unchecked, settings, new_run_id())
    checked = [process_document(p, settings) for p in pdfs]
    other = Settings(db_path=str(tmp_path / "checked.duckdb"), isolate=False)
    assert load_results(checked, other, new_run_id()).checks_failed == summary.checks_failed == 1
    assert failed_checks(tmp_path / "unchecked.duckdb") == failed_checks(tmp_path / "checked.duckdb")
    assert [r.checks is not None for r in unchecked] == [True, True, True]  # the alerts read them afterwards
    assert [a["file"] for a in summary.alerts] == ["b.pdf"]


@pytest.mark.parametrize("batch", [1, 2, 16])
def test_every_batch_size_loads_every_document_once(pdfs: list[Path], tmp_path: Path, batch: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Loader, "BATCH_DOCS", batch)
    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    for _ in range(2):  # a re-run replaces, never duplicates
        summary = load_results([process_document(p, settings, check=False) for p in pdfs], settings, new_run_id())
        assert (summary.loaded, summary.failed, summary.checks_failed) == (3, 0, 1)
    con = duckdb.connect(settings.db_path, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (3, 3)
    assert con.execute("SELECT count(*), count(*) FILTER (WHERE files_new = 3) FROM runs").fetchone() == (2, 2)
    con.close()


def test_a_document_whose_values_cannot_be_stored_fails_alone(pdfs: list[Path], tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    results = [process_document(p, settings, check=False) for p in pdfs]
    bad = results[0].extraction
    assert bad is not None
    huge = replace(bad.figures[0], value=Decimal("1E+40"), base_value=Decimal("1E+44"))
    results[0] = DocResult(results[0].path, results[0].sha256, results[0].size_bytes, replace(bad, figures=(huge, *bad.figures[1:])))
    summary = load_results(results, settings, new_run_id())
    assert (summary.loaded, summary.failed) == (2, 1)
    [(name, kind, message)] = summary.failures
    assert (name, kind) == ("a.pdf", "invalid_values") and "cannot be stored" in message
    con = duckdb.connect(settings.db_path, read_only=True)
    assert con.execute("SELECT file_name, status FROM documents ORDER BY 1").fetchall() == [
        ("a.pdf", "failed"), ("b.pdf", "loaded"), ("c.pdf", "loaded")]
    con.close()


def test_workers_read_and_the_writer_checks(pdfs: list[Path], tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    results = map_documents(pdfs, settings, 2)
    assert [Path(r.path).name for r in results] == ["a.pdf", "b.pdf", "c.pdf"]  # input order, whatever finished first
    assert all(r.extraction is not None and r.checks is None for r in results)
    for result in results:  # sent without the page characters' boxes; each figure keeps its own
        assert result.extraction is not None
        assert all(p.boxes == () for p in result.extraction.pages)
        assert all(f.bbox is not None for f in result.extraction.figures)
    summary = load_results(results, settings, new_run_id())
    assert (summary.loaded, summary.checks_failed) == (3, 1)


def test_largest_files_are_read_first(tmp_path: Path) -> None:
    sizes = {"small.pdf": 10, "big.pdf": 1000, "gone.pdf": None, "mid.pdf": 100}
    paths = []
    for name, size in sizes.items():
        path = tmp_path / name
        if size is not None:
            path.write_bytes(b"x" * size)
        paths.append(path)
    assert [paths[i].name for i in largest_first(paths)] == ["big.pdf", "mid.pdf", "small.pdf", "gone.pdf"]


def test_the_run_summary_says_what_became_of_each_file(pdfs: list[Path], tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    summary = load_results([process_document(p, settings, check=False) for p in [*pdfs, bad]], settings, new_run_id())
    rows = {row["file"]: row for row in summary.per_document}
    assert [rows[name]["outcome"] for name in ("a.pdf", "b.pdf", "c.pdf", "scan.pdf")] == ["loaded"] * 3 + ["failed: not_pdf"]
    assert (rows["b.pdf"]["errors"], rows["b.pdf"]["warnings"], rows["a.pdf"]["errors"]) == (1, 0, 0)
    assert rows["b.pdf"]["figures"] == 4 and rows["b.pdf"]["pages"] == 1
    assert rows["scan.pdf"]["figures"] is None and "scan.pdf" in rows["scan.pdf"]["reason"]


def test_a_released_run_keeps_only_what_its_summary_needs_and_reports_the_same(pdfs: list[Path], tmp_path: Path) -> None:
    settings = Settings()
    kept = [process_document(p, settings, check=False) for p in pdfs]
    released = [process_document(p, settings, check=False) for p in pdfs]
    plain = load_results(kept, replace(settings, db_path=str(tmp_path / "kept.duckdb")), new_run_id())
    run_id = new_run_id()
    lean = load_results(released, replace(settings, db_path=str(tmp_path / "lean.duckdb")), run_id, release=True)
    assert all(r.extraction is None and r.checks is None and r.written is not None for r in released)
    assert all(r.extraction is not None for r in kept)  # release is opt-in: these can be loaded again
    for field in ("documents", "loaded", "failed", "figures", "checks_passed", "checks_failed", "errors_failed",
                  "failures", "alerts"):
        assert getattr(lean, field) == getattr(plain, field), field
    timeless = [[{k: v for k, v in row.items() if k != "seconds"} for row in s.per_document] for s in (lean, plain)]
    assert timeless[0] == timeless[1] and len(timeless[0]) == 3  # (each side read the files itself: times differ)
    assert failed_checks(tmp_path / "lean.duckdb") == failed_checks(tmp_path / "kept.duckdb")
    with pytest.raises(ValueError, match="released"):  # what another run would need is gone: say so, never load it empty
        load_results(released, replace(settings, db_path=str(tmp_path / "other.duckdb")), new_run_id())


def test_a_retried_load_counts_what_the_first_attempt_committed_without_writing_it_again(
        pdfs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.load

    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    results = [process_document(p, settings, check=False) for p in pdfs]
    monkeypatch.setattr(Loader, "BATCH_DOCS", 1)
    real, calls = warehouse.load.write_documents, []

    def fail_on_the_second_batch(con: object, rows: list[object]) -> dict[str, str]:
        calls.append(len(rows))
        if len(calls) == 2:
            raise OSError("disk full")
        return real(con, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(warehouse.load, "write_documents", fail_on_the_second_batch)
    run_id = new_run_id()
    with pytest.raises(OSError):
        load_results(results, settings, run_id, release=True)
    assert [r.written is not None for r in results] == [True, False, False]  # a.pdf committed, b.pdf's batch rolled back
    summary = load_results(results, settings, run_id, release=True)  # what Prefect's retry of load_task does
    assert calls == [1, 1, 1, 1]  # a.pdf was not written twice
    assert (summary.documents, summary.loaded, summary.failed, summary.checks_failed) == (3, 3, 0, 1)
    assert [name for name, _ in failed_checks(tmp_path / "w.duckdb")] == ["b.pdf"]
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(*) FILTER (WHERE status = 'loaded') FROM documents").fetchone() == (3, 3)
    finally:
        con.close()


def test_a_documents_read_status_is_the_same_before_and_after_the_writer_releases_it(pdfs: list[Path], tmp_path: Path) -> None:
    """The extract task logs each file's status while the writer may already have stored and released it
    (same objects, another thread): a released document must still read '4 figures', never 'failed'."""
    from flows.pipeline import read_status

    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    results = [process_document(p, settings, check=False) for p in [*pdfs, bad]]
    huge_source = results[2].extraction
    assert huge_source is not None
    huge = replace(huge_source.figures[0], value=Decimal("1E+40"), base_value=Decimal("1E+44"))
    results[2] = DocResult(results[2].path, results[2].sha256, results[2].size_bytes,
                           replace(huge_source, figures=(huge, *huge_source.figures[1:])))
    before = [read_status(r) for r in results]
    assert before[1] == "4 figures" and before[3].startswith("failed [not_pdf] scan.pdf")
    load_results(results, settings, new_run_id(), release=True)
    after = [read_status(r) for r in results]
    assert all(r.extraction is None for r in results)
    assert after[:2] == before[:2] and after[3] == before[3]
    assert after[2].startswith("failed [invalid_values] c.pdf: cannot be stored")  # what the writer found out


class Stopped(BaseException):
    """What stops a writer mid-run: Ctrl-C (KeyboardInterrupt), or Prefect's TerminationSignal on a cancel."""


@pytest.mark.parametrize(("batch", "stop", "committed"), [(1, Stopped, 2), (2, Stopped, 2), (16, Stopped, 0),
                                                          (1, RuntimeError, 2), (16, RuntimeError, 2)])
def test_a_writer_stopped_mid_run_records_the_run_as_interrupted_with_what_it_committed(
        pdfs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int, stop: type[BaseException],
        committed: int) -> None:
    monkeypatch.setattr(Loader, "BATCH_DOCS", batch)
    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    results = [process_document(p, settings, check=False) for p in pdfs]

    def two_then_stop() -> Iterator[DocResult]:
        yield from results[:2]
        raise stop("stop")

    if committed == 0:  # nothing reached the warehouse: nothing to record either (no run row, no file)
        with pytest.raises(stop):
            load_results(two_then_stop(), settings, "run-x", skipped=1)
        assert not Path(settings.db_path).exists()
        return
    with pytest.raises(stop):
        load_results(two_then_stop(), settings, "run-x", skipped=1)
    con = duckdb.connect(settings.db_path, read_only=True)
    try:
        run = con.execute("SELECT status, finished_at IS NOT NULL, files_seen, files_new, files_skipped FROM runs").fetchall()
        assert run == [("interrupted", True, committed + 1, committed, 1)]
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (committed,)
    finally:
        con.close()


def test_a_run_is_recorded_as_started_when_its_writer_started_not_at_its_first_commit(pdfs: list[Path],
                                                                                      tmp_path: Path) -> None:
    import time
    from datetime import UTC, datetime

    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    results = [process_document(p, settings, check=False) for p in pdfs]
    before = datetime.now(UTC).replace(tzinfo=None)

    def slowly() -> Iterator[DocResult]:
        time.sleep(0.5)  # the workers read the first documents: nothing is committed yet
        yield from results

    load_results(slowly(), settings, new_run_id())
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    [(started, finished)] = con.execute("SELECT started_at, finished_at FROM runs").fetchall()
    con.close()
    assert started >= before and (finished - started).total_seconds() >= 0.5


def test_documents_read_before_the_reading_broke_are_loaded_and_the_run_says_so(pdfs: list[Path], tmp_path: Path) -> None:
    from flows.pipeline import ReadingStopped

    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    results = [process_document(p, settings, check=False) for p in pdfs]

    def cluster_lost() -> Iterator[DocResult]:  # (as Dask says it when its scheduler goes away)
        yield from results[:2]
        raise RuntimeError("extract_task-75fc cancelled for reason: scheduler-connection-lost.")

    with pytest.raises(ReadingStopped) as stopped:
        load_results(cluster_lost(), settings, "run-x")
    assert str(stopped.value) == ("reading stopped after 2 document(s): RuntimeError: extract_task-75fc cancelled for "
                                  "reason: scheduler-connection-lost.; the 2 read are loaded, run again for the rest")
    con = duckdb.connect(settings.db_path, read_only=True)
    try:
        assert con.execute("SELECT status, files_new FROM runs").fetchall() == [("interrupted", 2)]
    finally:
        con.close()


def test_the_writer_is_not_retried_when_the_reading_broke() -> None:
    from prefect.states import Failed

    from flows.ingest import load_task, retry_unless_reading_stopped
    from flows.pipeline import ReadingStopped

    assert load_task.retry_condition_fn is retry_unless_reading_stopped
    assert retry_unless_reading_stopped(load_task, None, Failed(data=ReadingStopped("x"))) is False
    assert retry_unless_reading_stopped(load_task, None, Failed(data=OSError("disk"))) is True
