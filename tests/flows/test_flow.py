"""The real Prefect flow, on one test server for the session: Failed state after loading, artifact, webhook."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from receiver import Receiver

from flows.pipeline import Settings

pytestmark = pytest.mark.slow


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def _state_of_last_run() -> tuple[str, Any]:
    import anyio
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort

    async def fetch() -> Any:
        async with get_client() as client:
            runs = await client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
            artifacts = await client.read_artifacts(  # this run's (the test server is the whole session's)
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[runs[0].id])))
            return runs[0], artifacts

    run, artifacts = anyio.run(fetch)
    return run.state.type.value, artifacts


def _message_of_last_run() -> str:
    from prefect import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        [run] = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
        return str(run.state.message)


def test_an_unreadable_file_fails_the_flow_run_as_it_fails_the_command(prefect_harness: None, report_pdf: Path,
                                                                       tmp_path: Path) -> None:
    from flows.cli import main

    bad = tmp_path / "x.pdf"
    bad.write_text("not a pdf")
    db = tmp_path / "w.duckdb"
    assert main(["run", str(report_pdf), str(bad), "--db", str(db), "--prefect", "--no-review"]) == 2
    assert _state_of_last_run()[0] == "FAILED"
    assert _message_of_last_run() == "1 file(s) unreadable: the rest is loaded; see the artifact"
    # in the run's log, the file that could not be read is a warning, not lost among the info lines
    import logging

    from prefect import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        [run] = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
        deadline = time.monotonic() + 20
        while True:  # (logs reach the API in batches)
            logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])))
            if any("x.pdf: failed [not_pdf]" in log.message for log in logs) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    assert [log.level for log in logs if "x.pdf: failed [not_pdf]" in log.message] == [logging.WARNING]


def test_the_flow_runs_state_names_failed_errors_and_unreadable_files_together(prefect_harness: None, failing_pdf: Path,
                                                                              tmp_path: Path) -> None:
    from flows.cli import main

    bad = tmp_path / "x.pdf"
    bad.write_text("not a pdf")
    assert main(["run", str(failing_pdf), str(bad), "--db", str(tmp_path / "w.duckdb"), "--prefect", "--no-review"]) == 2
    assert _message_of_last_run() == "1 check(s) failed, 1 file(s) unreadable: the rest is loaded; see the artifact"


def test_flow_loads_then_fails_and_posts_the_alert(prefect_harness: None, failing_pdf: Path, report_pdf: Path, tmp_path: Path, receiver: Receiver) -> None:
    from flows.ingest import run_flow

    db = tmp_path / "w.duckdb"
    summary = run_flow([failing_pdf, report_pdf], Settings(db_path=str(db), webhook_url=receiver.url), workers=1)
    assert summary.loaded == 2 and summary.errors_failed == 1
    state, artifacts = _state_of_last_run()
    assert state == "FAILED"
    assert any("500 + 350 = 850 ≠ 860人" in (a.data or "") for a in artifacts)
    [documents] = [a for a in artifacts if a.key == "tally-documents"]  # a row per file, where the UI shows a task run per batch
    table = json.loads(documents.data) if isinstance(documents.data, str) else documents.data
    assert sorted((row["file"], row["outcome"], row["errors"]) for row in table) == [("bad.pdf", "loaded", 1), ("good.pdf", "loaded", 0)]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone()[0] == 2
    run_row = con.execute("SELECT flow_run_id, files_seen, checks_failed FROM runs").fetchone()
    con.close()
    assert run_row[0] and run_row[1] == 2 and run_row[2] == 1
    [body] = receiver.bodies
    [alert] = body["alerts"]
    assert alert["page"] == 1 and alert["file"] == "bad.pdf"
    assert alert["figures"]["total"]["raw"] == "860人"
    assert [p["raw"] for p in alert["figures"]["parts"]] == ["500人", "350人"]
    assert alert["expected"] == "860" and alert["actual"] == "850"


def test_a_failing_receiver_loses_no_data_and_hides_no_failure(prefect_harness: None, failing_pdf: Path, tmp_path: Path) -> None:
    from flows.ingest import run_flow

    broken = Receiver(status=500)
    try:
        db = tmp_path / "w.duckdb"
        summary = run_flow([failing_pdf], Settings(db_path=str(db), webhook_url=broken.url), workers=1)
    finally:
        broken.close()
    assert summary.errors_failed == 1
    assert _state_of_last_run()[0] == "FAILED"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM failed_checks").fetchone()[0] == 1
    con.close()


def test_flow_runs_documents_in_worker_processes(prefect_harness: None, failing_pdf: Path, report_pdf: Path, tmp_path: Path) -> None:
    from flows.ingest import run_flow

    summary = run_flow([failing_pdf, report_pdf], Settings(db_path=str(tmp_path / "w.duckdb")), workers=2)
    assert summary.loaded == 2
    assert summary.review == str(tmp_path / "w-review" / "index.html")  # written every run by default


def test_a_run_without_review_writes_none_and_still_alerts(prefect_harness: None, failing_pdf: Path, tmp_path: Path) -> None:
    from flows.ingest import run_flow

    summary = run_flow([failing_pdf], Settings(db_path=str(tmp_path / "w.duckdb")), review=False)
    assert (summary.review, summary.errors_failed) == (None, 1)
    assert not (tmp_path / "w-review").exists()


def test_inbox_run_skips_unchanged_files_and_replaces_changed_ones(prefect_harness: None, tmp_path: Path) -> None:
    from pdfs import tiny_pdf

    from flows.ingest import run_flow

    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户40户。"], inbox / "a.pdf")
    db = str(tmp_path / "w.duckdb")
    first = run_flow([inbox], Settings(db_path=db), workers=1, skip_loaded=True, inbox=str(inbox))
    assert first.loaded == 1
    tiny_pdf(["务工人员50人,其中省外30人,省内20人。"], inbox / "sub" / "b.pdf")
    second = run_flow([inbox], Settings(db_path=db), workers=1, skip_loaded=True, inbox=str(inbox))
    assert (second.loaded, second.skipped) == (1, 1)
    tiny_pdf(["受益贫困户100户,其中种植户60户,养殖户41户。"], inbox / "a.pdf")  # a corrected file
    (inbox / "sub" / "b.pdf").unlink()
    third = run_flow([inbox], Settings(db_path=db), workers=1, skip_loaded=True, inbox=str(inbox))
    assert third.loaded == 1 and third.errors_failed == 1
    assert third.missing == [str(inbox / "sub" / "b.pdf")]
    con = duckdb.connect(db, read_only=True)
    versions = con.execute("SELECT count(*) FROM documents WHERE source_path = ?", [str(inbox / "a.pdf")]).fetchone()[0]
    kept = con.execute("SELECT count(*) FROM documents WHERE source_path = ?", [str(inbox / "sub" / "b.pdf")]).fetchone()[0]
    figures = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    con.close()
    assert versions == 1 and kept == 1  # the corrected a.pdf replaced its old version; b.pdf's rows are kept
    assert figures == 6


def test_alert_goes_through_a_prefect_notification_block_and_links_the_review(prefect_harness: None, failing_pdf: Path, tmp_path: Path, receiver: Receiver) -> None:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    from flows.ingest import run_flow

    CustomWebhookNotificationBlock(
        name="tally-test", url=receiver.url, method="POST", json_data={"text": "{{body}}", "title": "{{subject}}"},
        allow_private_urls=True,
    ).save("tally-test", overwrite=True)
    review = tmp_path / "review"
    summary = run_flow([failing_pdf], Settings(db_path=str(tmp_path / "w.duckdb")), workers=1,
                       notify_block="custom-webhook/tally-test", review_dir=str(review))
    assert summary.errors_failed == 1
    assert summary.review == str(review / "index.html") and (review / "index.html").exists()
    [body] = receiver.bodies
    assert "500 + 350 = 850 ≠ 860人" in body["text"] and "failed check" in body["title"]
    assert f"Review: {review / 'index.html'}" in body["text"]
    _, artifacts = _state_of_last_run()
    assert any(str(review / "index.html") in (a.data or "") for a in artifacts)


def test_a_run_given_no_webhook_posts_to_the_one_in_its_environment(prefect_harness: None, failing_pdf: Path,
                                                                    tmp_path: Path, receiver: Receiver,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # tally serve's runs: the deployment stores no webhook URL; tally serve's environment has it
    from flows.ingest import ingest_reports

    monkeypatch.setenv("TALLY_WEBHOOK_URL", receiver.url)
    state = ingest_reports(paths=[str(failing_pdf)], db_path=str(tmp_path / "w.duckdb"), review=False, return_state=True)
    assert state.is_failed()
    [body] = receiver.bodies
    assert [a["file"] for a in body["alerts"]] == ["bad.pdf"] and body["alerts"][0]["unit"] == "人"
