"""The Prefect flow: extract+check each report in a task (in parallel), load in one place, alert on failure."""

from __future__ import annotations

import atexit
import inspect
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future
from concurrent.futures import as_completed as futures_completed
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from prefect import Flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.states import Cancelled, Completed, Failed, State
from prefect.utilities.annotations import quote

from flows.alerts import alert_lines_by_file, markdown_report, notify, slack_body
from flows.handoff import read_secrets, run_parameters, write_summary
from flows.inbox import Plan, apply_plan, inbox_lock, new_and_unchanged
from flows.pipeline import (
    FAILED_STATUS,
    DocResult,
    ReadingStopped,
    RunSummary,
    Settings,
    batches,
    check_results,
    current_head_start,
    default_review_dir,
    forgotten_line,
    head_start,
    largest_first,
    load_results,
    missing_line,
    moved_line,
    new_run_id,
    preload_writer,
    process_document,
    read_status,
    reader_key,
    run_settings,
    same_line,
    similar_line,
    unfinished_line,
    webhook_urls,
    worker_pool,
    writing_line,
)
from flows.pool import PoolClosed

_reading: dict[str, Future[DocResult]] = {}  # this flow run's documents, each being read by a worker process here

P = ParamSpec("P")
R = TypeVar("R")
SECRET_PARAMETERS = frozenset({"password", "webhook_url", "slack_webhook_url"})  # (a Slack webhook URL lets anyone post)
HIDDEN = "**********"  # how Prefect shows a SecretStr parameter


class ReportFlow(Flow[P, R]):
    """ingest_reports' Flow. Its runs record their parameters in the Prefect API as Prefect would, with two
    differences: never the PDF password or a webhook URL (shown as Prefect shows a secret), and without importing fastapi
    when the parameters are JSON already, as tally's always are (Prefect encodes them with fastapi's
    jsonable_encoder: ~0.1 s of CPU to import, in the one-off run's process before its flow run starts).
    The run itself gets its parameters as given."""

    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        shown = {key: HIDDEN if key in SECRET_PARAMETERS and value else value for key, value in parameters.items()}
        plain = {key: _json_copy(value) for key, value in shown.items()}
        if all(value is not _NOT_JSON for value in plain.values()):
            return plain
        return super().serialize_parameters(shown)  # type: ignore[arg-type]


_NOT_JSON = object()


def _json_copy(value: Any) -> Any:
    """A copy of a JSON value (None, bool, int, float, str, and lists and str-keyed dicts of them), else _NOT_JSON."""
    if value is None or type(value) in (bool, int, float, str):  # (exactly: a str Enum, say, is encoded otherwise)
        return value
    if type(value) is list:
        items = [_json_copy(v) for v in value]
        return _NOT_JSON if any(v is _NOT_JSON for v in items) else items
    if type(value) is dict and all(type(k) is str for k in value):
        copied = {k: _json_copy(v) for k, v in value.items()}
        return _NOT_JSON if any(v is _NOT_JSON for v in copied.values()) else copied
    return _NOT_JSON


def report_flow(**options: Any) -> Callable[[Callable[P, R]], ReportFlow[P, R]]:
    """@flow(**options), making a ReportFlow."""
    return lambda fn: ReportFlow(fn, **options)


def batch_name(parameters: dict[str, Any]) -> str:
    """The extract task run's name in the UI: its first file and how many more ('extract s01.pdf +5')."""
    paths = parameters.get("paths") or []
    first = Path(paths[0]).name if paths else "nothing"
    return f"extract {first}" + (f" +{len(paths) - 1}" if len(paths) > 1 else "")


@task(name="extract", task_run_name=batch_name, cache_policy=NONE)  # type: ignore[arg-type]  # (prefect types the callback as a Protocol with a classmethod; it is called with parameters=)
def extract_task(paths: list[str], settings: Settings) -> list[DocResult] | State:
    """A batch of documents (flows.pipeline.batches): read by the flow's worker processes, in parallel,
    and checked by load_task; on a Dask worker, each read in a guarded child process and checked there.

    Logs one record with a line per document, so the run's log shows each file's outcome as its batch ends
    (a record per line costs Prefect ~0.3 ms here and a row in the API's database).
    """
    worker = dask_worker_address()
    pool = cluster_pool(settings) if worker is not None else None
    started = [_reading.get(path) or (pool.submit(path) if pool is not None else None) for path in paths]
    try:
        results = [future.result() if future is not None else process_document(path, settings)
                   for path, future in zip(paths, started, strict=True)]
    except (CancelledError, PoolClosed):  # the flow run is stopping (cancelled, or an error elsewhere) and its reading with it
        return Cancelled(message="stopped with its flow run before this batch was read")
    if pool is not None:
        check_results(results)  # (on the cluster, not by the one writer)
    say_where_not_found(results, worker)
    statuses = [read_status(r) for r in results]  # (once each: the writer may release a result meanwhile)
    lines = "\n".join(f"{Path(r.path).name}: {status} ({r.seconds:.1f} s)" for r, status in zip(results, statuses, strict=True))
    unread = any(status.startswith(FAILED_STATUS) for status in statuses)
    get_run_logger().log(logging.WARNING if unread else logging.INFO, lines)  # a file that could not be read stands out
    return results


_cluster_pools: dict[tuple[Any, ...], Any] = {}  # on a Dask worker: its reading processes, kept for the next tasks
_cluster_pools_lock = threading.Lock()


def cluster_pool(settings: Settings) -> Any:
    """On a Dask worker that may start processes, guarded worker processes (one a thread of the worker) that
    stay for the next batches, as a local run's do; None where it may not (a daemonic worker, Dask's
    default): each document is then read in a child Python of its own, ~0.1-0.3 s more a document.
    Start the workers with DASK_DISTRIBUTED__WORKER__DAEMON=False to have them."""
    from flows.pool import can_start_workers

    if not can_start_workers():
        return None
    key = reader_key(settings)
    with _cluster_pools_lock:
        pool = _cluster_pools.get(key)
        if pool is None:
            from distributed import get_worker

            pool = _cluster_pools[key] = worker_pool(settings, max(1, get_worker().state.nthreads))
            atexit.register(pool.close)
    return pool


class FlowRunEnded(RuntimeError):
    """The flow run ended without a summary (an error in the flow, a cancel): its state and why, for a person."""


def dask_worker_address() -> str | None:
    """The Dask worker this runs on, or None (not on a cluster). A Dask worker has imported distributed; a
    local run has not, and must not pay for the import (~0.3 s of CPU) to be told so."""
    distributed = sys.modules.get("distributed")
    if distributed is None:
        return None
    try:
        return str(distributed.get_worker().address)
    except ValueError:  # (not in a worker)
        return None


def say_where_not_found(results: Sequence[DocResult], worker: str | None) -> None:
    """'h1.pdf: no such file' read on a Dask worker says so: the file may well be there on this machine."""
    if worker is None:
        return
    for r in results:
        if r.error_kind == "not_found" and r.error is not None:
            r.error += (f" on the Dask worker at {worker} (the cluster's workers must see the files at the same "
                        "path as the machine that runs tally: a shared mount)")


def retry_unless_reading_stopped(_task: Any, _task_run: Any, state: State) -> bool:
    """The writer is retried (a warehouse held a moment too long), not when its documents stopped coming."""
    return not isinstance(getattr(state, "data", None), ReadingStopped)


@task(name="load-warehouse", cache_policy=NONE, retries=3, retry_delay_seconds=2,
      retry_condition_fn=retry_unless_reading_stopped)
def load_task(results: Iterable[DocResult], settings: Settings, run_id: str, flow_run_id: str | None, skipped: int,
              order: list[str], inbox: tuple[int, int, int, int] | None = None,
              recent: dict[str, float] | None = None) -> RunSummary:
    """Check and load the documents as they are read, a batch at a time (pass the results quote()d: see
    Arrivals). Each result lets its extraction go once written (the extract tasks' futures hold every
    result until the flow ends); a retry counts what an earlier attempt committed."""
    return load_results(results, settings, run_id, flow_run_id, skipped, order, release=True, inbox=inbox, recent=recent)


class Arrivals:
    """Every document's result as soon as it is read; iterating again (a retry) starts over.

    Documents read by this process's worker pool (`reading`) arrive one by one as each finishes, not
    when their extract task's whole batch does, so the writer checks and loads while the workers read,
    however few task runs report them; documents read inside the tasks (a Dask cluster, a single file)
    arrive a batch at a time as their task runs finish.

    Passed to load_task inside prefect's quote(): Prefect would otherwise walk every figure of every
    result to look for futures, which took longer than reading the PDFs (8 s for 250 pages).
    """

    def __init__(self, futures: list[Any], reading: dict[str, Future[DocResult]] | None = None) -> None:
        self.futures, self.reading = futures, reading or {}

    def __iter__(self) -> Iterator[DocResult]:
        if self.reading:
            for read in futures_completed(self.reading.values()):
                yield read.result()
            return
        for future in as_completed(self.futures):
            yield from future.result()


@dataclass
class Readers:
    """Where a flow run's documents are read: the extract tasks' runner, how many documents it reads at
    once, and each document's reading when worker processes of this flow's process do it."""

    runner: Any
    slots: int
    reading: dict[str, Future[DocResult]] = field(default_factory=dict)


@contextmanager
def task_runner(workers: int, dask_address: str | None, settings: Settings, files: Sequence[str]) -> Iterator[Readers]:
    """The extract tasks' runner: a Dask cluster when given (its threads read), else threads of this flow
    process over a pool of guarded worker processes, started once (or taken over from the caller's
    HeadStart) and handed every file now, in the order given (the flow's: largest first); the extract
    tasks wait for their batch's files and report them. A single file is read in a guarded child process by its task instead, which
    overlaps this process's imports.

    Chosen inside the flow run from its parameters, so a served deployment honours them too.
    """
    global _reading
    if dask_address:
        from prefect_dask import DaskTaskRunner

        from flows.cluster import ClusterUnreachable, unreachable

        if (why := unreachable(dask_address)) is not None:  # (Dask would retry for 30 s, then say it less plainly)
            raise ClusterUnreachable(why)

        with DaskTaskRunner(address=dask_address) as runner:
            yield Readers(runner, max(1, sum(runner.client.nthreads().values())))
        return
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.pool import can_start_workers

    workers = workers or os.cpu_count() or 1
    started = current_head_start(settings)
    if started is None and (len(files) <= 1 or not can_start_workers()):  # (a daemonic process cannot start workers)
        with ThreadPoolTaskRunner(max_workers=workers) as runner:
            yield Readers(runner, workers)
        return
    with ExitStack() as stack:
        pool = started.pool if started is not None else stack.enter_context(worker_pool(settings, workers))
        reading: dict[str, Future[DocResult]] = {}
        for f in files:
            reading.setdefault(f, (started.take(f) if started is not None else None) or pool.submit(f))
        runner = stack.enter_context(ThreadPoolTaskRunner(max_workers=2 * workers + 1))  # a thread per extract task run
        _reading = reading
        try:
            yield Readers(runner, started.workers if started is not None else workers, reading)
        except BaseException:
            # The flow stops (an error, a cancel's SIGTERM): stop reading now. The task runner's exit waits
            # for its extract task runs, which would otherwise wait for every file of the run to be read.
            pool.close()
            raise
        finally:
            _reading = {}


@report_flow(name="ingest-reports", log_prints=True)
def ingest_reports(
    paths: list[str],
    db_path: str = "tally.duckdb",
    password: str = "",
    rules_path: str | None = None,
    webhook_url: str | None = None,
    slack_webhook_url: str | None = None,
    max_pages: int = 2000,
    max_mb: float = 200,
    timeout_s: float = 120.0,
    skip_loaded: bool = False,
    inbox: str | None = None,
    workers: int = 0,
    dask_address: str | None = None,
    memory_mb: int = 1500,
    lock_wait_s: float = 30.0,
    notify_block: str | None = None,
    review_dir: str | None = None,
    review: bool = True,
    secrets_file: str | None = None,
    summary_to: str | None = None,
) -> Any:
    """Ingest report PDFs (files or folders) into a DuckDB warehouse; Failed when an error-severity check fails.

    notify_block names a saved Prefect notification block ('slack-webhook/tally', 'custom-webhook/ops', …)
    that gets the alert text; review_dir is where the HTML review goes (default: next to the warehouse);
    review=False skips writing it. A run `tally run` handed to `tally serve` (flows.handoff) gets its
    password and webhooks in secrets_file, never in the API, and sends its summary back to summary_to.
    """
    logger = get_run_logger()
    if secrets_file:  # as `tally run` resolved them, not from this serve's environment
        password, webhook_url, slack_webhook_url = read_secrets(secrets_file)
    else:  # none given: TALLY_WEBHOOK_URL / TALLY_SLACK_WEBHOOK_URL (tally serve's runs: the deployment stores no URL)
        webhook_url, slack_webhook_url = webhook_urls(webhook_url, slack_webhook_url)
    settings = run_settings(db_path, password, rules_path, webhook_url, slack_webhook_url, max_pages, max_mb, timeout_s,
                            memory_mb, lock_wait_s)
    # an inbox run: one at a time into a warehouse, from listing the files to loading them (flows.inbox.inbox_lock)
    with inbox_lock(db_path, logger.warning) if skip_loaded else nullcontext():
        plan = files_to_read(paths, db_path, skip_loaded)
        files, skipped = plan.files, plan.skipped
        for path in plan.writing:
            logger.warning(writing_line(path))
        for problem in plan.problems:
            logger.warning("%s", problem)
        moved, forgotten = apply_plan(db_path, plan, lock_wait_s)
        for old, new in moved:
            logger.info(moved_line(old, new))
        for path, kind in forgotten:
            logger.info(forgotten_line(path, kind))
        logger.info("ingesting %d file(s), %d unchanged and skipped", len(files), len(skipped))
        run_id = new_run_id()
        preload_writer()  # the writer's imports (pandas, pandera, duckdb) while the first documents are read
        order = [files[i] for i in largest_first([Path(f) for f in files])]
        with task_runner(workers, dask_address, settings, order) as readers:
            # Tasks that read (Dask) get ~4 batches a thread, to share the work out; tasks that wait for this
            # process's workers only report, and a task run costs Prefect ~25 ms of CPU: two a worker, whatever the batch
            if readers.reading:
                cut = batches(order, readers.slots, most=max(1, len(order)), per_slot=2)
            else:
                cut = batches(order, readers.slots)
            futures = [readers.runner.submit(extract_task, {"paths": batch, "settings": replace(settings)}) for batch in cut]
            summary = load_task(quote(Arrivals(futures, readers.reading)), settings, run_id, str(flow_run.get_id() or ""),
                                len(skipped), files, plan.counts() if skip_loaded else None, plan.recent)
        if inbox:
            summary.missing = plan.missing
            for path in summary.missing:
                logger.warning(missing_line(path))
        summary.writing, summary.moved, summary.forgotten, summary.problems = plan.writing, moved, forgotten, plan.problems
        summary.copies_skipped = plan.copies
    written = None
    if review:
        review_dir = review_dir or default_review_dir(db_path)
        logger.info("writing the HTML review of the warehouse to %s", review_dir)
        written = write_review_quietly(db_path, review_dir, logger)
    summary.review = written
    report = markdown_report(summary.alerts, summary.failures, written, summary.missing)
    create_markdown_artifact(markdown=report, key="tally-failed-checks", description=f"tally run {run_id}")
    if summary.per_document:
        create_table_artifact(table=summary.per_document, key="tally-documents",
                              description=f"tally run {run_id}: what became of each file")
    for lines in alert_lines_by_file(summary.alerts):
        logger.warning("\n".join(lines))
    for path, original in summary.copies + summary.copies_skipped:
        logger.info(same_line(path, original))
    for path, kind, age in summary.unfinished:
        logger.warning(unfinished_line(path, kind, age))
    for path, other in summary.similar:
        logger.warning(similar_line(path, other))
    problems = notify(run_id, summary.alerts, summary.failures, webhook_url, slack_webhook_url, written, summary.missing)
    if notify_block and (summary.alerts or summary.failures):
        problems += notify_through_block(notify_block, summary.alerts, summary.failures, written)
    for problem in problems:
        logger.error("alert not delivered: %s", problem)
    # quote()d: on the way out Prefect walks whatever a flow returns for futures, every alert and every
    # document's outcome included (0.3 s at the end of a 352-report run)
    # Failed as the command exits non-zero and the runs row says 'failed': a failed error-severity check or
    # a file that could not be read (an automation on Failed hears of both)
    if summary_to:
        write_summary(summary_to, summary)
    wrong = [f"{summary.errors_failed} check(s) failed"] if summary.errors_failed else []
    wrong += [f"{summary.failed} file(s) unreadable"] if summary.failed else []
    if wrong:
        return Failed(message=f"{', '.join(wrong)}: the rest is loaded; see the artifact", data=quote(summary))
    unchanged = f", {summary.skipped} unchanged" if summary.skipped else ""
    unchanged += f", {len(summary.copies)} copies of another file" if summary.copies else ""
    return Completed(message=f"{summary.loaded} loaded, {summary.failed} unreadable{unchanged}", data=quote(summary))


_planned: dict[tuple[Any, ...], Plan] = {}  # files_to_read's answers kept by reading_ahead


def files_to_read(paths: list[str], db_path: str, skip_loaded: bool, keep: bool = False) -> Plan:
    """The PDFs under `paths` to read, and, when skip_loaded, those skipped (loaded before with the same bytes,
    moved ones included) and those left for the next run (still being written): flows.inbox.new_and_unchanged.

    keep=True keeps the answer for the next call with the same arguments in this process (the flow run
    reading_ahead started), which then does not list and hash the inbox again."""
    key = (tuple(paths), db_path, skip_loaded)
    if not keep and key in _planned:
        return _planned.pop(key)
    plan = new_and_unchanged(paths, db_path, skip_loaded)
    if keep:
        _planned[key] = plan
    return plan


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


@contextmanager
def reading_ahead(parameters: dict[str, Any]) -> Iterator[None]:
    """Start reading a flow run's files before the run starts, from its parameters (flows.pipeline.HeadStart),
    as `tally run` does before it imports Prefect: the workers read while the engine sets the run up
    (~0.1 s in a process that has imported everything already, tally serve's runs). The flow run takes
    each reading over. Not on a Dask cluster (its workers read), and never in the way of the run: when
    the parameters cannot be read here, the flow run starts as usual and says what is wrong with them.
    """
    with ExitStack() as stack:
        try:
            bound = inspect.signature(ingest_reports.fn).bind_partial(**parameters)
            bound.apply_defaults()
            p = bound.arguments
            if p["secrets_file"]:
                p["password"], p["webhook_url"], p["slack_webhook_url"] = read_secrets(p["secrets_file"])
            if not p["dask_address"]:
                settings = run_settings(**{name: p[name] for name in inspect.signature(run_settings).parameters})
                if p["skip_loaded"]:  # the plan is the flow's: made under its lock (held on for the flow run)
                    stack.enter_context(inbox_lock(p["db_path"], _say))
                files = files_to_read(p["paths"], p["db_path"], p["skip_loaded"], keep=True).files
                stack.enter_context(head_start([Path(f) for f in files], settings, p["workers"] or os.cpu_count() or 1))
        except Exception:
            _planned.clear()  # the flow run lists the files itself, and reads them
        try:
            yield
        finally:
            _planned.clear()


def write_review_quietly(db_path: str, out_dir: str, logger: Any) -> str | None:
    """Write the HTML review of the warehouse; a review that cannot be written is logged, never fatal."""
    try:
        from review.build import write_review

        return str(write_review(db_path, out_dir))
    except Exception as err:  # the data is loaded; a missing review must not hide the checks
        logger.error("review not written to %s: %s", out_dir, err)
        return None


def notify_through_block(name: str, alerts: list[dict[str, Any]], failures: list[tuple[str, str, str]], review: str | None) -> list[str]:
    """Send the alert text through a saved Prefect notification block; returns delivery problems."""
    from prefect.blocks.core import Block

    body = slack_body(alerts, failures, review)["text"]
    try:
        block = Block.load(name)
        block.notify(body=body, subject=f"tally: {len(alerts)} failed check(s)")
    except Exception as err:
        return [f"notification block {name}: {str(err).splitlines()[0] if str(err) else type(err).__name__}"]
    return []


@contextmanager
def engine_settings(heartbeat_s: int | None, server_checked: bool = False) -> Iterator[None]:
    """Prefect's settings, as they are but for two values, for the flow runs started inside.

    heartbeat_s: a heartbeat every so many seconds (at least 30, Prefect's minimum), or none (None).
    server_checked=True: the caller has checked that the API's version works with this Prefect (tally
    serve does when it starts), so the run does not ask again: a run in a new process would otherwise
    ask /admin/version and build an SSL context to do it (30-55 ms of CPU a served run, measured).

    Prefect's own `temporary_settings` would do, but it builds the settings anew from every source (the
    environment, .env, prefect.toml, pyproject.toml, the profile): 20 ms of CPU a run, at the start of
    it. A copy of the current settings with these values changed is entered instead.
    """
    from prefect.context import SettingsContext, get_settings_context

    if heartbeat_s is not None and heartbeat_s < 30:
        raise ValueError(f"flow-run heartbeats: every {heartbeat_s} s asked, Prefect needs at least 30")
    current = get_settings_context()
    settings = current.settings
    update: dict[str, Any] = {"flows": settings.flows.model_copy(update={"heartbeat_frequency": heartbeat_s})}
    if server_checked:
        update["client"] = settings.client.model_copy(update={"server_version_check_enabled": False})
    with SettingsContext(profile=current.profile, settings=settings.model_copy(update=update)):
        yield


def run_flow(paths: list[Path], settings: Settings, workers: int = 0, dask_address: str | None = None,
             skip_loaded: bool = False, inbox: str | None = None, notify_block: str | None = None,
             review_dir: str | None = None, review: bool = True) -> RunSummary:
    """Run ingest_reports through the configured Prefect API, here and now, and return its summary, whatever its state.

    A run started here sends no flow-run heartbeats: they let a worker or automation notice a run whose
    process died, which this process's caller sees for itself, and stopping the heartbeat thread makes
    every run wait up to a second at its end (it sleeps in 1 s steps). (tally serve: likewise, unless --heartbeat.)
    """
    with engine_settings(None):
        state = _call_flow(paths, settings, workers, dask_address, skip_loaded, inbox, notify_block, review_dir, review)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, quote):
        summary = summary.unquote()
    if not isinstance(summary, RunSummary):
        why = (state.message or "").removeprefix("Flow run encountered an exception: ")
        raise FlowRunEnded(f"the flow run ended {state.name}: {why}") from (summary if isinstance(summary, BaseException) else None)
    return summary


def _call_flow(paths: list[Path], settings: Settings, workers: int, dask_address: str | None, skip_loaded: bool,
               inbox: str | None, notify_block: str | None, review_dir: str | None, review: bool) -> Any:
    return ingest_reports(**run_parameters([str(p) for p in paths], settings, workers, dask_address, skip_loaded,
                                           inbox, notify_block, review_dir, review), return_state=True)
