"""The Prefect flow: extract+check each report in a task (in parallel), load in one place, alert on failure."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.futures import wait
from prefect.runtime import flow_run
from prefect.states import Completed, Failed

from extract.sniff import Limits
from flows.alerts import alert_lines, markdown_report, notify
from flows.pipeline import DocResult, RunSummary, Settings, discover, load_results, new_run_id, process_document


@task(name="extract-and-check", cache_policy=NONE)
def extract_task(path: str, settings: Settings) -> DocResult:
    return process_document(path, settings)


@task(name="load-warehouse", cache_policy=NONE, retries=3, retry_delay_seconds=2)
def load_task(results: list[DocResult], settings: Settings, run_id: str, flow_run_id: str | None, skipped: int) -> RunSummary:
    return load_results(results, settings, run_id, flow_run_id, skipped)


def make_task_runner(workers: int, dask_address: str | None) -> Any:
    """Processes over the cores by default (extraction is CPU-bound Python); a Dask cluster when given."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if workers == 1:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count() or 1)


@flow(name="ingest-reports", log_prints=True)
def ingest_reports(
    paths: list[str],
    db_path: str = "tally.duckdb",
    password: str = "",
    rules_path: str | None = None,
    webhook_url: str | None = None,
    slack_webhook_url: str | None = None,
    max_pages: int = 2000,
    max_mb: int = 200,
    timeout_s: float = 120.0,
    skip_loaded: bool = False,
    inbox: str | None = None,
) -> Any:
    """Ingest report PDFs (files or folders) into a DuckDB warehouse; Failed when an error-severity check fails."""
    logger = get_run_logger()
    settings = Settings(
        db_path=db_path, password=password, rules_path=rules_path, webhook_url=webhook_url,
        slack_webhook_url=slack_webhook_url, limits=Limits(max_bytes=max_mb * 2**20, max_pages=max_pages, timeout_s=timeout_s),
    )
    files = [str(p) for p in discover(paths)]
    skipped: list[str] = []
    if skip_loaded:
        from flows.inbox import unchanged_files

        skipped = unchanged_files(files, db_path)
        files = [f for f in files if f not in skipped]
    logger.info("ingesting %d file(s), %d unchanged and skipped", len(files), len(skipped))
    futures = [extract_task.submit(f, replace(settings)) for f in files]
    wait(futures)
    results = [f.result() for f in futures]
    run_id = new_run_id()
    summary = load_task(results, settings, run_id, str(flow_run.get_id() or ""), len(skipped))
    if inbox:
        from flows.inbox import missing_files

        summary.missing = missing_files(db_path, inbox)
        for path in summary.missing:
            logger.warning("%s was loaded before and is gone from the inbox; its rows are kept", path)
    report = markdown_report(summary.alerts, summary.failures)
    create_markdown_artifact(markdown=report, key="tally-failed-checks", description=f"tally run {run_id}")
    for line in alert_lines(summary.alerts):
        logger.warning(line)
    problems = notify(run_id, summary.alerts, summary.failures, webhook_url, slack_webhook_url)
    for problem in problems:
        logger.error("alert not delivered: %s", problem)
    if summary.errors_failed:
        return Failed(message=f"{summary.errors_failed} check(s) failed: the data is loaded; see the artifact", data=summary)
    return Completed(message=f"{summary.loaded} loaded, {summary.failed} unreadable", data=summary)


def run_flow(paths: list[Path], settings: Settings, workers: int = 0, dask_address: str | None = None,
             skip_loaded: bool = False, inbox: str | None = None) -> RunSummary:
    """Run ingest_reports through the configured Prefect API and return its summary, whatever its state."""
    runner = make_task_runner(workers, dask_address)
    state = ingest_reports.with_options(task_runner=runner)(
        paths=[str(p) for p in paths], db_path=settings.db_path, password=settings.password,
        rules_path=settings.rules_path, webhook_url=settings.webhook_url, slack_webhook_url=settings.slack_webhook_url,
        max_pages=settings.limits.max_pages, max_mb=settings.limits.max_bytes // 2**20, timeout_s=settings.limits.timeout_s,
        skip_loaded=skip_loaded, inbox=inbox, return_state=True,
    )
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, RunSummary):
        raise RuntimeError(f"the flow run ended {state.type.value}: {state.message}") from (summary if isinstance(summary, BaseException) else None)
    return summary
