"""One inbox run into a warehouse at a time: a second waits for the first, then skips what it loaded."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from inboxes import TALLY, count, no_api_env, write_reports

from flows.inbox import inbox_lock


def test_the_lock_is_taken_once_per_process_and_says_who_holds_it(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    said: list[str] = []
    with inbox_lock(db, said.append):
        with inbox_lock(db, said.append):  # the flow inside a served run's reading_ahead: the same process
            pass
        holder = Path(db + ".inbox-lock").read_text()
        assert holder.startswith(f"PID {os.getpid()}, since ")
    assert said == []


def test_a_second_process_waits_saying_for_whom(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    code = ("import sys, time; from flows.inbox import inbox_lock\n"
            "with inbox_lock(sys.argv[1], print):\n"
            "    print('got it', flush=True)\n")
    with inbox_lock(db, print):
        other = subprocess.Popen([sys.executable, "-c", code, db], stdout=subprocess.PIPE, text=True,
                                 cwd=Path(__file__).resolve().parents[2])
        assert other.stdout is not None
        first = other.stdout.readline()
        assert first.startswith(f"waiting for another inbox run into {db} to finish (PID {os.getpid()}, since ")
        time.sleep(0.3)
        assert other.poll() is None  # still waiting
    assert other.stdout.readline() == "got it\n"
    assert other.wait(timeout=30) == 0


def test_an_in_memory_warehouse_takes_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with inbox_lock(":memory:", print):
        pass
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_two_inbox_runs_at_once_load_each_file_once(tmp_path: Path) -> None:
    write_reports(tmp_path / "inbox")
    db = tmp_path / "w.duckdb"
    runs = [
        subprocess.Popen([TALLY, "serve", "--inbox", str(tmp_path / "inbox"), "--db", str(db), "--once", "--no-review"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=no_api_env(), text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    # one run loaded the three files, the other waited for it and found them loaded
    assert count(db, "SELECT count(*) FROM runs") == 2
    assert count(db, "SELECT sum(files_new) FROM runs") == 3
    assert count(db, "SELECT sum(files_skipped) FROM runs") == 3
    assert sum("waiting for another inbox run" in err for _, err in outputs) == 1
    assert count(db, "SELECT count(*) FROM documents") == 3


@pytest.mark.slow
def test_an_inbox_flow_run_waits_for_another_inbox_run(prefect_harness: None, tmp_path: Path) -> None:
    from flows.ingest import run_flow
    from flows.pipeline import Settings, discover

    files = write_reports(tmp_path / "inbox", ["a.pdf"])
    db = str(tmp_path / "w.duckdb")
    code = ("import sys, time; from flows.inbox import inbox_lock\n"
            "with inbox_lock(sys.argv[1], print):\n"
            "    print('held', flush=True); time.sleep(3)\n")
    other = subprocess.Popen([sys.executable, "-c", code, db], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[2])
    assert other.stdout is not None and other.stdout.readline() == "held\n"
    started = time.monotonic()
    summary = run_flow(discover([str(tmp_path / "inbox")]) or [], Settings(db_path=db), skip_loaded=True,
                       inbox=str(tmp_path / "inbox"), review=False)
    assert other.wait(timeout=10) == 0
    assert time.monotonic() - started >= 1.0
    assert summary.loaded == len(files)
