"""`tally serve`'s runner: the inbox deployment's runs, each in a process forked from one that has
already imported Prefect, the flow and the writer.

Prefect's own runner (`flow.serve`) starts every flow run in a new interpreter, which imports Prefect,
the flow, pandas, pandera and DuckDB before the run starts: 1.55 CPU-s measured here, on the two cores
the run's readers need (a scheduled 44-report run took 4.05 s from trigger to done against 2.12 s
without Prefect). Here those imports happen once, in a forkserver started with `tally serve`; each run
is a child forked from it, which does what `python -m prefect.engine FLOW_RUN_ID` does (load the flow
run, run_flow) without the imports, and whose workers start reading while the engine sets the run up
(flows.ingest.reading_ahead): 2.15-2.39 s from claim to end against 2.08-2.26 s for `tally run --no-prefect`.

Like Prefect's runner, this one registers the deployment and its schedule, polls the API for the
deployment's due runs (PREFECT_RUNNER_POLL_FREQUENCY, default 10 s), claims each (Pending) before it
starts it, marks a run Crashed when its process ends before the run reached a final state, stops a
run cancelled in the UI as soon as Prefect's event stream says so and marks it Cancelled, and when
stopped (Ctrl-C, SIGTERM) cancels the run in progress and pauses the schedule. Unlike it, it runs one
flow run at a time: every run of the deployment writes the same warehouse, which has one writer.

Pure orchestration: what a run does is flows.ingest.ingest_reports.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO
from uuid import UUID

import httpx

from flows.handoff import Serving, announce, log_for_waiting_run
from flows.pipeline import WORKER_MODULES

# What the forkserver imports once, so that no run imports it: Prefect's engine, the flow (tally's
# reading modules with it) and the writer's pandas/pandera/duckdb.
# Also what the run's reading workers import: they are forked from the same forkserver (flows.pool.use_parent_forkserver).
PRELOAD = ("prefect", "prefect.engine", "prefect.flow_engine", "prefect.utilities.visualization",  # (imported by every
           "flows.ingest", "schemas.check", "warehouse.load", "schemas.ready",                    # flow and task call)
           "flows.pool", *WORKER_MODULES)
STOP_GRACE_S = 10.0  # how long a stopped run's process has to end after SIGTERM before SIGKILL
CANCEL_SIGNAL = signal.SIGUSR1  # runner -> run's process: cancel (end Cancelled, not Crashed); see cancel()
WAKE_S = 0.25  # how often a waiting runner looks at its stop flag
MAX_BACKOFF_S = 60.0  # the longest wait between two tries of an API that does not answer
API_ERRORS = (httpx.HTTPError, OSError)  # the API is down, restarting or unreachable (PrefectHTTPStatusError included)


def backoff(poll_s: float, failures: int) -> float:
    """Seconds to wait after `failures` unanswered calls in a row: the poll interval, doubling, at most 60 s."""
    return min(max(poll_s, 1.0) * 2 ** max(0, failures - 1), MAX_BACKOFF_S)


def one_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0]}" if text else type(err).__name__


def run_process_context() -> Any:
    """forkserver preloaded with PRELOAD where the platform has one (Linux, macOS), else spawn (each run
    then imports everything itself, as under Prefect's runner)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(list(PRELOAD))
    return ctx


def execute_flow_run(flow_run_id: str, heartbeat_s: int | None = None, server_checked: bool = False) -> None:
    """A run's process: what `python -m prefect.engine FLOW_RUN_ID` does, with the flow already imported.

    heartbeat_s: seconds between the flow run's heartbeats, None for none. Heartbeats let a Prefect
    automation call a run Crashed when its process vanished without a word; here the runner watches the
    process and does that itself, and the engine's heartbeat thread makes each run wait up to 1 s at its
    end (it sleeps in 1 s steps), so by default there are none (`tally serve --heartbeat N` for them).
    server_checked: the runner has checked the API's version, so the run does not (flows.ingest.engine_settings).

    The process then ends at once (os._exit), after sending its last logs and events: a forked child
    would otherwise wait ~1 s for Prefect's service threads at exit, and the runner waits for it.
    """
    code = 1
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is the runner's to handle: it stops this run
    signal.signal(CANCEL_SIGNAL, _cancel_requested)
    try:
        from flows.pool import use_parent_forkserver

        use_parent_forkserver()  # the run's workers: forked from the forkserver that forked this process
        from prefect.engine import handle_engine_signals
        from prefect.flow_engine import flow_run_logger, load_flow_run, run_flow

        from flows.ingest import engine_settings, ingest_reports, reading_ahead

        with handle_engine_signals(UUID(flow_run_id)), engine_settings(heartbeat_s, server_checked):
            flow_run = load_flow_run(flow_run_id=UUID(flow_run_id))
            # return_type="state": a run that ends Failed (a check failed: the data is loaded) is an outcome,
            # not an error to log with a traceback as `python -m prefect.engine` does
            with reading_ahead(flow_run.parameters), log_for_waiting_run((flow_run.parameters or {}).get("summary_to")):
                run_flow(ingest_reports, flow_run=flow_run, error_logger=flow_run_logger(flow_run=flow_run),
                         return_type="state")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        _drain_and_exit(code)


def _cancel_requested(_signum: int, _frame: Any) -> None:
    """In a run's process: the runner cancels the run. Tell the engine it is a cancel, as Prefect's runner
    does through its control channel, then stop as on SIGTERM: the engine ends the run Cancelled instead of
    recording a crash ('aborted by a termination signal') that an automation on Crashed would act on."""
    with contextlib.suppress(Exception):  # (a Prefect without it: the runner's Cancelled replaces the Crashed)
        from prefect._internal.control_listener import _set_intent

        _set_intent("cancel")
    os.kill(os.getpid(), signal.SIGTERM)


def _drain_and_exit(code: int) -> None:
    with contextlib.suppress(Exception):
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=10)
        EventsWorker.drain_all(timeout=10)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def exit_reason(exitcode: int | None) -> str:
    """How a run's process ended, for a Crashed state's message: 'exit code 3', 'killed by SIGKILL'."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class CannotServe(Exception):
    """`tally serve` cannot start serving (nothing is registered then); the message says why."""


class Unreachable(CannotServe):
    """The Prefect API cannot be used when `tally serve` starts: it does not answer, or this Prefect cannot
    work with its version."""


@dataclass
class RunOutcome:
    """What became of one flow run the runner started: its final state's type, name and message."""

    flow_run_id: UUID
    state: str
    name: str
    message: str | None


class InboxRunner:
    """Serves one deployment: polls for its due runs and runs them one at a time in warm processes.

    stop() (from a signal handler or another thread) ends serve() at its next look: a run in progress is
    stopped and marked Cancelled, then the schedule is paused.
    """

    def __init__(self, deployment: Any, poll_s: float | None = None, out: TextIO | None = None,
                 context: Any = None, heartbeat_s: int | None = None, replace: bool = False) -> None:
        from prefect.settings import get_current_settings

        self.deployment = deployment
        self.replace = replace  # take the deployment's name over from one serving another inbox or warehouse
        self.heartbeat_s = heartbeat_s
        self.poll_s = float(poll_s if poll_s is not None else get_current_settings().runner.poll_frequency)
        self.out = out or sys.stderr
        self.ctx = context or run_process_context()
        self.deployment_id: UUID | None = None
        self.stopping: str | None = None  # why, once asked to stop
        self.stream_worked = False  # Prefect's event stream was followed once (so it is worth following again)
        self.stream_failed = False  # said once that runs are started and cancelled by polling only
        self.runs_wanted: PrefectEvents | None = None  # the deployment's new runs, from Prefect's event stream

    def stop(self, why: str) -> None:
        self.stopping = why

    def _check_name(self, client: Any) -> None:
        """CannotServe when the deployment's name is registered for another inbox or warehouse: applying it
        would quietly rewrite that one's inbox, warehouse and schedule, and stopping either would pause both."""
        from prefect.exceptions import ObjectNotFound

        ref = f"{self.deployment.flow_name}/{self.deployment.name}"
        try:
            theirs = client.read_deployment_by_name(ref).parameters or {}
        except ObjectNotFound:
            return
        ours = self.deployment.parameters or {}
        if self.replace or all(theirs.get(key) == ours.get(key) for key in ("inbox", "db_path")):
            return
        raise CannotServe(f"deployment '{ref}' already serves inbox {theirs.get('inbox')} into {theirs.get('db_path')}: "
                          "serve this inbox under a name of its own (--name), or, if that one is no longer served, "
                          "take the name over with --replace")

    def say(self, line: str) -> None:
        print(f"tally serve: {line}", file=self.out, flush=True)

    def serve(self, client: Any) -> None:
        """Register the deployment, warm the forkserver, then run due runs until stopped.

        Raises Unreachable when the API does not answer at the start, or its version cannot be used by
        this Prefect (checked here once, the version is not checked by each run), and CannotServe when the
        deployment's name already serves another inbox or warehouse (unless replace): nothing is served then."""
        from prefect.settings import get_current_settings

        url = get_current_settings().api.url
        try:
            client.raise_for_api_version_mismatch()
            self._check_name(client)
            self.deployment_id = self.deployment.apply()
        except (*API_ERRORS, RuntimeError) as err:
            unanswered = err if isinstance(err, API_ERRORS) else err.__cause__  # (Prefect wraps it in a RuntimeError)
            if isinstance(unanswered, API_ERRORS):
                raise Unreachable(f"the Prefect API at {url} did not answer ({one_line(unanswered)}); "
                                  "is `prefect server start` running there?") from err
            # a major version apart: what each run's process would otherwise say, run after run
            raise Unreachable(f"the Prefect API at {url} cannot be used by this Prefect ({one_line(err)})") from err
        warm = self.ctx.Process(target=_nothing)  # starts the forkserver and its imports now, not at the first run
        warm.start()
        warm.join()
        ref = f"{self.deployment.flow_name}/{self.deployment.name}"
        self.say(f"serving deployment '{ref}': polling every {self.poll_s:g} s, one run at a time, each in a "
                 f"preloaded process. Run it now with:  prefect deployment run '{ref}'")
        db_path = (self.deployment.parameters or {}).get("db_path")
        announced = contextlib.ExitStack()
        if db_path and announced.enter_context(announce(db_path, Serving(os.getpid(), url, str(self.deployment_id), ref))):
            self.say(f"`tally run … --db {db_path}` through this API hands its runs here")
        unanswered = 0
        try:
            while not self.stopping:
                self._follow_new_runs()
                try:
                    due = self.due_runs(client)
                except API_ERRORS as err:  # a server restart or a network blip must not end the service
                    unanswered += 1
                    wait = backoff(self.poll_s, unanswered)
                    self.say(f"the Prefect API did not answer ({one_line(err)}); looking again in {wait:g} s")
                    self._sleep(wait)
                    continue
                if unanswered:
                    self.say("the Prefect API answers again")
                    unanswered = 0
                started = 0
                for run in due:
                    if self.stopping:
                        break
                    if self.claim(client, run.id):
                        started += 1
                        self.run(client, run.id, run.name)
                if not started:
                    self._sleep(self.poll_s)
        finally:
            announced.close()  # (first: a `tally run` from now on runs its flow itself)
            if self.runs_wanted is not None:
                self.runs_wanted.close()
            why = f"stopped ({self.stopping})" if self.stopping else "stopped by an error"
            try:
                client.pause_deployment(self.deployment_id)
                self.say(f"{why}; the schedule is paused until `tally serve` starts again")
            except Exception as err:
                self.say(f"{why}; the schedule could not be paused ({one_line(err)})")

    def due_runs(self, client: Any) -> list[Any]:
        """The deployment's runs in a Scheduled state (Late included) due now, earliest first."""
        runs = client.get_scheduled_flow_runs_for_deployments(
            deployment_ids=[self.deployment_id], scheduled_before=datetime.now(UTC))
        return sorted(runs, key=lambda r: (r.next_scheduled_start_time is None, r.next_scheduled_start_time))

    def claim(self, client: Any, flow_run_id: UUID) -> bool:
        """Propose Pending, as Prefect's runner does: False when the server gives the run to no one here
        (another runner took it, or it was cancelled or deleted meanwhile)."""
        from prefect.exceptions import Abort, ObjectNotFound
        from prefect.states import Pending
        from prefect.utilities.engine import propose_state_sync

        try:
            return bool(propose_state_sync(client, Pending(), flow_run_id=flow_run_id).is_pending())
        except (Abort, ObjectNotFound, *API_ERRORS):
            return False

    def run(self, client: Any, flow_run_id: UUID, name: str = "") -> RunOutcome:
        """Run one claimed flow run in a child of the forkserver and see it to a final state."""
        self.say(f"flow run '{name}' ({flow_run_id}) started")
        process = self.ctx.Process(target=execute_flow_run, args=(str(flow_run_id), self.heartbeat_s, True),
                                   name=f"tally-run-{name}")
        events = CancellingEvents(flow_run_id)  # listening from before the run starts
        try:
            process.start()
            outcome = watch(client, process, flow_run_id, self.poll_s, lambda: self.stopping, cancelled=events.seen)
        except BaseException:  # a second Ctrl-C, or an error here: the run's process must not outlive the runner
            stop_process(process, grace_s=2.0)
            raise
        finally:
            events.close()
        self._note_stream(events)
        self.say(f"flow run '{name}' ended {outcome.name}" + (f": {outcome.message}" if outcome.message else ""))
        return outcome

    def _follow_new_runs(self) -> None:
        """Before each look for due runs: listen for the deployment's new runs (again when the listener
        ended and the stream had worked: the server restarted, or is down and this look will say so), and
        forget those already heard of (this look finds them)."""
        wanted = self.runs_wanted
        if wanted is not None and wanted.done.is_set():
            self._note_stream(wanted)
            if self.stream_worked:
                wanted = None
        if wanted is None and self.deployment_id is not None:
            wanted = self.runs_wanted = ScheduledRunEvents(self.deployment_id)
        if wanted is not None:
            wanted.seen.clear()

    def _note_stream(self, events: PrefectEvents) -> None:
        """Remember that the stream worked; say once that it cannot be followed, if it never could."""
        if events.ready.is_set():
            self.stream_worked = True
        elif events.failed and not self.stream_worked and not self.stream_failed:
            self.stream_failed = True
            self.say(f"Prefect's event stream could not be followed ({events.failed}): a run started or cancelled "
                     f"in the UI is seen at the next look for it, every {self.poll_s:g} s")

    def _sleep(self, seconds: float) -> None:
        """Until the next look: `seconds`, or less when the deployment has a new run or the runner is stopped."""
        deadline = time.monotonic() + seconds
        wanted = self.runs_wanted
        while not self.stopping and time.monotonic() < deadline:
            step = min(WAKE_S, max(0.0, deadline - time.monotonic()))
            if wanted is None:
                time.sleep(step)
            elif wanted.seen.wait(step):  # (woken the moment the stream tells of a new run: a handed-off `tally run` waits)
                return


def _nothing() -> None:
    pass


def watch(client: Any, process: Any, flow_run_id: UUID, poll_s: float,
          stopping: Callable[[], str | None] = lambda: None, cancelled: threading.Event | None = None) -> RunOutcome:
    """Wait for a run's process. Meanwhile stop it when the run is cancelled (Cancelling, from the UI or
    the API: as soon as `cancelled` is set, by CancellingEvents, and looked up every poll_s in any case)
    or the runner is stopped; either way the run ends Cancelled. When the process ends, a run left
    without a final state is marked Crashed."""
    looked = time.monotonic()
    while True:
        process.join(timeout=WAKE_S)
        if not process.is_alive():
            return settle(client, flow_run_id, process.exitcode)
        why = stopping()
        if why is None and cancelled is not None and cancelled.is_set():
            why = "cancelled while running"
        if why is None and time.monotonic() - looked >= poll_s:
            looked = time.monotonic()
            with contextlib.suppress(*API_ERRORS):  # (unanswered: look again next time; the run goes on)
                state = client.read_flow_run(flow_run_id).state
                if state is not None and state.is_cancelling():
                    why = "cancelled while running"
        if why is not None:
            cancel(client, process, flow_run_id, f"{why}: its process was stopped")
            return settle(client, flow_run_id, process.exitcode)


class PrefectEvents:
    """Follows Prefect's event stream, in a thread of its own, for the events `event_filter()` selects
    (a prefect.events.filters.EventFilter): each one sets `seen`; with once=True the first ends it.

    ready: the stream is followed; done: the listener ended (`failed` says why, when it could not follow
    the stream: no websockets through a proxy, an API that went away). close() ends it. The runner
    polls the API as well, so an event missed, or a stream that cannot be had, costs time, not a run.
    """

    def __init__(self, what: str, event_filter: Callable[[], Any], once: bool) -> None:
        self.event_filter, self.once = event_filter, once
        self.ready, self.seen, self.done = threading.Event(), threading.Event(), threading.Event()
        self.failed: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = threading.Lock()
        # in the current context: the settings (the API's URL) may be a context's, as under a test harness
        self._thread = threading.Thread(target=contextvars.copy_context().run, args=(self._run,),
                                        name=f"tally-events-{what}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from prefect.settings import get_current_settings

        try:
            if not get_current_settings().api.url:  # Prefect would start a temporary server of its own
                self.failed = "no Prefect API is configured"
                return
            with self._closed:
                self._loop = asyncio.new_event_loop()
                self._task = self._loop.create_task(self._listen())
            self._loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except Exception as err:
            self.failed = one_line(err)
        finally:
            with self._closed:
                if self._loop is not None:
                    self._loop.close()
            self.done.set()

    async def _listen(self) -> None:
        from prefect.events.clients import get_events_subscriber

        async with get_events_subscriber(filter=self.event_filter()) as events:
            self.ready.set()
            async for _event in events:
                self.seen.set()
                if self.once:
                    return

    def close(self) -> None:
        with self._closed:
            if self._loop is not None and self._task is not None and not self._loop.is_closed():
                with contextlib.suppress(RuntimeError):  # (the loop ended meanwhile)
                    self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout=2.0)


class CancellingEvents(PrefectEvents):
    """One flow run's Cancelling event, so that a run cancelled in the UI is stopped within a second instead
    of at the runner's next look at its state (every poll interval; Prefect's own runner listens too)."""

    def __init__(self, flow_run_id: UUID) -> None:
        def only_this_run() -> Any:
            from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter

            return EventFilter(event=EventNameFilter(name=["prefect.flow-run.Cancelling"]),
                               resource=EventResourceFilter(id=[f"prefect.flow-run.{flow_run_id}"]))

        super().__init__(f"cancel-{flow_run_id}", only_this_run, once=True)


class ScheduledRunEvents(PrefectEvents):
    """The deployment's new runs (Scheduled), so that a run started from the UI or `prefect deployment run`
    starts at once instead of at the runner's next look for due runs (every poll interval)."""

    def __init__(self, deployment_id: UUID) -> None:
        def this_deployments_runs() -> Any:
            from prefect.events.filters import EventFilter, EventNameFilter, EventRelatedFilter

            return EventFilter(event=EventNameFilter(name=["prefect.flow-run.Scheduled"]),
                               related=EventRelatedFilter(id=[f"prefect.deployment.{deployment_id}"]))

        super().__init__(f"runs-{deployment_id}", this_deployments_runs, once=False)


def stop_process(process: Any, grace_s: float = STOP_GRACE_S) -> None:
    """SIGTERM, then SIGKILL after grace_s. The run's reading workers end with it (their pipes close)."""
    if process.is_alive():
        process.terminate()
        process.join(grace_s)
    if process.is_alive():
        process.kill()
        process.join()


def cancel(client: Any, process: Any, flow_run_id: UUID, message: str) -> None:
    """Stop a run's process and mark the run Cancelled, unless it had ended Completed or Failed on its own.

    The process is asked to cancel first (CANCEL_SIGNAL: its engine ends the run Cancelled, as under
    Prefect's runner), and stopped with SIGTERM, then SIGKILL, if it has not ended; the run is marked
    Cancelled once its process has ended, in case the engine could not (killed, or not started yet)."""
    from prefect.states import Cancelled
    from prefect.utilities.engine import propose_state_sync

    try:
        before = client.read_flow_run(flow_run_id).state
    except API_ERRORS:
        before = None
    pid = getattr(process, "pid", None)
    if pid is not None and process.is_alive():  # asked first: the engine then ends the run Cancelled itself
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, CANCEL_SIGNAL)
        process.join(STOP_GRACE_S)
    stop_process(process)
    if before is None or not (before.is_completed() or before.is_failed()):
        with contextlib.suppress(*API_ERRORS):  # (settle then reports the run's state as the API last knew it)
            answered(lambda: propose_state_sync(client, Cancelled(message=message), flow_run_id=flow_run_id,
                                                force=True))


def answered(call: Callable[[], Any], tries: int = 8, first_wait_s: float = 1.0) -> Any:
    """call(), tried again while the API does not answer (waits doubling from first_wait_s, ~2 min in all);
    the last error is raised."""
    for attempt in range(1, tries + 1):
        try:
            return call()
        except API_ERRORS:
            if attempt == tries:
                raise
            time.sleep(backoff(first_wait_s, attempt))
    raise AssertionError("unreachable")


def settle(client: Any, flow_run_id: UUID, exitcode: int | None) -> RunOutcome:
    """The run's final state. When its process ended without one, the run is marked Cancelled if it was
    being cancelled (the engine stops at once when a run is cancelled before it starts running), else
    Crashed, saying how the process ended. An API that does not answer for ~2 min leaves it UNKNOWN."""
    from prefect.states import Cancelled, Crashed
    from prefect.utilities.engine import propose_state_sync

    try:
        state = answered(lambda: client.read_flow_run(flow_run_id).state)
        if state is not None and state.is_cancelling():
            state = answered(lambda: propose_state_sync(client, Cancelled(message="cancelled before it ran"),
                                                        flow_run_id=flow_run_id, force=True))
        elif state is None or not state.is_final():
            message = f"the flow run's process ended ({exit_reason(exitcode)}) before the run finished"
            state = answered(lambda: propose_state_sync(client, Crashed(message=message), flow_run_id=flow_run_id,
                                                        force=True))
    except API_ERRORS as err:
        return RunOutcome(flow_run_id, "UNKNOWN", "unknown", f"the Prefect API did not answer ({one_line(err)}); "
                          f"the run's process ended ({exit_reason(exitcode)})")
    return RunOutcome(flow_run_id, state.type.value, state.name, state.message)


@contextlib.contextmanager
def stop_on_signals(runner: InboxRunner) -> Iterator[None]:
    """The first SIGTERM or SIGINT asks the runner to stop (it cancels the run in progress and pauses the
    schedule); a second one acts as usual."""
    previous: dict[int, Any] = {}

    def stop(signum: int, _frame: Any) -> None:
        for s, handler in previous.items():
            signal.signal(s, handler)
        runner.say(f"{signal.Signals(signum).name}: stopping (again to stop at once)")
        runner.stop(signal.Signals(signum).name)

    for s in (signal.SIGTERM, signal.SIGINT):
        previous[s] = signal.signal(s, stop)
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def serve_deployment(deployment: Any, out: TextIO | None = None, heartbeat_s: int | None = None,
                     replace: bool = False) -> int:
    """`tally serve`: serve the deployment until SIGTERM or Ctrl-C, then 0; 2 when it cannot start serving
    (the API does not answer, or the deployment's name serves another inbox: see InboxRunner.serve)."""
    from prefect.client.orchestration import get_client

    runner = InboxRunner(deployment, out=out, heartbeat_s=heartbeat_s, replace=replace)
    with get_client(sync_client=True) as client, stop_on_signals(runner):
        try:
            runner.serve(client)
        except CannotServe as err:
            runner.say(str(err))
            return 2
    return 0
