"""What the flow's writer is handed (flows.ingest.Arrivals): each document as soon as a worker has read it,
whatever extract task reports it, and all of them again when the load task is retried."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from flows.ingest import Arrivals
from flows.pipeline import DocResult


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
