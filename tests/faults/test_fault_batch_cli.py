"""The whole fault corpus plus two good reports as ONE `tally run` batch, through the real CLI in a subprocess.

Exit 2; every bad file recorded as `failed` with its kind and a one-line reason; every good file loaded;
no file over 60 s; the whole process tree under 2 GB; no traceback anywhere.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import psutil
import pytest
from inboxes import TALLY
from pdfs import tiny_pdf

from faults.make_faults import MAX_BYTES, MAX_PAGES, make_fault_corpus

TIMEOUT_S = 20  # per file; the bomb is stopped by memory long before this
# make_fault_corpus is meant to be read with a per-document memory cap of 800 MB (--max-memory-mb).
MEMORY_MB = 800
SECONDS_PER_FILE = 60
TREE_PEAK_BYTES = 2 * 2**30
POLL_S = 0.05
GOOD_REPORTS = {
    "report_industry.pdf": [
        "某某县乡村振兴工作汇报",
        "一、产业发展",
        "全年共投入帮扶资金500万元,其中产业项目资金300万元,基础设施资金200万元。",
        "帮扶贫困户1200户,其中种植户800户,养殖户400户。",
    ],
    "report_labour.pdf": [
        "某某县东西部协作工作汇报",
        "一、劳务协作",
        "全年输出劳动力850人,其中到江苏就业500人,就近就业350人。",
    ],
}
PROGRESS_RE = re.compile(r"^\s*\[(\d+)/(\d+)\] (.+?): (.+) \((\d+(?:\.\d+)?) s\)$")


def cli_takes_fractional_mb() -> bool:
    """Whether `--max-mb` accepts 0.95 (it was `type=int`, which cannot say the corpus's 1,000,000 bytes)."""
    from flows.cli import build_parser

    with contextlib.redirect_stderr(io.StringIO()):
        try:
            build_parser().parse_args(["run", "x.pdf", "--max-mb", "0.5"])
        except SystemExit:
            return False
    return True


FRACTIONAL_MB = cli_takes_fractional_mb()
MAX_MB = f"{MAX_BYTES / 2**20:.6f}" if FRACTIONAL_MB else "1"  # 0.953674 MB = 999,999 bytes


@dataclass
class BatchRun:
    folder: Path
    db: Path
    expected: dict[str, str]  # file name -> error kind, or "loaded"
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_tree_bytes: int
    stderr_lines: list[tuple[float, str]]  # each line with the seconds since the start when it came


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> BatchRun:
    root = tmp_path_factory.mktemp("fault_batch")
    folder = root / "inbox"
    expected = make_fault_corpus(folder)
    for name, lines in GOOD_REPORTS.items():
        tiny_pdf(lines, folder / name)
        expected[name] = "loaded"
    db = root / "w.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    command = [
        TALLY, "run", str(folder), "--db", str(db), "--no-prefect",
        "--max-pages", str(MAX_PAGES), "--max-mb", MAX_MB, "--timeout", str(TIMEOUT_S),
        "--max-memory-mb", str(MEMORY_MB),
    ]
    started = time.monotonic()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root, env=env,
    )
    peak = 0
    done = threading.Event()
    out_lines: list[str] = []
    err_lines: list[tuple[float, str]] = []  # (seconds since the start, line)

    def poll() -> None:
        nonlocal peak
        watched = psutil.Process(proc.pid)
        while not done.is_set():
            peak = max(peak, _tree_rss(watched))
            time.sleep(POLL_S)

    def read_out() -> None:
        assert proc.stdout is not None
        out_lines.extend(proc.stdout)

    def read_err() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            err_lines.append((time.monotonic() - started, line))

    threads = [threading.Thread(target=fn, daemon=True) for fn in (poll, read_out, read_err)]
    for thread in threads:
        thread.start()
    try:
        proc.wait(timeout=len(expected) * SECONDS_PER_FILE)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        done.set()
        for thread in threads:
            thread.join(timeout=10)
    return BatchRun(
        folder, db, expected, proc.returncode, "".join(out_lines), "".join(line for _, line in err_lines),
        time.monotonic() - started, peak, err_lines,
    )


def _documents(run: BatchRun) -> dict[str, tuple[str, str | None, str | None, int | None]]:
    """file name -> (status, error_kind, error, n_figures)."""
    con = duckdb.connect(str(run.db), read_only=True)
    try:
        rows = con.execute("SELECT file_name, status, error_kind, error, n_figures FROM documents").fetchall()
    finally:
        con.close()
    return {name: (status, kind, error, n_figures) for name, status, kind, error, n_figures in rows}


def _kind_mismatch(run: BatchRun, name: str) -> str | None:
    """None when the file ended as the corpus says, else what happened instead."""
    got = _documents(run).get(name)
    if got is None:
        return f"{name}: no documents row"
    status, kind, error, _ = got
    want = run.expected[name]
    actual = "loaded" if status == "loaded" else kind
    return None if actual == want else f"{name}: expected {want}, got {status}/{kind} ({error})"


# Files whose expectation this batch cannot meet yet; each has its own test below.
KNOWN_GAPS = {"flate_bomb.pdf", "over_max_bytes.pdf"}


@pytest.mark.slow
def test_batch_exits_2_without_a_traceback(batch: BatchRun) -> None:
    assert batch.returncode == 2, batch.stdout + batch.stderr
    assert "Traceback" not in batch.stdout + batch.stderr


@pytest.mark.slow
def test_every_file_gets_one_documents_row(batch: BatchRun) -> None:
    assert sorted(_documents(batch)) == sorted(batch.expected), batch.stdout + batch.stderr


@pytest.mark.slow
def test_each_bad_file_failed_with_its_kind_and_one_plain_line(batch: BatchRun) -> None:
    documents = _documents(batch)
    problems = [p for name in sorted(batch.expected) if name not in KNOWN_GAPS and (p := _kind_mismatch(batch, name))]
    for name, want in sorted(batch.expected.items()):
        if want == "loaded" or name not in documents:
            continue
        status, _, error, _ = documents[name]
        if status != "failed":
            continue
        if not error or "\n" in error or "Traceback" in error or not error.startswith(f"{name}: ") or len(error) > 200:
            problems.append(f"{name}: error is not one plain line naming the file: {error!r}")
        if f"FAILED FILE [{documents[name][1]}] {error}" not in batch.stdout:
            problems.append(f"{name}: its failure is not printed on stdout")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_good_reports_load_with_their_figures(batch: BatchRun) -> None:
    documents = _documents(batch)
    for name in GOOD_REPORTS:
        status, kind, error, n_figures = documents[name]
        assert (status, kind, error) == ("loaded", None, None)
        assert n_figures and n_figures >= 3


@pytest.mark.slow
def test_flate_bomb_is_too_large(batch: BatchRun) -> None:
    assert _kind_mismatch(batch, "flate_bomb.pdf") is None


@pytest.mark.slow
@pytest.mark.xfail(
    not FRACTIONAL_MB,
    strict=True,
    reason="`tally run --max-mb` is type=int (MiB), so it cannot express the corpus's MAX_BYTES = 1,000,000; "
    "with --max-mb 1 the 1,000,522-byte file passes the size check",
)
def test_over_max_bytes_is_too_large(batch: BatchRun) -> None:
    assert _kind_mismatch(batch, "over_max_bytes.pdf") is None


@pytest.mark.slow
def test_no_file_takes_more_than_a_minute(batch: BatchRun) -> None:
    """Each file's progress line: the seconds it reports, and when it came (an upper bound on the file's time)."""
    reported: dict[str, float] = {}
    came: dict[str, float] = {}
    for at, line in batch.stderr_lines:
        match = PROGRESS_RE.match(line.rstrip("\n"))
        if match:
            reported[match.group(3)] = float(match.group(5))
            came[match.group(3)] = at
    assert sorted(reported) == sorted(batch.expected), batch.stderr
    assert not {name: s for name, s in reported.items() if s > SECONDS_PER_FILE}
    assert not {name: at for name, at in came.items() if at > SECONDS_PER_FILE}


@pytest.mark.slow
def test_process_tree_stays_under_2_gb(batch: BatchRun) -> None:
    assert 0 < batch.peak_tree_bytes < TREE_PEAK_BYTES, f"peak {batch.peak_tree_bytes / 2**20:.0f} MB"
