"""Documents read while Prefect starts (flows.pipeline.HeadStart): the flow takes each reading over once,
loads exactly what it would have loaded without one, and ignores a head start read with other settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from extract.sniff import Limits
from flows.pipeline import DocResult, Settings, current_head_start, head_start


def rows(db: Path) -> list[tuple[str, int, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT d.file_name, (SELECT count(*) FROM figures f WHERE f.doc_id = d.doc_id),"
            " (SELECT count(*) FROM checks c WHERE c.doc_id = d.doc_id AND c.status = 'fail')"
            " FROM documents d ORDER BY 1").fetchall()
    finally:
        con.close()


def test_each_document_is_handed_over_once_then_the_workers_stop(pdfs: list[Path], tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    with head_start(pdfs, settings, workers=2) as started:
        assert started is not None and current_head_start(settings) is started
        results = {}
        for path in pdfs:
            future = started.take(str(path))
            results[path.name] = future.result(timeout=60)
            assert started.take(str(path)) is None  # once
        assert started.take(str(tmp_path / "elsewhere.pdf")) is None
    assert current_head_start(settings) is None
    assert all(isinstance(r, DocResult) and r.extraction is not None for r in results.values())
    assert results["b.pdf"].extraction.figures[0].raw == "7573户"  # type: ignore[union-attr]
    with pytest.raises(RuntimeError, match="closed"):
        started.pool.submit(str(pdfs[0]))


@pytest.mark.parametrize("change", [
    {"password": "secret"},
    {"rules_path": "rules.toml"},
    {"limits": Limits(max_pages=3)},
])
def test_a_head_start_read_with_other_reading_settings_is_not_used(pdfs: list[Path], change: dict[str, object]) -> None:
    settings = Settings()
    with head_start(pdfs[:1], settings, workers=1):
        assert current_head_start(replace(settings, **change)) is None  # type: ignore[arg-type]
        # where the warehouse is, or who gets the alerts, does not change what a worker reads
        assert current_head_start(replace(settings, db_path="other.duckdb", webhook_url="http://x")) is not None


@pytest.mark.slow
def test_a_flow_run_takes_the_head_start_over_and_loads_what_it_would_have(prefect_harness: None, pdfs: list[Path],
                                                                           tmp_path: Path) -> None:
    from flows.ingest import run_flow

    plain = run_flow(pdfs, Settings(db_path=str(tmp_path / "plain.duckdb")), workers=2, review=False)
    settings = Settings(db_path=str(tmp_path / "head.duckdb"))
    with head_start(pdfs, settings, workers=2) as started:
        assert started is not None
        summary = run_flow(pdfs, settings, workers=2, review=False)
        assert started.futures == {}  # every reading was taken over, none started twice
    assert (summary.loaded, summary.checks_failed, summary.errors_failed) == (plain.loaded, plain.checks_failed, plain.errors_failed) == (3, 1, 1)
    assert rows(tmp_path / "head.duckdb") == rows(tmp_path / "plain.duckdb")


def extract_task_runs(flow_run_id: str) -> list[str]:
    import anyio
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async def fetch() -> list[str]:
        async with get_client() as client:
            runs = await client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            return sorted(r.name for r in runs if r.name.startswith("extract"))

    return anyio.run(fetch)


def flow_run_log(flow_run_id: str) -> str:
    import anyio
    from prefect import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)  # (records reach the API from a background worker)

    async def fetch() -> str:
        async with get_client() as client:
            logs = await client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
            return "\n".join(log.message for log in logs)

    return anyio.run(fetch)


@pytest.mark.slow
def test_a_flow_run_reading_in_its_own_workers_reports_them_in_two_task_runs_a_worker(prefect_harness: None, pdfs: list[Path],
                                                                                      tmp_path: Path) -> None:
    from flows.ingest import run_flow

    summary = run_flow(pdfs, Settings(db_path=str(tmp_path / "w.duckdb")), workers=1, review=False)
    assert (summary.loaded, summary.errors_failed) == (3, 1)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        flow_run_id = con.execute("SELECT flow_run_id FROM runs").fetchone()[0]
    finally:
        con.close()
    names = extract_task_runs(flow_run_id)
    assert len(names) == 2 and sorted(n.endswith(" +1") for n in names) == [False, True]  # 2 + 1 documents
    log = flow_run_log(flow_run_id)  # each file's line reaches the run's log (see test_arrivals for a released one)
    assert all(line in log for line in ("a.pdf: 5 figures", "b.pdf: 4 figures", "c.pdf: 3 figures")), log
    assert "failed [" not in log
    assert rows(tmp_path / "w.duckdb") == [("a.pdf", 5, 0), ("b.pdf", 4, 1), ("c.pdf", 3, 0)]


@pytest.mark.slow
def test_the_flow_hands_its_summary_back_quoted_so_prefect_does_not_walk_it(prefect_harness: None, pdfs: list[Path],
                                                                          tmp_path: Path) -> None:
    from prefect.utilities.annotations import quote

    from flows.ingest import ingest_reports
    from flows.pipeline import RunSummary

    state = ingest_reports(paths=[str(p) for p in pdfs], db_path=str(tmp_path / "w.duckdb"), workers=2, review=False,
                           return_state=True)
    assert state.is_failed()  # b.pdf's 7573户
    data = state.result(raise_on_failure=False)
    assert isinstance(data, quote) and isinstance(data.unquote(), RunSummary)
    assert (data.unquote().loaded, len(data.unquote().per_document)) == (3, 3)


@pytest.mark.slow
def test_a_flow_run_with_other_settings_reads_for_itself(prefect_harness: None, pdfs: list[Path], tmp_path: Path) -> None:
    from flows.ingest import run_flow

    with head_start(pdfs, Settings(password="not-this-one"), workers=2) as started:
        assert started is not None
        summary = run_flow(pdfs, Settings(db_path=str(tmp_path / "w.duckdb")), workers=2, review=False)
        assert len(started.futures) == 3  # untouched
    assert summary.loaded == 3


@pytest.mark.slow
def test_tally_run_through_prefect_reads_ahead_and_reports_like_a_local_run(prefect_harness: None, pdfs: list[Path], tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    db = tmp_path / "w.duckdb"
    assert main(["run", *map(str, pdfs), str(bad), "--db", str(db), "--prefect", "--no-review"]) == 2  # an unreadable file
    out = capsys.readouterr().out
    assert "4 document(s), 3 loaded, 1 failed" in out and "FAILED FILE [not_pdf]" in out
    assert "ALERT [error]" in out and "6114 + 1394 + 64 = 7572 ≠ 7573户" in out
    local = tmp_path / "local.duckdb"
    assert main(["run", *map(str, pdfs), str(bad), "--db", str(local), "--no-prefect"]) == 2
    assert rows(db) == rows(local)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs WHERE flow_run_id <> ''").fetchone()[0] == 1
    finally:
        con.close()


def test_a_served_run_starts_reading_its_new_files_from_its_parameters_before_it_starts(
        pdfs: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """flows.ingest.reading_ahead, as tally serve's runner uses it: the run's own settings, only the files the
    inbox run will read (not those loaded before with the same bytes), and the inbox listed and hashed once."""
    import flows.inbox
    from flows.ingest import files_to_read, reading_ahead
    from flows.pipeline import load_results, new_run_id, process_document

    db = tmp_path / "w.duckdb"
    settings = Settings(db_path=str(db), limits=Limits(max_pages=7))
    load_results([process_document(pdfs[0], settings)], settings, new_run_id())  # a.pdf: loaded before, unchanged
    listed: list[int] = []
    unchanged = flows.inbox.unchanged_files
    monkeypatch.setattr(flows.inbox, "unchanged_files", lambda *a, **k: listed.append(1) or unchanged(*a, **k))
    parameters = {"paths": [str(pdfs[0].parent)], "db_path": str(db), "skip_loaded": True, "max_pages": 7, "workers": 1}
    with reading_ahead(parameters):
        started = current_head_start(settings)
        assert started is not None and sorted(Path(p).name for p in started.futures) == ["b.pdf", "c.pdf"]
        assert current_head_start(replace(settings, limits=Limits())) is None  # read with the run's limits only
        plan = files_to_read([str(pdfs[0].parent)], str(db), True)  # what the flow run asks first
        assert ([Path(f).name for f in plan.files], [Path(f).name for f in plan.skipped]) == (["b.pdf", "c.pdf"], ["a.pdf"])
    assert listed == [1]
    assert current_head_start(settings) is None
    files_to_read([str(pdfs[0].parent)], str(db), True)  # outside a served run: listed and hashed again
    assert listed == [1, 1]


@pytest.mark.parametrize("parameters", [
    {"paths": ["x"], "dask_address": "tcp://127.0.0.1:8786"},  # the cluster's workers read
    {"paths": ["x"], "no_such_parameter": 1},  # the flow run itself will say what is wrong
    {"db_path": "w.duckdb"},  # no paths: likewise
])
def test_a_served_run_that_cannot_read_ahead_starts_as_usual(parameters: dict[str, object]) -> None:
    from flows.ingest import reading_ahead

    with reading_ahead(parameters):
        assert current_head_start(Settings()) is None


def test_an_error_in_a_run_that_read_ahead_comes_out_unchanged_and_the_workers_stop(pdfs: list[Path], tmp_path: Path) -> None:
    from flows.ingest import reading_ahead

    settings = Settings(db_path=str(tmp_path / "w.duckdb"))
    with pytest.raises(ZeroDivisionError), reading_ahead({"paths": [str(p) for p in pdfs], "db_path": settings.db_path,
                                                           "workers": 1}):
        started = current_head_start(settings)
        assert started is not None and len(started.futures) == 3
        _ = 1 / 0
    assert current_head_start(settings) is None and started.pool.closing and not started.pool.thread.is_alive()
