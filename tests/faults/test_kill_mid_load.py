"""SIGKILL the single writer at 20 points during loads: every document is absent or complete, and the next run completes.
When fewer than 5 kills land inside a load (the machine busier or idler than at the reference load), up to 20 more are
aimed where kills did.

The child (load_in_a_loop) runs the real writer, flows.pipeline.load_results, on three documents extracted
once up front, over and over until it is killed. Half the kills hit a fresh warehouse file (migrations and
first loads), half a warehouse that already holds the documents (replacing loads).
"""

from __future__ import annotations

import pickle
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import DocResult, Settings, load_results, new_run_id, process_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "ziyang_2018.pdf"
KILL_POINTS = 20
SEED = 20240601
READY_TIMEOUT_S = 60
SMALL_REPORTS = {
    "industry.pdf": [
        "某某县乡村振兴工作汇报",
        "一、产业发展",
        "全年共投入帮扶资金500万元,其中产业项目资金300万元,基础设施资金200万元。",
        "帮扶贫困户1200户,其中种植户800户,养殖户400户。",
    ],
    "labour.pdf": [
        "某某县东西部协作工作汇报",
        "一、劳务协作",
        "全年输出劳动力860人,其中到江苏就业500人,就近就业350人。",
    ],
}
CHILD = (
    "import sys; sys.path[:0] = sys.argv[3:]; "
    "from faults.test_kill_mid_load import load_in_a_loop; load_in_a_loop(sys.argv[1], sys.argv[2])"
)
DOCUMENT_FIELDS = ("status", "n_pages", "n_figures", "n_checks_failed")

Counts = dict[str, dict[str, object]]  # doc_id -> {table: rows, and the documents row's DOCUMENT_FIELDS}


def load_in_a_loop(results_path: str, db_path: str) -> None:
    """Child side: load the pickled DocResults into db_path again and again, until killed.

    Says "ready" once everything is imported, then waits for a line on stdin before the first load.
    """
    import flows.alerts  # noqa: F401  (what load_results imports, imported before the clock starts)
    import warehouse.connect  # noqa: F401
    import warehouse.load  # noqa: F401

    results = pickle.loads(Path(results_path).read_bytes())
    settings = Settings(db_path=db_path)
    print("ready", flush=True)
    sys.stdin.readline()
    while True:
        load_results(results, settings, new_run_id())


def spawn_child(results_path: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(results_path), str(db), str(ROOT), str(ROOT / "tests")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def wait_ready(proc: subprocess.Popen[bytes]) -> None:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT_S)
    line = proc.stdout.readline() if ready else b""
    if line.strip() != b"ready":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"the loader did not start: {line!r} {err.decode(errors='replace')[-2000:]}")


def doc_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables with a doc_id column other than documents (views excluded), from the catalog."""
    rows = con.execute(
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_name)"
        " WHERE c.column_name = 'doc_id' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'documents'"
        " ORDER BY 1"
    ).fetchall()
    return [name for (name,) in rows]


def primary_keys(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    return {table: list(columns) for table, columns in rows}


def stored_counts(con: duckdb.DuckDBPyConnection) -> Counts:
    """Per document: its rows in every doc table and what its documents row records."""
    out: Counts = {}
    for doc_id, *fields in con.execute(f"SELECT doc_id, {', '.join(DOCUMENT_FIELDS)} FROM documents").fetchall():
        out[doc_id] = dict(zip(DOCUMENT_FIELDS, fields, strict=True))
    for table in doc_tables(con):
        for doc_id, n in con.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id").fetchall():
            out.setdefault(doc_id, {})[table] = n
    failed = con.execute("SELECT doc_id, count(*) FROM checks WHERE status = 'fail' GROUP BY doc_id").fetchall()
    for doc_id, n in failed:
        out.setdefault(doc_id, {})["failed checks"] = n
    return out


def consistency_problems(db: Path, complete: Counts) -> list[str]:
    """Each document absent or exactly as a complete load leaves it; no orphans; no duplicate keys; runs well formed."""
    from warehouse.connect import connect

    con = connect(db)  # the open the next run does: replays the WAL, applies missing migrations
    problems: list[str] = []
    try:
        for table, key in primary_keys(con).items():
            columns = ", ".join(key)
            dupes = con.execute(f"SELECT {columns}, count(*) FROM {table} GROUP BY ALL HAVING count(*) > 1").fetchall()
            if dupes:
                problems.append(f"{table}: duplicate keys {dupes[:3]}")
        for doc_id, got in stored_counts(con).items():
            if "status" not in got:
                problems.append(f"{doc_id[:12]}: orphan rows {got}")
            elif got != complete.get(doc_id):
                problems.append(f"{doc_id[:12]}: stored {got}, a complete load stores {complete.get(doc_id)}")
        orphans = con.execute("SELECT count(*) FROM documents WHERE run_id NOT IN (SELECT run_id FROM runs)").fetchone()
        if orphans != (0,):
            problems.append(f"documents: {orphans} loaded by a run with no runs row")
        for run_id, status, finished in con.execute("SELECT run_id, status, finished_at FROM runs").fetchall():
            # interrupted: finished_at is when a stopped run recorded it, NULL when the next run found it dead
            if status not in ("running", "interrupted", "completed", "failed") or (
                    status != "interrupted" and (status == "running") != (finished is None)):
                problems.append(f"runs: {run_id} has status {status!r}, finished_at {finished}")
    finally:
        con.close()
    return problems


def run_states(db: Path) -> tuple[int, int]:
    """(runs finished, runs left 'running')."""
    if not db.exists():
        return 0, 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(
            "SELECT count(*) FILTER (WHERE status IN ('completed', 'failed')), count(*) FILTER (WHERE status = 'running')"
            " FROM runs"
        ).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0]), int(row[1])


def complete_run(db: Path, results: list[DocResult], complete: Counts) -> list[str]:
    """A normal load to completion: then every document is complete and the run is finished."""
    run_id = new_run_id()
    load_results(results, Settings(db_path=str(db)), run_id)
    problems = consistency_problems(db, complete)
    con = duckdb.connect(str(db), read_only=True)
    try:
        present = {doc_id for (doc_id,) in con.execute("SELECT doc_id FROM documents").fetchall()}
        run = con.execute("SELECT status, finished_at FROM runs WHERE run_id = ?", [run_id]).fetchone()
    finally:
        con.close()
    if present != set(complete):
        problems.append(f"documents {sorted(p[:12] for p in present)}")
    if run is None or run[0] == "running" or run[1] is None:
        problems.append(f"its run is {run}")
    return problems


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[DocResult]]:
    from pdfs import tiny_pdf

    folder = tmp_path_factory.mktemp("kill_inputs")
    paths = [SAMPLE]
    for name, lines in SMALL_REPORTS.items():
        tiny_pdf(lines, folder / name)
        paths.append(folder / name)
    results = [process_document(p, Settings()) for p in paths]  # extract_safely + checks, as a worker does
    assert all(r.extraction is not None for r in results), [r.error for r in results]
    pickled = folder / "results.pickle"
    pickled.write_bytes(pickle.dumps(results))
    return pickled, results


def reference_load(db: Path, results: list[DocResult]) -> tuple[Counts, float]:
    """What a complete load stores, and the seconds of the slower of a first load (migrations too) and a reload."""
    times = []
    for _ in range(2):
        started = time.perf_counter()
        load_results(results, Settings(db_path=str(db)), new_run_id())
        times.append(time.perf_counter() - started)
    con = duckdb.connect(str(db), read_only=True)
    try:
        complete = stored_counts(con)
    finally:
        con.close()
    for r in results:  # the reference agrees with the extractions it was loaded from
        assert r.extraction is not None
        got = complete[r.sha256]
        assert (got["status"], got["pages"], got["figures"], got.get("relations", 0), got.get("checks", 0)) == (
            "loaded", len(r.extraction.pages), len(r.extraction.figures), len(r.extraction.relations), len(r.checks)
        )
        assert got["n_figures"] == len(r.extraction.figures) and got.get("failed checks", 0) == got["n_checks_failed"]
    return complete, max(times)


@pytest.mark.slow
def test_sigkill_during_loads_leaves_each_document_absent_or_complete(
    extracted: tuple[Path, list[DocResult]], tmp_path: Path
) -> None:
    pickled, results = extracted
    complete, seconds = reference_load(tmp_path / "reference.duckdb", results)
    span = 2.5 * seconds  # the kills land over the first two or three loads
    rng = random.Random(SEED)
    points = [span * (i + rng.random()) / KILL_POINTS for i in range(KILL_POINTS)]
    rng.shuffle(points)
    shared = tmp_path / "shared.duckdb"
    problems: list[str] = []
    landed: list[tuple[float, int, int]] = []  # (kill point, runs finished, runs left running) by each killed loader

    def kill_all(points: list[float], first: int) -> None:
        dbs = [shared if (first + i) % 2 else tmp_path / f"fresh_{first + i}.duckdb" for i in range(len(points))]
        child = spawn_child(pickled, dbs[0])
        for i, point in enumerate(points):
            wait_ready(child)
            following = spawn_child(pickled, dbs[i + 1]) if i + 1 < len(points) else None  # imports while this one loads
            before = run_states(dbs[i])
            assert child.stdin is not None
            child.stdin.write(b"go\n")
            child.stdin.flush()
            time.sleep(point)
            child.send_signal(signal.SIGKILL)
            _, err = child.communicate()
            where = f"kill {first + i} at {point:.3f} s ({dbs[i].name})"
            if child.returncode != -signal.SIGKILL:
                problems.append(f"{where}: the loader ended by itself: {err.decode(errors='replace')[-500:]}")
            problems.extend(f"{where}: {p}" for p in consistency_problems(dbs[i], complete))
            after = run_states(dbs[i])
            landed.append((point, after[0] - before[0], after[1] - before[1]))
            problems.extend(f"{where}, then a complete run: {p}" for p in complete_run(dbs[i], results, complete))
            if following is not None:
                child = following

    kill_all(points, 0)
    # The schedule comes from one reference load; on a machine busier or idler than it was then, fewer kills land
    # inside a load. Up to as many again are aimed where kills did land inside one (or over the whole span).
    inside = [point for point, _, running in landed if running]
    if len(inside) < KILL_POINTS // 4:
        lo, hi = (0.9 * min(inside), 1.1 * max(inside)) if inside else (0.0, span)
        kill_all([lo + (hi - lo) * rng.random() for _ in range(KILL_POINTS)], KILL_POINTS)
    assert not problems, "\n".join(problems)
    inside = [point for point, _, running in landed if running]
    assert len(inside) >= KILL_POINTS // 4, f"only {len(inside)} of {len(landed)} kills landed inside a load: {landed}"
