"""Ingestion at scale: guarded worker processes, a Dask cluster, overlapping runs on one warehouse, the inbox CLI."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from inboxes import TALLY, count, no_api_env, write_reports
from pdfs import tiny_pdf

from flows.pipeline import Settings
from flows.pool import WorkerPool


def fake_work(path: str, settings: object) -> str:
    """A stand-in for process_document whose file name says how it misbehaves."""
    name = Path(path).name
    if name == "hang":
        time.sleep(60)
    elif name == "hog":
        bytearray(2**34)  # 16 GB: over the cap at once
    elif name == "crash":
        os.abort()
    elif name == "bug":
        raise ValueError("a bug in our own code")
    elif name == "niceness":
        return f"niceness {os.nice(0)}"
    return f"read {name}"


def failure(path: str, error: Exception) -> str:
    return f"{getattr(error, 'kind', '?')}: {error}"


@pytest.mark.slow
def test_a_stuck_a_greedy_and_a_crashing_document_each_fail_alone() -> None:
    paths = ["a", "hang", "b", "hog", "crash", "c"]
    with WorkerPool(2, fake_work, None, timeout_s=2, memory_mb=200, on_failure=failure) as pool:
        got = dict(pool.imap_unordered(paths))
    assert [got[i] for i in (0, 2, 5)] == ["read a", "read b", "read c"]
    assert got[1] == "timeout: hang: reading the PDF took longer than 2 s; stopped"
    assert got[3] == "too_large: hog: reading the PDF needed more than 200 MB of memory; stopped"
    assert got[4] == "parse_error: crash: the PDF reader crashed (SIGABRT)"


def test_workers_yield_the_cpu_to_the_process_that_checks_and_loads() -> None:
    ours = os.nice(0)
    with WorkerPool(1, fake_work, None, timeout_s=30, memory_mb=200, on_failure=failure) as pool:
        got = dict(pool.imap_unordered(["niceness"]))
    assert got[0] == f"niceness {min(19, ours + 10)}"  # (19 is the lowest priority there is)


@pytest.mark.slow
def test_a_bug_in_a_worker_stops_the_run_with_the_worker_traceback() -> None:
    pool = WorkerPool(1, fake_work, None, timeout_s=30, memory_mb=200, on_failure=failure)
    with pool, pytest.raises(ValueError, match="a bug in our own code") as info:
        dict(pool.imap_unordered(["a", "bug"]))
    assert any("in a tally worker process, on bug" in note for note in info.value.__notes__)


@pytest.mark.slow
def test_a_pool_closed_twice_leaves_the_files_opened_since_alone(tmp_path: Path) -> None:
    """The second close must not write to, or close, descriptors the first one freed and others took."""
    pool = WorkerPool(1, fake_work, None, timeout_s=30, memory_mb=200, on_failure=failure)
    assert dict(pool.imap_unordered(["a"])) == {0: "read a"}
    pool.close()
    with open(tmp_path / "one", "wb") as one, open(tmp_path / "two", "wb") as two:
        pool.close()
        one.write(b"1")
        two.write(b"2")
    assert [(tmp_path / name).read_bytes() for name in ("one", "two")] == [b"1", b"2"]


@pytest.mark.slow
def test_documents_over_the_time_limit_are_recorded_as_timeouts_and_the_run_ends(tmp_path: Path) -> None:
    from flows.cli import main

    files = write_reports(tmp_path / "in")
    db = tmp_path / "w.duckdb"
    assert main(["run", *map(str, files), "--db", str(db), "--no-prefect", "--workers", "2", "--timeout", "0.001"]) == 2
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'failed' AND error_kind = 'timeout'") == 3


@pytest.mark.slow
def test_two_overlapping_runs_on_one_warehouse_both_load_once(tmp_path: Path) -> None:
    first = write_reports(tmp_path / "one", ["a.pdf", "b.pdf"])
    second = write_reports(tmp_path / "two", ["b.pdf", "c.pdf"])
    db = tmp_path / "w.duckdb"
    runs = [
        subprocess.Popen([TALLY, "run", *map(str, files), "--db", str(db), "--no-prefect"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=no_api_env(), text=True)
        for files in (first, second)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'completed'") == 2
    # b.pdf is in both runs with the same bytes (the same doc_id): loaded once, by whichever run came second
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 3
    assert count(db, "SELECT count(*) FROM figures") == 9


def test_serve_without_a_prefect_server_says_how_to_start_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_PROFILES_PATH", str(tmp_path / "none.toml"))
    assert main(["serve", "--inbox", str(tmp_path), "--cron", "*/5 * * * *"]) == 2
    err = capsys.readouterr().err
    assert "prefect server start" in err and "PREFECT_API_URL" in err and "--once" in err


def test_the_inbox_deployment_carries_the_schedule_and_the_run_parameters(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.serve import DEPLOYMENT_NAME, build_deployment

    monkeypatch.setenv("TALLY_WEBHOOK_URL", "http://127.0.0.1:9/not-this-one")  # the option wins
    monkeypatch.setenv("TALLY_SLACK_WEBHOOK_URL", "http://127.0.0.1:9/slack")  # no option: the environment's

    args = argparse.Namespace(inbox=str(tmp_path / "inbox"), db=str(tmp_path / "w.duckdb"), cron="*/5 * * * *",
                              rules=None, webhook="http://127.0.0.1:9/hook", slack_webhook=None, workers=3,
                              dask_address="tcp://10.0.0.5:8786", no_review=False, notify_block=None,
                              max_pages=40, max_mb=12.5, max_memory_mb=900, timeout=30.0, lock_wait=5.0)
    deployment = build_deployment(args)
    assert deployment.name == DEPLOYMENT_NAME
    [schedule] = deployment.schedules
    assert schedule.schedule.cron == "*/5 * * * *"
    # the webhook URLs (credentials, for Slack) are not stored in the Prefect API: the runs, which tally serve
    # starts, find them in its environment
    assert deployment.parameters == {
        "paths": [str(tmp_path / "inbox")], "db_path": str(tmp_path / "w.duckdb"), "rules_path": None,
        "skip_loaded": True, "inbox": str(tmp_path / "inbox"), "workers": 3, "dask_address": "tcp://10.0.0.5:8786",
        "max_pages": 40, "max_mb": 12.5, "memory_mb": 900, "timeout_s": 30.0, "lock_wait_s": 5.0,
    }
    from flows.serve import run_environment

    assert run_environment(args) == {"TALLY_WEBHOOK_URL": "http://127.0.0.1:9/hook",
                                     "TALLY_SLACK_WEBHOOK_URL": "http://127.0.0.1:9/slack"}


@pytest.mark.parametrize(("given", "extra"), [
    ([], {}),
    (["--no-review"], {"review": False}),
    (["--notify-block", "slack-webhook/tally"], {"notify_block": "slack-webhook/tally"}),
])
def test_served_runs_can_skip_the_review_and_alert_through_a_prefect_block(tmp_path: Path, given: list[str],
                                                                           extra: dict[str, object]) -> None:
    from flows.cli import build_parser
    from flows.serve import inbox_parameters

    args = build_parser().parse_args(["serve", "--inbox", str(tmp_path), *given])
    parameters = inbox_parameters(args)
    assert {k: v for k, v in parameters.items() if k in ("review", "notify_block")} == extra


def test_serve_once_holds_files_to_the_limits_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "samples" / "ziyang_2018.pdf", inbox / "a.pdf")
    db = tmp_path / "w.duckdb"
    assert main(["serve", "--inbox", str(inbox), "--once", "--db", str(db), "--no-review", "--max-pages", "3"]) == 2
    assert "the PDF has 4 pages, over the limit of 3" in capsys.readouterr().out
    assert main(["serve", "--inbox", str(inbox), "--once", "--db", str(db), "--no-review", "--max-mb", "0.001"]) == 2
    assert "over the limit of 1,048 bytes" in capsys.readouterr().out


def test_serve_refuses_an_inbox_that_is_not_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    assert main(["serve", "--inbox", str(tmp_path / "nonexist"), "--once", "--db", str(tmp_path / "w.duckdb")]) == 2
    assert capsys.readouterr().err.strip() == f"tally serve: no inbox folder at {tmp_path / 'nonexist'}"
    (tmp_path / "file.pdf").write_bytes(b"%PDF")
    assert main(["serve", "--inbox", str(tmp_path / "file.pdf"), "--db", str(tmp_path / "w.duckdb")]) == 2
    assert "no inbox folder at" in capsys.readouterr().err


@pytest.mark.parametrize("cron", ["every day", "0 2 * *", "61 * * * *", "H 2 * * *"])
def test_a_schedule_that_is_not_cron_is_refused_saying_what_cron_is(cron: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    assert main(["serve", "--inbox", str(tmp_path), "--cron", cron]) == 2
    assert capsys.readouterr().err.strip() == (
        f'tally serve: --cron "{cron}" is not a cron schedule: five fields, minute hour day-of-month month '
        'day-of-week (e.g. "0 2 * * *": 02:00 daily; "*/30 8-18 * * 1-5": every half hour in office hours)')


@pytest.mark.slow
def test_serve_once_through_the_cli_loads_a_new_file_and_skips_an_unchanged_one(prefect_harness: None, tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    inbox = tmp_path / "inbox"
    db = tmp_path / "w.duckdb"
    [old] = write_reports(inbox, ["a.pdf"])
    subprocess.run([TALLY, "run", str(old), "--db", str(db), "--no-prefect"], env=no_api_env(), check=True,
                   capture_output=True)
    write_reports(inbox, ["b.pdf"])
    env = no_api_env(PREFECT_API_URL=str(PREFECT_API_URL.value()))
    done = subprocess.run([TALLY, "serve", "--inbox", str(inbox), "--db", str(db), "--once"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "1 loaded" in done.stdout and "1 unchanged" in done.stdout
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 2
    assert count(db, "SELECT count(*) FROM runs WHERE flow_run_id <> ''") == 1  # the second run went through Prefect


@pytest.mark.slow
def test_serve_once_without_a_prefect_api_runs_the_inbox_here_as_a_scheduled_run_would(tmp_path: Path) -> None:
    """No API configured: no Prefect (its temporary server costs 12-27 s), the same inbox semantics."""
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    unchanged, changed, gone = write_reports(inbox, ["a.pdf", "b.pdf", "c.pdf"])
    subprocess.run([TALLY, "run", str(inbox), "--db", str(db)], env=no_api_env(), check=True, capture_output=True)
    gone.unlink()
    tiny_pdf(["务工人员51人,其中省外30人,省内20人。"], changed)  # its parts now miss one: an error check fails
    (inbox / "new").mkdir()
    tiny_pdf(["培训300人次,其中线上200人次,线下100人次。"], inbox / "new" / "d.pdf")
    done = subprocess.run([TALLY, "serve", "--inbox", str(inbox), "--db", str(db), "--once"],
                          env=no_api_env(PREFECT_HOME=str(tmp_path / "home")), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]  # a check failed: the data is loaded
    out = done.stdout
    assert "3 document(s), 2 loaded, 0 failed, 1 unchanged" in out, out
    assert f"MISSING FILE {gone}" in out
    assert "ALERT [error]" in out and "b.pdf" in out
    assert "review: " in out and (tmp_path / "w-review" / "index.html").exists()
    assert "temporary server" not in done.stdout + done.stderr
    assert count(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == 4  # c.pdf's rows are kept
    assert count(db, "SELECT count(*) FROM runs WHERE coalesce(flow_run_id, '') = '' AND files_skipped = 1 "
                     "AND files_new = 2 AND status = 'failed'") == 1
    assert str(unchanged) not in out


@pytest.mark.slow
@pytest.mark.parametrize("daemon", [True, False], ids=["daemonic-workers", "workers-with-processes"])
def test_flow_runs_on_a_dask_cluster(prefect_harness: None, tmp_path: Path, daemon: bool) -> None:
    """Dask's workers are daemonic by default: each document is read in a child Python of its own. Started
    with DASK_DISTRIBUTED__WORKER__DAEMON=False they keep guarded reading processes for the next batches."""
    distributed = pytest.importorskip("distributed")
    import dask

    from flows.ingest import run_flow

    files = write_reports(tmp_path / "in")
    unseen = tmp_path / "only-here" / "d.pdf"  # (as a worker that does not mount the reports' folder sees it)
    with dask.config.set({"distributed.worker.daemon": daemon}), distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert set(client.run(lambda: __import__("multiprocessing").current_process().daemon).values()) == {daemon}
        summary = run_flow([*files, unseen], Settings(db_path=str(tmp_path / "w.duckdb")),
                           dask_address=cluster.scheduler_address)
        if not daemon:  # the reading processes stayed in the Dask workers, for the next batches
            with distributed.Client(cluster) as client:
                pools = client.run(lambda: len(__import__("flows.ingest", fromlist=["_cluster_pools"])._cluster_pools))
            assert sum(pools.values()) >= 1
    assert count(tmp_path / "w.duckdb", "SELECT count(*) FROM checks WHERE status = 'pass'") == 3  # a breakdown each
    assert (summary.loaded, summary.failed) == (3, 1)
    assert count(tmp_path / "w.duckdb", "SELECT count(*) FROM figures") == 9
    [(name, kind, message)] = summary.failures
    assert (name, kind) == ("d.pdf", "not_found")
    assert message.startswith("d.pdf: no such file on the Dask worker at tcp://127.0.0.1:")
    assert message.endswith("(the cluster's workers must see the files at the same path as the machine that runs tally: "
                            "a shared mount)")


@pytest.mark.slow
def test_a_flow_run_whose_cluster_does_not_answer_fails_at_once_saying_so(prefect_harness: None, tmp_path: Path) -> None:
    import socket

    from flows.ingest import run_flow

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    files = write_reports(tmp_path / "in", ["a.pdf"])
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=f"^the flow run ended Failed: ClusterUnreachable: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: connection refused$"):
        run_flow(files, Settings(db_path=str(tmp_path / "w.duckdb")), dask_address=f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - started < 15  # (Dask alone: 30 s, then 'Timed out trying to connect')


def test_serve_once_without_review_writes_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_PROFILES_PATH", str(tmp_path / "none.toml"))
    write_reports(tmp_path / "inbox", ["a.pdf"])
    db = tmp_path / "w.duckdb"
    assert main(["serve", "--inbox", str(tmp_path / "inbox"), "--db", str(db), "--once", "--no-review"]) in (0, 1)
    assert "1 loaded" in capsys.readouterr().out
    assert not (tmp_path / "w-review").exists()
    assert main(["serve", "--inbox", str(tmp_path / "inbox"), "--db", str(db), "--once"]) in (0, 1)
    assert (tmp_path / "w-review" / "index.html").exists()


def test_a_file_not_found_off_a_cluster_says_only_that(tmp_path: Path) -> None:
    from flows.ingest import dask_worker_address, say_where_not_found
    from flows.pipeline import process_document

    result = process_document(tmp_path / "gone.pdf", Settings(db_path=str(tmp_path / "w.duckdb")), check=False)
    assert dask_worker_address() is None
    say_where_not_found([result], dask_worker_address())
    assert (result.error_kind, result.error) == ("not_found", "gone.pdf: no such file")
