"""What the flow's writer is handed (flows.ingest.Arrivals): each document as soon as a worker has read it,
whatever extract task reports it, and all of them again when the load task is retried."""

from __future__ import annotations

import logging
import re
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from flows.ingest import Arrivals
from flows.pipeline import DocResult, Settings, load_results, new_run_id, process_document


def result(name: str) -> DocResult:
    return DocResult(path=name, sha256=name, size_bytes=1, extraction=None, error_kind="parse_error", error="x")


def test_documents_arrive_in_the_order_they_are_read_not_the_order_of_their_batches() -> None:
    reading: dict[str, Future[DocResult]] = {name: Future() for name in ("big.pdf", "mid.pdf", "small.pdf")}
    arrivals = iter(Arrivals(futures=[], reading=reading))
    reading["small.pdf"].set_result(result("small.pdf"))
    assert next(arrivals).path == "small.pdf"  # the writer has it while the others are still being read
    reading["big.pdf"].set_result(result("big.pdf"))
    assert next(arrivals).path == "big.pdf"
    threading.Timer(0.05, lambda: reading["mid.pdf"].set_result(result("mid.pdf"))).start()
    assert next(arrivals).path == "mid.pdf"  # waits for it
    assert next(arrivals, None) is None


def test_a_retry_is_handed_every_document_again_once() -> None:
    reading: dict[str, Future[DocResult]] = {name: Future() for name in ("a.pdf", "b.pdf")}
    for name, future in reading.items():
        future.set_result(result(name))
    arrivals = Arrivals(futures=[], reading=reading)
    assert sorted(r.path for r in arrivals) == ["a.pdf", "b.pdf"]
    assert sorted(r.path for r in arrivals) == ["a.pdf", "b.pdf"]


def test_a_reading_that_failed_stops_the_writer_with_its_error() -> None:
    reading: dict[str, Future[DocResult]] = {"a.pdf": Future()}
    reading["a.pdf"].set_exception(RuntimeError("the worker pool is closed"))
    with pytest.raises(RuntimeError, match="closed"):
        list(Arrivals(futures=[], reading=reading))


def test_an_extract_task_reports_documents_the_writer_has_already_stored_and_released(
        pdfs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The writer (load_task's thread) and the extract task runs share each result: a task that reports its
    batch after the writer let the extractions go must still say what was read, not 'failed'."""
    import flows.ingest as ingest

    settings = Settings(db_path=str(tmp_path / "w.duckdb"), isolate=False)
    results = [process_document(p, settings, check=False) for p in pdfs]
    load_results(results, settings, new_run_id(), release=True)  # the writer got there first
    assert all(r.extraction is None for r in results)
    reading: dict[str, Future[DocResult]] = {}
    for r in results:
        reading[r.path] = Future()
        reading[r.path].set_result(r)
    monkeypatch.setattr(ingest, "_reading", reading)
    monkeypatch.setattr(ingest, "get_run_logger", lambda: logging.getLogger("extract-task"))
    with caplog.at_level(logging.INFO, logger="extract-task"):
        assert ingest.extract_task.fn(list(reading), settings) == results
    [message] = caplog.messages
    assert re.fullmatch(r"a\.pdf: 5 figures \(\d+\.\d s\)\nb\.pdf: 4 figures \(\d+\.\d s\)\nc\.pdf: 3 figures \(\d+\.\d s\)",
                        message), message
