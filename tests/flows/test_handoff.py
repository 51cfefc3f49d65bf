"""A one-off `tally run` handed to the `tally serve` serving its warehouse (flows.handoff): who serves, what
the API is given (never a secret), what comes back, and how a run that ends without a summary is said."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from flows.handoff import (
    LOG_NAME,
    HandOffFailed,
    LogTail,
    Serving,
    announce,
    handed_parameters,
    live_serve,
    log_for_waiting_run,
    read_secrets,
    run_handed_off,
    serving_file,
    write_summary,
)
from flows.pipeline import RunSummary, Settings

API = "http://127.0.0.1:4200/api"
SERVING = Serving(pid=4242, api_url=API, deployment_id="d-1", deployment="ingest-reports/tally-inbox")


def test_a_warehouse_being_served_names_its_serve_and_no_one_else_does(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    assert live_serve(db, API) is None  # no .serving at all
    with announce(db, SERVING) as mine:
        assert mine
        assert live_serve(db, API) == SERVING
        assert live_serve(db, API + "/") == SERVING  # the same API written with a slash
        assert live_serve(db, "http://other:4200/api") is None  # runs through another API are not handed here
        assert live_serve(str(tmp_path / "other.duckdb"), API) is None
        with announce(db, Serving(1, API, "d-2", "ingest-reports/late")) as second:
            assert not second  # one serve takes a warehouse's one-off runs
        assert live_serve(db, API) == SERVING
    assert not serving_file(db).exists()
    assert live_serve(db, API) is None


def test_a_serve_through_another_api_is_said_and_the_run_done_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import serve_to_hand_to

    db = str(tmp_path / "w.duckdb")
    monkeypatch.setenv("PREFECT_API_URL", "http://localhost:4200/api")
    with announce(db, SERVING):
        assert serve_to_hand_to(db) is None
        assert capsys.readouterr().err == (f"note: tally serve (PID 4242) serves {db} through the Prefect API at {API}; "
                                           "this run goes through http://localhost:4200/api, so it runs here\n")
        monkeypatch.setenv("PREFECT_API_URL", API)
        assert serve_to_hand_to(db) == SERVING
    assert serve_to_hand_to(db) is None and capsys.readouterr().err == ""


def test_a_serve_running_as_another_user_is_not_handed_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its runs could not read the secrets and summary folder this user makes: the run is done here."""
    db = str(tmp_path / "w.duckdb")
    with announce(db, SERVING):
        assert live_serve(db, API) == SERVING
        monkeypatch.setattr(os, "getuid", lambda: os.stat(serving_file(db)).st_uid + 1)
        assert live_serve(db, API) is None


def test_a_serving_file_its_serve_left_behind_is_not_a_serve(tmp_path: Path) -> None:
    """A serve killed with SIGKILL leaves its .serving; the lock went with the process."""
    db = str(tmp_path / "w.duckdb")
    serving_file(db).write_text(json.dumps(SERVING.__dict__))
    assert live_serve(db, API) is None


def test_a_serving_file_half_written_is_not_a_serve(tmp_path: Path) -> None:
    import fcntl

    db = str(tmp_path / "w.duckdb")
    path = serving_file(db)
    path.write_text('{"pid": 42, "api_u')
    with path.open() as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert live_serve(db, API) is None


def test_the_api_is_given_no_secret_and_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    parameters = {"paths": ["in/a.pdf"], "db_path": "w.duckdb", "rules_path": "rules.toml", "review_dir": None,
                  "password": "s3cret", "webhook_url": "https://hooks.example/T1", "slack_webhook_url": None, "workers": 2}
    folder = tmp_path / "handoff"
    folder.mkdir()
    handed = handed_parameters(parameters, folder)
    assert "s3cret" not in json.dumps(handed) and "hooks.example" not in json.dumps(handed)
    assert handed["password"] == "" and handed["webhook_url"] is None and handed["slack_webhook_url"] is None
    assert handed["paths"] == [str(tmp_path / "in" / "a.pdf")]
    assert handed["db_path"] == str(tmp_path / "w.duckdb") and handed["rules_path"] == str(tmp_path / "rules.toml")
    assert handed["review_dir"] is None and handed["workers"] == 2
    secrets = Path(handed["secrets_file"])
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert read_secrets(str(secrets)) == ("s3cret", "https://hooks.example/T1", None)
    assert Path(handed["summary_to"]).parent == folder


def test_a_run_with_no_secrets_takes_none_from_the_serves_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The serve's TALLY_WEBHOOK_URL is its own alerts' address, not that of the person who ran `tally run`."""
    handed = handed_parameters({"paths": [], "db_path": "w.duckdb", "password": "", "webhook_url": None}, tmp_path)
    monkeypatch.setenv("TALLY_WEBHOOK_URL", "https://serve.example/own")
    assert read_secrets(handed["secrets_file"]) == ("", None, None)


def test_the_summary_comes_back_whole(tmp_path: Path) -> None:
    target = str(tmp_path / "summary.pickle")
    summary = RunSummary(run_id="r1", documents=2, loaded=2, alerts=[{"message": "6114 + 1394 + 64 = 7572 ≠ 7573户"}])
    write_summary(target, summary)
    assert not Path(target + ".part").exists()
    with open(target, "rb") as back:
        assert pickle.load(back) == summary


@pytest.mark.filterwarnings("ignore:Logger 'prefect")  # (Prefect's API handler, where an earlier test set it up: no run here)
def test_the_runs_log_lines_reach_the_waiting_tally_run_line_by_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.INFO, logger="prefect.flow_runs")  # (as Prefect sets it in a run)
    summary_to = str(tmp_path / "summary.pickle")
    tail = LogTail(tmp_path / LOG_NAME)
    assert tail.new_lines() == []  # (nothing written yet)
    with log_for_waiting_run(summary_to):
        logging.getLogger("prefect.task_runs").warning("a.pdf: 12 figures (0.1 s)", extra={"task_run_name": "extract a.pdf"})
        logging.getLogger("prefect.flow_runs").info("ingesting 1 file(s)", extra={"flow_run_name": "quick-fox"})
        logging.getLogger("prefect.other").info("not a run's line")
    logging.getLogger("prefect.flow_runs").info("after the run: not sent", extra={"flow_run_name": "quick-fox"})
    lines = tail.new_lines()
    assert [line.split(" | ", 1)[1] for line in lines] == [
        "WARNING | Task run 'extract a.pdf' - a.pdf: 12 figures (0.1 s)",
        "INFO    | Flow run 'quick-fox' - ingesting 1 file(s)",
    ]
    with (tmp_path / LOG_NAME).open("a") as log:
        log.write("half a li")
    assert tail.new_lines() == []  # a line is said once it is whole
    with (tmp_path / LOG_NAME).open("a") as log:
        log.write("ne\n")
    assert tail.new_lines() == ["half a line"]
    assert not log_for_waiting_run(None).__enter__()  # (a run not handed off: nothing)


class FakeApi:
    """Prefect's API as a handed-off run sees it: the run's states in turn; cancels recorded."""

    def __init__(self, states: list[dict[str, Any]], interrupt: bool = False) -> None:
        self.states, self.interrupt = states, interrupt
        self.created: list[dict[str, Any]] = []
        self.cancelled: list[str] = []

    def create_run(self, deployment_id: str, parameters: dict[str, Any]) -> dict[str, Any]:
        self.created.append(parameters)
        return {"id": "run-1", "name": "quick-fox"}

    def read_run(self, flow_run_id: str) -> dict[str, Any]:
        if self.interrupt:
            raise KeyboardInterrupt
        state = self.states.pop(0) if len(self.states) > 1 else self.states[0]
        if state.get("summary"):
            write_summary(self.created[-1]["summary_to"], RunSummary(run_id="r9", loaded=1))
        return {"state": state}

    def cancel_run(self, flow_run_id: str, message: str) -> None:
        self.cancelled.append(flow_run_id)


def hand(api: FakeApi, db: str, said: list[str]) -> Any:
    parameters = {"paths": ["a.pdf"], "db_path": db, "password": "", "webhook_url": None, "slack_webhook_url": None}
    return run_handed_off(api, SERVING, db, parameters, said.append)  # type: ignore[arg-type]


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    import flows.handoff

    monkeypatch.setattr(flows.handoff, "STATE_LOOK_S", 0.0)  # (every look asks the fake API)
    monkeypatch.setattr(flows.handoff, "BUSY_SAY_S", 0.0)
    db = str(tmp_path / "w.duckdb")
    with announce(db, SERVING):
        yield db


def test_the_summary_the_run_sends_back_is_the_result(served: str) -> None:
    said: list[str] = []
    api = FakeApi([{"type": "SCHEDULED"}, {"type": "RUNNING", "summary": True}, {"type": "RUNNING"}, {"type": "FAILED"}])
    started = time.monotonic()
    summary = hand(api, served, said)
    assert summary == RunSummary(run_id="r9", loaded=1)
    assert api.states == [{"type": "FAILED"}]  # it returned once the run had its final state
    assert time.monotonic() - started < 3
    assert said[0].startswith("handed to tally serve (PID 4242") and "'quick-fox'" in said[0]
    assert any("has not started this one yet" in line for line in said)  # it waited behind another run
    folder = Path(api.created[0]["summary_to"]).parent
    assert folder.parent == Path(served).parent and folder.name.startswith(".")  # beside the warehouse, hidden
    assert not folder.exists()  # the folder of the secrets is gone


@pytest.mark.parametrize(("state", "said"), [
    ({"type": "CRASHED", "name": "Crashed", "message": "the run's process died (killed by SIGKILL)"},
     "the flow run ended Crashed: the run's process died (killed by SIGKILL)"),
    ({"type": "CANCELLED", "name": "Cancelled", "message": ""}, "the flow run ended Cancelled"),
    ({"type": "FAILED", "name": "Failed", "message": "Flow run encountered an exception: ValueError: bad rules"},
     "the flow run ended Failed: ValueError: bad rules"),
])
def test_a_run_that_ends_without_a_summary_is_said_with_its_state(served: str, state: dict[str, Any], said: str) -> None:
    class LastWords(FakeApi):
        def read_run(self, flow_run_id: str) -> dict[str, Any]:  # the run logs its error as it ends
            (Path(self.created[-1]["summary_to"]).parent / LOG_NAME).write_text("07:00:01.000 | ERROR   | it broke\n")
            return super().read_run(flow_run_id)

    lines: list[str] = []
    with pytest.raises(HandOffFailed) as ended:
        hand(LastWords([state]), served, lines)
    assert str(ended.value) == said
    assert lines[-1] == "07:00:01.000 | ERROR   | it broke"  # said before the end


def test_a_serve_that_stops_while_the_run_waits_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.handoff

    monkeypatch.setattr(flows.handoff, "STATE_LOOK_S", 0.0)
    db = str(tmp_path / "w.duckdb")  # no serve holds it any more
    with pytest.raises(HandOffFailed, match=r"tally serve \(PID 4242\) stopped before the run ended; its state in Prefect: Scheduled"):
        hand(FakeApi([{"type": "SCHEDULED", "name": "Scheduled"}]), db, [])


def test_ctrl_c_while_waiting_cancels_the_handed_off_run(served: str) -> None:
    api = FakeApi([{"type": "RUNNING"}], interrupt=True)
    said: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        hand(api, served, said)
    assert api.cancelled == ["run-1"]
    assert said[-1] == "flow run 'quick-fox' cancelled (tally serve stops it at once)"


def _worker_parent(out: Any) -> None:
    out.send(os.getppid())


def _run_like_a_served_run(out: Any) -> None:
    """In a child of a forkserver, as each of tally serve's runs is: start a 'worker' as the pool does."""
    from flows.pool import use_parent_forkserver

    used = use_parent_forkserver()
    ctx = multiprocessing.get_context("forkserver")
    parent, child = ctx.Pipe()
    worker = ctx.Process(target=_worker_parent, args=(child,))
    worker.start()
    out.send((used, os.getppid(), parent.recv()))
    worker.join()


def test_a_served_runs_workers_are_forked_by_the_forkserver_that_forked_the_run() -> None:
    """Not by a new forkserver started for each run (a new Python and its imports before the first page)."""
    from flows.pool import use_parent_forkserver

    assert not use_parent_forkserver()  # (this process was not forked by a forkserver)
    ctx = multiprocessing.get_context("forkserver")
    parent, child = ctx.Pipe()
    run = ctx.Process(target=_run_like_a_served_run, args=(child,))
    run.start()
    used, runs_parent, workers_parent = parent.recv()
    run.join(30)
    assert used
    assert workers_parent == runs_parent


def test_parameters_for_a_run_here_and_a_run_handed_off_are_one_mapping() -> None:
    """The flow's parameters from a run's options: every one ingest_reports takes, save the two of a hand-off."""
    import inspect

    from flows.handoff import run_parameters
    from flows.ingest import ingest_reports

    given = run_parameters(["a.pdf"], Settings(db_path="w.duckdb"), 2, None, False, None, None, None, True)
    assert set(inspect.signature(ingest_reports.fn).parameters) - set(given) == {"secrets_file", "summary_to"}


@pytest.mark.slow
def test_a_one_off_run_is_handed_to_the_serve_of_its_warehouse_and_keeps_its_secrets(
        prefect_harness: None, tmp_path: Path, failing_pdf: Path) -> None:
    """`tally run` while `tally serve` serves the warehouse: a run of the serve's deployment, the summary and
    the exit code as a run here would give, the webhook reached with a URL the API never saw; `--here`
    and a stopped serve run the flow in `tally run`'s own process."""
    import re
    import signal
    import subprocess
    from uuid import UUID

    from inboxes import TALLY, count, no_api_env
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL
    from receiver import Receiver

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    env = no_api_env(PREFECT_API_URL=str(PREFECT_API_URL.value()))
    receiver = Receiver()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        serve = subprocess.Popen([TALLY, "serve", "--inbox", str(inbox), "--db", str(db), "--no-review", "--name", "handoff"],
                                 env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while live_serve(str(db), str(PREFECT_API_URL.value())) is None:
                assert serve.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
            run = [TALLY, "run", str(failing_pdf), "--db", str(db), "--no-review", "--webhook", receiver.url]
            handed = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
            assert handed.returncode == 1, handed.stderr  # a check of severity error failed: the data is loaded
            assert "handed to tally serve (PID" in handed.stderr
            assert "| Task run 'extract bad.pdf' - bad.pdf: " in handed.stderr  # the run's progress, as it went
            assert "500 + 350 = 850 ≠ 860人" in handed.stdout and "1 loaded, 0 failed" in handed.stdout
            assert len(receiver.bodies) == 1 and "850" in json.dumps(receiver.bodies[0]), receiver.bodies
            flow_run_id = UUID(re.search(r"\(([0-9a-f-]{36})\) of 'ingest-reports/handoff'", handed.stderr)[1])  # type: ignore[index]
            with get_client(sync_client=True) as client:
                flow_run = client.read_flow_run(flow_run_id)
                assert flow_run.deployment_id == client.read_deployment_by_name("ingest-reports/handoff").id
                assert flow_run.state.is_failed(), flow_run.state
            assert receiver.url not in json.dumps(flow_run.parameters)
            assert flow_run.parameters["paths"] == [str(failing_pdf)]

            here = subprocess.run([*run, "--here"], env=env, capture_output=True, text=True, timeout=300)
            assert here.returncode == 1 and "handed" not in here.stderr, here.stderr
            assert len(receiver.bodies) == 2
        finally:
            serve.send_signal(signal.SIGTERM)
            serve.wait(timeout=60)
            receiver.close()
    assert not serving_file(str(db)).exists()
    after = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert after.returncode == 1 and "handed" not in after.stderr, after.stderr
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 1  # replaced, never doubled
    assert f"flow run '{flow_run.name}' ({flow_run_id}) started" in log_path.read_text()
