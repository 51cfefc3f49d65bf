"""`tally run` against a warehouse another process holds open read-write: it waits and retries, then says who holds it.

DuckDB lets one process write a file. The holder here is a second Python that opened the warehouse and waits
for a line on stdin before it closes it.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest
from inboxes import TALLY
from pdfs import tiny_pdf

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys; sys.path[:0] = sys.argv[2:]; from warehouse.connect import connect; "
    "con = connect(sys.argv[1]); print('holding', flush=True); sys.stdin.readline(); con.close()"
)
# tally run waits up to ~30 s (10 retries, 0.5 s growing 1.5x, capped at 5 s) and neither its options nor the
# environment can shorten that. For the give-up case the same CLI entry point runs with connect()'s retry
# defaults cut to ~1.5 s; nothing else differs.
SHORT_WAIT_CLI = (
    "import sys, warehouse.connect as c; c.connect.__kwdefaults__.update(retries=3, wait_s=0.2); "
    "from flows.cli import main; sys.exit(main())"
)
REPORTS = {
    "industry.pdf": ["某某县乡村振兴工作汇报", "一、产业发展", "全年共投入帮扶资金500万元,其中产业项目资金300万元,基础设施资金200万元。"],
    "households.pdf": ["某某县帮扶工作汇报", "帮扶贫困户1200户,其中种植户800户,养殖户400户。"],
}
HOLD_AFTER_CONNECT_S = 1.2  # the CLI's first retries: 0.5 s, then 0.75 s


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}


def _hold(db: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(ROOT)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
    )
    assert holder.stdout is not None
    ready, _, _ = select.select([holder.stdout], [], [], 30)
    line = holder.stdout.readline() if ready else ""
    if line.strip() != "holding":
        holder.kill()
        raise AssertionError(f"the holder did not open the warehouse: {line!r} {holder.communicate()[1][-2000:]}")
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    if holder.poll() is None:
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()
    holder.communicate(timeout=30)


def _reports(folder: Path) -> list[Path]:
    paths = []
    for name, lines in REPORTS.items():
        tiny_pdf(lines, folder / name)
        paths.append(folder / name)
    return paths


@pytest.mark.slow
def test_run_gives_up_on_a_held_warehouse_naming_it_and_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    report = _reports(tmp_path)[0]
    holder = _hold(db)
    try:
        started = time.monotonic()
        run = subprocess.run(
            [sys.executable, "-c", SHORT_WAIT_CLI, "run", str(report), "--db", str(db), "--no-prefect"],
            capture_output=True, text=True, timeout=120, env=_env(), cwd=tmp_path,
        )
        seconds = time.monotonic() - started
    finally:
        _release(holder)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stderr.strip().splitlines()
    # said at once that it waits, and for whom; then one line when it gives up
    assert len(lines) == 2, run.stderr
    assert lines[0].startswith(f"waiting for the warehouse: another process (PID {holder.pid}) holds it"), lines[0]
    assert str(db) in lines[1] and f"PID {holder.pid}" in lines[1], lines[1]
    assert seconds < 60
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    finally:
        con.close()


def _wait_until_read(run: subprocess.Popen[str], timeout_s: float = 60) -> None:
    """Wait until the CLI has read its one PDF: the guarded child process that reads it came and went.

    The next thing `tally run` does is open the warehouse.
    """
    cli = psutil.Process(run.pid)
    seen_child = False
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and run.poll() is None:
        children = cli.children(recursive=True)
        if children:
            seen_child = True
        elif seen_child:
            return
        time.sleep(0.02)
    raise AssertionError("tally run never finished reading its PDF in a child process")


@pytest.mark.slow
def test_run_goes_on_when_the_holder_lets_go_during_its_retries(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    report = _reports(tmp_path)[0]
    holder = _hold(db)
    run = subprocess.Popen(
        [TALLY, "run", str(report), "--db", str(db), "--no-prefect"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=tmp_path,
    )
    try:
        _wait_until_read(run)
        time.sleep(HOLD_AFTER_CONNECT_S)
        assert run.poll() is None, "tally run ended while the warehouse was still held"
        released = time.monotonic()
        _release(holder)
        stdout, stderr = run.communicate(timeout=60)
        waited_after_release = time.monotonic() - released
    finally:
        if holder.poll() is None:
            holder.kill()
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == 0, stdout + stderr
    assert "Traceback" not in stdout + stderr
    assert waited_after_release < 15
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone() == (1,)
        assert con.execute("SELECT status FROM runs").fetchall() == [("completed",)]
    finally:
        con.close()
