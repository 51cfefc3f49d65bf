"""`tally serve`'s runner (flows.runner): runs of the inbox deployment in preloaded processes, a dead
process's run marked Crashed, a cancelled or interrupted run stopped and marked Cancelled, and a served
inbox that loads a new file, skips an unchanged one and replaces a changed one."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from uuid import UUID

import httpx
import pytest
from inboxes import TALLY, count, no_api_env, write_reports

from flows.runner import exit_reason, settle, watch


@pytest.mark.parametrize(("exitcode", "reason"), [
    (0, "exit code 0"), (3, "exit code 3"), (-9, "killed by SIGKILL"), (-15, "killed by SIGTERM"),
    (-200, "killed by signal 200"), (None, "still running"),
])
def test_how_a_runs_process_ended_is_said_in_words(exitcode: int | None, reason: str) -> None:
    assert exit_reason(exitcode) == reason


@pytest.fixture
def running(prefect_harness: None) -> Any:
    """A flow run of ingest_reports in the Running state (nothing executes it) and the client that made it."""
    from prefect.client.orchestration import get_client
    from prefect.states import Running

    from flows.ingest import ingest_reports

    with get_client(sync_client=True) as client:
        flow_run = client.create_flow_run(ingest_reports, parameters={"paths": []})
        client.set_flow_run_state(flow_run.id, Running(), force=True)
        yield client, flow_run.id


def sleeper() -> Any:
    """A process standing in for a run's: it sleeps until stopped."""
    process = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(120,))
    process.start()
    return process


def state_of(client: Any, flow_run_id: UUID) -> Any:
    return client.read_flow_run(flow_run_id).state


@pytest.mark.slow
def test_a_run_whose_process_died_is_marked_crashed_saying_how(running: Any) -> None:
    client, flow_run_id = running
    process = sleeper()
    os.kill(process.pid, signal.SIGKILL)
    outcome = watch(client, process, flow_run_id, poll_s=0.2)
    assert outcome.state == "CRASHED"
    assert outcome.message == "the flow run's process ended (killed by SIGKILL) before the run finished"
    assert state_of(client, flow_run_id).is_crashed()


@pytest.mark.slow
def test_a_run_cancelled_from_the_ui_has_its_process_stopped_and_ends_cancelled(running: Any) -> None:
    from prefect.states import Cancelling

    client, flow_run_id = running
    process = sleeper()
    threading.Timer(0.5, lambda: client.set_flow_run_state(flow_run_id, Cancelling(), force=True)).start()
    started = time.monotonic()
    outcome = watch(client, process, flow_run_id, poll_s=0.2)
    assert time.monotonic() - started < 10
    # asked to cancel first (a run's process ends Cancelled on it; this stand-in, not handling it, just ends)
    from flows.runner import CANCEL_SIGNAL

    assert not process.is_alive() and process.exitcode == -CANCEL_SIGNAL
    assert (outcome.state, outcome.message) == ("CANCELLED", "cancelled while running: its process was stopped")
    assert state_of(client, flow_run_id).is_cancelled()


def cancel_soon(client: Any, flow_run_id: UUID, after_s: float) -> None:
    from prefect.states import Cancelling

    threading.Timer(after_s, lambda: client.set_flow_run_state(flow_run_id, Cancelling(), force=True)).start()


@pytest.mark.slow
def test_a_run_cancelled_from_the_ui_is_stopped_at_once_not_at_the_next_poll(running: Any) -> None:
    """Prefect's event stream tells the runner: with a poll every 60 s, the run stops within seconds."""
    from flows.runner import CancellingEvents

    client, flow_run_id = running
    process, events = sleeper(), CancellingEvents(flow_run_id)
    try:
        assert events.ready.wait(10), events.failed
        cancel_soon(client, flow_run_id, after_s=0.3)
        started = time.monotonic()
        outcome = watch(client, process, flow_run_id, poll_s=60, cancelled=events.seen)
    finally:
        events.close()
    assert time.monotonic() - started < 5
    assert not process.is_alive()
    assert (outcome.state, outcome.message) == ("CANCELLED", "cancelled while running: its process was stopped")
    assert events.failed is None


@pytest.mark.slow
def test_another_runs_cancel_is_not_taken_for_this_ones(running: Any) -> None:
    from prefect.states import Cancelling, Running

    from flows.ingest import ingest_reports
    from flows.runner import CancellingEvents

    client, flow_run_id = running
    other = client.create_flow_run(ingest_reports, parameters={"paths": []}).id
    client.set_flow_run_state(other, Running(), force=True)
    events = CancellingEvents(flow_run_id)
    try:
        assert events.ready.wait(10), events.failed
        client.set_flow_run_state(other, Cancelling(), force=True)
        assert not events.seen.wait(2)
        client.set_flow_run_state(flow_run_id, Cancelling(), force=True)
        assert events.seen.wait(5)
    finally:
        events.close()


@pytest.mark.parametrize("api_url", ["http://127.0.0.1:9/api", None])
def test_without_an_event_stream_cancels_are_still_seen_at_the_next_poll(api_url: str | None) -> None:
    """No stream (the API refuses the connection, or none is configured, where Prefect would start a
    temporary server): the listener says why and stops; watch goes on polling (the tests above)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.runner import CancellingEvents

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        events = CancellingEvents(UUID(int=7))
        try:
            events.done.wait(10)
        finally:
            events.close()
    assert events.failed and not events.seen.is_set() and not events.ready.is_set()
    if api_url is None:
        assert "no Prefect API" in events.failed
    else:
        assert "127.0.0.1" in events.failed or "refused" in events.failed.lower()


@pytest.mark.slow
def test_the_runner_stops_a_run_cancelled_from_the_ui_at_once(running: Any) -> None:
    """InboxRunner.run listens for its run's cancel while it watches it (poll every 60 s here)."""
    from flows.runner import InboxRunner

    client, flow_run_id = running

    class Context:
        def Process(self, **_: Any) -> Any:  # noqa: N802 (multiprocessing's name)
            return multiprocessing.get_context("spawn").Process(target=time.sleep, args=(120,))

    out = io.StringIO()
    runner = InboxRunner(FakeDeployment(), poll_s=60, context=Context(), out=out)
    cancel_soon(client, flow_run_id, after_s=2)
    started = time.monotonic()
    outcome = runner.run(client, flow_run_id, "x")
    assert time.monotonic() - started < 8, out.getvalue()
    assert (outcome.state, outcome.message) == ("CANCELLED", "cancelled while running: its process was stopped")


@pytest.mark.slow
def test_stopping_the_runner_stops_the_run_in_progress_and_cancels_it(running: Any) -> None:
    client, flow_run_id = running
    process = sleeper()
    asked: list[str] = []
    threading.Timer(0.3, lambda: asked.append("SIGTERM")).start()
    outcome = watch(client, process, flow_run_id, poll_s=60, stopping=lambda: asked[0] if asked else None)
    assert not process.is_alive()
    assert (outcome.state, outcome.message) == ("CANCELLED", "SIGTERM: its process was stopped")


@pytest.mark.slow
def test_a_run_that_reached_its_final_state_is_left_as_it_ended(running: Any) -> None:
    from prefect.states import Failed

    client, flow_run_id = running
    client.set_flow_run_state(flow_run_id, Failed(message="1 check(s) failed"), force=True)
    outcome = settle(client, flow_run_id, 0)
    assert (outcome.state, outcome.message) == ("FAILED", "1 check(s) failed")


def run_deployment_now(parameters: dict[str, Any], timeout_s: float = 120) -> Any:
    """A run of the served deployment, created as the UI's 'Quick run' does, once the deployment exists;
    returns its flow run in a final state."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout_s
    with get_client(sync_client=True) as client:
        while True:
            try:
                deployment = client.read_deployment_by_name("ingest-reports/tally-inbox")
                break
            except ObjectNotFound:
                assert time.monotonic() < deadline, "tally serve did not register its deployment"
                time.sleep(0.5)
        flow_run = client.create_flow_run_from_deployment(deployment.id, parameters=parameters)
        while not (flow_run := client.read_flow_run(flow_run.id)).state.is_final():
            assert time.monotonic() < deadline, f"the served run did not end: {flow_run.state}"
            time.sleep(0.3)
        return flow_run


@pytest.mark.slow
def test_a_served_inbox_loads_new_files_skips_unchanged_ones_and_replaces_changed_ones(prefect_harness: None,
                                                                                      tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    [old] = write_reports(inbox, ["a.pdf"])
    subprocess.run([TALLY, "run", str(old), "--db", str(db), "--no-prefect"], env=no_api_env(), check=True,
                   capture_output=True)
    write_reports(inbox, ["b.pdf"])
    env = no_api_env(PREFECT_API_URL=str(PREFECT_API_URL.value()), PREFECT_RUNNER_POLL_FREQUENCY="1")
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([TALLY, "serve", "--inbox", str(inbox), "--db", str(db), "--cron", "0 2 * * *"],
                             env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        first = run_deployment_now({"review": False})
        assert first.state.is_completed(), first.state
        assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
        assert count(db, f"SELECT files_seen || '/' || files_new || '/' || files_skipped = '2/1/1' FROM runs "
                         f"WHERE flow_run_id = '{first.id}'") == 1
        a_rows = count(db, "SELECT count(*) FROM figures JOIN documents USING (doc_id) WHERE file_name = 'a.pdf'")

        write_reports(inbox, ["c.pdf"])
        (inbox / "c.pdf").rename(inbox / "a.pdf")  # a.pdf's bytes change: its document is replaced
        second = run_deployment_now({"review": False})
        assert second.state.is_completed(), second.state
        assert second.state.message == "1 loaded, 0 unreadable, 1 unchanged"  # b.pdf
        assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded' AND file_name = 'a.pdf'") == 1
        assert count(db, "SELECT count(*) FROM figures JOIN documents USING (doc_id) WHERE file_name = 'a.pdf'") == a_rows
        assert count(db, "SELECT count(*) FROM figures f JOIN documents d USING (doc_id) "
                         "WHERE d.file_name = 'a.pdf' AND f.raw = '120人次'") == 1  # c.pdf's text, now a.pdf's
        assert count(db, f"SELECT files_new FROM runs WHERE flow_run_id = '{second.id}'") == 1
    finally:
        serve.send_signal(signal.SIGTERM)
        code = serve.wait(timeout=60)
        log.close()
    out = (tmp_path / "serve.log").read_text()
    assert code == 0, out[-3000:]
    assert f"({first.id}) started" in out and "ended Completed" in out
    assert "the schedule is paused" in out
    with get_client(sync_client=True) as client:
        assert client.read_deployment_by_name("ingest-reports/tally-inbox").paused


@pytest.mark.slow
def test_a_run_cancelled_before_its_process_started_running_it_ends_cancelled(running: Any) -> None:
    from prefect.states import Cancelling

    client, flow_run_id = running
    client.set_flow_run_state(flow_run_id, Cancelling(), force=True)
    outcome = settle(client, flow_run_id, 1)  # the engine saw the cancel and left before running anything
    assert (outcome.state, outcome.message) == ("CANCELLED", "cancelled before it ran")


@pytest.mark.parametrize(("given", "heartbeat"), [([], None), (["--heartbeat", "30"], 30), (["--heartbeat", "600"], 600)])
def test_served_runs_send_heartbeats_only_when_asked(given: list[str], heartbeat: int | None) -> None:
    from flows.cli import build_parser

    assert build_parser().parse_args(["serve", "--inbox", "in", *given]).heartbeat == heartbeat


@pytest.mark.parametrize("given", ["29", "0", "-5", "1.5", "often"])
def test_a_heartbeat_prefect_would_refuse_is_refused_on_the_command_line(given: str, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--inbox", "in", "--heartbeat", given])
    assert "--heartbeat" in capsys.readouterr().err


@pytest.mark.parametrize(("poll_s", "failures", "wait"), [
    (10, 1, 10), (10, 2, 20), (10, 3, 40), (10, 4, 60), (10, 9, 60), (0.2, 1, 1), (0.2, 3, 4), (1, 0, 1),
])
def test_an_api_that_does_not_answer_is_tried_again_less_and_less_often(poll_s: float, failures: int, wait: float) -> None:
    from flows.runner import backoff

    assert backoff(poll_s, failures) == wait


class FakeDeployment:
    flow_name, name = "ingest-reports", "tally-inbox"
    parameters = {"inbox": "/data/inbox", "db_path": "/data/w.duckdb"}

    def apply(self) -> UUID:
        return UUID(int=1)


class FakeProcess:
    started: list[tuple[Any, ...]] = []  # the args of every process started, in order

    def __init__(self, target: Any = None, args: tuple[Any, ...] = (), **_: Any) -> None:
        self.target, self.args = target, args

    def start(self) -> None:
        FakeProcess.started.append(self.args)

    def join(self, timeout: float | None = None) -> None:
        pass


class FakeContext:
    Process = FakeProcess


class FlakyClient:
    """An API that does not answer `down` times, then does (with no runs due); records what it was asked."""

    def __init__(self, down: int, runner: Any = None) -> None:
        self.down, self.runner = down, runner
        self.calls: list[str] = []

    def raise_for_api_version_mismatch(self) -> None:
        self.calls.append("version")

    def read_deployment_by_name(self, name: str) -> Any:
        from prefect.exceptions import ObjectNotFound

        raise ObjectNotFound(http_exc=None)

    def get_scheduled_flow_runs_for_deployments(self, **_: Any) -> list[Any]:
        self.calls.append("poll")
        if self.down > 0:
            self.down -= 1
            raise httpx.ConnectError("[Errno 111] Connection refused")
        self.runner.stop("test")
        return []

    def pause_deployment(self, deployment_id: UUID) -> None:
        self.calls.append(f"pause {deployment_id}")

    def read_flow_run(self, flow_run_id: UUID) -> Any:
        self.calls.append("read")
        if self.down > 0:
            self.down -= 1
            raise httpx.ReadTimeout("timed out")
        return SimpleNamespace(state=SimpleNamespace(type=SimpleNamespace(value="COMPLETED"), name="Completed",
                                                     message="3 loaded", is_final=lambda: True,
                                                     is_cancelling=lambda: False))


def test_serve_keeps_going_while_the_api_does_not_answer_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.runner
    from flows.runner import InboxRunner

    monkeypatch.setattr(flows.runner, "backoff", lambda poll_s, failures: 0.01 * failures)
    out = io.StringIO()
    runner = InboxRunner(FakeDeployment(), poll_s=0.01, out=out, context=FakeContext())
    client = FlakyClient(down=2, runner=runner)
    runner.serve(client)
    # (whether the event stream's note, tested on its own below, comes before the first look or after is timing)
    lines = [line for line in out.getvalue().splitlines() if "event stream" not in line]
    assert client.calls == ["version", "poll", "poll", "poll", f"pause {UUID(int=1)}"]
    assert lines[1:] == [
        "tally serve: the Prefect API did not answer (ConnectError: [Errno 111] Connection refused); looking again in 0.01 s",
        "tally serve: the Prefect API did not answer (ConnectError: [Errno 111] Connection refused); looking again in 0.02 s",
        "tally serve: the Prefect API answers again",
        "tally serve: stopped (test); the schedule is paused until `tally serve` starts again",
    ]


def test_serve_checks_the_apis_version_once_and_refuses_one_this_prefect_cannot_use() -> None:
    from flows.runner import InboxRunner, Unreachable

    class Incompatible(FlakyClient):
        def raise_for_api_version_mismatch(self) -> None:
            raise RuntimeError("Found incompatible versions: client: 3.9.1, server: 2.20.0. Major versions must match.")

    runner = InboxRunner(FakeDeployment(), poll_s=0.01, out=io.StringIO(), context=FakeContext())
    with pytest.raises(Unreachable) as refused:
        runner.serve(Incompatible(down=0, runner=runner))
    assert str(refused.value).endswith(
        "cannot be used by this Prefect (RuntimeError: Found incompatible versions: client: 3.9.1, server: 2.20.0. "
        "Major versions must match.)")

    down = FlakyClient(down=0)

    def unanswered() -> None:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    def wrapped() -> None:  # as Prefect's client says it
        try:
            unanswered()
        except httpx.ConnectError as err:
            raise RuntimeError("Failed to reach API at http://127.0.0.1:9/api") from err

    for check in (unanswered, wrapped):
        down.raise_for_api_version_mismatch = check  # type: ignore[method-assign]
        runner = InboxRunner(FakeDeployment(), poll_s=0.01, out=io.StringIO(), context=FakeContext())
        with pytest.raises(Unreachable, match=r"did not answer \(ConnectError: \[Errno 111\] Connection refused\); is"):
            runner.serve(down)


def test_runs_are_started_knowing_the_apis_version_was_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.runner
    from flows.runner import InboxRunner, RunOutcome

    monkeypatch.setattr(flows.runner, "watch", lambda *a, **k: RunOutcome(UUID(int=9), "COMPLETED", "Completed", None))
    monkeypatch.setattr(flows.runner, "CancellingEvents", lambda flow_run_id: SimpleNamespace(
        seen=lambda: False, close=lambda: None, ready=threading.Event(), failed=None))
    FakeProcess.started.clear()
    runner = InboxRunner(FakeDeployment(), poll_s=1, out=io.StringIO(), context=FakeContext(), heartbeat_s=45)
    runner.run(client=None, flow_run_id=UUID(int=9), name="x")
    assert FakeProcess.started == [(str(UUID(int=9)), 45, True)]


def test_a_runs_end_is_read_again_while_the_api_does_not_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.runner

    monkeypatch.setattr(flows.runner, "backoff", lambda poll_s, failures: 0.0)
    client = FlakyClient(down=3)
    outcome = settle(client, UUID(int=7), 0)
    assert (outcome.state, outcome.message, client.calls) == ("COMPLETED", "3 loaded", ["read"] * 4)
    silent = FlakyClient(down=100)
    outcome = settle(silent, UUID(int=7), -9)
    assert outcome.state == "UNKNOWN" and len(silent.calls) == 8
    assert outcome.message == ("the Prefect API did not answer (ReadTimeout: timed out); "
                               "the run's process ended (killed by SIGKILL)")


def test_a_run_that_cannot_be_claimed_for_want_of_an_api_is_left_for_the_next_look() -> None:
    from flows.runner import InboxRunner

    runner = InboxRunner(FakeDeployment(), poll_s=1, context=FakeContext())

    class Down:
        def set_flow_run_state(self, *a: Any, **k: Any) -> Any:
            raise httpx.ConnectError("[Errno 111] Connection refused")

    assert runner.claim(Down(), UUID(int=3)) is False


@pytest.mark.slow
def test_a_run_its_process_had_called_crashed_when_the_runner_stopped_it_ends_cancelled(running: Any) -> None:
    """Ctrl-C in a terminal reaches the run's process too: whatever it recorded, a run tally serve stopped is Cancelled."""
    from prefect.states import Crashed

    client, flow_run_id = running
    client.set_flow_run_state(flow_run_id, Crashed(message="Execution was aborted by an interrupt signal."), force=True)
    outcome = watch(client, sleeper(), flow_run_id, poll_s=60, stopping=lambda: "SIGINT")
    assert (outcome.state, outcome.message) == ("CANCELLED", "SIGINT: its process was stopped")


class StubbornProcess:
    """A run's process that is alive until terminated; records what was done to it."""

    def __init__(self, **_: Any) -> None:
        self.alive = False
        self.done: list[str] = []

    def start(self) -> None:
        self.alive = True

    def is_alive(self) -> bool:
        return self.alive

    def join(self, timeout: float | None = None) -> None:
        pass

    def terminate(self) -> None:
        self.done.append("terminate")
        self.alive = False


def test_a_runner_interrupted_for_good_does_not_leave_its_run_running(monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.runner
    from flows.runner import InboxRunner

    started: list[StubbornProcess] = []

    class Context:
        def Process(self, **kwargs: Any) -> StubbornProcess:  # noqa: N802 (multiprocessing's name)
            started.append(StubbornProcess(**kwargs))
            return started[-1]

    def second_ctrl_c(*_: Any, **__: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(flows.runner, "watch", second_ctrl_c)
    runner = InboxRunner(FakeDeployment(), poll_s=1, context=Context(), out=io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        runner.run(client=None, flow_run_id=UUID(int=5), name="x")
    assert [p.done for p in started] == [["terminate"]] and not started[0].alive


def test_serve_with_an_api_that_does_not_answer_says_where_it_looked_and_exits_2(tmp_path: Path) -> None:
    done = subprocess.run([TALLY, "serve", "--inbox", str(tmp_path), "--db", str(tmp_path / "w.duckdb")],
                          env=no_api_env(PREFECT_API_URL="http://127.0.0.1:9/api", PREFECT_HOME=str(tmp_path / "home")),
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "tally serve: the Prefect API at http://127.0.0.1:9/api did not answer (ConnectError: [Errno 111] Connection "
        "refused); is `prefect server start` running there?")


def test_an_event_stream_that_cannot_be_followed_is_said_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    import flows.runner
    from flows.runner import InboxRunner, RunOutcome

    def quick_watch(client: Any, process: Any, flow_run_id: UUID, poll_s: float, stopping: Any,
                    cancelled: Any = None) -> RunOutcome:
        time.sleep(0.5)  # (the listener finds the stream refused meanwhile)
        return RunOutcome(flow_run_id, "COMPLETED", "Completed", None)

    monkeypatch.setattr(flows.runner, "watch", quick_watch)
    out = io.StringIO()
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        runner = InboxRunner(FakeDeployment(), poll_s=5, context=FakeContext(), out=out)
        for n in (8, 9):
            runner.run(client=None, flow_run_id=UUID(int=n), name=f"run-{n}")
    said = out.getvalue()
    assert said.count("event stream could not be followed") == 1, said
    assert "a run started or cancelled in the UI is seen at the next look for it, every 5 s" in said


@pytest.mark.slow
def test_a_run_started_from_the_ui_starts_at_once_not_at_the_next_poll(prefect_harness: None) -> None:
    """Prefect's event stream tells the runner of the deployment's new run: with a poll every 60 s, it starts within seconds."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    from flows.ingest import ingest_reports
    from flows.runner import InboxRunner

    class Context:  # each run's process ends at once (the run is then marked Crashed: not the point here)
        def Process(self, **_: Any) -> Any:  # noqa: N802 (multiprocessing's name)
            return multiprocessing.get_context("spawn").Process(target=time.sleep, args=(0,))

    out = io.StringIO()
    runner = InboxRunner(ingest_reports.to_deployment(name="starts-at-once", parameters={"paths": []}), poll_s=60,
                         context=Context(), out=out)

    def said(text: str, within_s: float) -> bool:
        deadline = time.monotonic() + within_s
        while text not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
        return text in out.getvalue()

    with get_client(sync_client=True) as client:
        serving = threading.Thread(target=runner.serve, args=(client,), daemon=True)
        serving.start()
        try:
            assert said("serving deployment", within_s=60), out.getvalue()
            deadline = time.monotonic() + 10  # (the runner says it serves, then starts listening: a moment later)
            while runner.runs_wanted is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert runner.runs_wanted is not None and runner.runs_wanted.ready.wait(10)
            time.sleep(0.5)  # the runner has looked for due runs and waits for its next poll
            started = time.monotonic()
            flow_run = run_deployment("ingest-reports/starts-at-once", timeout=0)
            assert said(f"({flow_run.id}) started", within_s=20), out.getvalue()
            assert time.monotonic() - started < 5, out.getvalue()
        finally:
            runner.stop("the test is over")
            serving.join(30)
    assert not serving.is_alive()


class FakeEvents:
    """A stand-in for the runner's event listeners: the test says when they are ready, fail or end."""

    def __init__(self) -> None:
        self.ready, self.seen, self.done = threading.Event(), threading.Event(), threading.Event()
        self.failed: str | None = None

    def end(self, failed: str | None = None, worked: bool = False) -> None:
        self.failed = failed
        if worked:
            self.ready.set()
        self.done.set()

    def close(self) -> None:
        pass


@pytest.mark.parametrize(("worked", "listeners", "said"), [(True, 3, False), (False, 1, True)])
def test_the_new_runs_stream_is_followed_again_only_if_it_ever_worked(monkeypatch: pytest.MonkeyPatch, worked: bool,
                                                                      listeners: int, said: bool) -> None:
    import flows.runner
    from flows.runner import InboxRunner

    made: list[FakeEvents] = []

    def listen(*_: Any) -> FakeEvents:
        made.append(FakeEvents())
        return made[-1]

    monkeypatch.setattr(flows.runner, "ScheduledRunEvents", listen)
    out = io.StringIO()
    runner = InboxRunner(FakeDeployment(), poll_s=7, context=FakeContext(), out=out)
    runner.deployment_id = UUID(int=1)
    runner._follow_new_runs()
    runner._follow_new_runs()
    assert len(made) == 1  # followed, not started again at every look
    made[0].end(worked=worked, failed=None if worked else "ConnectionRefusedError: refused")  # the server went away, or never streamed
    runner._follow_new_runs()
    if worked:
        made[-1].end(failed="ConnectionRefusedError: refused")  # still down at the next look: tried again at the one after
        runner._follow_new_runs()
    assert len(made) == listeners
    assert ("could not be followed (ConnectionRefusedError: refused)" in out.getvalue()) is said
    assert out.getvalue().count("could not be followed") <= 1


@pytest.mark.slow
def test_a_run_stopped_with_the_runner_ends_cancelled_and_never_crashed(prefect_harness: None, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C or SIGTERM of tally serve mid-run: the run's process is asked to cancel (as Prefect's runner asks
    its runs), so the engine ends the run Cancelled; no Crashed on record for an automation to act on."""
    from pdfs import tiny_pdf
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("PREFECT_API_URL", str(PREFECT_API_URL.value()))  # for the run's process, as tally serve's env

    from flows.ingest import ingest_reports
    from flows.runner import InboxRunner

    pdf = tmp_path / "long.pdf"
    tiny_pdf([[f"第{i}部分 投入资金{i}万元,其中产业资金{i}万元。"] * 6 for i in range(1, 241)], pdf)
    # spawned, not forked from the forkserver: that one is the test process's, started by an earlier test
    # with the environment of then (tally serve starts its own, with its environment)
    runner = InboxRunner(FakeDeployment(), poll_s=60, out=io.StringIO(), context=multiprocessing.get_context("spawn"))
    with get_client(sync_client=True) as client:
        run = client.create_flow_run(ingest_reports, parameters={"paths": [str(pdf)], "db_path": str(tmp_path / "w.duckdb"),
                                                                 "review": False, "workers": 1})

        def stop_once_running() -> None:
            with get_client(sync_client=True) as watcher:
                deadline = time.monotonic() + 60
                while watcher.read_flow_run(run.id).state.type.value != "RUNNING" and time.monotonic() < deadline:
                    time.sleep(0.05)
            time.sleep(0.3)
            runner.stop("SIGTERM")

        threading.Thread(target=stop_once_running, daemon=True).start()
        outcome = runner.run(client, run.id, "long")
        states = [s.type.value for s in client.read_flow_run_states(run.id)]
    assert outcome.state == "CANCELLED", states
    assert "CRASHED" not in states, states


@pytest.mark.parametrize(("theirs", "replace", "taken"), [
    ({"inbox": "/data/inbox", "db_path": "/data/w.duckdb"}, False, False),  # the same inbox again: a restart
    ({"inbox": "/data/other", "db_path": "/data/w.duckdb"}, False, True),
    ({"inbox": "/data/inbox", "db_path": "/data/other.duckdb"}, False, True),
    ({"inbox": "/data/other", "db_path": "/data/w.duckdb"}, True, False),
])
def test_serve_does_not_take_over_a_deployment_serving_another_inbox_unless_told(
        theirs: dict[str, str], replace: bool, taken: bool) -> None:
    from flows.runner import CannotServe, InboxRunner

    class Served(FlakyClient):
        def read_deployment_by_name(self, name: str) -> Any:
            self.calls.append(f"read {name}")
            return SimpleNamespace(parameters=theirs)

    runner = InboxRunner(FakeDeployment(), poll_s=0.01, out=io.StringIO(), context=FakeContext(), replace=replace)
    client = Served(down=0, runner=runner)
    if not taken:
        runner.serve(client)
        assert client.calls[:2] == ["version", "read ingest-reports/tally-inbox"] and "poll" in client.calls
        return
    with pytest.raises(CannotServe) as refused:
        runner.serve(client)
    assert "poll" not in client.calls
    assert str(refused.value) == (
        f"deployment 'ingest-reports/tally-inbox' already serves inbox {theirs['inbox']} into {theirs['db_path']}: "
        "serve this inbox under a name of its own (--name), or, if that one is no longer served, take the name "
        "over with --replace")
