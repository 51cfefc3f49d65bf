"""`tally run` through a running `tally serve`: a one-off run handed to the process that serves its warehouse.

A one-off `tally run --prefect` imports Prefect in a new process: 1.8-2.9 CPU-s on this machine, on the
two cores its readers need, before any flow-run work (README, Performance). `tally serve` has imported
Prefect, the flow and the writer once, in a forkserver, and runs each flow run of its deployment in a
child of it. So when a `tally serve` is serving the warehouse a run writes, through the same Prefect API,
`tally run` creates a flow run of that deployment with the run's files and options as its parameters, as
the UI's "Run" button would, and waits for it; it imports no Prefect. The run is then an ordinary run of
the deployment: it appears in the UI, it waits for a scheduled run in progress instead of contending
for the warehouse's one writer, and a cancel in the UI (or Ctrl-C here) stops it.

What the API never stores: the PDF password and the webhook URLs travel in a file only this user can
read (`secrets_file`); the run's summary comes back in another (`summary_to`). Both are in a folder this
process makes beside the warehouse (which both processes use) and removes.

`tally serve` says it serves a warehouse in `<warehouse>.serving` (its PID, the API, the deployment),
under an advisory lock it holds while it serves: the system drops the lock with the process, so a
`.serving` left by a killed serve is recognised as stale. Pure standard library: no Prefect here.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import pickle
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SERVING_SUFFIX = ".serving"
FINAL_STATES = frozenset({"COMPLETED", "FAILED", "CRASHED", "CANCELLED"})
SUMMARY_LOOK_S = 0.05  # how often the waiting `tally run` looks for the run's summary (a stat of a local file)
STATE_LOOK_S = 1.0  # how often it asks the API about the run (a crash or a cancel leaves no summary)
BUSY_SAY_S = 3.0  # a run still not started after this long: say why it waits
SECRET_KEYS = ("password", "webhook_url", "slack_webhook_url")


@dataclass(frozen=True)
class Serving:
    """What `tally serve` says in `<warehouse>.serving` while it serves the warehouse."""

    pid: int
    api_url: str
    deployment_id: str
    deployment: str  # 'ingest-reports/tally-inbox'


class HandOffFailed(RuntimeError):
    """The handed-off run ended without a summary, or could not be handed off: why, for a person."""


def serving_file(db_path: str) -> Path:
    return Path(os.path.abspath(db_path) + SERVING_SUFFIX)


@contextlib.contextmanager
def announce(db_path: str, serving: Serving) -> Iterator[bool]:
    """While inside: `<warehouse>.serving` names this serve, under its lock. Yields False (and says nothing)
    when another process already serves the warehouse: one serve takes the warehouse's one-off runs."""
    path = serving_file(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a read-only folder: runs are not handed here, and that is all
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(asdict(serving)).encode(), 0)
        try:
            yield True
        finally:
            with contextlib.suppress(OSError):
                path.unlink()  # (before the lock goes with the close: a reader that opened it finds it unlocked)
    finally:
        os.close(fd)


def live_serve(db_path: str, api_url: str) -> Serving | None:
    """The `tally serve` serving this warehouse through this API, or None (see serve_of; one serving it
    through another API does not take this run)."""
    serving = serve_of(db_path)
    return serving if serving is not None and same_api(serving.api_url, api_url) else None


def serve_of(db_path: str) -> Serving | None:
    """The `tally serve` serving this warehouse, or None: no `.serving`, one no process holds (its serve
    was killed), or a serve running as another user (its runs could not read the files this user hands
    them, the secrets among them: the run is then done here)."""
    try:
        fd = os.open(serving_file(db_path), os.O_RDONLY)
    except OSError:
        return None
    try:
        if os.fstat(fd).st_uid != os.getuid():
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # held: serving
            try:
                return Serving(**json.loads(os.pread(fd, 1 << 16, 0)))
            except (ValueError, TypeError):  # (being written this instant: not yet serving)
                return None
        return None  # (the lock, taken just now, goes with the close)
    finally:
        os.close(fd)


def same_api(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def run_parameters(paths: list[str], settings: Any, workers: int, dask_address: str | None, skip_loaded: bool,
                   inbox: str | None, notify_block: str | None, review_dir: str | None, review: bool) -> dict[str, Any]:
    """ingest_reports' parameters for a run of `settings` (flows.pipeline.Settings) over `paths`: the one
    mapping of a run's options to the flow's, for a run here (flows.ingest.run_flow) and one handed off."""
    return {
        "paths": paths, "db_path": settings.db_path, "password": settings.password, "rules_path": settings.rules_path,
        "webhook_url": settings.webhook_url, "slack_webhook_url": settings.slack_webhook_url,
        "max_pages": settings.limits.max_pages, "max_mb": settings.limits.max_bytes / 2**20,
        "timeout_s": settings.limits.timeout_s, "skip_loaded": skip_loaded, "inbox": inbox, "workers": workers,
        "dask_address": dask_address, "memory_mb": settings.limits.memory_mb, "lock_wait_s": settings.lock_wait_s,
        "notify_block": notify_block, "review_dir": review_dir, "review": review,
    }


def handed_parameters(parameters: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The parameters as the API gets them: paths absolute (the serve has its own working folder), the
    secrets moved to `folder`/secrets.json (this user's only), the summary asked for in `folder`."""
    secrets = folder / "secrets.json"
    fd = os.open(secrets, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump({key: parameters.get(key) or None for key in SECRET_KEYS}, out)
    handed = {**parameters, **{key: None for key in SECRET_KEYS}, "password": ""}

    def absolute(path: str | None) -> str | None:
        return os.path.abspath(path) if path else path

    handed["paths"] = [os.path.abspath(p) for p in parameters["paths"]]
    for key in ("db_path", "rules_path", "review_dir"):
        handed[key] = absolute(parameters.get(key))
    handed["secrets_file"] = str(secrets)
    handed["summary_to"] = str(folder / "summary.pickle")
    return handed


def read_secrets(secrets_file: str) -> tuple[str, str | None, str | None]:
    """In the handed-off run: (password, webhook_url, slack_webhook_url) as `tally run` resolved them; none
    of them from the serve's own environment, which is not the person's who ran `tally run`."""
    with open(secrets_file) as given:
        secrets = json.load(given)
    return secrets.get("password") or "", secrets.get("webhook_url"), secrets.get("slack_webhook_url")


def write_summary(summary_to: str, summary: Any) -> None:
    """In the handed-off run: its summary for the waiting `tally run`, whole or not at all (a rename)."""
    part = summary_to + ".part"
    with open(part, "wb") as out:
        pickle.dump(summary, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, summary_to)


LOG_NAME = "run.log"  # the handed-off run's log lines, beside its summary: the waiting `tally run` prints them
RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")  # what a flow run here prints as it goes


@contextlib.contextmanager
def log_for_waiting_run(summary_to: str | None) -> Iterator[None]:
    """In the handed-off run (flows.runner.execute_flow_run): its flow and task log lines, which a run in
    `tally run`'s own process prints as it goes (a line per document read, the alerts), also go to a file
    beside its summary, from which the waiting `tally run` prints them: its progress."""
    if not summary_to:
        yield
        return
    handler = logging.FileHandler(Path(summary_to).with_name(LOG_NAME), encoding="utf-8")
    handler.setFormatter(RunLineFormatter("%(asctime)s.%(msecs)03d | %(levelname)-7s | %(who)s%(message)s", "%H:%M:%S"))
    loggers = [logging.getLogger(name) for name in RUN_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
        handler.close()


class RunLineFormatter(logging.Formatter):
    """A flow or task run's log line as Prefect's console prints it: `… | INFO    | Task run 'extract a.pdf' - …`."""

    def format(self, record: logging.LogRecord) -> str:
        task, flow = getattr(record, "task_run_name", None), getattr(record, "flow_run_name", None)
        record.who = f"Task run {task!r} - " if task else f"Flow run {flow!r} - " if flow else ""
        return super().format(record)


class LogTail:
    """The lines written to a file since the last look (whole lines only)."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.part = path, 0, b""

    def new_lines(self) -> list[str]:
        try:
            with self.path.open("rb") as log:
                log.seek(self.offset)
                data = log.read()
        except OSError:  # (not written yet)
            return []
        self.offset += len(data)
        *lines, self.part = (self.part + data).split(b"\n")
        return [line.decode("utf-8", errors="replace") for line in lines]


class Api:
    """The few calls of Prefect's REST API a handed-off run needs, without importing Prefect (urllib)."""

    def __init__(self, url: str, headers: dict[str, str] | None = None, timeout_s: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.headers = {"Content-Type": "application/json", **(headers or {})}
        self.timeout_s = timeout_s

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=self.headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:
                text = answer.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode(errors="replace")[:300]
            raise HandOffFailed(f"the Prefect API at {self.url} refused {method} {path}: {err.code} {detail}") from err
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise HandOffFailed(f"the Prefect API at {self.url} did not answer ({reason})") from err
        return json.loads(text) if text else None

    def create_run(self, deployment_id: str, parameters: dict[str, Any]) -> dict[str, Any]:
        return dict(self.call("POST", f"/deployments/{deployment_id}/create_flow_run", {"parameters": parameters}))

    def read_run(self, flow_run_id: str) -> dict[str, Any]:
        return dict(self.call("GET", f"/flow_runs/{flow_run_id}"))

    def cancel_run(self, flow_run_id: str, message: str) -> None:
        """As the UI's Cancel: a run in progress is Cancelling (its serve stops it), one not started Cancelled."""
        state = (self.read_run(flow_run_id).get("state") or {}).get("type")
        kind = "CANCELLING" if state in ("PENDING", "RUNNING") else "CANCELLED"
        self.call("POST", f"/flow_runs/{flow_run_id}/set_state",
                  {"state": {"type": kind, "name": kind.title(), "message": message}, "force": True})


def run_handed_off(api: Api, serving: Serving, db_path: str, parameters: dict[str, Any],
                   say: Callable[[str], None]) -> Any:
    """Hand the run to `serving` and wait for it: its RunSummary, or HandOffFailed saying how it ended.

    Waits on a local file for the summary (a stat every 50 ms) and asks the API once a second, for a run
    that ended without one (crashed, cancelled) and for a serve that stopped meanwhile. Ctrl-C cancels the run."""
    # beside the warehouse, which the serve's runs write (a /tmp of its own, systemd's PrivateTmp, would hide /tmp);
    # hidden, so an inbox holding the warehouse does not list it; 0700: this user's only
    folder = Path(tempfile.mkdtemp(prefix=".tally-run-", dir=os.path.dirname(os.path.abspath(db_path))))
    try:
        handed = handed_parameters(parameters, folder)
        summary_file = Path(handed["summary_to"])
        flow_run = api.create_run(serving.deployment_id, handed)
        run_id, name = str(flow_run["id"]), flow_run.get("name", "")
        say(f"handed to tally serve (PID {serving.pid}, which serves {db_path}): flow run '{name}' ({run_id}) "
            f"of '{serving.deployment}'")
        try:
            return _wait(api, serving, db_path, run_id, summary_file, say)
        except KeyboardInterrupt:
            with contextlib.suppress(HandOffFailed):
                api.cancel_run(run_id, "tally run was interrupted (Ctrl-C)")
            say(f"flow run '{name}' cancelled (tally serve stops it at once)")
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _wait(api: Api, serving: Serving, db_path: str, run_id: str, summary_file: Path, say: Callable[[str], None]) -> Any:
    started = time.monotonic()
    next_look = started + STATE_LOOK_S
    said_busy = False
    log = LogTail(summary_file.with_name(LOG_NAME))
    while True:
        for line in log.new_lines():
            say(line)
        if summary_file.exists():
            with summary_file.open("rb") as given:
                summary = pickle.load(given)  # (written by the serve's run, for this process, in this user's folder)
            _until_final(api, run_id)
            for line in log.new_lines():
                say(line)
            return summary
        now = time.monotonic()
        if now >= next_look:
            next_look = now + STATE_LOOK_S
            state = api.read_run(run_id).get("state") or {}
            kind = state.get("type")
            if kind in FINAL_STATES:
                if summary_file.exists():
                    continue
                for line in log.new_lines():  # (the run's last words: an error's, say)
                    say(line)
                why = (state.get("message") or "").removeprefix("Flow run encountered an exception: ")
                raise HandOffFailed(f"the flow run ended {state.get('name') or kind.title()}: {why}".rstrip(": "))
            if kind == "SCHEDULED" and not said_busy and now - started >= BUSY_SAY_S:
                said_busy = True
                say(f"waiting: tally serve (PID {serving.pid}) runs one flow run at a time, and has not started this one yet")
            if live_serve(db_path, serving.api_url) is None:
                raise HandOffFailed(f"tally serve (PID {serving.pid}) stopped before the run ended; its state in "
                                    f"Prefect: {state.get('name') or kind}")
        time.sleep(SUMMARY_LOOK_S)


def _until_final(api: Api, run_id: str, most_s: float = 5.0) -> None:
    """The summary is the flow's last act; wait the moment more for the engine to record the run's final
    state, so that the run is over in the UI (and for automations) when `tally run` returns."""
    deadline = time.monotonic() + most_s
    while ((api.read_run(run_id).get("state") or {}).get("type") not in FINAL_STATES
           and time.monotonic() < deadline):
        time.sleep(SUMMARY_LOOK_S)


def say_on_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
